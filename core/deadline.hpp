// When is the reaction / response / resolution due? A tier's response rules
// (profile.hpp) applied to one report: which rule holds for it — class,
// priority, the window it was reported in, the profile's options — and the
// due instant from the deadline clock (window_clock.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"
#include "window_clock.hpp"
#include "zones.hpp"

namespace slacalc {

struct DeadlineQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  const Zone* zone = nullptr;  // the profile's
  date::sys_seconds reported;
  std::string measure;         // "" = every measure
  std::string incident_class;  // "" = every class the rules name
  std::string priority;        // "" = every priority the rules name
  OptionChoices options;       // the request's choices; the rest take their defaults
  WorkingDayRule working_day_rule = WorkingDayRule::same_time;
  HolidayOptions holiday_options;
  std::vector<date::local_days> closed_days;  // close windows that close on holidays
};

struct Deadline {
  const ResponseRule* rule = nullptr;
  std::string incident_class, priority;  // the situation it answers
  std::optional<date::sys_seconds> clock_start, due;  // none for best effort
  bool unreachable = false;                           // no due within the clock's horizon
  std::vector<ClockSegment> counted;
  struct SkippedDay {
    date::local_days day;
    std::string name, local_name;  // the holiday's; "custom closed day"
  };
  std::vector<SkippedDay> closed_skipped;  // closed days between start and due
  Explain explain;
};

std::vector<Deadline> deadlines(const DeadlineQuery& query);

}  // namespace slacalc
