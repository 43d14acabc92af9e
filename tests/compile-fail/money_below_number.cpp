// Must NOT compile: an amount compares only with an amount (core/money.hpp),
// not with a plain integer (CTest expects failure).
#include "money.hpp"
bool below(const slacalc::Money& amount) { return amount < 100; }
