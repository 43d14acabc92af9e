// Measured availability from an outage ledger, per period of a commitment
// (issue 5). For each period, in the profile's zone:
//   counted   the commitment's window open in the period (real elapsed time)
//   planned   planned outages inside it, when the commitment excludes them
//   measured  counted, minus planned where the contract says so (Arena: "T =
//             minutes in the quarter minus planned outages"; WP Heaven §3.1:
//             the maximum uptime minus service windows)
//   downtime  unplanned outage time inside the window, overlaps merged,
//             without the time of outages the commitment excludes
//   availability = (measured − downtime) / measured × 100, exact.
// An outage's kind says what it was; whether it counts is the commitment's
// `excluded` list (Flying Circus §9.2 excludes announced maintenance, Arena
// also customer-caused, third-party and force majeure causes).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "profile.hpp"
#include "rational.hpp"
#include "window_hours.hpp"
#include "window_clock.hpp"

namespace slacalc {

// Why an excluded outage is excluded, in the order of kExclusionReasons.
inline constexpr const char* kExclusionReasons[] = {"force-majeure", "customer-caused", "third-party",
                                                    "redundant-system-failure"};

struct Outage {
  enum class Kind : unsigned char { unplanned, planned, excluded };
  date::sys_seconds begin, end;  // UTC, begin < end
  Kind kind = Kind::unplanned;
  unsigned char reason = 0;  // Kind::excluded: an index into kExclusionReasons
  std::uint32_t row = 0;     // its place in the list it was read from (in the padding: still 24 bytes)
};

// Sorts by start, then end, kind and reason, as measure_periods wants them,
// in place: no second copy of a million outages (each copy costs more in
// fresh memory than the sort itself), nothing to do for a ledger in order.
// Sets each outage's `row` to its index before. An exact repeat is reported
// as the rows of the first and of its repeat.
std::optional<std::pair<std::size_t, std::size_t>> sort_outages(std::vector<Outage>& outages);

// The commitment's exclusions that an outage's kind and reason name.
bool excluded_by(const Commitment& commitment, const Outage& outage);

struct PeriodMeasure {
  LocalSpan span;
  std::chrono::seconds counted{0}, planned{0}, excluded{0}, measured{0}, downtime{0};
  std::optional<Rational> availability_percent;  // none when nothing was measured
  Rational budget_seconds;                       // (100 % − target) of measured
  // For the period that contains the "as of" instant.
  struct Current {
    date::sys_seconds as_of;
    std::chrono::seconds elapsed{0}, downtime{0};  // counted time and downtime so far
    std::optional<Rational> burn_rate;             // budget share used ÷ period share gone
    bool exhausted = false;
    std::optional<date::sys_seconds> runs_out;     // at the rate so far, within the period
  };
  std::optional<Current> current;
};

// How an outage's downtime is counted, each merged outage on its own within
// a period: exactly to the second (default), or in whole minutes rounded up
// or down (contracts that count "minutes", e.g. Arena); and outages shorter
// than `minimum` not at all.
struct Granularity {
  enum class Unit { second, minute_up, minute_down };
  Unit unit = Unit::second;
  std::chrono::seconds minimum{0};
};

// Every period of the commitment that overlaps the months first–last (both
// "YYYY-MM" as year, month), in order.
std::vector<PeriodMeasure> measure_periods(const Profile& profile, const Commitment& commitment,
                                           const std::vector<Outage>& outages, int first_year,
                                           unsigned first_month, int last_year, unsigned last_month,
                                           const ClosedDays& closed, const Granularity& granularity = {},
                                           std::optional<date::sys_seconds> as_of = std::nullopt);

}  // namespace slacalc
