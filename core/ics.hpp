// All-day events as an iCalendar file (RFC 5545) a calendar application
// imports (deadlines, closed days): one event per day, CRLF line ends, lines folded at 75 octets,
// text escaped. Deterministic: the stamp is given, not read from a clock.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace slacalc {

struct IcsEvent {
  std::string uid;  // unique and stable, e.g. "flying-circus-managed-4-notice-2027-10-31@slacalc"
  date::local_days day;
  std::string summary, description;
};

// A DATE value (RFC 5545 §3.3.4): "20261123".
std::string ics_date(date::local_days day);

// `product` names the file's content in its PRODID ("contract deadlines").
std::string ics_calendar(const std::vector<IcsEvent>& events, date::local_days stamp,
                         std::string_view product = "contract deadlines");

}  // namespace slacalc
