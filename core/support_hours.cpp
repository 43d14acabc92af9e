#include "support_hours.hpp"

#include "lang.hpp"
#include "local_text.hpp"
#include "pricing.hpp"

namespace slacalc {

// NMS Prime, Advanced Service, Einführungsphase: "NMS gewährleistet für die
// Einführungsphase 2x so viele Support-Stunden wie laut Leistungsschein für
// die Betriebsphase zur Verfügung stehen. Darüber hinaus benötigte Zeit wird
// nach dem vereinbartem Stundensatz vergütet."
SupportAnswer support_hours(const SupportQuery& q, Explain& explain) {
  SupportAnswer a;
  const Rational& per_month = q.per_month;
  const int multiplier = q.multiplier, introduction_months = q.introduction_months;
  const std::vector<Rational>& used = q.used;
  const std::int64_t hourly_rate = q.hourly_rate.value_or(0);
  a.introduction_hours = per_month * Rational(multiplier);
  a.readings = {{"introductionMonths",
                 say({"Months of the introduction phase", "Monate der Einführungsphase", "Maanden van de invoeringsfase",
                      "Måneder i indføringsfasen"}),
                 {},
                 "1",
                 std::to_string(introduction_months),
                 q.clause,
                 say({"Installation until acceptance, \"typically one month\": a whole number of months, 0–120.",
                      "Installation bis zur Abnahme, „typischerweise ein Monat“: eine ganze Zahl von Monaten, 0–120.",
                      "Installatie tot acceptatie, \"doorgaans één maand\": een geheel aantal maanden, 0–120.",
                      "Installation indtil godkendelse, \"typisk én måned\": et helt antal måneder, 0–120."}),
                 {}}};
  explain.push_back(
      {"model", with_clause(say({"Support hours: the hours per month the service sheet grants; during the introduction "
                                 "phase {0} × as many; time beyond them at the agreed hourly rate",
                                 "Supportstunden: die Stunden pro Monat, die der Leistungsschein gewährt; in der "
                                 "Einführungsphase {0} × so viele; darüber hinaus benötigte Zeit zum vereinbarten "
                                 "Stundensatz",
                                 "Supporturen: de uren per maand die de dienstbeschrijving toekent; in de "
                                 "invoeringsfase {0} × zoveel; tijd daarboven tegen het overeengekomen uurtarief",
                                 "Supporttimer: de timer pr. måned, som ydelsesbeskrivelsen giver; i "
                                 "indføringsfasen {0} × så mange; tid derudover til den aftalte timepris"},
                                {local_num(q.multiplier)}),
                            q.clause) +
                    "."});
  const std::string operation_hours = hour_count_text(q.per_month), introduction_hours = hour_count_text(a.introduction_hours);
  std::string first = q.introduction_months == 1
                          ? say({"the first month", "im ersten Monat", "in de eerste maand", "i den første måned"})
                          : say({"the first {0} months", "in den ersten {0} Monaten", "in de eerste {0} maanden",
                                 "i de første {0} måneder"},
                                {local_num(q.introduction_months)});
  explain.push_back(
      {"contingent",
       say({"{0} a month in the operation phase; {1} a month in {2} (introduction phase: installation until acceptance, "
            "typically one month; introductionMonths, default 1). Unused hours are not carried over: the contract grants "
            "hours per month and says nothing of carrying them.",
            "{0} im Monat in der Betriebsphase; {1} im Monat {2} (Einführungsphase: Installation bis zur Abnahme, "
            "typischerweise ein Monat; introductionMonths, Vorgabe 1). Nicht genutzte Stunden verfallen: Der Vertrag "
            "gewährt Stunden pro Monat und sagt nichts über eine Übertragung.",
            "{0} per maand in de exploitatiefase; {1} per maand {2} (invoeringsfase: installatie tot acceptatie, "
            "doorgaans één maand; introductionMonths, standaard 1). Ongebruikte uren worden niet overgedragen: het "
            "contract kent uren per maand toe en zegt niets over overdracht.",
            "{0} om måneden i driftsfasen; {1} om måneden {2} (indføringsfase: installation indtil godkendelse, typisk "
            "én måned; introductionMonths, standard 1). Ubrugte timer overføres ikke: kontrakten giver timer pr. måned "
            "og siger intet om overførsel."},
           {operation_hours, introduction_hours, first})});

  for (std::size_t i = 0; i < used.size(); ++i) {
    SupportMonth m;
    m.index = static_cast<int>(i) + 1;
    m.introduction = m.index <= introduction_months;
    m.included = m.introduction ? per_month * Rational(multiplier) : per_month;
    m.used = used[i];
    m.overage = m.used > m.included ? m.used - m.included : Rational(0);
    m.cost = m.overage * Rational(hourly_rate);
    a.included = a.included + m.included;
    a.used = a.used + m.used;
    a.overage = a.overage + m.overage;
    a.cost = a.cost + m.cost;
    a.months.push_back(m);
  }
  if (used.empty()) return a;
  for (const SupportMonth& m : a.months) {
    const std::string index = local_num(m.index), used_hours = hour_count_text(m.used), included = hour_count_text(m.included);
    std::string line;
    if (m.overage > Rational(0) && m.introduction)
      line = say({"Month {0} (introduction): {1} used of {2} → {3} × {4} = {5}.",
                  "Monat {0} (Einführung): {1} genutzt von {2} → {3} × {4} = {5}.",
                  "Maand {0} (invoering): {1} gebruikt van {2} → {3} × {4} = {5}.",
                  "Måned {0} (indføring): {1} brugt af {2} → {3} × {4} = {5}."},
                 {index, used_hours, included, hour_count_text(m.overage), money_text(*q.hourly_rate, q.currency), amount_text(m.cost, q.currency)});
    else if (m.overage > Rational(0))
      line = say({"Month {0} (operation): {1} used of {2} → {3} × {4} = {5}.",
                  "Monat {0} (Betrieb): {1} genutzt von {2} → {3} × {4} = {5}.",
                  "Maand {0} (exploitatie): {1} gebruikt van {2} → {3} × {4} = {5}.",
                  "Måned {0} (drift): {1} brugt af {2} → {3} × {4} = {5}."},
                 {index, used_hours, included, hour_count_text(m.overage), money_text(*q.hourly_rate, q.currency), amount_text(m.cost, q.currency)});
    else if (m.introduction)
      line = say({"Month {0} (introduction): {1} used of {2}: nothing beyond.",
                  "Monat {0} (Einführung): {1} genutzt von {2}: nichts darüber hinaus.",
                  "Maand {0} (invoering): {1} gebruikt van {2}: niets daarboven.",
                  "Måned {0} (indføring): {1} brugt af {2}: intet derudover."},
                 {index, used_hours, included});
    else
      line = say({"Month {0} (operation): {1} used of {2}: nothing beyond.",
                  "Monat {0} (Betrieb): {1} genutzt von {2}: nichts darüber hinaus.",
                  "Maand {0} (exploitatie): {1} gebruikt van {2}: niets daarboven.",
                  "Måned {0} (drift): {1} brugt af {2}: intet derudover."},
                 {index, used_hours, included});
    explain.push_back({"support-month", line});
  }
  const std::string count = local_num(static_cast<long long>(a.months.size())), used_total = hour_count_text(a.used),
                    beyond = hour_count_text(a.overage), cost = amount_text(a.cost, q.currency);
  explain.push_back(
      {"support-total",
       a.months.size() == 1
           ? say({"{0} month: {1} used, {2} beyond the contingents: {3}.",
                  "{0} Monat: {1} genutzt, {2} über die Kontingente hinaus: {3}.",
                  "{0} maand: {1} gebruikt, {2} boven de contingenten: {3}.",
                  "{0} måned: {1} brugt, {2} ud over kontingenterne: {3}."},
                 {count, used_total, beyond, cost})
           : say({"{0} months: {1} used, {2} beyond the contingents: {3}.",
                  "{0} Monate: {1} genutzt, {2} über die Kontingente hinaus: {3}.",
                  "{0} maanden: {1} gebruikt, {2} boven de contingenten: {3}.",
                  "{0} måneder: {1} brugt, {2} ud over kontingenterne: {3}."},
                 {count, used_total, beyond, cost})});
  return a;
}

}  // namespace slacalc
