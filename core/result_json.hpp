// The value shapes every result shares: a duration, a resolved period, a
// percentage and an option as JSON (docs/api.md, "Values").
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "applied_option.hpp"
#include "period.hpp"
#include "quantity.hpp"

namespace slacalc {

// { seconds (a double, for display), exact (decimal text), human ("3h 45m") }
nlohmann::json duration_json(const Duration& length);
// { seconds, exact, human, kind, basis, label } of a resolved period.
nlohmann::json period_json(const ResolvedPeriod& period);
// { percent (a double), text (truncated to `decimals`, "…" when cut), exact, isExact }
nlohmann::json percent_json(const Percent& percent, int decimals);
// The options a result applied, as every function echoes them in its
// "options": [{ id, label, choices, default, choice, clause, note }].
nlohmann::json options_json(const std::vector<AppliedOption>& options);

}  // namespace slacalc
