#include "request_profile.hpp"

#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "presets.hpp"
#include "profile_check.hpp"

namespace slacalc {
namespace {

// From the texts, not the parsed presets: profile() needs no profile reader.
std::string preset_list() {
  return comma_list(preset_texts(), [](const PresetText& p) { return p.id; });
}

}  // namespace

Error no_preset(const std::string& id, const std::string& path) {
  return Error{"unknown_value",
               say({"no preset \"{0}\" (presets: {1})", "kein mitgeliefertes Profil \"{0}\" (mitgeliefert: {1})",
                    "geen meegeleverd profiel \"{0}\" (meegeleverd: {1})",
                    "ingen medfølgende profil \"{0}\" (medfølgende: {1})"},
                   {id, preset_list()}),
               path};
}

std::string preset_or_profile() {
  return say({"a preset id or a profile object", "die ID eines mitgelieferten Profils oder ein Profilobjekt",
              "de id van een meegeleverd profiel of een profielobject", "id'et for en medfølgende profil eller et profilobjekt"});
}

std::string the_tier_id() { return say({"the tier's id", "die ID des Tarifs", "de id van het niveau", "niveauets id"}); }

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

Result<Reading> read_reading(const json& request) {
  const json* v = find_field(request, "monthBasis");
  if (!v) return Reading::contract;
  Reading reading = Reading::contract;
  if (auto e = read_id(*v, "/monthBasis", kReadingIds, reading)) return *e;
  return reading;
}

Result<OptionChoices> read_option_choices(const json& r, const Profile& p) {
  OptionChoices out;
  const json* v = find_field(r, "options");
  if (!v) return out;
  if (!v->is_object()) return wrong_type("/options", an_object(), *v);
  for (auto it = v->begin(); it != v->end(); ++it) {
    std::string path = child_path("/options", it.key());
    const Option* o = p.find_option(it.key());
    if (!o)
      return Error{"unknown_field",
                   say({"{0} has no option \"{1}\"", "{0} hat keine Option \"{1}\"", "{0} heeft geen optie \"{1}\"",
                        "{0} har ingen indstilling \"{1}\""},
                       {p.id, it.key()}),
                   path};
    auto choice = read_id_in(*v, it.key().c_str(), o->choices, say({"choice", "Auswahl", "keuze", "valg"}));
    if (!choice.ok()) return Error{choice.error().code, choice.error().message, path};
    out.emplace_back(it.key(), choice.value());
  }
  return out;
}

}  // namespace slacalc
