// Closed days as iCalendar files, both ways (RFC 5545; docs/api.md,
// "closedDaysIcs" and "parseClosedDays"):
//   closedDaysIcs   the public holidays and closed days a deadline or a
//                   window counts in a year → an .ics of all-day events;
//   parseClosedDays a provider's .ics → the "closedDays" requests take.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

// { "profile": "arena" | {…} | "calendar": "DE-ST", "year": 2026,
//   "closedDays": [...], "holidayOptions": {…} }
// → { "calendar", "year", "days": [{ "date", "name", "kind" }], "ics", "explain" }
Result<nlohmann::json> closed_days_ics_endpoint(const nlohmann::json& request);
// The same for a calendar's code only: no profile reader (bindings/views.hpp).
Result<nlohmann::json> plain_closed_days_ics_endpoint(const nlohmann::json& request);

// { "ics": "BEGIN:VCALENDAR…", "from": 2026, "to": 2027, "timedEvents": "refuse" | "skip" }
// → { "closedDays": ["2026-12-24", …], "days": [{ "date", "name", "line" }],
//     "events", "yearly", "cancelled", "outside", "timedSkipped": [lines], "explain" }
Result<nlohmann::json> parse_closed_days_endpoint(const nlohmann::json& request);

}  // namespace slacalc
