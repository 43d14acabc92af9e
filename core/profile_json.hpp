// The profile entry points — profiles, profile, validateProfile. Format:
// docs/profile-format.md.
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

}  // namespace slacalc
