#include "ics_read.hpp"

#include <algorithm>
#include <map>

#include "holidays.hpp"
#include "ics_rule.hpp"
#include "lang.hpp"
#include "request_calendar.hpp"

namespace slacalc {
namespace {

using date::local_days;

// One content line after unfolding (RFC 5545 §3.1): NAME;PARAM=v:value.
struct ContentLine {
  int line = 0;  // where it begins in the file
  std::string name;
  std::vector<std::pair<std::string, std::string>> params;
  std::string value;

  std::string param(std::string_view key) const {
    for (const auto& p : params)
      if (p.first == key) return p.second;
    return "";
  }
};

// A VEVENT as written, before it is expanded into days.
struct Event {
  int line = 0;
  std::string uid, summary;
  const ContentLine* start = nullptr;
  const ContentLine* end = nullptr;
  const ContentLine* duration = nullptr;
  const ContentLine* rule = nullptr;
  const ContentLine* recurrence_id = nullptr;
  std::vector<const ContentLine*> exdates, rdates;
  bool cancelled = false;
};

Error at_line(std::string_view code, int line, const std::string& what) {
  Error e{code, say({"line {0}: {1}", "Zeile {0}: {1}", "regel {0}: {1}", "linje {0}: {1}"}, {std::to_string(line), what}),
          "/ics"};
  e.details = "\"line\":" + std::to_string(line);
  return e;
}

Error malformed(int line, const std::string& what) { return at_line("invalid_format", line, what); }

// §3.3.11: \\ \; \, \n \N in TEXT.
std::string unescaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char next = text[++i];
    out += next == 'n' || next == 'N' ? ' ' : next;
  }
  return out;
}

// §3.1: a line beginning with a space or tab continues the one before.
Result<std::vector<ContentLine>> content_lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::pair<int, std::string>> unfolded;
  int number = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t eol = text.find('\n', at);
    std::string_view line = text.substr(at, eol == std::string_view::npos ? std::string_view::npos : eol - at);
    at = eol == std::string_view::npos ? text.size() : eol + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !unfolded.empty())
      unfolded.back().second += line.substr(1);
    else if (!line.empty())
      unfolded.emplace_back(number, std::string(line));
  }
  std::vector<ContentLine> lines;
  for (auto& [line, raw] : unfolded) {
    ContentLine c{line, "", {}, ""};
    std::size_t i = 0;
    while (i < raw.size() && raw[i] != ';' && raw[i] != ':') ++i;
    c.name = ascii_upper(raw.substr(0, i));
    bool name_ok = !c.name.empty();
    for (char ch : c.name) name_ok = name_ok && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-');
    while (name_ok && i < raw.size() && raw[i] == ';') {
      std::size_t eq = raw.find('=', i);
      if (eq == std::string::npos) break;
      std::string key = ascii_upper(raw.substr(i + 1, eq - i - 1)), value;
      i = eq + 1;
      for (bool quoted = false; i < raw.size() && (quoted || (raw[i] != ';' && raw[i] != ':')); ++i) {
        if (raw[i] == '"') quoted = !quoted;
        else value += raw[i];
      }
      c.params.emplace_back(key, value);
    }
    if (!name_ok || i >= raw.size() || raw[i] != ':')
      return malformed(line, say({"\"{0}\" is not an iCalendar line NAME:value (RFC 5545 §3.1)",
                                  "\"{0}\" ist keine iCalendar-Zeile NAME:Wert (RFC 5545 §3.1)",
                                  "\"{0}\" is geen iCalendar-regel NAAM:waarde (RFC 5545 §3.1)",
                                  "\"{0}\" er ikke en iCalendar-linje NAVN:værdi (RFC 5545 §3.1)"},
                                 {raw.substr(0, 40)}));
    c.value = raw.substr(i + 1);
    lines.push_back(std::move(c));
  }
  return lines;
}

bool has_time(const ContentLine& c) {
  return ascii_upper(c.param("VALUE")) == "DATE-TIME" || c.value.find_first_of("Tt") != std::string::npos;
}

Result<local_days> day_of(const ContentLine& c) {
  auto day = read_ics_date(c.value);
  if (!day || ascii_upper(c.param("VALUE")) == "PERIOD")
    return malformed(c.line, say({"{0} \"{1}\" is not a day YYYYMMDD", "{0} \"{1}\" ist kein Tag JJJJMMTT",
                                  "{0} \"{1}\" is geen dag JJJJMMDD", "{0} \"{1}\" er ikke en dag ÅÅÅÅMMDD"},
                                 {c.name, c.value.substr(0, 40)}));
  return *day;
}

