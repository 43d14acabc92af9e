#include "measure.hpp"

#include <algorithm>

#include "zones.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;
using std::chrono::seconds;

struct Stretch {
  sys_seconds begin, end;
};

// Sorted and merged: overlapping and touching spans become one.
std::vector<Stretch> merged(std::vector<Stretch> spans) {
  std::sort(spans.begin(), spans.end(), [](const Stretch& a, const Stretch& b) { return a.begin < b.begin; });
  std::vector<Stretch> out;
  for (const auto& s : spans) {
    if (!out.empty() && s.begin <= out.back().end) out.back().end = std::max(out.back().end, s.end);
    else out.push_back(s);
  }
  return out;
}

// a minus b, both merged.
std::vector<Stretch> minus(const std::vector<Stretch>& a, const std::vector<Stretch>& b) {
  std::vector<Stretch> out;
  std::size_t j = 0;
  for (Stretch s : a) {
    while (j < b.size() && b[j].end <= s.begin) ++j;
    for (std::size_t k = j; k < b.size() && b[k].begin < s.end; ++k) {
      if (b[k].begin > s.begin) out.push_back({s.begin, b[k].begin});
      s.begin = std::max(s.begin, b[k].end);
    }
    if (s.begin < s.end) out.push_back(s);
  }
  return out;
}

// One stretch's counted time under the granularity rule.
seconds counted(seconds s, const Granularity& g) {
  if (s < g.minimum) return seconds{0};
  switch (g.unit) {
    case Granularity::Unit::second: return s;
    case Granularity::Unit::minute_up: return std::chrono::ceil<std::chrono::minutes>(s);
    case Granularity::Unit::minute_down: return std::chrono::floor<std::chrono::minutes>(s);
  }
  return s;
}

// Open time of the window inside the spans, within [from, to), each span
// counted under the granularity rule.
seconds inside(const std::vector<Stretch>& spans, const WindowClock& window, sys_seconds from, sys_seconds to,
               const Granularity& g = {}) {
  seconds total{0};
  auto first = std::lower_bound(spans.begin(), spans.end(), from,
                                [](const Stretch& s, sys_seconds t) { return s.end <= t; });
  for (auto it = first; it != spans.end() && it->begin < to; ++it)
    total += counted(window.open_time(std::max(it->begin, from), std::min(it->end, to)), g);
  return total;
}

// The period so far: how much of its counted time and of its budget are
// used, and — at the downtime rate so far — when the budget runs out.
PeriodMeasure::Current current_state(const PeriodMeasure& pm, const WindowClock& window,
                                     const std::vector<Stretch>& down, sys_seconds from, sys_seconds to,
                                     sys_seconds as_of, const Granularity& g) {
  PeriodMeasure::Current now;
  now.as_of = as_of;
  now.elapsed = window.open_time(from, as_of);
  now.downtime = inside(down, window, from, as_of, g);
  const Rational used(static_cast<long long>(now.downtime.count()));
  if (pm.counted > seconds{0} && pm.budget_seconds > Rational(0) && now.elapsed > seconds{0}) {
    // Share of the budget used ÷ share of the period gone: 1 = on course to use exactly all of it.
    Rational elapsed_share = Rational(static_cast<long long>(now.elapsed.count())) /
                             Rational(static_cast<long long>(pm.counted.count()));
    now.burn_rate = used / pm.budget_seconds / elapsed_share;
  }
  if (!(used < pm.budget_seconds)) {
    now.exhausted = true;
  } else if (now.downtime > seconds{0}) {
    // Counted time until the rest of the budget is gone at the same rate.
    Rational needed = (pm.budget_seconds - used) * Rational(static_cast<long long>(now.elapsed.count())) / used;
    auto at = window.add(as_of, seconds{static_cast<long long>(-(Rational(0) - needed).floor())});
    if (at && *at < to) now.runs_out = *at;
  }
  return now;
}

}  // namespace

bool excluded_by(const Commitment& c, const Outage& o) {
  auto has = [&c](const char* kind) { return std::find(c.excluded.begin(), c.excluded.end(), kind) != c.excluded.end(); };
  switch (o.kind) {
    case Outage::Kind::unplanned: return false;
    case Outage::Kind::planned: return has("planned-maintenance") || has("announced-service-windows");
    case Outage::Kind::excluded: return has(o.reason.c_str());
  }
  return false;
}

std::vector<PeriodMeasure> measure_periods(const Profile& p, const Commitment& c, const std::vector<Outage>& outages,
                                           int first_year, unsigned first_month, int last_year, unsigned last_month,
                                           const ClosedDays& closed, const Granularity& granularity,
                                           std::optional<sys_seconds> as_of) {
  const Zone& zone = *find_zone(p.time_zone);
  const WeeklyWindow* w = p.find_window(c.window);
  WindowClock window(zone_rule(zone), w ? w->intervals : std::vector<WeeklyWindow::Interval>{{0, kMinutesPerWeek}},
                     w && w->holidays_closed ? closed : ClosedDays{});

  // Downtime: what the commitment does not exclude, minus what it does
  // (an excluded cause overlapping an outage takes that time out of it).
  std::vector<Stretch> down, planned, excluded;
  for (const auto& o : outages) {
    if (!excluded_by(c, o)) down.push_back({o.begin, o.end});
    else if (o.kind == Outage::Kind::planned) planned.push_back({o.begin, o.end});
    else excluded.push_back({o.begin, o.end});
  }
  planned = merged(planned);
  std::vector<Stretch> not_counted = planned;
  not_counted.insert(not_counted.end(), excluded.begin(), excluded.end());
  not_counted = merged(not_counted);
  excluded = minus(merged(excluded), planned);  // planned time is reported as planned
  down = minus(merged(down), not_counted);

  std::vector<PeriodMeasure> out;
  const Rational share = (Rational(100) - c.target_percent) / Rational(100);
  for (int y = first_year, m = static_cast<int>(first_month);
       y < last_year || (y == last_year && m <= static_cast<int>(last_month)); m == 12 ? (m = 1, ++y) : ++m) {
    LocalSpan span = commitment_span(c.period, y, static_cast<unsigned>(m));
    if (!out.empty() && out.back().span.from == span.from) continue;  // a quarter seen in an earlier month
    PeriodMeasure pm;
    pm.span = span;
    sys_seconds from = to_utc(zone, span.from).instant, to = to_utc(zone, span.to).instant;
    pm.counted = window.open_time(from, to);
    pm.planned = inside(planned, window, from, to);
    pm.excluded = inside(excluded, window, from, to);
    pm.measured = c.denominator_minus_planned ? pm.counted - pm.planned : pm.counted;
    pm.downtime = std::min(inside(down, window, from, to, granularity), pm.measured);
    if (pm.measured > seconds{0})
      pm.availability_percent = Rational(static_cast<long long>((pm.measured - pm.downtime).count())) * Rational(100) /
                                Rational(static_cast<long long>(pm.measured.count()));
    pm.budget_seconds = share * Rational(static_cast<long long>(pm.measured.count()));
    if (as_of && from <= *as_of && *as_of < to) pm.current = current_state(pm, window, down, from, to, *as_of, granularity);
    out.push_back(pm);
  }
  return out;
}

}  // namespace slacalc
