// Weekly windows as people write them: day keys ("mon", "mon-fri") with time
// ranges ("08:00-16:00", "20:00-04:00+1" for a range past midnight).
// docs/profile-format.md, "Windows".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "profile.hpp"

namespace slacalc {

// First and last weekday (0 = Monday) of "mon", "sat-sun", ...; nullopt if
// not a day or an ascending day range.
struct DayRange {
  int first;
  int last;
};
std::optional<DayRange> parse_day_key(std::string_view key);

// Minutes after the day's 00:00: begin in [0, 1440), end in (begin, begin + 1440].
struct TimeRange {
  int begin;
  int end;
};
struct TimeRangeFailure {
  std::string_view code;  // a literal: invalid_format, inverted_range, out_of_range
  std::string message;
};
std::optional<TimeRange> parse_time_range(std::string_view text, TimeRangeFailure* why);

// "Mon–Fri 08:00–16:00; Sat 10:00–12:00" — for people, in the call's language
// (de "Mo–Fr 08:00–16:00", nl "ma–vr", da "man–fre").
std::string describe_window(const WeeklyWindow& window);

}  // namespace slacalc
