// Measured availability from an outage ledger, per period of a commitment,
// under one reading of it (contract_reading.hpp). For each period, in the
// profile's zone:
//   counted   the commitment's window open in the period (real elapsed time)
//   planned   planned outages inside it, when the commitment excludes them
//   downtime  unplanned outage time inside the window, overlaps merged,
//             without the time of outages the commitment excludes
//   measured  the reading's hours (the window's counted time, the hours the
//             contract's stated maximum implies, or a month basis), minus
//             planned where the contract says so (Arena: "T = minutes in the
//             quarter minus planned outages"; WP Heaven §3.1: the maximum
//             uptime minus service windows)
//   availability = (measured − downtime) / measured × 100, exact; met when
//             downtime ≤ budget = (100 % − target) × measured.
// An outage's kind says what it was; whether it counts is the commitment's
// `excluded` list (Flying Circus §9.2 excludes announced maintenance, Arena
// also customer-caused, third-party and force majeure causes), its scope
// (Flying Circus §9.2 separates the platform from the application) and, for a
// planned one, whether it was announced in time (WP Heaven §10.1).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "contract_reading.hpp"
#include "id_table.hpp"
#include "profile.hpp"
#include "quantity.hpp"
#include "rational.hpp"
#include "window_clock.hpp"
#include "window_hours.hpp"

namespace slacalc {

// Why an excluded outage is excluded, in the order of kExclusionReasons.
inline constexpr const char* kExclusionReasons[] = {"force-majeure", "customer-caused", "third-party",
                                                    "redundant-system-failure"};

struct Outage {
  enum class Kind : unsigned char { unplanned, planned, excluded };
  static constexpr IdOf<Kind> kKindIds[] = {
      {Kind::unplanned, "unplanned"}, {Kind::planned, "planned"}, {Kind::excluded, "excluded"}};
  date::sys_seconds begin, end;  // UTC, begin < end
  Kind kind = Kind::unplanned;
  unsigned char reason = 0;  // Kind::excluded: an index into kExclusionReasons
  // What it hit: 0 every commitment of the tier, k the profile's k-th scope
  // (Profile::scopes(), "platform", "application").
  unsigned char scope = 0;
  // Planned, but announced later than the contract's notice (WP Heaven
  // §10.1): not an announced service window, so downtime.
  bool late_notice = false;
  std::uint32_t row = 0;  // its place in the list it was read from (with the above in the padding: 24 bytes)
};

// Sorts by start, then end, kind and reason, as measure_periods wants them,
// in place: no second copy of a million outages (each copy costs more in
// fresh memory than the sort itself), nothing to do for a ledger in order.
// Sets each outage's `row` to its index before. An exact repeat is reported
// as the rows of the first and of its repeat — unless `exempt` marks either
// row (a local time read by disambiguation may land on another row's time).
std::optional<std::pair<std::size_t, std::size_t>> sort_outages(std::vector<Outage>& outages,
                                                                const std::vector<bool>* exempt = nullptr);

// The commitment's exclusions that an outage's kind and reason name.
bool excluded_by(const Commitment& commitment, const Outage& outage);
// The exclusion of the commitment that leaves `outage` out ("planned-maintenance",
// "force-majeure"), or nullptr when it counts (excluded_by).
const char* exclusion_of(const Commitment& commitment, const Outage& outage);
// The commitment's scope as an outage names it: 0 when it has none (every
// outage is its own), else k for the profile's k-th scope (Outage::scope).
unsigned char own_scope(const Profile& profile, const Commitment& commitment);

// A period's figures under one reading.
struct ReadingFigures {
  Duration measured;                       // the reading's hours, minus planned where the contract says so
  Duration budget_seconds;                 // (100 % − target) of measured
  std::optional<Percent> availability_percent;   // none when nothing was measured
  bool met = true;                         // downtime ≤ budget
};

struct PeriodMeasure {
  LocalSpan span;
  std::chrono::seconds counted{0}, planned{0}, excluded{0}, downtime{0};
  std::chrono::seconds late_notice{0};  // planned, announced too late: in downtime
  ReadingFigures figures;               // under the reading measured with
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
  static constexpr IdOf<Unit> kUnitIds[] = {
      {Unit::second, "second"}, {Unit::minute_up, "minute-up"}, {Unit::minute_down, "minute-down"}};
  Unit unit = Unit::second;
  std::chrono::seconds minimum{0};
};

// The same period's figures under another reading of its commitment.
ReadingFigures figures_under(const CommitmentReading& reading, const PeriodMeasure& period);

// Every period of the commitment that overlaps the months first–last (both
// "YYYY-MM" as year, month), in order, under `reading`.
std::vector<PeriodMeasure> measure_periods(const Profile& profile, const CommitmentReading& reading,
                                           const std::vector<Outage>& outages, int first_year,
                                           unsigned first_month, int last_year, unsigned last_month,
                                           const ClosedDays& closed, const Granularity& granularity = {},
                                           std::optional<date::sys_seconds> as_of = std::nullopt);

}  // namespace slacalc