std::string event_name(const Event& e) {
  return e.summary.empty() ? say({"(no title)", "(ohne Titel)", "(zonder titel)", "(uden titel)"}) : e.summary;
}

// §3.3.6: the days of an all-day event's DURATION, "P2D" or "P1W".
std::optional<int> duration_days(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.size() < 3 || text.front() != 'P' || (text.back() != 'D' && text.back() != 'W')) return std::nullopt;
  int n = 0;
  for (char c : text.substr(1, text.size() - 2)) {
    if (c < '0' || c > '9' || n > 10000) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return text.back() == 'W' ? n * 7 : n;
}

// How many days one occurrence of the event closes (DTEND is exclusive).
Result<int> length_in_days(const Event& e, local_days start) {
  if (e.end && e.duration)
    return malformed(e.duration->line, say({"an event has DTEND or DURATION, not both (RFC 5545 §3.6.1)",
                                            "ein Termin hat DTEND oder DURATION, nicht beides (RFC 5545 §3.6.1)",
                                            "een afspraak heeft DTEND of DURATION, niet beide (RFC 5545 §3.6.1)",
                                            "en begivenhed har DTEND eller DURATION, ikke begge (RFC 5545 §3.6.1)"}));
  int days = 1;
  if (e.end) {
    if (has_time(*e.end))
      return malformed(e.end->line, say({"DTEND has a time of day but DTSTART is a day; both must be days",
                                         "DTEND hat eine Uhrzeit, DTSTART aber ist ein Tag; beide müssen Tage sein",
                                         "DTEND heeft een tijdstip maar DTSTART is een dag; beide moeten dagen zijn",
                                         "DTEND har et klokkeslæt, men DTSTART er en dag; begge skal være dage"}));
    auto end = day_of(*e.end);
    if (!end.ok()) return end.error();
    days = (end.value() - start).count();
    if (days < 1)
      return at_line("inverted_range", e.end->line,
                     say({"the event ends before it begins", "der Termin endet, bevor er beginnt",
                          "de afspraak eindigt voordat hij begint", "begivenheden slutter, før den begynder"}));
  }
  if (e.duration) {
    auto n = duration_days(e.duration->value);
    if (!n || *n < 1)
      return malformed(e.duration->line, say({"DURATION of an all-day event is whole days or weeks (P1D, P2W)",
                                              "DURATION eines ganztägigen Termins sind ganze Tage oder Wochen (P1D, P2W)",
                                              "DURATION van een afspraak voor de hele dag is hele dagen of weken (P1D, P2W)",
                                              "DURATION for en heldagsbegivenhed er hele dage eller uger (P1D, P2W)"}));
    days = *n;
  }
  if (days > 366)
    return at_line("out_of_range", e.start->line,
                   say({"an event closing more than a year at once is not a closed day",
                        "ein Termin, der mehr als ein Jahr am Stück schließt, ist kein Schließtag",
                        "een afspraak die meer dan een jaar aaneen sluit, is geen sluitingsdag",
                        "en begivenhed, der lukker mere end et år i træk, er ikke en lukkedag"}));
  return days;
}

// A date list (EXDATE, RDATE): "20261224,20261231".
Result<std::vector<local_days>> day_list(const ContentLine& c, bool with_time) {
  std::vector<local_days> days;
  std::string_view rest = c.value;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    auto day = read_ics_date(rest.substr(0, comma), with_time);
    if (!day) {
      ContentLine one = c;
      one.value = std::string(rest.substr(0, comma));
      return day_of(one).error();
    }
    days.push_back(*day);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return days;
}

class IcsReader {
 public:
  explicit IcsReader(const IcsReadOptions& o) : options_(o) {}

