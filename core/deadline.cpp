#include "deadline.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

#include "human_duration.hpp"
#include "iso_time.hpp"
#include "lang.hpp"
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

// The name a custom closed day has in Deadline::SkippedDay (English, like the
// holidays' names there); explanations say it in the call's language.
constexpr const char* kCustomClosedDay = "custom closed day";

struct ClockSetup {
  std::vector<WeeklyWindow::Interval> week;
  ClosedDays closed;
  std::string label;  // for explanations
};

// The clock a rule runs in. "always" runs round the clock, holidays
// included; counted in working days it means Monday–Friday minus the
// profile's holidays (as the contracts define a working day).
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
    s.label = say({"Monday–Friday, closed on public holidays", "Montag–Freitag, an Feiertagen geschlossen",
                   "maandag–vrijdag, gesloten op feestdagen", "mandag–fredag, lukket på helligdage"});
  } else {
    s.week = {{0, kMinutesPerWeek}};
    s.label = say({"all hours, every day", "rund um die Uhr, an allen Tagen", "de klok rond, alle dagen",
                   "døgnet rundt, alle dage"});
  }
  if (s.closed.holiday_calendar != "none")
    s.label = say({"{0} — calendar {1}", "{0} — Feiertagskalender {1}", "{0} — feestdagenkalender {1}",
                   "{0} — helligdagskalender {1}"},
                  {s.label, s.closed.holiday_calendar});
  if (!s.closed.extra.empty()) {
    std::string n = std::to_string(s.closed.extra.size());
    s.label = s.closed.extra.size() == 1
                  ? say({"{0}, {1} custom closed day(s)", "{0}, {1} eigener Schließtag", "{0}, {1} eigen sluitingsdag",
                         "{0}, {1} egen lukkedag"},
                        {s.label, n})
                  : say({"{0}, {1} custom closed day(s)", "{0}, {1} eigene Schließtage", "{0}, {1} eigen sluitingsdagen",
                         "{0}, {1} egne lukkedage"},
                        {s.label, n});
  }
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

// "16:00 CET"
std::string clock_text(const Zone& z, sys_seconds t) {
  std::string full = zone_time_text(z, t);
  std::string abbrev(abbreviation(z, t));
  return full.substr(full.size() - abbrev.size() - 6);
}

std::string duration_text(seconds s) { return human_duration(Duration(s)); }

// The text with a full stop, unless it already ends with one ("3 Std.").
std::string with_stop(std::string text) { return text.ends_with('.') ? text : text + "."; }

// An instant in UTC inside a text: ISO in English as always, else the
// language's date and time ("So. 29.03.2026 01:00 UTC").
std::string utc_text(sys_seconds t) {
  if (current_lang() == Lang::en) return iso_utc(t);
  return short_local_text(date::local_seconds{t.time_since_epoch()}) + " UTC";
}

// The closed days the clock skipped, with their holidays' names.
std::vector<Deadline::SkippedDay> skipped_days(const DeadlineQuery& q, const WindowClock& clock, sys_seconds from,
                                               sys_seconds to) {
  std::vector<Deadline::SkippedDay> out;
  std::vector<Holiday> year;
  for (local_days day : clock.closed_days(from, to)) {
    date::year_month_day ymd{day};
    if (year.empty() || year.front().day.year() != ymd.year())
      year = holidays_in_year(q.profile->holiday_calendar, static_cast<int>(ymd.year()), q.holiday_options);
    Deadline::SkippedDay skipped{day, kCustomClosedDay, ""};
    for (const auto& h : year)
      if (h.day == ymd) skipped = {day, h.name, h.local_name};
    out.push_back(skipped);
  }
  return out;
}

