// What a customer sends and keeps when a credit is owed: the claim letter
// (in the contract's language, which need not be the reader's) and an
// iCalendar file of the claim deadline and the redemption dates.
#pragma once

#include <string>

#include "credit.hpp"
#include "lang.hpp"
#include "profile.hpp"

namespace slacalc {

// The letter for an eligible answer, in `lang`: the clause, product and tier
// as the profile writes them, the measured and guaranteed availability, the
// share of the fee and the amount.
std::string claim_letter(const Profile& profile, const Tier& tier, const CreditAnswer& answer, const CreditQuery& query,
                         Lang lang);

// The claim deadline and the redemption dates as an iCalendar file.
std::string credit_calendar(const Profile& profile, const Tier& tier, const CreditAnswer& answer,
                            const LocalSpan& period);

}  // namespace slacalc