  Result<IcsReading> read(std::string_view text) {
    auto lines = content_lines(text);
    if (!lines.ok()) return lines.error();
    lines_ = std::move(lines.value());
    if (auto e = collect_events()) return *e;
    for (const Event& e : events_)
      if (e.recurrence_id && !e.uid.empty()) {
        if (ascii_upper(e.recurrence_id->param("RANGE")) == "THISANDFUTURE")
          return at_line("unsupported_rule", e.recurrence_id->line,
                         say({"RECURRENCE-ID with RANGE=THISANDFUTURE changes a series from a day on; it is not read",
                              "RECURRENCE-ID mit RANGE=THISANDFUTURE ändert eine Serie ab einem Tag; das wird nicht gelesen",
                              "RECURRENCE-ID met RANGE=THISANDFUTURE wijzigt een reeks vanaf een dag; dat wordt niet gelezen",
                              "RECURRENCE-ID med RANGE=THISANDFUTURE ændrer en serie fra en dag; det læses ikke"}));
        auto day = read_ics_date(e.recurrence_id->value, true);
        if (!day) return day_of(*e.recurrence_id).error();
        changed_[e.uid].push_back(*day);
      }
    for (const Event& e : events_)
      if (auto error = expand(e)) return *error;
    return finish();
  }

 private:
  std::optional<Error> collect_events() {
    if (lines_.empty() || lines_.front().name != "BEGIN" || ascii_upper(lines_.front().value) != "VCALENDAR")
      return malformed(lines_.empty() ? 1 : lines_.front().line,
                       say({"not an iCalendar file: it does not begin with BEGIN:VCALENDAR",
                            "keine iCalendar-Datei: sie beginnt nicht mit BEGIN:VCALENDAR",
                            "geen iCalendar-bestand: het begint niet met BEGIN:VCALENDAR",
                            "ikke en iCalendar-fil: den begynder ikke med BEGIN:VCALENDAR"}));
    std::vector<std::pair<std::string, int>> open;  // components, innermost last
    for (const ContentLine& c : lines_) {
      if (c.name == "BEGIN") {
        open.emplace_back(ascii_upper(c.value), c.line);
        if (open.back().first == "VEVENT" && open.size() == 2) {
          events_.emplace_back();
          events_.back().line = c.line;
        }
        if (open.size() == 2 && (open.back().first == "VTODO" || open.back().first == "VJOURNAL" ||
                                 open.back().first == "VFREEBUSY"))
          ++reading_.other_components;
      } else if (c.name == "END") {
        if (open.empty() || open.back().first != ascii_upper(c.value))
          return malformed(c.line, open.empty()
                                       ? say({"END:{0} without its BEGIN", "END:{0} ohne sein BEGIN", "END:{0} zonder BEGIN",
                                              "END:{0} uden sit BEGIN"},
                                             {c.value})
                                       : say({"END:{0} where BEGIN:{1} of line {2} is still open",
                                              "END:{0}, wo BEGIN:{1} aus Zeile {2} noch offen ist",
                                              "END:{0} terwijl BEGIN:{1} van regel {2} nog open is",
                                              "END:{0}, hvor BEGIN:{1} fra linje {2} stadig er åben"},
                                             {c.value, open.back().first, std::to_string(open.back().second)}));
        open.pop_back();
      } else if (open.size() == 2 && open.back().first == "VEVENT") {
        take_property(events_.back(), c);
      }
    }
    if (!open.empty())
      return malformed(open.back().second,
                       say({"BEGIN:{0} is never closed (is the file cut short?)",
                            "BEGIN:{0} wird nie geschlossen (ist die Datei abgeschnitten?)",
                            "BEGIN:{0} wordt nooit gesloten (is het bestand afgekapt?)",
                            "BEGIN:{0} lukkes aldrig (er filen afkortet?)"},
                           {open.back().first}));
    return std::nullopt;
  }

  static void take_property(Event& e, const ContentLine& c) {
    if (c.name == "DTSTART") e.start = &c;
    else if (c.name == "DTEND") e.end = &c;
    else if (c.name == "DURATION") e.duration = &c;
    else if (c.name == "RRULE") e.rule = e.rule ? e.rule : &c;
    else if (c.name == "RECURRENCE-ID") e.recurrence_id = &c;
    else if (c.name == "EXDATE") e.exdates.push_back(&c);
    else if (c.name == "RDATE") e.rdates.push_back(&c);
    else if (c.name == "UID") e.uid = c.value;
    else if (c.name == "SUMMARY") e.summary = unescaped(c.value);
    else if (c.name == "STATUS") e.cancelled = ascii_upper(c.value) == "CANCELLED";
  }

