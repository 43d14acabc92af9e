// Which tier is the higher service level (docs/profile-format.md "rank").
// Flying Circus §3.8 provides for an increase of the service level only — a
// permanent "Erhöhung" and a temporary "Anhebung" — so `term` and `price`
// refuse a change to a tier that is not above the one in force.
#pragma once

#include <optional>
#include <string>

#include "error.hpp"
#include "profile.hpp"

namespace slacalc {

// How `to` stands against `from`: above it on every axis of the profile's
// ranks (and higher on one), the same, below, not ordered (higher on one
// axis, lower on another), or unknown (a tier without a rank).
enum class TierOrder { higher, same, lower, unordered, unranked };
TierOrder tier_order(const Tier& from, const Tier& to);

// An Error at `path` unless `to` is above `from`: not_in_contract (lower, not
// ordered, no rank) or conflict (the same tier).
std::optional<Error> check_increase(const Tier& from, const Tier& to, const std::string& path);

}  // namespace slacalc
