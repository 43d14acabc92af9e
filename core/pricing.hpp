// Prices as the contracts compute them, exactly: Flying Circus's
// component factor (VLB §3.7), the monthly price of a resource group, daily
// metering at 1/30 of the monthly price (§10.1), the two ways to pay for a
// larger factor (§3.7.1), a temporary upgrade (§3.8), and NMS Prime's support
// hours with the introduction phase's double contingent. Calculators: typed
// queries in, typed answers and their explain lines out; the request is read
// in price_json.cpp. This file: the component factor, a resource group's
// monthly price and the temporary upgrade; metering.hpp the days of a month,
// factor_increase.hpp the two ways to pay for a larger factor,
// support_hours.hpp NMS Prime's hours.
//
// Money is in minor units (cents) as exact fractions until the very end; the
// caller rounds half up to the minor unit when it shows an amount.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"
#include "rational.hpp"

namespace slacalc {

struct Vm {
  std::string name;
  long long vcpus = 0;  // ≥ 1
  Rational ram_gb, storage_gb;
  std::vector<std::string> components;  // as written; compared case-insensitively
};

struct ResourceGroup {
  std::vector<Vm> vms;
};

// Surrounding blanks (space, tab) dropped.
std::string trimmed(std::string_view name);
// How a name is compared: trimmed, ASCII letters lowered.
std::string name_key(std::string_view name);

// §3.7: one component's count and factor.
struct ComponentFactor {
  std::string name;                                   // as first written
  std::vector<std::pair<std::string, long long>> on;  // (VM, its vCPUs)
  long long instances = 0;                            // the vCPUs of those VMs, summed
  Rational factor;                                    // 1 + (instances − 1) × 1/3
  std::string working;  // "postgresql: 4 vCPU on db1 → 4 instances → 1 + 3 × 1/3 = 2"
};

struct FactorAnswer {
  std::vector<ComponentFactor> components;  // in order of first appearance
  Rational total;
};

FactorAnswer component_factor(const ResourceGroup& group);

struct Resources {
  long long vcpus = 0;
  Rational ram_gb, storage_gb;
};
Resources resources_of(const ResourceGroup& group);

// Per unit and month, in minor units.
struct InfrastructurePrices {
  std::int64_t vcpu = 0, ram_gb = 0, storage_gb = 0;
};

// What the monthly price is computed from: a factor and resources.
struct PricedConfig {
  Rational factor;
  long long vcpus = 0;
  Rational ram_gb, storage_gb;
  friend bool operator==(const PricedConfig&, const PricedConfig&) = default;
};

// Exact minor units.
struct MonthlyPrice {
  Rational service_level, vcpu, ram, storage, infrastructure, total;
};
MonthlyPrice monthly_price(const PricedConfig& config, std::int64_t per_factor_unit,
                           const InfrastructurePrices& prices);

// ---------------------------------------------------------------- a resource group's month

// A resource group priced by its tier's model: component-factor (service
// level + infrastructure, §3.7, §9.7) or infrastructure only (Flying Circus
// Hosted, §3.4: no component-factor service level).
struct GroupPriceQuery {
  const Tier* tier = nullptr;
  std::string currency;
  bool service_level = true;  // false: the infrastructure model
  std::int64_t per_factor_unit = 0;
  bool per_factor_unit_from_profile = false;
  InfrastructurePrices prices;
  bool prices_given = false;
  ResourceGroup group;
};

struct GroupPrice {
  FactorAnswer factor;
  Resources resources;
  PricedConfig config;
  MonthlyPrice monthly;
};

// The price and its working ("model", "price-per-factor-unit", "factor-rule",
// "component", "factor", "service-level", "infrastructure", "monthly").
GroupPrice price_group(const GroupPriceQuery& query, Explain& explain);

PricedConfig config_of(const ResourceGroup& group);

// ---------------------------------------------------------------- §3.8 temporary upgrade

struct TemporaryUpgradeAnswer {
  Rational upgraded_monthly;  // factor × the higher tier's price per factor unit
  Rational cost;              // days/30 × upgraded_monthly × (1 + surcharge)
  Rational staying;           // days/30 × factor × the current price per factor unit
  Rational difference;        // cost − staying
};

struct TemporaryUpgradeQuery {
  const Tier *tier = nullptr, *upgraded = nullptr;
  std::string currency;
  Rational factor;
  std::int64_t current_per_factor_unit = 0, upgraded_per_factor_unit = 0;
  Percent surcharge_percent;
  int days = 0;
};

// The cost and the "temporary-upgrade" explain line.
TemporaryUpgradeAnswer temporary_upgrade(const TemporaryUpgradeQuery& query, Explain& explain);

// ---------------------------------------------------------------- fixed-monthly, no model, rounding

// "model": a fixed monthly price, given or the profile's (an example price?).
void fixed_monthly_explain(const Tier& tier, std::int64_t price, bool given, const std::string& currency,
                           Explain& explain);
// "no-model": nothing is computed rather than invented.
void no_model_explain(const Tier& tier, Explain& explain);
// "rounding": exact until one half-up rounding to the minor unit.
void rounding_explain(Explain& explain);

// ---------------------------------------------------------------- text

// "2", "2.5", or "8/3" when the decimal does not terminate.
std::string exact_number_text(const Rational& value);
// "2", "2.6666…" (at most `decimals` places, truncated, "…" when cut).
std::string short_number_text(const Rational& value, int decimals = 4);
// The two above inside a text for people, as the call's language writes
// numbers (lang.hpp): de "2,5", "8/3", "2,6666…". Fields keep the forms above.
std::string local_exact_text(const Rational& value);
std::string local_short_text(const Rational& value, int decimals = 4);
// An exact amount in minor units as money: "240.00 EUR", "266.69 EUR (rounded)"
// when rounded half up to the minor unit, in the call's language (de
// "266,69 € (gerundet)"). Amounts are never negative.
std::string amount_text(const Rational& minor, const std::string& currency);
std::int64_t rounded_minor(const Rational& minor);
// A number inside a text for people, as the call's language writes it: "2,5", "8/3", "12".
std::string local_num(const Rational& value);
std::string local_num(long long value);
// Hours with the hour's symbol each language uses: "2,5 h", nl "2,5 u", da "2,5 t".
std::string hour_count_text(const Rational& hours);
// "text (§3.7)", or the text alone without a clause.
std::string with_clause(const std::string& text, const std::string& clause);
// "factor 2, 4 vCPU, 16 GB RAM, 100 GB storage"; without the factor for the infrastructure model.
std::string config_text(const PricedConfig& config, bool with_factor = true);

}  // namespace slacalc
