// Profiles: the validator against a corpus of broken documents, and the
// presets against the figures printed in the contracts (contracts.md).
#include <set>

#include <doctest/doctest.h>

#include "budget.hpp"
#include "credit_rule.hpp"
#include "helpers.hpp"
#include "presets.hpp"
#include "profile_check.hpp"

using slacalc::check_profile;
using slacalc::check_profile_text;
using slacalc::Duration;
using slacalc::Percent;
using slacalc::Rational;
using test::json;
using test::read_json;

namespace {

bool has_problem(const std::vector<slacalc::Error>& list, const std::string& code,
                 const std::string& path) {
  for (const auto& e : list)
    if (e.code == code && e.path == path) return true;
  return false;
}

std::string listed(const std::vector<slacalc::Error>& list) {
  std::string out;
  for (const auto& e : list) out += std::string(e.code) + " " + e.path + ": " + e.message + "\n";
  return out;
}

Rational decimal(const char* text) {
  Rational::Int scale = 1;
  Rational::Int digits = 0;
  bool fraction = false;
  for (const char* c = text; *c; ++c) {
    if (*c == '.') fraction = true;
    else {
      digits = digits * 10 + (*c - '0');
      if (fraction) scale *= 10;
    }
  }
  return Rational::fraction(digits, scale);
}

const slacalc::Tier& preset_tier(const char* profile, const char* tier) {
  const slacalc::Profile* p = slacalc::find_preset(profile);
  REQUIRE(p != nullptr);
  const slacalc::Tier* t = p->find_tier(tier);
  REQUIRE(t != nullptr);
  return *t;
}

}  // namespace

TEST_CASE("the base test profile is valid and without warnings") {
  auto check = check_profile(read_json("tests/profiles/base.json"));
  INFO(listed(check.errors), listed(check.warnings));
  CHECK(check.errors.empty());
  CHECK(check.warnings.empty());
  REQUIRE(check.profile);
  CHECK(check.profile->tiers.size() == 3);
  // "20:00-04:00+1" on Sunday runs into Monday 04:00: split at the week's end.
  const auto* nights = check.profile->find_window("nights");
  REQUIRE(nights);
  CHECK(nights->intervals.front().begin == 0);
  CHECK(nights->intervals.front().end == 4 * 60);
  CHECK(nights->intervals.back().end == slacalc::kMinutesPerWeek);
}

TEST_CASE("every broken profile in the corpus yields its code at its path") {
  json base = read_json("tests/profiles/base.json");
  json corpus = read_json("tests/profiles/broken.json");
  REQUIRE(corpus.size() >= 25);
  std::set<std::string> faults;
  for (const auto& c : corpus) {
    std::string fault = c["fault"];
    CHECK_MESSAGE(faults.insert(fault).second, "fault listed twice: ", fault);
    json doc = c.contains("replace") ? c["replace"] : base.patch(c["patch"]);
    auto check = check_profile(doc);
    INFO("fault: ", fault, "\nproblems:\n", listed(check.errors));
    CHECK_FALSE(check.profile.has_value());
    CHECK(has_problem(check.errors, c["code"], c["path"]));
  }
}

TEST_CASE("all problems at once; unknown fields are warnings") {
  json doc = read_json("tests/profiles/base.json");
  doc["currency"] = "euro";
  doc["tiers"][1]["id"] = "gold";
  doc["tiers"][0]["credit"]["steps"][1]["percent"] = "5";
  doc["tiers"][0]["colour"] = "gold";
  doc["options"]["termReading"] = {{"label", "x"}, {"choices", {"a"}}, {"default", "a"}};
  auto check = check_profile(doc);
  CHECK(check.errors.size() == 3);
  CHECK(has_problem(check.errors, "invalid_format", "/currency"));
  CHECK(has_problem(check.errors, "duplicate_id", "/tiers/1/id"));
  CHECK(has_problem(check.errors, "credit_steps_not_ascending", "/tiers/0/credit/steps/1"));
  CHECK(has_problem(check.warnings, "unknown_field", "/tiers/0/colour"));
  CHECK(has_problem(check.warnings, "unknown_field", "/options/termReading"));

  doc = read_json("tests/profiles/base.json");
  doc["tiers"][0]["colour"] = "gold";
  auto only_warning = check_profile(doc);
  CHECK(only_warning.errors.empty());
  CHECK(only_warning.profile.has_value());
  CHECK(has_problem(only_warning.warnings, "unknown_field", "/tiers/0/colour"));
}

