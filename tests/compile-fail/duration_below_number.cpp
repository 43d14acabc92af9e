// Must NOT compile: a duration is not a plain number (core/quantity.hpp), so
// comparing it with one — seconds? minutes? — is refused (CTest expects failure).
#include "quantity.hpp"
bool short_outage(const slacalc::Duration& length) { return length < 60; }
