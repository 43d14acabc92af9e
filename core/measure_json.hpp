// The measure entry point: an outage ledger → availability per period.
//
//   { "profile": "arena" | {…}, "tier": "plm-service",
//     "from": "2026-01", "to": "2026-06",           (months; to defaults to from)
//     "outages": [{ "start": "2026-02-03T10:00:00Z" | "2026-02-03T11:00" (the
//                   profile's local time), "end": …,
//                   "kind": "unplanned" | "planned" | "excluded",
//                   "reason": "force-majeure" | "customer-caused" | "third-party"
//                             | "redundant-system-failure"  (kind excluded),
//                   "note": "…" }],
//     "closedDays": […], "holidayOptions": {…} }
//   → { profile, tier, zone, outages, commitments: [{ scope, target, period,
//         window, clause, periods: [{ label, from, to, counted, planned,
//         excluded, measured, downtime, availability, met, budget, remaining }],
//         explain }] }
// Every period of each commitment that overlaps the months from–to.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "request_outages.hpp"

namespace slacalc {

// `file`: outages read from a large file (outage_ledger.hpp) instead of the
// request's "outages".
Result<nlohmann::json> measure_endpoint(const nlohmann::json& request, const OutageFile* file = nullptr);

}  // namespace slacalc
