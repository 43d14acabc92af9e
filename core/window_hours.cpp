#include "window_hours.hpp"

#include <algorithm>

#include "lang.hpp"
#include "local_text.hpp"
#include "zones.hpp"

namespace slacalc {

using date::local_days;

LocalSpan commitment_span(PeriodKind kind, int year, unsigned month) {
  using date::year_month_day;
  auto first = [](int y, unsigned m) { return local_days{date::year{y} / date::month{m} / 1}; };
  // "April 2026": a month and its year.
  static constexpr Phrase kMonths[] = {
      {"January {0}", "Januar {0}", "januari {0}", "januar {0}"},
      {"February {0}", "Februar {0}", "februari {0}", "februar {0}"},
      {"March {0}", "März {0}", "maart {0}", "marts {0}"},
      {"April {0}", "April {0}", "april {0}", "april {0}"},
      {"May {0}", "Mai {0}", "mei {0}", "maj {0}"},
      {"June {0}", "Juni {0}", "juni {0}", "juni {0}"},
      {"July {0}", "Juli {0}", "juli {0}", "juli {0}"},
      {"August {0}", "August {0}", "augustus {0}", "august {0}"},
      {"September {0}", "September {0}", "september {0}", "september {0}"},
      {"October {0}", "Oktober {0}", "oktober {0}", "oktober {0}"},
      {"November {0}", "November {0}", "november {0}", "november {0}"},
      {"December {0}", "Dezember {0}", "december {0}", "december {0}"},
  };
  if (kind == PeriodKind::quarter) {
    unsigned q = (month - 1) / 3;
    local_days from = first(year, q * 3 + 1);
    return {from, local_days{year_month_day{from} + date::months{3}}, std::to_string(year) + "-Q" + std::to_string(q + 1)};
  }
  if (kind == PeriodKind::year) return {first(year, 1), first(year + 1, 1), std::to_string(year)};
  local_days from = first(year, month);
  return {from, local_days{year_month_day{from} + date::months{1}}, say(kMonths[month - 1], {std::to_string(year)})};
}

// The hour's symbol as each language abbreviates it: h, u (uur), t (time).
std::string hours_text(const Rational& seconds) {
  return say({"{0} h", "{0} h", "{0} u", "{0} t"}, {local_decimal((seconds / Rational(3600)).to_decimal(2))});
}

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
    out.text = say({"{0} days × {1} = {2}", "{0} Tage × {1} = {2}", "{0} dagen × {1} = {2}", "{0} dage × {1} = {2}"},
                   {std::to_string(out.days), hours_text(Rational(per_day.front())), out.text});
  return out;
}

}  // namespace slacalc
