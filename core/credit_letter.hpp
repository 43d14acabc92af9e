// What a customer sends and keeps when a credit is owed: the claim letter
// (in the contract's language, which need not be the reader's) and an
// iCalendar file of the claim deadline and the redemption dates.
#pragma once

#include <string>

#include "credit.hpp"
#include "lang.hpp"
#include "profile.hpp"

namespace slacalc {

// Who claims: each part as the customer typed it, "" when not given (the
// letter then leaves its line out). Name and number are one line each;
// contact and signature may have several.
struct Claimant {
  std::string name, number, contact, signature;
};

// The letter for an eligible answer, in `lang`: the clause, product and tier
// as the profile writes them, the measured and guaranteed availability to the
// contract's precision (the exact figures stay in explain), the share of the
// fee and the amount, each outage claimed (measured from outages), and the
// claimant's details.
std::string claim_letter(const Profile& profile, const Tier& tier, const CreditAnswer& answer, const CreditQuery& query,
                         const Claimant& claimant, Lang lang);

// The claim deadline and the redemption dates as an iCalendar file.
std::string credit_calendar(const Profile& profile, const Tier& tier, const CreditAnswer& answer,
                            const LocalSpan& period);

}  // namespace slacalc
