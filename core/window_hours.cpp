#include "window_hours.hpp"

#include <algorithm>

#include "human_duration.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "profile_text.hpp"
#include "weekly_window.hpp"
#include "zones.hpp"

namespace slacalc {

using date::local_days;

LocalSpan commitment_span(PeriodKind kind, date::year_month year_month) {
  const int year = static_cast<int>(year_month.year());
  const unsigned month = static_cast<unsigned>(year_month.month());
  using date::year_month_day;
  auto first = [](int y, unsigned m) { return local_days{date::year{y} / date::month{m} / 1}; };
  // "April 2026": a month and its year.
  static constexpr Phrase kMonths[] = {
      {"January {0}", "Januar {0}", "januari {0}", "januar {0}"},
      {"February {0}", "Februar {0}", "februari {0}", "februar {0}"},
      {"March {0}", "März {0}", "maart {0}", "marts {0}"},
      {"April {0}", "April {0}", "april {0}", "april {0}"},
      {"May {0}", "Mai {0}", "mei {0}", "maj {0}"},
      {"June {0}", "Juni {0}", "juni {0}", "juni {0}"},
      {"July {0}", "Juli {0}", "juli {0}", "juli {0}"},
      {"August {0}", "August {0}", "augustus {0}", "august {0}"},
      {"September {0}", "September {0}", "september {0}", "september {0}"},
      {"October {0}", "Oktober {0}", "oktober {0}", "oktober {0}"},
      {"November {0}", "November {0}", "november {0}", "november {0}"},
      {"December {0}", "Dezember {0}", "december {0}", "december {0}"},
  };
  if (kind == PeriodKind::quarter) {
    unsigned q = (month - 1) / 3;
    local_days from = first(year, q * 3 + 1);
    return {from, local_days{year_month_day{from} + date::months{3}}, std::to_string(year) + "-Q" + std::to_string(q + 1)};
  }
  if (kind == PeriodKind::year) return {first(year, 1), first(year + 1, 1), std::to_string(year)};
  local_days from = first(year, month);
  return {from, local_days{year_month_day{from} + date::months{1}}, say(kMonths[month - 1], {std::to_string(year)})};
}

// The hour's symbol as each language abbreviates it: h, u (uur), t (time).
std::string hours_text(const Duration& length) {
  return say({"{0} h", "{0} h", "{0} u", "{0} t"}, {local_decimal((length.seconds() / Rational(3600)).to_decimal(2))});
}

WindowHours window_hours(const Profile& p, const Commitment& c, date::year_month year_month, const ClosedDays& closed) {
  WindowHours out;
  out.span = commitment_span(c.period, year_month);
  const Zone& zone = *find_zone(p.time_zone);
  const WeeklyWindow* w = p.find_window(c.window);
  WindowClock clock(zone_rule(zone), w ? w->intervals : std::vector<WeeklyWindow::Interval>{{0, kMinutesPerWeek}},
                    w && w->holidays_closed ? closed : ClosedDays{});
  std::vector<ClockSegment> segments;
  out.seconds = Duration(clock.open_time(to_utc(zone, out.span.from).instant, to_utc(zone, out.span.to).instant,
                                         &segments));
  // Open days, and whether each is open equally long ("20 days × 8 h").
  std::vector<long long> per_day;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i == 0 || segments[i].day != segments[i - 1].day) per_day.push_back(0);
    per_day.back() += (segments[i].end - segments[i].begin).count();
  }
  out.days = static_cast<int>(per_day.size());
  bool uniform = std::all_of(per_day.begin(), per_day.end(), [&](long long d) { return d == per_day.front(); });
  out.text = hours_text(out.seconds);
  if (uniform && out.days > 0)
    out.text = say({"{0} days × {1} = {2}", "{0} Tage × {1} = {2}", "{0} dagen × {1} = {2}", "{0} dage × {1} = {2}"},
                   {std::to_string(out.days), hours_text(Duration(Rational(per_day.front()))), out.text});
  return out;
}

