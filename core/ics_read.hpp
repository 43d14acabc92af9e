// The days an iCalendar file (RFC 5545) closes: its all-day events
// (DTSTART;VALUE=DATE), one-off or repeating every year (core/ics_rule.hpp),
// with EXDATE, RDATE and changed occurrences (RECURRENCE-ID). What cannot be
// a closed day — an event with a time of day, a rule repeating more often
// than yearly or with a part not expanded — is refused with its line, never
// approximated. Errors point at "/ics" and carry "line".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "error.hpp"

namespace slacalc {

struct IcsReadOptions {
  std::optional<int> from, to;  // years: days outside are left out; a rule without an end needs them
  bool skip_timed = false;      // an event with a time of day: refused (default) or skipped
};

struct IcsClosedDay {
  date::local_days day;
  std::string name;  // the events' SUMMARY; " / " between two on one day
  int line;          // the BEGIN:VEVENT of the first event closing it
};

struct IcsReading {
  std::vector<IcsClosedDay> days;  // in order, one per date
  int events = 0;                  // all-day events read
  int yearly = 0;                  // of them, repeating every year
  int cancelled = 0;               // STATUS:CANCELLED: no closed day
  int outside = 0;                 // one-off days outside from–to, left out
  std::vector<int> timed_lines;    // events with a time of day, skipped
  int other_components = 0;        // VTODO, VJOURNAL, VFREEBUSY: not events
};

Result<IcsReading> read_ics_closed_days(std::string_view text, const IcsReadOptions& options);

}  // namespace slacalc
