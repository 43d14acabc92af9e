#include "window_budget_json.hpp"

#include <algorithm>

#include "contract_reading.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "request_calendar.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "window_hours.hpp"

namespace slacalc {

Result<json> window_budget_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "month", "closedDays", "holidayOptions", "monthBasis"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier* tier = resolved.value().tier;
  if (!find_field(r, "month"))
    return missing_field("/month", say({"the month, YYYY-MM", "der Monat, JJJJ-MM", "de maand, JJJJ-MM", "måneden, ÅÅÅÅ-MM"}));
  PeriodSpec month;
  if (auto e = read_zoned_month(*find_field(r, "month"), "/month", month)) return *e;
  auto closures = read_closures(r, p);
  if (!closures.ok()) return closures.error();
  auto chosen = read_reading(r);
  if (!chosen.ok()) return chosen.error();

  json commitments = json::array();
  for (const auto& c : tier->availability) {
    WindowHours wh = window_hours(p, c, date::year{month.month_year} / date::month{month.month}, closures.value());
    const LocalSpan& span = wh.span;
    const WeeklyWindow* w = p.find_window(c.window);
    // Every reading of the commitment, the one applied marked (contract_reading.hpp).
    const Reading applied = read_commitment(p, c, chosen.value()).reading;
    json readings = json::array();
    for (Reading each : readings_of(c)) {
      CommitmentReading r = read_commitment(p, c, each);
      Duration base = base_seconds(r, span, wh.seconds);
      readings.push_back(object({{"id", reading_id(each)}, {"label", reading_text(p, r, span)},
                                 {"period", duration_json(base)}, {"budget", duration_json(budget_seconds(r, base))},
                                 {"default", each == applied}}));
    }
    commitments.push_back(object({{"scope", c.scope}, {"target", c.target_percent.value().to_decimal(6)},
                                  {"period", object({{"kind", period_kind_id(c.period)}, {"label", span.label},
                                                     {"from", iso_date(span.from)}, {"to", iso_date(span.to)}})},
                                  {"window", object({{"id", c.window}, {"label", w ? w->label : "always"}})},
                                  {"windowHours", object({{"seconds", (wh.seconds.seconds().floor() > 0 ? static_cast<long long>(wh.seconds.seconds().floor()) : 0)},
                                                          {"hours", (wh.seconds.seconds() / Rational(3600)).to_decimal(2)}, {"days", wh.days}})},
                                  {"reading", reading_id(applied)}, {"readings", readings}, {"clause", c.cite.clause},
                                  {"explain", explain_json(window_budget_explain(p, c, wh))}}));
  }
  return object({{"profile", p.id}, {"tier", tier->id}, {"zone", p.time_zone}, {"commitments", commitments},
                 {"options", options_json({reading_option(p, chosen.value())})}});
}

}  // namespace slacalc
