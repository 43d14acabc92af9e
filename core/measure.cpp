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

// Sorted and merged in place: overlapping and touching spans become one. (A
// ledger sorted by start, as measure_json passes it, needs no sorting here.)
std::vector<Stretch> merged(std::vector<Stretch> spans) {
  auto by_begin = [](const Stretch& a, const Stretch& b) { return a.begin < b.begin; };
  if (!std::is_sorted(spans.begin(), spans.end(), by_begin)) std::sort(spans.begin(), spans.end(), by_begin);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (kept > 0 && spans[i].begin <= spans[kept - 1].end) spans[kept - 1].end = std::max(spans[kept - 1].end, spans[i].end);
    else spans[kept++] = spans[i];
  }
  spans.resize(kept);
  return spans;
}

// a minus b, both merged.
std::vector<Stretch> minus(const std::vector<Stretch>& a, const std::vector<Stretch>& b) {
  std::vector<Stretch> out;
  out.reserve(a.size() + b.size());
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

// The time the spans share with the window's open segments (both sorted,
// the segments from WindowClock::open_time over the period), each span
// counted under the granularity rule. One sweep over both lists.
seconds inside(const std::vector<Stretch>& spans, const std::vector<ClockSegment>& open, const Granularity& g = {}) {
  seconds total{0};
  if (open.empty()) return total;
  auto first = std::lower_bound(spans.begin(), spans.end(), open.front().begin,
                                [](const Stretch& s, sys_seconds t) { return s.end <= t; });
  std::size_t k = 0;
  for (auto it = first; it != spans.end() && it->begin < open.back().end; ++it) {
    while (k < open.size() && open[k].end <= it->begin) ++k;
    seconds shared{0};
    for (std::size_t j = k; j < open.size() && open[j].begin < it->end; ++j)
      shared += std::min(open[j].end, it->end) - std::max(open[j].begin, it->begin);
    total += counted(shared, g);
  }
  return total;
}

// The period so far: how much of its counted time and of its budget are
// used, and — at the downtime rate so far — when the budget runs out.
PeriodMeasure::Current current_state(const PeriodMeasure& pm, const WindowClock& window,
                                     const std::vector<Stretch>& down, sys_seconds from, sys_seconds to,
                                     sys_seconds as_of, const Granularity& g) {
  PeriodMeasure::Current now;
  now.as_of = as_of;
  std::vector<ClockSegment> open;
  now.elapsed = window.open_time(from, as_of, &open);
  now.downtime = inside(down, open, g);
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
    case Outage::Kind::excluded: return has(kExclusionReasons[o.reason]);
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
  // Whether each kind (and reason) is excluded, decided once, not per outage.
  bool planned_excluded = excluded_by(c, Outage{{}, {}, Outage::Kind::planned, 0});
  bool reason_excluded[std::size(kExclusionReasons)];
  for (std::size_t i = 0; i < std::size(kExclusionReasons); ++i)
    reason_excluded[i] = excluded_by(c, Outage{{}, {}, Outage::Kind::excluded, static_cast<unsigned char>(i)});
  std::vector<Stretch> down, planned, excluded;
  down.reserve(outages.size());
  for (const auto& o : outages) {
    bool out = o.kind == Outage::Kind::planned    ? planned_excluded
               : o.kind == Outage::Kind::excluded ? reason_excluded[o.reason]
                                                  : false;
    if (!out) down.push_back({o.begin, o.end});
    else if (o.kind == Outage::Kind::planned) planned.push_back({o.begin, o.end});
    else excluded.push_back({o.begin, o.end});
  }
  planned = merged(planned);
  std::vector<Stretch> not_counted = planned;
  not_counted.insert(not_counted.end(), excluded.begin(), excluded.end());
  not_counted = merged(not_counted);
  excluded = minus(merged(std::move(excluded)), planned);  // planned time is reported as planned
  down = minus(merged(std::move(down)), not_counted);

  std::vector<PeriodMeasure> out;
  const Rational share = (Rational(100) - c.target_percent) / Rational(100);
  for (int y = first_year, m = static_cast<int>(first_month);
       y < last_year || (y == last_year && m <= static_cast<int>(last_month)); m == 12 ? (m = 1, ++y) : ++m) {
    LocalSpan span = commitment_span(c.period, y, static_cast<unsigned>(m));
    if (!out.empty() && out.back().span.from == span.from) continue;  // a quarter seen in an earlier month
    PeriodMeasure pm;
    pm.span = span;
    sys_seconds from = to_utc(zone, span.from).instant, to = to_utc(zone, span.to).instant;
    std::vector<ClockSegment> open;
    pm.counted = window.open_time(from, to, &open);
    pm.planned = inside(planned, open);
    pm.excluded = inside(excluded, open);
    pm.measured = c.denominator_minus_planned ? pm.counted - pm.planned : pm.counted;
    pm.downtime = std::min(inside(down, open, granularity), pm.measured);
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
