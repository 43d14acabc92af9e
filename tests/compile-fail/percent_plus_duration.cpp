// Must NOT compile: a percent and a duration do not add (core/quantity.hpp);
// 99.9 % + 43 min means nothing (CTest expects failure).
#include "quantity.hpp"
slacalc::Percent wrong(const slacalc::Percent& target, const slacalc::Duration& budget) { return target + budget; }
