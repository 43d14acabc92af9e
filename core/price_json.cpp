#include "price_json.hpp"

#include <algorithm>

#include "iso_time.hpp"
#include "json_read.hpp"
#include "period_json.hpp"
#include "pricing.hpp"
#include "profile_json.hpp"
#include "profile_text.hpp"
#include "window_budget.hpp"

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

json explain_json(const Explain& explain) {
  json lines = json::array();
  for (const auto& e : explain) lines.push_back({{"code", e.code}, {"text", e.text}});
  return lines;
}

// { minor (rounded half up), text, exact (minor units, decimal or fraction) }
json money_json(const Rational& minor, const std::string& currency) {
  return {{"minor", rounded_minor(minor)},
          {"text", money_text(rounded_minor(minor), currency)},
          {"exact", exact_number_text(minor)}};
}

json number_json(const Rational& value) {
  return {{"exact", exact_number_text(value)}, {"text", short_number_text(value)}};
}

std::string with_clause(const std::string& text, const std::string& clause) {
  return clause.empty() ? text : text + " (" + clause + ")";
}

// ---------------------------------------------------------------- reading

Result<std::int64_t> read_price(const json& v, const std::string& path) {
  if (v.is_number() && v.get<double>() < 0) return Error{"negative_money", "a price must not be negative", path};
  if (!v.is_number_integer() && !v.is_number_unsigned())
    return wrong_type(path, "a whole number of minor units (cents)", v);
  auto n = read_integer(v, path, 0, kMaxPrice);
  if (!n.ok()) return n.error();
  return static_cast<std::int64_t>(n.value());
}

// A non-negative decimal up to `max` with at most `places` decimal places.
Result<Rational> read_amount(const json& v, const std::string& path, long long max, int places, const char* unit) {
  auto r = read_decimal(v, path);
  if (!r.ok()) return r.error();
  if (r.value() > Rational(max)) return Error{"out_of_range", "at most " + std::to_string(max) + " " + unit, path};
  long long scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  if (!(r.value() * Rational(scale)).is_integer())
    return Error{"invalid_number", "at most " + std::to_string(places) + " decimal places", path};
  return r.value();
}

Result<std::string> read_name(const json& v, const std::string& path) {
  auto s = read_string(v, path);
  if (!s.ok()) return s.error();
  std::string name = trimmed(s.value());
  if (name.empty()) return Error{"invalid_format", "a name must not be empty", path};
  if (name.size() > kMaxNameLength)
    return Error{"out_of_range", "a name has at most " + std::to_string(kMaxNameLength) + " characters", path};
  return name;
}

Result<Vm> read_vm(const json& v, const std::string& path) {
  if (!v.is_object()) return wrong_type(path, "a VM {name, vcpus, ramGb, storageGb, components}", v);
  if (auto e = reject_unknown_fields(v, path, {"name", "vcpus", "ramGb", "storageGb", "components"})) return *e;
  Vm vm;
  const json* name = find_field(v, "name");
  if (!name) return missing_field(path + "/name", "the VM's name");
  auto n = read_name(*name, path + "/name");
  if (!n.ok()) return n.error();
  vm.name = n.value();
  const json* vcpus = find_field(v, "vcpus");
  if (!vcpus) return missing_field(path + "/vcpus", "the VM's number of vCPUs");
  auto c = read_integer(*vcpus, path + "/vcpus", 1, kMaxVcpus);
  if (!c.ok()) return c.error();
  vm.vcpus = c.value();
  for (auto [key, field] : {std::pair{"ramGb", &vm.ram_gb}, std::pair{"storageGb", &vm.storage_gb}})
    if (const json* gb = find_field(v, key)) {
      auto amount = read_amount(*gb, path + "/" + key, kMaxGb, kGbPlaces, "GB");
      if (!amount.ok()) return amount.error();
      *field = amount.value();
    }
  if (const json* list = find_field(v, "components")) {
    if (!list->is_array()) return wrong_type(path + "/components", "an array of component names", *list);
    if (list->size() > kMaxComponents)
      return Error{"out_of_range", "at most " + std::to_string(kMaxComponents) + " components per VM",
                   path + "/components"};
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < list->size(); ++i) {
      std::string item = path + "/components/" + std::to_string(i);
      auto component = read_name((*list)[i], item);
      if (!component.ok()) return component.error();
      std::string key = name_key(component.value());
      if (std::find(keys.begin(), keys.end(), key) != keys.end())
        return Error{
            "duplicate_id",
            "\"" + component.value() + "\" is listed twice on " + vm.name + " (names compare case-insensitively)",
            item};
      keys.push_back(key);
      vm.components.push_back(component.value());
    }
  }
  return vm;
}

