// The tier comparison for sales: 2–6 tiers of any profiles side by
// side, one row per question a customer asks, differences marked.
// Request and result: docs/api.md, "compare".
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "request_outages.hpp"

namespace slacalc {

// With `file`, the replay row's outages are a large file's (api.hpp,
// LedgerSession), read when it was opened, in place of a request's "outages".
Result<nlohmann::json> compare_endpoint(const nlohmann::json& request, const OutageFile* file = nullptr);

}  // namespace slacalc
