// Prices: Flying Circus §3.7, §3.7.1, §3.8, §10.1 and NMS Prime's support
// hours, every figure worked by hand in the comments.
#include <initializer_list>

#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

// Lists as initializer_lists, never as one json: a json made of {one} is that
// one value under clang, an array of it under GCC.
json vm(const char* name, int vcpus, std::initializer_list<const char*> components, int ram = 0, int storage = 0) {
  json list = json::array();
  for (const char* c : components) list.push_back(c);
  return {{"name", name}, {"vcpus", vcpus}, {"ramGb", ram}, {"storageGb", storage}, {"components", list}};
}

json group(std::initializer_list<json> vms) {
  json list = json::array();
  for (const auto& v : vms) list.push_back(v);
  return {{"vms", list}};
}

// Managed 4 at 120.00 EUR per factor unit; vCPU 15.00, RAM 4.00/GB, storage 0.15/GB a month.
json managed4(json resource_group) {
  return {{"profile", "flying-circus"},
          {"tier", "managed-4"},
          {"pricePerFactorUnit", 12000},
          {"resourceGroup", std::move(resource_group)},
          {"infrastructurePrices", {{"vcpu", 1500}, {"ramGb", 400}, {"storageGb", 15}}}};
}

// db1: 4 vCPU, 16 GB RAM, 100 GB storage, PostgreSQL.
json db1_small() { return group({vm("db1", 4, {"postgresql"}, 16, 100)}); }
// db1 doubled: 8 vCPU, 32 GB RAM, same storage.
json db1_large() { return group({vm("db1", 8, {"PostgreSQL"}, 32, 100)}); }

