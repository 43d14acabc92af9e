// Must NOT compile: an amount of money is not a number (core/money.hpp), so
// adding a plain integer to it is refused (CTest expects failure).
#include "money.hpp"
slacalc::Money more(const slacalc::Money& fee) { return fee + 100; }
