#include "closed_days_json.hpp"

#include <map>
#include <string>

#include "holidays.hpp"
#include "ics.hpp"
#include "ics_read.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "request_calendar.hpp"
#include "request_profile.hpp"

namespace slacalc {
namespace {

using date::local_days;

struct CalendarOf {
  std::string calendar;
  std::string profile_name;  // "" for a calendar named directly
};

// "profile" (its holiday calendar) or "calendar", one of them.
Result<CalendarOf> read_calendar_of(const json& r) {
  const json* profile = find_field(r, "profile");
  if (profile && find_field(r, "calendar"))
    return Error{"conflict",
                 say({"give either \"profile\" or \"calendar\", not both",
                      "geben Sie entweder \"profile\" oder \"calendar\" an, nicht beides",
                      "geef \"profile\" of \"calendar\", niet beide", "angiv enten \"profile\" eller \"calendar\", ikke begge"}),
                 "/calendar"};
  if (!profile) {
    auto code = read_calendar_code(r);
    if (!code.ok()) return code.error();
    return CalendarOf{code.value(), ""};
  }
  auto p = resolve_profile(*profile, "/profile");
  if (!p.ok()) return p.error();
  return CalendarOf{p.value()->holiday_calendar, p.value()->vendor + " " + p.value()->product};
}

// The optional "from" and "to" years, both or neither.
std::optional<Error> read_year_range(const json& r, IcsReadOptions& options) {
  const json* from = find_field(r, "from");
  const json* to = find_field(r, "to");
  if (!from && !to) return std::nullopt;
  if (!from || !to)
    return missing_field(from ? "/to" : "/from",
                         say({"\"from\" and \"to\", the first and last year, both", "\"from\" und \"to\", das erste und letzte Jahr, beide",
                              "\"from\" en \"to\", het eerste en laatste jaar, beide", "\"from\" og \"to\", det første og sidste år, begge"}));
  auto first = read_integer(*from, "/from", kFirstHolidayYear, kLastHolidayYear);
  if (!first.ok()) return first.error();
  auto last = read_integer(*to, "/to", kFirstHolidayYear, kLastHolidayYear);
  if (!last.ok()) return last.error();
  if (auto e = check_year_span(first.value(), last.value(), kLastHolidayYear - kFirstHolidayYear + 1)) return e;
  options.from = static_cast<int>(first.value());
  options.to = static_cast<int>(last.value());
  return std::nullopt;
}

// The years days were listed for: those asked, else all a calendar reaches.
std::string years_text(const IcsReadOptions& o) {
  int from = o.from.value_or(kFirstHolidayYear), to = o.to.value_or(kLastHolidayYear);
  return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

Explain ics_reading_explain(const IcsReading& reading, const IcsReadOptions& o) {
  Explain explain;
  std::string events = std::to_string(reading.events), yearly = std::to_string(reading.yearly),
              days = std::to_string(reading.days.size());
  explain.push_back({"read", say({"All-day events read: {0} (every year: {1}); closed days: {2}.",
                                  "Ganztägige Termine gelesen: {0} (jährlich: {1}); Schließtage: {2}.",
                                  "Afspraken voor de hele dag gelezen: {0} (jaarlijks: {1}); sluitingsdagen: {2}.",
                                  "Heldagsbegivenheder læst: {0} (årlige: {1}); lukkedage: {2}."},
                                 {events, yearly, days})});
  if (o.from)
    explain.push_back({"years", say({"Days of {0} only: yearly events are listed for these years.",
                                     "Nur Tage in {0}: jährliche Termine werden für diese Jahre aufgeführt.",
                                     "Alleen dagen in {0}: jaarlijkse afspraken worden voor deze jaren opgesomd.",
                                     "Kun dage i {0}: årlige begivenheder opføres for disse år."},
                                    {years_text(o)})});
  if (reading.outside)
    explain.push_back({"outside", say({"Days of single events outside {1}, left out: {0}.",
                                       "Tage einzelner Termine außerhalb von {1}, weggelassen: {0}.",
                                       "Dagen van losse afspraken buiten {1}, weggelaten: {0}.",
                                       "Dage af enkelte begivenheder uden for {1}, udeladt: {0}."},
                                      {std::to_string(reading.outside), years_text(o)})});
  if (reading.cancelled)
    explain.push_back({"cancelled", say({"Cancelled events (STATUS:CANCELLED), which close nothing: {0}.",
                                         "Abgesagte Termine (STATUS:CANCELLED), die nichts schließen: {0}.",
                                         "Geannuleerde afspraken (STATUS:CANCELLED), die niets sluiten: {0}.",
                                         "Aflyste begivenheder (STATUS:CANCELLED), som intet lukker: {0}."},
                                        {std::to_string(reading.cancelled)})});
  if (!reading.timed_lines.empty()) {
    std::string lines;
    for (int l : reading.timed_lines) lines += (lines.empty() ? "" : ", ") + std::to_string(l);
    explain.push_back({"timed", say({"Events with a time of day are skipped (timedEvents: skip), lines {0}: only whole days close a window.",
                                     "Termine mit Uhrzeit werden übersprungen (timedEvents: skip), Zeilen {0}: nur ganze Tage schließen ein Fenster.",
                                     "Afspraken met een tijdstip worden overgeslagen (timedEvents: skip), regels {0}: alleen hele dagen sluiten een venster.",
                                     "Begivenheder med klokkeslæt springes over (timedEvents: skip), linje {0}: kun hele dage lukker et vindue."},
                                    {lines})});
  }
  if (reading.other_components)
    explain.push_back({"other", say({"Tasks, journal entries or free/busy blocks, which are not events and were not read: {0}.",
                                     "Aufgaben, Journaleinträge oder Frei/Gebucht-Blöcke, die keine Termine sind und nicht gelesen wurden: {0}.",
                                     "Taken, journaalitems of vrij/bezet-blokken, die geen afspraken zijn en niet gelezen zijn: {0}.",
                                     "Opgaver, journalnotater eller ledig/optaget-blokke, som ikke er begivenheder og ikke blev læst: {0}."},
                                    {std::to_string(reading.other_components)})});
  return explain;
}

}  // namespace

namespace {

Result<json> closed_days_ics(const json& r, const Result<CalendarOf>& of) {
  if (!of.ok()) return of.error();
  const std::string& calendar = of.value().calendar;
  const json* year_field = find_field(r, "year");
  if (!year_field) return missing_field("/year", say({"\"year\"", "\"year\"", "\"year\"", "\"year\""}));
  auto year = read_integer(*year_field, "/year", kFirstHolidayYear, kLastHolidayYear);
  if (!year.ok()) return year.error();
  auto options = read_holiday_options(find_field(r, "holidayOptions"), calendar, "/holidayOptions");
  if (!options.ok()) return options.error();
  auto extra = read_closed_days(find_field(r, "closedDays"), "/closedDays");
  if (!extra.ok()) return extra.error();
  int y = static_cast<int>(year.value());

  // One event a day: a public holiday by its name, else a closed day of the
  // request's own (a closed day outside the year is not this year's).
  std::map<local_days, std::pair<IcsEvent, const char*>> days;
  for (const Holiday& h : holidays_in_year(calendar, y, options.value())) {
    local_days day{h.day};
    days[day] = {IcsEvent{ics_date(day) + "-" + h.id + "-" + calendar + "@slacalc", day, h.local_name,
                          say({"Public holiday ({0}, {1}): windows that close on public holidays are closed.",
                               "Feiertag ({0}, {1}): Fenster, die an Feiertagen schließen, sind geschlossen.",
                               "Feestdag ({0}, {1}): vensters die op feestdagen sluiten, zijn dicht.",
                               "Helligdag ({0}, {1}): vinduer, der lukker på helligdage, er lukkede."},
                              {h.name, calendar})},
                 "holiday"};
  }
  int own = 0;
  for (local_days day : extra.value()) {
    if (date::year_month_day{day}.year() != date::year{y} || days.count(day)) continue;
    ++own;
    days[day] = {IcsEvent{ics_date(day) + "-closed@slacalc", day,
                          say({"Closed", "Geschlossen", "Gesloten", "Lukket"}),
                          say({"A closed day of your own: windows that close on public holidays are closed.",
                               "Ein eigener Schließtag: Fenster, die an Feiertagen schließen, sind geschlossen.",
                               "Een eigen sluitingsdag: vensters die op feestdagen sluiten, zijn dicht.",
                               "En egen lukkedag: vinduer, der lukker på helligdage, er lukkede."})},
                 "closedDay"};
  }
  std::vector<IcsEvent> events;
  json list = json::array();
  for (auto& [day, entry] : days) {
    list.push_back(object({{"date", iso_date(day)}, {"name", entry.first.summary}, {"kind", entry.second}}));
    events.push_back(std::move(entry.first));
  }
  Explain explain = holiday_calendar_notes(calendar, y, y, options.value());
  explain.insert(explain.begin(),
                 {"days", say({"In {3}: public holidays of {1}: {0}; closed days of your own: {2}; each an all-day event.",
                               "In {3}: Feiertage von {1}: {0}; eigene Schließtage: {2}; jeder ein ganztägiger Termin.",
                               "In {3}: feestdagen van {1}: {0}; eigen sluitingsdagen: {2}; elk een afspraak voor de hele dag.",
                               "I {3}: helligdage i {1}: {0}; egne lukkedage: {2}; hver en heldagsbegivenhed."},
                              {std::to_string(days.size() - own), calendar, std::to_string(own), std::to_string(y)})});
  if (!of.value().profile_name.empty())
    explain.push_back({"windows", say({"{0}: only its windows that close on public holidays close on these days; a window "
                                       "open on holidays runs through them.",
                                       "{0}: an diesen Tagen schließen nur seine Fenster, die an Feiertagen schließen; ein "
                                       "an Feiertagen offenes Fenster läuft durch.",
                                       "{0}: op deze dagen sluiten alleen de vensters die op feestdagen sluiten; een venster "
                                       "dat op feestdagen open is, loopt door.",
                                       "{0}: på disse dage lukker kun vinduer, der lukker på helligdage; et vindue, der er "
                                       "åbent på helligdage, løber videre."},
                                      {of.value().profile_name})});
  return object({{"calendar", calendar},
                  {"year", y},
                  {"days", std::move(list)},
                  {"ics", ics_calendar(events, local_days{date::year{y} / 1 / 1}, "closed days")},
                  {"explain", explain_json(explain)}});
}

}  // namespace

Result<json> closed_days_ics_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "calendar", "year", "closedDays", "holidayOptions"})) return *e;
  return closed_days_ics(r, read_calendar_of(r));
}

