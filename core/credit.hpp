// Is a credit owed for a period, how much, and by when must it be claimed?
// The rule's share of the fee comes from credit_rule.hpp; this adds the fee,
// the money (rounded half up to the currency's minor unit), the cap and the
// minimum amount, the claim deadline and the redemption dates.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"
#include "rational.hpp"
#include "redemption.hpp"
#include "window_hours.hpp"

namespace slacalc {

struct Achieved {
  const Commitment* commitment;
  Rational percent;
};

struct CreditQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  LocalSpan period;               // the credit rule's period
  std::vector<Achieved> achieved;  // the commitments measured over that period
  std::int64_t fee_minor = 0;     // the fee the rule names, in minor units
  std::optional<date::local_days> service_year_start;  // for the redemption dates
  RedemptionYear redemption_year = RedemptionYear::after_available;
};

struct CreditAnswer {
  bool eligible = false;
  std::int64_t amount_minor = 0;
  Rational percent_of_fee;                       // after the cap
  const Commitment* deciding = nullptr;          // the commitment whose shortfall gives the credit
  std::optional<date::local_days> claim_deadline;  // the last day to claim
  std::optional<RedemptionDates> redemption;       // when it can be used, when it lapses
  Explain explain;
};

CreditAnswer compute_credit(const CreditQuery& query);

}  // namespace slacalc
