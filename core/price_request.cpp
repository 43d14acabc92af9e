#include "price_request.hpp"

#include <algorithm>

#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

// Bounds that keep every exact sum far inside 128 bits (rational.hpp).
constexpr long long kMaxPrice = 1'000'000'000'000LL;             // per unit and month, minor units
constexpr long long kMaxMonthlyMinor = 1'000'000'000'000'000LL;  // a month's price, minor units
constexpr std::size_t kMaxVms = 200, kMaxComponents = 50;
constexpr long long kMaxVcpus = 1024;
constexpr long long kMaxGb = 10'000'000;
constexpr int kGbPlaces = 3;
constexpr std::size_t kMaxNameLength = 200;
constexpr long long kMaxFactor = 1'000'000, kMaxFactorDenominator = 1000;  // committedFactor

constexpr Phrase kAtMostGb{"at most {0} GB", "höchstens {0} GB", "hoogstens {0} GB", "højst {0} GB"};

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

// "committedFactor": a decimal ("2", "2.5") or a fraction of whole numbers
// ("10/3"), 0 to 10^6 — factors are sums of thirds (§3.7).
Result<Rational> read_factor(const json& v, const std::string& path) {
  Rational value;
  if (v.is_string() && v.get_ref<const std::string&>().find('/') != std::string::npos) {
    const std::string& s = v.get_ref<const std::string&>();
    auto slash = s.find('/');
    auto num = read_decimal(json(s.substr(0, slash)), path);
    auto den = read_decimal(json(s.substr(slash + 1)), path);
    if (!num.ok() || !den.ok() || !num.value().is_integer() || !den.value().is_integer() ||
        !(Rational(0) < den.value()) || Rational(kMaxFactorDenominator) < den.value())
      return Error{"invalid_number",
                   say({"\"{0}\" is not a factor like 2, 2.5 or 10/3 (a whole denominator 1–1000)",
                        "\"{0}\" ist kein Faktor wie 2, 2.5 oder 10/3 (ein ganzer Nenner 1–1000)",
                        "\"{0}\" is geen factor zoals 2, 2.5 of 10/3 (een gehele noemer 1–1000)",
                        "\"{0}\" er ikke en faktor som 2, 2.5 eller 10/3 (en hel nævner 1–1000)"},
                       {s}),
                   path};
    value = num.value() / den.value();
  } else {
    auto r = read_decimal(v, path);
    if (!r.ok()) return r.error();
    value = r.value();
  }
  if (value < Rational(0) || Rational(kMaxFactor) < value)
    return Error{"out_of_range",
                 say({"a factor from 0 to {0}", "ein Faktor von 0 bis {0}", "een factor van 0 tot {0}",
                      "en faktor fra 0 til {0}"},
                     {std::to_string(kMaxFactor)}),
                 path};
  return value;
}

// The working of a resource group's month in one line: the service level
// (factor × price per factor unit, §3.7) and the infrastructure, when priced.
std::string group_working(const GroupPriceQuery& q, const PricedConfig& config, const MonthlyPrice& monthly) {
  const std::string infrastructure =
      say({"infrastructure {0}", "Infrastruktur {0}", "infrastructuur {0}", "infrastruktur {0}"},
          {amount_text(monthly.infrastructure, q.currency)});
  if (!q.service_level)  // §3.4: the infrastructure alone
    return config_text(config, false) + " = " + amount_text(monthly.total, q.currency);
  std::string text = say({"factor {0} × {1} = {2}", "Faktor {0} × {1} = {2}", "factor {0} × {1} = {2}",
                          "faktor {0} × {1} = {2}"},
                         {local_num(config.factor), money_text(q.per_factor_unit, q.currency),
                          amount_text(monthly.service_level, q.currency)});
  if (q.prices_given) text += "; + " + infrastructure + " = " + amount_text(monthly.total, q.currency);
  return text;
}

}  // namespace

Result<std::int64_t> read_price(const json& v, const std::string& path) {
  if (v.is_number() && v.get<double>() < 0) return Error{"negative_money", negative_money_text(), path};
  if (!v.is_number_integer() && !v.is_number_unsigned()) return wrong_type(path, whole_minor_units(), v);
  auto n = read_integer(v, path, 0, kMaxPrice);
  if (!n.ok()) return n.error();
  return static_cast<std::int64_t>(n.value());
}

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

