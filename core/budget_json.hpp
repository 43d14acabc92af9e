// The `budget` and `nines` entry points: request JSON → BudgetQuery →
// compute_budget → result JSON. Field reference: docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

// With "profile" and "tier": the tier's commitment under the one reading of
// the contract (contract_reading.hpp); else a target or downtime and a period.
Result<nlohmann::json> budget_endpoint(const nlohmann::json& request);
// The second form only: the budget page's module, without the profile reader
// and the presets (bindings/views.hpp).
Result<nlohmann::json> plain_budget_endpoint(const nlohmann::json& request);
Result<nlohmann::json> nines_endpoint(const nlohmann::json& request);

}  // namespace slacalc
