// The `budget` and `nines` entry points: request JSON → BudgetQuery →
// compute_budget → result JSON. Field reference: docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> budget_endpoint(const nlohmann::json& request);
Result<nlohmann::json> nines_endpoint(const nlohmann::json& request);

}  // namespace slacalc
