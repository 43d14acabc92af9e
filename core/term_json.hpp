// The term entry point: when can the customer leave, and which deadlines
// follow from the contract.
//
//   { "profile": "flying-circus", "tier": "managed-4",
//     "start": "2026-01-31",        (the day the minimum term starts, e.g. the Cleared-For-Takeoff notice)
//     "asOf": "2026-11-23",
//     "changes": [ { "kind": "upgrade", "tier": "managed-5", "from": "2026-06-01" },
//                  { "kind": "recommit", "from": "…" },               (§3.7.1: whole factor as new minimum)
//                  { "kind": "temporary-upgrade", "tier": "…", "from": "…", "to": "…" } ],
//     "invoiceDate": "2026-11-01",  (for the deadlines counted from an invoice)
//     "terminationForCause": { "date": "…", "monthlyFee": 250000 },
//     "termEnd": "day-before-same-date" | "same-date",
//     "noticeDeadline": "whole-months-before-expiry" | "same-day-number",
//     "remainingFees": "days-at-1/30" | "whole-months-up" }
//   → { profile, tier, start, asOf, conventions, terms: [{ kind, tier, first, last, noticeBy, status }],
//       renewals, noticeBy, earliestEnd, openEnded, changes, deadlines, damages, calendar, explain }
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> term_endpoint(const nlohmann::json& request);

}  // namespace slacalc
