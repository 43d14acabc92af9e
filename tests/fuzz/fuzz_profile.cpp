// libFuzzer target for the SLA-profile reader (docs/profile-format.md).
// One input is used three ways:
//   1. check_profile_text(text)            the parser/validator itself
//   2. call("validateProfile" | "compare", text)   the public entry point
//   3. when (1) accepts the text: a compare request with the profile inline,
//      so the calculators behind "compare" see every profile the fuzzer finds;
//   4. and deadline and windowBudget requests on its first and last tier.
// Any exception, sanitizer report, leak or broken invariant below is a crash.
// Build and run: tests/fuzz/run.sh [seconds].
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "require.hpp"
#include "profile_check.hpp"

namespace {

using nlohmann::json;

// A response body is always one JSON object (api.hpp: errors are values).
json parsed_body(const slacalc::Response& r, const char* function) {
  json body = json::parse(r.body, nullptr, false);
  require(!body.is_discarded() && body.is_object(), function, r.body);
  if (!r.ok) require(body.contains("code") && body["code"].is_string(), function, r.body);
  return body;
}

// Month-basis settings for the inline compare, picked by the input's length.
constexpr const char* kBasisChoices[] = {
    "",
    R"(,"monthBasis":"contract")",
    R"(,"monthBasis":"30d")",
    R"(,"monthBasis":"750h","month":"2024-02")",
    R"(,"monthBasis":"calendar","month":"2023-02")",
    R"(,"monthBasis":"mean-gregorian")",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // 1. The validator: a profile exactly when there is no error.
  const slacalc::ProfileCheck check = slacalc::check_profile_text(text);
  require(check.profile.has_value() == check.errors.empty(), "profile set iff no errors");
  require(check.errors.size() <= slacalc::kMaxProblems, "at most kMaxProblems errors listed");
  require(check.unlisted_errors == 0 || check.errors.size() == slacalc::kMaxProblems,
          "errors are only unlisted once the list is full");
  for (const auto& e : check.errors) require(!e.code.empty() && !e.message.empty(), "error has code and message");
  if (check.profile) require(!check.profile->tiers.empty(), "a valid profile has a tier");

  // 2. The public entry points on the raw text.
  const slacalc::Response validated = slacalc::call("validateProfile", text);
  require(validated.ok, "validateProfile always answers", validated.body);
  const json verdict = parsed_body(validated, "validateProfile");
  require(verdict.contains("valid") && verdict["valid"].is_boolean() &&
              verdict["valid"].get<bool>() == check.errors.empty(),
          "validateProfile agrees with check_profile_text", validated.body);

  parsed_body(slacalc::call("compare", text), "compare (raw input)");

  // 3. A valid profile, inline, side by side with itself and a preset.
  if (check.profile) {
    const auto& tiers = check.profile->tiers;
    std::string_view doc = text;  // nlohmann skips a leading BOM, but only at the start
    if (doc.substr(0, 3) == "\xEF\xBB\xBF") doc.remove_prefix(3);
    std::string request = R"({"columns":[{"profile":)";
    request.append(doc);
    request += R"(,"tier":")" + tiers.front().id + R"("},{"profile":)";
    request.append(doc);
    request += R"(,"tier":")" + tiers.back().id + R"(","monthlyPrice":12345},)";
    request += R"({"profile":"arena","tier":"plm-service"}])";
    request += kBasisChoices[size % std::size(kBasisChoices)];
    request += "}";
    const slacalc::Response compared = slacalc::call("compare", request);
    parsed_body(compared, "compare (inline profile)");
    require(compared.ok, "compare accepts a profile that validateProfile accepts", compared.body);

    // 4. The deadline clock and the window hours with every window the fuzzer
    // finds: an answer, or "unreachable" for a window too rare for the horizon.
    static const char* const kReports[] = {"2026-03-27T15:30", "2026-10-25T02:30", "2024-02-29T23:59:59Z"};
    for (const auto& tier : {tiers.front().id, tiers.back().id}) {
      std::string head = R"({"profile":)" + std::string(doc) + R"(,"tier":")" + tier + "\",";
      const slacalc::Response due =
          slacalc::call("deadline", head + R"("reported":")" + kReports[size % std::size(kReports)] + "\"}");
      json answer = parsed_body(due, "deadline");
      require(due.ok || answer["code"] == "unreachable", "deadline answers a valid profile", due.body);
      const slacalc::Response hours = slacalc::call("windowBudget", head + R"("month":"2026-03"})");
      parsed_body(hours, "windowBudget");
      require(hours.ok, "windowBudget answers a valid profile", hours.body);
    }
  }
  return 0;
}
