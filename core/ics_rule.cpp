#include "ics_rule.hpp"

#include <algorithm>
#include <charconv>

#include "lang.hpp"

namespace slacalc {
namespace {

using date::local_days;

std::optional<int> read_int(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return n;
}

std::vector<std::string_view> split(std::string_view text, char by) {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    std::size_t next = text.find(by, at);
    parts.push_back(text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return parts;
    at = next + 1;
  }
}

RuleProblem malformed(std::string_view part) {
  return {false, say({"the rule part \"{0}\" is not valid iCalendar (RFC 5545 §3.3.10)",
                      "der Regelteil \"{0}\" ist kein gültiges iCalendar (RFC 5545 §3.3.10)",
                      "het regeldeel \"{0}\" is geen geldige iCalendar (RFC 5545 §3.3.10)",
                      "regeldelen \"{0}\" er ikke gyldig iCalendar (RFC 5545 §3.3.10)"},
                     {part})};
}

// "MO", "2TU", "-1FR".
std::optional<YearlyRule::Weekday> read_weekday(std::string_view text) {
  static constexpr const char* kDays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  if (text.size() < 2) return std::nullopt;
  std::string day = ascii_upper(text.substr(text.size() - 2));
  for (unsigned i = 0; i < 7; ++i) {
    if (day != kDays[i]) continue;
    std::string_view nth = text.substr(0, text.size() - 2);
    if (nth.empty()) return YearlyRule::Weekday{date::weekday{i}, 0};
    auto n = read_int(nth);
    if (!n || *n == 0 || *n < -53 || *n > 53) return std::nullopt;
    return YearlyRule::Weekday{date::weekday{i}, *n};
  }
  return std::nullopt;
}

std::optional<RuleProblem> read_list(std::string_view part, std::string_view values, int low, int high, bool negative,
                                     std::vector<int>& out) {
  for (std::string_view v : split(values, ',')) {
    auto n = read_int(v);
    if (!n || *n < -high || *n > high || (*n < 0 && !negative) || (*n > -low && *n < low)) return malformed(part);
    out.push_back(*n);
  }
  return std::nullopt;
}

// Whether `day` is the rule's weekday `w`, counted within its month (BYMONTH
// given) or its year, as §3.3.10 says of BYDAY with FREQ=YEARLY.
bool matches(const YearlyRule::Weekday& w, local_days day, bool within_month) {
  if (date::weekday{day} != w.day) return false;
  if (w.nth == 0) return true;
  date::year_month_day ymd{day};
  local_days first = within_month ? local_days{ymd.year() / ymd.month() / 1} : local_days{ymd.year() / 1 / 1};
  local_days last = within_month ? local_days{ymd.year() / ymd.month() / date::last}
                                 : local_days{ymd.year() / 12 / 31};
  int nth = w.nth > 0 ? (day - first).count() / 7 + 1 : -((last - day).count() / 7 + 1);
  return nth == w.nth;
}

bool matches_month_day(const std::vector<int>& month_days, date::year_month_day ymd) {
  if (month_days.empty()) return true;
  int day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  int length = static_cast<int>(static_cast<unsigned>(date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}}.day()));
  for (int d : month_days)
    if (d == day || length + 1 + d == day) return true;
  return false;
}

}  // namespace

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::optional<local_days> read_ics_date(std::string_view value, bool with_time) {
  if (with_time && value.size() > 8 && (value[8] == 'T' || value[8] == 't')) value = value.substr(0, 8);
  if (value.size() != 8) return std::nullopt;
  for (char c : value)
    if (c < '0' || c > '9') return std::nullopt;
  auto y = read_int(value.substr(0, 4)), m = read_int(value.substr(4, 2)), d = read_int(value.substr(6, 2));
  date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)}, date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return local_days{ymd};
}

