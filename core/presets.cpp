#include "presets.hpp"

#include <optional>

#include "lang.hpp"
#include "profile_check.hpp"

namespace slacalc {
namespace {

std::vector<Profile> read_presets() {
  std::vector<Profile> contracts, examples;
  for (const auto& preset : preset_texts()) {
    ProfileCheck check = check_profile_text(preset.text);
    if (check.profile)
      (check.profile->is_example ? examples : contracts).push_back(std::move(*check.profile));
  }
  for (auto& p : examples) contracts.push_back(std::move(p));
  return contracts;
}

}  // namespace

const std::vector<Profile>& preset_profiles() {
  // Read once per language: each holds the presets' texts in it (docs/profile-format.md, "Languages").
  static std::optional<std::vector<Profile>> profiles[kLangs];
  auto& in_lang = profiles[static_cast<int>(current_lang())];
  if (!in_lang) in_lang = read_presets();
  return *in_lang;
}

const Profile* find_preset(std::string_view id) {
  for (const auto& p : preset_profiles())
    if (p.id == id) return &p;
  return nullptr;
}

std::string_view preset_text(std::string_view id) {
  for (const auto& preset : preset_texts())
    if (preset.id == id) return preset.text;
  return {};
}

}  // namespace slacalc
