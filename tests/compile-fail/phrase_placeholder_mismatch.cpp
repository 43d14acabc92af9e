// Must NOT compile: the German text lacks the {0} the others have (CTest expects failure).
#include "lang.hpp"
std::string text() { return slacalc::say({"Due {0}", "Fällig", "Uiterlijk {0}", "Senest {0}"}, {"today"}); }
