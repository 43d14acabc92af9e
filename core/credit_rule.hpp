// How much of the fee a tier's credit rule grants for an achieved
// availability — the rule alone; fees, periods and claims come with the
// credit calculator.
#pragma once

#include "profile.hpp"
#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

// Percent of the fee (0–100, capped by the rule's cap) for `achieved` against
// `target`, both in percent:
//   none                    → 0
//   flat-percent-of-fee     → percent when achieved < target (Flying Circus §9.7, Arena)
//   proportional-shortfall  → target − achieved when achieved < target (WP Heaven §11.3:
//                             (GT − FT) × MP / 100)
//   tiered-schedule         → the step with achieved < below and ≥ the next step's
//                             below: exactly 99.0 % is not "< 99.0" (AWS wording)
Percent credit_percent(const Credit& rule, const Percent& target, const Percent& achieved);

}  // namespace slacalc
