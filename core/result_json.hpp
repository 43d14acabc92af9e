// The value shapes every result shares: a duration, a resolved period and a
// percentage as JSON (docs/api.md, "Values").
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "period.hpp"
#include "rational.hpp"
#include "reading.hpp"

namespace slacalc {

// { seconds (a double, for display), exact (decimal text), human ("3h 45m") }
nlohmann::json duration_json(const Rational& seconds);
// { seconds, exact, human, kind, basis, label } of a resolved period.
nlohmann::json period_json(const ResolvedPeriod& period);
// { percent (a double), text (truncated to `decimals`, "…" when cut), exact, isExact }
nlohmann::json percent_json(const Rational& percent, int decimals);
// The readings a result applied: [{ id, label, choices, default, choice, clause, note }].
nlohmann::json readings_json(const std::vector<Reading>& readings);

}  // namespace slacalc
