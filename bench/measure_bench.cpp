// 1 000 000 outages over one year → the monthly report: the time of
// sort_outages and measure_periods, no JSON (a million outages are some 80 MB of JSON;
// the request limit is 1 MiB). One source, two builds like bench_clock:
// native (build/native/bench_measure) and wasm for Node
// (build/wasm/bench_measure.cjs). Two profiles: WP Heaven (all hours,
// Copenhagen) and Flying Circus Guided 1 (working days 08–16, DE-ST, two
// commitments), each 12 months of 2026.
//   bench_measure [outages]        (default 1000000)
// prints one JSON line per profile (T includes the sort, S):
//   {"bench":"measure","build":"native","profile":"wp-heaven","outages":N,"ms":T,"sortMs":S,"checksum":C}
// C sums the downtime seconds of every period, so both builds can be compared.
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "measure.hpp"
#include "presets.hpp"

namespace {

using namespace slacalc;

#ifdef __EMSCRIPTEN__
constexpr const char* kBuild = "wasm";
#else
constexpr const char* kBuild = "native";
#endif

// splitmix64: the same sequence on every platform.
std::uint64_t next(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Outages anywhere in 2026, 1–20 s long (a million of them fill a year
// every 31.5 s on average, so longer ones would merge into one), one in a
// hundred planned.
std::vector<Outage> ledger(std::size_t count) {
  const std::int64_t first = date::sys_seconds{date::sys_days{date::year{2026} / 1 / 1}}.time_since_epoch().count();
  const std::int64_t year = 365LL * 86400;
  std::uint64_t state = 20260401;
  std::vector<Outage> out(count);
  // Distinct starts (a repeated row would be refused): the i-th in its own
  // stretch of the year, then shuffled.
  const std::int64_t stretch = year / static_cast<std::int64_t>(std::max<std::size_t>(count, 1));
  std::int64_t i = 0;
  for (auto& o : out) {
    o.begin = date::sys_seconds{std::chrono::seconds{first + i++ * stretch + static_cast<std::int64_t>(next(state) % stretch)}};
    o.end = o.begin + std::chrono::seconds{1 + static_cast<std::int64_t>(next(state) % 20)};
    o.kind = next(state) % 100 == 0 ? Outage::Kind::planned : Outage::Kind::unplanned;
  }
  for (std::size_t k = out.size(); k > 1; --k) std::swap(out[k - 1], out[next(state) % k]);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  std::vector<Outage> outages = ledger(count);
  // Sorted as every reader hands them over (sort_outages, part of the time).
  auto start_sort = std::chrono::steady_clock::now();
  if (sort_outages(outages)) std::printf("the ledger repeats a row: the benchmark is wrong\n");
  double sort_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_sort).count();
  for (const auto& [id, tier_id] : {std::pair{"wp-heaven", "standard"}, std::pair{"flying-circus", "guided-1"}}) {
    const Profile& profile = *find_preset(id);
    const Tier& tier = *profile.find_tier(tier_id);
    ClosedDays closed;
    closed.holiday_calendar = profile.holiday_calendar;
    auto start = std::chrono::steady_clock::now() - std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                         std::chrono::duration<double, std::milli>(sort_ms));
    std::int64_t checksum = 0;
    for (const auto& commitment : tier.availability)
      for (const auto& period : measure_periods(profile, read_commitment(profile, commitment, Reading::contract), outages,
                                                 2026, 1, 2026, 12, closed))
        checksum += period.downtime.count();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"bench\":\"measure\",\"build\":\"%s\",\"profile\":\"%s\",\"outages\":%zu,\"ms\":%.1f,\"sortMs\":%.1f,\"checksum\":%" PRId64 "}\n",
                kBuild, id, count, ms, sort_ms, checksum);
  }
  return 0;
}
