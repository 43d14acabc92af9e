// The credit entry point: is a credit owed for a period, how much, by when
// must it be claimed, and a claim letter to copy (English and German).
//
//   { "profile": "wp-heaven" | {…}, "tier": "standard",
//     "month": "2026-04",                 (the credit period containing it)
//     "availability": "90" | { "application": "99.4", "platform": "99.95" }
//       or "outages": [ as in measure ],
//     "fee": 160000                        (minor units: the fee the rule names)
//       or, for Flying Circus, "resourceGroup": { "serviceLevel", "vcpu", "ram", "storage" },
//     "closedDays", "holidayOptions",    (with outages)
//     "asOf": "2026-12-05",               (the reader's today: has the claim deadline passed?)
//     "claimant": { "name", "number", "contact", "signature" } }   (in the letter)
//   → { profile, tier, currency, period, eligible, percentOfFee, fee, amount,
//       claimDeadline, asOf and claimDeadlinePassed (with asOf only), claim,
//       redemption, letter: { en, de, nl, da }, explain }
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "request_outages.hpp"

namespace slacalc {

// `file`: the outages of a large file (outage_ledger.hpp) in place of the
// request's "outages" or "availability".
Result<nlohmann::json> credit_endpoint(const nlohmann::json& request, const OutageFile* file = nullptr);

}  // namespace slacalc