Result<ResourceGroup> read_group(const json& v, const std::string& path) {
  if (!v.is_object()) return wrong_type(path, "a resource group {vms: [...]}", v);
  if (auto e = reject_unknown_fields(v, path, {"vms"})) return *e;
  const json* vms = find_field(v, "vms");
  if (!vms) return missing_field(path + "/vms", "the resource group's VMs");
  auto list = read_array<Vm>(*vms, path + "/vms", kMaxVms, read_vm);
  if (!list.ok()) return list.error();
  ResourceGroup group{list.value()};
  for (std::size_t i = 0; i < group.vms.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (name_key(group.vms[i].name) == name_key(group.vms[j].name))
        return Error{"duplicate_id",
                     "two VMs are called \"" + group.vms[i].name + "\" (names compare case-insensitively)",
                     path + "/vms/" + std::to_string(i) + "/name"};
  return group;
}

Result<InfrastructurePrices> read_infrastructure_prices(const json& r) {
  InfrastructurePrices prices;
  const json* v = find_field(r, "infrastructurePrices");
  if (!v) return prices;
  if (!v->is_object()) return wrong_type("/infrastructurePrices", "an object {vcpu, ramGb, storageGb}", *v);
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
                   "\"" + std::string(field) + "\" belongs to the " + needs + " price model; " + t.name +
                       (model == "none" ? std::string(" has no price model in this contract")
                                        : " is priced by the " + model + " model"),
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
    return Error{"out_of_range", "the service level would cost more than 10^15 minor units a month", group_path};
  if (m.infrastructure > Rational(kMaxMonthlyMinor))
    return Error{"out_of_range", "the infrastructure would cost more than 10^15 minor units a month", group_path};
  return std::nullopt;
}

std::string config_text(const PricedConfig& c) {
  return "factor " + exact_number_text(c.factor) + ", " + std::to_string(c.vcpus) + " vCPU, " +
         exact_number_text(c.ram_gb) + " GB RAM, " + exact_number_text(c.storage_gb) + " GB storage";
}

json config_json(const PricedConfig& c) {
  return {{"factor", number_json(c.factor)},
          {"vcpus", c.vcpus},
          {"ramGb", exact_number_text(c.ram_gb)},
          {"storageGb", exact_number_text(c.storage_gb)}};
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
  if (!month_value) return missing_field("/month", "the month the changes fall in, YYYY-MM");
  PeriodSpec month;
  if (auto e = read_month(*month_value, "/month", month)) return *e;
  LocalSpan span = commitment_span(PeriodKind::month, month.month_year, month.month);

  std::vector<Change> changes;
  if (changes_value) {
    auto list = read_array<Change>(
        *changes_value, "/changes", kMaxChanges, [](const json& v, const std::string& path) -> Result<Change> {
          if (!v.is_object()) return wrong_type(path, "a change {from, resourceGroup}", v);
          if (auto e = reject_unknown_fields(v, path, {"from", "resourceGroup"})) return *e;
          const json* from = find_field(v, "from");
          if (!from) return missing_field(path + "/from", "the day the change takes effect, YYYY-MM-DD");
          auto text = read_string(*from, path + "/from");
          if (!text.ok()) return text.error();
          auto day = parse_iso_date(text.value());
          if (!day)
            return Error{"invalid_date", "\"" + text.value() + "\" is not a day like 2026-04-10 (YYYY-MM-DD)",
                         path + "/from"};
          const json* group = find_field(v, "resourceGroup");
          if (!group) return missing_field(path + "/resourceGroup", "the resource group from that day on");
          auto g = read_group(*group, path + "/resourceGroup");
          if (!g.ok()) return g.error();
          return Change{*day, g.value()};
        });
    if (!list.ok()) return list.error();
    changes = list.value();
    for (std::size_t i = 0; i < changes.size(); ++i) {
      std::string path = "/changes/" + std::to_string(i);
      if (changes[i].from < span.from || changes[i].from >= span.to)
        return Error{"out_of_range", iso_date(changes[i].from) + " is not in " + span.label, path + "/from"};
      if (i > 0 && changes[i].from < changes[i - 1].from)
        return Error{"inverted_range",
                     iso_date(changes[i].from) + " comes before the previous change (" + iso_date(changes[i - 1].from) +
                         "): list changes in order",
                     path + "/from"};
      if (auto e = check_monthly(monthly_price(config_of(changes[i].group), q.per_factor_unit, q.prices),
                                 path + "/resourceGroup"))
        return *e;
    }
  }

  Metering m = meter_month(span.from, span.to, q.group, changes, billing, maximum, q.per_factor_unit, q.prices);
  explain.push_back({"metering",
                     "§10.1: the configuration is recorded per calendar day, each characteristic (factor, "
                     "vCPU, RAM, storage) counts with its highest value of the day, and a day is billed at "
                     "1/30 of the monthly price. A change applies from its day on; on that day the higher of "
                     "before and after counts."});
  if (billing == DayBilling::everyDay)
    explain.push_back({"day-billing",
                       "dayBilling \"every-day\" (default, the words of §10.1): every calendar day is "
                       "1/30, so " +
                           span.label + " with " + std::to_string(m.days_in_month) + " days costs " +
                           std::to_string(m.days_in_month) +
                           "/30 of an unchanged monthly price (a 31-day month 31/30, February 28/30). "
                           "Other reading: \"changed-months-only\" — a month without a change is one "
                           "monthly price."});
  else
    explain.push_back(
        {"day-billing", std::string("dayBilling \"changed-months-only\": a month without a change is one "
                                    "monthly price; only a month with a change is billed per day at 1/30. ") +
                            (m.per_day ? span.label + " has a change: billed per day."
                                       : span.label + " has no change: one monthly price.")});
  if (!changes.empty())
    explain.push_back(
        {"day-maximum", maximum == DayMaximum::perVm
                            ? "dayMaximum \"per-vm\" (default): on a day of change each VM counts with its "
                              "largest size that day (a VM removed and another added both count); the "
                              "factor with the day's highest. Other reading: \"group-total\"."
                            : "dayMaximum \"group-total\": on a day of change the higher of the group's "
                              "totals before and after counts, each characteristic on its own."});
  json rows = json::array();
  for (const MeterRow& row : m.rows) {
    std::string days = iso_date(row.from) + (row.days == 1 ? "" : " to " + iso_date(row.to - date::days{1}));
    std::string share = m.per_day ? std::to_string(row.days) + "/30 × " : std::string("one month × ");
    explain.push_back({"metering-row", days + " (" + std::to_string(row.days) + (row.days == 1 ? " day" : " days") +
                                           ", " + config_text(row.config) + "): " + share +
                                           amount_text(row.monthly, cur) + " = " + amount_text(row.amount, cur) + "."});
    rows.push_back({{"from", iso_date(row.from)},
                    {"to", iso_date(row.to)},
                    {"days", row.days},
                    {"config", config_json(row.config)},
                    {"monthly", money_json(row.monthly, cur)},
                    {"amount", money_json(row.amount, cur)}});
  }
  explain.push_back(
      {"metering-total", span.label + ": " + amount_text(m.total, cur) + " (the rows' exact sum, " + "rounded once)."});
  out["metering"] = {{"month", iso_date(span.from).substr(0, 7)},
                     {"label", span.label},
                     {"from", iso_date(span.from)},
                     {"to", iso_date(span.to)},
                     {"daysInMonth", m.days_in_month},
                     {"billedPerDay", m.per_day},
                     {"changes", changes.size()},
                     {"rows", rows},
                     {"total", money_json(m.total, cur)}};
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
    return wrong_type(path, "an object {resourceGroup, neededMonths, newMinimumMonths, horizonMonths}", *v);
  if (auto e = reject_unknown_fields(*v, path, {"resourceGroup", "neededMonths", "newMinimumMonths", "horizonMonths"}))
    return *e;
  if (!q.pricing->increase_surcharge_percent)
    return Error{"not_applicable",
                 q.tier->name + "'s pricing names no surcharge for a factor increase (increaseSurcharge)", path};
  const json* group = find_field(*v, "resourceGroup");
  if (!group) return missing_field(path + "/resourceGroup", "the larger resource group");
  auto larger = read_group(*group, path + "/resourceGroup");
  if (!larger.ok()) return larger.error();
  PricedConfig bigger = config_of(larger.value());
  if (auto e = check_monthly(monthly_price(bigger, q.per_factor_unit, q.prices), path + "/resourceGroup")) return *e;
  if (!(q.config.factor < bigger.factor))
    return Error{"out_of_range",
                 "not an increase: this group's factor is " + exact_number_text(bigger.factor) +
                     ", the current one's " + exact_number_text(q.config.factor),
                 path + "/resourceGroup"};
  const json* needed = find_field(*v, "neededMonths");
  if (!needed) return missing_field(path + "/neededMonths", "for how many months the larger factor is needed");
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
                         "the renewed minimum term in months (" + q.tier->name + " has no minimum term in months)");
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
                   "the horizon must cover the longer of the need and the renewed minimum term: at least " +
                       std::to_string(floor_months) + " months",
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
  const std::string uplift = exact_number_text(Rational(1) + fq.surcharge_percent / Rational(100));
  const char* cheaper = a.cheaper == FactorIncreaseAnswer::Cheaper::a   ? "A"
                        : a.cheaper == FactorIncreaseAnswer::Cheaper::b ? "B"
                                                                        : "equal";
  Rational saving = a.total_a < a.total_b ? a.total_b - a.total_a : a.total_a - a.total_b;

  // k* in words: the whole months on either side.
  Rational k_star = a.break_even;
  long long last_a = static_cast<long long>(k_star.is_integer() ? k_star.floor() - 1 : k_star.floor());
  long long first_b = static_cast<long long>(k_star.floor()) + 1;
  std::string words =
      "Break-even: k* = M / " + uplift + " = " + std::to_string(minimum) + " / " + uplift + " = " +
      exact_number_text(k_star) +
      (k_star.is_integer() ? ""
                           : " ≈ " + Rational::fraction((k_star * Rational(100)).round_half_up(), 100).to_decimal(2)) +
      " months. Option A is cheaper if the larger factor is needed for fewer than k* months";
  if (last_a >= 1) words += " (here up to " + std::to_string(last_a) + (last_a == 1 ? " month)" : " months)");
  if (k_star.is_integer()) words += "; for exactly " + exact_number_text(k_star) + " months both cost the same";
  words += "; from " + std::to_string(first_b) + " months on option B is cheaper. The horizon does not change this.";

  explain.push_back(
      {"increase", "§3.7.1: the factor rises from " + exact_number_text(fq.old_factor) + " to " +
                       exact_number_text(fq.new_factor) + " (Δ " + exact_number_text(a.delta) + ") for " +
                       std::to_string(needed_months) + " of " + std::to_string(horizon) + " months, then returns" +
                       (find_field(*v, "horizonMonths") ? "" : " (horizon: the longer of need and renewed term)") +
                       "."});
  explain.push_back({"option-a", "Option A — the extra factor billed separately with the " + s +
                                     " surcharge, minimum term unchanged (§3.7.1): " + std::to_string(horizon) + " × " +
                                     amount_text(a.old_monthly, cur) + " + " + std::to_string(needed_months) + " × " +
                                     exact_number_text(a.delta) + " × " + money_text(q.per_factor_unit, cur) + " × " +
                                     uplift + " = " + amount_text(a.total_a, cur) + "."});
  explain.push_back({"option-b",
                     "Option B — the whole new factor committed as the minimum without surcharge, minimum "
                     "term renewed to " +
                         std::to_string(minimum) + " months" + (minimum_from_term ? ", the tier's term" : "") +
                         " (§3.7.1): " + std::to_string(a.months_at_new) + " × " + amount_text(a.new_monthly, cur) +
                         " + " + std::to_string(horizon - a.months_at_new) + " × " + amount_text(a.old_monthly, cur) +
                         " = " + amount_text(a.total_b, cur) + "."});
  explain.push_back(
      {"cheaper", a.cheaper == FactorIncreaseAnswer::Cheaper::equal
                      ? std::string("Both options cost the same.")
                      : std::string("Option ") + cheaper + " is cheaper by " + amount_text(saving, cur) + "."});
  explain.push_back({"break-even", words});
  out["factorIncrease"] = {{"oldFactor", number_json(fq.old_factor)},
                           {"newFactor", number_json(fq.new_factor)},
                           {"delta", number_json(a.delta)},
                           {"neededMonths", needed_months},
                           {"newMinimumMonths", minimum},
                           {"newMinimumFrom", minimum_from_term ? "term" : "request"},
                           {"horizonMonths", horizon},
                           {"surcharge", fq.surcharge_percent.to_decimal(kMaxDecimalPlaces)},
                           {"optionA",
                            {{"extraPerMonth", money_json(a.extra_monthly, cur)},
                             {"total", money_json(a.total_a, cur)},
                             {"termRenewed", false}}},
                           {"optionB",
                            {{"monthsAtNewFactor", a.months_at_new},
                             {"perMonth", money_json(a.new_monthly, cur)},
                             {"total", money_json(a.total_b, cur)},
                             {"termRenewed", true}}},
                           {"cheaper", cheaper},
                           {"saving", money_json(saving, cur)},
                           {"breakEven", {{"months", number_json(k_star)}, {"text", words}}}};
  return std::nullopt;
}