// Found by the native/wasm agreement test: libstdc++ and libc++
// ordered two ranges with the same start differently, so the CLI and the page
// named opposite ranges. The later one in the document is the one reported.
TEST_CASE("two ranges that start together: the later one overlaps the earlier") {
  json doc = read_json("tests/profiles/base.json");
  doc["windows"]["office"]["weekly"] = {{"wed", {"20:00-23:00", "20:00-22:00"}}};
  auto check = check_profile(doc);
  REQUIRE(check.errors.size() == 1);
  CHECK(check.errors[0].code == "overlapping_ranges");
  CHECK(check.errors[0].path == "/windows/office/weekly/wed/1");
  CHECK(check.errors[0].message == "overlaps the range at /windows/office/weekly/wed/0");
}

TEST_CASE("document-level faults: broken JSON, over 1 MB") {
  CHECK(has_problem(check_profile_text("{\"format\": ").errors, "invalid_json", ""));
  CHECK(has_problem(check_profile_text("").errors, "invalid_json", ""));
  // nlohmann would stop at a NUL byte and accept what came before it.
  std::string valid = read_json("tests/profiles/base.json").dump();
  CHECK(check_profile_text(valid).errors.empty());
  CHECK(has_problem(check_profile_text(valid + std::string(3, '\0') + "x").errors, "invalid_json", ""));
  // Deep nesting is refused before parsing: copies and teardown would recurse.
  std::string deep = "{\"format\":" + std::string(200000, '[') + std::string(200000, ']') + "}";
  CHECK(has_problem(check_profile_text(deep).errors, "too_deep", ""));
  std::string quoted = "{\"note\":\"" + std::string(1000, '[') + "\"}";  // brackets in a string are text
  CHECK_FALSE(has_problem(check_profile_text(quoted).errors, "too_deep", ""));

  // Exactly at the limit (whitespace after the document: no text may be that long).
  std::string text = read_json("tests/profiles/base.json").dump();
  std::string just_under = text + std::string(slacalc::kMaxProfileBytes - text.size(), ' ');
  REQUIRE(just_under.size() <= slacalc::kMaxProfileBytes);
  CHECK(check_profile_text(just_under).errors.empty());
  std::string over = just_under + std::string(slacalc::kMaxProfileBytes - just_under.size() + 1, ' ');
  REQUIRE(over.size() == slacalc::kMaxProfileBytes + 1);
  CHECK(has_problem(check_profile_text(over).errors, "too_large", ""));

  json validate = json::parse(slacalc::call("validateProfile", over).body);
  CHECK(validate["valid"] == false);
  CHECK(validate["errors"][0]["code"] == "too_large");
}

TEST_CASE("every preset validates, without warnings, under its file name") {
  const auto& texts = slacalc::preset_texts();
  CHECK(texts.size() == 9);
  for (const auto& preset : texts) {
    auto check = check_profile_text(preset.text);
    INFO(preset.id, "\n", listed(check.errors), listed(check.warnings));
    CHECK(check.errors.empty());
    CHECK(check.warnings.empty());
    REQUIRE(check.profile);
    CHECK(check.profile->id == preset.id);
  }
  CHECK(slacalc::preset_profiles().size() == texts.size());
  CHECK_FALSE(slacalc::preset_profiles().front().is_example);  // contracts first
  CHECK(slacalc::preset_profiles().back().is_example);
}

TEST_CASE("Flying Circus: the tier table's downtime maxima from the preset (§3.4, §3.5.1, §3.6.1, §9.2)") {
  // Contract figures (contracts.md table), in seconds: target, stated maximum.
  struct Row {
    const char* tier;
    const char* target;
    long long max_seconds;
  };
  const Row rows[] = {{"platform", "99.9", 45 * 60},         {"guided-1", "99.5", 3 * 3600 + 45 * 60},
                      {"guided-2", "99.5", 3 * 3600 + 45 * 60}, {"guided-3", "99.5", 3 * 3600 + 45 * 60},
                      {"managed-1", "99.5", 3 * 3600 + 45 * 60}, {"managed-2", "99.5", 3 * 3600 + 45 * 60},
                      {"managed-3", "99.5", 3 * 3600 + 45 * 60}, {"managed-4", "99.6", 3 * 3600},
                      {"managed-5", "99.8", 90 * 60}};
  const slacalc::Profile& fc = *slacalc::find_preset("flying-circus");
  for (const Row& row : rows) {
    INFO(row.tier);
    const auto& commitment = preset_tier("flying-circus", row.tier).availability.front();
    CHECK(commitment.target_percent == Percent(decimal(row.target)));
    REQUIRE(commitment.stated_max_downtime_seconds);
    CHECK(*commitment.stated_max_downtime_seconds == Duration(Rational(row.max_seconds)));
    slacalc::BudgetQuery q;
    q.target_percent = commitment.target_percent;
    q.period.kind = slacalc::PeriodKind::month;
    q.period.month_basis = fc.month_basis_of(commitment);
    auto budget = slacalc::compute_budget(q);
    REQUIRE(budget.ok());
    CHECK(budget.value().downtime == Duration(Rational(row.max_seconds)));
  }
  // Every tier also carries the platform's 99.9 % (§9.2).
  const auto& guided = preset_tier("flying-circus", "guided-1").availability;
  REQUIRE(guided.size() == 2);
  CHECK(guided[1].target_percent == Percent(decimal("99.9")));
}

