// §10.1 daily metering: a month of a resource group billed by
// calendar day at 1/30 of the monthly price, each characteristic with its
// highest value of the day; the service-level factor never below the
// committed minimum purchase (§3.7), factor above it at +30 % unless the
// increase was recommitted (§3.7.1). Flying Circus Hosted (§3.4) is metered
// the same way, infrastructure only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "error.hpp"
#include "explain.hpp"
#include "id_table.hpp"
#include "pricing.hpp"
#include "rational.hpp"
#include "applied_option.hpp"

namespace slacalc {

// every-day: each calendar day is 1/30 of the monthly price (31 days = 31/30);
// changed-months-only: a month without a change is one monthly price.
enum class DayBilling { everyDay, changedMonthsOnly };
inline constexpr IdOf<DayBilling> kDayBillingIds[] = {{DayBilling::everyDay, "every-day"},
                                                      {DayBilling::changedMonthsOnly, "changed-months-only"}};
// The day's highest value of each characteristic: per VM (a VM resized or
// replaced counts with its largest size that day), or of the group's totals.
enum class DayMaximum { perVm, groupTotal };
inline constexpr IdOf<DayMaximum> kDayMaximumIds[] = {{DayMaximum::perVm, "per-vm"},
                                                      {DayMaximum::groupTotal, "group-total"}};

struct Change {
  date::local_days from;
  ResourceGroup group;
  bool recommit = false;  // §3.7.1: the whole new factor committed as the new minimum purchase
};

struct MeterQuery {
  date::local_days first, next;  // the month, [first, next)
  std::string label;             // "April 2026"
  ResourceGroup base;            // the group at the month's start
  std::vector<Change> changes;   // in the month, in order
  DayBilling billing = DayBilling::everyDay;
  DayMaximum maximum = DayMaximum::perVm;
  bool service_level = true;  // false: the infrastructure model (no factor, no commitment)
  std::int64_t per_factor_unit = 0;
  InfrastructurePrices prices;
  // §3.7: the factor of the Cleared-For-Takeoff notice; absent: the base group's.
  std::optional<Rational> committed;
  Percent surcharge_percent;  // §3.7.1, on factor above the committed one
  std::string currency;
};

struct MeterRow {
  date::local_days from, to;  // [from, to)
  int days = 0;
  PricedConfig config;        // the day's highest values (the measured factor)
  Rational committed, extra;  // the minimum purchase in force; factor above it
  Rational monthly;           // the month's price at this config and commitment
  Rational amount;            // days × monthly / 30, or monthly for an unchanged month billed whole
};

struct Metering {
  date::local_days from, to;  // the month, [from, to)
  int days_in_month = 0;
  bool per_day = true;  // false: changed-months-only and nothing changed
  Rational committed;   // at the month's start
  bool committed_given = false;
  std::vector<MeterRow> rows;
  Rational total;
  std::vector<AppliedOption> readings;  // dayBilling, dayMaximum
};

// "committed-factor": the minimum purchase (§3.7), given or the group's own.
std::string committed_text(const Rational& committed, bool given, const Percent& surcharge_percent);

// The readings of §10.1 (dayBilling, dayMaximum) as applied.
std::vector<AppliedOption> metering_readings(DayBilling billing, DayMaximum maximum);

// The month into `out`, its explain lines into `explain`. A change marked
// `recommit` must raise the committed factor: else out_of_range at
// changes_path/N/recommit.
std::optional<Error> meter_month(const MeterQuery& query, const std::string& changes_path, Explain& explain,
                                 Metering& out);

}  // namespace slacalc
