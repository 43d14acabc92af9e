// The zones entry point: which IANA zones slacalc knows, and one zone's rule
// and transitions over a range of years, explained.
//
//   {} → { tzdata, zones: [{ name, validFrom }], aliases: [{ name, zone }] }
//   { "zone": "Europe/Berlin", "from": 2000, "to": 2037 }
//     → { zone, validFrom, posix, tzdata, from, to,
//         transitions: [{ at, offset, abbrev, dst }], explain }
//
// transitions[0] is the type in force at from-01-01T00:00Z; each later entry
// takes effect at `at` (UTC) and lasts until the next. `from` defaults to the
// zone's validFrom (or `to`, if earlier), `to` to `from`; years 1900–2200, at
// most 300 of them.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> zones_endpoint(const nlohmann::json& request);

}  // namespace slacalc
