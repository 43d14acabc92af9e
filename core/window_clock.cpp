#include "window_clock.hpp"

#include <algorithm>
#include <utility>

namespace slacalc {
namespace {

using date::days;
using date::local_days;
using date::sys_seconds;
using std::chrono::minutes;
using std::chrono::seconds;

sys_seconds as_utc(date::local_seconds local, int offset) {
  return sys_seconds{local.time_since_epoch() - seconds{offset}};
}

local_days local_day_of(sys_seconds t, int offset) {
  return date::floor<days>(date::local_seconds{t.time_since_epoch() + seconds{offset}});
}

// Monday = 0.
int weekday_index(local_days day) {
  return static_cast<int>((date::weekday{day}.c_encoding() + 6) % 7);
}

// Appends s to the list, joined to the last segment when they touch.
void append(std::vector<ClockSegment>* list, const ClockSegment& s) {
  if (!list || s.begin >= s.end) return;
  if (!list->empty() && list->back().end == s.begin && list->back().day == s.day)
    list->back().end = s.end;
  else
    list->push_back(s);
}

}  // namespace

// ---------------------------------------------------------------- offsets

WindowClock::Offsets::Offsets(const PosixRule& rule) : rule_(rule) {}

int WindowClock::Offsets::max_offset() const {
  return rule_.has_dst() ? std::max(rule_.std_offset, rule_.dst_offset) : rule_.std_offset;
}

int WindowClock::Offsets::min_offset() const {
  return rule_.has_dst() ? std::min(rule_.std_offset, rule_.dst_offset) : rule_.std_offset;
}

int WindowClock::Offsets::at(sys_seconds t) const {
  if (list_.empty()) return rule_.std_offset;
  auto after = std::upper_bound(list_.begin(), list_.end(), t,
                                [](sys_seconds x, const Transition& s) { return x < s.at; });
  if (after != list_.begin()) return std::prev(after)->type.offset;
  return list_.front().type.dst ? rule_.std_offset : rule_.dst_offset;
}

const Transition* WindowClock::Offsets::first_in(sys_seconds a, sys_seconds b) const {
  auto it = std::upper_bound(list_.begin(), list_.end(), a,
                             [](sys_seconds x, const Transition& s) { return x < s.at; });
  return it != list_.end() && it->at <= b ? &*it : nullptr;
}

// Lists the switches of the years around [from, to]. A year's switches lie
// within 167 h of it, so with the years year(from) − 1 … year(to) + 1 listed,
// at() and first_in() are exact for instants within a day of [from, to].
void WindowClock::Offsets::cover(sys_seconds from, sys_seconds to) {
  if (!rule_.has_dst()) return;
  int first = year_of(from) - 1, last = year_of(to) + 1;
  if (list_.empty() || first < first_year_) {
    first_year_ = first;
    last_year_ = std::max(last, list_.empty() ? last : last_year_);
    list_ = switches(rule_, first_year_, last_year_);
    return;
  }
  for (; last_year_ < last; ++last_year_)
    for (const auto& s : switches(rule_, last_year_ + 1, last_year_ + 1)) list_.push_back(s);
}

// ---------------------------------------------------------------- closed days

bool WindowClock::closed(local_days day) const {
  if (closed_.holiday_calendar != "none") {
    int year = static_cast<int>(date::year_month_day{day}.year());
    auto it = std::find_if(holiday_years_.begin(), holiday_years_.end(),
                           [year](const HolidayYear& h) { return h.year == year; });
    if (it == holiday_years_.end()) {
      HolidayYear h{year, {}};
      local_days first{date::year{year} / 1 / 1};
      for (const auto& holiday : holidays_in_year(closed_.holiday_calendar, year, closed_.holiday_options))
        h.days.set(static_cast<std::size_t>((local_days{holiday.day} - first).count()));
      holiday_years_.push_back(h);
      it = std::prev(holiday_years_.end());
    }
    if (it->days.test(static_cast<std::size_t>((day - local_days{date::year{year} / 1 / 1}).count()))) return true;
  }
  return !closed_.extra.empty() && std::binary_search(closed_.extra.begin(), closed_.extra.end(), day);
}

WindowClock::WindowClock(const PosixRule& zone, std::vector<WeeklyWindow::Interval> week,
                         ClosedDays closed)
    : zone_(zone), week_(std::move(week)), closed_(std::move(closed)), offsets_(zone_) {}

template <class Visit>
bool WindowClock::walk(sys_seconds from, sys_seconds until, Visit&& visit) const {
  if (week_.empty() || until <= from) return false;
  Offsets& offsets = offsets_;
  offsets.cover(from, until);
  std::vector<ClockSegment>& pieces = pieces_;  // one day's, sorted before they are visited
  local_days day = local_day_of(from, offsets.at(from));
  local_days last = local_day_of(until, offsets.max_offset());
  for (; day <= last; day += days{1}) {
    if (closed(day)) continue;
    const int day_begin = weekday_index(day) * 1440, day_end = day_begin + 1440;
    pieces.clear();
    for (const auto& interval : week_) {
      int lo = std::max(interval.begin, day_begin), hi = std::min(interval.end, day_end);
      if (lo >= hi) continue;
      date::local_seconds local_begin = day + minutes{lo - day_begin};
      date::local_seconds local_end = day + minutes{hi - day_begin};
      // The instants whose wall clock shows [local_begin, local_end): one
      // piece at a constant offset, or two when the clocks change within.
      sys_seconds a = as_utc(local_begin, offsets.max_offset());
      sys_seconds b = as_utc(local_end, offsets.min_offset());
      int before = offsets.at(a);
      const Transition* change = offsets.first_in(a, b);
      if (!change) {
        pieces.push_back({as_utc(local_begin, before), as_utc(local_end, before), day});
        continue;
      }
      int after = change->type.offset;
      pieces.push_back({as_utc(local_begin, before), std::min(as_utc(local_end, before), change->at), day});
      pieces.push_back({std::max(as_utc(local_begin, after), change->at), as_utc(local_end, after), day});
    }
    // Only a fall-back night can put a later local range before an earlier one.
    for (std::size_t i = 1; i < pieces.size(); ++i)
      for (std::size_t j = i; j > 0 && pieces[j].begin < pieces[j - 1].begin; --j)
        std::swap(pieces[j], pieces[j - 1]);
    for (auto piece : pieces) {
      piece.begin = std::max(piece.begin, from);
      piece.end = std::min(piece.end, until);
      if (piece.begin < piece.end && visit(piece)) return true;
    }
  }
  return false;
}

std::optional<sys_seconds> WindowClock::add(sys_seconds start, seconds amount,
                                            std::vector<ClockSegment>* counted) const {
  if (amount <= seconds{0}) return std::nullopt;
  seconds remaining = amount;
  sys_seconds due{};
  bool done = walk(start, start + days{kClockHorizonDays}, [&](const ClockSegment& s) {
    seconds length = s.end - s.begin;
    if (length >= remaining) {
      due = s.begin + remaining;
      append(counted, {s.begin, due, s.day});
      return true;
    }
    remaining -= length;
    append(counted, s);
    return false;
  });
  if (!done) return std::nullopt;
  return due;
}

std::vector<local_days> WindowClock::closed_days(sys_seconds from, sys_seconds to) const {
  std::vector<local_days> out;
  offsets_.cover(from, to);
  for (local_days d = local_day_of(from, offsets_.at(from)); d <= local_day_of(to, offsets_.at(to)); d += days{1}) {
    const int begin = weekday_index(d) * 1440;
    bool opens = std::any_of(week_.begin(), week_.end(), [begin](const WeeklyWindow::Interval& i) {
      return i.begin < begin + 1440 && i.end > begin;
    });
    if (opens && closed(d)) out.push_back(d);
  }
  return out;
}

std::optional<sys_seconds> WindowClock::next_opening(sys_seconds t) const {
  sys_seconds opening{};
  bool found = walk(t, t + days{kClockHorizonDays}, [&](const ClockSegment& s) {
    opening = s.begin;
    return true;
  });
  if (!found) return std::nullopt;
  return opening;
}

seconds WindowClock::open_time(sys_seconds from, sys_seconds to,
                               std::vector<ClockSegment>* segments) const {
  seconds total{0};
  walk(from, to, [&](const ClockSegment& s) {
    total += s.end - s.begin;
    append(segments, s);
    return false;
  });
  return total;
}

std::optional<sys_seconds> WindowClock::add_working_days(sys_seconds start, int n,
                                                         WorkingDayRule rule,
                                                         std::vector<ClockSegment>* counted) const {
  if (n < 1) return std::nullopt;
  const sys_seconds horizon = start + days{kClockHorizonDays};
  // The working day the clock starts on, and how far into its open time.
  local_days first_day{};
  sys_seconds clock_start{};
  if (!walk(start, horizon, [&](const ClockSegment& s) {
        first_day = s.day;
        clock_start = s.begin;
        return true;
      }))
    return std::nullopt;
  seconds into_day{0};
  walk(clock_start - days{2}, clock_start, [&](const ClockSegment& s) {
    if (s.day == first_day) into_day += s.end - s.begin;
    return false;
  });
  // end-of-day counts working days after the report's own date.
  offsets_.cover(start, start);
  local_days report_day = local_day_of(start, offsets_.at(start));
  if (rule == WorkingDayRule::end_of_day && first_day > report_day) --n;  // first_day is day 1

  int index = 0;  // working days after first_day
  local_days current = first_day;
  seconds so_far{0};
  sys_seconds last_end = clock_start, due{};
  bool done = walk(clock_start, horizon, [&](const ClockSegment& s) {
    if (s.day != current) {
      // The working day `index` has closed.
      bool complete = rule == WorkingDayRule::end_of_day
                          ? index == n
                          : (into_day == seconds{0} ? index == n - 1 : index == n);
      if (complete) {
        due = last_end;
        return true;
      }
      ++index;
      current = s.day;
      so_far = seconds{0};
    }
    if (rule == WorkingDayRule::same_time && index == n && into_day > seconds{0}) {
      seconds length = s.end - s.begin;
      if (so_far + length >= into_day) {
        due = s.begin + (into_day - so_far);
        return true;
      }
      so_far += length;
    }
    last_end = s.end;
    return false;
  });
  if (!done) return std::nullopt;
  if (counted) open_time(clock_start, due, counted);
  return due;
}

}  // namespace slacalc