// The options a rule's `when` names, with the choice that made it apply.
void explain_when(const DeadlineQuery& q, const ResponseRule& r, Explain& explain) {
  for (const auto& condition : r.when) {
    const std::string& id = condition.first;
    const Option* o = q.profile->find_option(id);
    bool chosen = std::any_of(q.options.begin(), q.options.end(), [&](const auto& c) { return c.first == id; });
    // A rule's `when` names only options the profile has (profile_check.cpp).
    std::string label = option_words(*o).label, choice = choice_label(*o, condition.second),
                clause = o->cite.clause.empty() ? "" : ", " + o->cite.clause;
    explain.push_back({"option", chosen ? say({"{0}: {1} (chosen){2}.", "{0}: {1} (gewählt){2}.", "{0}: {1} (gekozen){2}.",
                                                 "{0}: {1} (valgt){2}."},
                                                {label, choice, clause})
                                          : say({"{0}: {1} (the default){2}.", "{0}: {1} (Vorgabe){2}.",
                                                 "{0}: {1} (standaard){2}.", "{0}: {1} (standard){2}."},
                                                {label, choice, clause})});
  }
}

// Where the clock starts: at the report, or at the window's next opening.
Explanation start_line(const Zone& z, sys_seconds reported, sys_seconds start) {
  if (start == reported)
    return {"start", say({"Reported {0}, inside the window: the clock starts at once.",
                          "Gemeldet {0}, innerhalb der Servicezeit: die Frist beginnt sofort.",
                          "Gemeld {0}, binnen het servicevenster: de klok start meteen.",
                          "Anmeldt {0}, inden for servicevinduet: uret starter med det samme."},
                         {zone_time_text(z, reported)})};
  return {"start", say({"Reported {0}, outside the window: the clock starts when it next opens, {1}.",
                        "Gemeldet {0}, außerhalb der Servicezeit: die Frist beginnt, sobald diese wieder öffnet, {1}.",
                        "Gemeld {0}, buiten het servicevenster: de klok start zodra het weer opent, {1}.",
                        "Anmeldt {0}, uden for servicevinduet: uret starter, når det åbner næste gang, {1}."},
                       {zone_time_text(z, reported), zone_time_text(z, start)})};
}

// How "N working days" was read (window_clock.hpp, WorkingDayRule).
Explanation working_days_line(WorkingDayRule rule, int working_days) {
  std::string n = std::to_string(working_days);
  if (rule == WorkingDayRule::end_of_day)
    return {"working-days",
            say({"Working days read as the close of business on working day {0} after the day "
                 "of the report.",
                 "Arbeitstage gelesen als Geschäftsschluss am {0}. Arbeitstag nach dem Tag der Meldung.",
                 "Werkdagen gelezen als sluitingstijd op werkdag {0} na de dag van de melding.",
                 "Arbejdsdage læst som lukketid på arbejdsdag {0} efter dagen for anmeldelsen."},
                {n})};
  if (working_days == 1)
    return {"working-days",
            say({"Working days read as the same point of the business day {0} working day(s) later (a "
                 "start at the opening ends at a close).",
                 "Arbeitstage gelesen als derselbe Zeitpunkt des Geschäftstags {0} Arbeitstag später (ein "
                 "Beginn bei Öffnung endet bei Geschäftsschluss).",
                 "Werkdagen gelezen als hetzelfde moment van de werkdag {0} werkdag later (een start bij "
                 "de opening eindigt bij een sluiting).",
                 "Arbejdsdage læst som samme tidspunkt på arbejdsdagen {0} arbejdsdag senere (en start "
                 "ved åbning ender ved en lukning)."},
                {n})};
  return {"working-days",
          say({"Working days read as the same point of the business day {0} working day(s) later (a "
               "start at the opening ends at a close).",
               "Arbeitstage gelesen als derselbe Zeitpunkt des Geschäftstags {0} Arbeitstage später "
               "(ein Beginn bei Öffnung endet bei Geschäftsschluss).",
               "Werkdagen gelezen als hetzelfde moment van de werkdag {0} werkdagen later (een start "
               "bij de opening eindigt bij een sluiting).",
               "Arbejdsdage læst som samme tidspunkt på arbejdsdagen {0} arbejdsdage senere (en start "
               "ved åbning ender ved en lukning)."},
              {n})};
}

