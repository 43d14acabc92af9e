#include "metering.hpp"

#include <algorithm>

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

struct GroupFacts {
  const ResourceGroup* group;
  Rational factor;
  Resources totals;
};

// §10.1 "An einem Tag gilt die jeweils höchste Ausprägung eines
// Konfigurationsmerkmals zur Abrechnung": each characteristic's highest value
// among the configurations the day saw.
PricedConfig day_config(const std::vector<const GroupFacts*>& seen, DayMaximum maximum) {
  PricedConfig c;
  for (const GroupFacts* g : seen) c.factor = std::max(c.factor, g->factor);
  if (maximum == DayMaximum::groupTotal) {
    for (const GroupFacts* g : seen) {
      c.vcpus = std::max(c.vcpus, g->totals.vcpus);
      c.ram_gb = std::max(c.ram_gb, g->totals.ram_gb);
      c.storage_gb = std::max(c.storage_gb, g->totals.storage_gb);
    }
    return c;
  }
  // Per VM, by name: the largest size each VM had that day, summed.
  std::vector<std::string> names;
  std::vector<Vm> largest;
  for (const GroupFacts* g : seen)
    for (const Vm& vm : g->group->vms) {
      std::string key = name_key(vm.name);
      auto at = std::find(names.begin(), names.end(), key);
      if (at == names.end()) {
        names.push_back(key);
        largest.push_back(vm);
        continue;
      }
      Vm& l = largest[static_cast<std::size_t>(at - names.begin())];
      l.vcpus = std::max(l.vcpus, vm.vcpus);
      l.ram_gb = std::max(l.ram_gb, vm.ram_gb);
      l.storage_gb = std::max(l.storage_gb, vm.storage_gb);
    }
  for (const Vm& vm : largest) {
    c.vcpus += vm.vcpus;
    c.ram_gb = c.ram_gb + vm.ram_gb;
    c.storage_gb = c.storage_gb + vm.storage_gb;
  }
  return c;
}

// The service level billed for a day's factor: the committed minimum
// purchase at least (§3.7), factor above it at +surcharge (§3.7.1).
Rational billed_service_level(const Rational& factor, const Rational& committed, std::int64_t per_factor_unit,
                              const Percent& surcharge_percent) {
  const Rational price(per_factor_unit);
  Rational extra = committed < factor ? factor - committed : Rational(0);
  return committed * price + extra * price * (Rational(1) + surcharge_percent.share());
}

// "recommit": §3.7.1 "Der Vertragspartner kann jederzeit den gesamten
// Komponentenfaktor als Mindestabnahmemenge ohne Aufschlag mit einer
// Erneuerung der Mindestvertragslaufzeit beauftragen."
std::string recommit_text(date::local_days day, const Rational& factor) {
  return say({"From {0} the whole factor {1} is committed as the new minimum purchase, without surcharge (§3.7.1): "
              "this renews the minimum term (term: a recommit change on that day).",
              "Ab {0} ist der gesamte Faktor {1} als neue Mindestabnahmemenge zugesagt, ohne Aufschlag (§3.7.1): das "
              "erneuert die Mindestvertragslaufzeit (term: eine Änderung recommit an diesem Tag).",
              "Vanaf {0} is de volledige factor {1} toegezegd als nieuwe minimale afname, zonder toeslag (§3.7.1): dat "
              "vernieuwt de minimale looptijd (term: een wijziging recommit op die dag).",
              "Fra {0} er hele faktoren {1} forpligtet som nyt minimumskøb, uden tillæg (§3.7.1): det fornyer "
              "minimumsløbetiden (term: en ændring recommit den dag)."},
             {date_text(day), local_num(factor)});
}

