#include "holidays_json.hpp"

#include <functional>
#include <string_view>

#include "holidays.hpp"
#include "insertion_sort.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "period_json.hpp"
#include "request_calendar.hpp"

namespace slacalc {
namespace {

constexpr int kMaxHolidayYears = 300;

struct YearRange {
  int from;
  int to;
};

Result<std::string> read_calendar(const json& r) {
  const json* v = find_field(r, "calendar");
  if (!v)
    return missing_field("/calendar", say({"\"calendar\" (a code such as DE-ST, NL, DK or none)",
                                           "\"calendar\" (ein Code wie DE-ST, NL, DK oder none)",
                                           "\"calendar\" (een code zoals DE-ST, NL, DK of none)",
                                           "\"calendar\" (en kode som DE-ST, NL, DK eller none)"}));
  auto code = read_string(*v, "/calendar");
  if (!code.ok()) return code;
  if (is_known_holiday_calendar(code.value())) return code;
  return Error{"unknown_value",
               say({"no holiday calendar \"{0}\" (calendars: {1})", "kein Feiertagskalender \"{0}\" (Kalender: {1})",
                    "geen feestdagenkalender \"{0}\" (kalenders: {1})", "ingen helligdagskalender \"{0}\" (kalendere: {1})"},
                   {code.value(), comma_list(holiday_calendar_codes())}),
               "/calendar"};
}

Result<int> read_year(const json& v, const std::string& path) {
  auto n = read_integer(v, path, kFirstHolidayYear, kLastHolidayYear);
  if (!n.ok()) return n.error();
  return static_cast<int>(n.value());
}

// "year", or "from" and "to" (inclusive).
Result<YearRange> read_years(const json& r) {
  const json* year = find_field(r, "year");
  const json* from = find_field(r, "from");
  const json* to = find_field(r, "to");
  if (year && (from || to))
    return Error{"conflict",
                 say({"give either \"year\" or \"from\" and \"to\", not both",
                      "geben Sie entweder \"year\" oder \"from\" und \"to\" an, nicht beides",
                      "geef \"year\" of \"from\" en \"to\", niet beide",
                      "angiv enten \"year\" eller \"from\" og \"to\", ikke begge"}),
                 from ? "/from" : "/to"};
  if (year) {
    auto y = read_year(*year, "/year");
    if (!y.ok()) return y.error();
    return YearRange{y.value(), y.value()};
  }
  if (!from && !to)
    return missing_field("/year", say({"\"year\" (or \"from\" and \"to\")", "\"year\" (oder \"from\" und \"to\")",
                                       "\"year\" (of \"from\" en \"to\")", "\"year\" (eller \"from\" og \"to\")"}));
  if (!from)
    return missing_field("/from", say({"\"from\", the first year (with \"to\")", "\"from\", das erste Jahr (mit \"to\")",
                                       "\"from\", het eerste jaar (met \"to\")", "\"from\", det første år (med \"to\")"}));
  if (!to)
    return missing_field("/to", say({"\"to\", the last year (with \"from\")", "\"to\", das letzte Jahr (mit \"from\")",
                                     "\"to\", het laatste jaar (met \"from\")", "\"to\", det sidste år (med \"from\")"}));
  auto first = read_year(*from, "/from");
  if (!first.ok()) return first.error();
  auto last = read_year(*to, "/to");
  if (!last.ok()) return last.error();
  if (auto e = check_year_span(first.value(), last.value(), kMaxHolidayYears)) return *e;
  return YearRange{first.value(), last.value()};
}

}  // namespace

Result<json> holidays_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"calendar", "year", "from", "to", "options"}))
    return *e;
  auto calendar = read_calendar(r);
  if (!calendar.ok()) return calendar.error();
  auto years = read_years(r);
  if (!years.ok()) return years.error();
  auto options = read_holiday_options(find_field(r, "options"), calendar.value(), "/options");
  if (!options.ok()) return options.error();

  json list = json::array();
  json explain = json::array();
  for (const auto& note : holiday_calendar_notes(calendar.value(), years.value().from,
                                                 years.value().to, options.value()))
    explain.push_back(object({{"code", note.code}, {"text", note.text}}));
  for (int y = years.value().from; y <= years.value().to; ++y) {
    for (const Holiday& h : holidays_in_year(calendar.value(), y, options.value())) {
      std::string day = iso_date(date::local_days{h.day});
      // The holidays' names are the calendar's own, inserted as they are.
      if (h.id.find('+') != std::string::npos)
        explain.push_back(object({{"code", "holiday-coincide"},
                                  {"text", say({"{0}: {1} fall on the same day, listed once.",
                                                "{0}: {1} fallen auf denselben Tag, einmal aufgeführt.",
                                                "{0}: {1} vallen op dezelfde dag, één keer vermeld.",
                                                "{0}: {1} falder på samme dag, anført én gang."},
                                               {date_text(date::local_days{h.day}), h.name})}}));
      list.push_back(object({{"date", day}, {"id", h.id}, {"name", h.name}, {"localName", h.local_name}}));
    }
  }
  return object({{"calendar", calendar.value()}, {"holidays", std::move(list)},
                 {"explain", std::move(explain)}});
}

}  // namespace slacalc
