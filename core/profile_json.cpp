#include "profile_json.hpp"

#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "presets.hpp"
#include "profile_check.hpp"
#include "profile_text.hpp"

namespace slacalc {
namespace {

json problems_json(const std::vector<Error>& problems) {
  json list = json::array();
  for (const auto& p : problems)
    list.push_back(object({{"code", p.code}, {"path", p.path}, {"message", p.message}}));
  return list;
}

// From the texts, not the parsed presets: profile() needs no profile reader.
std::string preset_list() {
  return comma_list(preset_texts(), [](const PresetText& p) { return p.id; });
}

Error no_preset(const std::string& id, const std::string& path) {
  return Error{"unknown_value",
               say({"no preset \"{0}\" (presets: {1})", "kein mitgeliefertes Profil \"{0}\" (mitgeliefert: {1})",
                    "geen meegeleverd profiel \"{0}\" (meegeleverd: {1})",
                    "ingen medfølgende profil \"{0}\" (medfølgende: {1})"},
                   {id, preset_list()}),
               path};
}

// What a picker needs to know of a profile (profiles(), validateProfile()).
json summary_json(const Profile& p) {
  json tiers = json::array();
  for (const auto& t : p.tiers) tiers.push_back(object({{"id", t.id}, {"name", t.name}, {"family", t.family}}));
  json entry = object({{"id", p.id},
                       {"vendor", p.vendor},
                       {"product", p.product},
                       {"status", p.is_example ? "example" : "contract"},
                       {"languages", p.languages},
                       {"currency", p.currency},
                       {"currencyDecimals", currency_decimals(p.currency)},
                       {"tiers", tiers}});
  if (!p.caveat.empty()) entry["caveat"] = p.caveat;
  return entry;
}

}  // namespace

std::string preset_or_profile() {
  return say({"a preset id or a profile object", "die ID eines mitgelieferten Profils oder ein Profilobjekt",
              "de id van een meegeleverd profiel of een profielobject", "id'et for en medfølgende profil eller et profilobjekt"});
}

std::string the_tier_id() { return say({"the tier's id", "die ID des Tarifs", "de id van het niveau", "niveauets id"}); }

Result<json> profiles_endpoint(const json& request) {
  if (!request.is_object())
    return wrong_type("", say({"an object ({})", "ein Objekt ({})", "een object ({})", "et objekt ({})"}), request);
  if (auto e = reject_unknown_fields(request, "", {})) return *e;
  json list = json::array();
  for (const auto& p : preset_profiles()) list.push_back(summary_json(p));
  return object({{"profiles", list}});
}

Result<std::string> profile_endpoint(const json& request) {
  if (!request.is_object())
    return wrong_type("", say({"an object", "ein Objekt", "een object", "et objekt"}), request);
  if (auto e = reject_unknown_fields(request, "", {"id"})) return *e;
  const json* id = find_field(request, "id");
  if (!id)
    return missing_field("/id", say({"the preset's id", "die ID des mitgelieferten Profils", "de id van het meegeleverde profiel",
                                     "id'et for den medfølgende profil"}));
  auto text = read_string(*id, "/id");
  if (!text.ok()) return text.error();
  std::string_view document = preset_text(text.value());
  if (document.empty()) return no_preset(text.value(), "/id");
  return std::string(document);
}

Result<std::string> validate_profile_endpoint(std::string_view document_text) {
  ProfileCheck check = check_profile_text(document_text);
  json out = object({{"valid", check.errors.empty()},
                     {"errors", problems_json(check.errors)},
                     {"warnings", problems_json(check.warnings)}});
  if (check.unlisted_errors) out["unlistedErrors"] = check.unlisted_errors;
  if (check.profile) out["summary"] = summary_json(*check.profile);
  return json_text(out);
}

Result<std::shared_ptr<const Profile>> resolve_profile(const json& value, const std::string& path) {
  if (value.is_string()) {
    const std::string& id = value.get_ref<const std::string&>();
    const Profile* preset = find_preset(id);
    if (!preset) return no_preset(id, path);
    // Presets live as long as the program: share without owning.
    return std::shared_ptr<const Profile>(std::shared_ptr<const Profile>{}, preset);
  }
  if (!value.is_object()) return wrong_type(path, preset_or_profile(), value);
  ProfileCheck check = check_profile(value);
  if (!check.profile) {
    Error first = check.errors.front();
    first.path = path + first.path;
    first.message = say({"invalid profile: {0}", "ungültiges Profil: {0}", "ongeldig profiel: {0}", "ugyldig profil: {0}"},
                        {first.message});
    return first;
  }
  return std::shared_ptr<const Profile>(std::make_shared<Profile>(std::move(*check.profile)));
}

Result<const Tier*> resolve_tier(const Profile& profile, const json& value, const std::string& path) {
  auto id = read_string(value, path);
  if (!id.ok()) return id.error();
  if (const Tier* t = profile.find_tier(id.value())) return t;
  std::string list = comma_list(profile.tiers, [](const Tier& t) -> const std::string& { return t.id; });
  return Error{"unknown_value",
               say({"no tier \"{0}\" in {1} (tiers: {2})", "kein Tarif \"{0}\" in {1} (Tarife: {2})",
                    "geen niveau \"{0}\" in {1} (niveaus: {2})", "intet niveau \"{0}\" i {1} (niveauer: {2})"},
                   {id.value(), profile.id, list}),
               path};
}

Result<ProfileTier> resolve_profile_tier(const json& request) {
  const json* p = find_field(request, "profile");
  if (!p) return missing_field("/profile", preset_or_profile());
  auto profile = resolve_profile(*p, "/profile");
  if (!profile.ok()) return profile.error();
  const json* t = find_field(request, "tier");
  if (!t) return missing_field("/tier", the_tier_id());
  auto tier = resolve_tier(*profile.value(), *t, "/tier");
  if (!tier.ok()) return tier.error();
  return ProfileTier{profile.value(), tier.value()};
}

}  // namespace slacalc
