// The window-aware downtime budget: for a commitment whose downtime counts
// only inside its service window (Flying Circus §9.2 "im jeweiligen
// Reaktionsfenster"), (100 % − target) of which hours? The window's own open
// hours in that month (Guided 1, April 2026, DE-ST: 20 working days × 8 h =
// 160 h → 0.5 % = 48 min) is one reading; the contract's stated maximum and
// the month bases of `budget` are the others, shown side by side.
//
//   { "profile": "flying-circus", "tier": "guided-1", "month": "2026-04",
//     "closedDays": [...], "holidayOptions": {...} }
//   → { profile, tier, zone, commitments: [{ scope, target, period, window,
//         windowHours: { seconds, days }, readings: [{ id, label, period,
//         budget, default }], explain }] }
//
// A quarterly or yearly commitment uses the quarter or year of `month`.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> window_budget_endpoint(const nlohmann::json& request);

}  // namespace slacalc
