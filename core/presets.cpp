#include "presets.hpp"

#include "profile_check.hpp"

namespace slacalc {

const std::vector<Profile>& preset_profiles() {
  static const std::vector<Profile> profiles = [] {
    std::vector<Profile> contracts, examples;
    for (const auto& preset : preset_texts()) {
      ProfileCheck check = check_profile_text(preset.text);
      if (check.profile)
        (check.profile->is_example ? examples : contracts).push_back(std::move(*check.profile));
    }
    for (auto& p : examples) contracts.push_back(std::move(p));
    return contracts;
  }();
  return profiles;
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
