// A profile's rules in one sentence each, for the comparison view and every
// later result that cites a rule — in the call's language (lang.hpp); the
// profile's own words (labels, notes, scopes, clauses) are inserted as written.
#pragma once

#include <cstdint>
#include <string>

#include "local_text.hpp"
#include "profile.hpp"

namespace slacalc {

std::string commitment_text(const Commitment& c);   // "99.6 % guaranteed per month (application)",
                                                    // de "99,6 % garantiert pro Monat (application)"
std::string window_text(const Profile& p, const std::string& window_id);
std::string response_text(const Profile& p, const ResponseRule& r);
std::string credit_text(const Credit& c);
// A commitment's exclusion ("announced-service-windows") in words: "announced
// service windows", de "angekündigte Servicefenster"; an unknown id as written.
std::string exclusion_text(const std::string& id);
std::string claim_text(const Credit& c);            // "" when the rule has no claim terms
std::string redemption_text(const Credit& c);       // "" when it says nothing

// An option's label, note and choices' labels in the call's language
// (docs/profile-format.md, "Options"): the profile's translation into it,
// else its own (English) words. A choice with no label in the language is
// named by slacalc where slacalc knows the choice (splitReaction), else by
// the profile's English label, else by its place ("Reading 2") — never by its id.
OptionWords option_words(const Option& o);
// What a tier includes, in the call's language: the item's translation, else its English text.
std::string included_text(const Included& item);
std::string choice_label(const Option& o, const std::string& choice);

}  // namespace slacalc
