// Downtime budget: target availability ↔ allowed downtime for one period.
//
//   allowed downtime = (100 % − target) × period length
//   availability     = (period length − downtime) / period length × 100 %
//
// Both exact; rounding of the downtime is an explicit, reported option.
#pragma once

#include "error.hpp"
#include "explain.hpp"
#include "id_table.hpp"
#include "period.hpp"
#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

enum class Rounding { exact, roundSecond, truncateSecond };
inline constexpr IdOf<Rounding> kRoundingIds[] = {
    {Rounding::exact, "exact"}, {Rounding::roundSecond, "round-second"}, {Rounding::truncateSecond, "truncate-second"}};
const char* rounding_id(Rounding rounding);

struct BudgetQuery {
  enum class Direction { targetToDowntime, downtimeToAvailability };
  Direction direction = Direction::targetToDowntime;
  Percent target_percent;     // input when targetToDowntime, 0–100
  Duration downtime_seconds;  // input when downtimeToAvailability, 0–period
  PeriodSpec period;
  Rounding rounding = Rounding::exact;
  int availability_decimals = 6;  // shown digits; availability is truncated
};

struct BudgetAnswer {
  BudgetQuery::Direction direction;
  ResolvedPeriod period;
  Percent availability_percent;   // the target, or the achieved availability
  Duration exact_downtime;        // before rounding
  Duration downtime;              // after the rounding rule
  Rounding rounding;
  int availability_decimals;
  Explain explain;
};

// Fails only where the input contradicts the period: downtime longer than it.
Result<BudgetAnswer> compute_budget(const BudgetQuery& query);

// The standard targets of the nines table, as exact decimal text.
inline constexpr const char* kStandardTargets[] = {"90",   "95",    "99",    "99.5",
                                                   "99.9", "99.95", "99.99", "99.999"};

}  // namespace slacalc