// Why a clock gives no due instant.
Explanation unreachable_line(bool never_opens) {
  return {"unreachable",
          never_opens
              ? say({"The window never opens: no deadline can be given.",
                     "Die Servicezeit öffnet nie: es lässt sich keine Frist angeben.",
                     "Het servicevenster opent nooit: er kan geen termijn worden gegeven.",
                     "Servicevinduet åbner aldrig: der kan ikke angives nogen frist."})
              : say({"The deadline would lie more than {0} years after the report: the window opens too rarely.",
                     "Die Frist läge mehr als {0} Jahre nach der Meldung: die Servicezeit öffnet zu selten.",
                     "De termijn zou meer dan {0} jaar na de melding liggen: het servicevenster opent te zelden.",
                     "Fristen ville ligge mere end {0} år efter anmeldelsen: servicevinduet åbner for sjældent."},
                    {std::to_string(kClockHorizonDays / 366)})};
}

// The working of a due instant: each counted stretch, the days skipped, the
// clock changes.
void explain_counted(const DeadlineQuery& q, const WindowClock& clock, Deadline& d) {
  const Zone& z = *q.zone;
  std::string list;
  seconds total{0};
  for (std::size_t i = 0; i < d.counted.size(); ++i) {
    const auto& s = d.counted[i];
    total += s.end - s.begin;
    if (i < kListedSegments)
      list += (i ? "; " : "") + zone_time_text(z, s.begin) + " – " + clock_text(z, s.end) + " (" +
              duration_text(s.end - s.begin) + ")";
  }
  if (d.counted.size() > kListedSegments)
    list = say({"{0}; and {1} more", "{0}; und {1} weitere", "{0}; en nog {1}", "{0}; og {1} mere"},
               {list, std::to_string(d.counted.size() - kListedSegments)});
  d.explain.push_back({"counted", say({"Counted: {0} = {1}. Due {2}.", "Gezählt: {0} = {1}; fällig {2}.",
                                       "Geteld: {0} = {1}; uiterlijk {2}.", "Talt: {0} = {1}; forfalder {2}."},
                                      {list, duration_text(total), zone_time_text(z, *d.due)})});
  d.closed_skipped = skipped_days(q, clock, *d.clock_start, *d.due);
  if (!d.closed_skipped.empty()) {
    std::string names;
    for (std::size_t i = 0; i < d.closed_skipped.size() && i < kListedSegments; ++i) {
      const auto& skipped = d.closed_skipped[i];
      names += (i ? "; " : "") + date_text(skipped.day) + " " + skipped_day_name(skipped) +
               (skipped.local_name.empty() ? "" : " (" + skipped.local_name + ")");
    }
    d.explain.push_back({"closed", say({"Closed days skipped: {0}.", "Übersprungene Schließtage: {0}.",
                                        "Overgeslagen sluitingsdagen: {0}.", "Oversprungne lukkedage: {0}."},
                                       {names})});
  }
  for (const auto& t : transitions_between(zone_rule(z), *d.clock_start, *d.due))
    d.explain.push_back(
        {"dst", say({"The clocks change at {0} (to {1}, {2}): the counted time is real elapsed time.",
                     "Die Uhren werden am {0} umgestellt (auf {1}, {2}): die gezählte Zeit ist real verstrichene Zeit.",
                     "De klok wordt verzet op {0} (naar {1}, {2}): de getelde tijd is werkelijk verstreken tijd.",
                     "Urene stilles {0} (til {1}, {2}): den talte tid er faktisk forløbet tid."},
                    {utc_text(t.at), t.type.abbrev, utc_offset_text(t.type.offset)})});
}

