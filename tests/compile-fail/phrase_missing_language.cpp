// Must NOT compile: a Phrase without its Danish text (CTest expects failure).
#include "lang.hpp"
std::string text() { return slacalc::say({"Due {0}", "Fällig {0}", "Uiterlijk {0}", ""}, {"today"}); }
