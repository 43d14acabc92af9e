// The deadline clock against worked cases (computed by hand, in the comments)
// and against a brute-force oracle that steps minute by minute.
#include <random>
#include <set>

#include <doctest/doctest.h>

#include "helpers.hpp"
#include "weekly_window.hpp"
#include "window_clock.hpp"
#include "zones.hpp"

namespace {

using namespace slacalc;
using test::zone;
using date::local_days;
using date::sys_seconds;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// Monday-first day range + "HH:MM-HH:MM" → minute-of-week intervals.
std::vector<WeeklyWindow::Interval> week(int first_day, int last_day, const char* range) {
  TimeRangeFailure why;
  TimeRange r = *parse_time_range(range, &why);
  std::vector<WeeklyWindow::Interval> out;
  for (int d = first_day; d <= last_day; ++d) {
    int b = d * 1440 + r.begin, e = d * 1440 + r.end;
    if (e <= kMinutesPerWeek) {
      out.push_back({b, e});
    } else {  // past Sunday midnight: wraps to Monday
      out.insert(out.begin(), {0, e - kMinutesPerWeek});
      out.push_back({b, kMinutesPerWeek});
    }
  }
  return out;
}

sys_seconds local(const char* zone_name, local_days day, minutes time) {
  return to_utc(zone(zone_name), day + time).instant;
}

std::string local_text(const char* zone_name, sys_seconds t) {
  return date::format("%F %R", to_local(zone(zone_name), t));
}

WindowClock clock(const char* zone_name, std::vector<WeeklyWindow::Interval> w,
                  std::string_view calendar = "none") {
  ClosedDays closed;
  closed.holiday_calendar = calendar;
  return WindowClock(zone_rule(zone(zone_name)), std::move(w), closed);
}

using date::days;
using namespace date::literals;

}  // namespace

TEST_CASE("clock: worked cases") {
  const char* berlin = "Europe/Berlin";
  SUBCASE("Friday 16:30, 1 h, Mon–Fri 09–17 → Monday 09:30") {
    // 30 minutes on Friday 16:30–17:00, 30 more on Monday from 09:00.
    auto c = clock(berlin, week(0, 4, "09:00-17:00"));
    std::vector<ClockSegment> counted;
    auto due = c.add(local(berlin, local_days{2026_y / 11 / 20}, hours{16} + minutes{30}), hours{1}, &counted);
    REQUIRE(due);
    CHECK(local_text(berlin, *due) == "2026-11-23 09:30");
    REQUIRE(counted.size() == 2);
    CHECK(counted[0].end - counted[0].begin == minutes{30});
    CHECK(counted[1].day == local_days{2026_y / 11 / 23});
  }
  SUBCASE("a report at 07:00 with hours 09–17 counts from 09:00") {
    auto c = clock(berlin, week(0, 4, "09:00-17:00"));
    auto due = c.add(local(berlin, local_days{2026_y / 11 / 24}, hours{7}), hours{3});
    CHECK(local_text(berlin, *due) == "2026-11-24 12:00");
  }
  SUBCASE("3 h from Friday 27 March 2026 15:30 CET in 08–16 → the Monday after DST") {
    // 30 min on Friday; clocks go forward on Sunday 29 March; 2 h 30 min on
    // Monday from 08:00 CEST → 10:30 CEST = 08:30 UTC.
    auto c = clock(berlin, week(0, 4, "08:00-16:00"), "DE-ST");
    auto due = c.add(local(berlin, local_days{2026_y / 3 / 27}, hours{15} + minutes{30}), hours{3});
    REQUIRE(due);
    CHECK(*due == sys_seconds{date::sys_days{2026_y / 3 / 30}} + hours{8} + minutes{30});
  }
}

TEST_CASE("clock: public holidays and custom closed days") {
  const char* berlin = "Europe/Berlin";
  // Saxony-Anhalt: Reformation Day, Saturday 31 Oct 2026, is a holiday on a
  // weekend anyway; 6 Jan 2027 (Wednesday, Epiphany) is one in DE-ST only.
  auto st = clock(berlin, week(0, 4, "08:00-16:00"), "DE-ST");
  auto be = clock(berlin, week(0, 4, "08:00-16:00"), "DE-BE");
  sys_seconds tuesday = local(berlin, local_days{2027_y / 1 / 5}, hours{15});
  CHECK(local_text(berlin, *st.add(tuesday, hours{3})) == "2027-01-07 10:00");
  CHECK(local_text(berlin, *be.add(tuesday, hours{3})) == "2027-01-06 10:00");
  // Christmas: Thu 24 Dec 2026 is a working day; 25 and 26 are holidays.
  CHECK(local_text(berlin, *st.add(local(berlin, local_days{2026_y / 12 / 24}, hours{14}), hours{4})) ==
        "2026-12-28 10:00");

  ClosedDays closed;
  closed.extra = {local_days{2026_y / 12 / 24}, local_days{2026_y / 12 / 31}};
  WindowClock custom(zone_rule(zone(berlin)), week(0, 4, "08:00-16:00"), closed);
  CHECK(local_text(berlin, *custom.add(local(berlin, local_days{2026_y / 12 / 23}, hours{15}), hours{2})) ==
        "2026-12-25 09:00");
}

