#include "holidays_json.hpp"

#include <string_view>

#include "holidays.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "request_calendar.hpp"

namespace slacalc {
namespace {

constexpr int kMaxHolidayYears = 300;

struct YearRange {
  int from;
  int to;
};

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
  auto calendar = read_calendar_code(r);
  if (!calendar.ok()) return calendar.error();
  auto years = read_years(r);
  if (!years.ok()) return years.error();
  auto options = read_holiday_options(find_field(r, "options"), calendar.value(), "/options");
  if (!options.ok()) return options.error();

  HolidayYears years_listed = holidays_between(calendar.value(), years.value().from, years.value().to, options.value());
  json list = json::array();
  for (const Holiday& h : years_listed.holidays)
    list.push_back(object({{"date", iso_date(date::local_days{h.day})}, {"id", h.id}, {"name", h.name},
                           {"localName", h.local_name}}));
  return object({{"calendar", calendar.value()}, {"holidays", std::move(list)},
                 {"explain", explain_json(years_listed.explain)}});
}

}  // namespace slacalc
