#include "window_budget_json.hpp"

#include <algorithm>

#include "result_json.hpp"
#include "human_duration.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "request_calendar.hpp"
#include "period_json.hpp"
#include "request_profile.hpp"
#include "profile_text.hpp"
#include "weekly_window.hpp"
#include "window_clock.hpp"
#include "window_hours.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

using date::local_days;
using date::sys_seconds;

json reading(const char* id, const std::string& label, const Rational& period_seconds, const Rational& budget,
             bool is_default) {
  json out = object({{"id", id}, {"label", label}, {"budget", duration_json(budget)}, {"default", is_default}});
  if (!(period_seconds == Rational(0))) out["period"] = duration_json(period_seconds);
  return out;
}

}  // namespace

Result<json> window_budget_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "month", "closedDays", "holidayOptions"})) return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier* tier = resolved.value().tier;
  if (!find_field(r, "month"))
    return missing_field("/month", say({"the month, YYYY-MM", "der Monat, JJJJ-MM", "de maand, JJJJ-MM", "måneden, ÅÅÅÅ-MM"}));
  auto settings = read_period_settings(object({{"month", *find_field(r, "month")}}));
  if (!settings.ok()) return settings.error();
  const PeriodSpec month = settings.value();
  if (month.month_year > 2199)
    return Error{"out_of_range",
                 say({"the month must lie in 1900–2199", "der Monat muss in 1900–2199 liegen",
                      "de maand moet in 1900–2199 liggen", "måneden skal ligge i 1900–2199"}),
                 "/month"};
  auto closures = read_closures(r, p);
  if (!closures.ok()) return closures.error();
  const ClosedDays& closed = closures.value();

  json commitments = json::array();
  for (const auto& c : tier->availability) {
    WindowHours wh = window_hours(p, c, month.month_year, month.month, closed);
    const LocalSpan& span = wh.span;
    const WeeklyWindow* w = p.find_window(c.window);
    const Rational& open = wh.seconds;
    const int open_days = wh.days;
    const Rational share = (Rational(100) - c.target_percent) / Rational(100);
    bool contract_default = c.stated_max_downtime_seconds.has_value();

    json readings = json::array();
    readings.push_back(reading("window",
                               w ? say({"Only the hours of {0} in {1}", "Nur die Stunden von {0}, Zeitraum {1}",
                                        "Alleen de uren van {0}, periode {1}", "Kun timerne i {0}, periode {1}"},
                                       {w->label, span.label})
                                 : say({"Every hour of {0} in {1}", "Jede Stunde des Zeitraums {0} in {1}",
                                        "Elk uur van de periode {0} in {1}", "Hver time i perioden {0} i {1}"},
                                       {span.label, p.time_zone}),
                               open, share * open, !contract_default && c.period != PeriodKind::month));
    if (contract_default)
      readings.push_back(reading("contract",
                                 say({"The maximum the contract states", "Das im Vertrag genannte Maximum",
                                      "Het maximum dat het contract noemt", "Det maksimum, kontrakten angiver"}),
                                 Rational(0), *c.stated_max_downtime_seconds, true));
    if (c.period == PeriodKind::month) {
      MonthBasis chosen = p.month_basis_of(c);
      for (int b = 0; b < static_cast<int>(MonthBasis::customHours); ++b) {
        PeriodSpec spec = month;
        spec.kind = PeriodKind::month;
        spec.month_basis = static_cast<MonthBasis>(b);
        ResolvedPeriod period = resolve_period(spec);
        readings.push_back(reading(month_basis_id(spec.month_basis),
                                   say({"Month basis: {0}", "Monatsbasis: {0}", "Maandbasis: {0}", "Månedsgrundlag: {0}"},
                                       {period.label}),
                                   period.seconds,
                                   share * period.seconds, !contract_default && spec.month_basis == chosen));
      }
    }
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
               {human_duration(share * open), month})});
    }
    commitments.push_back(object({{"scope", c.scope}, {"target", c.target_percent.to_decimal(6)},
                                  {"period", object({{"kind", period_kind_id(c.period)}, {"label", span.label},
                                                     {"from", iso_date(span.from)}, {"to", iso_date(span.to)}})},
                                  {"window", object({{"id", c.window}, {"label", w ? w->label : "always"}})},
                                  {"windowHours", object({{"seconds", (open.floor() > 0 ? static_cast<long long>(open.floor()) : 0)},
                                                          {"hours", (open / Rational(3600)).to_decimal(2)}, {"days", open_days}})},
                                  {"readings", readings}, {"clause", c.cite.clause}, {"explain", explain_json(explain)}}));
  }
  return object({{"profile", p.id}, {"tier", tier->id}, {"zone", p.time_zone}, {"commitments", commitments}});
}

}  // namespace slacalc
