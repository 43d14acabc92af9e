#include "pricing.hpp"

#include <algorithm>

#include "lang.hpp"
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

}  // namespace

Metering meter_month(date::local_days first, date::local_days next, const ResourceGroup& base,
                     const std::vector<Change>& changes, DayBilling billing, DayMaximum maximum,
                     std::int64_t per_factor_unit, const InfrastructurePrices& prices) {
  Metering m;
  m.from = first;
  m.to = next;
  m.days_in_month = static_cast<int>((next - first).count());
  std::vector<GroupFacts> facts;
  facts.push_back({&base, component_factor(base).total, resources_of(base)});
  for (const Change& c : changes) facts.push_back({&c.group, component_factor(c.group).total, resources_of(c.group)});

  if (billing == DayBilling::changedMonthsOnly && changes.empty()) {
    // A month without a change: one monthly price, not 28/30 or 31/30 of it.
    m.per_day = false;
    MeterRow row{first, next, m.days_in_month, day_config({&facts[0]}, maximum), {}, {}};
    row.monthly = monthly_price(row.config, per_factor_unit, prices).total;
    row.amount = row.monthly;
    m.rows.push_back(row);
    m.total = row.amount;
    return m;
  }
  // §10.1 "kalendertäglich … 1 Tag mit 1/30 des Monatspreises".
  std::size_t current = 0, next_change = 0;  // facts index in force at the start of the day
  for (date::local_days day = first; day < next; day += date::days{1}) {
    std::vector<const GroupFacts*> seen = {&facts[current]};
    while (next_change < changes.size() && changes[next_change].from == day) {
      current = next_change + 1;
      seen.push_back(&facts[current]);
      ++next_change;
    }
    PricedConfig c = day_config(seen, maximum);
    if (m.rows.empty() || !(m.rows.back().config == c)) m.rows.push_back({day, day, 0, c, {}, {}});
    m.rows.back().to = day + date::days{1};
    ++m.rows.back().days;
  }
  for (MeterRow& row : m.rows) {
    row.monthly = monthly_price(row.config, per_factor_unit, prices).total;
    row.amount = row.monthly * Rational::fraction(row.days, 30);
    m.total = m.total + row.amount;
  }
  return m;
}

// §3.7.1: option A — "Der durch eine Erhöhung zusätzliche Komponentenfaktor
// (Differenz) wird hierbei gesondert ausgewiesen, mit einem Aufschlag in Höhe
// von 30 % berechnet und unterliegt keiner Erneuerung der
// Mindestvertragslaufzeit"; option B — "den gesamten Komponentenfaktor als
// Mindestabnahmemenge ohne Aufschlag mit einer Erneuerung der
// Mindestvertragslaufzeit". Over H months, the larger factor needed k months:
//   A = H × old + k × Δ × (1 + s),   B = max(k, M) × new + (H − max(k, M)) × old,
// so A − B = Δ × ((1 + s) k − max(k, M)): A is cheaper iff k < M / (1 + s).
FactorIncreaseAnswer compare_factor_increase(const FactorIncreaseQuery& q) {
  FactorIncreaseAnswer a;
  const Rational price(q.per_factor_unit);
  const Rational uplift = Rational(1) + q.surcharge_percent / Rational(100);
  a.delta = q.new_factor - q.old_factor;
  a.old_monthly = q.old_factor * price;
  a.new_monthly = q.new_factor * price;
  a.extra_monthly = a.delta * price * uplift;
  a.total_a = Rational(q.horizon_months) * a.old_monthly + Rational(q.needed_months) * a.extra_monthly;
  a.months_at_new = std::max(q.needed_months, q.minimum_months);
  a.total_b = Rational(a.months_at_new) * a.new_monthly + Rational(q.horizon_months - a.months_at_new) * a.old_monthly;
  a.break_even = Rational(q.minimum_months) / uplift;
  a.cheaper = a.total_a < a.total_b   ? FactorIncreaseAnswer::Cheaper::a
              : a.total_b < a.total_a ? FactorIncreaseAnswer::Cheaper::b
                                      : FactorIncreaseAnswer::Cheaper::equal;
  return a;
}

// §3.8: "Für den Zeitraum der Anhebung wird das erhöhte Service-Level mit
// einem Aufschlag in Höhe von 30 % berechnet"; the days at 1/30 of the
// monthly price each (§10.1).
TemporaryUpgradeAnswer temporary_upgrade(const Rational& factor, std::int64_t current_per_factor_unit,
                                         std::int64_t upgraded_per_factor_unit, const Rational& surcharge_percent,
                                         int days) {
  TemporaryUpgradeAnswer a;
  const Rational share = Rational::fraction(days, 30);
  a.upgraded_monthly = factor * Rational(upgraded_per_factor_unit);
  a.cost = a.upgraded_monthly * (Rational(1) + surcharge_percent / Rational(100)) * share;
  a.staying = factor * Rational(current_per_factor_unit) * share;
  a.difference = a.cost - a.staying;
  return a;
}

// NMS Prime, Advanced Service, Einführungsphase: "NMS gewährleistet für die
// Einführungsphase 2x so viele Support-Stunden wie laut Leistungsschein für
// die Betriebsphase zur Verfügung stehen. Darüber hinaus benötigte Zeit wird
// nach dem vereinbartem Stundensatz vergütet."
SupportAnswer support_hours(const Rational& per_month, int multiplier, int introduction_months,
                            std::int64_t hourly_rate, const std::vector<Rational>& used) {
  SupportAnswer a;
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
  return a;
}

}  // namespace slacalc