TEST_CASE("Flying Circus: reaction times, Managed 4 and 5 split by report time (§3.5.1, §3.6.1)") {
  struct Row {
    const char* tier;
    long long seconds;
    const char* window;
  };
  for (const Row& row : {Row{"guided-1", 3 * 3600, "wd-08-16"}, Row{"guided-2", 3600, "daily-07-21"},
                         Row{"guided-3", 3600, "always"}, Row{"managed-1", 3 * 3600, "wd-08-16"},
                         Row{"managed-2", 3600, "daily-07-21"}, Row{"managed-3", 3600, "always"}}) {
    INFO(row.tier);
    const auto& rules = preset_tier("flying-circus", row.tier).response;
    REQUIRE(rules.size() == 2);  // and §9.1's non-critical requests, below
    CHECK(rules[0].seconds == Duration(Rational(row.seconds)));
    CHECK(rules[0].window == row.window);
  }
  // §9.1: non-critical requests in 8 h of working time, in every tier with a service level.
  for (const auto& tier : slacalc::find_preset("flying-circus")->tiers) {
    if (tier.response.empty()) continue;  // the platform tier
    INFO(tier.id);
    const auto& last = tier.response.back();
    CHECK(last.incident_class == "request");
    CHECK(last.seconds == Duration(Rational(8 * 3600)));
    CHECK(last.window == "wd-08-16");
    CHECK(last.cite.clause == "§9.1");
  }
  for (auto row : {std::pair{"managed-4", "wd-08-16"}, std::pair{"managed-5", "daily-07-21"}}) {
    const char *tier = row.first, *inner = row.second;  // (clang 14's INFO cannot capture a structured binding)
    INFO(tier);
    const auto& rules = preset_tier("flying-circus", tier).response;
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].seconds == Duration(Rational(15 * 60)));
    CHECK(rules[0].reported_in == inner);
    CHECK(rules[1].seconds == Duration(Rational(3600)));
    CHECK(rules[1].reported_in.empty());
  }
  const auto& term = preset_tier("flying-circus", "managed-3").term;
  REQUIRE(term);
  CHECK(term->minimum.count == 12);
  CHECK(term->notice->count == 3);
  CHECK(preset_tier("flying-circus", "guided-2").term->notice->count == 1);
}

TEST_CASE("Arena: a 91-day quarter at 99.5 % allows 655.2 minutes; 1.25 % of the annual fee") {
  const auto& tier = preset_tier("arena", "plm-service");
  const auto& c = tier.availability.front();
  CHECK(c.period == slacalc::PeriodKind::quarter);
  CHECK(c.denominator_minus_planned);
  slacalc::BudgetQuery q;
  q.target_percent = c.target_percent;
  q.period.kind = slacalc::PeriodKind::quarter;
  q.period.quarter_year = 2026;
  q.period.quarter = 2;  // April–June: 30 + 31 + 30 = 91 days = 131 040 minutes
  auto budget = slacalc::compute_budget(q);
  REQUIRE(budget.ok());
  CHECK(budget.value().period.seconds == Duration(Rational(131040 * 60)));
  CHECK(budget.value().downtime == Duration(Rational(6552 * 6)));  // 655.2 min
  CHECK(slacalc::credit_percent(tier.credit, c.target_percent, Percent(decimal("99.49"))) == Percent(decimal("1.25")));
  CHECK(slacalc::credit_percent(tier.credit, c.target_percent, Percent(decimal("99.5"))) == Percent());
  REQUIRE(tier.credit.claim);
  CHECK(tier.credit.claim->within.count == 15);
}

