// Text → exact numbers, as people type them: "99.9", "99,9", "99.9 %",
// durations like "3h 45m", "49 min", "0:49:00", "2505.6s".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rational.hpp"

namespace slacalc {

struct ParseFailure {
  std::string_view code;  // a literal: "invalid_number", "out_of_range"
  std::string message;
};

// Plain decimal, no sign, no exponent; "." or "," as decimal separator;
// surrounding blanks ignored. `allow_percent` also accepts a trailing "%".
std::optional<Rational> parse_decimal(std::string_view text, bool allow_percent,
                                      ParseFailure* why);

// A duration in seconds: unit groups ("1d 2h 3m 4.5s", "90 min", "2,5h") or
// clock form "h:mm" / "h:mm:ss(.fff)". A bare number has no unit and is
// rejected (ambiguous); negative values are out of range.
std::optional<Rational> parse_duration(std::string_view text, ParseFailure* why);

}  // namespace slacalc