// A row's service level when it is not the measured factor × price: above
// the commitment ("metering-surcharge") or below it ("metering-minimum").
std::optional<Explanation> commitment_line(const MeterQuery& q, const MeterRow& row) {
  const std::string first = date_text(row.from), last = date_text(row.to - date::days{1}),
                    f = local_num(row.config.factor), c = local_num(row.committed), x = local_num(row.extra),
                    price = money_text(q.per_factor_unit, q.currency),
                    uplift = local_num(Rational(1) + q.surcharge_percent.share()),
                    service = amount_text(billed_service_level(row.config.factor, row.committed, q.per_factor_unit,
                                                               q.surcharge_percent),
                                          q.currency),
                    s = percent_text(q.surcharge_percent);
  if (row.committed < row.config.factor)
    return Explanation{"metering-surcharge",
                       say({"{0} to {1}: factor {2} = {3} committed + {4} above it at +{8} (§3.7.1): {3} × {5} + {4} × "
                            "{5} × {6} = {7} service level a month.",
                            "{0} bis {1}: Faktor {2} = {3} zugesagt + {4} darüber mit +{8} (§3.7.1): {3} × {5} + {4} × "
                            "{5} × {6} = {7} Service-Level im Monat.",
                            "{0} tot en met {1}: factor {2} = {3} toegezegd + {4} daarboven met +{8} (§3.7.1): {3} × "
                            "{5} + {4} × {5} × {6} = {7} serviceniveau per maand.",
                            "{0} til {1}: faktor {2} = {3} forpligtet + {4} derover med +{8} (§3.7.1): {3} × {5} + {4} × "
                            "{5} × {6} = {7} serviceniveau om måneden."},
                           {first, last, f, c, x, price, uplift, service, s})};
  if (row.config.factor < row.committed)
    return Explanation{"metering-minimum",
                       say({"{0} to {1}: factor {2} is below the committed {3}: the minimum purchase is billed (§3.7), "
                            "{3} × {4} = {5} service level a month.",
                            "{0} bis {1}: Faktor {2} liegt unter den zugesagten {3}: die Mindestabnahmemenge wird "
                            "berechnet (§3.7), {3} × {4} = {5} Service-Level im Monat.",
                            "{0} tot en met {1}: factor {2} ligt onder de toegezegde {3}: de minimale afname wordt "
                            "gefactureerd (§3.7), {3} × {4} = {5} serviceniveau per maand.",
                            "{0} til {1}: faktor {2} ligger under de forpligtede {3}: minimumskøbet faktureres (§3.7), "
                            "{3} × {4} = {5} serviceniveau om måneden."},
                           {first, last, f, c, price, service})};
  return std::nullopt;
}

// "metering-row": "1–9 April (9 days, factor 2, …): 9/30 × 379.00 EUR = 113.70 EUR."
std::string row_text(const MeterQuery& q, const Metering& m, const MeterRow& row) {
  const std::string& cur = q.currency;
  const std::string n = local_num(row.days), config = config_text(row.config, q.service_level), monthly = amount_text(row.monthly, cur),
                    amount = amount_text(row.amount, cur), first = date_text(row.from),
                    last = date_text(row.to - date::days{1});
  std::string text;
  if (!m.per_day)
    text = say({"{0} to {1} ({2} days, {3}): one month × {4} = {5}.", "{0} bis {1} ({2} Tage, {3}): ein Monat × {4} = {5}.",
                "{0} tot en met {1} ({2} dagen, {3}): één maand × {4} = {5}.",
                "{0} til {1} ({2} dage, {3}): én måned × {4} = {5}."},
               {first, last, n, config, monthly, amount});
  else if (row.days == 1)
    text = say({"{0} ({1} day, {2}): {1}/30 × {3} = {4}.", "{0} ({1} Tag, {2}): {1}/30 × {3} = {4}.",
                "{0} ({1} dag, {2}): {1}/30 × {3} = {4}.", "{0} ({1} dag, {2}): {1}/30 × {3} = {4}."},
               {first, n, config, monthly, amount});
  else
    text = say({"{0} to {1} ({2} days, {3}): {2}/30 × {4} = {5}.", "{0} bis {1} ({2} Tage, {3}): {2}/30 × {4} = {5}.",
                "{0} tot en met {1} ({2} dagen, {3}): {2}/30 × {4} = {5}.",
                "{0} til {1} ({2} dage, {3}): {2}/30 × {4} = {5}."},
               {first, last, n, config, monthly, amount});
  return text;
}

