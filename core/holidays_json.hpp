// The `holidays` entry point: a calendar and a year (or from–to, at most 300
// years) → the public holidays, one entry per day, with notes on what the
// calendar covers. Rules and choices: holidays.cpp.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "holidays.hpp"

namespace slacalc {

// { "calendar": "DE-ST", "year": 2026 } or
// { "calendar": "NL", "from": 2000, "to": 2040,
//   "options": { "liberationDay": "every-year" | "lustrum", "goodFriday": true } }
// → { "calendar", "holidays": [{ "date", "id", "name", "localName" }], "explain" }
Result<nlohmann::json> holidays_endpoint(const nlohmann::json& request);

}  // namespace slacalc
