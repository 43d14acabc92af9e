#include "profile_json.hpp"

#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "presets.hpp"
#include "profile_check.hpp"
#include "profile_text.hpp"
#include "request_profile.hpp"

namespace slacalc {
namespace {

json problems_json(const std::vector<Error>& problems) {
  json list = json::array();
  for (const auto& p : problems)
    list.push_back(object({{"code", p.code}, {"path", p.path}, {"message", p.message}}));
  return list;
}

// What a picker needs to know of a profile (profiles(), validateProfile()).
json summary_json(const Profile& p) {
  json tiers = json::array();
  for (const auto& t : p.tiers) {
    json tier = object({{"id", t.id}, {"name", t.name}, {"family", t.family}});
    if (!t.includes.empty()) {
      json includes = json::array();
      for (const Included& item : t.includes)
        includes.push_back(object({{"text", included_text(item)}, {"clause", item.clause}}));
      tier["includes"] = includes;
    }
    tiers.push_back(tier);
  }
  json entry = object({{"id", p.id},
                       {"vendor", p.vendor},
                       {"product", p.product},
                       {"status", p.is_example ? "example" : "contract"},
                       {"languages", p.languages},
                       {"currency", p.currency},
                       {"currencyDecimals", currency_decimals(p.currency)},
                       {"tiers", tiers}});
  if (!p.caveat.empty()) entry["caveat"] = p.caveat;
  // Where the profile has no words in the call's language, its texts are shown as written.
  if (p.text_lang != lang_code(current_lang())) entry["textLang"] = p.text_lang;
  return entry;
}

}  // namespace

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

}  // namespace slacalc
