// A yearly recurrence rule of iCalendar (RFC 5545 §3.3.10, "RRULE") for
// all-day events: which days of a year it gives. Only FREQ=YEARLY: a day
// closed every week or month is a change of the opening hours, not a closed
// day, and is refused (core/ics_read.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace slacalc {

struct YearlyRule {
  struct Weekday {
    date::weekday day;
    int nth = 0;  // 0: every such weekday; 2: the second; -1: the last
  };
  int interval = 1;
  std::optional<int> count;
  std::optional<date::local_days> until;  // inclusive
  std::vector<unsigned> months;           // BYMONTH, 1–12
  std::vector<int> month_days;            // BYMONTHDAY, ±1–31 (negative: from the month's end)
  std::vector<Weekday> weekdays;          // BYDAY
};

// Why a rule cannot be read: `refused` for what is valid iCalendar but no
// closed day (another FREQ, a part not expanded), else malformed.
struct RuleProblem {
  bool refused;
  std::string message;
};

// iCalendar's names and ids are case-insensitive (RFC 5545 §2): compared
// in capitals.
std::string ascii_upper(std::string_view text);

// A DATE value, "20261224"; the date of a DATE-TIME ("20261224T000000Z")
// where `with_time` is true.
std::optional<date::local_days> read_ics_date(std::string_view value, bool with_time = false);

// The value of an RRULE line ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24").
std::optional<RuleProblem> read_yearly_rule(std::string_view value, YearlyRule& rule);

// The days of `year` the rule gives for an event first on `start`, in order
// (before COUNT, UNTIL and INTERVAL, which the caller applies over years).
// Dates that do not exist (30 February, 29 February in a common year) are
// skipped, as §3.3.10 says.
std::vector<date::local_days> yearly_rule_days(const YearlyRule& rule, date::year_month_day start, int year);

}  // namespace slacalc
