// The deadline entry point: when is the reaction / response / resolution due?
//
//   { "profile": "flying-circus" | {…}, "tier": "managed-4",
//     "reported": "2026-03-27T15:30:00+01:00" | "2026-03-27T15:30" (the
//                 profile's local time),
//     "measure": "reaction" | "response" | "resolution",      (optional)
//     "class": "incident" | "change" | "request",             (optional; none:
//              the rules for any class, where the tier has them)
//     "priority": "high"  or  "impact": "i-1", "urgency": "u-2" (optional)
//     "options": { "defaultResponseTimes": "section-3.1.1" },  (optional)
//     "workingDayRule": "same-time" | "end-of-day",
//     "closedDays": ["2026-12-24"], "holidayOptions": { … },
//     "disambiguation": "compatible" | "earlier" | "later" | "reject",
//     "viewerZone": "America/New_York" }
//
// or, without a profile, a window of one's own:
//   { "timeZone": "Europe/Berlin", "holidays": "DE-ST",
//     "window": { "weekly": { "mon-fri": ["09:00-17:00"] }, "holidaysClosed": true },
//     "time": "1h" | "workingDays": 2, "reported": … }
//
// → { profile, tier, zone, viewerZone, reported, priority?, options,
//     deadlines: [{ measure, class, priority, promise, kind, window, clause,
//                   note, clockStart, due, unreachable, countedSeconds,
//                   elapsedSeconds, segments, closedDays, explain }],
//     explain }
// Instants are { utc, local, localText, viewer?, viewerText? }. docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> deadline_endpoint(const nlohmann::json& request);

}  // namespace slacalc