TEST_CASE("clock: DST nights count real time") {
  const char* berlin = "Europe/Berlin";
  auto always = clock(berlin, {{0, kMinutesPerWeek}});
  // A whole local day is 23 h when the clocks go forward, 25 h when they go back.
  auto day_length = [&](local_days d) {
    return always.open_time(local(berlin, d, hours{0}), local(berlin, d + days{1}, hours{0}));
  };
  CHECK(day_length(local_days{2026_y / 3 / 29}) == hours{23});
  CHECK(day_length(local_days{2026_y / 10 / 25}) == hours{25});
  CHECK(day_length(local_days{2026_y / 10 / 26}) == hours{24});

  // A night window 01:00–04:00 on Sundays: 2 h on the spring night, 4 h in autumn.
  auto night = clock(berlin, week(6, 6, "01:00-04:00"));
  auto night_length = [&](local_days d) {
    return night.open_time(local(berlin, d, hours{0}), local(berlin, d + days{1}, hours{0}));
  };
  CHECK(night_length(local_days{2026_y / 3 / 29}) == hours{2});
  CHECK(night_length(local_days{2026_y / 10 / 25}) == hours{4});
  CHECK(night_length(local_days{2026_y / 11 / 1}) == hours{3});
}

TEST_CASE("clock: overnight windows belong to the local date they run on") {
  const char* amsterdam = "Europe/Amsterdam";
  // Scope4mation §5.2: Mon–Fri 20:00–04:00. Report Monday 23:00, 6 h: 1 h on
  // Monday night, 4 h Tuesday 00:00–04:00, 1 h from Tuesday 20:00 → 21:00.
  auto c = clock(amsterdam, week(0, 4, "20:00-04:00+1"));
  std::vector<ClockSegment> counted;
  auto due = c.add(local(amsterdam, local_days{2026_y / 11 / 23}, hours{23}), hours{6}, &counted);
  CHECK(local_text(amsterdam, *due) == "2026-11-24 21:00");
  // Monday 23:00–24:00 and Tuesday 00:00–04:00 touch but are separate dates.
  CHECK(counted.size() == 3);
  // Friday 20:00–Saturday 04:00 runs into the weekend: Saturday is open until 04:00.
  CHECK(local_text(amsterdam, *c.add(local(amsterdam, local_days{2026_y / 11 / 27}, hours{22}), hours{6})) ==
        "2026-11-28 04:00");
}

TEST_CASE("clock: working days") {
  const char* amsterdam = "Europe/Amsterdam";
  auto c = clock(amsterdam, week(0, 4, "10:00-16:00"), "NL");
  auto at = [&](local_days d, int h) { return local(amsterdam, d, hours{h}); };
  local_days monday{2026_y / 11 / 23}, saturday{2026_y / 11 / 28};
  using R = WorkingDayRule;
  CHECK(local_text(amsterdam, *c.add_working_days(at(monday, 11), 2, R::same_time)) == "2026-11-25 11:00");
  CHECK(local_text(amsterdam, *c.add_working_days(at(monday, 11), 2, R::end_of_day)) == "2026-11-25 16:00");
  // Before the opening: the clock starts at 10:00, two full days end Tuesday.
  CHECK(local_text(amsterdam, *c.add_working_days(at(monday, 7), 2, R::same_time)) == "2026-11-24 16:00");
  CHECK(local_text(amsterdam, *c.add_working_days(at(monday, 7), 2, R::end_of_day)) == "2026-11-25 16:00");
  // Saturday: Monday is day 1 (both readings end Tuesday's close).
  CHECK(local_text(amsterdam, *c.add_working_days(at(saturday, 12), 2, R::same_time)) == "2026-12-01 16:00");
  CHECK(local_text(amsterdam, *c.add_working_days(at(saturday, 12), 2, R::end_of_day)) == "2026-12-01 16:00");
  // Koningsdag, Tuesday 27 April 2027, is skipped.
  CHECK(local_text(amsterdam, *c.add_working_days(at(local_days{2027_y / 4 / 26}, 12), 1, R::same_time)) ==
        "2027-04-28 12:00");
  // Same-time equals N × 6 h of window time for this uniform window.
  CHECK(*c.add_working_days(at(monday, 13), 5, R::same_time) == *c.add(at(monday, 13), hours{30}));
}

