// Must NOT compile: a plain number does not silently become a percent
// (core/quantity.hpp): is 0.999 a share or a percent? (CTest expects failure).
#include "quantity.hpp"
slacalc::Percent target() { return slacalc::Rational::fraction(999, 1000); }