// Per calendar day (§10.1): the highest configuration of the day, the
// commitment in force (a recommitment applies from its day), grouped into
// rows of days alike.
std::vector<MeterRow> meter_days(const MeterQuery& q, const std::vector<GroupFacts>& facts, Rational committed) {
  std::vector<MeterRow> rows;
  std::size_t current = 0, next_change = 0;  // facts index in force at the start of the day
  for (date::local_days day = q.first; day < q.next; day += date::days{1}) {
    std::vector<const GroupFacts*> seen = {&facts[current]};
    while (next_change < q.changes.size() && q.changes[next_change].from == day) {
      current = next_change + 1;
      seen.push_back(&facts[current]);
      if (q.changes[next_change].recommit) committed = facts[current].factor;
      ++next_change;
    }
    PricedConfig c = day_config(seen, q.maximum);
    if (!q.service_level) c.factor = Rational(0);
    Rational extra = committed < c.factor ? c.factor - committed : Rational(0);
    if (rows.empty() || !(rows.back().config == c) || !(rows.back().committed == committed))
      rows.push_back({day, day, 0, c, committed, extra, {}, {}});
    rows.back().to = day + date::days{1};
    ++rows.back().days;
  }
  return rows;
}

// The month's price of a row: the infrastructure, and the service level of
// the commitment and the factor above it.
Rational row_monthly(const MeterQuery& q, const MeterRow& row) {
  MonthlyPrice p = monthly_price(row.config, 0, q.prices);
  if (!q.service_level) return p.infrastructure;
  return p.infrastructure +
         billed_service_level(row.config.factor, row.committed, q.per_factor_unit, q.surcharge_percent);
}

}  // namespace

// "committed-factor": what the minimum purchase is and where it comes from.
std::string committed_text(const Rational& committed, bool given, const Percent& surcharge_percent) {
  const std::string from =
      given ? say({"as given (committedFactor)", "wie angegeben (committedFactor)", "zoals opgegeven (committedFactor)",
                   "som angivet (committedFactor)"})
            : say({"the group's at the month's start (committedFactor not given)",
                   "der der Gruppe zu Monatsbeginn (committedFactor nicht angegeben)",
                   "die van de groep aan het begin van de maand (committedFactor niet opgegeven)",
                   "gruppens ved månedens start (committedFactor ikke angivet)"});
  return say({"§3.7: the factor of the Cleared-For-Takeoff notice is the minimum purchase, billed monthly within the "
              "minimum term: committed factor {0}, {1}. A day's service level is billed for at least this factor; factor "
              "above it costs {2} more (§3.7.1) unless the increase was recommitted.",
              "§3.7: Der Faktor der Cleared-For-Takeoff-Mitteilung ist die Mindestabnahmemenge, innerhalb der "
              "Mindestvertragslaufzeit monatlich berechnet: zugesagter Faktor {0}, {1}. Das Service-Level eines Tages "
              "wird mindestens für diesen Faktor berechnet; Faktor darüber kostet {2} mehr (§3.7.1), sofern die "
              "Erhöhung nicht neu zugesagt wurde.",
              "§3.7: de factor uit de Cleared-For-Takeoff-melding is de minimale afname, maandelijks gefactureerd binnen "
              "de minimale looptijd: toegezegde factor {0}, {1}. Het serviceniveau van een dag wordt voor minstens deze "
              "factor gefactureerd; factor daarboven kost {2} meer (§3.7.1), tenzij de verhoging opnieuw is toegezegd.",
              "§3.7: Faktoren i Cleared-For-Takeoff-meddelelsen er minimumskøbet, faktureret månedligt inden for "
              "minimumsløbetiden: forpligtet faktor {0}, {1}. En dags serviceniveau faktureres for mindst denne faktor; "
              "faktor derover koster {2} mere (§3.7.1), medmindre forhøjelsen blev forpligtet på ny."},
             {local_num(committed), from, percent_text(surcharge_percent)});
}

