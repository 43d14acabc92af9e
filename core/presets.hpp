// The presets: the five reference contracts and the cloud examples from
// presets/*.json, compiled in (generated presets_data.cpp) and checked with
// the same validator as a user's profile, once, on first use.
#pragma once

#include <string_view>
#include <vector>

#include "profile.hpp"

namespace slacalc {

struct PresetText {
  std::string_view id;    // the file name without .json
  std::string_view text;  // the JSON document as written
};

// In file-name order. Defined in the generated presets_data.cpp.
const std::vector<PresetText>& preset_texts();

// Contracts first, then examples, with their texts in the call's language; a
// preset that fails validation is left out (the tests require every preset to validate).
const std::vector<Profile>& preset_profiles();

const Profile* find_preset(std::string_view id);
// "" when there is no such preset.
std::string_view preset_text(std::string_view id);

}  // namespace slacalc
