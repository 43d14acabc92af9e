// The profile entry points — profiles, profile, validateProfile — and
// resolve_profile(), which every calculator uses to accept either a preset id
// or a whole profile object. Format: docs/profile-format.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "profile.hpp"

namespace slacalc {

Result<nlohmann::json> profiles_endpoint(const nlohmann::json& request);
// The preset document as written (key order and layout kept).
Result<std::string> profile_endpoint(const nlohmann::json& request);
// Takes the profile document itself (text), so a document over 1 MB or with
// broken JSON is a reported problem, not a refused request.
Result<std::string> validate_profile_endpoint(std::string_view document_text);

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

}  // namespace slacalc
