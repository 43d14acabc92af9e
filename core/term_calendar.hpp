// A term answer's dates as an iCalendar file (ics.hpp): the profile's dated
// deadlines, then the notice deadlines and ends of the current and next terms.
#pragma once

#include <string>

#include "term.hpp"

namespace slacalc {

std::string term_calendar(const TermQuery& query, const TermAnswer& answer);

}  // namespace slacalc
