// The price entry point: what a tier costs per month under its
// contract's price model, and the what-ifs the contract raises.
//
//   { "profile": "flying-circus" | {…}, "tier": "managed-4",
//     component-factor (Flying Circus §3.7):
//       "pricePerFactorUnit": 12000, "resourceGroup": { "vms": [{ name, vcpus, ramGb, storageGb, components }] },
//       "infrastructurePrices": { vcpu, ramGb, storageGb },
//       "month": "2026-04", "changes": [{ from: "2026-04-10", resourceGroup }],          (§10.1)
//       "dayBilling": "every-day" | "changed-months-only", "dayMaximum": "per-vm" | "group-total",
//       "factorIncrease": { resourceGroup, neededMonths, newMinimumMonths?, horizonMonths? },  (§3.7.1)
//       "temporaryUpgrade": { tier, pricePerFactorUnit?, days },                            (§3.8)
//     support-hours (NMS Prime):
//       "supportHours": { perMonth, hourlyRate, introductionMonths?, used: [hours per month] },
//     fixed-monthly: "monthlyPrice" }
//   → { profile, tier, currency, model, clause, pricesAreExamples, factor?, resources?, prices?,
//       monthly?, metering?, factorIncrease?, temporaryUpgrade?, supportHours?, options, explain }
//
// Money in minor units, exact until the end, then rounded half up. Fields
// that do not belong to the tier's price model are refused (not_applicable).
// Reference: docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> price_endpoint(const nlohmann::json& request);

}  // namespace slacalc