// Computes the due instant of one rule for the query's report.
Deadline compute(const DeadlineQuery& q, const ResponseRule& r) {
  Deadline d;
  d.rule = &r;
  const Zone& z = *q.zone;
  d.explain.push_back({"rule", with_stop(response_text(*q.profile, r) + (r.cite.clause.empty() ? "" : " — " + r.cite.clause))});
  explain_when(q, r, d.explain);
  if (r.promise == ResponseRule::Promise::bestEffort) {
    d.explain.push_back(
        {"best-effort",
         say({"The contract promises no time here (best effort), so there is no deadline to compute.",
              "Der Vertrag sagt hier keine Zeit zu (nach bestem Bemühen), daher gibt es keine Frist zu berechnen.",
              "Het contract belooft hier geen tijd (naar beste vermogen), dus er is geen termijn te berekenen.",
              "Kontrakten lover ingen tid her (efter bedste evne), så der er ingen frist at beregne."})});
    return d;
  }
  bool by_days = r.promise == ResponseRule::Promise::workingDays;
  ClockSetup setup = clock_setup(q, r.window, by_days);
  WindowClock clock = make_clock(q, setup);
  d.explain.push_back({"window", say({"The clock runs in {0}, {1} local time.", "Die Frist läuft während: {0}; Ortszeit {1}.",
                                       "De klok loopt tijdens: {0}; lokale tijd {1}.", "Fristen løber i: {0}; lokal tid {1}."},
                                      {setup.label, z.name})});
  d.clock_start = clock.next_opening(q.reported);
  if (d.clock_start) d.explain.push_back(start_line(z, q.reported, *d.clock_start));
  if (by_days) {
    d.due = clock.add_working_days(q.reported, r.working_days, q.working_day_rule, &d.counted);
    d.explain.push_back(working_days_line(q.working_day_rule, r.working_days));
  } else {
    // The clock counts whole seconds; a fraction is rounded up, never down.
    seconds whole = r.seconds.whole_seconds_up();
    if (!r.seconds.seconds().is_integer())
      d.explain.push_back({"rounding", say({"{0} counted as {1} s.", "{0} gezählt als {1} s.", "{0} geteld als {1} s.",
                                            "{0} talt som {1} s."},
                                           {human_duration(r.seconds), local_decimal(std::to_string(whole.count()))})});
    d.due = clock.add(q.reported, whole, &d.counted);
  }
  if (!d.due) {
    d.unreachable = true;
    d.explain.push_back(unreachable_line(setup.week.empty()));
    return d;
  }
  explain_counted(q, clock, d);
  return d;
}

// A situation a rule answers: measure, class and priority as the rule states
// them, narrowed by the query.
struct Situation {
  ResponseRule::Measure measure;
  std::string incident_class, priority;
};

// Whether the tier has a rule for any class of this measure under the
// query's options.
bool has_any_class_rule(const DeadlineQuery& q, ResponseRule::Measure measure) {
  return std::any_of(q.tier->response.begin(), q.tier->response.end(), [&](const ResponseRule& r) {
    return r.measure == measure && r.incident_class == "any" && q.profile->applies(r, q.options);
  });
}

// The tier's rules for a situation in the order they are tried: the rules
// naming the situation's class first, then those for any class, each in the
// profile's order — Flying Circus §9.1 answers non-critical requests in 8 h
// of working time, whatever the service level's reaction to critical ones.
std::vector<const ResponseRule*> rules_to_try(const DeadlineQuery& q, const std::string& incident_class) {
  std::vector<const ResponseRule*> own, any;
  for (const auto& r : q.tier->response)
    (r.incident_class != "any" && r.incident_class == incident_class ? own : any).push_back(&r);
  own.insert(own.end(), any.begin(), any.end());
  return own;
}

