#include "deadline.hpp"

#include <algorithm>

#include "human_duration.hpp"
#include "iso_time.hpp"
#include "local_text.hpp"
#include "profile_text.hpp"
#include "weekly_window.hpp"

namespace slacalc {
namespace {

using date::days;
using date::local_days;
using date::sys_seconds;
using std::chrono::seconds;

constexpr int kListedSegments = 6;

struct ClockSetup {
  std::vector<WeeklyWindow::Interval> week;
  ClosedDays closed;
  std::string label;  // for explanations
};

// The clock a rule runs in. "always" runs round the clock, holidays
// included; counted in working days it means Monday–Friday minus the
// profile's holidays (the definition the issue and the contracts use).
ClockSetup clock_setup(const DeadlineQuery& q, const std::string& window_id, bool working_days) {
  const Profile& p = *q.profile;
  ClockSetup s;
  auto close_holidays = [&] {
    s.closed.holiday_calendar = p.holiday_calendar;
    s.closed.holiday_options = q.holiday_options;
    s.closed.extra = q.closed_days;
  };
  if (const WeeklyWindow* w = p.find_window(window_id)) {
    s.week = w->intervals;
    if (w->holidays_closed) close_holidays();
    s.label = w->label + " (" + describe_window(*w) + ")";
  } else if (working_days) {
    s.week = {{0, 5 * 1440}};
    close_holidays();
    s.label = "Monday–Friday, closed on public holidays";
  } else {
    s.week = {{0, kMinutesPerWeek}};
    s.label = "all hours, every day";
  }
  if (s.closed.holiday_calendar != "none") s.label += " — calendar " + std::string(s.closed.holiday_calendar);
  if (!s.closed.extra.empty()) s.label += ", " + std::to_string(s.closed.extra.size()) + " custom closed day(s)";
  return s;
}

WindowClock make_clock(const DeadlineQuery& q, const ClockSetup& s) {
  return WindowClock(zone_rule(*q.zone), s.week, s.closed);
}

bool open_at(const WindowClock& clock, sys_seconds t) {
  auto opening = clock.next_opening(t);
  return opening && *opening == t;
}

bool matches(const std::string& rule_value, const std::string& wanted) {
  return rule_value == "any" || wanted.empty() || rule_value == wanted;
}

std::string local_text(const Zone& z, sys_seconds t) {
  return short_local_text(to_local(z, t)) + " " + std::string(abbreviation(z, t));
}

// "16:00 CET"
std::string clock_text(const Zone& z, sys_seconds t) {
  std::string full = local_text(z, t);
  std::string abbrev(abbreviation(z, t));
  return full.substr(full.size() - abbrev.size() - 6);
}

std::string duration_text(seconds s) { return human_duration(Rational(s.count())); }

// The closed days the clock skipped, with their holidays' names.
std::vector<Deadline::SkippedDay> skipped_days(const DeadlineQuery& q, const WindowClock& clock, sys_seconds from,
                                               sys_seconds to) {
  std::vector<Deadline::SkippedDay> out;
  std::vector<Holiday> year;
  for (local_days day : clock.closed_days(from, to)) {
    date::year_month_day ymd{day};
    if (year.empty() || year.front().day.year() != ymd.year())
      year = holidays_in_year(q.profile->holiday_calendar, static_cast<int>(ymd.year()), q.holiday_options);
    Deadline::SkippedDay skipped{day, "custom closed day", ""};
    for (const auto& h : year)
      if (h.day == ymd) skipped = {day, h.name, h.local_name};
    out.push_back(skipped);
  }
  return out;
}

// Computes the due instant of one rule for the query's report.
Deadline compute(const DeadlineQuery& q, const ResponseRule& r) {
  Deadline d;
  d.rule = &r;
  const Zone& z = *q.zone;
  d.explain.push_back({"rule", response_text(*q.profile, r) + (r.cite.clause.empty() ? "" : " — " + r.cite.clause) + "."});
  for (const auto& condition : r.when) {
    const std::string& id = condition.first;
    const Option* o = q.profile->find_option(id);
    bool chosen = std::any_of(q.options.begin(), q.options.end(), [&](const auto& c) { return c.first == id; });
    d.explain.push_back({"option", (o ? o->label : id) + ": " + condition.second + (chosen ? " (chosen)" : " (the default)") +
                                       (o && !o->cite.clause.empty() ? ", " + o->cite.clause : "") + "."});
  }
  if (r.promise == ResponseRule::Promise::bestEffort) {
    d.explain.push_back({"best-effort", "The contract promises no time here (best effort), so there is no deadline to compute."});
    return d;
  }
  bool by_days = r.promise == ResponseRule::Promise::workingDays;
  ClockSetup setup = clock_setup(q, r.window, by_days);
  WindowClock clock = make_clock(q, setup);
  d.explain.push_back({"window", "The clock runs in " + setup.label + ", " + std::string(z.name) + " local time."});
  d.clock_start = clock.next_opening(q.reported);
  if (d.clock_start) {
    if (*d.clock_start == q.reported)
      d.explain.push_back({"start", "Reported " + local_text(z, q.reported) + ", inside the window: the clock starts at once."});
    else
      d.explain.push_back({"start", "Reported " + local_text(z, q.reported) + ", outside the window: the clock starts when it next opens, " +
                                        local_text(z, *d.clock_start) + "."});
  }
  if (by_days) {
    d.due = clock.add_working_days(q.reported, r.working_days, q.working_day_rule, &d.counted);
    d.explain.push_back({"working-days",
                         q.working_day_rule == WorkingDayRule::same_time
                             ? "Working days read as \"same-time\": the same point of the business day " +
                                   std::to_string(r.working_days) + " working day(s) later (a start at the opening ends at a close)."
                             : "Working days read as \"end-of-day\": the close of business on working day " +
                                   std::to_string(r.working_days) + " after the day of the report."});
  } else {
    // The clock counts whole seconds; a fraction is rounded up, never down.
    auto whole = static_cast<long long>(-(Rational(0) - r.seconds).floor());
    if (!r.seconds.is_integer())
      d.explain.push_back({"rounding", human_duration(r.seconds) + " counted as " + std::to_string(whole) + " s."});
    d.due = clock.add(q.reported, seconds{whole}, &d.counted);
  }
  if (!d.due) {
    d.unreachable = true;
    d.explain.push_back({"unreachable", setup.week.empty() ? "The window never opens: no deadline can be given."
                                                           : "The deadline would lie more than " +
                                                                 std::to_string(kClockHorizonDays / 366) +
                                                                 " years after the report: the window opens too rarely."});
    return d;
  }
  // The working: each counted stretch, the days skipped, the clock changes.
  std::string list;
  seconds total{0};
  for (std::size_t i = 0; i < d.counted.size(); ++i) {
    const auto& s = d.counted[i];
    total += s.end - s.begin;
    if (i < kListedSegments)
      list += (i ? "; " : "") + local_text(z, s.begin) + " – " + clock_text(z, s.end) + " (" +
              duration_text(s.end - s.begin) + ")";
  }
  if (d.counted.size() > kListedSegments)
    list += "; and " + std::to_string(d.counted.size() - kListedSegments) + " more";
  d.explain.push_back({"counted", "Counted: " + list + " = " + duration_text(total) + ". Due " + local_text(z, *d.due) + "."});
  d.closed_skipped = skipped_days(q, clock, *d.clock_start, *d.due);
  if (!d.closed_skipped.empty()) {
    std::string names;
    for (std::size_t i = 0; i < d.closed_skipped.size() && i < kListedSegments; ++i) {
      const auto& skipped = d.closed_skipped[i];
      names += (i ? "; " : "") + iso_date(skipped.day) + " " + skipped.name +
               (skipped.local_name.empty() ? "" : " (" + skipped.local_name + ")");
    }
    d.explain.push_back({"closed", "Closed days skipped: " + names + "."});
  }
  for (const auto& t : transitions_between(zone_rule(z), *d.clock_start, *d.due))
    d.explain.push_back({"dst", "The clocks change at " + iso_utc(t.at) + " (to " + std::string(t.type.abbrev) + ", " +
                                    utc_offset_text(t.type.offset) + "): the counted time is real elapsed time."});
  return d;
}

// A situation a rule answers: measure, class and priority as the rule states
// them, narrowed by the query.
struct Situation {
  std::string measure, incident_class, priority;
};

}  // namespace

std::vector<Deadline> deadlines(const DeadlineQuery& q) {
  std::vector<Deadline> out;
  std::vector<const ResponseRule*> chosen;
  for (const auto& candidate : q.tier->response) {
    if (!q.profile->applies(candidate, q.options) || (!q.measure.empty() && candidate.measure != q.measure) ||
        !matches(candidate.incident_class, q.incident_class) || !matches(candidate.priority, q.priority))
      continue;
    Situation s{candidate.measure, q.incident_class.empty() ? candidate.incident_class : q.incident_class,
                q.priority.empty() ? candidate.priority : q.priority};
    // The first rule, in the profile's order, that holds for this situation
    // and this report (docs/profile-format.md, response[]).
    Explain split;
    const ResponseRule* holds = nullptr;
    for (const auto& r : q.tier->response) {
      if (r.measure != s.measure || !q.profile->applies(r, q.options) || !matches(r.incident_class, s.incident_class) ||
          !matches(r.priority, s.priority))
        continue;
      if (!r.reported_in.empty()) {
        ClockSetup inner = clock_setup(q, r.reported_in, false);
        WindowClock window = make_clock(q, inner);
        std::string name = q.profile->find_window(r.reported_in)->label;
        if (!open_at(window, q.reported)) {
          split.push_back({"split", "Reported outside " + name + ": the rule for those reports does not apply."});
          continue;
        }
        if (q.profile->choice_of("splitReaction", q.options) == "inside-window") {
          Deadline inside = compute(q, r);
          if (inside.due && window.open_time(q.reported, *inside.due) != *inside.due - q.reported) {
            split.push_back({"split", "Reported inside " + name + ", but " + human_duration(r.seconds) +
                                          " would end after it closes; option splitReaction = inside-window: the rule for other times applies."});
            continue;
          }
        }
        split.push_back({"split", "Reported inside " + name + ": its rule applies (option splitReaction = " +
                                      q.profile->choice_of("splitReaction", q.options) + ")."});
      }
      holds = &r;
      break;
    }
    if (!holds || std::find(chosen.begin(), chosen.end(), holds) != chosen.end()) continue;
    chosen.push_back(holds);
    Deadline d = compute(q, *holds);
    d.incident_class = s.incident_class;
    d.priority = s.priority;
    d.explain.insert(d.explain.begin() + 1, split.begin(), split.end());
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace slacalc