std::vector<AppliedOption> metering_readings(DayBilling billing, DayMaximum maximum) {
  return {{"dayBilling",
           say({"A calendar day's share of the monthly price", "Anteil eines Kalendertags am Monatspreis",
                "Aandeel van een kalenderdag in de maandprijs", "En kalenderdags andel af månedsprisen"}),
           {kDayBillingIds[0].id, kDayBillingIds[1].id},
           id_of(kDayBillingIds, DayBilling::everyDay),
           id_of(kDayBillingIds, billing),
           "§10, §10.1",
           say({"Every day 1/30 (a 31-day month 31/30), or one monthly price for a month without a change.",
                "Jeder Tag 1/30 (ein Monat mit 31 Tagen 31/30) oder ein Monatspreis für einen Monat ohne Änderung.",
                "Elke dag 1/30 (een maand van 31 dagen 31/30), of één maandprijs voor een maand zonder wijziging.",
                "Hver dag 1/30 (en måned med 31 dage 31/30) eller én månedspris for en måned uden ændring."}),
           {}},
          {"dayMaximum",
           say({"The day's highest value of a characteristic", "Der höchste Wert eines Merkmals am Tag",
                "De hoogste waarde van een kenmerk op een dag", "Dagens højeste værdi af en egenskab"}),
           {kDayMaximumIds[0].id, kDayMaximumIds[1].id},
           id_of(kDayMaximumIds, DayMaximum::perVm),
           id_of(kDayMaximumIds, maximum),
           "§10.1",
           say({"Each VM's largest size of the day, or the group's larger total.",
                "Die größte Größe jeder VM am Tag oder die größere Gesamtsumme der Gruppe.",
                "De grootste omvang van elke VM op die dag, of het grootste totaal van de groep.",
                "Hver VM's største størrelse på dagen eller gruppens største total."}),
           {}}};
}

namespace {
void metering_explain(const MeterQuery& q, const Metering& m, Explain& explain);
}  // namespace

std::optional<Error> meter_month(const MeterQuery& q, const std::string& changes_path, Explain& explain, Metering& m) {
  m.from = q.first;
  m.to = q.next;
  m.days_in_month = static_cast<int>((q.next - q.first).count());
  m.readings = metering_readings(q.billing, q.maximum);
  std::vector<GroupFacts> facts;
  facts.push_back({&q.base, component_factor(q.base).total, resources_of(q.base)});
  for (const Change& c : q.changes) facts.push_back({&c.group, component_factor(c.group).total, resources_of(c.group)});
  m.committed_given = q.committed.has_value();
  m.committed = q.service_level ? q.committed.value_or(facts[0].factor) : Rational(0);
  // §3.7.1: a recommitment commits a larger whole factor as the new minimum.
  Rational committed = m.committed;
  for (std::size_t i = 0; i < q.changes.size(); ++i) {
    if (!q.changes[i].recommit) continue;
    if (!(committed < facts[i + 1].factor))
      return Error{"out_of_range",
                   say({"a recommitment commits a larger factor (§3.7.1): this group's factor {0} is not above the "
                        "committed {1}",
                        "eine erneute Zusage gilt einem größeren Faktor (§3.7.1): der Faktor {0} dieser Gruppe liegt "
                        "nicht über den zugesagten {1}",
                        "een hernieuwde toezegging geldt een grotere factor (§3.7.1): de factor {0} van deze groep ligt "
                        "niet boven de toegezegde {1}",
                        "en fornyet forpligtelse gælder en større faktor (§3.7.1): denne gruppes faktor {0} ligger ikke "
                        "over de forpligtede {1}"},
                       {exact_number_text(facts[i + 1].factor), exact_number_text(committed)}),
                   changes_path + "/" + std::to_string(i) + "/recommit"};
    committed = facts[i + 1].factor;
  }

  if (q.billing == DayBilling::changedMonthsOnly && q.changes.empty()) {
    // A month without a change: one monthly price, not 28/30 or 31/30 of it.
    m.per_day = false;
    PricedConfig c = day_config({&facts[0]}, q.maximum);
    if (!q.service_level) c.factor = Rational(0);
    Rational extra = m.committed < c.factor ? c.factor - m.committed : Rational(0);
    m.rows.push_back({q.first, q.next, m.days_in_month, c, m.committed, extra, {}, {}});
  } else {
    // §10.1 "kalendertäglich … 1 Tag mit 1/30 des Monatspreises".
    m.rows = meter_days(q, facts, m.committed);
  }
  for (MeterRow& row : m.rows) {
    row.monthly = row_monthly(q, row);
    row.amount = m.per_day ? row.monthly * Rational::fraction(row.days, 30) : row.monthly;
    m.total = m.total + row.amount;
  }
  metering_explain(q, m, explain);
  return std::nullopt;
}

