#include "ics.hpp"

#include "iso_time.hpp"

namespace slacalc {
namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c != '\r') out += c;
  }
  return out;
}

// §3.1: lines longer than 75 octets continue on the next line after a
// space; never inside a UTF-8 sequence.
void add_line(std::string& out, const std::string& line) {
  std::size_t at = 0, limit = 75;
  while (line.size() - at > limit) {
    std::size_t cut = at + limit;
    while (cut > at && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(at, cut - at) + "\r\n ";
    at = cut;
    limit = 74;  // the leading space counts
  }
  out += line.substr(at) + "\r\n";
}

}  // namespace

std::string ics_date(date::local_days day) {
  std::string iso = iso_date(day);
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string ics_calendar(const std::vector<IcsEvent>& events, date::local_days stamp, std::string_view product) {
  std::string out;
  add_line(out, "BEGIN:VCALENDAR");
  add_line(out, "VERSION:2.0");
  add_line(out, "PRODID:-//slacalc//" + std::string(product) + "//EN");
  add_line(out, "CALSCALE:GREGORIAN");
  for (const auto& e : events) {
    add_line(out, "BEGIN:VEVENT");
    add_line(out, "UID:" + e.uid);
    add_line(out, "DTSTAMP:" + ics_date(stamp) + "T000000Z");
    add_line(out, "DTSTART;VALUE=DATE:" + ics_date(e.day));
    add_line(out, "DTEND;VALUE=DATE:" + ics_date(e.day + date::days{1}));
    add_line(out, "SUMMARY:" + escaped(e.summary));
    add_line(out, "DESCRIPTION:" + escaped(e.description));
    add_line(out, "TRANSP:TRANSPARENT");
    add_line(out, "END:VEVENT");
  }
  add_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace slacalc
