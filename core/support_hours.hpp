// NMS Prime, Advanced Service: the support hours a month the service
// sheet grants, twice as many in the introduction phase, and the hours beyond
// them at the agreed hourly rate.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explain.hpp"
#include "rational.hpp"
#include "applied_option.hpp"

namespace slacalc {

struct SupportQuery {
  Rational per_month;                // hours a month in the operation phase
  int multiplier = 1;                // the introduction phase's factor (2)
  int introduction_months = 1;       // "typische Dauer der Einführungsphase beträgt einen Monat"
  std::optional<std::int64_t> hourly_rate;  // minor units; needed with `used`
  std::vector<Rational> used;        // hours of each month from the start
  std::string clause, currency;
};

struct SupportMonth {
  int index = 0;  // 1-based
  bool introduction = false;
  Rational included, used, overage;  // hours
  Rational cost;                     // minor units
};

struct SupportAnswer {
  Rational introduction_hours;  // per_month × multiplier
  std::vector<SupportMonth> months;
  Rational included, used, overage, cost;
  std::vector<AppliedOption> readings;  // introductionMonths
};

// The months and their working ("model", "contingent", "support-month", "support-total").
SupportAnswer support_hours(const SupportQuery& query, Explain& explain);

}  // namespace slacalc
