#include "iso_time.hpp"

#include <cstdlib>

namespace slacalc {
namespace {

using date::days;
using std::chrono::seconds;

// Reads exactly `width` digits at text[at...] into out.
bool digits(std::string_view text, std::size_t at, std::size_t width, int& out) {
  if (at + width > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

std::string clock_of(long long s) {
  return two_digits(s / 3600) + ":" + two_digits(s / 60 % 60);
}

}  // namespace

std::optional<date::local_days> parse_iso_date(std::string_view text) {
  int y, m, d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
      !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
    return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::local_days{ymd};
}

std::optional<IsoTime> parse_iso_time(std::string_view text) {
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':') return std::nullopt;
  auto day = parse_iso_date(text.substr(0, 10));
  int h, m, s = 0;
  if (!day || !digits(text, 11, 2, h) || !digits(text, 14, 2, m) || h > 23 || m > 59)
    return std::nullopt;
  std::size_t at = 16;
  if (at < text.size() && text[at] == ':') {
    if (!digits(text, at + 1, 2, s) || s > 59) return std::nullopt;
    at += 3;
  }
  IsoTime out{*day + seconds{h * 3600 + m * 60 + s}, std::nullopt};
  std::string_view zone = text.substr(at);
  if (zone == "Z") {
    out.offset = 0;
  } else if (!zone.empty()) {
    int oh, om;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
        !digits(zone, 1, 2, oh) || !digits(zone, 4, 2, om) || oh > 14 || om > 59)
      return std::nullopt;
    out.offset = (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  return out;
}

std::string iso_date(date::local_days day) {
  date::year_month_day ymd{day};
  return std::to_string(static_cast<int>(ymd.year())) + "-" +
         two_digits(static_cast<unsigned>(ymd.month())) + "-" +
         two_digits(static_cast<unsigned>(ymd.day()));
}

std::string iso_utc(date::sys_seconds t) { return iso_local(t, 0); }

std::string iso_local(date::sys_seconds t, int offset) {
  date::local_seconds local{t.time_since_epoch() + seconds{offset}};
  auto day = date::floor<days>(local);
  long long s = (local - day).count();
  std::string text = iso_date(day) + "T" + clock_of(s) + ":" + two_digits(s % 60);
  return text + (offset == 0 ? "Z" : utc_offset_text(offset).substr(3));
}

std::string utc_offset_text(int offset) {
  int a = std::abs(offset);
  std::string text = std::string("UTC") + (offset < 0 ? "-" : "+") + two_digits(a / 3600) + ":" +
                     two_digits(a / 60 % 60);
  if (a % 60 != 0) text += ":" + two_digits(a % 60);
  return text;
}

std::string two_digits(long long n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace slacalc