  std::optional<Error> expand(const Event& e) {
    if (!e.start)
      return malformed(e.line, say({"an event without DTSTART", "ein Termin ohne DTSTART", "een afspraak zonder DTSTART",
                                    "en begivenhed uden DTSTART"}));
    if (e.cancelled) {
      ++reading_.cancelled;
      return std::nullopt;
    }
    if (has_time(*e.start)) {
      if (options_.skip_timed) {
        reading_.timed_lines.push_back(e.start->line);
        return std::nullopt;
      }
      return at_line("timed_event", e.start->line,
                     say({"the event \"{0}\" has a time of day (DTSTART:{1}); only all-day events "
                          "(DTSTART;VALUE=DATE:YYYYMMDD) can be closed days",
                          "der Termin \"{0}\" hat eine Uhrzeit (DTSTART:{1}); nur ganztägige Termine "
                          "(DTSTART;VALUE=DATE:JJJJMMTT) können Schließtage sein",
                          "de afspraak \"{0}\" heeft een tijdstip (DTSTART:{1}); alleen afspraken voor de hele dag "
                          "(DTSTART;VALUE=DATE:JJJJMMDD) kunnen sluitingsdagen zijn",
                          "begivenheden \"{0}\" har et klokkeslæt (DTSTART:{1}); kun heldagsbegivenheder "
                          "(DTSTART;VALUE=DATE:ÅÅÅÅMMDD) kan være lukkedage"},
                         {event_name(e), e.start->value}));
    }
    auto start = day_of(*e.start);
    if (!start.ok()) return start.error();
    auto length = length_in_days(e, start.value());
    if (!length.ok()) return length.error();
    ++reading_.events;

    std::vector<local_days> starts{start.value()};
    if (e.rule) {
      auto more = rule_days(e, start.value());
      if (!more.ok()) return more.error();
      starts.insert(starts.end(), more.value().begin(), more.value().end());
      ++reading_.yearly;
    }
    for (const ContentLine* r : e.rdates) {
      if (ascii_upper(r->param("VALUE")) == "PERIOD" || has_time(*r))
        return at_line("unsupported_rule", r->line,
                       say({"RDATE of an all-day event lists days (VALUE=DATE), not times or periods",
                            "RDATE eines ganztägigen Termins nennt Tage (VALUE=DATE), keine Zeiten oder Zeiträume",
                            "RDATE van een afspraak voor de hele dag noemt dagen (VALUE=DATE), geen tijden of perioden",
                            "RDATE for en heldagsbegivenhed angiver dage (VALUE=DATE), ikke tider eller perioder"}));
      auto days = day_list(*r, false);
      if (!days.ok()) return days.error();
      starts.insert(starts.end(), days.value().begin(), days.value().end());
    }
    std::vector<local_days> removed = e.recurrence_id ? std::vector<local_days>{} : changed_[e.uid];
    for (const ContentLine* x : e.exdates) {
      auto days = day_list(*x, true);
      if (!days.ok()) return days.error();
      removed.insert(removed.end(), days.value().begin(), days.value().end());
    }
    for (local_days first : starts) {
      if (std::find(removed.begin(), removed.end(), first) != removed.end()) continue;
      for (int i = 0; i < length.value(); ++i)
        if (auto error = close(first + date::days{i}, e, !e.rule)) return error;
    }
    return std::nullopt;
  }

