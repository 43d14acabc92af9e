// Durations for people, in the call's language: 315569.52 s → "3d 15h 39m
// 29.52s", de "3 Tg. 15 Std. 39 Min. 29,52 Sek." (as Intl writes the units).
#pragma once

#include <string>

#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

// Days, hours, minutes and seconds; zero parts left out; seconds keep up to
// three decimals. A value that needs more is rounded to the millisecond and
// marked "≈". Zero is "0s"; a negative value has a minus sign (U+2212) before
// its first part: "−16m 48s", de "−16 Min. 48 Sek.".
std::string human_duration(const Duration& length);

}  // namespace slacalc