std::optional<Error> upgrade(const json& r, const Priced& q, json& out, Explain& explain) {
  const json* v = find_field(r, "temporaryUpgrade");
  if (!v) return std::nullopt;
  const std::string path = "/temporaryUpgrade";
  const std::string& cur = q.profile->currency;
  if (!v->is_object()) return wrong_type(path, "an object {tier, pricePerFactorUnit, days}", *v);
  if (auto e = reject_unknown_fields(*v, path, {"tier", "pricePerFactorUnit", "days"})) return *e;
  if (!q.pricing->temporary_upgrade_surcharge_percent)
    return Error{"not_applicable",
                 q.tier->name + "'s pricing names no surcharge for a temporary upgrade (temporaryUpgradeSurcharge)",
                 path};
  const json* tier_value = find_field(*v, "tier");
  if (!tier_value) return missing_field(path + "/tier", "the higher tier's id");
  auto higher = resolve_tier(*q.profile, *tier_value, path + "/tier");
  if (!higher.ok()) return higher.error();
  const Tier& up = *higher.value();
  if (&up == q.tier) return Error{"conflict", "the temporary tier must differ from \"tier\"", path + "/tier"};
  if (!up.pricing || up.pricing->model != "component-factor")
    return Error{"not_applicable", up.name + " is not priced by component factor", path + "/tier"};
  std::int64_t up_price = 0;
  if (const json* p = find_field(*v, "pricePerFactorUnit")) {
    auto price = read_price(*p, path + "/pricePerFactorUnit");
    if (!price.ok()) return price.error();
    up_price = price.value();
  } else if (up.pricing->price_per_factor_unit) {
    up_price = *up.pricing->price_per_factor_unit;
  } else {
    return missing_field(path + "/pricePerFactorUnit", up.name + "'s price per factor unit and month, in minor units");
  }
  if (up_price < q.per_factor_unit)
    return Error{"out_of_range",
                 "a temporary upgrade goes to a higher service level (§3.8): " + up.name +
                     "'s price per factor unit is below the current " + money_text(q.per_factor_unit, cur),
                 path + "/pricePerFactorUnit"};
  const json* days_value = find_field(*v, "days");
  if (!days_value) return missing_field(path + "/days", "the agreed number of days");
  auto days = read_integer(*days_value, path + "/days", 1, kMaxDays);
  if (!days.ok()) return days.error();
  int d = static_cast<int>(days.value());
  const Rational& surcharge = *q.pricing->temporary_upgrade_surcharge_percent;
  TemporaryUpgradeAnswer a = temporary_upgrade(q.config.factor, q.per_factor_unit, up_price, surcharge, d);
  std::string share = std::to_string(d) + "/30";
  explain.push_back({"temporary-upgrade",
                     "§3.8: " + up.name + " for " + std::to_string(d) + (d == 1 ? " day" : " days") + " with the " +
                         percent_text(surcharge) + " surcharge, each day 1/30 of the monthly price (§10.1): " + share +
                         " × " + exact_number_text(q.config.factor) + " × " + money_text(up_price, cur) + " × " +
                         exact_number_text(Rational(1) + surcharge / Rational(100)) + " = " + amount_text(a.cost, cur) +
                         "; staying on " + q.tier->name + ": " + share + " × " + exact_number_text(q.config.factor) +
                         " × " + money_text(q.per_factor_unit, cur) + " = " + amount_text(a.staying, cur) +
                         "; difference " + amount_text(a.difference, cur) +
                         ". The tier returns by itself afterwards; the minimum term is unchanged."});
  out["temporaryUpgrade"] = {{"tier", up.id},
                             {"name", up.name},
                             {"days", d},
                             {"surcharge", surcharge.to_decimal(kMaxDecimalPlaces)},
                             {"pricePerFactorUnit", money_json(Rational(up_price), cur)},
                             {"monthlyServiceLevel", money_json(a.upgraded_monthly, cur)},
                             {"cost", money_json(a.cost, cur)},
                             {"staying", money_json(a.staying, cur)},
                             {"difference", money_json(a.difference, cur)},
                             {"termRenewed", false}};
  return std::nullopt;
}

