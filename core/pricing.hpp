// Prices as the contracts compute them, exactly (issue 6): Flying Circus's
// component factor (VLB §3.7), the monthly price of a resource group, daily
// metering at 1/30 of the monthly price (§10.1), the two ways to pay for a
// larger factor (§3.7.1), a temporary upgrade (§3.8), and NMS Prime's support
// hours with the introduction phase's double contingent. Pure computations:
// the request is read in price_json.cpp.
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

// ---------------------------------------------------------------- §10.1 daily metering

// every-day: each calendar day is 1/30 of the monthly price (31 days = 31/30);
// changed-months-only: a month without a change is one monthly price.
enum class DayBilling { everyDay, changedMonthsOnly };
// The day's highest value of each characteristic: per VM (a VM resized or
// replaced counts with its largest size that day), or of the group's totals.
enum class DayMaximum { perVm, groupTotal };

struct Change {
  date::local_days from;
  ResourceGroup group;
};

struct MeterRow {
  date::local_days from, to;  // [from, to)
  int days = 0;
  PricedConfig config;
  Rational monthly;  // the config's monthly price
  Rational amount;   // days × monthly / 30, or monthly for an unchanged month billed whole
};

struct Metering {
  date::local_days from, to;  // the month, [from, to)
  int days_in_month = 0;
  bool per_day = true;  // false: changed-months-only and nothing changed
  std::vector<MeterRow> rows;
  Rational total;
};

// `changes` lie in the month, in order; each applies from its day on, and on
// its day the highest value of before and after counts.
Metering meter_month(date::local_days first, date::local_days next, const ResourceGroup& base,
                     const std::vector<Change>& changes, DayBilling billing, DayMaximum maximum,
                     std::int64_t per_factor_unit, const InfrastructurePrices& prices);

// ---------------------------------------------------------------- §3.7.1 factor increase

struct FactorIncreaseQuery {
  Rational old_factor, new_factor;  // new > old
  std::int64_t per_factor_unit = 0;
  Rational surcharge_percent;  // 30
  int needed_months = 0;       // k
  int minimum_months = 0;      // M, the renewed minimum term
  int horizon_months = 0;      // H ≥ max(k, M)
};

struct FactorIncreaseAnswer {
  Rational delta;  // new − old
  Rational old_monthly, new_monthly;
  Rational extra_monthly;  // A: delta × price × (1 + surcharge)
  Rational total_a, total_b;
  int months_at_new = 0;  // B: max(k, M)
  Rational break_even;    // k* = M / (1 + surcharge): A is cheaper iff k < k*
  enum class Cheaper { a, b, equal } cheaper = Cheaper::equal;
};

FactorIncreaseAnswer compare_factor_increase(const FactorIncreaseQuery& query);

// ---------------------------------------------------------------- §3.8 temporary upgrade

struct TemporaryUpgradeAnswer {
  Rational upgraded_monthly;  // factor × the higher tier's price per factor unit
  Rational cost;              // days/30 × upgraded_monthly × (1 + surcharge)
  Rational staying;           // days/30 × factor × the current price per factor unit
  Rational difference;        // cost − staying
};

TemporaryUpgradeAnswer temporary_upgrade(const Rational& factor, std::int64_t current_per_factor_unit,
                                         std::int64_t upgraded_per_factor_unit, const Rational& surcharge_percent,
                                         int days);

// ---------------------------------------------------------------- NMS Prime support hours

struct SupportMonth {
  int index = 0;  // 1-based
  bool introduction = false;
  Rational included, used, overage;  // hours
  Rational cost;                     // minor units
};

struct SupportAnswer {
  std::vector<SupportMonth> months;
  Rational included, used, overage, cost;
};

SupportAnswer support_hours(const Rational& per_month, int multiplier, int introduction_months,
                            std::int64_t hourly_rate, const std::vector<Rational>& used);

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

}  // namespace slacalc