// Whether a rule with `reportedIn` holds for the report (Flying Circus §3.6.1:
// Managed 4/5, 15 minutes for reports inside the window, 1 hour outside),
// the reason said in `split`. Under splitReaction = inside-window the inside
// rule holds only if its deadline falls inside the window too.
bool holds_for_report(const DeadlineQuery& q, const ResponseRule& r, Explain& split) {
  WindowClock window = make_clock(q, clock_setup(q, r.reported_in, false));
  std::string name = q.profile->find_window(r.reported_in)->label;
  if (!open_at(window, q.reported)) {
    split.push_back({"split", say({"Reported outside {0}: the rule for those reports does not apply.",
                                   "Außerhalb von {0} gemeldet: die Regel für diese Meldungen gilt nicht.",
                                   "Gemeld buiten {0}: de regel voor die meldingen geldt niet.",
                                   "Anmeldt uden for {0}: reglen for disse anmeldelser gælder ikke."},
                                  {name})});
    return false;
  }
  std::string choice = q.profile->choice_of("splitReaction", q.options);
  const Option* option = q.profile->find_option("splitReaction");
  std::string reading = option ? choice_label(*option, choice) : choice;
  if (choice == "inside-window") {
    Deadline inside = compute(q, r);
    if (inside.due && window.open_time(q.reported, *inside.due) != *inside.due - q.reported) {
      split.push_back(
          {"split",
           say({"Reported inside {0}, but {1} would end after it closes; read as “{2}”: the rule for "
                "other times applies.",
                "Innerhalb von {0} gemeldet, aber {1} würden erst nach dessen Ende ablaufen; gelesen als "
                "„{2}“: die Regel für die übrigen Zeiten gilt.",
                "Gemeld binnen {0}, maar {1} zou pas na de sluiting aflopen; gelezen als ‘{2}’: de regel "
                "voor andere tijden geldt.",
                "Anmeldt inden for {0}, men {1} ville først udløbe efter lukning; læst som ”{2}”: reglen for "
                "andre tidspunkter gælder."},
               {name, human_duration(r.seconds), reading})});
      return false;
    }
  }
  split.push_back({"split", say({"Reported inside {0}: its rule applies (read as “{1}”).",
                                 "Innerhalb von {0} gemeldet: die Regel dafür gilt (gelesen als „{1}“).",
                                 "Gemeld binnen {0}: de bijbehorende regel geldt (gelezen als ‘{1}’).",
                                 "Anmeldt inden for {0}: reglen for dette gælder (læst som ”{1}”)."},
                                {name, reading})});
  return true;
}

// The first rule that holds for this situation and this report
// (docs/profile-format.md, response[]); nullptr if none.
const ResponseRule* rule_for(const DeadlineQuery& q, const Situation& s, Explain& split) {
  for (const ResponseRule* r : rules_to_try(q, s.incident_class)) {
    if (r->measure != s.measure || !q.profile->applies(*r, q.options) ||
        !matches(r->incident_class, s.incident_class) || !matches(r->priority, s.priority))
      continue;
    if (r->reported_in.empty() || holds_for_report(q, *r, split)) return r;
  }
  return nullptr;
}

