// Deadlines as an iCalendar file (RFC 5545) a calendar application imports:
// one all-day event per deadline, CRLF line ends, lines folded at 75 octets,
// text escaped. Deterministic: the stamp is given, not read from a clock.
#pragma once

#include <string>
#include <vector>

#include <date/date.h>

namespace slacalc {

struct IcsEvent {
  std::string uid;  // unique and stable, e.g. "flying-circus-managed-4-notice-2027-10-31@slacalc"
  date::local_days day;
  std::string summary, description;
};

std::string ics_calendar(const std::vector<IcsEvent>& events, date::local_days stamp);

}  // namespace slacalc