// Fields of a price model; the others refuse them. The component-factor
// model and the infrastructure model (Hosted, §3.4) share the group and its metering.
std::optional<Error> check_applicable(const json& r, const Tier& t, Pricing::Model model) {
  using Model = Pricing::Model;
  struct Field {
    const char* name;
    Model model;
    std::optional<Model> also;  // a second model
  };
  static constexpr Field kFields[] = {{"pricePerFactorUnit", Model::component_factor, std::nullopt},
                                      {"resourceGroup", Model::component_factor, Model::infrastructure},
                                      {"infrastructurePrices", Model::component_factor, Model::infrastructure},
                                      {"month", Model::component_factor, Model::infrastructure},
                                      {"changes", Model::component_factor, Model::infrastructure},
                                      {"dayBilling", Model::component_factor, Model::infrastructure},
                                      {"dayMaximum", Model::component_factor, Model::infrastructure},
                                      {"committedFactor", Model::component_factor, std::nullopt},
                                      {"factorIncrease", Model::component_factor, std::nullopt},
                                      {"temporaryUpgrade", Model::component_factor, std::nullopt},
                                      {"supportHours", Model::support_hours, std::nullopt},
                                      {"monthlyPrice", Model::fixed_monthly, std::nullopt}};
  for (const Field& f : kFields) {
    if (!find_field(r, f.name) || model == f.model || f.also == model) continue;
    const char* model_id = id_of(Pricing::kModelIds, f.model);
    const std::string needs = f.also ? say({"{0} or {1}", "{0} oder {1}", "{0} of {1}", "{0} eller {1}"},
                                           {model_id, id_of(Pricing::kModelIds, *f.also)})
                                     : model_id;
    return Error{"not_applicable",
                 model == Model::none
                     ? say({"\"{0}\" belongs to the {1} price model; {2} has no price model in this contract",
                            "\"{0}\" gehört zum Preismodell {1}; {2} hat in diesem Vertrag kein Preismodell",
                            "\"{0}\" hoort bij het prijsmodel {1}; {2} heeft in dit contract geen prijsmodel",
                            "\"{0}\" hører til prismodellen {1}; {2} har ingen prismodel i denne kontrakt"},
                           {f.name, needs, t.name})
                     : say({"\"{0}\" belongs to the {1} price model; {2} is priced by the {3} model",
                            "\"{0}\" gehört zum Preismodell {1}; {2} wird nach dem Modell {3} berechnet",
                            "\"{0}\" hoort bij het prijsmodel {1}; {2} wordt volgens het model {3} geprijsd",
                            "\"{0}\" hører til prismodellen {1}; {2} prissættes efter modellen {3}"},
                           {f.name, needs, t.name, id_of(Pricing::kModelIds, model)}),
                 "/" + std::string(f.name)};
  }
  return std::nullopt;
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

// The resource group, its prices and the committed factor.
std::optional<Error> read_group_request(const json& r, const Profile& p, const Tier& t, GroupRequest& g) {
  g.profile = &p;
  g.tier = &t;
  g.group.tier = &t;
  g.group.currency = p.currency;
  g.group.service_level = t.pricing->model == Pricing::Model::component_factor;
  const json* group = find_field(r, "resourceGroup");
  if (!group)
    return missing_field("/resourceGroup",
                         say({"the resource group {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "die Ressourcengruppe {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "de resourcegroep {vms: [{name, vcpus, ramGb, storageGb, components}]}",
                              "ressourcegruppen {vms: [{name, vcpus, ramGb, storageGb, components}]}"}));
  auto read = read_group(*group, "/resourceGroup");
  if (!read.ok()) return read.error();
  g.group.group = read.value();
  if (!g.group.service_level) {
    // §3.4: infrastructure only, no price per factor unit.
  } else if (const json* v = find_field(r, "pricePerFactorUnit")) {
    auto price = read_price(*v, "/pricePerFactorUnit");
    if (!price.ok()) return price.error();
    g.group.per_factor_unit = price.value();
  } else if (t.pricing->price_per_factor_unit) {
    g.group.per_factor_unit = *t.pricing->price_per_factor_unit;
    g.group.per_factor_unit_from_profile = true;
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
  g.group.prices = prices.value();
  g.group.prices_given = find_field(r, "infrastructurePrices") != nullptr;
  PricedConfig config = config_of(g.group.group);
  if (!g.group.service_level) config.factor = Rational(0);
  if (auto e = check_monthly(monthly_price(config, g.group.per_factor_unit, g.group.prices), "/resourceGroup")) return *e;
  if (const json* v = find_field(r, "committedFactor")) {
    auto c = read_factor(*v, "/committedFactor");
    if (!c.ok()) return c.error();
    g.committed = c.value();
  }
  return std::nullopt;
}

Result<ColumnPrice> column_price(const Profile& p, const Tier& t, const json& fields, const std::string& path) {
  auto placed = [&](Error e) {
    e.path = path + e.path;
    return e;
  };
  if (!fields.is_object())
    return wrong_type(path,
                      say({"an object of the price model's fields", "ein Objekt mit den Feldern des Preismodells",
                           "een object met de velden van het prijsmodel", "et objekt med prismodellens felter"}),
                      fields);
  if (auto e = reject_unknown_fields(fields, path, {"pricePerFactorUnit", "resourceGroup", "infrastructurePrices"}))
    return *e;
  using Model = Pricing::Model;
  const Model model = t.pricing ? t.pricing->model : Model::none;
  if (auto e = check_applicable(fields, t, model)) return placed(*e);
  if (model != Model::component_factor && model != Model::infrastructure)
    return Error{"not_applicable",
                 say({"{0} is not priced by a resource group: give its monthly price",
                      "{0} wird nicht nach Ressourcengruppe berechnet: geben Sie den Monatspreis an",
                      "{0} wordt niet per resourcegroep geprijsd: geef de maandprijs",
                      "{0} prissættes ikke efter ressourcegruppe: angiv månedsprisen"},
                     {t.name}),
                 path};
  GroupRequest g;
  if (auto e = read_group_request(fields, p, t, g)) return placed(*e);
  if (model == Model::infrastructure && !g.group.prices_given)  // §3.4: the price sheet's prices are the whole price
    return missing_field(path + "/infrastructurePrices",
                         say({"the infrastructure prices {vcpu, ramGb, storageGb}, in minor units a month",
                              "die Infrastrukturpreise {vcpu, ramGb, storageGb}, in kleinsten Währungseinheiten im Monat",
                              "de infrastructuurprijzen {vcpu, ramGb, storageGb}, in de kleinste munteenheid per maand",
                              "infrastrukturpriserne {vcpu, ramGb, storageGb}, i mindste møntenhed om måneden"}));
  // The figures price_group works out (pricing.hpp), without its explain lines.
  PricedConfig config = config_of(g.group.group);
  if (!g.group.service_level) config.factor = Rational(0);
  MonthlyPrice monthly = monthly_price(config, g.group.per_factor_unit, g.group.prices);
  return ColumnPrice{rounded_minor(monthly.total), group_working(g.group, config, monthly)};
}

}  // namespace slacalc
