#include "measure.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "zones.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;
using std::chrono::seconds;

struct Stretch {
  sys_seconds begin, end;
};

bool by_begin(const Stretch& a, const Stretch& b) { return a.begin < b.begin; }

// Spans sorted by start, merged in place: overlapping and touching spans
// become one. (Every list here comes from the ledger, which measure_periods
// has in start order: no sort, whose code would cost the module a kilobyte.)
std::vector<Stretch> merged(std::vector<Stretch> spans) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (kept > 0 && spans[i].begin <= spans[kept - 1].end) spans[kept - 1].end = std::max(spans[kept - 1].end, spans[i].end);
    else spans[kept++] = spans[i];
  }
  spans.resize(kept);
  return spans;
}

// a minus b, both merged.
std::vector<Stretch> minus(std::vector<Stretch> a, const std::vector<Stretch>& b) {
  if (b.empty()) return a;
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

// Downtime counted into one period (or the part of one up to "as of"): the
// pieces of downtime arrive in order, so one cursor into the open segments
// does. Each piece is counted on its own under the granularity rule, as
// inside() counts each stretch.
struct Tally {
  std::vector<ClockSegment> open;
  std::size_t next = 0;
  seconds total{0};

  void add(const Stretch& piece, const Granularity& g) {
    while (next < open.size() && open[next].end <= piece.begin) ++next;
    seconds shared{0};
    for (std::size_t j = next; j < open.size() && open[j].begin < piece.end; ++j)
      shared += std::min(open[j].end, piece.end) - std::max(open[j].begin, piece.begin);
    if (shared > seconds{0}) total += counted(shared, g);
  }
};

// The period so far: how much of its counted time and of its budget are
// used, and — at the downtime rate so far — when the budget runs out.
PeriodMeasure::Current current_state(const PeriodMeasure& pm, const WindowClock& window, seconds elapsed,
                                     seconds downtime, sys_seconds to, sys_seconds as_of) {
  PeriodMeasure::Current now;
  now.as_of = as_of;
  now.elapsed = elapsed;
  now.downtime = downtime;
  const Duration used(now.downtime);
  const Duration& budget = pm.figures.budget_seconds;
  if (pm.counted > seconds{0} && budget > Duration() && now.elapsed > seconds{0}) {
    // Share of the budget used ÷ share of the period gone: 1 = on course to use exactly all of it.
    Rational elapsed_share = Duration(now.elapsed) / Duration(pm.counted);
    now.burn_rate = used / budget / elapsed_share;
  }
  if (!(used < budget)) {
    now.exhausted = true;
  } else if (now.downtime > seconds{0}) {
    // Counted time until the rest of the budget is gone at the same rate.
    Duration needed = (budget - used) * (Duration(now.elapsed) / used);
    auto at = window.add(as_of, needed.whole_seconds_up());
    if (at && *at < to) now.runs_out = *at;
  }
  return now;
}

}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> sort_outages(std::vector<Outage>& outages,
                                                                const std::vector<bool>* exempt) {
  auto key = [](const Outage& o) { return std::tie(o.begin, o.end, o.kind, o.reason, o.scope, o.late_notice, o.row); };
  auto less = [&key](const Outage& a, const Outage& b) { return a.begin != b.begin ? a.begin < b.begin : key(a) < key(b); };
  for (std::size_t i = 0; i < outages.size(); ++i) outages[i].row = static_cast<std::uint32_t>(i);
  // Monitoring exports are usually in order already: then nothing moves.
  if (!std::is_sorted(outages.begin(), outages.end(), less)) std::sort(outages.begin(), outages.end(), less);
  // A row that repeats another exactly is a copy-and-paste slip.
  auto same = [](const Outage& a, const Outage& b) {
    return a.begin == b.begin && a.end == b.end && a.kind == b.kind && a.reason == b.reason && a.scope == b.scope &&
           a.late_notice == b.late_notice;
  };
  auto exempted = [exempt](const Outage& o) { return exempt && o.row < exempt->size() && (*exempt)[o.row]; };
  for (std::size_t k = 1; k < outages.size(); ++k)
    if (same(outages[k - 1], outages[k]) && !exempted(outages[k - 1]) && !exempted(outages[k]))
      return std::pair<std::size_t, std::size_t>{outages[k - 1].row, outages[k].row};
  return std::nullopt;
}