Explain window_budget_explain(const Profile& p, const Commitment& c, const WindowHours& wh) {
  const LocalSpan& span = wh.span;
  const WeeklyWindow* w = p.find_window(c.window);
  const Percent down = Percent::hundred() - c.target_percent;
  const bool contract_default = c.stated_max_downtime_seconds.has_value();
  Explain explain;
  explain.push_back({"commitment", commitment_text(c) + (c.cite.clause.empty() ? "" : " — " + c.cite.clause) + "."});
  std::string hours = w ? w->label + " (" + describe_window(*w) + ")"
                        : say({"All hours", "Alle Stunden", "Alle uren", "Alle timer"});
  if (w && w->holidays_closed)
    explain.push_back(
        {"window-hours",
         say({"{0} in {1}, {2}: {3} (real elapsed time; DST and {4} public holidays taken into account).",
              "{0} im Zeitraum {1}, {2}: {3} (real verstrichene Zeit; Sommerzeit und Feiertage {4} berücksichtigt).",
              "{0} in de periode {1}, {2}: {3} (werkelijk verstreken tijd; zomertijd en feestdagen {4} meegerekend).",
              "{0} i perioden {1}, {2}: {3} (faktisk forløbet tid; sommertid og helligdage {4} taget i betragtning)."},
             {hours, span.label, p.time_zone, wh.text, p.holiday_calendar})});
  else
    explain.push_back(
        {"window-hours",
         say({"{0} in {1}, {2}: {3} (real elapsed time; DST and no holidays taken into account).",
              "{0} im Zeitraum {1}, {2}: {3} (real verstrichene Zeit; Sommerzeit berücksichtigt, keine Feiertage).",
              "{0} in de periode {1}, {2}: {3} (werkelijk verstreken tijd; zomertijd meegerekend, geen feestdagen).",
              "{0} i perioden {1}, {2}: {3} (faktisk forløbet tid; sommertid taget i betragtning, ingen helligdage)."},
             {hours, span.label, p.time_zone, wh.text})});
  if (w) {
    std::string month = contract_default
                            ? say({"its stated maximum, {0}", "sein genanntes Maximum, {0}", "het genoemde maximum, {0}",
                                   "dets angivne maksimum, {0}"},
                                  {human_duration(*c.stated_max_downtime_seconds)})
                            : say({"the bases below", "die Monatsbasen unten", "de maandbases hieronder",
                                   "månedsgrundlagene nedenfor"});
    explain.push_back(
        {"reading",
         say({"Downtime counts only inside the window, but the contract does not say of which hours the percentage is "
              "taken: of the window's own hours ({0}) or of a month ({1}). All readings are listed; the contract's own "
              "figure is the default.",
              "Ausfallzeit zählt nur innerhalb der Servicezeit, aber der Vertrag sagt nicht, von welchen Stunden der "
              "Prozentsatz zu nehmen ist: von den Stunden der Servicezeit selbst ({0}) oder von einem Monat ({1}). Alle "
              "Lesarten sind aufgeführt; die eigene Zahl des Vertrags ist die Vorgabe.",
              "Downtime telt alleen binnen het servicevenster, maar het contract zegt niet van welke uren het percentage "
              "wordt genomen: van de eigen uren van het servicevenster ({0}) of van een maand ({1}). Alle lezingen "
              "staan vermeld; het eigen cijfer van het contract is de standaard.",
              "Nedetid tæller kun inden for servicevinduet, men kontrakten siger ikke, af hvilke timer procentsatsen "
              "tages: af servicevinduets egne timer ({0}) eller af en måned ({1}). Alle læsninger er anført; "
              "kontraktens eget tal er standard."},
             {human_duration(down * wh.seconds), month})});
  }
  return explain;
}

}  // namespace slacalc