namespace {

// The working of a metered month: the rule, the readings, the commitment, each row, the total.
void metering_explain(const MeterQuery& q, const Metering& m, Explain& explain) {
  // The characteristics counted: Hosted (§3.4) has no factor.
  const std::string counted =
      q.service_level ? say({"factor, vCPU, RAM, storage", "Faktor, vCPU, RAM, Speicher", "factor, vCPU, RAM, opslag",
                             "faktor, vCPU, RAM, lagerplads"})
                      : say({"vCPU, RAM, storage", "vCPU, RAM, Speicher", "vCPU, RAM, opslag", "vCPU, RAM, lagerplads"});
  explain.push_back(
      {"metering",
       say({"{0}: the configuration is recorded per calendar day, each characteristic ({1}) counts with its highest "
            "value of the day, and a day is billed at 1/30 of the monthly price. A change applies from its day on; on "
            "that day the higher of before and after counts.",
            "{0}: Die Konfiguration wird je Kalendertag erfasst, jedes Merkmal ({1}) zählt mit seinem höchsten Wert "
            "des Tages, und ein Tag wird mit 1/30 des Monatspreises berechnet. Eine Änderung gilt ab ihrem Tag; an "
            "diesem Tag zählt der höhere Wert von vorher und nachher.",
            "{0}: de configuratie wordt per kalenderdag vastgelegd, elk kenmerk ({1}) telt met zijn hoogste waarde "
            "van die dag, en een dag wordt gefactureerd tegen 1/30 van de maandprijs. Een wijziging geldt vanaf haar "
            "dag; op die dag telt de hoogste waarde van vóór en na.",
            "{0}: Konfigurationen registreres pr. kalenderdag, hver egenskab ({1}) tæller med sin højeste værdi på "
            "dagen, og en dag faktureres med 1/30 af månedsprisen. En ændring gælder fra sin dag; på den dag tæller "
            "den højeste værdi af før og efter."},
           {q.service_level ? "§10.1" : "§3.4, §10.1", counted})});
  const std::string days_in_month = local_num(m.days_in_month);
  if (q.billing == DayBilling::everyDay)
    explain.push_back(
        {"day-billing",
         say({"dayBilling \"every-day\" (default, the words of §10.1): every calendar day is 1/30, so {0} with {1} days "
              "costs {1}/30 of an unchanged monthly price (a 31-day month 31/30, February 28/30). Other reading: "
              "\"changed-months-only\" — a month without a change is one monthly price.",
              "dayBilling \"every-day\" (Vorgabe, der Wortlaut von §10.1): Jeder Kalendertag ist 1/30, also kostet {0} "
              "mit {1} Tagen {1}/30 eines unveränderten Monatspreises (ein Monat mit 31 Tagen 31/30, Februar 28/30). "
              "Andere Lesart: \"changed-months-only\" — ein Monat ohne Änderung ist ein Monatspreis.",
              "dayBilling \"every-day\" (standaard, de tekst van §10.1): elke kalenderdag is 1/30, dus {0} met {1} "
              "dagen kost {1}/30 van een ongewijzigde maandprijs (een maand van 31 dagen 31/30, februari 28/30). "
              "Andere lezing: \"changed-months-only\" — een maand zonder wijziging is één maandprijs.",
              "dayBilling \"every-day\" (standard, ordlyden i §10.1): hver kalenderdag er 1/30, så {0} med {1} dage "
              "koster {1}/30 af en uændret månedspris (en måned med 31 dage 31/30, februar 28/30). Anden læsning: "
              "\"changed-months-only\" — en måned uden ændring er én månedspris."},
             {q.label, days_in_month})});
  else if (m.per_day)
    explain.push_back(
        {"day-billing",
         say({"dayBilling \"changed-months-only\": a month without a change is one monthly price; only a month with a "
              "change is billed per day at 1/30. {0} has a change: billed per day.",
              "dayBilling \"changed-months-only\": Ein Monat ohne Änderung ist ein Monatspreis; nur ein Monat mit "
              "Änderung wird je Tag mit 1/30 berechnet. {0} hat eine Änderung: Abrechnung je Tag.",
              "dayBilling \"changed-months-only\": een maand zonder wijziging is één maandprijs; alleen een maand met "
              "een wijziging wordt per dag tegen 1/30 gefactureerd. {0} heeft een wijziging: facturering per dag.",
              "dayBilling \"changed-months-only\": en måned uden ændring er én månedspris; kun en måned med en "
              "ændring faktureres pr. dag med 1/30. {0} har en ændring: faktureres pr. dag."},
             {q.label})});
  else
    explain.push_back(
        {"day-billing",
         say({"dayBilling \"changed-months-only\": a month without a change is one monthly price; only a month with a "
              "change is billed per day at 1/30. {0} has no change: one monthly price.",
              "dayBilling \"changed-months-only\": Ein Monat ohne Änderung ist ein Monatspreis; nur ein Monat mit "
              "Änderung wird je Tag mit 1/30 berechnet. {0} hat keine Änderung: ein Monatspreis.",
              "dayBilling \"changed-months-only\": een maand zonder wijziging is één maandprijs; alleen een maand met "
              "een wijziging wordt per dag tegen 1/30 gefactureerd. {0} heeft geen wijziging: één maandprijs.",
              "dayBilling \"changed-months-only\": en måned uden ændring er én månedspris; kun en måned med en "
              "ændring faktureres pr. dag med 1/30. {0} har ingen ændring: én månedspris."},
             {q.label})});
  if (!q.changes.empty())
    explain.push_back(
        {"day-maximum",
         q.maximum == DayMaximum::perVm
             ? say({"dayMaximum \"per-vm\" (default): on a day of change each VM counts with its largest size that day "
                    "(a VM removed and another added both count); the factor with the day's highest. Other reading: "
                    "\"group-total\".",
                    "dayMaximum \"per-vm\" (Vorgabe): An einem Tag mit Änderung zählt jede VM mit ihrer größten Größe "
                    "des Tages (eine entfernte und eine hinzugefügte VM zählen beide); der Faktor mit dem höchsten Wert "
                    "des Tages. Andere Lesart: \"group-total\".",
                    "dayMaximum \"per-vm\" (standaard): op een dag met een wijziging telt elke VM met haar grootste "
                    "omvang van die dag (een verwijderde en een toegevoegde VM tellen allebei); de factor met de hoogste "
                    "waarde van de dag. Andere lezing: \"group-total\".",
                    "dayMaximum \"per-vm\" (standard): på en dag med ændring tæller hver VM med sin største størrelse "
                    "den dag (en fjernet og en tilføjet VM tæller begge); faktoren med dagens højeste værdi. Anden "
                    "læsning: \"group-total\"."})
             : say({"dayMaximum \"group-total\": on a day of change the higher of the group's totals before and after "
                    "counts, each characteristic on its own.",
                    "dayMaximum \"group-total\": An einem Tag mit Änderung zählt die höhere der Gesamtsummen der Gruppe "
                    "vorher und nachher, jedes Merkmal für sich.",
                    "dayMaximum \"group-total\": op een dag met een wijziging telt het hoogste van de totalen van de "
                    "groep vóór en na, elk kenmerk afzonderlijk.",
                    "dayMaximum \"group-total\": på en dag med ændring tæller den højeste af gruppens totaler før og "
                    "efter, hver egenskab for sig."})});
  if (q.service_level) {
    explain.push_back({"committed-factor", committed_text(m.committed, m.committed_given, q.surcharge_percent)});
    for (const Change& c : q.changes)
      if (c.recommit) explain.push_back({"recommit", recommit_text(c.from, config_of(c.group).factor)});
  }
  for (const MeterRow& row : m.rows) {
    explain.push_back({"metering-row", row_text(q, m, row)});
    if (q.service_level)
      if (auto line = commitment_line(q, row)) explain.push_back(*line);
  }
  explain.push_back({"metering-total",
                     say({"{0}: {1} (the rows' exact sum, rounded once).", "{0}: {1} (die exakte Summe der Zeilen, einmal gerundet).",
                          "{0}: {1} (de exacte som van de regels, één keer afgerond).",
                          "{0}: {1} (rækkernes nøjagtige sum, afrundet én gang)."},
                         {q.label, amount_text(m.total, q.currency)})});
}

}  // namespace

}  // namespace slacalc