bool excluded_by(const Commitment& c, const Outage& o) {
  auto has = [&c](const char* kind) { return std::find(c.excluded.begin(), c.excluded.end(), kind) != c.excluded.end(); };
  switch (o.kind) {
    case Outage::Kind::unplanned: return false;
    case Outage::Kind::planned:
      return !o.late_notice && (has("planned-maintenance") || has("announced-service-windows"));
    case Outage::Kind::excluded: return has(kExclusionReasons[o.reason]);
  }
  return false;
}

const char* exclusion_of(const Commitment& c, const Outage& o) {
  if (!excluded_by(c, o)) return nullptr;
  if (o.kind == Outage::Kind::excluded) return kExclusionReasons[o.reason];
  bool maintenance = std::find(c.excluded.begin(), c.excluded.end(), "planned-maintenance") != c.excluded.end();
  return maintenance ? "planned-maintenance" : "announced-service-windows";
}

unsigned char own_scope(const Profile& p, const Commitment& c) {
  std::vector<std::string> scopes = p.scopes();
  for (std::size_t i = 0; i < scopes.size() && !c.scope.empty(); ++i)
    if (scopes[i] == c.scope) return static_cast<unsigned char>(i + 1);
  return 0;
}

ReadingFigures figures_under(const CommitmentReading& r, const PeriodMeasure& m) {
  const Commitment& c = *r.commitment;
  ReadingFigures f;
  f.measured = base_seconds(r, m.span, Duration(m.counted));
  if (c.denominator_minus_planned) f.measured = f.measured - Duration(m.planned);
  const Duration down(m.downtime);
  if (!(f.measured > Duration())) return f;  // nothing measured: no availability, no budget, nothing missed
  f.budget_seconds = budget_seconds(r, f.measured);
  if (m.counted == seconds{0}) return f;  // the window never opened: nothing to measure under any reading
  // A month basis shorter than the window's time (30 days of a 31-day month) can be all down: 0 %, not less.
  f.availability_percent = down < f.measured ? Percent::of_share((f.measured - down) / f.measured) : Percent();
  f.met = !(f.budget_seconds < down);
  return f;
}

