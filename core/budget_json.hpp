// The `budget` and `nines` entry points: request JSON → BudgetQuery →
// compute_budget → result JSON. Field reference: docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "period.hpp"
#include "rational.hpp"

namespace slacalc {

Result<nlohmann::json> budget_endpoint(const nlohmann::json& request);
Result<nlohmann::json> nines_endpoint(const nlohmann::json& request);

// { seconds (a double, for display), exact (decimal text), human ("3h 45m") }
nlohmann::json duration_json(const Rational& seconds);
// { seconds, exact, human, kind, basis, label } of a resolved period.
nlohmann::json period_json(const ResolvedPeriod& period);
// { percent (a double), text (truncated to `decimals`, "…" when cut), exact, isExact }
nlohmann::json percent_json(const Rational& percent, int decimals);

}  // namespace slacalc
