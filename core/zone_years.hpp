// A zone over a span of years: its local types from 1 January of the first
// year on, and the working — which rule it follows, from which tzdata, and
// that years before the rule is exact are the rule projected backwards
// (zones.hpp). The zones endpoint (zones_json.hpp) reads the request and
// writes this.
#pragma once

#include <string_view>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "posix_tz.hpp"
#include "zones.hpp"

namespace slacalc {

struct ZoneYears {
  // The type in force at 1 January of `from`, then each change up to the end of `to`.
  std::vector<Transition> types;
  Explain explain;
};

// `asked` is the name the request used (an alias is said to be one).
ZoneYears zone_years(const Zone& zone, std::string_view asked, int from, int to);

}  // namespace slacalc