  // The later starts of a yearly event, up to its COUNT or UNTIL and no
  // further than the last year asked for.
  Result<std::vector<local_days>> rule_days(const Event& e, local_days start) {
    YearlyRule rule;
    if (auto problem = read_yearly_rule(e.rule->value, rule))
      return at_line(problem->refused ? "unsupported_rule" : "invalid_format", e.rule->line, problem->message);
    if (!rule.count && !rule.until && !options_.to)
      return Error{"missing_field",
                   say({"\"from\" and \"to\": the event \"{0}\" of line {1} repeats every year without end; give "
                        "the years to list its days for",
                        "\"from\" und \"to\": der Termin \"{0}\" aus Zeile {1} wiederholt sich jedes Jahr ohne Ende; "
                        "geben Sie die Jahre an, für die seine Tage gelten",
                        "\"from\" en \"to\": de afspraak \"{0}\" van regel {1} herhaalt elk jaar zonder einde; geef "
                        "de jaren waarvoor de dagen gelden",
                        "\"from\" og \"to\": begivenheden \"{0}\" fra linje {1} gentages hvert år uden ende; angiv de "
                        "år, dens dage gælder for"},
                       {event_name(e), std::to_string(e.line)}),
                   "/from"};
    date::year_month_day first{start};
    auto first_year = yearly_rule_days(rule, first, static_cast<int>(first.year()));
    if (std::find(first_year.begin(), first_year.end(), start) == first_year.end())
      return at_line("unsupported_rule", e.rule->line,
                     say({"DTSTART {0} is not a day its rule gives, a series RFC 5545 §3.3.10 leaves undefined; start "
                          "the event on the rule's first day",
                          "DTSTART {0} ist kein Tag, den seine Regel ergibt, eine Serie, die RFC 5545 §3.3.10 offen "
                          "lässt; beginnen Sie den Termin am ersten Tag der Regel",
                          "DTSTART {0} is geen dag die de regel geeft, een reeks die RFC 5545 §3.3.10 ongedefinieerd "
                          "laat; laat de afspraak op de eerste dag van de regel beginnen",
                          "DTSTART {0} er ikke en dag, reglen giver, en serie, som RFC 5545 §3.3.10 lader udefineret; "
                          "begynd begivenheden på reglens første dag"},
                         {e.start->value}));
    if (rule.until && *rule.until < start)
      return at_line("inverted_range", e.rule->line,
                     say({"the rule ends (UNTIL) before the event begins (DTSTART)",
                          "die Regel endet (UNTIL), bevor der Termin beginnt (DTSTART)",
                          "de regel eindigt (UNTIL) voordat de afspraak begint (DTSTART)",
                          "reglen slutter (UNTIL), før begivenheden begynder (DTSTART)"}));
    int last_year = std::min(options_.to.value_or(kLastHolidayYear), kLastHolidayYear);
    std::vector<local_days> days;
    int occurrences = 1;  // §3.3.10: DTSTART is the first occurrence and counts for COUNT
    // A wide count of years: INTERVAL may be as large as an int holds.
    for (long long year = static_cast<int>(first.year()); year <= last_year; year += rule.interval)
      for (local_days day : yearly_rule_days(rule, first, static_cast<int>(year))) {
        if (day <= start) continue;
        if ((rule.until && day > *rule.until) || (rule.count && occurrences >= *rule.count)) return days;
        days.push_back(day);
        ++occurrences;
      }
    return days;
  }

  std::optional<Error> close(local_days day, const Event& e, bool one_off) {
    int year = static_cast<int>(date::year_month_day{day}.year());
    if (year < std::max(options_.from.value_or(kFirstHolidayYear), kFirstHolidayYear) ||
        year > std::min(options_.to.value_or(kLastHolidayYear), kLastHolidayYear)) {
      reading_.outside += one_off ? 1 : 0;
      return std::nullopt;
    }
    auto [it, added] = days_.try_emplace(day, IcsClosedDay{day, event_name(e), e.line});
    if (!added && (" / " + it->second.name + " / ").find(" / " + event_name(e) + " / ") == std::string::npos)
      it->second.name += " / " + event_name(e);
    if (days_.size() > kMaxClosedDays)
      return Error{"out_of_range",
                   say({"the file closes more than {0} days, the most a request takes; give fewer years with "
                        "\"from\" and \"to\"",
                        "die Datei schließt mehr als {0} Tage, mehr als eine Anfrage nimmt; geben Sie mit \"from\" "
                        "und \"to\" weniger Jahre an",
                        "het bestand sluit meer dan {0} dagen, meer dan een verzoek aanneemt; geef met \"from\" en "
                        "\"to\" minder jaren",
                        "filen lukker mere end {0} dage, flere end en forespørgsel tager; angiv færre år med \"from\" "
                        "og \"to\""},
                       {std::to_string(kMaxClosedDays)}),
                   "/ics"};
    return std::nullopt;
  }

  IcsReading finish() {
    for (auto& [day, closed] : days_) reading_.days.push_back(std::move(closed));
    return std::move(reading_);
  }

  const IcsReadOptions& options_;
  std::vector<ContentLine> lines_;
  std::vector<Event> events_;
  std::map<std::string, std::vector<local_days>> changed_;  // by UID: occurrences moved by RECURRENCE-ID
  std::map<local_days, IcsClosedDay> days_;
  IcsReading reading_;
};

}  // namespace

Result<IcsReading> read_ics_closed_days(std::string_view text, const IcsReadOptions& options) {
  return IcsReader(options).read(text);
}

}  // namespace slacalc
