// Is a credit owed for a period, how much, and by when must it be claimed?
// What was achieved is given, or measured from outages under the contract
// reading every function shares (measure_report.hpp). The rule's share of
// the fee comes from credit_rule.hpp; this adds the fee, the money (rounded
// half up to the currency's minor unit), the cap and the minimum amount, the
// claim deadline and the redemption dates.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"
#include "quantity.hpp"
#include "rational.hpp"
#include "contract_reading.hpp"
#include "measure.hpp"
#include "money.hpp"
#include "redemption.hpp"
#include "window_clock.hpp"
#include "window_hours.hpp"

namespace slacalc {

struct Achieved {
  const Commitment* commitment;
  Percent percent;
  // Measured from outages: the period's downtime and its figures under the reading.
  std::optional<PeriodMeasure> measured;
};

struct CreditQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  LocalSpan period;               // the credit rule's period
  std::vector<Achieved> achieved;  // the commitments measured over that period, given
  // Or measured from these outages (sorted), under `reading`.
  const std::vector<Outage>* outages = nullptr;
  ClosedDays closed;
  Reading reading = Reading::contract;
  Money fee;                       // the fee the rule names
  std::optional<date::local_days> service_year_start;  // for the redemption dates
  RedemptionYear redemption_year = RedemptionYear::after_available;
  // The day the claim is looked at from (the reader's today): whether the
  // claim deadline has passed is said only when it is given.
  std::optional<date::local_days> as_of;
};

struct CreditAnswer {
  std::vector<Achieved> achieved;  // given, or measured over the period
  bool nothing_measured = false;   // measured, but the period has no counted time
  bool eligible = false;
  Money amount;                    // in the fee's currency
  Percent percent_of_fee;                        // after the cap
  const Commitment* deciding = nullptr;          // the commitment whose shortfall gives the credit
  Percent deciding_achieved;                     // what it achieved
  std::optional<date::local_days> claim_deadline;  // the last day to claim
  std::optional<bool> claim_deadline_passed;       // with as_of and a deadline: as_of is after it
  std::optional<RedemptionDates> redemption;       // when it can be used, when it lapses
  Explain explain;
};

// With what was achieved given (query.achieved).
CreditAnswer compute_credit(const CreditQuery& query);
// Measured from query.outages first (measure_report.hpp), then as above; in
// its own file so that a module without measuring (compare's bad month) does
// not link it.
CreditAnswer credit_from_outages(const CreditQuery& query);

}  // namespace slacalc
