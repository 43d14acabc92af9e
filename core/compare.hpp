// The tier comparison for sales: 2–6 tiers of any profiles side by
// side, one row per question a customer asks, differences marked.
// Request and result: docs/api.md, "compare".
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> compare_endpoint(const nlohmann::json& request);

}  // namespace slacalc
