#include "price_json.hpp"

#include <algorithm>

#include "factor_increase.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "metering.hpp"
#include "period_json.hpp"
#include "price_request.hpp"
#include "pricing.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "support_hours.hpp"
#include "tier_order.hpp"
#include "window_hours.hpp"

namespace slacalc {
namespace {

// Bounds of the price request beyond the resource group (price_request.hpp has those).
constexpr std::size_t kMaxChanges = 100, kMaxUsedMonths = 1200;
constexpr long long kMaxMonths = 1200, kMaxDays = 3660, kMaxIntroductionMonths = 120;
constexpr long long kMaxHours = 100'000;
constexpr int kHourPlaces = 4;
constexpr Phrase kAtMostHours{"at most {0} hours", "höchstens {0} Stunden", "hoogstens {0} uur", "højst {0} timer"};

// { minor (rounded half up), text, exact (minor units, decimal or fraction) }
json money_json(const Rational& minor, const std::string& currency) {
  return object({{"minor", rounded_minor(minor)},
                 {"text", money_text(rounded_minor(minor), currency)},
                 {"exact", exact_number_text(minor)}});
}

json number_json(const Rational& value) {
  return object({{"exact", exact_number_text(value)}, {"text", short_number_text(value)}});
}

json config_json(const PricedConfig& c) {
  return object({{"factor", number_json(c.factor)},
                 {"vcpus", c.vcpus},
                 {"ramGb", exact_number_text(c.ram_gb)},
                 {"storageGb", exact_number_text(c.storage_gb)}});
}

// ---------------------------------------------------------------- component factor, infrastructure

// One change of the metered month: { from, resourceGroup, recommit? }.
Result<Change> read_change(const json& v, const std::string& path, bool service_level) {
  if (!v.is_object())
    return wrong_type(path,
                      say({"a change {from, resourceGroup}", "eine Änderung {from, resourceGroup}",
                           "een wijziging {from, resourceGroup}", "en ændring {from, resourceGroup}"}),
                      v);
  if (auto e = reject_unknown_fields(v, path, {"from", "resourceGroup", "recommit"})) return *e;
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
  Change change{*day, g.value(), false};
  if (const json* recommit = find_field(v, "recommit")) {
    if (!recommit->is_boolean()) return wrong_type(path + "/recommit", true_or_false(), *recommit);
    if (!service_level && recommit->get<bool>())
      return Error{"not_applicable",
                   say({"a recommitment commits a component factor (§3.7.1); this tier has no component-factor service "
                        "level",
                        "eine erneute Zusage gilt einem Komponentenfaktor (§3.7.1); dieser Tarif hat kein Service-Level "
                        "nach Komponentenfaktor",
                        "een hernieuwde toezegging geldt een componentfactor (§3.7.1); dit niveau heeft geen "
                        "serviceniveau volgens componentfactor",
                        "en fornyet forpligtelse gælder en komponentfaktor (§3.7.1); dette niveau har intet "
                        "serviceniveau efter komponentfaktor"}),
                   path + "/recommit"};
    change.recommit = recommit->get<bool>();
  }
  return change;
}

// "month" and its "changes" (§10.1): in the month, in order, each priced below 10^15.
// `metered` false when neither is given.
std::optional<Error> read_metering(const json& r, const GroupRequest& g, MeterQuery& q, bool& metered) {
  const json* month_value = find_field(r, "month");
  const json* changes_value = find_field(r, "changes");
  metered = month_value || changes_value;
  if (!metered) return std::nullopt;
  if (!month_value)
    return missing_field("/month", say({"the month the changes fall in, YYYY-MM",
                                        "der Monat, in den die Änderungen fallen, JJJJ-MM",
                                        "de maand waarin de wijzigingen vallen, JJJJ-MM",
                                        "måneden, ændringerne falder i, ÅÅÅÅ-MM"}));
  PeriodSpec month;
  if (auto e = read_month(*month_value, "/month", month)) return *e;
  LocalSpan span = commitment_span(PeriodKind::month, date::year{month.month_year} / date::month{month.month});
  q.first = span.from;
  q.next = span.to;
  q.label = span.label;
  if (!changes_value) return std::nullopt;
  const bool service_level = g.group.service_level;
  auto list = read_array<Change>(*changes_value, "/changes", kMaxChanges,
                                 [service_level](const json& v, const std::string& path) {
                                   return read_change(v, path, service_level);
                                 });
  if (!list.ok()) return list.error();
  q.changes = list.value();
  for (std::size_t i = 0; i < q.changes.size(); ++i) {
    const std::string path = "/changes/" + std::to_string(i);
    const Change& c = q.changes[i];
    if (c.from < span.from || c.from >= span.to)
      return Error{"out_of_range",
                   say({"{0} is not in {1}", "{0} liegt nicht im {1}", "{0} valt niet in {1}", "{0} ligger ikke i {1}"},
                       {iso_date(c.from), span.label}),
                   path + "/from"};
    if (i > 0 && c.from < q.changes[i - 1].from)
      return Error{"inverted_range",
                   say({"{0} comes before the previous change ({1}): list changes in order",
                        "{0} liegt vor der vorigen Änderung ({1}): Änderungen bitte in zeitlicher Reihenfolge",
                        "{0} valt vóór de vorige wijziging ({1}): zet de wijzigingen op volgorde",
                        "{0} ligger før den forrige ændring ({1}): angiv ændringerne i rækkefølge"},
                       {iso_date(c.from), iso_date(q.changes[i - 1].from)}),
                   path + "/from"};
    if (auto e = check_monthly(monthly_price(config_of(c.group), q.per_factor_unit, q.prices), path + "/resourceGroup"))
      return *e;
  }
  return std::nullopt;
}

// "dayBilling", "dayMaximum" — always read, always listed in the options.
std::optional<Error> read_day_readings(const json& r, const GroupRequest& g, MeterQuery& q) {
  if (const json* v = find_field(r, "dayBilling")) {
    if (auto e = read_id(*v, "/dayBilling", kDayBillingIds, q.billing)) return e;
  }
  if (const json* v = find_field(r, "dayMaximum")) {
    if (auto e = read_id(*v, "/dayMaximum", kDayMaximumIds, q.maximum)) return e;
  }
  q.base = g.group.group;
  q.service_level = g.group.service_level;
  q.per_factor_unit = g.group.per_factor_unit;
  q.prices = g.group.prices;
  q.committed = g.committed;
  q.surcharge_percent = g.tier->pricing->increase_surcharge_percent.value_or(Percent());
  q.currency = g.profile->currency;
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

// "factorIncrease" (§3.7.1): from the committed factor (committedFactor, else
// the group's) to the larger group's, k months of need, M, H.
// k (neededMonths), M (newMinimumMonths, default the tier's term) and H
// (horizonMonths ≥ max(k, M), default max(k, M)) of a factor increase.
std::optional<Error> read_increase_months(const json& v, const std::string& path, const Tier& tier,
                                          FactorIncreaseQuery& fq) {
  const json* needed = find_field(v, "neededMonths");
  if (!needed)
    return missing_field(path + "/neededMonths", say({"for how many months the larger factor is needed",
                                                      "wie viele Monate der größere Faktor gebraucht wird",
                                                      "hoeveel maanden de grotere factor nodig is",
                                                      "hvor mange måneder den større faktor er nødvendig"}));
  auto k = read_integer(*needed, path + "/neededMonths", 1, kMaxMonths);
  if (!k.ok()) return k.error();
  int minimum = 0;
  bool minimum_from_term = false;
  if (const json* m = find_field(v, "newMinimumMonths")) {
    auto n = read_integer(*m, path + "/newMinimumMonths", 1, kMaxMonths);
    if (!n.ok()) return n.error();
    minimum = static_cast<int>(n.value());
  } else if (auto term = minimum_months(tier)) {
    minimum = *term;
    minimum_from_term = true;
  } else {
    return missing_field(path + "/newMinimumMonths",
                         say({"the renewed minimum term in months ({0} has no minimum term in months)",
                              "die erneuerte Mindestlaufzeit in Monaten ({0} hat keine Mindestlaufzeit in Monaten)",
                              "de vernieuwde minimale looptijd in maanden ({0} heeft geen minimale looptijd in maanden)",
                              "den fornyede minimumsløbetid i måneder ({0} har ingen minimumsløbetid i måneder)"},
                             {tier.name}));
  }
  const int needed_months = static_cast<int>(k.value());
  int floor_months = std::max(needed_months, minimum);
  int horizon = floor_months;
  if (const json* h = find_field(v, "horizonMonths")) {
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
  fq.needed_months = needed_months;
  fq.minimum_months = minimum;
  fq.horizon_months = horizon;
  fq.minimum_from_term = minimum_from_term;
  fq.horizon_given = find_field(v, "horizonMonths") != nullptr;
  return std::nullopt;
}

std::optional<Error> read_factor_increase(const json& r, const GroupRequest& g, const PricedConfig& config,
                                          std::optional<FactorIncreaseQuery>& out) {
  const json* v = find_field(r, "factorIncrease");
  if (!v) return std::nullopt;
  const std::string path = "/factorIncrease";
  if (!v->is_object())
    return wrong_type(path,
                      say({"an object {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "ein Objekt {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "een object {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}",
                           "et objekt {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, path, {"resourceGroup", "neededMonths", "newMinimumMonths", "horizonMonths"}))
    return *e;
  if (!g.tier->pricing->increase_surcharge_percent)
    return Error{"not_applicable",
                 say({"{0}'s pricing names no surcharge for a factor increase (increaseSurcharge)",
                      "die Preisregel von {0} nennt keinen Aufschlag für eine Faktorerhöhung (increaseSurcharge)",
                      "de prijsregeling van {0} noemt geen toeslag voor een factorverhoging (increaseSurcharge)",
                      "prissætningen for {0} nævner intet tillæg for en faktorforhøjelse (increaseSurcharge)"},
                     {g.tier->name}),
                 path};
  const json* group = find_field(*v, "resourceGroup");
  if (!group)
    return missing_field(path + "/resourceGroup", say({"the larger resource group", "die größere Ressourcengruppe",
                                                       "de grotere resourcegroep", "den større ressourcegruppe"}));
  auto larger = read_group(*group, path + "/resourceGroup");
  if (!larger.ok()) return larger.error();
  PricedConfig bigger = config_of(larger.value());
  if (auto e = check_monthly(monthly_price(bigger, g.group.per_factor_unit, g.group.prices), path + "/resourceGroup"))
    return *e;
  // §3.7, §3.7.1: the increase is counted from the minimum purchase; a group
  // already above it would pay the surcharge before the increase too.
  if (g.committed && *g.committed < config.factor)
    return Error{"conflict",
                 say({"the current group's factor {0} is above the committed {1}: the comparison starts from the "
                      "committed factor — give a group at or below it, or the current factor as committedFactor",
                      "der Faktor {0} der aktuellen Gruppe liegt über den zugesagten {1}: der Vergleich beginnt beim "
                      "zugesagten Faktor — geben Sie eine Gruppe bis zu diesem an oder den aktuellen Faktor als "
                      "committedFactor",
                      "de factor {0} van de huidige groep ligt boven de toegezegde {1}: de vergelijking begint bij de "
                      "toegezegde factor — geef een groep tot die factor, of de huidige factor als committedFactor",
                      "den nuværende gruppes faktor {0} ligger over de forpligtede {1}: sammenligningen begynder ved den "
                      "forpligtede faktor — angiv en gruppe op til den, eller den nuværende faktor som committedFactor"},
                     {exact_number_text(config.factor), exact_number_text(*g.committed)}),
                 "/committedFactor"};
  const Rational old_factor = g.committed.value_or(config.factor);
  if (!(old_factor < bigger.factor))
    return Error{"out_of_range",
                 say({"not an increase: this group's factor is {0}, the current one's {1}",
                      "keine Erhöhung: der Faktor dieser Gruppe ist {0}, der der aktuellen {1}",
                      "geen verhoging: de factor van deze groep is {0}, die van de huidige {1}",
                      "ingen forhøjelse: denne gruppes faktor er {0}, den nuværendes {1}"},
                     {exact_number_text(bigger.factor), exact_number_text(old_factor)}),
                 path + "/resourceGroup"};
  FactorIncreaseQuery& fq = out.emplace();
  if (auto e = read_increase_months(*v, path, *g.tier, fq)) return *e;
  fq.old_factor = old_factor;
  fq.new_factor = bigger.factor;
  fq.per_factor_unit = g.group.per_factor_unit;
  fq.surcharge_percent = *g.tier->pricing->increase_surcharge_percent;
  fq.currency = g.profile->currency;
  return std::nullopt;
}

// "temporaryUpgrade" (§3.8): a higher tier for some days.
std::optional<Error> read_upgrade(const json& r, const GroupRequest& g, const PricedConfig& config,
                                  std::optional<TemporaryUpgradeQuery>& out) {
  const json* v = find_field(r, "temporaryUpgrade");
  if (!v) return std::nullopt;
  const std::string path = "/temporaryUpgrade";
  const std::string& cur = g.profile->currency;
  if (!v->is_object())
    return wrong_type(path,
                      say({"an object {tier, pricePerFactorUnit, days}", "ein Objekt {tier, pricePerFactorUnit, days}",
                           "een object {tier, pricePerFactorUnit, days}", "et objekt {tier, pricePerFactorUnit, days}"}),
                      *v);
  if (auto e = reject_unknown_fields(*v, path, {"tier", "pricePerFactorUnit", "days"})) return *e;
  if (!g.tier->pricing->temporary_upgrade_surcharge_percent)
    return Error{"not_applicable",
                 say({"{0}'s pricing names no surcharge for a temporary upgrade (temporaryUpgradeSurcharge)",
                      "die Preisregel von {0} nennt keinen Aufschlag für ein befristetes Upgrade "
                      "(temporaryUpgradeSurcharge)",
                      "de prijsregeling van {0} noemt geen toeslag voor een tijdelijke upgrade "
                      "(temporaryUpgradeSurcharge)",
                      "prissætningen for {0} nævner intet tillæg for en midlertidig opgradering "
                      "(temporaryUpgradeSurcharge)"},
                     {g.tier->name}),
                 path};
  const json* tier_value = find_field(*v, "tier");
  if (!tier_value)
    return missing_field(path + "/tier", say({"the higher tier's id", "die ID des höheren Tarifs",
                                              "de id van het hogere niveau", "det højere niveaus id"}));
  auto higher = resolve_tier(*g.profile, *tier_value, path + "/tier");
  if (!higher.ok()) return higher.error();
  const Tier& up = *higher.value();
  if (&up == g.tier)
    return Error{"conflict",
                 say({"the temporary tier must differ from \"tier\"", "der befristete Tarif muss sich von \"tier\" unterscheiden",
                      "het tijdelijke niveau moet verschillen van \"tier\"", "det midlertidige niveau skal afvige fra \"tier\""}),
                 path + "/tier"};
  if (!up.pricing || up.pricing->model != Pricing::Model::component_factor)
    return Error{"not_applicable",
                 say({"{0} is not priced by component factor", "{0} wird nicht nach Komponentenfaktor berechnet",
                      "{0} wordt niet per componentfactor geprijsd", "{0} prissættes ikke efter komponentfaktor"},
                     {up.name}),
                 path + "/tier"};
  if (auto e = check_increase(*g.tier, up, path + "/tier")) return *e;
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
  if (up_price < g.group.per_factor_unit)
    return Error{"out_of_range",
                 say({"a temporary upgrade goes to a higher service level (§3.8): {0}'s price per factor unit is below "
                      "the current {1}",
                      "ein befristetes Upgrade führt zu einem höheren Service-Level (§3.8): der Preis von {0} je "
                      "Faktoreinheit liegt unter den aktuellen {1}",
                      "een tijdelijke upgrade gaat naar een hoger serviceniveau (§3.8): de prijs van {0} per "
                      "factoreenheid ligt onder de huidige {1}",
                      "en midlertidig opgradering går til et højere serviceniveau (§3.8): prisen for {0} pr. "
                      "faktorenhed ligger under de nuværende {1}"},
                     {up.name, money_text(g.group.per_factor_unit, cur)}),
                 path + "/pricePerFactorUnit"};
  const json* days_value = find_field(*v, "days");
  if (!days_value)
    return missing_field(path + "/days", say({"the agreed number of days", "die vereinbarte Anzahl Tage",
                                              "het overeengekomen aantal dagen", "det aftalte antal dage"}));
  auto days = read_integer(*days_value, path + "/days", 1, kMaxDays);
  if (!days.ok()) return days.error();
  TemporaryUpgradeQuery& q = out.emplace();
  q.tier = g.tier;
  q.upgraded = &up;
  q.currency = cur;
  q.factor = config.factor;
  q.current_per_factor_unit = g.group.per_factor_unit;
  q.upgraded_per_factor_unit = up_price;
  q.surcharge_percent = *g.tier->pricing->temporary_upgrade_surcharge_percent;
  q.days = static_cast<int>(days.value());
  return std::nullopt;
}

// ---------------------------------------------------------------- writing

// factor, resources, prices, monthly — without the service-level parts for the infrastructure model.
void write_group(const GroupRequest& g, const GroupPrice& a, json& out) {
  const std::string& cur = g.profile->currency;
  const GroupPriceQuery& q = g.group;
  out["resources"] = object({{"vms", q.group.vms.size()},
                             {"vcpus", a.resources.vcpus},
                             {"ramGb", exact_number_text(a.resources.ram_gb)},
                             {"storageGb", exact_number_text(a.resources.storage_gb)}});
  json prices = object({{"vcpu", money_json(Rational(q.prices.vcpu), cur)},
                        {"ramGb", money_json(Rational(q.prices.ram_gb), cur)},
                        {"storageGb", money_json(Rational(q.prices.storage_gb), cur)}});
  json monthly = object({{"vcpu", money_json(a.monthly.vcpu, cur)},
                         {"ramGb", money_json(a.monthly.ram, cur)},
                         {"storageGb", money_json(a.monthly.storage, cur)},
                         {"infrastructure", money_json(a.monthly.infrastructure, cur)},
                         {"total", money_json(a.monthly.total, cur)}});
  if (q.service_level) {
    json components = json::array();
    for (const ComponentFactor& c : a.factor.components) {
      json vms = json::array();
      for (const auto& [vm, vcpus] : c.on) vms.push_back(object({{"name", vm}, {"vcpus", vcpus}}));
      components.push_back(object({{"name", c.name},
                                   {"instances", c.instances},
                                   {"vms", vms},
                                   {"factor", number_json(c.factor)},
                                   {"working", c.working}}));
    }
    out["factor"] = object({{"components", components}, {"total", number_json(a.factor.total)}});
    prices["pricePerFactorUnit"] = money_json(Rational(q.per_factor_unit), cur);
    prices["pricePerFactorUnitFrom"] = q.per_factor_unit_from_profile ? "profile" : "request";
    monthly["serviceLevel"] = money_json(a.monthly.service_level, cur);
  }
  out["prices"] = prices;
  out["monthly"] = monthly;
}

json metering_json(const MeterQuery& q, const Metering& m) {
  const std::string& cur = q.currency;
  json rows = json::array();
  for (const MeterRow& row : m.rows) {
    json item = object({{"from", iso_date(row.from)},
                        {"to", iso_date(row.to)},
                        {"days", row.days},
                        {"config", config_json(row.config)},
                        {"monthly", money_json(row.monthly, cur)},
                        {"amount", money_json(row.amount, cur)}});
    if (q.service_level) {
      item["committedFactor"] = number_json(row.committed);
      item["extraFactor"] = number_json(row.extra);
    }
    rows.push_back(item);
  }
  json out = object({{"month", iso_date(m.from).substr(0, 7)},
                     {"label", q.label},
                     {"from", iso_date(m.from)},
                     {"to", iso_date(m.to)},
                     {"daysInMonth", m.days_in_month},
                     {"billedPerDay", m.per_day},
                     {"changes", q.changes.size()},
                     {"rows", rows},
                     {"total", money_json(m.total, cur)}});
  if (q.service_level)
    out["committed"] = object({{"factor", number_json(m.committed)},
                               {"from", m.committed_given ? "request" : "resource-group"}});
  return out;
}

json factor_increase_json(const FactorIncreaseQuery& fq, const FactorIncreaseAnswer& a) {
  const std::string& cur = fq.currency;
  const char* cheaper = a.cheaper == FactorIncreaseAnswer::Cheaper::a   ? "A"
                        : a.cheaper == FactorIncreaseAnswer::Cheaper::b ? "B"
                                                                        : "equal";
  return object({{"oldFactor", number_json(fq.old_factor)},
                 {"newFactor", number_json(fq.new_factor)},
                 {"delta", number_json(a.delta)},
                 {"neededMonths", fq.needed_months},
                 {"newMinimumMonths", fq.minimum_months},
                 {"newMinimumFrom", fq.minimum_from_term ? "term" : "request"},
                 {"horizonMonths", fq.horizon_months},
                 {"surcharge", fq.surcharge_percent.value().to_decimal(kMaxDecimalPlaces)},
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
                 {"saving", money_json(a.saving, cur)},
                 {"breakEven", object({{"months", number_json(a.break_even)}, {"text", a.break_even_text}})}});
}

json upgrade_json(const TemporaryUpgradeQuery& q, const TemporaryUpgradeAnswer& a) {
  const std::string& cur = q.currency;
  return object({{"tier", q.upgraded->id},
                 {"name", q.upgraded->name},
                 {"days", q.days},
                 {"surcharge", q.surcharge_percent.value().to_decimal(kMaxDecimalPlaces)},
                 {"pricePerFactorUnit", money_json(Rational(q.upgraded_per_factor_unit), cur)},
                 {"monthlyServiceLevel", money_json(a.upgraded_monthly, cur)},
                 {"cost", money_json(a.cost, cur)},
                 {"staying", money_json(a.staying, cur)},
                 {"difference", money_json(a.difference, cur)},
                 {"termRenewed", false}});
}

// A tier priced by its resource group: component-factor or infrastructure.
std::optional<Error> price_group_model(const json& r, const Profile& p, const Tier& t, json& out, Explain& explain,
                                       std::vector<AppliedOption>& readings) {
  GroupRequest g;
  if (auto e = read_group_request(r, p, t, g)) return *e;
  PricedConfig config = config_of(g.group.group);
  MeterQuery metering;
  if (auto e = read_day_readings(r, g, metering)) return *e;
  readings = metering_readings(metering.billing, metering.maximum);
  bool metered = false;
  if (auto e = read_metering(r, g, metering, metered)) return *e;
  std::optional<FactorIncreaseQuery> increase;
  if (auto e = read_factor_increase(r, g, config, increase)) return *e;
  std::optional<TemporaryUpgradeQuery> upgrade;
  if (auto e = read_upgrade(r, g, config, upgrade)) return *e;

  write_group(g, price_group(g.group, explain), out);
  if (metered) {
    Metering m;
    if (auto e = meter_month(metering, "/changes", explain, m)) return *e;
    out["metering"] = metering_json(metering, m);
  } else if (g.committed) {
    explain.push_back({"committed-factor",
                       committed_text(*g.committed, true, t.pricing->increase_surcharge_percent.value_or(Percent()))});
  }
  if (increase) out["factorIncrease"] = factor_increase_json(*increase, compare_factor_increase(*increase, explain));
  if (upgrade) out["temporaryUpgrade"] = upgrade_json(*upgrade, temporary_upgrade(*upgrade, explain));
  return std::nullopt;
}


// "supportHours" (NMS Prime): perMonth, hourlyRate, introductionMonths, used.
std::optional<Error> read_support(const json& r, const Profile& p, const Tier& t, SupportQuery& q) {
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
  q.per_month = per_month;
  q.multiplier = multiplier;
  q.introduction_months = introduction;
  q.hourly_rate = rate;
  q.used = used;
  q.clause = pricing.cite.clause;
  q.currency = p.currency;
  return std::nullopt;
}

std::optional<Error> price_support_hours(const json& r, const Profile& p, const Tier& t, json& out, Explain& explain,
                                         std::vector<AppliedOption>& readings) {
  SupportQuery q;
  if (auto e = read_support(r, p, t, q)) return *e;
  const std::string& cur = p.currency;
  SupportAnswer a = support_hours(q, explain);
  readings = a.readings;
  json result = object(
      {{"perMonth", exact_number_text(q.per_month)},
       {"introductionMultiplier", q.multiplier},
       {"introductionMonths", q.introduction_months},
       {"hourlyRate", q.hourly_rate ? money_json(Rational(*q.hourly_rate), cur) : json()},
       {"contingent", object({{"introduction", exact_number_text(a.introduction_hours)},
                              {"operation", exact_number_text(q.per_month)}})}});
  if (!q.used.empty()) {
    json months = json::array();
    for (const SupportMonth& m : a.months)
      months.push_back(object({{"month", m.index},
                               {"phase", m.introduction ? "introduction" : "operation"},
                               {"included", exact_number_text(m.included)},
                               {"used", exact_number_text(m.used)},
                               {"overage", exact_number_text(m.overage)},
                               {"cost", money_json(m.cost, cur)}}));
    result["months"] = months;
    result["totals"] = object({{"included", exact_number_text(a.included)},
                               {"used", exact_number_text(a.used)},
                               {"overage", exact_number_text(a.overage)},
                               {"cost", money_json(a.cost, cur)}});
  }
  out["supportHours"] = result;
  return std::nullopt;
}

// A fixed monthly price: the request's "monthlyPrice", else the profile's.
std::optional<Error> price_fixed_monthly(const json& r, const Profile& p, const Tier& t, json& out, Explain& explain) {
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
  fixed_monthly_explain(t, *price, given, p.currency, explain);
  out["monthly"] = object({{"total", money_json(Rational(*price), p.currency)}});
  return std::nullopt;
}

}  // namespace
Result<json> price_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "",
                                     {"profile", "tier", "pricePerFactorUnit", "resourceGroup", "infrastructurePrices",
                                      "month", "changes", "dayBilling", "dayMaximum", "committedFactor",
                                      "factorIncrease", "temporaryUpgrade", "supportHours", "monthlyPrice"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& t = *resolved.value().tier;
  using Model = Pricing::Model;
  const Model model = t.pricing ? t.pricing->model : Model::none;
  if (auto e = check_applicable(r, t, model)) return *e;

  json out;
  out["profile"] = p.id;
  out["tier"] = t.id;
  out["currency"] = p.currency;
  out["model"] = id_of(Pricing::kModelIds, model);
  out["clause"] = t.pricing ? t.pricing->cite.clause : "";
  out["pricesAreExamples"] = t.pricing && t.pricing->prices_are_examples;
  Explain explain;
  std::vector<AppliedOption> readings;
  std::optional<Error> failed;
  if (model == Model::component_factor || model == Model::infrastructure)
    failed = price_group_model(r, p, t, out, explain, readings);
  else if (model == Model::support_hours)
    failed = price_support_hours(r, p, t, out, explain, readings);
  else if (model == Model::fixed_monthly)
    failed = price_fixed_monthly(r, p, t, out, explain);
  else
    no_model_explain(t, explain);
  if (failed) return *failed;
  if (model != Model::none) rounding_explain(explain);
  out["options"] = options_json(readings);
  out["explain"] = explain_json(explain);
  return out;
}

}  // namespace slacalc