// One deadline per situation the tier's rules name, narrowed by the query.
std::vector<Deadline> deadlines(const DeadlineQuery& q) {
  std::vector<Deadline> out;
  std::vector<const ResponseRule*> chosen;
  for (const auto& candidate : q.tier->response) {
    if (!q.profile->applies(candidate, q.options) || (q.measure && candidate.measure != *q.measure) ||
        !matches(candidate.incident_class, q.incident_class) || !matches(candidate.priority, q.priority))
      continue;
    // A report whose class is not given gets the rules for any class, where
    // the tier has them; a rule naming a class answers only that class.
    if (q.incident_class.empty() && candidate.incident_class != "any" && has_any_class_rule(q, candidate.measure))
      continue;
    Situation s{candidate.measure, q.incident_class.empty() ? candidate.incident_class : q.incident_class,
                q.priority.empty() ? candidate.priority : q.priority};
    Explain split;
    const ResponseRule* holds = rule_for(q, s, split);
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

// How a local report time that the clocks skip or repeat was read.
Explanation reading_line(const DeadlineQuery& q) {
  const ReportReading& reading = *q.reading;
  const Zone& zone = *q.zone;
  // The time as read, with its offset, in the ISO form the request used.
  const std::string read_as = iso_local(q.reported, utc_offset_seconds(zone, q.reported));
  const std::initializer_list<std::string_view> args = {
      reading.text, zone.name, read_as};
  return {"disambiguation",
          reading.gap ? say({"{0} does not exist in {1}: read as {2}.",
                             "{0} gibt es in {1} nicht: gelesen als {2}.",
                             "{0} bestaat niet in {1}: gelezen als {2}.",
                             "{0} findes ikke i {1}: læst som {2}."},
                            args)
                      : say({"{0} occurs twice in {1}: read as {2}.",
                             "{0} kommt in {1} zweimal vor: gelesen als {2}.",
                             "{0} komt twee keer voor in {1}: gelezen als {2}.",
                             "{0} forekommer to gange i {1}: læst som {2}."},
                            args)};
}

// The tier names no rule for the query's measure (and priority).
Explanation no_rule_line(const DeadlineQuery& q) {
  // "reaction time" and its kin: one word in German, Dutch and Danish.
  using Measure = ResponseRule::Measure;
  std::string time = !q.measure ? say({"reaction or response", "Reaktions- oder Antwortzeit",
                                              "reactie- of responstijd", "reaktions- eller svartid"})
                     : *q.measure == Measure::reaction
                         ? say({"reaction", "Reaktionszeit", "reactietijd", "reaktionstid"})
                     : *q.measure == Measure::response ? say({"response", "Antwortzeit", "responstijd", "svartid"})
                                               : say({"resolution", "Lösungszeit", "oplostijd", "løsningstid"});
  return {"no-rule", q.priority.empty()
                         ? say({"{0} states no {1} time.", "{0} nennt keine {1}.", "{0} noemt geen {1}.",
                                "{0} angiver ingen {1}."},
                               {q.tier->name, time})
                         : say({"{0} states no {1} time for this priority.", "{0} nennt keine {1} für diese Priorität.",
                                "{0} noemt geen {1} voor deze prioriteit.", "{0} angiver ingen {1} for denne prioritet."},
                               {q.tier->name, time})};
}

// A report before the year from which the zone's current rule is exact.
Explanation validity_line(const Zone& zone) {
  return {"validity", say({"{0}'s current rule is exact from {1} on; earlier times use it projected backwards.",
                           "Die aktuelle Regel von {0} gilt exakt ab {1}; frühere Zeiten verwenden sie "
                           "rückwärts fortgeschrieben.",
                           "De huidige regel van {0} is exact vanaf {1}; eerdere tijden gebruiken die regel "
                           "terug in de tijd doorgetrokken.",
                           "Den nuværende regel for {0} er nøjagtig fra {1}; tidligere tidspunkter bruger den "
                           "fremskrevet bagud."},
                          {zone.name, std::to_string(zone.valid_from_year)})};
}

}  // namespace

DeadlineAnswer answer_deadlines(const DeadlineQuery& q) {
  DeadlineAnswer a;
  a.deadlines = deadlines(q);
  for (std::size_t i = 0; i < a.deadlines.size() && !a.unreachable; ++i)
    if (a.deadlines[i].unreachable) a.unreachable = i;
  for (const auto& o : q.profile->options)
    if (o.id != "monthBasis") {  // budgets, not deadlines
      OptionWords words = option_words(o);
      a.options.push_back({o.id, words.label, o.choices, o.default_choice, q.profile->choice_of(o.id, q.options),
                           o.cite.clause, words.note, words.choice_labels});
    }
  if (q.reading) a.explain.push_back(reading_line(q));
  if (a.deadlines.empty()) a.explain.push_back(no_rule_line(q));
  int year = static_cast<int>(date::year_month_day{date::floor<days>(q.reported)}.year());
  if (year < q.zone->valid_from_year) a.explain.push_back(validity_line(*q.zone));
  for (auto& note : holiday_calendar_notes(q.profile->holiday_calendar, year, year + 1, q.holiday_options))
    a.explain.push_back(note);
  return a;
}

bool impact_is_row(const PriorityMatrix& m) {
  std::string row_label = m.row_label;
  for (char& c : row_label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return row_label.find("impact") != std::string::npos;
}

const PriorityLevel& matrix_level(const Priorities& p, const std::string& row_id, const std::string& column_id) {
  const PriorityMatrix& m = *p.matrix;
  auto index = [](const std::vector<std::string>& ids, const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  return p.levels[static_cast<std::size_t>(m.cells[index(m.row_ids, row_id)][index(m.column_ids, column_id)])];
}

std::string skipped_day_name(const Deadline::SkippedDay& day) {
  // A holiday's names are data; a day the user closed is named here.
  return day.local_name.empty() && day.name == kCustomClosedDay
             ? say({"custom closed day", "eigener Schließtag", "eigen sluitingsdag", "egen lukkedag"})
             : day.name;
}

std::string zone_time_text(const Zone& z, sys_seconds t) {
  return short_local_text(to_local(z, t)) + " " + std::string(abbreviation(z, t));
}

}  // namespace slacalc
