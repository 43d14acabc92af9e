// What every request that names a contract shares: its "profile" (a preset
// id or a whole profile object), its "tier", and its "options" (the choices
// the profile offers for its ambiguities, docs/profile-format.md "options").
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "contract_reading.hpp"
#include "error.hpp"
#include "profile.hpp"

namespace slacalc {

// `value` at `path` is a preset id or a profile object; an invalid object
// yields its first error, with `path` in front of the error's pointer.
Result<std::shared_ptr<const Profile>> resolve_profile(const nlohmann::json& value,
                                                       const std::string& path);
// What a request names a profile and a tier with, for missing_field.
std::string preset_or_profile();
std::string the_tier_id();

// The tier with id `value` (a string at `path`) in `profile`.
Result<const Tier*> resolve_tier(const Profile& profile, const nlohmann::json& value,
                                 const std::string& path);

// A request's "profile" and "tier" (both required), resolved.
struct ProfileTier {
  std::shared_ptr<const Profile> profile;
  const Tier* tier;
};
Result<ProfileTier> resolve_profile_tier(const nlohmann::json& request);


// unknown_value for a preset id slacalc does not have, listing the presets.
Error no_preset(const std::string& id, const std::string& path);

// A request's "monthBasis": which hours a commitment's budget is a share of
// (contract_reading.hpp), "contract" when absent.
Result<Reading> read_reading(const nlohmann::json& request);

// A request's "options": { optionId: choice } of the profile's own options.
Result<OptionChoices> read_option_choices(const nlohmann::json& request, const Profile& profile);

}  // namespace slacalc