Result<json> plain_closed_days_ics_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"calendar", "year", "closedDays", "holidayOptions"})) return *e;
  auto code = read_calendar_code(r);
  if (!code.ok()) return code.error();
  return closed_days_ics(r, CalendarOf{code.value(), ""});
}

Result<json> parse_closed_days_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"ics", "from", "to", "timedEvents"})) return *e;
  const json* text = find_field(r, "ics");
  if (!text) return missing_field("/ics", say({"\"ics\", the text of an iCalendar file", "\"ics\", der Text einer iCalendar-Datei",
                                               "\"ics\", de tekst van een iCalendar-bestand", "\"ics\", teksten i en iCalendar-fil"}));
  auto ics = read_string(*text, "/ics");
  if (!ics.ok()) return ics.error();
  IcsReadOptions options;
  if (auto e = read_year_range(r, options)) return *e;
  if (const json* timed = find_field(r, "timedEvents")) {
    auto choice = read_choice(*timed, "/timedEvents", {"refuse", "skip"});
    if (!choice.ok()) return choice.error();
    options.skip_timed = choice.value() == 1;
  }
  auto reading = read_ics_closed_days(ics.value(), options);
  if (!reading.ok()) return reading.error();
  json dates = json::array(), days = json::array(), timed = json::array();
  for (const IcsClosedDay& d : reading.value().days) {
    dates.push_back(iso_date(d.day));
    days.push_back(object({{"date", iso_date(d.day)}, {"name", d.name}, {"line", d.line}}));
  }
  for (int line : reading.value().timed_lines) timed.push_back(line);
  return object({{"closedDays", std::move(dates)},
                 {"days", std::move(days)},
                 {"events", reading.value().events},
                 {"yearly", reading.value().yearly},
                 {"cancelled", reading.value().cancelled},
                 {"outside", reading.value().outside},
                 {"timedSkipped", std::move(timed)},
                 {"explain", explain_json(ics_reading_explain(reading.value(), options))}});
}

}  // namespace slacalc
