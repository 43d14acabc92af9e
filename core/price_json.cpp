#include "price_json.hpp"

#include <algorithm>

#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "pricing.hpp"
#include "request_profile.hpp"
#include "tier_order.hpp"
#include "profile_text.hpp"
#include "window_hours.hpp"

namespace slacalc {
namespace {

// Bounds that keep every exact sum far inside 128 bits (rational.hpp).
constexpr long long kMaxPrice = 1'000'000'000'000LL;             // per unit and month, minor units
constexpr long long kMaxMonthlyMinor = 1'000'000'000'000'000LL;  // a month's price, minor units
constexpr std::size_t kMaxVms = 200, kMaxComponents = 50, kMaxChanges = 100, kMaxUsedMonths = 1200;
constexpr long long kMaxVcpus = 1024, kMaxMonths = 1200, kMaxDays = 3660, kMaxIntroductionMonths = 120;
constexpr long long kMaxGb = 10'000'000, kMaxHours = 100'000;
constexpr int kGbPlaces = 3, kHourPlaces = 4;
constexpr std::size_t kMaxNameLength = 200;


// { minor (rounded half up), text, exact (minor units, decimal or fraction) }
json money_json(const Rational& minor, const std::string& currency) {
  return object({{"minor", rounded_minor(minor)},
                 {"text", money_text(rounded_minor(minor), currency)},
                 {"exact", exact_number_text(minor)}});
}

json number_json(const Rational& value) {
  return object({{"exact", exact_number_text(value)}, {"text", short_number_text(value)}});
}

// A number inside a text for people: "2,5", "8/3" (pricing.hpp).
std::string num(const Rational& value) { return local_exact_text(value); }
std::string num(long long value) { return local_decimal(std::to_string(value)); }
// Hours with the hour's symbol each language uses: h, u (uur), t (time).
std::string hours(const Rational& value) { return say({"{0} h", "{0} h", "{0} u", "{0} t"}, {num(value)}); }

std::string with_clause(const std::string& text, const std::string& clause) {
  return clause.empty() ? text : text + " (" + clause + ")";
}

// ---------------------------------------------------------------- reading

Result<std::int64_t> read_price(const json& v, const std::string& path) {
  if (v.is_number() && v.get<double>() < 0) return Error{"negative_money", negative_money_text(), path};
  if (!v.is_number_integer() && !v.is_number_unsigned()) return wrong_type(path, whole_minor_units(), v);
  auto n = read_integer(v, path, 0, kMaxPrice);
  if (!n.ok()) return n.error();
  return static_cast<std::int64_t>(n.value());
}

constexpr Phrase kAtMostHours{"at most {0} hours", "höchstens {0} Stunden", "hoogstens {0} uur", "højst {0} timer"};
constexpr Phrase kAtMostGb{"at most {0} GB", "höchstens {0} GB", "hoogstens {0} GB", "højst {0} GB"};

// A non-negative decimal up to `max` (beyond it: `at_most` with max as {0})
// with at most `places` decimal places.
Result<Rational> read_amount(const json& v, const std::string& path, long long max, const Phrase& at_most,
                             int places) {
  auto r = read_decimal(v, path);
  if (!r.ok()) return r.error();
  if (r.value() > Rational(max)) return Error{"out_of_range", say(at_most, {std::to_string(max)}), path};
  long long scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  if (!(r.value() * Rational(scale)).is_integer())
    return Error{"invalid_number",
                 say({"at most {0} decimal places", "höchstens {0} Nachkommastellen", "hoogstens {0} decimalen",
                      "højst {0} decimaler"},
                     {std::to_string(places)}),
                 path};
  return r.value();
}

Result<std::string> read_name(const json& v, const std::string& path) {
  auto s = read_string(v, path);
  if (!s.ok()) return s.error();
  std::string name = trimmed(s.value());
  if (name.empty())
    return Error{"invalid_format",
                 say({"a name must not be empty", "ein Name darf nicht leer sein", "een naam mag niet leeg zijn",
                      "et navn må ikke være tomt"}),
                 path};
  if (name.size() > kMaxNameLength)
    return Error{"out_of_range",
                 say({"a name has at most {0} characters", "ein Name hat höchstens {0} Zeichen",
                      "een naam heeft hoogstens {0} tekens", "et navn har højst {0} tegn"},
                     {std::to_string(kMaxNameLength)}),
                 path};
  return name;
}

Result<Vm> read_vm(const json& v, const std::string& path) {
  if (!v.is_object())
    return wrong_type(path,
                      say({"a VM {name, vcpus, ramGb, storageGb, components}",
                           "eine VM {name, vcpus, ramGb, storageGb, components}",
                           "een VM {name, vcpus, ramGb, storageGb, components}",
                           "en VM {name, vcpus, ramGb, storageGb, components}"}),
                      v);
  if (auto e = reject_unknown_fields(v, path, {"name", "vcpus", "ramGb", "storageGb", "components"})) return *e;
  Vm vm;
  const json* name = find_field(v, "name");
  if (!name)
    return missing_field(path + "/name", say({"the VM's name", "der Name der VM", "de naam van de VM", "VM'ens navn"}));
  auto n = read_name(*name, path + "/name");
  if (!n.ok()) return n.error();
  vm.name = n.value();
  const json* vcpus = find_field(v, "vcpus");
  if (!vcpus)
    return missing_field(path + "/vcpus", say({"the VM's number of vCPUs", "die Anzahl der vCPUs der VM",
                                               "het aantal vCPU's van de VM", "VM'ens antal vCPU'er"}));
  auto c = read_integer(*vcpus, path + "/vcpus", 1, kMaxVcpus);
  if (!c.ok()) return c.error();
  vm.vcpus = c.value();
  for (auto [key, field] : {std::pair{"ramGb", &vm.ram_gb}, std::pair{"storageGb", &vm.storage_gb}})
    if (const json* gb = find_field(v, key)) {
      auto amount = read_amount(*gb, path + "/" + key, kMaxGb, kAtMostGb, kGbPlaces);
      if (!amount.ok()) return amount.error();
      *field = amount.value();
    }
  if (const json* list = find_field(v, "components")) {
    if (!list->is_array())
      return wrong_type(path + "/components",
                        say({"an array of component names", "ein Array von Komponentennamen",
                             "een array van componentnamen", "et array af komponentnavne"}),
                        *list);
    if (list->size() > kMaxComponents)
      return Error{"out_of_range",
                   say({"at most {0} components per VM", "höchstens {0} Komponenten pro VM",
                        "hoogstens {0} componenten per VM", "højst {0} komponenter pr. VM"},
                       {std::to_string(kMaxComponents)}),
                   path + "/components"};
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < list->size(); ++i) {
      std::string item = path + "/components/" + std::to_string(i);
      auto component = read_name((*list)[i], item);
      if (!component.ok()) return component.error();
      std::string key = name_key(component.value());
      if (std::find(keys.begin(), keys.end(), key) != keys.end())
        return Error{"duplicate_id",
                     say({"\"{0}\" is listed twice on {1} (names compare case-insensitively)",
                          "\"{0}\" steht zweimal auf {1} (Groß- und Kleinschreibung zählen nicht)",
                          "\"{0}\" staat twee keer op {1} (hoofdletters en kleine letters tellen niet)",
                          "\"{0}\" står to gange på {1} (store og små bogstaver tæller ikke)"},
                         {component.value(), vm.name}),
                     item};
      keys.push_back(key);
      vm.components.push_back(component.value());
    }
  }
  return vm;
}

Result<ResourceGroup> read_group(const json& v, const std::string& path) {
  if (!v.is_object())
    return wrong_type(path,
                      say({"a resource group {vms: [...]}", "eine Ressourcengruppe {vms: [...]}",
                           "een resourcegroep {vms: [...]}", "en ressourcegruppe {vms: [...]}"}),
                      v);
  if (auto e = reject_unknown_fields(v, path, {"vms"})) return *e;
  const json* vms = find_field(v, "vms");
  if (!vms)
    return missing_field(path + "/vms", say({"the resource group's VMs", "die VMs der Ressourcengruppe",
                                             "de VM's van de resourcegroep", "ressourcegruppens VM'er"}));
  auto list = read_array<Vm>(*vms, path + "/vms", kMaxVms, read_vm);
  if (!list.ok()) return list.error();
  ResourceGroup group{list.value()};
  for (std::size_t i = 0; i < group.vms.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (name_key(group.vms[i].name) == name_key(group.vms[j].name))
        return Error{"duplicate_id",
                     say({"two VMs are called \"{0}\" (names compare case-insensitively)",
                          "zwei VMs heißen \"{0}\" (Groß- und Kleinschreibung zählen nicht)",
                          "twee VM's heten \"{0}\" (hoofdletters en kleine letters tellen niet)",
                          "to VM'er hedder \"{0}\" (store og små bogstaver tæller ikke)"},
                         {group.vms[i].name}),
                     path + "/vms/" + std::to_string(i) + "/name"};
  return group;
}

Result<InfrastructurePrices> read_infrastructure_prices(const json& r) {
  InfrastructurePrices prices;
  const json* v = find_field(r, "infrastructurePrices");
  if (!v) return prices;
  if (!v->is_object())
    return wrong_type("/infrastructurePrices",
                      say({"an object {vcpu, ramGb, storageGb}", "ein Objekt {vcpu, ramGb, storageGb}",
                           "een object {vcpu, ramGb, storageGb}", "et objekt {vcpu, ramGb, storageGb}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, "/infrastructurePrices", {"vcpu", "ramGb", "storageGb"})) return *e;
  for (auto [key, field] : {std::pair{"vcpu", &prices.vcpu}, std::pair{"ramGb", &prices.ram_gb},
                            std::pair{"storageGb", &prices.storage_gb}})
    if (const json* p = find_field(*v, key)) {
      auto price = read_price(*p, std::string("/infrastructurePrices/") + key);
      if (!price.ok()) return price.error();
      *field = price.value();
    }
  return prices;
}

// Each field belongs to one price model; the others refuse it.
std::optional<Error> check_applicable(const json& r, const Tier& t, const std::string& model) {
  static constexpr std::pair<const char*, const char*> kModelOf[] = {{"pricePerFactorUnit", "component-factor"},
                                                                     {"resourceGroup", "component-factor"},
                                                                     {"infrastructurePrices", "component-factor"},
                                                                     {"month", "component-factor"},
                                                                     {"changes", "component-factor"},
                                                                     {"dayBilling", "component-factor"},
                                                                     {"dayMaximum", "component-factor"},
                                                                     {"factorIncrease", "component-factor"},
                                                                     {"temporaryUpgrade", "component-factor"},
                                                                     {"supportHours", "support-hours"},
                                                                     {"monthlyPrice", "fixed-monthly"}};
  for (const auto& [field, needs] : kModelOf)
    if (find_field(r, field) && model != needs)
      return Error{"not_applicable",
                   model == "none"
                       ? say({"\"{0}\" belongs to the {1} price model; {2} has no price model in this contract",
                              "\"{0}\" gehört zum Preismodell {1}; {2} hat in diesem Vertrag kein Preismodell",
                              "\"{0}\" hoort bij het prijsmodel {1}; {2} heeft in dit contract geen prijsmodel",
                              "\"{0}\" hører til prismodellen {1}; {2} har ingen prismodel i denne kontrakt"},
                             {field, needs, t.name})
                       : say({"\"{0}\" belongs to the {1} price model; {2} is priced by the {3} model",
                              "\"{0}\" gehört zum Preismodell {1}; {2} wird nach dem Modell {3} berechnet",
                              "\"{0}\" hoort bij het prijsmodel {1}; {2} wordt volgens het model {3} geprijsd",
                              "\"{0}\" hører til prismodellen {1}; {2} prissættes efter modellen {3}"},
                             {field, needs, t.name, model}),
                   "/" + std::string(field)};
  return std::nullopt;
}

PricedConfig config_of(const ResourceGroup& group) {
  Resources r = resources_of(group);
  return {component_factor(group).total, r.vcpus, r.ram_gb, r.storage_gb};
}

// The monthly price stays below 10^15 minor units, so that every sum over
// days and months stays exact.
std::optional<Error> check_monthly(const MonthlyPrice& m, const std::string& group_path) {
  if (m.service_level > Rational(kMaxMonthlyMinor))
    return Error{"out_of_range",
                 say({"the service level would cost more than 10^15 minor units a month",
                      "das Service-Level würde mehr als 10^15 kleinste Währungseinheiten im Monat kosten",
                      "het serviceniveau zou meer dan 10^15 van de kleinste munteenheid per maand kosten",
                      "serviceniveauet ville koste mere end 10^15 mindste møntenheder om måneden"}),
                 group_path};
  if (m.infrastructure > Rational(kMaxMonthlyMinor))
    return Error{"out_of_range",
                 say({"the infrastructure would cost more than 10^15 minor units a month",
                      "die Infrastruktur würde mehr als 10^15 kleinste Währungseinheiten im Monat kosten",
                      "de infrastructuur zou meer dan 10^15 van de kleinste munteenheid per maand kosten",
                      "infrastrukturen ville koste mere end 10^15 mindste møntenheder om måneden"}),
                 group_path};
  return std::nullopt;
}

std::string config_text(const PricedConfig& c) {
  return say({"factor {0}, {1} vCPU, {2} GB RAM, {3} GB storage", "Faktor {0}, {1} vCPU, {2} GB RAM, {3} GB Speicher",
              "factor {0}, {1} vCPU, {2} GB RAM, {3} GB opslag", "faktor {0}, {1} vCPU, {2} GB RAM, {3} GB lagerplads"},
             {num(c.factor), num(c.vcpus), num(c.ram_gb), num(c.storage_gb)});
}

json config_json(const PricedConfig& c) {
  return object({{"factor", number_json(c.factor)},
                 {"vcpus", c.vcpus},
                 {"ramGb", exact_number_text(c.ram_gb)},
                 {"storageGb", exact_number_text(c.storage_gb)}});
}

// ---------------------------------------------------------------- component factor

struct Priced {
  const Profile* profile;
  const Tier* tier;
  const Pricing* pricing;
  std::int64_t per_factor_unit = 0;
  InfrastructurePrices prices;
  ResourceGroup group;
  PricedConfig config;
  MonthlyPrice monthly;
};

std::optional<Error> meter(const json& r, const Priced& q, json& out, Explain& explain, json& options) {
  const std::string& cur = q.profile->currency;
  DayBilling billing = DayBilling::everyDay;
  DayMaximum maximum = DayMaximum::perVm;
  if (const json* v = find_field(r, "dayBilling")) {
    auto c = read_choice(*v, "/dayBilling", {"every-day", "changed-months-only"});
    if (!c.ok()) return c.error();
    billing = static_cast<DayBilling>(c.value());
  }
  if (const json* v = find_field(r, "dayMaximum")) {
    auto c = read_choice(*v, "/dayMaximum", {"per-vm", "group-total"});
    if (!c.ok()) return c.error();
    maximum = static_cast<DayMaximum>(c.value());
  }
  options["dayBilling"] = billing == DayBilling::everyDay ? "every-day" : "changed-months-only";
  options["dayMaximum"] = maximum == DayMaximum::perVm ? "per-vm" : "group-total";

  const json* month_value = find_field(r, "month");
  const json* changes_value = find_field(r, "changes");
  if (!month_value && !changes_value) return std::nullopt;
  if (!month_value)
    return missing_field("/month", say({"the month the changes fall in, YYYY-MM",
                                        "der Monat, in den die Änderungen fallen, JJJJ-MM",
                                        "de maand waarin de wijzigingen vallen, JJJJ-MM",
                                        "måneden, ændringerne falder i, ÅÅÅÅ-MM"}));
  PeriodSpec month;
  if (auto e = read_month(*month_value, "/month", month)) return *e;
  LocalSpan span = commitment_span(PeriodKind::month, month.month_year, month.month);

  std::vector<Change> changes;
  if (changes_value) {
    auto list = read_array<Change>(
        *changes_value, "/changes", kMaxChanges, [](const json& v, const std::string& path) -> Result<Change> {
          if (!v.is_object())
            return wrong_type(path,
                              say({"a change {from, resourceGroup}", "eine Änderung {from, resourceGroup}",
                                   "een wijziging {from, resourceGroup}", "en ændring {from, resourceGroup}"}),
                              v);
          if (auto e = reject_unknown_fields(v, path, {"from", "resourceGroup"})) return *e;
          const json* from = find_field(v, "from");
          if (!from)
            return missing_field(path + "/from", say({"the day the change takes effect, YYYY-MM-DD",
                                                      "der Tag, an dem die Änderung wirkt, JJJJ-MM-TT",
                                                      "de dag waarop de wijziging ingaat, JJJJ-MM-DD",
                                                      "dagen, ændringen får virkning, ÅÅÅÅ-MM-DD"}));
          auto text = read_string(*from, path + "/from");
          if (!text.ok()) return text.error();
          auto day = parse_iso_date(text.value());
          if (!day)
            return Error{"invalid_date",
                         say({"\"{0}\" is not a day like 2026-04-10 (YYYY-MM-DD)",
                              "\"{0}\" ist kein Tag wie 2026-04-10 (JJJJ-MM-TT)",
                              "\"{0}\" is geen dag zoals 2026-04-10 (JJJJ-MM-DD)",
                              "\"{0}\" er ikke en dag som 2026-04-10 (ÅÅÅÅ-MM-DD)"},
                             {text.value()}),
                         path + "/from"};
          const json* group = find_field(v, "resourceGroup");
          if (!group)
            return missing_field(path + "/resourceGroup", say({"the resource group from that day on",
                                                               "die Ressourcengruppe ab diesem Tag",
                                                               "de resourcegroep vanaf die dag",
                                                               "ressourcegruppen fra den dag"}));
          auto g = read_group(*group, path + "/resourceGroup");
          if (!g.ok()) return g.error();
          return Change{*day, g.value()};
        });
    if (!list.ok()) return list.error();
    changes = list.value();
    for (std::size_t i = 0; i < changes.size(); ++i) {
      std::string path = "/changes/" + std::to_string(i);
      if (changes[i].from < span.from || changes[i].from >= span.to)
        return Error{"out_of_range",
                     say({"{0} is not in {1}", "{0} liegt nicht im {1}", "{0} valt niet in {1}", "{0} ligger ikke i {1}"},
                         {iso_date(changes[i].from), span.label}),
                     path + "/from"};
      if (i > 0 && changes[i].from < changes[i - 1].from)
        return Error{"inverted_range",
                     say({"{0} comes before the previous change ({1}): list changes in order",
                          "{0} liegt vor der vorigen Änderung ({1}): Änderungen bitte in zeitlicher Reihenfolge",
                          "{0} valt vóór de vorige wijziging ({1}): zet de wijzigingen op volgorde",
                          "{0} ligger før den forrige ændring ({1}): angiv ændringerne i rækkefølge"},
                         {iso_date(changes[i].from), iso_date(changes[i - 1].from)}),
                     path + "/from"};
      if (auto e = check_monthly(monthly_price(config_of(changes[i].group), q.per_factor_unit, q.prices),
                                 path + "/resourceGroup"))
        return *e;
    }
  }

  Metering m = meter_month(span.from, span.to, q.group, changes, billing, maximum, q.per_factor_unit, q.prices);
  explain.push_back(
      {"metering",
       say({"§10.1: the configuration is recorded per calendar day, each characteristic (factor, vCPU, RAM, storage) "
            "counts with its highest value of the day, and a day is billed at 1/30 of the monthly price. A change "
            "applies from its day on; on that day the higher of before and after counts.",
            "§10.1: Die Konfiguration wird je Kalendertag erfasst, jedes Merkmal (Faktor, vCPU, RAM, Speicher) zählt "
            "mit seinem höchsten Wert des Tages, und ein Tag wird mit 1/30 des Monatspreises berechnet. Eine Änderung "
            "gilt ab ihrem Tag; an diesem Tag zählt der höhere Wert von vorher und nachher.",
            "§10.1: de configuratie wordt per kalenderdag vastgelegd, elk kenmerk (factor, vCPU, RAM, opslag) telt "
            "met zijn hoogste waarde van die dag, en een dag wordt gefactureerd tegen 1/30 van de maandprijs. Een "
            "wijziging geldt vanaf haar dag; op die dag telt de hoogste waarde van vóór en na.",
            "§10.1: Konfigurationen registreres pr. kalenderdag, hver egenskab (faktor, vCPU, RAM, lagerplads) tæller "
            "med sin højeste værdi på dagen, og en dag faktureres med 1/30 af månedsprisen. En ændring gælder fra sin "
            "dag; på den dag tæller den højeste værdi af før og efter."})});
  const std::string days_in_month = num(m.days_in_month);
  if (billing == DayBilling::everyDay)
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
             {span.label, days_in_month})});
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
             {span.label})});
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
             {span.label})});
  if (!changes.empty())
    explain.push_back(
        {"day-maximum",
         maximum == DayMaximum::perVm
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
  json rows = json::array();
  for (const MeterRow& row : m.rows) {
    const std::string n = num(row.days), config = config_text(row.config), monthly = amount_text(row.monthly, cur),
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
    explain.push_back({"metering-row", text});
    rows.push_back(object({{"from", iso_date(row.from)},
                           {"to", iso_date(row.to)},
                           {"days", row.days},
                           {"config", config_json(row.config)},
                           {"monthly", money_json(row.monthly, cur)},
                           {"amount", money_json(row.amount, cur)}}));
  }
  explain.push_back({"metering-total",
                     say({"{0}: {1} (the rows' exact sum, rounded once).", "{0}: {1} (die exakte Summe der Zeilen, einmal gerundet).",
                          "{0}: {1} (de exacte som van de regels, één keer afgerond).",
                          "{0}: {1} (rækkernes nøjagtige sum, afrundet én gang)."},
                         {span.label, amount_text(m.total, cur)})});
  out["metering"] = object({{"month", iso_date(span.from).substr(0, 7)},
                            {"label", span.label},
                            {"from", iso_date(span.from)},
                            {"to", iso_date(span.to)},
                            {"daysInMonth", m.days_in_month},
                            {"billedPerDay", m.per_day},
                            {"changes", changes.size()},
                            {"rows", rows},
                            {"total", money_json(m.total, cur)}});
  return std::nullopt;
}

// A term's minimum in months, when it is given in months or years.
std::optional<int> minimum_months(const Tier& t) {
  if (!t.term) return std::nullopt;
  const Span& s = t.term->minimum;
  if (s.unit == Span::Unit::month) return s.count;
  if (s.unit == Span::Unit::year) return 12 * s.count;
  return std::nullopt;
}

std::optional<Error> factor_increase(const json& r, const Priced& q, json& out, Explain& explain) {
  const json* v = find_field(r, "factorIncrease");
  if (!v) return std::nullopt;
  const std::string path = "/factorIncrease";
  const std::string& cur = q.profile->currency;
  if (!v->is_object())
    return wrong_type(path,
                      say({"an object {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "ein Objekt {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "een object {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "et objekt {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, path, {"resourceGroup", "neededMonths", "newMinimumMonths", "horizonMonths"}))
    return *e;
  if (!q.pricing->increase_surcharge_percent)
    return Error{"not_applicable",
                 say({"{0}'s pricing names no surcharge for a factor increase (increaseSurcharge)",
                      "die Preisregel von {0} nennt keinen Aufschlag für eine Faktorerhöhung (increaseSurcharge)",
                      "de prijsregeling van {0} noemt geen toeslag voor een factorverhoging (increaseSurcharge)",
                      "prissætningen for {0} nævner intet tillæg for en faktorforhøjelse (increaseSurcharge)"},
                     {q.tier->name}),
                 path};
  const json* group = find_field(*v, "resourceGroup");
  if (!group)
    return missing_field(path + "/resourceGroup", say({"the larger resource group", "die größere Ressourcengruppe",
                                                       "de grotere resourcegroep", "den større ressourcegruppe"}));
  auto larger = read_group(*group, path + "/resourceGroup");
  if (!larger.ok()) return larger.error();
  PricedConfig bigger = config_of(larger.value());
  if (auto e = check_monthly(monthly_price(bigger, q.per_factor_unit, q.prices), path + "/resourceGroup")) return *e;
  if (!(q.config.factor < bigger.factor))
    return Error{"out_of_range",
                 say({"not an increase: this group's factor is {0}, the current one's {1}",
                      "keine Erhöhung: der Faktor dieser Gruppe ist {0}, der der aktuellen {1}",
                      "geen verhoging: de factor van deze groep is {0}, die van de huidige {1}",
                      "ingen forhøjelse: denne gruppes faktor er {0}, den nuværendes {1}"},
                     {exact_number_text(bigger.factor), exact_number_text(q.config.factor)}),
                 path + "/resourceGroup"};
  const json* needed = find_field(*v, "neededMonths");
  if (!needed)
    return missing_field(path + "/neededMonths", say({"for how many months the larger factor is needed",
                                                      "wie viele Monate der größere Faktor gebraucht wird",
                                                      "hoeveel maanden de grotere factor nodig is",
                                                      "hvor mange måneder den større faktor er nødvendig"}));
  auto k = read_integer(*needed, path + "/neededMonths", 1, kMaxMonths);
  if (!k.ok()) return k.error();
  int minimum = 0;
  bool minimum_from_term = false;
  if (const json* m = find_field(*v, "newMinimumMonths")) {
    auto n = read_integer(*m, path + "/newMinimumMonths", 1, kMaxMonths);
    if (!n.ok()) return n.error();
    minimum = static_cast<int>(n.value());
  } else if (auto term = minimum_months(*q.tier)) {
    minimum = *term;
    minimum_from_term = true;
  } else {
    return missing_field(path + "/newMinimumMonths",
                         say({"the renewed minimum term in months ({0} has no minimum term in months)",
                              "die erneuerte Mindestlaufzeit in Monaten ({0} hat keine Mindestlaufzeit in Monaten)",
                              "de vernieuwde minimale looptijd in maanden ({0} heeft geen minimale looptijd in maanden)",
                              "den fornyede minimumsløbetid i måneder ({0} har ingen minimumsløbetid i måneder)"},
                             {q.tier->name}));
  }
  int needed_months = static_cast<int>(k.value());
  int floor_months = std::max(needed_months, minimum);
  int horizon = floor_months;
  if (const json* h = find_field(*v, "horizonMonths")) {
    auto n = read_integer(*h, path + "/horizonMonths", 1, kMaxMonths);
    if (!n.ok()) return n.error();
    horizon = static_cast<int>(n.value());
    // Shorter would cut option B's renewed term short: refused, not clamped.
    if (horizon < floor_months)
      return Error{"out_of_range",
                   say({"the horizon must cover the longer of the need and the renewed minimum term: at least {0} months",
                        "der Zeitraum muss den längeren von Bedarf und erneuerter Mindestlaufzeit abdecken: mindestens "
                        "{0} Monate",
                        "de horizon moet het langste van de behoefte en de vernieuwde minimale looptijd dekken: "
                        "minstens {0} maanden",
                        "horisonten skal dække det længste af behovet og den fornyede minimumsløbetid: mindst {0} "
                        "måneder"},
                       {std::to_string(floor_months)}),
                   path + "/horizonMonths"};
  }

  FactorIncreaseQuery fq;
  fq.old_factor = q.config.factor;
  fq.new_factor = bigger.factor;
  fq.per_factor_unit = q.per_factor_unit;
  fq.surcharge_percent = *q.pricing->increase_surcharge_percent;
  fq.needed_months = needed_months;
  fq.minimum_months = minimum;
  fq.horizon_months = horizon;
  FactorIncreaseAnswer a = compare_factor_increase(fq);
  const std::string s = percent_text(fq.surcharge_percent);
  const std::string uplift = num(Rational(1) + fq.surcharge_percent / Rational(100));
  const char* cheaper = a.cheaper == FactorIncreaseAnswer::Cheaper::a   ? "A"
                        : a.cheaper == FactorIncreaseAnswer::Cheaper::b ? "B"
                                                                        : "equal";
  Rational saving = a.total_a < a.total_b ? a.total_b - a.total_a : a.total_a - a.total_b;

  // k* in words: the whole months on either side.
  Rational k_star = a.break_even;
  long long last_a = static_cast<long long>(k_star.is_integer() ? k_star.floor() - 1 : k_star.floor());
  long long first_b = static_cast<long long>(k_star.floor()) + 1;
  // One sentence per case: whether A is cheaper for any whole month (up to 1 or more), and whether k* is whole.
  std::string value = num(k_star);
  if (!k_star.is_integer())
    value += " ≈ " + local_decimal(Rational::fraction((k_star * Rational(100)).round_half_up(), 100).to_decimal(2));
  std::string words = say({"Break-even: k* = M / {0} = {1} / {0} = {2} months.", "Break-even-Punkt: k* = M / {0} = {1} / {0} = {2} Monate.",
                           "Omslagpunt: k* = M / {0} = {1} / {0} = {2} maanden.", "Nulpunkt: k* = M / {0} = {1} / {0} = {2} måneder."},
                          {uplift, num(minimum), value});
  const std::string up_to = num(last_a), from = num(first_b), exactly = num(k_star);
  if (k_star.is_integer() && last_a >= 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} months); "
                 "for exactly {2} months both cost the same; from {3} months on option B is cheaper. The horizon does "
                 "not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monate); bei genau {2} Monaten kosten beide gleich viel; ab {3} Monaten ist Option B günstiger. Der "
                 "Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maanden); bij precies {2} maanden kosten beide evenveel; vanaf {3} maanden is optie B goedkoper. De "
                 "horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måneder); ved præcis {2} måneder koster begge det samme; fra {3} måneder er mulighed B billigere. "
                 "Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else if (k_star.is_integer())
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months; for exactly {2} months "
                 "both cost the same; from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird; bei genau {2} "
                 "Monaten kosten beide gleich viel; ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran "
                 "nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is; bij precies {2} maanden "
                 "kosten beide evenveel; vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder; ved præcis {2} "
                 "måneder koster begge det samme; fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke "
                 "dette."},
                {words, up_to, exactly, from});
  else if (last_a == 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} month); "
                 "from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monat); ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maand); vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måned); fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else if (last_a > 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} months); "
                 "from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monate); ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maanden); vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måneder); fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months; from {3} months on "
                 "option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird; ab {3} Monaten "
                 "ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is; vanaf {3} maanden is "
                 "optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder; fra {3} "
                 "måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});

  const std::string old_factor = num(fq.old_factor), new_factor = num(fq.new_factor), delta = num(a.delta),
                    need = num(needed_months), months = num(horizon);
  explain.push_back(
      {"increase",
       find_field(*v, "horizonMonths")
           ? say({"§3.7.1: the factor rises from {0} to {1} (Δ {2}) for {3} of {4} months, then returns.",
                  "§3.7.1: Der Faktor steigt von {0} auf {1} (Δ {2}) für {3} von {4} Monaten und geht danach zurück.",
                  "§3.7.1: de factor stijgt van {0} naar {1} (Δ {2}) gedurende {3} van {4} maanden en gaat daarna terug.",
                  "§3.7.1: faktoren stiger fra {0} til {1} (Δ {2}) i {3} af {4} måneder og vender derefter tilbage."},
                 {old_factor, new_factor, delta, need, months})
           : say({"§3.7.1: the factor rises from {0} to {1} (Δ {2}) for {3} of {4} months, then returns (horizon: the "
                  "longer of need and renewed term).",
                  "§3.7.1: Der Faktor steigt von {0} auf {1} (Δ {2}) für {3} von {4} Monaten und geht danach zurück "
                  "(Zeithorizont: das Längere von Bedarf und erneuerter Laufzeit).",
                  "§3.7.1: de factor stijgt van {0} naar {1} (Δ {2}) gedurende {3} van {4} maanden en gaat daarna terug "
                  "(horizon: de langste van behoefte en vernieuwde looptijd).",
                  "§3.7.1: faktoren stiger fra {0} til {1} (Δ {2}) i {3} af {4} måneder og vender derefter tilbage "
                  "(horisont: det længste af behov og fornyet løbetid)."},
                 {old_factor, new_factor, delta, need, months})});
  explain.push_back(
      {"option-a",
       say({"Option A — the extra factor billed separately with the {0} surcharge, minimum term unchanged (§3.7.1): {1} × "
            "{2} + {3} × {4} × {5} × {6} = {7}.",
            "Option A — der zusätzliche Faktor gesondert mit dem Aufschlag von {0} berechnet, Mindestlaufzeit "
            "unverändert (§3.7.1): {1} × {2} + {3} × {4} × {5} × {6} = {7}.",
            "Optie A — de extra factor apart gefactureerd met de toeslag van {0}, minimale looptijd ongewijzigd "
            "(§3.7.1): {1} × {2} + {3} × {4} × {5} × {6} = {7}.",
            "Mulighed A — den ekstra faktor faktureret separat med tillægget på {0}, minimumsløbetid uændret (§3.7.1): "
            "{1} × {2} + {3} × {4} × {5} × {6} = {7}."},
           {s, months, amount_text(a.old_monthly, cur), need, delta, money_text(q.per_factor_unit, cur), uplift,
            amount_text(a.total_a, cur)})});
  const std::string b_args[] = {num(minimum), num(a.months_at_new), amount_text(a.new_monthly, cur),
                                num(horizon - a.months_at_new), amount_text(a.old_monthly, cur),
                                amount_text(a.total_b, cur)};
  explain.push_back(
      {"option-b",
       minimum_from_term
           ? say({"Option B — the whole new factor committed as the minimum without surcharge, minimum term renewed to "
                  "{0} months, the tier's term (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Option B — der gesamte neue Faktor als Mindestabnahme ohne Aufschlag zugesagt, Mindestlaufzeit auf {0} "
                  "Monate erneuert, die Laufzeit der Stufe (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Optie B — de volledige nieuwe factor toegezegd als minimum zonder toeslag, minimale looptijd "
                  "vernieuwd tot {0} maanden, de looptijd van het niveau (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Mulighed B — hele den nye faktor forpligtet som minimum uden tillæg, minimumsløbetid fornyet til {0} "
                  "måneder, niveauets løbetid (§3.7.1): {1} × {2} + {3} × {4} = {5}."},
                 {b_args[0], b_args[1], b_args[2], b_args[3], b_args[4], b_args[5]})
           : say({"Option B — the whole new factor committed as the minimum without surcharge, minimum term renewed to "
                  "{0} months (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Option B — der gesamte neue Faktor als Mindestabnahme ohne Aufschlag zugesagt, Mindestlaufzeit auf {0} "
                  "Monate erneuert (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Optie B — de volledige nieuwe factor toegezegd als minimum zonder toeslag, minimale looptijd "
                  "vernieuwd tot {0} maanden (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Mulighed B — hele den nye faktor forpligtet som minimum uden tillæg, minimumsløbetid fornyet til {0} "
                  "måneder (§3.7.1): {1} × {2} + {3} × {4} = {5}."},
                 {b_args[0], b_args[1], b_args[2], b_args[3], b_args[4], b_args[5]})});
  const std::string by = amount_text(saving, cur);
  explain.push_back(
      {"cheaper", a.cheaper == FactorIncreaseAnswer::Cheaper::equal
                      ? say({"Both options cost the same.", "Beide Optionen kosten gleich viel.",
                             "Beide opties kosten evenveel.", "Begge muligheder koster det samme."})
                  : a.cheaper == FactorIncreaseAnswer::Cheaper::a
                      ? say({"Option A is cheaper by {0}.", "Option A ist um {0} günstiger.", "Optie A is {0} goedkoper.",
                             "Mulighed A er {0} billigere."},
                            {by})
                      : say({"Option B is cheaper by {0}.", "Option B ist um {0} günstiger.", "Optie B is {0} goedkoper.",
                             "Mulighed B er {0} billigere."},
                            {by})});
  explain.push_back({"break-even", words});
  out["factorIncrease"] = object({{"oldFactor", number_json(fq.old_factor)},
                                  {"newFactor", number_json(fq.new_factor)},
                                  {"delta", number_json(a.delta)},
                                  {"neededMonths", needed_months},
                                  {"newMinimumMonths", minimum},
                                  {"newMinimumFrom", minimum_from_term ? "term" : "request"},
                                  {"horizonMonths", horizon},
                                  {"surcharge", fq.surcharge_percent.to_decimal(kMaxDecimalPlaces)},
                                  {"optionA",
                                   object({{"extraPerMonth", money_json(a.extra_monthly, cur)},
                                           {"total", money_json(a.total_a, cur)},
                                           {"termRenewed", false}})},
                                  {"optionB",
                                   object({{"monthsAtNewFactor", a.months_at_new},
                                           {"perMonth", money_json(a.new_monthly, cur)},
                                           {"total", money_json(a.total_b, cur)},
                                           {"termRenewed", true}})},
                                  {"cheaper", cheaper},
                                  {"saving", money_json(saving, cur)},
                                  {"breakEven", object({{"months", number_json(k_star)}, {"text", words}})}});
  return std::nullopt;
}