TEST_CASE("WP Heaven: (GT − FT) × MP / 100 — MP 1 600 DKK, GT 99.5, FT 90 → 152 DKK (§11.3)") {
  const auto& tier = preset_tier("wp-heaven", "standard");
  const Percent target = tier.availability.front().target_percent;
  CHECK(target == Percent(decimal("99.5")));
  Percent share = slacalc::credit_percent(tier.credit, target, Percent(Rational(90)));
  CHECK(share.value() * Rational(160000) / Rational(100) == Rational(15200));  // øre
  CHECK(slacalc::credit_percent(tier.credit, target, Percent(decimal("99.5"))) == Percent());
}

TEST_CASE("tiered schedules: '< X and ≥ Y' — exactly 99.0 % is in the 10 % tier") {
  struct Case {
    const char* profile;
    const char* tier;
    const char* achieved;
    const char* credit;
  };
  const Case cases[] = {
      {"aws-ec2", "region-level", "99.99", "0"},     {"aws-ec2", "region-level", "99.989", "10"},
      {"aws-ec2", "region-level", "99.0", "10"},     {"aws-ec2", "region-level", "98.999", "30"},
      {"aws-ec2", "region-level", "95.0", "30"},     {"aws-ec2", "region-level", "94.999", "100"},
      {"aws-ec2", "instance-level", "99.5", "0"},    {"aws-ec2", "instance-level", "99.4", "10"},
      {"aws-ec2", "instance-level", "99.0", "10"},   {"aws-ec2", "instance-level", "98.9", "30"},
      {"aws-s3", "standard", "99.0", "10"},          {"aws-s3", "standard", "98.99", "25"},
      {"aws-s3", "standard", "94.99", "100"},        {"azure-vm", "availability-zones", "99.98", "10"},
      {"azure-vm", "availability-set", "99.95", "0"}, {"azure-vm", "availability-set", "99.94", "10"},
      {"azure-vm", "single-instance-premium-ssd", "99.0", "10"},
      {"azure-vm", "single-instance-premium-ssd", "95.0", "25"},
      {"google-compute-engine", "multi-zone", "99.0", "10"},
      {"google-compute-engine", "multi-zone", "98.0", "25"},
      {"google-compute-engine", "multi-zone", "0", "50"}};
  for (const Case& c : cases) {
    INFO(c.profile, " ", c.tier, " at ", c.achieved);
    const auto& tier = preset_tier(c.profile, c.tier);
    CHECK(slacalc::credit_percent(tier.credit, tier.availability.front().target_percent,
                                  Percent(decimal(c.achieved))) == Percent(decimal(c.credit)));
  }
}

TEST_CASE("Scope4mation: impact × urgency → priority (§3.1.1); no credit for the 99.8 % target") {
  const slacalc::Profile& s = *slacalc::find_preset("scope4mation");
  REQUIRE(s.priorities);
  REQUIRE(s.priorities->matrix);
  const auto& m = *s.priorities->matrix;
  // The contract's table, rows U-1..U-3, columns I-1..I-3: priority 1 = high.
  const char* expected[3][3] = {{"high", "high", "normal"}, {"high", "normal", "low"},
                                {"normal", "low", "low"}};
  for (int u = 0; u < 3; ++u)
    for (int i = 0; i < 3; ++i)
      CHECK(s.priorities->levels[m.cells[u][i]].id == expected[u][i]);
  CHECK(m.row_ids[0] == "u-1");
  CHECK(m.column_ids[1] == "i-2");
  CHECK(s.priorities->levels[m.cells[0][1]].id == "high");  // I-2 with U-1 → priority 1
  for (const char* level : {"default", "extended"}) {
    const auto& tier = *s.find_tier(level);
    CHECK(tier.availability.front().kind == slacalc::Commitment::Kind::target);
    CHECK(tier.availability.front().target_percent == Percent(decimal("99.8")));
    CHECK(tier.credit.kind == slacalc::Credit::Kind::none);
  }
}

TEST_CASE("NMS Prime: no availability guarantee and no credit, said plainly") {
  const auto& tier = preset_tier("nms-prime", "advanced-service");
  CHECK(tier.availability.empty());
  CHECK(tier.credit.kind == slacalc::Credit::Kind::none);
  CHECK(tier.credit.reason.size() > 20);
  REQUIRE(tier.pricing);
  CHECK(tier.pricing->introduction_multiplier == 2);
}

