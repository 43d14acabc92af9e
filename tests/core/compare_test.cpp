// The tier comparison through the public surface.
#include <doctest/doctest.h>

#include "helpers.hpp"

using test::fails;
using test::json;
using test::row;
using test::ok;

TEST_CASE("compare: Managed 4 vs Guided 1 on the contract's basis and on 30 days") {
  json columns = {{{"profile", "flying-circus"}, {"tier", "managed-4"}},
                  {{"profile", "flying-circus"}, {"tier", "guided-1"}}};
  json own = ok("compare", {{"columns", columns}});
  const json& downtime = row(own, "downtime");
  // §9.2 and §3.6.1 state the maxima; by default they are the budgets (0.4 % and 0.5 % of 750 h).
  CHECK(downtime["cells"][0]["lines"][0] == "3h — Stated in the contract (0.4 % of 750 h) (application)");
  CHECK(downtime["cells"][1]["lines"][0] == "3h 45m — Stated in the contract (0.5 % of 750 h) (application)");
  CHECK(downtime["cells"][0]["budgets"][0]["budget"]["exact"] == "10800");
  CHECK(downtime["cells"][0]["budgets"][0]["reading"] == "contract");
  CHECK(downtime["differs"] == true);
  CHECK(row(own, "credit")["differs"] == false);  // both 5 % (§9.7)
  CHECK(row(own, "price")["cells"][0]["lines"][0] == "Not entered: component factor × price per unit");  // §3.7

  // 0.4 % of 30 days = 0.004 × 2 592 000 s = 10 368 s = 2 h 52 min 48 s.
  json thirty = ok("compare", {{"columns", columns}, {"monthBasis", "30d"}});
  std::string line = row(thirty, "downtime")["cells"][0]["lines"][0];
  CHECK(line.rfind("2h 52m 48s — month (30-day basis)", 0) == 0);
  CHECK(line.find("contract states 3h") != std::string::npos);

  // With a month, a windowed commitment also shows the window's own hours:
  // Guided 1, April 2026, DE-ST: 20 working days × 8 h = 160 h; 0.5 % = 48 min.
  json april = ok("compare", {{"columns", columns}, {"month", "2026-04"}});
  CHECK(row(april, "downtime")["cells"][1]["lines"][1] == "or 48m of the window's 160 h");

  columns[1]["monthlyPrice"] = 160000;
  json priced = ok("compare", {{"columns", columns}});
  CHECK(row(priced, "price")["cells"][1]["lines"][0] == "1,600.00 EUR");
  CHECK(row(priced, "price")["differs"] == true);
}

TEST_CASE("compare: a custom profile object is used like a preset") {
  json custom = json::parse(slacalc::call("profile", R"({"id":"wp-heaven"})").body);
  custom["id"] = "my-wp";
  custom["tiers"][0]["availability"][0]["target"] = "99.9";
  json result = ok("compare", {{"columns", {{{"profile", custom}, {"tier", "standard"}},
                                            {{"profile", "wp-heaven"}, {"tier", "standard"}}}}});
  CHECK(result["columns"][0]["profile"] == "my-wp");
  CHECK(row(result, "availability")["cells"][0]["lines"][0] == "99.9 % guaranteed per month");
  CHECK(row(result, "availability")["differs"] == true);
}

TEST_CASE("compare: bad requests name the field") {
  json one = {{"columns", {{{"profile", "arena"}, {"tier", "plm-service"}}}}};
  CHECK(fails("compare", one)["path"] == "/columns");
  json a = {{"profile", "arena"}, {"tier", "plm-service"}};
  CHECK(fails("compare", {{"columns", {a, {{"profile", "arena"}, {"tier", "gold"}}}}})["path"] ==
        "/columns/1/tier");
  CHECK(fails("compare", {{"columns", {a, {{"profile", "acme"}, {"tier", "x"}}}}})["path"] ==
        "/columns/1/profile");
  json broken = json::parse(slacalc::call("profile", R"({"id":"arena"})").body);
  broken["currency"] = "usd";
  json e = fails("compare", {{"columns", {a, {{"profile", broken}, {"tier", "plm-service"}}}}});
  CHECK(e["code"] == "invalid_format");
  CHECK(e["path"] == "/columns/1/profile/currency");
  e = fails("compare", {{"columns", {a, a}}, {"monthBasis", "calendar"}});
  CHECK(e["code"] == "missing_field");
  CHECK(e["path"] == "/month");
  json negative = a;
  negative["monthlyPrice"] = -5;
  CHECK(fails("compare", {{"columns", {a, negative}}})["code"] == "negative_money");
  CHECK(fails("profile", {{"id", "nope"}})["path"] == "/id");
  // A deeply nested value anywhere in a request is refused, not copied.
  std::string deep = R"({"columns":[],"month":)" + std::string(200000, '[') + std::string(200000, ']') + "}";
  CHECK(fails("compare", deep)["code"] == "too_deep");
  CHECK(fails("compare", {{"columns", {a, a}}, {"month", {{"y", 2026}}}})["path"] == "/month");
  CHECK(fails("profiles", {{"x", 1}})["code"] == "unknown_field");
}

TEST_CASE("compare: the credit in a bad month, with money") {
  // At 99 %: WP Heaven (99.5 − 99) × 1 600 / 100 = 8.00 DKK (§11.3); Arena 1.25 % of the annual
  // fee, 12 × 4 000 = 48 000 USD → 600.00 USD; Flying Circus Managed 4 (99.6 %) 5 % of 2 500 =
  // 125.00 EUR (§9.7); NMS Prime has no remedy. At 99.7 % WP Heaven's target is met.
  json request = {{"columns", {{{"profile", "wp-heaven"}, {"tier", "standard"}, {"monthlyPrice", 160000}},
                               {{"profile", "arena"}, {"tier", "plm-service"}, {"monthlyPrice", 400000}},
                               {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"monthlyPrice", 250000}},
                               {{"profile", "nms-prime"}, {"tier", "advanced-service"}}}},
                  {"badMonth", "99"}};
  json result = ok("compare", request);
  json row;
  for (const auto& r : result["rows"])
    if (r["id"] == "bad-month") row = r;
  REQUIRE(row.is_object());
  CHECK(row["label"] == "Credit at 99 % availability");
  CHECK(row["cells"][0]["lines"][0] == "8.00 DKK (0.5 % of 1,600.00 DKK)");
  CHECK(row["cells"][1]["lines"][0] == "600.00 USD (1.25 % of 48,000.00 USD, 12 × the monthly price)");
  CHECK(row["cells"][2]["lines"][0] == "125.00 EUR (5 % of 2,500.00 EUR)");
  CHECK(row["cells"][3]["lines"][0] == "No financial remedy");
  request["badMonth"] = "99.7";
  json met = ok("compare", request);  // held: a loop over a temporary's member outlives it
  for (const auto& r : met["rows"])
    if (r["id"] == "bad-month") CHECK(r["cells"][0]["lines"][0] == "None: the target is met");
  request["badMonth"] = "abc";
  test::fails_at("compare", request, "invalid_number", "/badMonth");
}
