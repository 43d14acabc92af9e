// validateProfile: a profile document → every problem at once (errors and
// warnings, each with code, JSON pointer and message) and, when there is no
// error, the typed Profile. Rules: docs/profile-format.md.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "profile.hpp"

namespace slacalc {

inline constexpr size_t kMaxProfileBytes = 1000000;  // "1 MB" (docs/profile-format.md)
inline constexpr size_t kMaxProblems = 1000;         // further ones are counted, not listed

struct ProfileCheck {
  std::vector<Error> errors;
  std::vector<Error> warnings;
  size_t unlisted_errors = 0;
  std::optional<Profile> profile;  // set exactly when errors is empty
};

ProfileCheck check_profile(const nlohmann::json& document);
ProfileCheck check_profile_text(std::string_view text);

}  // namespace slacalc
