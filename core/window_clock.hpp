// The deadline clock: time that runs only while a weekly window is open in a
// zone's local time, on days that are not closed (public holidays, custom
// closed days). "3 hours on working days 08–16 CE(S)T" is a WindowClock with
// the window Mon–Fri 08:00–16:00, Europe/Berlin's rule and DE-ST's holidays.
//
// When the window is open, exactly: at instant t the zone's wall clock shows
// a local time inside the window, and t's local date is not closed. So
//   - open time is real elapsed time: a window 00:00–24:00 on the night the
//     clocks go forward is open 23 hours, and 02:00–03:00 then never occurs;
//     when they go back, 02:00–03:00 occurs (and is open) twice;
//   - a closed date closes its whole local day 00:00–24:00, including the part
//     of an overnight range (Mon 20:00–04:00) that runs into it.
#pragma once

#include <bitset>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "holidays.hpp"
#include "id_table.hpp"
#include "posix_tz.hpp"
#include "profile.hpp"

namespace slacalc {

// The clock gives up (nullopt) on deadlines more than this far after the start.
inline constexpr int kClockHorizonDays = 3660;

struct ClosedDays {
  std::string_view holiday_calendar = "none";  // its public holidays are closed
  HolidayOptions holiday_options;
  std::vector<date::local_days> extra;  // custom closed days, sorted
};

// "N working days" is not defined by the contracts that use it; two readings:
//   same-time   the same point of the business day N working days later: a
//               report at 11:00 on Monday with 2 working days is due Wednesday
//               11:00; one made outside the window starts at the next opening,
//               so a report on Saturday is due at Tuesday's close (the default:
//               N full business days of service, as the hour figures count);
//   end-of-day  the close of business on the Nth working day after the day
//               of the report: Monday 11:00 + 2 → Wednesday's close.
// A working day is a day on which the window opens.
enum class WorkingDayRule { same_time, end_of_day };
inline constexpr IdOf<WorkingDayRule> kWorkingDayRuleIds[] = {{WorkingDayRule::same_time, "same-time"},
                                                              {WorkingDayRule::end_of_day, "end-of-day"}};

struct ClockSegment {
  date::sys_seconds begin, end;  // UTC, half-open
  date::local_days day;          // the local date it belongs to
};

class WindowClock {
 public:
  // `week`: minute-of-week intervals (Monday 00:00 = 0), sorted and disjoint.
  WindowClock(const PosixRule& zone, std::vector<WeeklyWindow::Interval> week, ClosedDays closed);

  bool never_opens() const { return week_.empty(); }

  // The instant at which `amount` (> 0) of open time after `start` is
  // complete; a start outside the window waits for the next opening. The open
  // segments counted are appended to `counted` (adjacent ones joined).
  // nullopt when that lies beyond the horizon or the window never opens.
  std::optional<date::sys_seconds> add(date::sys_seconds start, std::chrono::seconds amount,
                                       std::vector<ClockSegment>* counted = nullptr) const;

  // The same for n ≥ 1 working days, under `rule`.
  std::optional<date::sys_seconds> add_working_days(date::sys_seconds start, int n,
                                                    WorkingDayRule rule,
                                                    std::vector<ClockSegment>* counted = nullptr) const;

  // The first open instant ≥ t.
  std::optional<date::sys_seconds> next_opening(date::sys_seconds t) const;

  // The local dates from–to (by the wall clock at each) on which the window
  // would open on that weekday but the day is closed.
  std::vector<date::local_days> closed_days(date::sys_seconds from, date::sys_seconds to) const;

  // Open time within [from, to), with its segments appended to `segments`.
  std::chrono::seconds open_time(date::sys_seconds from, date::sys_seconds to,
                                 std::vector<ClockSegment>* segments = nullptr) const;

 private:
  // Calls visit(segment) for each open segment within [from, until), in time
  // order, until visit returns true (then returns true).
  template <class Visit>
  bool walk(date::sys_seconds from, date::sys_seconds until, Visit&& visit) const;

  // Whether the day is closed, from a per-year set of the calendar's holidays.
  bool closed(date::local_days day) const;

  // The zone's DST switches for the years walked so far.
  class Offsets {
   public:
    explicit Offsets(const PosixRule& rule);
    void cover(date::sys_seconds from, date::sys_seconds to);  // then exact within a day of them
    int at(date::sys_seconds t) const;
    const Transition* first_in(date::sys_seconds a, date::sys_seconds b) const;  // in (a, b]
    int max_offset() const;
    int min_offset() const;

   private:
    PosixRule rule_;  // a copy: a clock may be copied or moved
    int first_year_ = 0, last_year_ = 0;
    std::vector<Transition> list_;
  };

  struct HolidayYear {
    int year;
    std::bitset<366> days;  // day of the year, 0 = 1 January
  };

  PosixRule zone_;
  std::vector<WeeklyWindow::Interval> week_;
  ClosedDays closed_;
  // Caches that spare repeated work across calls on one clock; a clock is
  // therefore not safe to share between threads.
  mutable Offsets offsets_;
  mutable std::vector<HolidayYear> holiday_years_;
  mutable std::vector<ClockSegment> pieces_;  // walk()'s buffer for one day (visit must not walk)
};

}  // namespace slacalc
