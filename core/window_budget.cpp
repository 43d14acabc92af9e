#include "window_budget.hpp"

#include <algorithm>

#include "budget_json.hpp"
#include "human_duration.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "measure_json.hpp"
#include "period_json.hpp"
#include "profile_json.hpp"
#include "profile_text.hpp"
#include "weekly_window.hpp"
#include "window_clock.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

using date::local_days;
using date::sys_seconds;

json reading(const char* id, const std::string& label, const Rational& period_seconds, const Rational& budget,
             bool is_default) {
  json out = {{"id", id}, {"label", label}, {"budget", duration_json(budget)}, {"default", is_default}};
  if (!(period_seconds == Rational(0))) out["period"] = duration_json(period_seconds);
  return out;
}

}  // namespace

LocalSpan commitment_span(PeriodKind kind, int year, unsigned month) {
  using date::year_month_day;
  auto first = [](int y, unsigned m) { return local_days{date::year{y} / date::month{m} / 1}; };
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  if (kind == PeriodKind::quarter) {
    unsigned q = (month - 1) / 3;
    local_days from = first(year, q * 3 + 1);
    return {from, local_days{year_month_day{from} + date::months{3}}, std::to_string(year) + "-Q" + std::to_string(q + 1)};
  }
  if (kind == PeriodKind::year) return {first(year, 1), first(year + 1, 1), std::to_string(year)};
  local_days from = first(year, month);
  return {from, local_days{year_month_day{from} + date::months{1}}, std::string(kMonths[month - 1]) + " " + std::to_string(year)};
}

std::string hours_text(const Rational& seconds) { return (seconds / Rational(3600)).to_decimal(2) + " h"; }

WindowHours window_hours(const Profile& p, const Commitment& c, int year, unsigned month, const ClosedDays& closed) {
  WindowHours out;
  out.span = commitment_span(c.period, year, month);
  const Zone& zone = *find_zone(p.time_zone);
  const WeeklyWindow* w = p.find_window(c.window);
  WindowClock clock(zone_rule(zone), w ? w->intervals : std::vector<WeeklyWindow::Interval>{{0, kMinutesPerWeek}},
                    w && w->holidays_closed ? closed : ClosedDays{});
  std::vector<ClockSegment> segments;
  out.seconds = Rational(clock.open_time(to_utc(zone, out.span.from).instant, to_utc(zone, out.span.to).instant,
                                         &segments).count());
  // Open days, and whether each is open equally long ("20 days × 8 h").
  std::vector<long long> per_day;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i == 0 || segments[i].day != segments[i - 1].day) per_day.push_back(0);
    per_day.back() += (segments[i].end - segments[i].begin).count();
  }
  out.days = static_cast<int>(per_day.size());
  bool uniform = std::all_of(per_day.begin(), per_day.end(), [&](long long d) { return d == per_day.front(); });
  out.text = hours_text(out.seconds);
  if (uniform && out.days > 0)
    out.text = std::to_string(out.days) + " days × " + hours_text(Rational(per_day.front())) + " = " + out.text;
  return out;
}

Result<json> window_budget_endpoint(const json& r) {
  if (!r.is_object()) return wrong_type("", "a request object", r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "month", "closedDays", "holidayOptions"})) return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier* tier = resolved.value().tier;
  if (!find_field(r, "month")) return missing_field("/month", "the month, YYYY-MM");
  auto settings = read_period_settings(json{{"month", *find_field(r, "month")}});
  if (!settings.ok()) return settings.error();
  const PeriodSpec month = settings.value();
  if (month.month_year > 2199) return Error{"out_of_range", "the month must lie in 1900–2199", "/month"};
  auto closures = read_closures(r, p);
  if (!closures.ok()) return closures.error();
  const ClosedDays& closed = closures.value();

  json commitments = json::array();
  for (const auto& c : tier->availability) {
    WindowHours wh = window_hours(p, c, month.month_year, month.month, closed);
    const LocalSpan& span = wh.span;
    const WeeklyWindow* w = p.find_window(c.window);
    const Rational& open = wh.seconds;
    const int open_days = wh.days;
    const Rational share = (Rational(100) - c.target_percent) / Rational(100);
    bool contract_default = c.stated_max_downtime_seconds.has_value();

    json readings = json::array();
    readings.push_back(reading("window", w ? "Only the hours of " + w->label + " in " + span.label
                                           : "Every hour of " + span.label + " in " + p.time_zone,
                               open, share * open, !contract_default && c.period != PeriodKind::month));
    if (contract_default)
      readings.push_back(reading("contract", "The maximum the contract states", Rational(0),
                                 *c.stated_max_downtime_seconds, true));
    if (c.period == PeriodKind::month) {
      MonthBasis chosen = p.month_basis_of(c);
      for (int b = 0; b < static_cast<int>(MonthBasis::customHours); ++b) {
        PeriodSpec spec = month;
        spec.kind = PeriodKind::month;
        spec.month_basis = static_cast<MonthBasis>(b);
        ResolvedPeriod period = resolve_period(spec);
        readings.push_back(reading(month_basis_id(spec.month_basis), "Month basis: " + period.label, period.seconds,
                                   share * period.seconds, !contract_default && spec.month_basis == chosen));
      }
    }
    Explain explain;
    explain.push_back({"commitment", commitment_text(c) + (c.cite.clause.empty() ? "" : " — " + c.cite.clause) + "."});
    explain.push_back({"window-hours",
                       (w ? w->label + " (" + describe_window(*w) + ")" : std::string("All hours")) + " in " + span.label +
                           ", " + p.time_zone + ": " + wh.text + " (real elapsed time; DST and " +
                           (w && w->holidays_closed ? p.holiday_calendar + " public holidays" : std::string("no holidays")) +
                           " taken into account)."});
    if (w)
      explain.push_back({"reading", "Downtime counts only inside the window, but the contract does not say of which hours "
                                    "the percentage is taken: of the window's own hours (" +
                                        human_duration(share * open) + ") or of a month (" +
                                        (contract_default ? "its stated maximum, " + human_duration(*c.stated_max_downtime_seconds)
                                                          : std::string("the bases below")) +
                                        "). All readings are listed; the contract's own figure is the default."});
    json lines = json::array();
    for (const auto& e : explain) lines.push_back({{"code", e.code}, {"text", e.text}});
    commitments.push_back({{"scope", c.scope}, {"target", c.target_percent.to_decimal(6)},
                           {"period", {{"kind", period_kind_id(c.period)}, {"label", span.label},
                                       {"from", iso_date(span.from)}, {"to", iso_date(span.to)}}},
                           {"window", {{"id", c.window}, {"label", w ? w->label : "always"}}},
                           {"windowHours", {{"seconds", (open.floor() > 0 ? static_cast<long long>(open.floor()) : 0)},
                                            {"hours", (open / Rational(3600)).to_decimal(2)}, {"days", open_days}}},
                           {"readings", readings}, {"clause", c.cite.clause}, {"explain", lines}});
  }
  return json{{"profile", p.id}, {"tier", tier->id}, {"zone", p.time_zone}, {"commitments", commitments}};
}

}  // namespace slacalc