std::optional<RuleProblem> read_yearly_rule(std::string_view value, YearlyRule& rule) {
  bool has_freq = false;
  for (std::string_view part : split(value, ';')) {
    std::size_t eq = part.find('=');
    if (eq == std::string_view::npos) return malformed(part);
    std::string name = ascii_upper(part.substr(0, eq));
    std::string_view v = part.substr(eq + 1);
    if (name == "FREQ") {
      std::string freq = ascii_upper(v);
      if (freq != "YEARLY")
        return RuleProblem{true, say({"FREQ={0} repeats more often than once a year: a day closed every week or month "
                                      "is a change of the opening hours (the window), not a closed day; only "
                                      "FREQ=YEARLY is read",
                                      "FREQ={0} wiederholt sich öfter als jährlich: ein jede Woche oder jeden Monat "
                                      "geschlossener Tag ist eine Änderung der Öffnungszeiten (des Fensters), kein "
                                      "Schließtag; gelesen wird nur FREQ=YEARLY",
                                      "FREQ={0} herhaalt vaker dan jaarlijks: een dag die elke week of maand dicht "
                                      "is, is een wijziging van de openingstijden (het venster), geen sluitingsdag; "
                                      "alleen FREQ=YEARLY wordt gelezen",
                                      "FREQ={0} gentages oftere end årligt: en dag, der er lukket hver uge eller "
                                      "måned, er en ændring af åbningstiderne (vinduet), ikke en lukkedag; kun "
                                      "FREQ=YEARLY læses"},
                                     {freq})};
      has_freq = true;
    } else if (name == "INTERVAL") {
      auto n = read_int(v);
      if (!n || *n < 1) return malformed(part);
      rule.interval = *n;
    } else if (name == "COUNT") {
      auto n = read_int(v);
      if (!n || *n < 1) return malformed(part);
      rule.count = *n;
    } else if (name == "UNTIL") {
      rule.until = read_ics_date(v, true);
      if (!rule.until) return malformed(part);
    } else if (name == "BYMONTH") {
      std::vector<int> months;
      if (auto p = read_list(part, v, 1, 12, false, months)) return p;
      for (int m : months) rule.months.push_back(static_cast<unsigned>(m));
    } else if (name == "BYMONTHDAY") {
      if (auto p = read_list(part, v, 1, 31, true, rule.month_days)) return p;
    } else if (name == "BYDAY") {
      for (std::string_view d : split(v, ',')) {
        auto w = read_weekday(d);
        if (!w) return malformed(part);
        rule.weekdays.push_back(*w);
      }
    } else if (name == "WKST") {
      if (!read_weekday(v) || read_weekday(v)->nth != 0) return malformed(part);  // matters only with BYWEEKNO
    } else if (name == "BYYEARDAY" || name == "BYWEEKNO" || name == "BYSETPOS" || name == "BYHOUR" ||
               name == "BYMINUTE" || name == "BYSECOND") {
      return RuleProblem{true, say({"the rule part {0} is not expanded here; give the days as single events or "
                                    "with BYMONTH, BYMONTHDAY and BYDAY",
                                    "der Regelteil {0} wird hier nicht aufgelöst; geben Sie die Tage als einzelne "
                                    "Termine oder mit BYMONTH, BYMONTHDAY und BYDAY an",
                                    "het regeldeel {0} wordt hier niet uitgewerkt; geef de dagen als losse "
                                    "afspraken of met BYMONTH, BYMONTHDAY en BYDAY",
                                    "regeldelen {0} udfoldes ikke her; angiv dagene som enkelte begivenheder eller "
                                    "med BYMONTH, BYMONTHDAY og BYDAY"},
                                   {name})};
    } else {
      return malformed(part);
    }
  }
  if (!has_freq) return malformed(value);
  if (rule.count && rule.until) return malformed("COUNT … UNTIL");  // §3.3.10: MUST NOT occur together
  return std::nullopt;
}

std::vector<local_days> yearly_rule_days(const YearlyRule& rule, date::year_month_day start, int year) {
  // §3.3.10: what the rule leaves open is taken from DTSTART — its month
  // when the rule names days of the month but no month ("FREQ=YEARLY;
  // BYMONTHDAY=1" is 1 <DTSTART's month>, as ical.js reads it), its day when
  // the rule names neither days nor weekdays.
  std::vector<unsigned> months = rule.months;
  std::vector<int> month_days = rule.month_days;
  if (months.empty() && rule.weekdays.empty()) months.push_back(static_cast<unsigned>(start.month()));
  if (rule.weekdays.empty() && month_days.empty()) month_days.push_back(static_cast<int>(static_cast<unsigned>(start.day())));
  std::vector<local_days> days;
  for (unsigned m = 1; m <= 12; ++m) {
    if (!months.empty() && std::find(months.begin(), months.end(), m) == months.end()) continue;
    date::year_month_day_last last{date::year{year}, date::month_day_last{date::month{m}}};
    for (local_days day{date::year{year} / m / 1}; day <= local_days{last}; day += date::days{1}) {
      if (!matches_month_day(month_days, date::year_month_day{day})) continue;
      bool weekday_ok = rule.weekdays.empty();
      for (const auto& w : rule.weekdays) weekday_ok = weekday_ok || matches(w, day, !rule.months.empty());
      if (weekday_ok) days.push_back(day);
    }
  }
  return days;
}

}  // namespace slacalc
