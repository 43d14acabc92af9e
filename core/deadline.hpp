// When is the reaction / response / resolution due? A tier's response rules
// (profile.hpp) applied to one report: which rule holds for it — class,
// priority, the window it was reported in, the profile's options — and the
// due instant from the deadline clock (window_clock.hpp), with the working
// in the call's language. The deadline endpoint (deadline_json.hpp) reads a
// request into a DeadlineQuery and writes the DeadlineAnswer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "applied_option.hpp"
#include "explain.hpp"
#include "profile.hpp"
#include "window_clock.hpp"
#include "zones.hpp"

namespace slacalc {

// A report time given as a local time that the clocks skip (gap) or repeat:
// how it was read, said in the answer's working.
struct ReportReading {
  bool gap = false;  // else the local time occurred twice
  std::string text;  // as the request wrote it
  Disambiguation choice = Disambiguation::compatible;
};

struct DeadlineQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  const Zone* zone = nullptr;  // the profile's
  date::sys_seconds reported;
  std::optional<ReportReading> reading;  // a local time the clocks skip or repeat
  std::optional<ResponseRule::Measure> measure;  // none: every measure
  std::string incident_class;  // "" = the rules for any class, else every class the rules name
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

struct DeadlineAnswer {
  std::vector<Deadline> deadlines;           // one per measure, class and priority
  std::optional<std::size_t> unreachable;    // the first deadline beyond the clock's horizon
  std::vector<AppliedOption> options;        // every option but monthBasis (budgets)
  Explain explain;                           // the report's reading, no rule, the zone, the calendar
};

DeadlineAnswer answer_deadlines(const DeadlineQuery& query);

// The priority level at a row and column of the profile's impact × urgency
// matrix (Scope4mation §3.1.1); both ids must be the matrix's.
const PriorityLevel& matrix_level(const Priorities& priorities, const std::string& row_id,
                                  const std::string& column_id);
// Whether the matrix's rows are impact (the row label says so); Scope4mation's
// rows are urgency, its columns impact.
bool impact_is_row(const PriorityMatrix& matrix);

// A skipped day's name: the holiday's, or "custom closed day" in the call's language.
std::string skipped_day_name(const Deadline::SkippedDay& day);
// An instant on the zone's wall clock: "Fri 27 Mar 2026 15:30 CET".
std::string zone_time_text(const Zone& zone, date::sys_seconds t);

}  // namespace slacalc
