// Deadline computations per second on prepared clocks, no JSON: the cost of
// WindowClock::add and add_working_days alone (the endpoint figures, with
// parsing and output, come from bench_calls over bench/deadline-mix.json).
// One source, two builds: native (build/native/bench_clock) and wasm for Node
// (build/wasm/bench_clock.cjs, kept out of build/wasm/web). Both run the same
// pseudo-random cases, so their checksums must agree.
//   bench_clock [seconds]                  (default 1)
//   node build/wasm/bench_clock.cjs [seconds]
// prints one JSON line:
//   {"bench":"clock","build":"native","computations":N,"seconds":S,"perSecond":X,"checksum":C}
// C sums the due instants (seconds since the epoch; 1 for each nullopt) of
// one pass over the 4096 cases (< 2^53, so a plain JSON number); every pass
// is checked to give the same sum.
// printf, not iostreams: the wasm build stays small and exception-free.
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "window_clock.hpp"
#include "zones.hpp"

namespace {

using namespace slacalc;
using date::sys_seconds;

#ifdef __EMSCRIPTEN__
constexpr const char* kBuild = "wasm";
#else
constexpr const char* kBuild = "native";
#endif

// splitmix64: the same sequence on every platform.
struct Random {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform enough in [lo, hi] for a benchmark.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
};

// from..to on every day d in [first, last] (Monday = 0), minutes.
std::vector<WeeklyWindow::Interval> daily(int first, int last, int from, int to) {
  std::vector<WeeklyWindow::Interval> week;
  for (int d = first; d <= last; ++d) week.push_back({d * 1440 + from, d * 1440 + to});
  return week;
}

WindowClock make(const char* zone_name, std::vector<WeeklyWindow::Interval> week, const char* calendar) {
  const Zone* zone = find_zone(zone_name);
  if (!zone) {
    std::fprintf(stderr, "no zone %s\n", zone_name);
    std::exit(2);
  }
  ClosedDays closed;
  closed.holiday_calendar = calendar;
  return WindowClock(zone_rule(*zone), std::move(week), closed);
}

struct Case {
  int clock;
  sys_seconds reported;
  std::chrono::seconds amount;  // > 0: add(amount); else add_working_days(days)
  int working_days;
  WorkingDayRule rule;
};

}  // namespace

int main(int argc, char** argv) {
  double seconds = argc > 1 ? std::strtod(argv[1], nullptr) : 1.0;
  if (!(seconds >= 0)) seconds = 1.0;

  const std::vector<WindowClock> clocks = {
      // Flying Circus: working days 08–16 CE(S)T, Saxony-Anhalt's holidays.
      make("Europe/Berlin", daily(0, 4, 8 * 60, 16 * 60), "DE-ST"),
      // Scope4mation: working days 10–16 in Amsterdam, Dutch holidays.
      make("Europe/Amsterdam", daily(0, 4, 10 * 60, 16 * 60), "NL"),
      // Flying Circus Managed 5: Monday–Sunday 07–21, no holidays.
      make("Europe/Berlin", daily(0, 6, 7 * 60, 21 * 60), "none"),
      // Around the clock (open time = elapsed time, DST included).
      make("Europe/Berlin", {{0, 7 * 1440}}, "none"),
  };

  // Reports anywhere in 2026–2027 (to the second); durations 15 min … 40 h
  // (to the minute); 1–10 working days under either reading. Three in four
  // cases add time, one in four working days.
  const std::int64_t first = date::sys_seconds{date::sys_days{date::year{2026} / 1 / 1}}.time_since_epoch().count();
  const std::int64_t last = date::sys_seconds{date::sys_days{date::year{2028} / 1 / 1}}.time_since_epoch().count() - 1;
  Random random{20260327};
  std::vector<Case> cases(4096);
  for (auto& c : cases) {
    c.clock = static_cast<int>(random.between(0, static_cast<std::int64_t>(clocks.size()) - 1));
    c.reported = sys_seconds{std::chrono::seconds{random.between(first, last)}};
    bool by_days = random.between(0, 3) == 0;
    c.amount = by_days ? std::chrono::seconds{0} : std::chrono::minutes{random.between(15, 40 * 60)};
    c.working_days = static_cast<int>(random.between(1, 10));
    c.rule = random.between(0, 1) ? WorkingDayRule::same_time : WorkingDayRule::end_of_day;
  }

  auto pass = [&]() {
    std::uint64_t sum = 0;
    for (const auto& c : cases) {
      const WindowClock& clock = clocks[static_cast<std::size_t>(c.clock)];
      std::optional<sys_seconds> due = c.amount.count() > 0
                                           ? clock.add(c.reported, c.amount)
                                           : clock.add_working_days(c.reported, c.working_days, c.rule);
      sum += due ? static_cast<std::uint64_t>(due->time_since_epoch().count()) : 1;
    }
    return sum;
  };

  // One untimed pass: the checksum, the clocks' caches (holiday years, DST
  // switches) and, in wasm, the engine's optimising tier.
  using steady = std::chrono::steady_clock;
  const std::uint64_t checksum = pass();
  std::uint64_t computations = 0;
  bool consistent = true;
  auto start = steady::now();
  double elapsed = 0;
  do {
    if (pass() != checksum) consistent = false;
    computations += cases.size();
    elapsed = std::chrono::duration<double>(steady::now() - start).count();
  } while (elapsed < seconds);

  std::printf(
      "{\"bench\":\"clock\",\"build\":\"%s\",\"computations\":%" PRIu64
      ",\"seconds\":%.3f,\"perSecond\":%.0f,\"checksum\":%" PRIu64 "%s}\n",
      kBuild, computations, elapsed, static_cast<double>(computations) / elapsed, checksum,
      consistent ? "" : ",\"inconsistent\":true");
  return consistent ? 0 : 1;
}
