// An SLA profile as data: one contract's tiers and rules, read from JSON
// (docs/profile-format.md) by check_profile() in profile_check.hpp. Every
// calculator takes its rules from here; presets/ holds the five reference
// contracts and cloud examples in this form.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "id_table.hpp"
#include "period.hpp"
#include "rational.hpp"
#include "quantity.hpp"

namespace slacalc {

// Where a rule comes from ("§9.2") and a short word for the user.
struct Cite {
  std::string clause;
  std::string note;
};

// A weekly window as half-open minute-of-week intervals, Monday 00:00 = 0.
// Ranges past Sunday midnight are split, so every interval lies in [0, 10080).
struct WeeklyWindow {
  std::string id;
  std::string label;
  struct Interval {
    int begin;
    int end;
  };
  std::vector<Interval> intervals;  // sorted, disjoint
  bool holidays_closed = false;
  Cite cite;
};
// The month bases a profile may name ("custom" needs hours of its own and is
// a request-time choice only).
inline constexpr IdOf<MonthBasis> kProfileMonthBases[] = {
    {MonthBasis::calendar, "calendar"}, {MonthBasis::days30, "30d"},   {MonthBasis::hours730, "730h"},
    {MonthBasis::meanGregorian, "mean-gregorian"}, {MonthBasis::hours750, "750h"}};
// The periods a commitment or a credit may be promised for.
inline constexpr IdOf<PeriodKind> kProfilePeriods[] = {
    {PeriodKind::month, "month"}, {PeriodKind::quarter, "quarter"}, {PeriodKind::year, "year"}};

inline constexpr int kMinutesPerWeek = 7 * 24 * 60;
inline constexpr const char* kAlwaysWindow = "always";

struct PriorityLevel {
  std::string id;
  std::string label;
};

// cells[row][column] indexes PriorityProfile::levels.
struct PriorityMatrix {
  std::string row_label, column_label;
  std::vector<std::string> row_ids, column_ids;
  std::vector<std::vector<int>> cells;
};

struct Priorities {
  std::vector<PriorityLevel> levels;
  std::optional<PriorityMatrix> matrix;
  Cite cite;
};

// An option's words for people in one language (docs/profile-format.md,
// "Options"): its label, its note and each choice's label, parallel to the
// option's choices ("" where none is given).
struct OptionWords {
  std::string label, note;
  std::vector<std::string> choice_labels;
};

// An ambiguity of the contract as an explicit choice (contracts.md, preamble).
struct Option {
  std::string id;
  std::string label;
  std::vector<std::string> choices;
  std::string default_choice;
  Cite cite;
  std::vector<std::string> choice_labels;                      // parallel to choices; "" where none is given
  std::vector<std::pair<std::string, OptionWords>> translations;  // language code → the option's words in it
};

struct Commitment {
  enum class Kind { guarantee, target };
  static constexpr IdOf<Kind> kKindIds[] = {{Kind::guarantee, "guarantee"}, {Kind::target, "target"}};
  std::string scope;  // "application", "platform", "" when the tier has one
  std::string scope_label;  // the scope's name for people in the call's language, "" = the scope itself
  const std::string& scope_name() const { return scope_label.empty() ? scope : scope_label; }
  Kind kind = Kind::guarantee;
  Percent target_percent;
  PeriodKind period = PeriodKind::month;      // month, quarter or year
  std::optional<MonthBasis> month_basis;      // absent: the profile's option default
  std::string window = kAlwaysWindow;         // downtime counts only inside it
  std::optional<Duration> stated_max_downtime_seconds;  // the contract's own figure
  std::vector<std::string> excluded;          // kinds of downtime that do not count
  bool denominator_minus_planned = false;     // planned time leaves the measured time
  Cite cite;
};

struct ResponseRule {
  enum class Promise { duration, workingDays, bestEffort };
  // What the clock runs until (docs/profile-format.md, response[]).
  enum class Measure { reaction, response, resolution };
  static constexpr IdOf<Measure> kMeasureIds[] = {
      {Measure::reaction, "reaction"}, {Measure::response, "response"}, {Measure::resolution, "resolution"}};
  Measure measure = Measure::reaction;
  std::string incident_class = "any";
  std::string priority = "any";
  Promise promise = Promise::duration;
  Duration seconds;      // Promise::duration
  int working_days = 0;  // Promise::workingDays
  std::string window = kAlwaysWindow;  // the clock runs inside it
  std::string reported_in;             // "" = any report time
  // Applies only under these option choices (option id, choice).
  std::vector<std::pair<std::string, std::string>> when;
  Cite cite;
};

// A calendar amount: "3 months", "15 days".
struct Span {
  enum class Unit { day, week, month, year };
  int count = 0;
  Unit unit = Unit::day;
};

// Liquidated damages when the provider ends the contract for cause
// (Flying Circus §11.2): a share of the monthly fees until the term's end,
// at most that share of `cap_months` months' fees.
struct DamagesForCause {
  Percent percent;
  int cap_months = 0;
  Cite cite;
};

struct Term {
  Span minimum;
  std::optional<Span> renewal;
  std::optional<Span> notice;
  std::string starts_at;
  std::optional<DamagesForCause> damages_for_cause;
  Cite cite;
};

// A deadline counted from an event the user names (Flying Circus: payment
// 14 days after the invoice §10, objection within 6 weeks §10.2, data kept
// 1 month after a regular end §11.2.1).
struct ContractDeadline {
  enum class After { invoice, regular_end };
  static constexpr IdOf<After> kAfterIds[] = {{After::invoice, "invoice"}, {After::regular_end, "regular-end"}};
  std::string id, label;
  After after = After::invoice;
  Span within;
  Cite cite;
};

struct CreditStep {
  Percent below_percent;  // achieved < below (and ≥ the next step's below)
  Percent credit_percent;
};

struct Claim {
  // What the claim period runs from: the end of the period measured, or the incident.
  enum class After { period_end, incident };
  static constexpr IdOf<After> kAfterIds[] = {{After::period_end, "period-end"}, {After::incident, "incident"}};
  Span within;
  After after = After::period_end;
  std::string form;
  Cite cite;
};

struct Redemption {
  // The dates, where the contract fixes them (Arena, Gutschriften): made
  // available at the end of each calendar year; redeemed in the next service year.
  enum class AvailableAt { unspecified, calendar_year_end };
  enum class RedeemIn { unspecified, next_service_year };
  static constexpr IdOf<AvailableAt> kAvailableAtIds[] = {{AvailableAt::unspecified, "unspecified"},
                                                          {AvailableAt::calendar_year_end, "calendar-year-end"}};
  static constexpr IdOf<RedeemIn> kRedeemInIds[] = {{RedeemIn::unspecified, "unspecified"},
                                                    {RedeemIn::next_service_year, "next-service-year"}};
  AvailableAt available_at = AvailableAt::unspecified;
  RedeemIn redeem_in = RedeemIn::unspecified;
  std::string available, method, expiry;
  std::optional<bool> cash;
  Cite cite;
};

struct Credit {
  enum class Kind { none, flatPercentOfFee, proportionalShortfall, tieredSchedule };
  static constexpr IdOf<Kind> kKindIds[] = {{Kind::none, "none"},
                                            {Kind::flatPercentOfFee, "flat-percent-of-fee"},
                                            {Kind::proportionalShortfall, "proportional-shortfall"},
                                            {Kind::tieredSchedule, "tiered-schedule"}};
  Kind kind = Kind::none;
  std::string reason;               // Kind::none
  // The fee the credit is a share of.
  enum class Fee { monthly, previous_month_resource_group, annual, period };
  static constexpr IdOf<Fee> kFeeIds[] = {{Fee::monthly, "monthly-fee"},
                                          {Fee::previous_month_resource_group, "previous-month-resource-group-fee"},
                                          {Fee::annual, "annual-fee"},
                                          {Fee::period, "period-fee"}};
  Fee fee = Fee::monthly;            // not Kind::none
  PeriodKind period = PeriodKind::month;
  Percent percent;                  // flatPercentOfFee
  std::vector<CreditStep> steps;    // tieredSchedule, below descending
  std::optional<Percent> cap_percent;
  std::optional<std::int64_t> minimum_amount;
  std::optional<Claim> claim;
  std::optional<Redemption> redemption;
  Cite cite;
};

struct Pricing {
  enum class Model { none, fixed_monthly, component_factor, support_hours, infrastructure };
  static constexpr IdOf<Model> kModelIds[] = {{Model::none, "none"},
                                              {Model::fixed_monthly, "fixed-monthly"},
                                              {Model::component_factor, "component-factor"},
                                              {Model::support_hours, "support-hours"},
                                              {Model::infrastructure, "infrastructure"}};
  Model model = Model::none;
  std::optional<std::int64_t> monthly_price;
  std::optional<std::int64_t> price_per_factor_unit;
  std::optional<Percent> increase_surcharge_percent;
  std::optional<Percent> temporary_upgrade_surcharge_percent;
  std::optional<Rational> support_hours_per_month;
  std::optional<int> introduction_multiplier;
  std::optional<std::int64_t> hourly_rate;
  bool prices_are_examples = false;
  Cite cite;
};

// How long before a planned outage its announcement must come for the outage
// to count as an announced service window (WP Heaven §10.1: "varsles senest
// 48 timer inden udførelse"); one announced later is downtime.
struct MaintenanceNotice {
  Duration at_least_seconds;
  Cite cite;
};

// One thing a tier includes, as the contract lists it (docs/profile-format.md,
// "includes"): English text, its clause, and the text in other languages.
struct Included {
  std::string text, clause;
  std::vector<std::pair<std::string, std::string>> translations;  // language code → the text in it
};

struct Tier {
  std::string id, name, family;
  // The tier's service level on each axis the profile orders tiers by, higher
  // = more service (docs/profile-format.md "rank"): a tier is above another when
  // it is at least as high on every axis and higher on one. Empty: not ranked.
  std::vector<int> rank;
  std::vector<Commitment> availability;
  std::vector<ResponseRule> response;
  std::optional<Term> term;
  Credit credit;
  std::optional<Pricing> pricing;
  std::vector<Included> includes;
};

// Option choices a request makes: option id → choice.
using OptionChoices = std::vector<std::pair<std::string, std::string>>;

struct Profile {
  std::string id, vendor, product;
  bool is_example = false;
  std::string caveat;
  std::string lang = "en";       // the language its texts are written in
  std::string text_lang = "en";  // the language they were read in (docs/profile-format.md, "Languages")
  std::vector<std::string> languages;
  std::string currency;
  std::string time_zone;
  std::string holiday_calendar;
  Cite holidays_cite;
  std::vector<WeeklyWindow> windows;
  std::optional<Priorities> priorities;
  std::vector<Option> options;
  std::vector<ContractDeadline> deadlines;
  std::optional<MaintenanceNotice> maintenance_notice;
  std::vector<Tier> tiers;

  const Tier* find_tier(std::string_view tier_id) const;
  const WeeklyWindow* find_window(std::string_view window_id) const;  // nullptr for "always"
  const Option* find_option(std::string_view option_id) const;
  // The request's choice for the option, else its default ("" if no such option).
  std::string choice_of(std::string_view option_id, const OptionChoices& chosen = {}) const;
  // Whether every option the rule's `when` names has the choice it names.
  bool applies(const ResponseRule& rule, const OptionChoices& chosen = {}) const;
  // The commitment's own basis, else the monthBasis option's default, else calendar.
  MonthBasis month_basis_of(const Commitment& commitment) const;
  // The scopes its commitments name ("platform", "application"), each once,
  // in the order they first appear; an outage names what it hit by them.
  std::vector<std::string> scopes() const;
};

}  // namespace slacalc
