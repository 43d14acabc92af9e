// A sentence's full stop after an abbreviation's ("16,686 sek.", "4 Min.")
// is written once: no explain text of budget, measure and credit over every
// preset, in any of the four languages, holds "..".
#include <filesystem>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "lang.hpp"

namespace {

using test::json;

// Every explain text in `v`, wherever it is nested.
void all_explain_texts(const json& v, std::vector<std::string>& out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it.key() == "explain" && it->is_array()) {
        for (const json& line : *it)
          if (line.contains("text")) out.push_back(line["text"]);
      } else {
        all_explain_texts(*it, out);
      }
    }
  } else if (v.is_array()) {
    for (const json& item : v) all_explain_texts(item, out);
  }
}

// The presets and each one's first tier.
std::vector<std::pair<std::string, std::string>> presets_and_first_tiers() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& file : std::filesystem::directory_iterator(std::string(SLACALC_SOURCE_DIR) + "/presets")) {
    json p = test::read_json("presets/" + file.path().filename().string());
    out.push_back({file.path().stem().string(), p["tiers"][0]["id"]});
  }
  return out;
}

}  // namespace

TEST_CASE("lang: say() writes the full stop once after an argument ending in one") {
  constexpr slacalc::Phrase kLeft{"{0} left.", "{0} übrig.", "{0} over.", "{0}."};
  slacalc::LangScope da(slacalc::Lang::da);
  CHECK(slacalc::say(kLeft, {"16,686 sek."}) == "16,686 sek.");
  CHECK(slacalc::say(kLeft, {"4 t"}) == "4 t.");
  slacalc::LangScope de(slacalc::Lang::de);
  CHECK(slacalc::say(kLeft, {"4 Min."}) == "4 Min. übrig.");
}

TEST_CASE("lang: no explain text of budget, measure, credit or compose has a doubled full stop") {
  // A short outage (1 h 17 min 17 s) and a long one (2 days and more): targets met and missed, credits
  // in kroner ("152,00 kr."), budgets with fractions of a second (0.05 % of 30 days and the like).
  json short_outage = json::array({{{"start", "2026-04-08T09:00:00"}, {"end", "2026-04-08T10:17:17"}}});
  json long_outage = json::array({{{"start", "2026-04-08T09:00:00"}, {"end", "2026-04-10T10:17:17"}}});
  std::vector<std::pair<std::string, json>> requests;
  for (const auto& preset : presets_and_first_tiers()) {
    // Named copies, not a structured binding: clang 14 cannot capture one in a lambda.
    const auto& profile = preset.first;
    const auto& tier = preset.second;
    auto with = [&](json extra) {
      extra["profile"] = profile;
      extra["tier"] = tier;
      return extra;
    };
    requests.push_back({"budget", with({{"month", "2026-04"}})});
    requests.push_back({"budget", with({{"month", "2026-04"}, {"downtime", "16.686s"}})});
    for (const json& outages : {short_outage, long_outage}) {
      requests.push_back({"measure", with({{"from", "2026-04"}, {"outages", outages}})});
      requests.push_back({"credit", with({{"month", "2026-04"}, {"outages", outages}, {"fee", 160000}})});
    }
  }
  // 0.9999 × 0.999 × 0.995 leaves 15 796.686096 s a month ("… 16,686096 sek."), against a target of 99 %.
  json chain = {{"serial", {{{"name", "Data centre"}, {"availability", "99.99"}}, {{"name", "Platform"}, {"availability", "99.9"}},
                            {{"name", "Application"}, {"availability", "99.5"}}}}};
  requests.push_back({"compose", {{"system", chain}, {"target", "99"}}});
  requests.push_back({"compose", {{"system", chain}, {"target", "99.5"}}});
  int answers = 0;
  for (auto& each : requests) {
    const std::string& function = each.first;  // not a structured binding: INFO captures it (clang 14)
    json& request = each.second;
    for (const char* lang : {"en", "de", "nl", "da"}) {
      request["lang"] = lang;
      slacalc::Response r = slacalc::call(function, request.dump());
      INFO(function, " ", request.dump(), "\n", r.body);
      // nms-prime promises no availability: it has no budget.
      CHECK((r.ok || (function == "budget" && request["profile"] == "nms-prime")));
      if (!r.ok) continue;
      ++answers;
      std::vector<std::string> texts;
      all_explain_texts(json::parse(r.body), texts);
      for (const std::string& text : texts) CHECK_MESSAGE(text.find("..") == std::string::npos, text);
    }
  }
  CHECK(answers == (9 * 6 - 2 + 2) * 4);
}