bool explains(const json& r, const char* code, const std::string& part) {
  for (const auto& e : r["explain"])
    if (e["code"] == code && e["text"].get<std::string>().find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("price: §3.7 — one component on one 4-vCPU VM has factor 2") {
  // The contract's vector: 4 vCPU → 4 instances → 1 + 3 × 1/3 = 2.
  json r = ok("price", managed4(db1_small()));
  CHECK(r["model"] == "component-factor");
  CHECK(r["currency"] == "EUR");
  CHECK(r["factor"]["total"]["exact"] == "2");
  CHECK(r["factor"]["components"][0]["instances"] == 4);
  CHECK(r["factor"]["components"][0]["working"] == "postgresql: 4 vCPU on db1 → 4 instances → 1 + 3 × 1/3 = 2");
  // Service level 2 × 120.00 = 240.00; infrastructure 4 × 15.00 + 16 × 4.00 + 100 × 0.15 = 60 + 64 + 15 = 139.00.
  CHECK(r["monthly"]["serviceLevel"]["minor"] == 24000);
  CHECK(r["monthly"]["vcpu"]["minor"] == 6000);
  CHECK(r["monthly"]["ramGb"]["minor"] == 6400);
  CHECK(r["monthly"]["storageGb"]["minor"] == 1500);
  CHECK(r["monthly"]["infrastructure"]["minor"] == 13900);
  CHECK(r["monthly"]["total"]["minor"] == 37900);
  CHECK(r["monthly"]["total"]["text"] == "379.00 EUR");
  CHECK(test::option_choice(r, "dayBilling") == "every-day");
  CHECK(test::option_choice(r, "dayMaximum") == "per-vm");
  CHECK(explains(r, "rounding", "half up"));
  CHECK(explains(r, "service-level", "2 × 120.00 EUR = 240.00 EUR"));
  CHECK_FALSE(r.contains("metering"));
  // One vCPU: a single instance, factor 1.
  json one = ok("price", managed4(group({vm("web1", 1, {"nginx"})})));
  CHECK(one["factor"]["total"]["exact"] == "1");
  CHECK(one["factor"]["components"][0]["working"] == "nginx: 1 vCPU on web1 → 1 instance → 1");
}

TEST_CASE("price: §3.7 — two components on two VMs, names case-insensitive") {
  // web1: 2 vCPU, nginx + python; db1: 4 vCPU, postgresql + Python.
  //   nginx      2 instances → 1 + 1/3 = 4/3
  //   python     2 + 4 = 6   → 1 + 5/3 = 8/3
  //   postgresql 4           → 1 + 3/3 = 2
  //   total 4/3 + 8/3 + 2 = 6 → 6 × 100.00 = 600.00 EUR.
  json request =
      managed4(group({vm("web1", 2, {"nginx", "python"}, 4, 20), vm("db1", 4, {"postgresql", "Python"}, 16, 100)}));
  request["pricePerFactorUnit"] = 10000;
  json r = ok("price", request);
  const json& c = r["factor"]["components"];
  REQUIRE(c.size() == 3);
  CHECK(c[0]["name"] == "nginx");
  CHECK(c[0]["factor"]["exact"] == "4/3");
  CHECK(c[0]["factor"]["text"] == "1.3333…");
  CHECK(c[1]["name"] == "python");  // as first written
  CHECK(c[1]["instances"] == 6);
  CHECK(c[1]["factor"]["exact"] == "8/3");
  CHECK(c[1]["working"] == "python: 2 vCPU on web1 + 4 vCPU on db1 → 6 instances → 1 + 5 × 1/3 = 8/3 (2.6666…)");
  CHECK(c[2]["factor"]["exact"] == "2");
  CHECK(r["factor"]["total"]["exact"] == "6");
  CHECK(r["monthly"]["serviceLevel"]["minor"] == 60000);
  // 6 vCPU × 15.00 = 90.00; 20 GB × 4.00 = 80.00; 120 GB × 0.15 = 18.00 → 188.00.
  CHECK(r["resources"]["vcpus"] == 6);
  CHECK(r["resources"]["ramGb"] == "20");
  CHECK(r["monthly"]["infrastructure"]["minor"] == 18800);
  CHECK(r["monthly"]["total"]["minor"] == 78800);
}

TEST_CASE("price: exact fractions rounded half up only at the end") {
  // nginx on 2 vCPU: factor 4/3; × 100.01 EUR = 40004/3 cents = 13334.666… → 133.35 EUR.
  json request = managed4(group({vm("web1", 2, {"nginx"})}));
  request["pricePerFactorUnit"] = 10001;
  request.erase("infrastructurePrices");
  json r = ok("price", request);
  CHECK(r["monthly"]["serviceLevel"]["exact"] == "40004/3");
  CHECK(r["monthly"]["serviceLevel"]["minor"] == 13335);
  CHECK(r["monthly"]["infrastructure"]["minor"] == 0);
  CHECK(explains(r, "service-level", "= 133.35 EUR (rounded)"));
  CHECK(explains(r, "infrastructure", "counted at 0"));
  // RAM with decimals: 0.5 GB × 4.01 EUR = 200.5 cents → 2.01 EUR (half up).
  json half = managed4(group({{{"name", "a"}, {"vcpus", 1}, {"ramGb", "0.5"}}}));
  half["infrastructurePrices"] = {{"ramGb", 401}};
  json h = ok("price", half);
  CHECK(h["monthly"]["ramGb"]["exact"] == "200.5");
  CHECK(h["monthly"]["ramGb"]["minor"] == 201);
  CHECK(h["factor"]["total"]["exact"] == "0");  // no component anywhere
}

TEST_CASE("price: §10.1 — a change on 10 April: 9 days old, 21 days new") {
  // Old: 2 × 120 + 4 × 15 + 16 × 4 + 100 × 0.15 = 240 + 139 = 379.00 EUR a month.
  // New: factor 1 + 7/3 = 10/3 → 400.00; 8 × 15 + 32 × 4 + 15 = 120 + 128 + 15 = 263.00 → 663.00 EUR,
  // the whole new factor recommitted (§3.7.1: no surcharge; the surcharge on the
  // difference is the next test's).
  // 1–9 April: 9/30 × 379.00 = 113.70; 10–30 April (the day of change counts
  // the higher): 21/30 × 663.00 = 464.10; April: 577.80 EUR.
  json request = managed4(db1_small());
  request["month"] = "2026-04";
  request["changes"] = {{{"from", "2026-04-10"}, {"resourceGroup", db1_large()}, {"recommit", true}}};
  for (const char* billing : {"every-day", "changed-months-only"}) {
    request["dayBilling"] = billing;
    json r = ok("price", request);
    const json& m = r["metering"];
    CHECK(m["daysInMonth"] == 30);
    CHECK(m["billedPerDay"] == true);
    REQUIRE(m["rows"].size() == 2);
    CHECK(m["rows"][0]["from"] == "2026-04-01");
    CHECK(m["rows"][0]["to"] == "2026-04-10");
    CHECK(m["rows"][0]["days"] == 9);
    CHECK(m["rows"][0]["monthly"]["minor"] == 37900);
    CHECK(m["rows"][0]["amount"]["minor"] == 11370);
    CHECK(m["rows"][1]["days"] == 21);
    CHECK(m["rows"][1]["config"]["factor"]["exact"] == "10/3");
    CHECK(m["rows"][1]["config"]["vcpus"] == 8);
    CHECK(m["rows"][1]["monthly"]["minor"] == 66300);
    CHECK(m["rows"][1]["amount"]["minor"] == 46410);
    CHECK(m["total"]["minor"] == 57780);
    CHECK(test::option_choice(r, "dayBilling") == billing);
  }
  // Without the recommitment the 4/3 above the committed 2 cost 30 % more (§3.7.1):
  // 240 + 4/3 × 120 × 1.3 + 263 = 711.00 → 21/30 × 711.00 = 497.70; April 611.40 EUR.
  request.erase("dayBilling");
  request["changes"][0].erase("recommit");
  json surcharged = ok("price", request);
  CHECK(surcharged["metering"]["rows"][1]["monthly"]["minor"] == 71100);
  CHECK(surcharged["metering"]["total"]["minor"] == 61140);
  // Shrinking on 10 April: the 10th still counts the larger group. The service
  // level stays at the month's starting factor 10/3, the minimum purchase (§3.7):
  // 10/30 × 663.00 + 20/30 × (400.00 + 139.00) = 221.00 + 359.333… = 580.333… → 580.33 EUR.
  json shrink = managed4(db1_large());
  shrink["month"] = "2026-04";
  shrink["changes"] = {{{"from", "2026-04-10"}, {"resourceGroup", db1_small()}}};
  json s = ok("price", shrink);
  CHECK(s["metering"]["rows"][0]["days"] == 10);
  CHECK(s["metering"]["rows"][1]["days"] == 20);
  CHECK(s["metering"]["total"]["exact"] == "174100/3");
  CHECK(s["metering"]["total"]["minor"] == 58033);
  // Committed to factor 2 only: the service level falls with the group, and
  // the 4/3 above the commitment before the change cost 30 % more (§3.7.1):
  // 10/30 × (240.00 + 208.00 + 263.00) + 20/30 × 379.00 = 237.00 + 252.666… = 489.666… → 489.67 EUR.
  shrink["committedFactor"] = 2;
  json s2 = ok("price", shrink);
  CHECK(s2["metering"]["total"]["exact"] == "146900/3");
  CHECK(s2["metering"]["total"]["minor"] == 48967);
}

TEST_CASE("price: §10.1 — a 31-day month and February under both dayBilling readings") {
  json request = managed4(db1_small());
  request["month"] = "2026-05";
  // every-day (default): 31 × 1/30 × 379.00 = 391.633… → 391.63 EUR.
  json every = ok("price", request);
  CHECK(every["metering"]["daysInMonth"] == 31);
  CHECK(every["metering"]["rows"].size() == 1);
  CHECK(every["metering"]["total"]["exact"] == "117490/3");
  CHECK(every["metering"]["total"]["minor"] == 39163);
  CHECK(explains(every, "day-billing", "31/30"));
  // changed-months-only: no change in May → one monthly price, 379.00 EUR.
  request["dayBilling"] = "changed-months-only";
  json whole = ok("price", request);
  CHECK(whole["metering"]["billedPerDay"] == false);
  CHECK(whole["metering"]["rows"][0]["days"] == 31);
  CHECK(whole["metering"]["total"]["minor"] == 37900);
  CHECK(test::option_choice(whole, "dayBilling") == "changed-months-only");
  // February 2026, every day: 28/30 × 379.00 = 353.733… → 353.73 EUR.
  request["month"] = "2026-02";
  request.erase("dayBilling");
  CHECK(ok("price", request)["metering"]["total"]["minor"] == 35373);
  // February 2028 (leap year): 29/30 × 379.00 = 366.366… → 366.37 EUR.
  request["month"] = "2028-02";
  CHECK(ok("price", request)["metering"]["total"]["minor"] == 36637);
}

TEST_CASE("price: §10.1 — a VM replaced on a day: per VM or by the group's totals") {
  // Factor 2 throughout (postgresql on 4 vCPU); vCPU 15.00 EUR. a → b on 15 April.
  // per-vm: on the 15th both VMs existed: 8 vCPU → 240 + 120 = 360.00 EUR a month;
  //   other days 240 + 60 = 300.00; 29/30 × 300 + 1/30 × 360 = 290 + 12 = 302.00 EUR.
  // group-total: 4 vCPU every day: 300.00 EUR.
  json request = {{"profile", "flying-circus"},
                  {"tier", "managed-4"},
                  {"pricePerFactorUnit", 12000},
                  {"resourceGroup", group({vm("a", 4, {"postgresql"})})},
                  {"infrastructurePrices", {{"vcpu", 1500}}},
                  {"month", "2026-04"},
                  {"changes", {{{"from", "2026-04-15"}, {"resourceGroup", group({vm("b", 4, {"postgresql"})})}}}}};
  json per_vm = ok("price", request);
  REQUIRE(per_vm["metering"]["rows"].size() == 3);
  CHECK(per_vm["metering"]["rows"][1]["from"] == "2026-04-15");
  CHECK(per_vm["metering"]["rows"][1]["days"] == 1);
  CHECK(per_vm["metering"]["rows"][1]["config"]["vcpus"] == 8);
  CHECK(per_vm["metering"]["total"]["minor"] == 30200);
  request["dayMaximum"] = "group-total";
  json total = ok("price", request);
  CHECK(total["metering"]["rows"].size() == 1);
  CHECK(total["metering"]["total"]["minor"] == 30000);
  CHECK(test::option_choice(total, "dayMaximum") == "group-total");
  // Two changes on one day (up and back down): the day counts the largest.
  // 8 vCPU, factor 10/3 on the 10th only, 4/3 of it above the committed 2 at +30 %
  // (§3.7.1): 29/30 × 379.00 + 1/30 × (448.00 + 263.00) = 366.366… + 23.70 = 390.066… → 390.07.
  json twice = managed4(db1_small());
  twice["month"] = "2026-04";
  twice["changes"] = {{{"from", "2026-04-10"}, {"resourceGroup", db1_large()}},
                      {{"from", "2026-04-10"}, {"resourceGroup", db1_small()}}};
  json t = ok("price", twice);
  CHECK(t["metering"]["rows"].size() == 3);
  CHECK(t["metering"]["total"]["minor"] == 39007);
}

TEST_CASE("price: §3.7.1 — factor increase, option A (+30 %) against option B (term renewed)") {
  // Old factor 2 (postgresql, 4 vCPU), new 3 (7 vCPU: 1 + 6/3); Δ 1; 120.00 EUR per unit;
  // Managed: minimum term 12 months (M). Horizon defaults to max(k, M) = 12.
  //   k = 9:  A = 12 × 240 + 9 × 1 × 120 × 1.3 = 2 880 + 1 404 = 4 284.00
  //           B = 12 × 360                     = 4 320.00 → A cheaper by 36.00.
  //   k = 10: A = 2 880 + 10 × 156 = 4 440.00 > B = 4 320.00 → B cheaper by 120.00.
  // Break-even k* = 12 / 1.3 = 120/13 ≈ 9.23 months.
  json request = managed4(db1_small());
  request["factorIncrease"] = {{"resourceGroup", group({vm("db1", 7, {"postgresql"})})}, {"neededMonths", 9}};
  json a = ok("price", request)["factorIncrease"];
  CHECK(a["oldFactor"]["exact"] == "2");
  CHECK(a["newFactor"]["exact"] == "3");
  CHECK(a["delta"]["exact"] == "1");
  CHECK(a["newMinimumMonths"] == 12);
  CHECK(a["newMinimumFrom"] == "term");
  CHECK(a["horizonMonths"] == 12);
  CHECK(a["surcharge"] == "30");
  CHECK(a["optionA"]["extraPerMonth"]["minor"] == 15600);  // 1 × 120.00 × 1.3
  CHECK(a["optionA"]["total"]["minor"] == 428400);
  CHECK(a["optionB"]["total"]["minor"] == 432000);
  CHECK(a["cheaper"] == "A");
  CHECK(a["saving"]["minor"] == 3600);
  CHECK(a["breakEven"]["months"]["exact"] == "120/13");
  CHECK(a["breakEven"]["text"].get<std::string>().find("up to 9 months") != std::string::npos);
  CHECK(a["breakEven"]["text"].get<std::string>().find("from 10 months on option B") != std::string::npos);
  request["factorIncrease"]["neededMonths"] = 10;
  json b = ok("price", request)["factorIncrease"];
  CHECK(b["optionA"]["total"]["minor"] == 444000);
  CHECK(b["cheaper"] == "B");
  CHECK(b["saving"]["minor"] == 12000);

  // Over 24 months, needed 6: A = 24 × 240 + 6 × 156 = 5 760 + 936 = 6 696.00;
  // B = 12 × 360 + 12 × 240 = 7 200.00.
  request["factorIncrease"]["neededMonths"] = 6;
  request["factorIncrease"]["horizonMonths"] = 24;
  json h = ok("price", request)["factorIncrease"];
  CHECK(h["optionA"]["total"]["minor"] == 669600);
  CHECK(h["optionB"]["total"]["minor"] == 720000);
  CHECK(h["cheaper"] == "A");
  // Needed longer than the term (k = 18 ≥ M): B pays the new factor 18 months
  // and is always cheaper: A = 24 × 240 + 18 × 156 = 8 568.00; B = 18 × 360 + 6 × 240 = 7 920.00.
  request["factorIncrease"]["neededMonths"] = 18;
  json long_need = ok("price", request)["factorIncrease"];
  CHECK(long_need["optionB"]["monthsAtNewFactor"] == 18);
  CHECK(long_need["optionA"]["total"]["minor"] == 856800);
  CHECK(long_need["optionB"]["total"]["minor"] == 792000);
  CHECK(long_need["cheaper"] == "B");
  // M = 13: k* = 10 exactly; k = 10 costs the same both ways:
  // A = 13 × 240 + 10 × 156 = 4 680.00 = B = 13 × 360.
  request["factorIncrease"] = {
      {"resourceGroup", group({vm("db1", 7, {"postgresql"})})}, {"neededMonths", 10}, {"newMinimumMonths", 13}};
  json tie = ok("price", request)["factorIncrease"];
  CHECK(tie["breakEven"]["months"]["exact"] == "10");
  CHECK(tie["optionA"]["total"]["minor"] == 468000);
  CHECK(tie["optionB"]["total"]["minor"] == 468000);
  CHECK(tie["cheaper"] == "equal");
  CHECK(tie["newMinimumFrom"] == "request");
  // Guided: a 3-month term, k* = 3 / 1.3 = 30/13.
  json guided = request;
  guided["tier"] = "guided-1";
  guided["factorIncrease"].erase("newMinimumMonths");
  guided["factorIncrease"]["neededMonths"] = 2;
  CHECK(ok("price", guided)["factorIncrease"]["breakEven"]["months"]["exact"] == "30/13");
  CHECK(ok("price", guided)["factorIncrease"]["cheaper"] == "A");
}

TEST_CASE("price: §3.8 — a temporary upgrade costs 30 % more for its days") {
  // Factor 2; Managed 5 at 150.00 EUR a unit for 5 days:
  // 5/30 × 2 × 150.00 × 1.3 = 65.00 EUR; staying on Managed 4: 5/30 × 2 × 120.00 = 40.00; 25.00 more.
  json request = managed4(db1_small());
  request["temporaryUpgrade"] = {{"tier", "managed-5"}, {"pricePerFactorUnit", 15000}, {"days", 5}};
  json u = ok("price", request)["temporaryUpgrade"];
  CHECK(u["name"] == "Managed 5");
  CHECK(u["monthlyServiceLevel"]["minor"] == 30000);
  CHECK(u["cost"]["minor"] == 6500);
  CHECK(u["staying"]["minor"] == 4000);
  CHECK(u["difference"]["minor"] == 2500);
  CHECK(u["termRenewed"] == false);
  // At the same price per unit the difference is the surcharge alone: 1 day,
  // 1/30 × 240.00 × 0.3 = 2.40 EUR.
  request["temporaryUpgrade"] = {{"tier", "managed-5"}, {"pricePerFactorUnit", 12000}, {"days", 1}};
  json same = ok("price", request)["temporaryUpgrade"];
  CHECK(same["cost"]["minor"] == 1040);
  CHECK(same["difference"]["minor"] == 240);
}

TEST_CASE("price: NMS Prime — double hours in the introduction month, overage at the hourly rate") {
  // 10 h a month, 120.00 EUR an hour, introduction 1 month at 2 × 10 = 20 h.
  //   month 1: 25 h of 20 → 5 h × 120 = 600.00
  //   month 2:  8 h of 10 → nothing
  //   month 3: 12.5 h of 10 → 2.5 h × 120 = 300.00      total 900.00 EUR, 7.5 h beyond.
  json r = ok("price", {{"profile", "nms-prime"},
                        {"tier", "advanced-service"},
                        {"supportHours", {{"perMonth", "10"}, {"hourlyRate", 12000}, {"used", {"25", 8, "12,5"}}}}});
  CHECK(r["model"] == "support-hours");
  const json& s = r["supportHours"];
  CHECK(s["introductionMultiplier"] == 2);
  CHECK(s["contingent"]["introduction"] == "20");
  REQUIRE(s["months"].size() == 3);
  CHECK(s["months"][0]["phase"] == "introduction");
  CHECK(s["months"][0]["included"] == "20");
  CHECK(s["months"][0]["overage"] == "5");
  CHECK(s["months"][0]["cost"]["minor"] == 60000);
  CHECK(s["months"][1]["phase"] == "operation");
  CHECK(s["months"][1]["overage"] == "0");
  CHECK(s["months"][2]["overage"] == "2.5");
  CHECK(s["months"][2]["cost"]["minor"] == 30000);
  CHECK(s["totals"]["used"] == "45.5");
  CHECK(s["totals"]["overage"] == "7.5");
  CHECK(s["totals"]["cost"]["minor"] == 90000);
  CHECK(test::option_choice(r, "introductionMonths") == "1");
  // Two introduction months, 25 h each month: 5 + 5 + 15 = 25 h → 3 000.00 EUR.
  json two = ok(
      "price",
      {{"profile", "nms-prime"},
       {"tier", "advanced-service"},
       {"supportHours", {{"perMonth", 10}, {"hourlyRate", 12000}, {"introductionMonths", 2}, {"used", {25, 25, 25}}}}});
  CHECK(two["supportHours"]["totals"]["overage"] == "25");
  CHECK(two["supportHours"]["totals"]["cost"]["minor"] == 300000);
  // A quarter hour at 123.45 EUR = 30.8625 EUR → 30.86 EUR (half up of 3086.25 cents).
  json quarter = ok("price", {{"profile", "nms-prime"},
                              {"tier", "advanced-service"},
                              {"supportHours", {{"perMonth", "10"}, {"hourlyRate", 12345}, {"used", {"20.25"}}}}});
  CHECK(quarter["supportHours"]["months"][0]["cost"]["exact"] == "3086.25");
  CHECK(quarter["supportHours"]["totals"]["cost"]["minor"] == 3086);
  // Only the contingent: no used hours, no rate needed.
  json contingent =
      ok("price", {{"profile", "nms-prime"}, {"tier", "advanced-service"}, {"supportHours", {{"perMonth", "7.5"}}}});
  CHECK(contingent["supportHours"]["contingent"]["introduction"] == "15");
  CHECK_FALSE(contingent["supportHours"].contains("months"));
}

TEST_CASE("price: tiers without a price model say so; fixed monthly prices") {
  json platform = ok("price", {{"profile", "flying-circus"}, {"tier", "platform"}});
  CHECK(platform["model"] == "none");
  CHECK(platform["explain"][0]["code"] == "no-model");
  CHECK(platform["explain"][0]["text"].get<std::string>().find("No price model in this contract") != std::string::npos);
  CHECK_FALSE(platform.contains("monthly"));
  fails_at("price", {{"profile", "flying-circus"}, {"tier", "platform"}, {"resourceGroup", db1_small()}},
           "not_applicable", "/resourceGroup");
  json base = test::read_json("tests/profiles/base.json");
  json gold = ok("price", {{"profile", base}, {"tier", "gold"}});
  CHECK(gold["model"] == "fixed-monthly");
  CHECK(gold["monthly"]["total"]["minor"] == 99000);
  CHECK(ok("price", {{"profile", base}, {"tier", "gold"}, {"monthlyPrice", 50000}})["monthly"]["total"]["minor"] ==
        50000);
  CHECK(ok("price", {{"profile", base}, {"tier", "silver"}})["model"] == "none");
}

TEST_CASE("price: bad input names the field") {
  json good = managed4(group({vm("web1", 2, {"nginx"}), vm("db1", 4, {"postgresql"})}));
  auto with = [&good](const json::json_pointer& at, json value) {
    json copy = good;
    copy[at] = std::move(value);
    return copy;
  };
  fails_at("price", with("/resourceGroup/vms/1/vcpus"_json_pointer, -4), "out_of_range", "/resourceGroup/vms/1/vcpus");
  fails_at("price", with("/resourceGroup/vms/1/vcpus"_json_pointer, 0), "out_of_range", "/resourceGroup/vms/1/vcpus");
  fails_at("price", with("/resourceGroup/vms/1/vcpus"_json_pointer, 2.5), "wrong_type", "/resourceGroup/vms/1/vcpus");
  fails_at("price", with("/resourceGroup/vms/1/name"_json_pointer, "WEB1"), "duplicate_id",
           "/resourceGroup/vms/1/name");
  fails_at("price", with("/resourceGroup/vms/0/components"_json_pointer, {"nginx", "NGINX "}), "duplicate_id",
           "/resourceGroup/vms/0/components/1");
  fails_at("price", with("/resourceGroup/vms/0/components/0"_json_pointer, " "), "invalid_format",
           "/resourceGroup/vms/0/components/0");
  fails_at("price", with("/resourceGroup/vms/0/ramGb"_json_pointer, "-1"), "out_of_range",
           "/resourceGroup/vms/0/ramGb");
  fails_at("price", with("/resourceGroup/vms/0/ramGb"_json_pointer, "0.0001"), "invalid_number",
           "/resourceGroup/vms/0/ramGb");
  fails_at("price", with("/resourceGroup/vms"_json_pointer, json::array()), "wrong_type", "/resourceGroup/vms");
  fails_at("price", with("/pricePerFactorUnit"_json_pointer, -12000), "negative_money", "/pricePerFactorUnit");
  fails_at("price", with("/pricePerFactorUnit"_json_pointer, 120.5), "wrong_type", "/pricePerFactorUnit");
  fails_at("price", with("/infrastructurePrices/vcpu"_json_pointer, -1), "negative_money",
           "/infrastructurePrices/vcpu");
  fails_at("price", with("/tier"_json_pointer, "managed-9"), "unknown_value", "/tier");
  fails_at("price", with("/supportHours"_json_pointer, {{"perMonth", "10"}}), "not_applicable", "/supportHours");
  fails_at("price", with("/pricePerFactorUnits"_json_pointer, 1), "unknown_field", "/pricePerFactorUnits");
  json no_price = good;
  no_price.erase("pricePerFactorUnit");
  fails_at("price", no_price, "missing_field", "/pricePerFactorUnit");
  json no_group = good;
  no_group.erase("resourceGroup");
  fails_at("price", no_group, "missing_field", "/resourceGroup");

  // Metering.
  json change = {{"from", "2026-04-10"}, {"resourceGroup", db1_large()}};
  fails_at("price", with("/changes"_json_pointer, json::array({change})), "missing_field", "/month");
  json metered = with("/month"_json_pointer, "2026-04");
  metered["changes"] = json::array({change});
  fails_at("price", with("/dayBilling"_json_pointer, "daily"), "unknown_value", "/dayBilling");
  json late = metered;
  late["changes"][0]["from"] = "2026-05-01";
  fails_at("price", late, "out_of_range", "/changes/0/from");
  json bad_day = metered;
  bad_day["changes"][0]["from"] = "2026-04-31";
  fails_at("price", bad_day, "invalid_date", "/changes/0/from");
  json backwards = metered;
  backwards["changes"] = {change, {{"from", "2026-04-02"}, {"resourceGroup", db1_small()}}};
  fails_at("price", backwards, "inverted_range", "/changes/1/from");
  json bad_group = metered;
  bad_group["changes"][0]["resourceGroup"]["vms"][0]["vcpus"] = -1;
  fails_at("price", bad_group, "out_of_range", "/changes/0/resourceGroup/vms/0/vcpus");

  // Factor increase.
  json larger = group({vm("web1", 2, {"nginx"}), vm("db1", 8, {"postgresql"})});
  json increase = with("/factorIncrease"_json_pointer, {{"resourceGroup", larger}, {"neededMonths", 6}});
  CHECK(ok("price", increase)["factorIncrease"]["cheaper"] == "A");
  json too_short = increase;
  too_short["factorIncrease"]["horizonMonths"] = 11;
  fails_at("price", too_short, "out_of_range", "/factorIncrease/horizonMonths");
  json smaller = increase;
  smaller["factorIncrease"]["resourceGroup"] = db1_small();
  fails_at("price", smaller, "out_of_range", "/factorIncrease/resourceGroup");
  json no_need = increase;
  no_need["factorIncrease"].erase("neededMonths");
  fails_at("price", no_need, "missing_field", "/factorIncrease/neededMonths");
  json zero_need = increase;
  zero_need["factorIncrease"]["neededMonths"] = 0;
  fails_at("price", zero_need, "out_of_range", "/factorIncrease/neededMonths");

  // Temporary upgrade.
  json upgrade =
      with("/temporaryUpgrade"_json_pointer, {{"tier", "managed-5"}, {"pricePerFactorUnit", 15000}, {"days", 0}});
  fails_at("price", upgrade, "out_of_range", "/temporaryUpgrade/days");
  upgrade["temporaryUpgrade"]["days"] = 5;
  upgrade["temporaryUpgrade"]["tier"] = "managed-4";
  fails_at("price", upgrade, "conflict", "/temporaryUpgrade/tier");
  upgrade["temporaryUpgrade"]["tier"] = "hosted";
  fails_at("price", upgrade, "not_applicable", "/temporaryUpgrade/tier");
  upgrade["temporaryUpgrade"]["tier"] = "gold";
  fails_at("price", upgrade, "unknown_value", "/temporaryUpgrade/tier");
  upgrade["temporaryUpgrade"]["tier"] = "managed-5";
  upgrade["temporaryUpgrade"].erase("pricePerFactorUnit");
  fails_at("price", upgrade, "missing_field", "/temporaryUpgrade/pricePerFactorUnit");
  upgrade["temporaryUpgrade"]["pricePerFactorUnit"] = 11000;
  fails_at("price", upgrade, "out_of_range", "/temporaryUpgrade/pricePerFactorUnit");

  // Support hours.
  json nms = {{"profile", "nms-prime"},
              {"tier", "advanced-service"},
              {"supportHours", {{"perMonth", "10"}, {"hourlyRate", 12000}, {"used", {"25"}}}}};
  fails_at("price", {{"profile", "nms-prime"}, {"tier", "advanced-service"}}, "missing_field", "/supportHours");
  fails_at("price", {{"profile", "nms-prime"}, {"tier", "advanced-service"}, {"month", "2026-04"}}, "not_applicable",
           "/month");
  json no_rate = nms;
  no_rate["supportHours"].erase("hourlyRate");
  fails_at("price", no_rate, "missing_field", "/supportHours/hourlyRate");
  json negative_hours = nms;
  negative_hours["supportHours"]["used"][0] = "-2";
  fails_at("price", negative_hours, "out_of_range", "/supportHours/used/0");
  json negative_rate = nms;
  negative_rate["supportHours"]["hourlyRate"] = -1;
  fails_at("price", negative_rate, "negative_money", "/supportHours/hourlyRate");
  json fine_hours = nms;
  fine_hours["supportHours"]["perMonth"] = "10.00001";
  fails_at("price", fine_hours, "invalid_number", "/supportHours/perMonth");
  fails_at("price", json::array(), "wrong_type", "");
}

TEST_CASE("price: §3.8 — a temporary upgrade to a lower tier is refused") {
  // §3.8: "Eine temporäre Anhebung des Service-Levels … wird das erhöhte
  // Service-Level mit einem Aufschlag … berechnet": an increase. Guided 1 is below
  // Managed 4 — refused even at a higher price per unit, not priced.
  json request = managed4(db1_small());
  request["temporaryUpgrade"] = {{"tier", "guided-1"}, {"pricePerFactorUnit", 15000}, {"days", 5}};
  json e = fails_at("price", request, "not_in_contract", "/temporaryUpgrade/tier");
  CHECK(e["message"].get<std::string>().find("§3.8") != std::string::npos);
  // Guided 3 → Managed 1: not ordered by the contract (§3.5.1, §3.6.1).
  json guided = request;
  guided["tier"] = "guided-3";
  guided["temporaryUpgrade"]["tier"] = "managed-1";
  fails_at("price", guided, "not_in_contract", "/temporaryUpgrade/tier");
}

TEST_CASE("price: §10.1 with §3.7 and §3.7.1 — the minimum purchase and +30 % on a factor above it") {
  // §3.7: "Der darin festgestellte Komponentenfaktor wird innerhalb der
  // Mindestvertragslaufzeit als Mindestabnahmemenge monatlich in Rechnung gestellt."
  // §3.7.1: "Der durch eine Erhöhung zusätzliche Komponentenfaktor (Differenz) wird
  // hierbei gesondert ausgewiesen, mit einem Aufschlag in Höhe von 30 % berechnet".
  // May 2026, db1 from 4 to 8 vCPU on 11 May; committed: the month's starting factor 2.
  //   1–10 May:  2 × 120 + 139 (4 × 15 + 16 × 4 + 100 × 0.15) = 379.00 → 10/30 × 379 = 126.333…
  //   11–31 May: factor 10/3 = 2 committed + 4/3 above it: 240 + 4/3 × 120 × 1.3 = 448.00;
  //              infrastructure 8 × 15 + 64 + 15 = 199.00 → 647.00 → 21/30 × 647 = 452.90
  //   May: 579.233… → 579.23 EUR (was 545.63: the 4/3 above the commitment without surcharge).
  json bigger = group({vm("db1", 8, {"postgresql"}, 16, 100)});
  json request = managed4(db1_small());
  request["month"] = "2026-05";
  request["changes"] = {{{"from", "2026-05-11"}, {"resourceGroup", bigger}}};
  json r = ok("price", request);
  const json& m = r["metering"];
  CHECK(m["committed"]["factor"]["exact"] == "2");
  CHECK(m["committed"]["from"] == "resource-group");
  REQUIRE(m["rows"].size() == 2);
  CHECK(m["rows"][0]["monthly"]["minor"] == 37900);
  CHECK(m["rows"][1]["extraFactor"]["exact"] == "4/3");
  CHECK(m["rows"][1]["monthly"]["minor"] == 64700);
  CHECK(m["total"]["minor"] == 57923);
  CHECK(explains(r, "committed-factor", "2"));
  CHECK(explains(r, "metering-surcharge", "+30"));
  // The increase recommitted (§3.7.1 "den gesamten Komponentenfaktor als
  // Mindestabnahmemenge ohne Aufschlag … beauftragen"): no surcharge, and the
  // minimum term starts again: 10/30 × 379 + 21/30 × (400 + 199) = 545.633… → 545.63 EUR.
  request["changes"][0]["recommit"] = true;
  json again = ok("price", request);
  CHECK(again["metering"]["rows"][1]["committedFactor"]["exact"] == "10/3");
  CHECK(again["metering"]["rows"][1]["extraFactor"]["exact"] == "0");
  CHECK(again["metering"]["total"]["minor"] == 54563);
  CHECK(explains(again, "recommit", "§3.7.1"));
  CHECK(explains(again, "recommit", "minimum term"));
  // A Cleared-For-Takeoff factor of 10/3 given: never billed below it.
  //   1–10 May: 10/3 × 120 + 139 = 539.00 → 179.666…; 11–31 May: 400 + 199 = 599.00 → 419.30;
  //   598.966… → 598.97 EUR.
  request["changes"][0].erase("recommit");
  request["committedFactor"] = "10/3";
  json floor = ok("price", request);
  CHECK(floor["metering"]["committed"]["from"] == "request");
  CHECK(floor["metering"]["rows"][0]["config"]["factor"]["exact"] == "2");
  CHECK(floor["metering"]["rows"][0]["monthly"]["minor"] == 53900);
  CHECK(floor["metering"]["total"]["minor"] == 59897);
  // The factor-increase what-if counts from the same commitment: option A's extra a
  // month is the metered surcharge part, 4/3 × 120.00 × 1.3 = 208.00 (240.00 + 208.00 = 448.00).
  json increase = managed4(db1_small());
  increase["factorIncrease"] = {{"resourceGroup", bigger}, {"neededMonths", 6}};
  json fi = ok("price", increase)["factorIncrease"];
  CHECK(fi["optionA"]["extraPerMonth"]["minor"] == 20800);
  CHECK(fi["oldFactor"]["exact"] == "2");
  // Committed to 10/3 while the group is at 2: from 10/3 to 4 (10 vCPU) is Δ 2/3 → 2/3 × 120.00 × 1.3 = 104.00;
  // over 12 months, 6 needed: A = 12 × 400.00 + 6 × 104.00 = 5 424.00, B = 12 × 480.00 = 5 760.00.
  increase["committedFactor"] = "10/3";
  increase["factorIncrease"]["resourceGroup"] = group({vm("db1", 10, {"postgresql"}, 16, 100)});
  json from_commitment = ok("price", increase)["factorIncrease"];
  CHECK(from_commitment["oldFactor"]["exact"] == "10/3");
  CHECK(from_commitment["optionA"]["total"]["minor"] == 542400);
  CHECK(from_commitment["optionB"]["total"]["minor"] == 576000);
  // A group already above the commitment would pay the surcharge before the increase: refused.
  increase["committedFactor"] = 1;
  fails_at("price", increase, "conflict", "/committedFactor");
  // Bad input names the field.
  request["committedFactor"] = "-1";
  fails_at("price", request, "out_of_range", "/committedFactor");
  request["committedFactor"] = "2/0";
  fails_at("price", request, "invalid_number", "/committedFactor");
  json nms = {{"profile", "nms-prime"}, {"tier", "advanced-service"}, {"committedFactor", 2},
              {"supportHours", {{"perMonth", "10"}}}};
  fails_at("price", nms, "not_applicable", "/committedFactor");
}

TEST_CASE("price: §3.4, §10.1 — Hosted's infrastructure billed per calendar day at 1/30") {
  // §3.4: "Die Kosten für unsere Infrastrukturdienstleistungen werden … ab Datum der
  // Bereitstellung kalendertäglich in Rechnung gestellt"; §10.1: "1 Tag mit 1/30 des
  // Monatspreises". Hosted has no component-factor service-level price.
  // One VM, 4 vCPU, 16 GB RAM, 100 GB storage: 60 + 64 + 15 = 139.00 EUR a month;
  // May 2026, 31 days: 31/30 × 139 = 143.633… → 143.63 EUR.
  json request = {{"profile", "flying-circus"},
                  {"tier", "hosted"},
                  {"resourceGroup", db1_small()},
                  {"infrastructurePrices", {{"vcpu", 1500}, {"ramGb", 400}, {"storageGb", 15}}},
                  {"month", "2026-05"}};
  json r = ok("price", request);
  CHECK(r["model"] == "infrastructure");
  CHECK(r["monthly"]["infrastructure"]["minor"] == 13900);
  CHECK(r["monthly"]["total"]["minor"] == 13900);
  CHECK_FALSE(r["monthly"].contains("serviceLevel"));
  CHECK(r["metering"]["total"]["minor"] == 14363);
  // 8 vCPU and 32 GB from 11 May: 10/30 × 139 + 21/30 × (120 + 128 + 15 = 263) = 46.333… + 184.10 = 230.43.
  request["changes"] = {{{"from", "2026-05-11"}, {"resourceGroup", db1_large()}}};
  json changed = ok("price", request);
  CHECK(changed["metering"]["rows"][1]["monthly"]["minor"] == 26300);
  CHECK(changed["metering"]["total"]["minor"] == 23043);
  // What belongs to the service level is refused.
  request["pricePerFactorUnit"] = 12000;
  fails_at("price", request, "not_applicable", "/pricePerFactorUnit");
}
