#include "pricing.hpp"

#include <algorithm>

#include "lang.hpp"
#include "local_text.hpp"
#include "profile_text.hpp"

namespace slacalc {

std::string trimmed(std::string_view name) {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  return std::string(name);
}

std::string name_key(std::string_view name) {
  std::string key = trimmed(name);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

std::string exact_number_text(const Rational& value) {
  bool exact = false;
  std::string text = value.to_decimal(kMaxDecimalPlaces, &exact);
  return exact ? text : to_string(value.num()) + "/" + to_string(value.den());
}

std::string short_number_text(const Rational& value, int decimals) {
  bool exact = false;
  std::string text = value.to_decimal(decimals, &exact);
  return exact ? text : text + "…";
}

std::string local_exact_text(const Rational& value) {
  bool exact = false;
  std::string text = value.to_decimal(kMaxDecimalPlaces, &exact);
  return exact ? local_decimal(text) : local_decimal(to_string(value.num())) + "/" + local_decimal(to_string(value.den()));
}

std::string local_short_text(const Rational& value, int decimals) {
  return local_decimal(short_number_text(value, decimals));
}

std::int64_t rounded_minor(const Rational& minor) { return static_cast<std::int64_t>(minor.round_half_up()); }

std::string amount_text(const Rational& minor, const std::string& currency) {
  std::string money = money_text(rounded_minor(minor), currency);
  if (minor.is_integer()) return money;
  return say({"{0} (rounded)", "{0} (gerundet)", "{0} (afgerond)", "{0} (afrundet)"}, {money});
}

std::string local_num(const Rational& value) { return local_exact_text(value); }
std::string local_num(long long value) { return local_decimal(std::to_string(value)); }

std::string hour_count_text(const Rational& value) { return say({"{0} h", "{0} h", "{0} u", "{0} t"}, {local_num(value)}); }

std::string with_clause(const std::string& text, const std::string& clause) {
  return clause.empty() ? text : text + " (" + clause + ")";
}

std::string config_text(const PricedConfig& c, bool with_factor) {
  if (!with_factor)
    return say({"{0} vCPU, {1} GB RAM, {2} GB storage", "{0} vCPU, {1} GB RAM, {2} GB Speicher",
                "{0} vCPU, {1} GB RAM, {2} GB opslag", "{0} vCPU, {1} GB RAM, {2} GB lagerplads"},
               {local_num(c.vcpus), local_num(c.ram_gb), local_num(c.storage_gb)});
  return say({"factor {0}, {1} vCPU, {2} GB RAM, {3} GB storage", "Faktor {0}, {1} vCPU, {2} GB RAM, {3} GB Speicher",
              "factor {0}, {1} vCPU, {2} GB RAM, {3} GB opslag", "faktor {0}, {1} vCPU, {2} GB RAM, {3} GB lagerplads"},
             {local_num(c.factor), local_num(c.vcpus), local_num(c.ram_gb), local_num(c.storage_gb)});
}

PricedConfig config_of(const ResourceGroup& group) {
  Resources r = resources_of(group);
  return {component_factor(group).total, r.vcpus, r.ram_gb, r.storage_gb};
}

// §3.7: "Für die Berechnung addieren wir die vCPUs der VMs auf denen eine
// Komponente installiert ist" — a component counts once per vCPU of every VM
// it is installed on; "Die erste Instanz einer Komponente innerhalb der
// gleichen Ressourcengruppe wird zum vollen Preis … Weitere gleiche
// Komponenten … zu einem reduzierten Faktor von 1/3": 1 + (n − 1) × 1/3.
FactorAnswer component_factor(const ResourceGroup& group) {
  FactorAnswer a;
  std::vector<std::string> keys;
  for (const Vm& vm : group.vms)
    for (const std::string& name : vm.components) {
      std::string key = name_key(name);
      auto at = std::find(keys.begin(), keys.end(), key);
      if (at == keys.end()) {
        keys.push_back(key);
        ComponentFactor c;
        c.name = trimmed(name);
        a.components.push_back(c);
        at = keys.end() - 1;
      }
      ComponentFactor& c = a.components[static_cast<std::size_t>(at - keys.begin())];
      c.on.emplace_back(vm.name, vm.vcpus);
      c.instances += vm.vcpus;
    }
  for (ComponentFactor& c : a.components) {
    c.factor = Rational(1) + Rational::fraction(c.instances - 1, 3);
    std::string where;
    for (const auto& [vm, vcpus] : c.on)
      where += (where.empty() ? "" : " + ") +
               say({"{0} vCPU on {1}", "{0} vCPU auf {1}", "{0} vCPU op {1}", "{0} vCPU på {1}"},
                   {std::to_string(vcpus), vm});
    // For people (the component's "working"): names as written, numbers as the language writes them.
    std::string n = local_decimal(std::to_string(c.instances));
    c.working = c.instances == 1
                    ? say({"{0}: {1} → {2} instance → 1", "{0}: {1} → {2} Instanz → 1", "{0}: {1} → {2} instantie → 1",
                           "{0}: {1} → {2} instans → 1"},
                          {c.name, where, n})
                    : say({"{0}: {1} → {2} instances → 1 + {3} × 1/3 = {4}", "{0}: {1} → {2} Instanzen → 1 + {3} × 1/3 = {4}",
                           "{0}: {1} → {2} instanties → 1 + {3} × 1/3 = {4}", "{0}: {1} → {2} instanser → 1 + {3} × 1/3 = {4}"},
                          {c.name, where, n, local_decimal(std::to_string(c.instances - 1)), local_exact_text(c.factor)});
    if (exact_number_text(c.factor).find('/') != std::string::npos)
      c.working += " (" + local_short_text(c.factor) + ")";
    a.total = a.total + c.factor;
  }
  return a;
}

Resources resources_of(const ResourceGroup& group) {
  Resources r;
  for (const Vm& vm : group.vms) {
    r.vcpus += vm.vcpus;
    r.ram_gb = r.ram_gb + vm.ram_gb;
    r.storage_gb = r.storage_gb + vm.storage_gb;
  }
  return r;
}

// §3.7: service level = component factor × the tier's price per factor unit
// (the price sheet, not part of the contract); §9.7 names the other parts of
// a resource group's monthly cost: vCPU, RAM and storage.
MonthlyPrice monthly_price(const PricedConfig& c, std::int64_t per_factor_unit, const InfrastructurePrices& prices) {
  MonthlyPrice m;
  m.service_level = c.factor * Rational(per_factor_unit);
  m.vcpu = Rational(c.vcpus) * Rational(prices.vcpu);
  m.ram = c.ram_gb * Rational(prices.ram_gb);
  m.storage = c.storage_gb * Rational(prices.storage_gb);
  m.infrastructure = m.vcpu + m.ram + m.storage;
  m.total = m.service_level + m.infrastructure;
  return m;
}

namespace {

// "infrastructure": vCPU, RAM and storage a month, or that their prices are missing.
void infrastructure_explain(const GroupPriceQuery& q, const GroupPrice& a, Explain& explain) {
  const Resources& resources = a.resources;
  if (!q.prices_given)
    explain.push_back(
        {"infrastructure",
         // English names the request's field (the English answers stay as they were); the others use words.
         say({"No infrastructurePrices given: vCPU, RAM and storage are counted at 0 (their prices are on the price "
              "sheet, not in the contract).",
              "Keine Preise für vCPU, RAM und Speicher angegeben: sie werden mit 0 angesetzt (ihre Preise stehen "
              "im Preisblatt, nicht im Vertrag).",
              "Geen prijzen voor vCPU, RAM en opslag opgegeven: ze tellen als 0 (hun prijzen staan op de prijslijst, "
              "niet in het contract).",
              "Ingen priser for vCPU, RAM og lagerplads angivet: de regnes som 0 (deres priser står i prislisten, "
              "ikke i kontrakten)."})});
  else
    explain.push_back(
        {"infrastructure",
         say({"Infrastructure (vCPU, RAM, storage, as §9.7 lists a resource group's cost): {0} vCPU × {1} + {2} GB RAM × "
              "{3} + {4} GB storage × {5} = {6} a month.",
              "Infrastruktur (vCPU, RAM, Speicher, wie §9.7 die Kosten einer Ressourcengruppe aufführt): {0} vCPU × {1} "
              "+ {2} GB RAM × {3} + {4} GB Speicher × {5} = {6} im Monat.",
              "Infrastructuur (vCPU, RAM, opslag, zoals §9.7 de kosten van een resourcegroep opsomt): {0} vCPU × {1} + "
              "{2} GB RAM × {3} + {4} GB opslag × {5} = {6} per maand.",
              "Infrastruktur (vCPU, RAM, lagerplads, som §9.7 opregner en ressourcegruppes omkostninger): {0} vCPU × {1} "
              "+ {2} GB RAM × {3} + {4} GB lagerplads × {5} = {6} om måneden."},
             {local_num(resources.vcpus), money_text(q.prices.vcpu, q.currency), local_num(resources.ram_gb),
              money_text(q.prices.ram_gb, q.currency), local_num(resources.storage_gb), money_text(q.prices.storage_gb, q.currency),
              amount_text(a.monthly.infrastructure, q.currency)})});
}

}  // namespace

// §3.7: service level = component factor × the tier's price per factor unit
// (the price sheet, not part of the contract); §9.7 names the other parts of
// a resource group's monthly cost: vCPU, RAM and storage. §3.4: Hosted pays
// the infrastructure alone.
GroupPrice price_group(const GroupPriceQuery& q, Explain& explain) {
  GroupPrice a;
  a.factor = component_factor(q.group);
  a.resources = resources_of(q.group);
  a.config = {q.service_level ? a.factor.total : Rational(0), a.resources.vcpus, a.resources.ram_gb,
              a.resources.storage_gb};
  a.monthly = monthly_price(a.config, q.per_factor_unit, q.prices);
  const FactorAnswer& factor = a.factor;
  if (!q.service_level) {
    explain.push_back({"model", with_clause(say({"Infrastructure pricing: vCPU, RAM and storage from the price sheet, "
                                                 "billed per calendar day from provisioning; no component-factor "
                                                 "service level",
                                                 "Preis der Infrastruktur: vCPU, RAM und Speicher nach Preisblatt, "
                                                 "kalendertäglich ab Bereitstellung berechnet; kein Service-Level nach "
                                                 "Komponentenfaktor",
                                                 "Prijs van de infrastructuur: vCPU, RAM en opslag volgens de prijslijst, "
                                                 "per kalenderdag vanaf de levering gefactureerd; geen serviceniveau "
                                                 "volgens componentfactor",
                                                 "Pris for infrastrukturen: vCPU, RAM og lagerplads efter prislisten, "
                                                 "faktureret pr. kalenderdag fra levering; intet serviceniveau efter "
                                                 "komponentfaktor"}),
                                            q.tier->pricing->cite.clause) +
                                    "."});
    infrastructure_explain(q, a, explain);
    return a;
  }
  explain.push_back({"model", with_clause(say({"Component-factor pricing: service level = component factor × price per "
                                               "factor unit of the tier",
                                               "Preis nach Komponentenfaktor: Service-Level = Komponentenfaktor × Preis pro "
                                               "Faktoreinheit der Stufe",
                                               "Prijs volgens componentfactor: serviceniveau = componentfactor × prijs per "
                                               "factoreenheid van het niveau",
                                               "Pris efter komponentfaktor: serviceniveau = komponentfaktor × pris pr. "
                                               "faktorenhed for niveauet"}),
                                          q.tier->pricing->cite.clause) +
                                  "."});
  const std::string unit_price = money_text(q.per_factor_unit, q.currency);
  std::string per_unit =
      q.per_factor_unit_from_profile
          ? say({"Price per factor unit: {0} a month, from the profile — the price sheet (\"Preisblatt\") is not part of "
                 "the contract (§3.7).",
                 "Preis pro Faktoreinheit: {0} im Monat, aus dem Profil — das Preisblatt ist nicht Teil des Vertrags (§3.7).",
                 "Prijs per factoreenheid: {0} per maand, uit het profiel — de prijslijst (\"Preisblatt\") maakt geen deel "
                 "uit van het contract (§3.7).",
                 "Pris pr. faktorenhed: {0} om måneden, fra profilen — prislisten (\"Preisblatt\") er ikke en del af "
                 "kontrakten (§3.7)."},
                {unit_price})
          : say({"Price per factor unit: {0} a month, as given — the price sheet (\"Preisblatt\") is not part of the "
                 "contract (§3.7).",
                 "Preis pro Faktoreinheit: {0} im Monat, wie angegeben — das Preisblatt ist nicht Teil des Vertrags (§3.7).",
                 "Prijs per factoreenheid: {0} per maand, zoals opgegeven — de prijslijst (\"Preisblatt\") maakt geen "
                 "deel uit van het contract (§3.7).",
                 "Pris pr. faktorenhed: {0} om måneden, som angivet — prislisten (\"Preisblatt\") er ikke en del af "
                 "kontrakten (§3.7)."},
                {unit_price});
  if (q.per_factor_unit_from_profile && q.tier->pricing->prices_are_examples)
    per_unit = say({"{0} The profile's prices are examples, not the vendor's price sheet.",
                    "{0} Die Preise des Profils sind Beispiele, nicht das Preisblatt des Anbieters.",
                    "{0} De prijzen in het profiel zijn voorbeelden, niet de prijslijst van de leverancier.",
                    "{0} Profilens priser er eksempler, ikke leverandørens prisliste."},
                   {per_unit});
  explain.push_back({"price-per-factor-unit", per_unit});
  explain.push_back(
      {"factor-rule",
       say({"§3.7: a component counts once per vCPU of every VM it is installed on; within one resource group its first "
            "instance counts 1, every further instance 1/3. Names compare case-insensitively.",
            "§3.7: Eine Komponente zählt einmal pro vCPU jeder VM, auf der sie installiert ist; innerhalb einer "
            "Ressourcengruppe zählt ihre erste Instanz 1, jede weitere Instanz 1/3. Groß- und Kleinschreibung der Namen "
            "wird nicht unterschieden.",
            "§3.7: een component telt één keer per vCPU van elke VM waarop het is geïnstalleerd; binnen één resourcegroep "
            "telt de eerste instantie 1, elke volgende instantie 1/3. Bij namen maakt hoofdletter of kleine letter geen "
            "verschil.",
            "§3.7: en komponent tæller én gang pr. vCPU på hver VM, den er installeret på; inden for én ressourcegruppe "
            "tæller dens første instans 1, hver yderligere instans 1/3. Navne sammenlignes uden hensyn til store og små "
            "bogstaver."})});
  for (const ComponentFactor& c : factor.components) explain.push_back({"component", c.working + "."});
  std::string sum;
  for (const ComponentFactor& c : factor.components) sum += (sum.empty() ? "" : " + ") + local_num(c.factor);
  if (factor.components.size() > 1) sum += " = " + local_num(factor.total);
  if (exact_number_text(factor.total).find('/') != std::string::npos) sum += " (" + local_short_text(factor.total) + ")";
  explain.push_back({"factor", factor.components.empty()
                                   ? say({"No VM has a component: the component factor is 0 (§3.7).",
                                          "Keine VM hat eine Komponente: Der Komponentenfaktor ist 0 (§3.7).",
                                          "Geen enkele VM heeft een component: de componentfactor is 0 (§3.7).",
                                          "Ingen VM har en komponent: komponentfaktoren er 0 (§3.7)."})
                                   : say({"Component factor: {0} (§3.7).", "Komponentenfaktor: {0} (§3.7).",
                                          "Componentfactor: {0} (§3.7).", "Komponentfaktor: {0} (§3.7)."},
                                         {sum})});
  explain.push_back({"service-level", say({"Service level: {0} × {1} = {2} a month (§3.7).",
                                           "Service-Level: {0} × {1} = {2} im Monat (§3.7).",
                                           "Serviceniveau: {0} × {1} = {2} per maand (§3.7).",
                                           "Serviceniveau: {0} × {1} = {2} om måneden (§3.7)."},
                                          {local_num(factor.total), unit_price, amount_text(a.monthly.service_level, q.currency)})});
  infrastructure_explain(q, a, explain);
  explain.push_back({"monthly", say({"Monthly price: {0} + {1} = {2}.", "Monatspreis: {0} + {1} = {2}.",
                                     "Maandprijs: {0} + {1} = {2}.", "Månedspris: {0} + {1} = {2}."},
                                    {amount_text(a.monthly.service_level, q.currency),
                                     amount_text(a.monthly.infrastructure, q.currency), amount_text(a.monthly.total, q.currency)})});

  return a;
}

// §3.8: "Für den Zeitraum der Anhebung wird das erhöhte Service-Level mit
// einem Aufschlag in Höhe von 30 % berechnet"; the days at 1/30 of the
// monthly price each (§10.1).
TemporaryUpgradeAnswer temporary_upgrade(const TemporaryUpgradeQuery& q, Explain& explain) {
  TemporaryUpgradeAnswer a;
  const Rational share = Rational::fraction(q.days, 30);
  a.upgraded_monthly = q.factor * Rational(q.upgraded_per_factor_unit);
  a.cost = a.upgraded_monthly * (Rational(1) + q.surcharge_percent.share()) * share;
  a.staying = q.factor * Rational(q.current_per_factor_unit) * share;
  a.difference = a.cost - a.staying;
  const std::string& cur = q.currency;
  const Tier& up = *q.upgraded;
  const int d = q.days;
  const Percent& surcharge = q.surcharge_percent;
  const std::string up_args[] = {up.name,
                                 local_num(d),
                                 percent_text(surcharge),
                                 local_num(q.factor),
                                 money_text(q.upgraded_per_factor_unit, cur),
                                 local_num(Rational(1) + surcharge.share()),
                                 amount_text(a.cost, cur),
                                 q.tier->name,
                                 money_text(q.current_per_factor_unit, cur),
                                 amount_text(a.staying, cur)};
  std::string text =
      d == 1 ? say({"§3.8: {0} for {1} day with the {2} surcharge, each day 1/30 of the monthly price (§10.1): {1}/30 × {3} × "
                    "{4} × {5} = {6}; staying on {7}: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} für {1} Tag mit dem Aufschlag von {2}, jeder Tag 1/30 des Monatspreises (§10.1): {1}/30 × "
                    "{3} × {4} × {5} = {6}; beim Verbleib in {7}: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} gedurende {1} dag met de toeslag van {2}, elke dag 1/30 van de maandprijs (§10.1): {1}/30 "
                    "× {3} × {4} × {5} = {6}; bij {7} blijven: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} i {1} dag med tillægget på {2}, hver dag 1/30 af månedsprisen (§10.1): {1}/30 × {3} × {4} "
                    "× {5} = {6}; ved at blive på {7}: {1}/30 × {3} × {8} = {9}"},
                   {up_args[0], up_args[1], up_args[2], up_args[3], up_args[4], up_args[5], up_args[6], up_args[7],
                    up_args[8], up_args[9]})
             : say({"§3.8: {0} for {1} days with the {2} surcharge, each day 1/30 of the monthly price (§10.1): {1}/30 × {3} "
                    "× {4} × {5} = {6}; staying on {7}: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} für {1} Tage mit dem Aufschlag von {2}, jeder Tag 1/30 des Monatspreises (§10.1): {1}/30 × "
                    "{3} × {4} × {5} = {6}; beim Verbleib in {7}: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} gedurende {1} dagen met de toeslag van {2}, elke dag 1/30 van de maandprijs (§10.1): "
                    "{1}/30 × {3} × {4} × {5} = {6}; bij {7} blijven: {1}/30 × {3} × {8} = {9}",
                    "§3.8: {0} i {1} dage med tillægget på {2}, hver dag 1/30 af månedsprisen (§10.1): {1}/30 × {3} × {4} "
                    "× {5} = {6}; ved at blive på {7}: {1}/30 × {3} × {8} = {9}"},
                   {up_args[0], up_args[1], up_args[2], up_args[3], up_args[4], up_args[5], up_args[6], up_args[7],
                    up_args[8], up_args[9]});
  explain.push_back(
      {"temporary-upgrade",
       say({"{0}; difference {1}. The tier returns by itself afterwards; the minimum term is unchanged.",
            "{0}; Differenz {1}. Die Stufe kehrt danach von selbst zurück; die Mindestlaufzeit bleibt unverändert.",
            "{0}; verschil {1}. Het niveau keert daarna vanzelf terug; de minimale looptijd blijft ongewijzigd.",
            "{0}; forskel {1}. Niveauet vender derefter selv tilbage; minimumsløbetiden er uændret."},
           {text, amount_text(a.difference, cur)})});
  return a;
}

// ---------------------------------------------------------------- fixed-monthly, no model

void fixed_monthly_explain(const Tier& t, std::int64_t price, bool given, const std::string& currency,
                           Explain& explain) {
  const std::string amount = money_text(price, currency);
  std::string text = given ? say({"A fixed monthly price: {0} as given", "Ein fester Monatspreis: {0} wie angegeben",
                                  "Een vaste maandprijs: {0} zoals opgegeven", "En fast månedspris: {0} som angivet"},
                                 {amount})
                     : t.pricing->prices_are_examples
                         ? say({"A fixed monthly price: {0} from the profile (an example price)",
                                "Ein fester Monatspreis: {0} aus dem Profil (ein Beispielpreis)",
                                "Een vaste maandprijs: {0} uit het profiel (een voorbeeldprijs)",
                                "En fast månedspris: {0} fra profilen (en eksempelpris)"},
                               {amount})
                         : say({"A fixed monthly price: {0} from the profile", "Ein fester Monatspreis: {0} aus dem Profil",
                                "Een vaste maandprijs: {0} uit het profiel", "En fast månedspris: {0} fra profilen"},
                               {amount});
  explain.push_back({"model", with_clause(text, t.pricing->cite.clause) + "."});
}

void no_model_explain(const Tier& t, Explain& explain) {
  std::string note = t.pricing && !t.pricing->cite.note.empty() ? " " + t.pricing->cite.note : "";
  explain.push_back({"no-model", say({"No price model in this contract for {0}: the profile gives this tier no pricing, "
                                      "so nothing is computed rather than invented.",
                                      "Kein Preismodell in diesem Vertrag für {0}: Das Profil gibt dieser Stufe keine "
                                      "Preise, also wird nichts berechnet statt etwas erfunden.",
                                      "Geen prijsmodel in dit contract voor {0}: het profiel geeft dit niveau geen "
                                      "prijzen, dus wordt er niets berekend in plaats van iets verzonnen.",
                                      "Ingen prismodel i denne kontrakt for {0}: profilen giver dette niveau ingen "
                                      "priser, så der beregnes intet i stedet for at finde på noget."},
                                     {t.name}) +
                                     note});
}

// Every model but "none": amounts exact until one half-up rounding.
void rounding_explain(Explain& explain) {
  explain.push_back(
    {"rounding",
     say({"Amounts stay exact fractions of the minor unit until the end; each amount shown is then rounded half up to "
          "the minor unit once (\"rounded\" marks one where that changed it).",
          "Beträge bleiben bis zum Schluss exakte Bruchteile der kleinsten Währungseinheit; jeder gezeigte Betrag wird "
          "dann einmal kaufmännisch auf die kleinste Einheit gerundet („gerundet“ kennzeichnet einen, bei dem sich "
          "dadurch etwas änderte).",
          "Bedragen blijven tot het einde exacte breuken van de kleinste munteenheid; elk getoond bedrag wordt daarna "
          "één keer half naar boven afgerond op de kleinste eenheid (\"afgerond\" markeert een bedrag waarbij dat "
          "iets veranderde).",
          "Beløb forbliver nøjagtige brøker af den mindste møntenhed til sidst; hvert viste beløb afrundes derefter "
          "én gang halvt op til den mindste enhed (\"afrundet\" markerer et beløb, hvor det ændrede noget)."})});
}

}  // namespace slacalc