std::vector<PeriodMeasure> measure_periods(const Profile& p, const CommitmentReading& reading,
                                           const std::vector<Outage>& outages, int first_year, unsigned first_month,
                                           int last_year, unsigned last_month, const ClosedDays& closed,
                                           const Granularity& granularity, std::optional<sys_seconds> as_of) {
  auto by_start = [](const Outage& a, const Outage& b) { return a.begin < b.begin; };
  if (!std::is_sorted(outages.begin(), outages.end(), by_start)) {  // every reader sorts; a caller may not
    std::vector<Outage> sorted = outages;
    sort_outages(sorted);  // the order of outages that start together changes no result
    return measure_periods(p, reading, sorted, first_year, first_month, last_year, last_month, closed, granularity,
                           as_of);
  }
  const Commitment& c = *reading.commitment;
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
  // An outage of another scope is not this commitment's at all.
  auto ours = [own = own_scope(p, c)](const Outage& o) { return own == 0 || o.scope == 0 || o.scope == own; };
  auto counts_as_down = [&](const Outage& o) {
    return !ours(o)                           ? false
           : o.kind == Outage::Kind::planned  ? !planned_excluded || o.late_notice
           : o.kind == Outage::Kind::excluded ? !reason_excluded[o.reason]
                                              : true;
  };
  std::vector<Stretch> planned, excluded, late;
  for (const auto& o : outages) {
    if (!ours(o)) continue;
    if (o.late_notice && planned_excluded) late.push_back({o.begin, o.end});
    if (counts_as_down(o)) continue;
    (o.kind == Outage::Kind::planned ? planned : excluded).push_back({o.begin, o.end});
  }
  late = merged(std::move(late));
  planned = merged(std::move(planned));
  std::vector<Stretch> not_counted(planned.size() + excluded.size());
  std::merge(planned.begin(), planned.end(), excluded.begin(), excluded.end(), not_counted.begin(), by_begin);
  not_counted = merged(std::move(not_counted));
  excluded = minus(merged(std::move(excluded)), planned);  // planned time is reported as planned

  // Each period's open time; a tally of downtime for each, and one for the
  // period containing "as of", up to it.
  std::vector<PeriodMeasure> out;
  std::vector<Tally> tallies;
  Tally so_far;
  seconds so_far_open{0};
  std::size_t current = SIZE_MAX;
  for (int y = first_year, m = static_cast<int>(first_month);
       y < last_year || (y == last_year && m <= static_cast<int>(last_month)); m == 12 ? (m = 1, ++y) : ++m) {
    LocalSpan span = commitment_span(c.period, date::year{y} / date::month{static_cast<unsigned>(m)});
    if (!out.empty() && out.back().span.from == span.from) continue;  // a quarter seen in an earlier month
    PeriodMeasure pm;
    pm.span = span;
    sys_seconds from = to_utc(zone, span.from).instant, to = to_utc(zone, span.to).instant;
    Tally tally;
    pm.counted = window.open_time(from, to, &tally.open);
    pm.planned = inside(planned, tally.open);
    pm.excluded = inside(excluded, tally.open);
    pm.late_notice = inside(late, tally.open);
    if (as_of && from <= *as_of && *as_of < to) {
      current = out.size();
      so_far_open = window.open_time(from, *as_of, &so_far.open);
    }
    out.push_back(pm);
    tallies.push_back(std::move(tally));
  }

  // Downtime without a copy of the ledger (a million outages are sorted by
  // start): merge on the fly, take out what does not count, and hand each
  // piece to the periods it touches.
  std::size_t cut = 0, period = 0;
  auto count_down = [&](Stretch s) {
    while (cut < not_counted.size() && not_counted[cut].end <= s.begin) ++cut;
    auto piece = [&](const Stretch& p) {
      while (period < tallies.size() && (tallies[period].open.empty() || tallies[period].open.back().end <= p.begin))
        ++period;
      for (std::size_t k = period; k < tallies.size(); ++k) {
        if (tallies[k].open.empty()) continue;  // the window never opens in it
        if (tallies[k].open.front().begin >= p.end) break;
        tallies[k].add(p, granularity);
      }
      if (current != SIZE_MAX) so_far.add(p, granularity);
    };
    for (std::size_t k = cut; k < not_counted.size() && not_counted[k].begin < s.end; ++k) {
      if (not_counted[k].begin > s.begin) piece({s.begin, not_counted[k].begin});
      s.begin = std::max(s.begin, not_counted[k].end);
    }
    if (s.begin < s.end) piece(s);
  };
  std::optional<Stretch> run;
  for (const auto& o : outages) {
    if (!counts_as_down(o)) continue;
    if (run && o.begin <= run->end) {
      run->end = std::max(run->end, o.end);
    } else {
      if (run) count_down(*run);
      run = Stretch{o.begin, o.end};
    }
  }
  if (run) count_down(*run);

  for (std::size_t i = 0; i < out.size(); ++i) {
    PeriodMeasure& pm = out[i];
    // At most the window's time that planned work leaves (where it leaves the denominator).
    pm.downtime = std::min(tallies[i].total, c.denominator_minus_planned ? pm.counted - pm.planned : pm.counted);
    pm.figures = figures_under(reading, pm);
    if (i == current)
      pm.current = current_state(pm, window, so_far_open, so_far.total, to_utc(zone, pm.span.to).instant, *as_of);
  }
  return out;
}

}  // namespace slacalc