std::optional<Error> price_component_factor(const json& r, const Profile& p, const Tier& t, json& out,
                                            Explain& explain) {
  const std::string& cur = p.currency;
  Priced q{&p, &t, &*t.pricing, 0, {}, {}, {}, {}};
  const json* group = find_field(r, "resourceGroup");
  if (!group)
    return missing_field("/resourceGroup", "the resource group {vms: [{name, vcpus, ramGb, storageGb, components}]}");
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
                         "the price per factor unit and month, in minor units (the price sheet is not part of the "
                         "contract: enter yours)");
  }
  auto prices = read_infrastructure_prices(r);
  if (!prices.ok()) return prices.error();
  q.prices = prices.value();

  FactorAnswer factor = component_factor(q.group);
  Resources resources = resources_of(q.group);
  q.config = {factor.total, resources.vcpus, resources.ram_gb, resources.storage_gb};
  q.monthly = monthly_price(q.config, q.per_factor_unit, q.prices);
  if (auto e = check_monthly(q.monthly, "/resourceGroup")) return *e;

  explain.push_back({"model", with_clause("Component-factor pricing: service level = component factor × price per "
                                          "factor unit of the tier",
                                          q.pricing->cite.clause) +
                                  "."});
  explain.push_back(
      {"price-per-factor-unit", "Price per factor unit: " + money_text(q.per_factor_unit, cur) + " a month, " +
                                    (price_from_profile ? std::string("from the profile") : std::string("as given")) +
                                    " — the price sheet (\"Preisblatt\") is not part of the contract (§3.7)." +
                                    (price_from_profile && q.pricing->prices_are_examples
                                         ? " The profile's prices are examples, not the vendor's price sheet."
                                         : "")});
  explain.push_back({"factor-rule",
                     "§3.7: a component counts once per vCPU of every VM it is installed on; within one "
                     "resource group its first instance counts 1, every further instance 1/3. Names "
                     "compare case-insensitively."});
  json components = json::array();
  for (const ComponentFactor& c : factor.components) {
    explain.push_back({"component", c.working + "."});
    json vms = json::array();
    for (const auto& [vm, vcpus] : c.on) vms.push_back({{"name", vm}, {"vcpus", vcpus}});
    components.push_back({{"name", c.name},
                          {"instances", c.instances},
                          {"vms", vms},
                          {"factor", number_json(c.factor)},
                          {"working", c.working}});
  }
  std::string sum;
  for (const ComponentFactor& c : factor.components) sum += (sum.empty() ? "" : " + ") + exact_number_text(c.factor);
  explain.push_back({"factor", factor.components.empty()
                                   ? std::string("No VM has a component: the component factor is 0 (§3.7).")
                                   : "Component factor: " + sum +
                                         (factor.components.size() > 1 ? " = " + exact_number_text(factor.total) : "") +
                                         (exact_number_text(factor.total).find('/') != std::string::npos
                                              ? " (" + short_number_text(factor.total) + ")"
                                              : "") +
                                         " (§3.7)."});
  explain.push_back({"service-level", "Service level: " + exact_number_text(factor.total) + " × " +
                                          money_text(q.per_factor_unit, cur) + " = " +
                                          amount_text(q.monthly.service_level, cur) + " a month (§3.7)."});
  if (!find_field(r, "infrastructurePrices"))
    explain.push_back({"infrastructure",
                       "No infrastructurePrices given: vCPU, RAM and storage are counted at 0 (their "
                       "prices are on the price sheet, not in the contract)."});
  else
    explain.push_back(
        {"infrastructure", "Infrastructure (vCPU, RAM, storage, as §9.7 lists a resource group's cost): " +
                               std::to_string(resources.vcpus) + " vCPU × " + money_text(q.prices.vcpu, cur) + " + " +
                               exact_number_text(resources.ram_gb) + " GB RAM × " + money_text(q.prices.ram_gb, cur) +
                               " + " + exact_number_text(resources.storage_gb) + " GB storage × " +
                               money_text(q.prices.storage_gb, cur) + " = " +
                               amount_text(q.monthly.infrastructure, cur) + " a month."});
  explain.push_back({"monthly", "Monthly price: " + amount_text(q.monthly.service_level, cur) + " + " +
                                    amount_text(q.monthly.infrastructure, cur) + " = " +
                                    amount_text(q.monthly.total, cur) + "."});

  out["factor"] = {{"components", components}, {"total", number_json(factor.total)}};
  out["resources"] = {{"vms", q.group.vms.size()},
                      {"vcpus", resources.vcpus},
                      {"ramGb", exact_number_text(resources.ram_gb)},
                      {"storageGb", exact_number_text(resources.storage_gb)}};
  out["prices"] = {{"pricePerFactorUnit", money_json(Rational(q.per_factor_unit), cur)},
                   {"pricePerFactorUnitFrom", price_from_profile ? "profile" : "request"},
                   {"vcpu", money_json(Rational(q.prices.vcpu), cur)},
                   {"ramGb", money_json(Rational(q.prices.ram_gb), cur)},
                   {"storageGb", money_json(Rational(q.prices.storage_gb), cur)}};
  out["monthly"] = {{"serviceLevel", money_json(q.monthly.service_level, cur)},
                    {"vcpu", money_json(q.monthly.vcpu, cur)},
                    {"ramGb", money_json(q.monthly.ram, cur)},
                    {"storageGb", money_json(q.monthly.storage, cur)},
                    {"infrastructure", money_json(q.monthly.infrastructure, cur)},
                    {"total", money_json(q.monthly.total, cur)}};
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
    return missing_field(
        path, "the support hours {perMonth, hourlyRate, used} (the service sheet is not part of the contract)");
  if (!v->is_object()) return wrong_type(path, "an object {perMonth, hourlyRate, introductionMonths, used}", *v);
  if (auto e = reject_unknown_fields(*v, path, {"perMonth", "hourlyRate", "introductionMonths", "used"})) return *e;
  Rational per_month;
  if (const json* h = find_field(*v, "perMonth")) {
    auto hours = read_amount(*h, path + "/perMonth", kMaxHours, kHourPlaces, "hours");
    if (!hours.ok()) return hours.error();
    per_month = hours.value();
  } else if (pricing.support_hours_per_month) {
    per_month = *pricing.support_hours_per_month;
    if (per_month > Rational(kMaxHours) || !(per_month * Rational(10000)).is_integer())
      return Error{"out_of_range",
                   "the profile's supportHoursPerMonth needs at most 4 decimal places and 100000 hours: "
                   "give perMonth",
                   path + "/perMonth"};
  } else {
    return missing_field(path + "/perMonth", "the support hours per month of the operation phase (service sheet)");
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
      return read_amount(h, at, kMaxHours, kHourPlaces, "hours");
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
  if (!rate && !used.empty()) return missing_field(path + "/hourlyRate", "the agreed hourly rate, in minor units");

  explain.push_back(
      {"model", with_clause("Support hours: the hours per month the service sheet grants; during the "
                            "introduction phase " +
                                std::to_string(multiplier) + " × as many; time beyond them at the agreed hourly rate",
                            pricing.cite.clause) +
                    "."});
  Rational intro_hours = per_month * Rational(multiplier);
  explain.push_back({"contingent", exact_number_text(per_month) + " h a month in the operation phase; " +
                                       exact_number_text(intro_hours) + " h a month in " +
                                       (introduction == 1 ? std::string("the first month")
                                                          : "the first " + std::to_string(introduction) + " months") +
                                       " (introduction phase: installation until acceptance, typically one month; "
                                       "introductionMonths, default 1). Unused hours are not carried over: the "
                                       "contract grants hours per month and says nothing of carrying them."});
  json result = {
      {"perMonth", exact_number_text(per_month)},
      {"introductionMultiplier", multiplier},
      {"introductionMonths", introduction},
      {"hourlyRate", rate ? money_json(Rational(*rate), cur) : json()},
      {"contingent", {{"introduction", exact_number_text(intro_hours)}, {"operation", exact_number_text(per_month)}}}};
  if (!used.empty()) {
    SupportAnswer a = support_hours(per_month, multiplier, introduction, *rate, used);
    json months = json::array();
    for (const SupportMonth& m : a.months) {
      std::string phase = m.introduction ? "introduction" : "operation";
      explain.push_back(
          {"support-month", "Month " + std::to_string(m.index) + " (" + phase + "): " + exact_number_text(m.used) +
                                " h used of " + exact_number_text(m.included) + " h" +
                                (m.overage > Rational(0) ? " → " + exact_number_text(m.overage) + " h × " +
                                                               money_text(*rate, cur) + " = " + amount_text(m.cost, cur)
                                                         : ": nothing beyond") +
                                "."});
      months.push_back({{"month", m.index},
                        {"phase", phase},
                        {"included", exact_number_text(m.included)},
                        {"used", exact_number_text(m.used)},
                        {"overage", exact_number_text(m.overage)},
                        {"cost", money_json(m.cost, cur)}});
    }
    explain.push_back({"support-total", std::to_string(a.months.size()) +
                                            (a.months.size() == 1 ? " month: " : " months: ") +
                                            exact_number_text(a.used) + " h used, " + exact_number_text(a.overage) +
                                            " h beyond the contingents: " + amount_text(a.cost, cur) + "."});
    result["months"] = months;
    result["totals"] = {{"included", exact_number_text(a.included)},
                        {"used", exact_number_text(a.used)},
                        {"overage", exact_number_text(a.overage)},
                        {"cost", money_json(a.cost, cur)}};
  }
  out["supportHours"] = result;
  out["options"] = {{"introductionMonths", introduction}};
  return std::nullopt;
}

}  // namespace

Result<json> price_endpoint(const json& r) {
  if (!r.is_object()) return wrong_type("", "a request object", r);
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
    if (!price) return missing_field("/monthlyPrice", "the tier's monthly price, in minor units");
    explain.push_back({"model", with_clause("A fixed monthly price: " + money_text(*price, p.currency) +
                                                (given ? " as given" : " from the profile") +
                                                (!given && t.pricing->prices_are_examples ? " (an example price)" : ""),
                                            t.pricing->cite.clause) +
                                    "."});
    out["monthly"] = {{"total", money_json(Rational(*price), p.currency)}};
  } else {
    std::string note = t.pricing && !t.pricing->cite.note.empty() ? " " + t.pricing->cite.note : "";
    explain.push_back({"no-model", "No price model in this contract for " + t.name +
                                       ": the profile gives this tier no pricing, so nothing is computed rather than "
                                       "invented." +
                                       note});
  }
  if (failed) return *failed;
  if (model != "none")
    explain.push_back({"rounding",
                       "Amounts stay exact fractions of the minor unit until the end; each amount shown is "
                       "then rounded half up to the minor unit once (\"rounded\" marks one where that changed it)."});
  out["explain"] = explain_json(explain);
  return out;
}

}  // namespace slacalc
