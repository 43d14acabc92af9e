// The tier comparison through the public surface.
#include <algorithm>

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

// Flying Circus lists per service level what it includes (§3.4–§3.6): the
// comparison shows it as a row, in the call's language, with the clauses.
TEST_CASE("compare: what each tier includes (Flying Circus §3.4–§3.6)") {
  json columns = {{{"profile", "flying-circus"}, {"tier", "managed-4"}},
                  {{"profile", "flying-circus"}, {"tier", "guided-1"}},
                  {{"profile", "flying-circus"}, {"tier", "hosted"}}};
  json result = ok("compare", {{"columns", columns}});
  const json& includes = row(result, "includes");
  CHECK(includes["differs"] == true);
  const json& managed = includes["cells"][0];
  CHECK(managed["lines"][0] == "All services of Application Operations Hosted and Guided");  // §3.6
  CHECK(std::find(managed["lines"].begin(), managed["lines"].end(), "Monthly reviews") != managed["lines"].end());
  CHECK(managed["clauses"] == json::array({"§3.6"}));
  CHECK(includes["cells"][1]["lines"][0] == "All services of Application Operations Hosted");  // §3.5
  CHECK(includes["cells"][2]["lines"][2] ==
        "Monitoring of your VMs and components; reaction to a failure within 8 hours");  // §3.4
  // The row comes after the reaction times.
  CHECK(result["rows"][4]["id"] == "includes");

  json de = ok("compare", {{"columns", columns}, {"lang", "de"}});
  CHECK(row(de, "includes")["label"] == "Was der Tarif umfasst");
  const json& reviews = row(de, "includes")["cells"][0]["lines"];
  CHECK(std::find(reviews.begin(), reviews.end(), "Monatliche Reviews") != reviews.end());
  json da = ok("compare", {{"columns", columns}, {"lang", "da"}});
  CHECK(row(da, "includes")["cells"][1]["lines"][0] == "Alle ydelser i Application Operations Hosted");

  // Profiles that list nothing keep the rows they had.
  json plain = ok("compare", {{"columns", {{{"profile", "wp-heaven"}, {"tier", "standard"}},
                                           {{"profile", "arena"}, {"tier", "plm-service"}}}}});
  for (const json& r : plain["rows"]) CHECK(r["id"] != "includes");

  // The picker's summary lists them too.
  json presets = ok("profiles", json::object());
  for (const json& p : presets["profiles"])
    if (p["id"] == "flying-circus")
      for (const json& t : p["tiers"])
        if (t["id"] == "managed-5") CHECK(t["includes"][4] == json({{"text", "Monthly reviews"}, {"clause", "§3.6"}}));
}

// §3.7: a component counts once per vCPU of the VMs it runs on; the first
// instance 1, each further one 1/3. Worked by hand below.
TEST_CASE("compare: a column's price from its price model's inputs (§3.7, §3.4)") {
  json db1 = {{"name", "db1"}, {"vcpus", 4}, {"components", {"postgresql"}}};
  json managed = {{"profile", "flying-circus"},
                  {"tier", "managed-4"},
                  {"price", {{"pricePerFactorUnit", 12000}, {"resourceGroup", {{"vms", {db1}}}}}}};
  json guided = {{"profile", "flying-circus"}, {"tier", "guided-1"}};
  // 4 vCPU → 4 instances → 1 + 3 × 1/3 = 2; 2 × 120.00 = 240.00.
  json result = ok("compare", {{"columns", {managed, guided}}, {"badMonth", "99"}});
  CHECK(row(result, "price")["cells"][0]["lines"][0] == "factor 2 × 120.00 EUR = 240.00 EUR");
  // §9.7: 5 % of the month's price, the priced total: 12.00 EUR.
  CHECK(row(result, "bad-month")["cells"][0]["lines"][0].get<std::string>().rfind("12.00 EUR", 0) == 0);

  // postgresql on 2 + 2 vCPU → 4 instances → 2; nginx on 2 vCPU → 1 + 1/3 = 4/3;
  // factor 10/3 × 90.00 = 300.00; in German with decimal commas.
  guided["price"] = {{"pricePerFactorUnit", 9000},
                     {"resourceGroup",
                      {{"vms",
                        {{{"name", "a"}, {"vcpus", 2}, {"components", {"postgresql", "nginx"}}},
                         {{"name", "b"}, {"vcpus", 2}, {"components", {"PostgreSQL"}}}}}}}};
  json two = ok("compare", {{"columns", {managed, guided}}, {"lang", "de"}});
  CHECK(row(two, "price")["cells"][1]["lines"][0] == "Faktor 10/3 × 90,00\u00a0€ = 300,00\u00a0€");

  // Hosted, the infrastructure alone (§3.4): 2 × 10.00 + 4 × 5.00 + 50 × 0.10 = 45.00 EUR.
  json hosted = {{"profile", "flying-circus"},
                 {"tier", "hosted"},
                 {"price",
                  {{"resourceGroup", {{"vms", {{{"name", "web"}, {"vcpus", 2}, {"ramGb", 4}, {"storageGb", 50}}}}}},
                   {"infrastructurePrices", {{"vcpu", 1000}, {"ramGb", 500}, {"storageGb", 10}}}}}};
  json infra = ok("compare", {{"columns", {hosted, managed}}});
  CHECK(row(infra, "price")["cells"][0]["lines"][0] == "2 vCPU, 4 GB RAM, 50 GB storage = 45.00 EUR");
}

TEST_CASE("compare: a column's price inputs that do not read name their field") {
  json managed = {{"profile", "flying-circus"},
                  {"tier", "managed-4"},
                  {"price", {{"pricePerFactorUnit", 12000},
                             {"resourceGroup", {{"vms", {{{"name", "db1"}, {"vcpus", 0}}}}}}}}};
  json wp = {{"profile", "wp-heaven"}, {"tier", "standard"}};
  CHECK(fails("compare", {{"columns", {wp, managed}}})["path"] == "/columns/1/price/resourceGroup/vms/0/vcpus");
  managed["price"].erase("pricePerFactorUnit");  // the price sheet is not part of the contract (§3.7)
  managed["price"]["resourceGroup"]["vms"][0]["vcpus"] = 4;
  json missing = fails("compare", {{"columns", {wp, managed}}});
  CHECK(missing["code"] == "missing_field");
  CHECK(missing["path"] == "/columns/1/price/pricePerFactorUnit");
  managed["monthlyPrice"] = 100;
  CHECK(fails("compare", {{"columns", {wp, managed}}})["path"] == "/columns/1/price");
  wp["price"] = {{"pricePerFactorUnit", 100}};  // WP Heaven has a fixed monthly price
  json wrong = fails("compare", {{"columns", {wp, managed}}});
  CHECK(wrong["code"] == "not_applicable");
  CHECK(wrong["path"] == "/columns/0/price/pricePerFactorUnit");
  json hosted = {{"profile", "flying-circus"},
                 {"tier", "hosted"},
                 {"price", {{"resourceGroup", {{"vms", {{{"name", "web"}, {"vcpus", 2}}}}}}}}};
  json arena = {{"profile", "arena"}, {"tier", "plm-service"}};
  CHECK(fails("compare", {{"columns", {hosted, arena}}})["path"] == "/columns/0/price/infrastructurePrices");
}