std::optional<Error> upgrade(const json& r, const Priced& q, json& out, Explain& explain) {
  const json* v = find_field(r, "temporaryUpgrade");
  if (!v) return std::nullopt;
  const std::string path = "/temporaryUpgrade";
  const std::string& cur = q.profile->currency;
  if (!v->is_object())
    return wrong_type(path,
                      say({"an object {tier, pricePerFactorUnit, days}", "ein Objekt {tier, pricePerFactorUnit, days}",
                           "een object {tier, pricePerFactorUnit, days}", "et objekt {tier, pricePerFactorUnit, days}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, path, {"tier", "pricePerFactorUnit", "days"})) return *e;
  if (!q.pricing->temporary_upgrade_surcharge_percent)
    return Error{"not_applicable",
                 say({"{0}'s pricing names no surcharge for a temporary upgrade (temporaryUpgradeSurcharge)",
                      "die Preisregel von {0} nennt keinen Aufschlag für ein befristetes Upgrade "
                      "(temporaryUpgradeSurcharge)",
                      "de prijsregeling van {0} noemt geen toeslag voor een tijdelijke upgrade "
                      "(temporaryUpgradeSurcharge)",
                      "prissætningen for {0} nævner intet tillæg for en midlertidig opgradering "
                      "(temporaryUpgradeSurcharge)"},
                     {q.tier->name}),
                 path};
  const json* tier_value = find_field(*v, "tier");
  if (!tier_value)
    return missing_field(path + "/tier", say({"the higher tier's id", "die ID des höheren Tarifs",
                                              "de id van het hogere niveau", "det højere niveaus id"}));
  auto higher = resolve_tier(*q.profile, *tier_value, path + "/tier");
  if (!higher.ok()) return higher.error();
  const Tier& up = *higher.value();
  if (&up == q.tier)
    return Error{"conflict",
                 say({"the temporary tier must differ from \"tier\"", "der befristete Tarif muss sich von \"tier\" unterscheiden",
                      "het tijdelijke niveau moet verschillen van \"tier\"", "det midlertidige niveau skal afvige fra \"tier\""}),
                 path + "/tier"};
  if (!up.pricing || up.pricing->model != "component-factor")
    return Error{"not_applicable",
                 say({"{0} is not priced by component factor", "{0} wird nicht nach Komponentenfaktor berechnet",
                      "{0} wordt niet per componentfactor geprijsd", "{0} prissættes ikke efter komponentfaktor"},
                     {up.name}),
                 path + "/tier"};
  if (auto e = check_increase(*q.tier, up, path + "/tier")) return *e;
  std::int64_t up_price = 0;
  if (const json* p = find_field(*v, "pricePerFactorUnit")) {
    auto price = read_price(*p, path + "/pricePerFactorUnit");
    if (!price.ok()) return price.error();
    up_price = price.value();
  } else if (up.pricing->price_per_factor_unit) {
    up_price = *up.pricing->price_per_factor_unit;
  } else {
    return missing_field(path + "/pricePerFactorUnit",
                         say({"{0}'s price per factor unit and month, in minor units",
                              "der Preis von {0} je Faktoreinheit und Monat, in kleinsten Währungseinheiten",
                              "de prijs van {0} per factoreenheid en maand, in de kleinste munteenheid",
                              "prisen for {0} pr. faktorenhed og måned, i mindste møntenhed"},
                             {up.name}));
  }
  if (up_price < q.per_factor_unit)
    return Error{"out_of_range",
                 say({"a temporary upgrade goes to a higher service level (§3.8): {0}'s price per factor unit is below "
                      "the current {1}",
                      "ein befristetes Upgrade führt zu einem höheren Service-Level (§3.8): der Preis von {0} je "
                      "Faktoreinheit liegt unter den aktuellen {1}",
                      "een tijdelijke upgrade gaat naar een hoger serviceniveau (§3.8): de prijs van {0} per "
                      "factoreenheid ligt onder de huidige {1}",
                      "en midlertidig opgradering går til et højere serviceniveau (§3.8): prisen for {0} pr. "
                      "faktorenhed ligger under de nuværende {1}"},
                     {up.name, money_text(q.per_factor_unit, cur)}),
                 path + "/pricePerFactorUnit"};
  const json* days_value = find_field(*v, "days");
  if (!days_value)
    return missing_field(path + "/days", say({"the agreed number of days", "die vereinbarte Anzahl Tage",
                                              "het overeengekomen aantal dagen", "det aftalte antal dage"}));
  auto days = read_integer(*days_value, path + "/days", 1, kMaxDays);
  if (!days.ok()) return days.error();
  int d = static_cast<int>(days.value());
  const Rational& surcharge = *q.pricing->temporary_upgrade_surcharge_percent;
  TemporaryUpgradeAnswer a = temporary_upgrade(q.config.factor, q.per_factor_unit, up_price, surcharge, d);
  const std::string up_args[] = {up.name,
                                 num(d),
                                 percent_text(surcharge),
                                 num(q.config.factor),
                                 money_text(up_price, cur),
                                 num(Rational(1) + surcharge / Rational(100)),
                                 amount_text(a.cost, cur),
                                 q.tier->name,
                                 money_text(q.per_factor_unit, cur),
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
  out["temporaryUpgrade"] = object({{"tier", up.id},
                                    {"name", up.name},
                                    {"days", d},
                                    {"surcharge", surcharge.to_decimal(kMaxDecimalPlaces)},
                                    {"pricePerFactorUnit", money_json(Rational(up_price), cur)},
                                    {"monthlyServiceLevel", money_json(a.upgraded_monthly, cur)},
                                    {"cost", money_json(a.cost, cur)},
                                    {"staying", money_json(a.staying, cur)},
                                    {"difference", money_json(a.difference, cur)},
                                    {"termRenewed", false}});
  return std::nullopt;
}

std::optional<Error> price_component_factor(const json& r, const Profile& p, const Tier& t, json& out,
                                            Explain& explain) {
  const std::string& cur = p.currency;
  Priced q{&p, &t, &*t.pricing, 0, {}, {}, {}, {}};
  const json* group = find_field(r, "resourceGroup");
  if (!group)
    return missing_field("/resourceGroup",
                         say({"the resource group {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "die Ressourcengruppe {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "de resourcegroep {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "ressourcegruppen {vms: [{name, vcpus, ramGb, storageGb, components}]}"}));
  auto g = read_group(*group, "/resourceGroup");
  if (!g.ok()) return g.error();
  q.group = g.value();
  bool price_from_profile = false;
  if (const json* v = find_field(r, "pricePerFactorUnit")) {
    auto price = read_price(*v, "/pricePerFactorUnit");
    if (!price.ok()) return price.error();
    q.per_factor_unit = price.value();
  } else if (q.pricing->price_per_factor_unit) {
    q.per_factor_unit = *q.pricing->price_per_factor_unit;
    price_from_profile = true;
  } else {
    return missing_field("/pricePerFactorUnit",
                         say({"the price per factor unit and month, in minor units (the price sheet is not part of "
                              "the contract: enter yours)",
                              "der Preis je Faktoreinheit und Monat, in kleinsten Währungseinheiten (die Preisliste ist "
                              "nicht Teil des Vertrags: tragen Sie Ihren ein)",
                              "de prijs per factoreenheid en maand, in de kleinste munteenheid (de prijslijst maakt "
                              "geen deel uit van het contract: vul de uwe in)",
                              "prisen pr. faktorenhed og måned, i mindste møntenhed (prislisten er ikke en del af "
                              "kontrakten: indtast jeres)"}));
  }
  auto prices = read_infrastructure_prices(r);
  if (!prices.ok()) return prices.error();
  q.prices = prices.value();

  FactorAnswer factor = component_factor(q.group);
  Resources resources = resources_of(q.group);
  q.config = {factor.total, resources.vcpus, resources.ram_gb, resources.storage_gb};
  q.monthly = monthly_price(q.config, q.per_factor_unit, q.prices);
  if (auto e = check_monthly(q.monthly, "/resourceGroup")) return *e;

  explain.push_back({"model", with_clause(say({"Component-factor pricing: service level = component factor × price per "
                                               "factor unit of the tier",
                                               "Preis nach Komponentenfaktor: Service-Level = Komponentenfaktor × Preis pro "
                                               "Faktoreinheit der Stufe",
                                               "Prijs volgens componentfactor: serviceniveau = componentfactor × prijs per "
                                               "factoreenheid van het niveau",
                                               "Pris efter komponentfaktor: serviceniveau = komponentfaktor × pris pr. "
                                               "faktorenhed for niveauet"}),
                                          q.pricing->cite.clause) +
                                  "."});
  const std::string unit_price = money_text(q.per_factor_unit, cur);
  std::string per_unit =
      price_from_profile
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
  if (price_from_profile && q.pricing->prices_are_examples)
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
  json components = json::array();
  for (const ComponentFactor& c : factor.components) {
    explain.push_back({"component", c.working + "."});
    json vms = json::array();
    for (const auto& [vm, vcpus] : c.on) vms.push_back(object({{"name", vm}, {"vcpus", vcpus}}));
    components.push_back(object({{"name", c.name},
                                 {"instances", c.instances},
                                 {"vms", vms},
                                 {"factor", number_json(c.factor)},
                                 {"working", c.working}}));
  }
  std::string sum;
  for (const ComponentFactor& c : factor.components) sum += (sum.empty() ? "" : " + ") + num(c.factor);
  if (factor.components.size() > 1) sum += " = " + num(factor.total);
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
                                          {num(factor.total), unit_price, amount_text(q.monthly.service_level, cur)})});
  if (!find_field(r, "infrastructurePrices"))
    explain.push_back(
        {"infrastructure",
         say({"No infrastructurePrices given: vCPU, RAM and storage are counted at 0 (their prices are on the price "
              "sheet, not in the contract).",
              "Keine infrastructurePrices angegeben: vCPU, RAM und Speicher werden mit 0 angesetzt (ihre Preise stehen "
              "im Preisblatt, nicht im Vertrag).",
              "Geen infrastructurePrices opgegeven: vCPU, RAM en opslag tellen als 0 (hun prijzen staan op de prijslijst, "
              "niet in het contract).",
              "Ingen infrastructurePrices angivet: vCPU, RAM og lagerplads regnes som 0 (deres priser står i prislisten, "
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
             {num(resources.vcpus), money_text(q.prices.vcpu, cur), num(resources.ram_gb),
              money_text(q.prices.ram_gb, cur), num(resources.storage_gb), money_text(q.prices.storage_gb, cur),
              amount_text(q.monthly.infrastructure, cur)})});
  explain.push_back({"monthly", say({"Monthly price: {0} + {1} = {2}.", "Monatspreis: {0} + {1} = {2}.",
                                     "Maandprijs: {0} + {1} = {2}.", "Månedspris: {0} + {1} = {2}."},
                                    {amount_text(q.monthly.service_level, cur),
                                     amount_text(q.monthly.infrastructure, cur), amount_text(q.monthly.total, cur)})});

  out["factor"] = object({{"components", components}, {"total", number_json(factor.total)}});
  out["resources"] = object({{"vms", q.group.vms.size()},
                             {"vcpus", resources.vcpus},
                             {"ramGb", exact_number_text(resources.ram_gb)},
                             {"storageGb", exact_number_text(resources.storage_gb)}});
  out["prices"] = object({{"pricePerFactorUnit", money_json(Rational(q.per_factor_unit), cur)},
                          {"pricePerFactorUnitFrom", price_from_profile ? "profile" : "request"},
                          {"vcpu", money_json(Rational(q.prices.vcpu), cur)},
                          {"ramGb", money_json(Rational(q.prices.ram_gb), cur)},
                          {"storageGb", money_json(Rational(q.prices.storage_gb), cur)}});
  out["monthly"] = object({{"serviceLevel", money_json(q.monthly.service_level, cur)},
                           {"vcpu", money_json(q.monthly.vcpu, cur)},
                           {"ramGb", money_json(q.monthly.ram, cur)},
                           {"storageGb", money_json(q.monthly.storage, cur)},
                           {"infrastructure", money_json(q.monthly.infrastructure, cur)},
                           {"total", money_json(q.monthly.total, cur)}});
  json options = json::object();
  if (auto e = meter(r, q, out, explain, options)) return *e;
  if (auto e = factor_increase(r, q, out, explain)) return *e;
  if (auto e = upgrade(r, q, out, explain)) return *e;
  out["options"] = options;
  return std::nullopt;
}

// ---------------------------------------------------------------- support hours

std::optional<Error> price_support_hours(const json& r, const Profile& p, const Tier& t, json& out, Explain& explain) {
  const std::string& cur = p.currency;
  const Pricing& pricing = *t.pricing;
  const std::string path = "/supportHours";
  const json* v = find_field(r, "supportHours");
  if (!v)
    return missing_field(path,
                         say({"the support hours {perMonth, hourlyRate, used} (the service sheet is not part of the "
                              "contract)",
                              "die Supportstunden {perMonth, hourlyRate, used} (das Leistungsblatt ist nicht Teil des "
                              "Vertrags)",
                              "de supporturen {perMonth, hourlyRate, used} (het serviceblad maakt geen deel uit van het "
                              "contract)",
                              "supporttimerne {perMonth, hourlyRate, used} (servicebladet er ikke en del af "
                              "kontrakten)"}));
  if (!v->is_object())
    return wrong_type(path,
                      say({"an object {perMonth, hourlyRate, introductionMonths, used}",
                           "ein Objekt {perMonth, hourlyRate, introductionMonths, used}",
                           "een object {perMonth, hourlyRate, introductionMonths, used}",
                           "et objekt {perMonth, hourlyRate, introductionMonths, used}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, path, {"perMonth", "hourlyRate", "introductionMonths", "used"})) return *e;
  Rational per_month;
  if (const json* h = find_field(*v, "perMonth")) {
    auto hours = read_amount(*h, path + "/perMonth", kMaxHours, kAtMostHours, kHourPlaces);
    if (!hours.ok()) return hours.error();
    per_month = hours.value();
  } else if (pricing.support_hours_per_month) {
    per_month = *pricing.support_hours_per_month;
    if (per_month > Rational(kMaxHours) || !(per_month * Rational(10000)).is_integer())
      return Error{"out_of_range",
                   say({"the profile's supportHoursPerMonth needs at most 4 decimal places and 100000 hours: give "
                        "perMonth",
                        "supportHoursPerMonth des Profils braucht höchstens 4 Nachkommastellen und 100000 Stunden: "
                        "geben Sie perMonth an",
                        "supportHoursPerMonth van het profiel mag hoogstens 4 decimalen en 100000 uur hebben: geef "
                        "perMonth",
                        "profilens supportHoursPerMonth må højst have 4 decimaler og 100000 timer: angiv perMonth"}),
                   path + "/perMonth"};
  } else {
    return missing_field(path + "/perMonth", say({"the support hours per month of the operation phase (service sheet)",
                                                  "die Supportstunden je Monat der Betriebsphase (Leistungsblatt)",
                                                  "de supporturen per maand in de exploitatiefase (serviceblad)",
                                                  "supporttimerne pr. måned i driftsfasen (serviceblad)"}));
  }
  int introduction = 1;  // "typische Dauer der Einführungsphase beträgt einen Monat"
  if (const json* m = find_field(*v, "introductionMonths")) {
    auto n = read_integer(*m, path + "/introductionMonths", 0, kMaxIntroductionMonths);
    if (!n.ok()) return n.error();
    introduction = static_cast<int>(n.value());
  }
  int multiplier = pricing.introduction_multiplier.value_or(1);
  std::vector<Rational> used;
  if (const json* list = find_field(*v, "used")) {
    auto hours = read_array<Rational>(*list, path + "/used", kMaxUsedMonths, [](const json& h, const std::string& at) {
      return read_amount(h, at, kMaxHours, kAtMostHours, kHourPlaces);
    });
    if (!hours.ok()) return hours.error();
    used = hours.value();
  }
  std::optional<std::int64_t> rate = pricing.hourly_rate;
  if (const json* h = find_field(*v, "hourlyRate")) {
    auto price = read_price(*h, path + "/hourlyRate");
    if (!price.ok()) return price.error();
    rate = price.value();
  }
  if (!rate && !used.empty())
    return missing_field(path + "/hourlyRate",
                         say({"the agreed hourly rate, in minor units",
                              "der vereinbarte Stundensatz, in kleinsten Währungseinheiten",
                              "het overeengekomen uurtarief, in de kleinste munteenheid",
                              "den aftalte timesats, i mindste møntenhed"}));

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
                                {num(multiplier)}),
                            pricing.cite.clause) +
                    "."});
  Rational intro_hours = per_month * Rational(multiplier);
  const std::string operation_hours = hours(per_month), introduction_hours = hours(intro_hours);
  std::string first = introduction == 1
                          ? say({"the first month", "im ersten Monat", "in de eerste maand", "i den første måned"})
                          : say({"the first {0} months", "in den ersten {0} Monaten", "in de eerste {0} maanden",
                                 "i de første {0} måneder"},
                                {num(introduction)});
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
  json result = {
      {"perMonth", exact_number_text(per_month)},
      {"introductionMultiplier", multiplier},
      {"introductionMonths", introduction},
      {"hourlyRate", rate ? money_json(Rational(*rate), cur) : json()},
      {"contingent", object({{"introduction", exact_number_text(intro_hours)}, {"operation", exact_number_text(per_month)}})}};
  if (!used.empty()) {
    SupportAnswer a = support_hours(per_month, multiplier, introduction, *rate, used);
    json months = json::array();
    for (const SupportMonth& m : a.months) {
      std::string phase = m.introduction ? "introduction" : "operation";
      const std::string index = num(m.index), used_hours = hours(m.used), included = hours(m.included);
      std::string line;
      if (m.overage > Rational(0) && m.introduction)
        line = say({"Month {0} (introduction): {1} used of {2} → {3} × {4} = {5}.",
                    "Monat {0} (Einführung): {1} genutzt von {2} → {3} × {4} = {5}.",
                    "Maand {0} (invoering): {1} gebruikt van {2} → {3} × {4} = {5}.",
                    "Måned {0} (indføring): {1} brugt af {2} → {3} × {4} = {5}."},
                   {index, used_hours, included, hours(m.overage), money_text(*rate, cur), amount_text(m.cost, cur)});
      else if (m.overage > Rational(0))
        line = say({"Month {0} (operation): {1} used of {2} → {3} × {4} = {5}.",
                    "Monat {0} (Betrieb): {1} genutzt von {2} → {3} × {4} = {5}.",
                    "Maand {0} (exploitatie): {1} gebruikt van {2} → {3} × {4} = {5}.",
                    "Måned {0} (drift): {1} brugt af {2} → {3} × {4} = {5}."},
                   {index, used_hours, included, hours(m.overage), money_text(*rate, cur), amount_text(m.cost, cur)});
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
      months.push_back(object({{"month", m.index},
                               {"phase", phase},
                               {"included", exact_number_text(m.included)},
                               {"used", exact_number_text(m.used)},
                               {"overage", exact_number_text(m.overage)},
                               {"cost", money_json(m.cost, cur)}}));
    }
    const std::string count = num(static_cast<long long>(a.months.size())), used_total = hours(a.used),
                      beyond = hours(a.overage), cost = amount_text(a.cost, cur);
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
    result["months"] = months;
    result["totals"] = object({{"included", exact_number_text(a.included)},
                               {"used", exact_number_text(a.used)},
                               {"overage", exact_number_text(a.overage)},
                               {"cost", money_json(a.cost, cur)}});
  }
  out["supportHours"] = result;
  out["options"] = object({{"introductionMonths", introduction}});
  return std::nullopt;
}

}  // namespace

Result<json> price_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(
          r, "",
          {"profile", "tier", "pricePerFactorUnit", "resourceGroup", "infrastructurePrices", "month", "changes",
           "dayBilling", "dayMaximum", "factorIncrease", "temporaryUpgrade", "supportHours", "monthlyPrice"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& t = *resolved.value().tier;
  const std::string model = t.pricing ? t.pricing->model : "none";
  if (auto e = check_applicable(r, t, model)) return *e;

  json out;
  out["profile"] = p.id;
  out["tier"] = t.id;
  out["currency"] = p.currency;
  out["model"] = model;
  out["clause"] = t.pricing ? t.pricing->cite.clause : "";
  out["pricesAreExamples"] = t.pricing && t.pricing->prices_are_examples;
  out["options"] = json::object();
  Explain explain;
  std::optional<Error> failed;
  if (model == "component-factor") {
    failed = price_component_factor(r, p, t, out, explain);
  } else if (model == "support-hours") {
    failed = price_support_hours(r, p, t, out, explain);
  } else if (model == "fixed-monthly") {
    std::optional<std::int64_t> price = t.pricing->monthly_price;
    bool given = false;
    if (const json* v = find_field(r, "monthlyPrice")) {
      auto read = read_price(*v, "/monthlyPrice");
      if (!read.ok()) return read.error();
      price = read.value();
      given = true;
    }
    if (!price)
      return missing_field("/monthlyPrice", say({"the tier's monthly price, in minor units",
                                                 "der Monatspreis des Tarifs, in kleinsten Währungseinheiten",
                                                 "de maandprijs van het niveau, in de kleinste munteenheid",
                                                 "niveauets månedspris, i mindste møntenhed"}));
    const std::string amount = money_text(*price, p.currency);
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
    out["monthly"] = object({{"total", money_json(Rational(*price), p.currency)}});
  } else {
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
  if (failed) return *failed;
  if (model != "none")
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
  out["explain"] = explain_json(explain);
  return out;
}

}  // namespace slacalc
