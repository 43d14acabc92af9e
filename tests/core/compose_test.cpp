// compose: worked examples and a nested chain, worked by hand.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

json single(const char* name, const char* availability) { return {{"name", name}, {"availability", availability}}; }

// Flying Circus §3.1, §9.2: data centre → platform → application.
json chain() { return {{"serial", {single("KAMP data centre", "99.99"), single("platform", "99.9"), single("application", "99.5")}}}; }

}  // namespace

TEST_CASE("compose: serial and parallel, worked examples") {
  // 0.9995 × 0.9999 = 0.99940005.
  json serial = ok("compose", {{"system", {{"serial", {single("a", "99.95"), single("b", "99.99")}}}}});
  CHECK(serial["availability"]["exact"] == "99.940005");
  CHECK(serial["availability"]["isExact"] == true);
  // 1 − 0.0005 × 0.0005 = 1 − 0.00000025.
  json parallel = ok("compose", {{"system", {{"parallel", {single("region A", "99.95"), single("region B", "99.95")}}}}});
  CHECK(parallel["availability"]["exact"] == "99.999975");
  // The budget over the default 30-day month: 0.00059995 × 2 592 000 s = 1 555.0704 s.
  CHECK(serial["period"]["basis"] == "30d");
  CHECK(serial["downtime"]["exact"] == "1555.0704");
  // Over a 365-day year for the parallel pair: 0.00000025 × 31 536 000 s = 7.884 s.
  json year = ok("compose", {{"system", {{"parallel", {single("A", "99.95"), single("B", "99.95")}}}}, {"period", "year"},
                             {"yearBasis", "365d"}});
  CHECK(year["downtime"]["exact"] == "7.884");
}

TEST_CASE("compose: nested — a chain, and two regions of it in parallel") {
  // 0.9999 × 0.999 = 0.9989001; × 0.995 = 0.9989001 − 0.0049945005 = 0.9939055995.
  json r = ok("compose", {{"system", chain()}});
  CHECK(r["availability"]["exact"] == "99.39055995");
  // The application dominates: perfect, the chain is 0.9989001 (+0.0049945005).
  CHECK(r["dominant"]["name"] == "application");
  CHECK(r["dominant"]["gainIfPerfect"]["exact"] == "0.49945005");
  CHECK(r["dependencies"][1]["name"] == "platform");  // then the platform: 0.9999 × 0.995 = 0.9949005 (+0.0009949005)
  CHECK(r["dependencies"][1]["gainIfPerfect"]["exact"] == "0.09949005");
  CHECK(r["dependencies"][2]["gainIfPerfect"]["exact"] == "0.00994005");  // 0.999 × 0.995 = 0.994005 (+0.0000994005)
  // Two regions, each the chain: 1 − 0.0060944005² = 1 − 0.00003714171745…
  json regions = ok("compose", {{"system", {{"name", "two regions"}, {"parallel", {chain(), chain()}}}}});
  // 0.0060944005² = 0.00003714171745440025 → 99.996285828254559975 %.
  // The square has 20 decimal places: the step is rounded half up to 18 (…4544|0025 → …4544), so the
  // percentage is 100 − 0.00371417174544 = 99.99628582825456, a fraction over 6.25·10¹².
  CHECK(regions["availability"]["text"] == "99.996285828254…");
  CHECK(regions["availability"]["exact"] == "624976786426591/6250000000000");
  CHECK(regions["system"]["parts"][0]["availability"]["exact"] == "99.39055995");
  CHECK(regions["system"]["parts"][0]["parts"][2]["path"] == "/system/parallel/0/serial/2");
  // Against a target: 99.9 % of 30 days allows 43m 12s; the chain alone uses more.
  json target = ok("compose", {{"system", chain()}, {"target", "99.9"}});
  CHECK(target["target"]["meets"] == false);
  CHECK(target["target"]["budget"]["human"] == "43m 12s");
  json met = ok("compose", {{"system", {{"parallel", {chain(), chain()}}}}, {"target", "99.99"}});
  CHECK(met["target"]["meets"] == true);
}

TEST_CASE("compose: edges — a perfect part, a dead part, one part") {
  json perfect = ok("compose", {{"system", {{"parallel", {single("a", "100"), single("b", "90")}}}}});
  CHECK(perfect["availability"]["exact"] == "100");
  CHECK(perfect["dominant"].is_null());  // nothing to gain
  CHECK(perfect["downtime"]["exact"] == "0");
  json dead = ok("compose", {{"system", {{"serial", {single("a", "0"), single("b", "99.9")}}}}});
  CHECK(dead["availability"]["exact"] == "0");
  CHECK(dead["dominant"]["name"] == "a");
  CHECK(ok("compose", {{"system", single("only", "99.5")}})["availability"]["exact"] == "99.5");
}

TEST_CASE("compose: beyond 16 decimal places each step is rounded, and the answer says so") {
  // 0.99123456789012⁴ has 56 decimal places: 96.5396580373425254644542… %.
  json precise = {{"serial", json::array()}};
  for (int i = 0; i < 4; ++i) precise["serial"].push_back(single("p", "99.123456789012"));
  json r = ok("compose", {{"system", precise}});
  CHECK(r["availability"]["text"] == "96.539658037342…");
  CHECK(r["availability"]["isExact"] == false);
  bool said = false;
  for (const auto& e : r["explain"]) said |= e["code"] == "rounded";
  CHECK(said);
  // Ten services of 99.99 % in a row: 0.9999¹⁰ has 40 decimal places; the first 12 of the percentage
  // are 99.900044988002 (1 − 10·10⁻⁴ + 45·10⁻⁸ − 120·10⁻¹² + 210·10⁻¹⁶ …).
  json chain10 = {{"serial", json::array()}};
  for (int i = 0; i < 10; ++i) chain10["serial"].push_back(single("service", "99.99"));
  CHECK(ok("compose", {{"system", chain10}})["availability"]["text"] == "99.900044988002…");
  // Exact ones say nothing of rounding.
  json exact = ok("compose", {{"system", chain()}});  // held: a loop over a temporary's member outlives it
  for (const auto& e : exact["explain"]) CHECK(e["code"] != "rounded");
}

TEST_CASE("compose: bad input names the field") {
  fails_at("compose", json::object(), "missing_field", "/system");
  fails_at("compose", {{"system", {{"name", "x"}}}}, "missing_field", "/system/availability");
  fails_at("compose", {{"system", {{"availability", "99"}, {"serial", json::array()}}}}, "conflict", "/system/serial");
  fails_at("compose", {{"system", {{"serial", json::array()}}}}, "wrong_type", "/system/serial");
  fails_at("compose", {{"system", {{"serial", {single("a", "99"), single("b", "101")}}}}}, "out_of_range",
           "/system/serial/1/availability");
  fails_at("compose", {{"system", {{"serial", {single("a", "99"), 5}}}}}, "wrong_type", "/system/serial/1");
  fails_at("compose", {{"system", {{"parallel", {{{"availability", "99"}, {"weight", 2}}}}}}}, "unknown_field",
           "/system/parallel/0/weight");
  fails_at("compose", {{"system", single("a", "99")}, {"period", "fortnight"}}, "unknown_value", "/period");
  // 201 dependencies.
  json many = {{"serial", json::array()}};
  for (int i = 0; i < 2; ++i) {
    json group = {{"parallel", json::array()}};
    for (int j = 0; j < 100; ++j) group["parallel"].push_back(single("x", "50"));
    many["serial"].push_back(group);
  }
  fails_at("compose", {{"system", many}}, "out_of_range", "/system/serial/1/parallel/97");
}