TEST_CASE("clock: no deadline when the window never opens or is too far away") {
  auto never = clock("UTC", {});
  CHECK(never.never_opens());
  CHECK_FALSE(never.add(sys_seconds{}, hours{1}));
  CHECK_FALSE(never.add_working_days(sys_seconds{}, 1, WorkingDayRule::same_time));
  // One hour a week: 600 hours take more than ten years.
  auto weekly_hour = clock("UTC", week(0, 0, "09:00-10:00"));
  CHECK(weekly_hour.add(sys_seconds{}, hours{500}));
  CHECK_FALSE(weekly_hour.add(sys_seconds{}, hours{600}));
  CHECK_FALSE(weekly_hour.add(sys_seconds{}, seconds{0}));
}

// Oracle: step through the minutes, asking the zone for the wall clock and the
// holiday list (built independently of is_holiday) whether each is open.
TEST_CASE("clock: agrees with a minute-stepping oracle") {
  struct Case {
    const char* zone;
    const char* calendar;
    std::vector<WeeklyWindow::Interval> window;
  };
  std::vector<Case> cases = {
      {"Europe/Berlin", "DE-ST", week(0, 4, "08:00-16:00")},
      {"Europe/Amsterdam", "NL", week(0, 4, "20:00-04:00+1")},
      {"Europe/Berlin", "none", week(0, 6, "01:30-02:45")},  // through both DST nights
      {"America/New_York", "none", week(0, 6, "07:00-21:00")},
      {"Australia/Sydney", "none", week(5, 6, "00:00-24:00")},
      {"Europe/Copenhagen", "DK", week(0, 4, "00:00-24:00")},
  };
  std::mt19937 random(20261123);
  for (const auto& c : cases) {
    std::set<local_days> holidays;
    for (int y = 2025; y <= 2028; ++y)
      for (const auto& h : holidays_in_year(c.calendar, y, HolidayOptions{})) holidays.insert(local_days{h.day});
    const Zone& z = zone(c.zone);
    auto open = [&](sys_seconds t) {
      auto l = to_local(z, t);
      auto d = date::floor<days>(l);
      int minute = static_cast<int>((date::weekday{d}.c_encoding() + 6) % 7) * 1440 +
                   static_cast<int>((l - d).count() / 60);
      if (holidays.count(d)) return false;
      for (auto i : c.window)
        if (minute >= i.begin && minute < i.end) return true;
      return false;
    };
    auto clk = clock(c.zone, c.window, c.calendar);
    for (int i = 0; i < 60; ++i) {
      // Starts in 2026–2027 on whole minutes; amounts up to 40 h.
      sys_seconds start = sys_seconds{date::sys_days{2026_y / 1 / 1}} +
                          minutes{std::uniform_int_distribution<int>(0, 2 * 365 * 1440)(random)};
      int amount = std::uniform_int_distribution<int>(1, 40 * 60)(random);
      sys_seconds t = start;
      for (int left = amount; left > 0; t += minutes{1})
        if (open(t)) --left;
      INFO(c.zone, " ", c.calendar, " start ", date::format("%FT%TZ", start), " + ", amount, " min");
      auto due = clk.add(start, minutes{amount});
      REQUIRE(due);
      CHECK(date::format("%FT%TZ", *due) == date::format("%FT%TZ", t));
    }
  }
}

TEST_CASE("clock: a copy works after its original is gone") {
  // Clocks keep caches; a copy must not refer to the original's zone rule.
  std::vector<WindowClock> clocks;
  {
    WindowClock original = clock("Europe/Berlin", week(0, 4, "08:00-16:00"), "DE-ST");
    original.add(sys_seconds{date::sys_days{2026_y / 3 / 27}}, hours{1});  // fills the caches
    clocks.push_back(original);
  }
  auto due = clocks[0].add(local("Europe/Berlin", local_days{2026_y / 3 / 27}, hours{15} + minutes{30}), hours{3});
  CHECK(local_text("Europe/Berlin", *due) == "2026-03-30 10:30");
}