// docs/profile-format.md "includes": what a tier includes, per item its text,
// clause and translations; a wrong item is an error at its place.
TEST_CASE("includes: read with clause and translations; a malformed item is an error at its path") {
  json doc = read_json("tests/profiles/base.json");
  doc["tiers"][0]["includes"] = {{{"text", "Monthly reviews"},
                                  {"clause", "§3.6"},
                                  {"translations", {{"de", {{"text", "Monatliche Reviews"}}},
                                                    {"nl", {{"text", "Maandelijkse reviews"}}},
                                                    {"da", {{"text", "Månedlige reviews"}}}}}}};
  auto good = check_profile(doc);
  INFO(listed(good.errors), listed(good.warnings));
  REQUIRE(good.errors.empty());
  CHECK(good.warnings.empty());
  const auto& item = good.profile->tiers[0].includes.at(0);
  CHECK(item.text == "Monthly reviews");
  CHECK(item.clause == "§3.6");
  CHECK(item.translations.size() == 3);
  // In the JSON object's order: da, de, nl.
  CHECK(item.translations[1] == std::pair<std::string, std::string>{"de", "Monatliche Reviews"});

  auto with = [&](json includes) {
    json broken = read_json("tests/profiles/base.json");
    broken["tiers"][1]["includes"] = includes;
    return check_profile(broken);
  };
  auto no_text = with(json::array({{{"clause", "§3.6"}}}));
  CHECK(has_problem(no_text.errors, "missing_field", "/tiers/1/includes/0/text"));
  CHECK_FALSE(no_text.profile.has_value());
  CHECK(has_problem(with("monthly reviews").errors, "wrong_type", "/tiers/1/includes"));
  CHECK(has_problem(with(json::array({"monthly reviews"})).errors, "wrong_type", "/tiers/1/includes/0"));
  CHECK(has_problem(with(json::array({{{"text", ""}}})).errors, "invalid_format", "/tiers/1/includes/0/text"));
  CHECK(has_problem(with(json::array({{{"text", "a"}, {"translations", {{"fr", {{"text", "b"}}}}}}})).errors,
                    "unknown_value", "/tiers/1/includes/0/translations/fr"));
  CHECK(has_problem(with(json::array({{{"text", "a"}, {"translations", {{"de", json::object()}}}}})).errors,
                    "missing_field", "/tiers/1/includes/0/translations/de/text"));
  CHECK(has_problem(with(json::array({{{"text", "a"}, {"colour", "b"}}})).warnings, "unknown_field",
                    "/tiers/1/includes/0/colour"));
  // The whole document's answer names the same place.
  json check = json::parse(slacalc::call("validateProfile", [&] {
                             json broken = read_json("tests/profiles/base.json");
                             broken["tiers"][0]["includes"] = json::array({{{"text", 5}}});
                             return broken.dump();
                           }()).body);
  CHECK(check["valid"] == false);
  CHECK(check["errors"][0]["path"] == "/tiers/0/includes/0/text");
}

TEST_CASE("Flying Circus: what each service level includes, as §3.4–§3.6 list it") {
  auto check = check_profile_text(slacalc::preset_text("flying-circus"));
  REQUIRE(check.profile.has_value());
  auto texts = [&](const char* tier) {
    std::vector<std::string> out;
    for (const auto& item : check.profile->find_tier(tier)->includes) out.push_back(item.clause + " " + item.text);
    return out;
  };
  auto has = [](const std::vector<std::string>& list, const std::string& text) {
    return std::find(list.begin(), list.end(), text) != list.end();
  };
  // §3.4: monitoring, reaction within 8 hours; support by e-mail 8–16 on working days.
  CHECK(has(texts("hosted"), "§3.4 Monitoring of your VMs and components; reaction to a failure within 8 hours"));
  CHECK(has(texts("hosted"), "§3.4 Support by e-mail during business hours (working days 08–16 CE(S)T)"));
  // §3.5: all of Hosted, the concept, the on-call service — no deployment, no reviews.
  CHECK(texts("guided-2").front() == "§3.5 All services of Application Operations Hosted");
  CHECK(has(texts("guided-2"), "§3.5 On-call service for critical incidents, all call-outs included"));
  CHECK_FALSE(has(texts("guided-3"), "§3.6 Monthly reviews"));
  // §3.6: all of Hosted and Guided, the automated deployment, the go-live, monthly reviews.
  for (const char* tier : {"managed-1", "managed-3", "managed-5"}) {
    CHECK(texts(tier).front() == "§3.6 All services of Application Operations Hosted and Guided");
    CHECK(has(texts(tier), "§3.6 An individual automated deployment with test and production environments"));
    CHECK(has(texts(tier), "§3.6 Monthly reviews"));
  }
  // Every item in all four languages.
  for (const auto& tier : check.profile->tiers)
    for (const auto& item : tier.includes) CHECK(item.translations.size() == 3);
  CHECK(check.profile->find_tier("platform")->includes.empty());
}
