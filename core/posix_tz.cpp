#include "posix_tz.hpp"

#include <algorithm>
#include <iterator>

#include "insertion_sort.hpp"

namespace slacalc {
namespace {

using date::days;
using date::local_days;
using std::chrono::seconds;

// The local date and time a rule names in `year`.
date::local_seconds switch_time(const PosixDate& d, int year) {
  date::year y{year};
  local_days day;
  switch (d.kind) {
    case PosixDate::Kind::julian1:  // J60 is 1 March, leap year or not
      day = local_days{y / 1 / 1} + days{d.day - 1 + (y.is_leap() && d.day >= 60 ? 1 : 0)};
      break;
    case PosixDate::Kind::julian0:
      day = local_days{y / 1 / 1} + days{d.day};
      break;
    case PosixDate::Kind::month_week_day: {
      date::month m{static_cast<unsigned>(d.month)};
      date::weekday wd{static_cast<unsigned>(d.weekday)};
      day = d.week == 5 ? local_days{y / m / wd[date::last]}
                        : local_days{y / m / wd[static_cast<unsigned>(d.week)]};
      break;
    }
  }
  return day + seconds{d.time};
}

date::sys_seconds utc(date::local_seconds local, int offset) {
  return date::sys_seconds{local.time_since_epoch() - seconds{offset}};
}

LocalType standard(const PosixRule& z) { return {z.std_offset, false, z.std_abbrev}; }
LocalType daylight(const PosixRule& z) { return {z.dst_offset, true, z.dst_abbrev}; }

}  // namespace

// The start is read in standard time and the end in DST time (POSIX §8.3).
std::vector<Transition> switches(const PosixRule& z, int first, int last) {
  std::vector<Transition> out;
  if (!z.has_dst()) return out;
  out.reserve(static_cast<std::size_t>(last - first + 1) * 2);
  for (int y = first; y <= last; ++y) {
    out.push_back({utc(switch_time(z.dst_start, y), z.std_offset), daylight(z)});
    out.push_back({utc(switch_time(z.dst_end, y), z.dst_offset), standard(z)});
  }
  // In time order (southern hemisphere: the end comes first in the year);
  // the list is almost sorted.
  insertion_sort(out, [](const Transition& a, const Transition& b) { return a.at < b.at; });
  return out;
}

LocalType local_type_at(const PosixRule& z, date::sys_seconds instant) {
  if (!z.has_dst()) return standard(z);
  // Rule times reach ±167 h, so a year's switches can fall in a neighbour year.
  int y = year_of(instant);
  auto list = switches(z, y - 1, y + 1);
  auto after = std::upper_bound(list.begin(), list.end(), instant,
                                [](date::sys_seconds t, const Transition& s) { return t < s.at; });
  if (after != list.begin()) return std::prev(after)->type;
  // Before the first switch: the type the first switch leaves.
  return list.front().type.dst ? standard(z) : daylight(z);
}

std::vector<Transition> transitions_between(const PosixRule& z, date::sys_seconds from,
                                            date::sys_seconds to) {
  std::vector<Transition> out;
  if (!z.has_dst() || to <= from) return out;
  for (const auto& s : switches(z, year_of(from) - 1, year_of(to) + 1))
    if (from < s.at && s.at <= to) out.push_back(s);
  return out;
}

}  // namespace slacalc
