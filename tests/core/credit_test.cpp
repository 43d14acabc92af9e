// Credits: the contracts' worked examples and every boundary, by hand.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

}  // namespace

TEST_CASE("credit: WP Heaven §11.3 — (GT − FT) × MP / 100") {
  // The contract's own example: MP 1 600 DKK, GT 99.5, FT 90 → 152 DKK.
  json r = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "90"},
                         {"fee", 160000}});
  CHECK(r["eligible"] == true);
  CHECK(r["amount"]["minor"] == 15200);
  CHECK(r["amount"]["text"] == "152.00 DKK");
  CHECK(r["letter"]["en"].get<std::string>().find("152.00 DKK") != std::string::npos);
  CHECK(r["letter"]["de"].get<std::string>().find("152,00\u00a0DKK (9,5\u00a0% von 1.600,00\u00a0DKK)") != std::string::npos);
  // Exactly at the target: nothing owed, no letter.
  json at = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "99,5"},
                          {"fee", 160000}});
  CHECK(at["eligible"] == false);
  CHECK(at["letter"].is_null());
  // 99.499: 0.001 % of 1 600 DKK = 0.016 DKK → 2 øre (half up from 1.6).
  json tiny = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"},
                            {"availability", "99.499"}, {"fee", 160000}});
  CHECK(tiny["amount"]["minor"] == 2);
}

TEST_CASE("credit: the claim letter — the contract's precision, each outage claimed, the claimant, no doubled stop") {
  // WP Heaven April 2026: 720 h = 2 592 000 s. 4 h 30 min down (Copenhagen time) = 16 200 s:
  // 100 × (1 − 16 200 / 2 592 000) = 99.375 %; (99.5 − 99.375) × 1 600 DKK / 100 = 2.00 DKK (§11.3).
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"fee", 160000},
                  {"outages", {{{"start", "2026-04-10T10:00"}, {"end", "2026-04-10T14:30"}},
                               {{"start", "2026-05-02T01:00"}, {"end", "2026-05-02T03:00"}}}},
                  {"claimant", {{"name", "Jens Hansen"}, {"number", "K-4711"},
                                {"contact", "jens@example.dk\n+45 12 34 56 78"}, {"signature", "Jens Hansen, IT-chef"}}}};
  json r = ok("credit", request);
  REQUIRE(r["eligible"] == true);
  CHECK(r["amount"]["minor"] == 200);
  CHECK(r["achieved"][0]["achieved"]["text"] == "99.375");  // exact in the answer and its explain
  const std::string en = r["letter"]["en"];
  // The contract writes 99.5: two decimals, cut (99.375 → 99.37, never up to a met target).
  CHECK(en.find("The measured availability was 99.37 % against the guaranteed 99.5 %. "
                "The credit is 2.00 DKK (0.125 % of 1,600.00 DKK).") != std::string::npos);
  CHECK(en.rfind("To: WP Heaven", 0) == 0);
  CHECK(en.find("\nFrom: Jens Hansen\nCustomer/contract number: K-4711\nSubject: ") != std::string::npos);
  CHECK(en.find("Dear Sir or Madam,\n\nUnder ") != std::string::npos);
  // April's outage is claimed; May's is not April's and is not listed.
  CHECK(en.find("The outages claimed (Europe/Copenhagen):\n- 2026-04-10 10:00–14:30 (4h 30m), unplanned\n\n")
        != std::string::npos);
  CHECK(en.find("2026-05-02") == std::string::npos);
  const std::string closing = "Kind regards\nJens Hansen, IT-chef\njens@example.dk\n+45 12 34 56 78\n";
  REQUIRE(en.size() > closing.size());
  CHECK(en.substr(en.size() - closing.size()) == closing);
  const std::string da = r["letter"]["da"];
  CHECK(da.find("Til rette vedkommende\n\nI henhold til") != std::string::npos);
  CHECK(da.find("Kære modtager") == std::string::npos);
  CHECK(da.find("Krediteringen udgør 2,00\u00a0kr. (0,125\u00a0% af 1.600,00\u00a0kr.).") != std::string::npos);
  CHECK(da.find("99,37\u00a0%") != std::string::npos);
  CHECK(da.find("- 10.04.2026 10.00–14.30 (") != std::string::npos);
  // No doubled punctuation and no space before a stop, in any of the four letters.
  for (const char* lang : {"en", "de", "nl", "da"}) {
    const std::string text = r["letter"][lang];
    auto stop = [](char ch) { return ch == '.' || ch == ',' || ch == ':' || ch == ';'; };
    for (std::size_t i = 1; i < text.size(); ++i) {
      INFO(lang << " at " << i << ": " << text.substr(i > 20 ? i - 20 : 0, 40));
      CHECK_FALSE((stop(text[i]) && stop(text[i - 1])));
      CHECK_FALSE((stop(text[i]) && text[i - 1] == ' '));
    }
  }
  // A monitoring export may hold thousands: 50 are listed, the rest counted. 60 outages of 4 min
  // = 14 400 s > April's budget of 12 960 s.
  json many = json::array();
  for (int i = 0; i < 60; ++i) {
    std::string day = (i / 20 + 1 < 10 ? "2026-04-0" : "2026-04-") + std::to_string(i / 20 + 1);
    std::string hour = (i % 20 < 10 ? "T0" : "T") + std::to_string(i % 20);
    many.push_back({{"start", day + hour + ":00"}, {"end", day + hour + ":04"}});
  }
  json crowded = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"fee", 160000},
                               {"outages", many}});
  REQUIRE(crowded["eligible"] == true);
  const std::string listed = crowded["letter"]["en"];
  std::size_t lines = 0;
  for (std::size_t at = listed.find("\n- 2026-04-"); at != std::string::npos; at = listed.find("\n- 2026-04-", at + 1)) ++lines;
  CHECK(lines == 50);
  CHECK(listed.find("\n- and 10 more\n") != std::string::npos);
  // Without claimant details their lines are left out; with a line break in the name the request is refused.
  request.erase("claimant");
  const std::string plain = ok("credit", request)["letter"]["en"];
  CHECK(plain.find("\nSubject: ") == plain.find('\n'));
  CHECK(plain.substr(plain.size() - 13) == "Kind regards\n");
  request["claimant"] = {{"name", "Jens\nBcc: x"}};
  fails_at("credit", request, "invalid_format", "/claimant/name");
}

TEST_CASE("credit: Arena — 1.25 % of the annual fee, claim 15 days after the quarter") {
  json r = ok("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-05"}, {"availability", "99.4"},
                         {"fee", 4800000}});
  CHECK(r["period"]["label"] == "2026-Q2");
  CHECK(r["amount"]["minor"] == 60000);
  CHECK(r["claimDeadline"] == "2026-07-15");  // 30 June + 15 days
  CHECK(r["redemption"].get<std::string>().find("never paid in cash") != std::string::npos);
  // From the ledger: 42 912 s down of Q2 2026's 7 862 400 s → 99.454212…% < 99.5 %.
  json measured = ok("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-06"}, {"fee", 4800000},
                                {"outages", {{{"start", "2026-05-01T10:00:00Z"}, {"end", "2026-05-01T21:55:12Z"}}}}});
  CHECK(measured["eligible"] == true);
  CHECK(measured["achieved"][0]["achieved"]["text"] == "99.454212…");
  // Q4: 31 December + 15 days = 15 January.
  CHECK(ok("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-11"}, {"availability", "99"},
                      {"fee", 4800000}})["claimDeadline"] == "2027-01-15");
}

TEST_CASE("credit: asOf — has the claim deadline passed? (Arena: within 15 days after the quarter ends)") {
  auto arena = [](json extra) {
    json r = {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-02"}, {"availability", "99"}, {"fee", 4800000}};
    r.update(extra);
    return ok("credit", r);
  };
  // Q1 2026 ends 31 March; + 15 days → 15 April 2026 is the last day to claim.
  json late = arena({{"asOf", "2026-12-05"}});
  CHECK(late["eligible"] == true);
  CHECK(late["claimDeadline"] == "2026-04-15");
  CHECK(late["asOf"] == "2026-12-05");
  CHECK(late["claimDeadlinePassed"] == true);
  CHECK(test::explain_text(late, "claim-as-of").find("has passed") != std::string::npos);
  // The last day itself is still in time; the day after is not.
  CHECK(arena({{"asOf", "2026-04-15"}})["claimDeadlinePassed"] == false);
  CHECK(arena({{"asOf", "2026-04-16"}})["claimDeadlinePassed"] == true);
  // Without asOf nothing is said about today: the answer is as before.
  json plain = arena(json::object());
  CHECK_FALSE(plain.contains("asOf"));
  CHECK_FALSE(plain.contains("claimDeadlinePassed"));
  CHECK(plain.dump().find("claim-as-of") == std::string::npos);
  // WP Heaven §11 sets no claim deadline: nothing to pass.
  json wp = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "90"},
                          {"fee", 160000}, {"asOf", "2026-12-05"}});
  CHECK(wp["claimDeadlinePassed"].is_null());
  // A day, not an instant or a month.
  fails_at("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-02"}, {"availability", "99"},
                      {"fee", 4800000}, {"asOf", "2026-12"}},
           "invalid_format", "/asOf");
}

TEST_CASE("credit: Arena — when a credit is made available, offset and lapses (Gutschriften)") {
  auto arena = [](const char* month, json extra) {
    json r = {{"profile", "arena"}, {"tier", "plm-service"}, {"month", month}, {"availability", "99"}, {"fee", 4800000}};
    r.update(extra);
    return ok("credit", r);
  };
  // Service years from 1 July. Q1 2026 is made available on 31 Dec 2026; the
  // service year after that day starts 1 Jul 2027: offset then, lapses after 30 Jun 2028.
  json r = arena("2026-02", {{"serviceYearStart", "2025-07-01"}});
  CHECK(r["redemptionYear"] == "after-available");
  CHECK(r["redemptionDates"]["available"] == "2026-12-31");
  CHECK(r["redemptionDates"]["serviceYearFirst"] == "2027-07-01");
  CHECK(r["redemptionDates"]["offsetAt"] == "2027-07-01");
  CHECK(r["redemptionDates"]["lapsesAfter"] == "2028-06-30");
  CHECK(r["redemptionDates"]["lapsesUnused"] == false);
  const std::string ics = r["calendar"].get<std::string>();
  CHECK(ics.find("DTSTART;VALUE=DATE:20260415") != std::string::npos);  // the claim
  CHECK(ics.find("DTSTART;VALUE=DATE:20270701") != std::string::npos);  // the offset
  CHECK(ics.find("DTSTART;VALUE=DATE:20280630") != std::string::npos);  // the lapse
  // The other reading: the year after the one Q1 2026 ends in (1 Jul 2025 – 30 Jun
  // 2026) is 1 Jul 2026 – 30 Jun 2027; its renewal comes before 31 Dec 2026.
  json earned = arena("2026-02", {{"serviceYearStart", "2025-07-01"}, {"redemptionYear", "after-earned"}});
  CHECK(earned["redemptionDates"]["serviceYearFirst"] == "2026-07-01");
  CHECK(earned["redemptionDates"]["offsetAt"].is_null());
  CHECK(earned["redemptionDates"]["lapsesAfter"] == "2027-06-30");
  CHECK(earned["redemptionDates"]["lapsesUnused"] == true);
  // Q3 2026 ends in the service year from 1 Jul 2026: both readings agree.
  json q3 = arena("2026-08", {{"serviceYearStart", "2025-07-01"}, {"redemptionYear", "after-earned"}});
  CHECK(q3["redemptionDates"]["offsetAt"] == "2027-07-01");
  CHECK(q3["redemptionDates"]["lapsesAfter"] == "2028-06-30");
  // Calendar service years: Q4 2026 → available 31 Dec, offset 1 Jan 2027, lapses after 31 Dec 2027.
  json q4 = arena("2026-11", {{"serviceYearStart", "2024-01-01"}});
  CHECK(q4["redemptionDates"]["offsetAt"] == "2027-01-01");
  CHECK(q4["redemptionDates"]["lapsesAfter"] == "2027-12-31");
  // A 29 Feb anniversary: 28 Feb in common years, 29 Feb in 2028.
  json leap = arena("2027-08", {{"serviceYearStart", "2024-02-29"}});
  CHECK(leap["redemptionDates"]["available"] == "2027-12-31");
  CHECK(leap["redemptionDates"]["offsetAt"] == "2028-02-29");
  CHECK(leap["redemptionDates"]["lapsesAfter"] == "2029-02-27");
  // An anniversary on 31 Dec: the credit exists only after that day ends, so the
  // year starting 31 Dec 2026 is too early; the next renewal is 31 Dec 2027.
  json dec31 = arena("2026-05", {{"serviceYearStart", "2020-12-31"}});
  CHECK(dec31["redemptionDates"]["offsetAt"] == "2027-12-31");
  CHECK(dec31["redemptionDates"]["lapsesAfter"] == "2028-12-30");
  json dec31_earned = arena("2026-05", {{"serviceYearStart", "2020-12-31"}, {"redemptionYear", "after-earned"}});
  CHECK(dec31_earned["redemptionDates"]["lapsesUnused"] == true);
  // Without the service year: the day it is made available, and what is missing.
  json bare = arena("2026-02", json::object());
  CHECK(bare["redemptionDates"]["available"] == "2026-12-31");
  CHECK(bare["redemptionDates"]["lapsesAfter"].is_null());
  bool asks = false;
  for (const auto& e : bare["explain"]) asks |= e["code"] == "service-year";
  CHECK(asks);
  // No credit owed, no dates; other contracts have none.
  CHECK(arena("2026-02", {{"availability", "99.5"}, {"serviceYearStart", "2025-07-01"}})["redemptionDates"].is_null());
  CHECK(ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "90"},
                      {"fee", 160000}})["redemptionDates"]
            .is_null());
  fails_at("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-02"}, {"availability", "99"},
                      {"fee", 1}, {"serviceYearStart", "2026-02-30"}},
           "invalid_format", "/serviceYearStart");
  fails_at("credit", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-02"}, {"availability", "99"},
                      {"fee", 1}, {"redemptionYear", "whenever"}},
           "unknown_value", "/redemptionYear");
}

TEST_CASE("credit: Flying Circus §9.7 — 5 % of the resource group's previous month") {
  // 1 000 + 200 + 80 + 20 EUR = 1 300 EUR; 5 % = 65 EUR. The application
  // missed 99.5 %, the platform met 99.9 %: one credit.
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"},
                  {"availability", {{"application", "99.4"}, {"platform", "99.95"}}},
                  {"resourceGroup", {{"serviceLevel", 100000}, {"vcpu", 20000}, {"ram", 8000}, {"storage", 2000}}}};
  json r = ok("credit", request);
  CHECK(r["amount"]["minor"] == 6500);
  CHECK(r["achieved"][1]["met"] == true);
  request["availability"]["application"] = "99.5";
  CHECK(ok("credit", request)["eligible"] == false);
}

TEST_CASE("credit: tiered schedules — \"< X and ≥ Y\" (AWS EC2 example)") {
  auto share = [](const char* achieved) {
    return ok("credit", {{"profile", "aws-ec2"}, {"tier", "region-level"}, {"month", "2026-01"}, {"availability", achieved},
                         {"fee", 100000}})["amount"]["minor"]
        .get<long long>();
  };
  CHECK(share("99.99") == 0);
  CHECK(share("99.98") == 10000);
  CHECK(share("99.0") == 10000);  // exactly 99.0 is not "< 99.0"
  CHECK(share("98.999") == 30000);
  CHECK(share("95") == 30000);
  CHECK(share("94.999") == 100000);
  // Two months after January's end, clamped: 31 March.
  CHECK(ok("credit", {{"profile", "aws-ec2"}, {"tier", "region-level"}, {"month", "2026-01"}, {"availability", "98"},
                      {"fee", 100000}})["claimDeadline"] == "2026-03-31");
}

TEST_CASE("credit: no financial remedy (NMS Prime, Scope4mation)") {
  for (const char* id : {"nms-prime", "scope4mation"}) {
    json profile = ok("profile", {{"id", id}});
    json r = ok("credit", {{"profile", id}, {"tier", profile["tiers"][0]["id"]}, {"month", "2026-04"}});
    CHECK(r["kind"] == "none");
    CHECK(r["eligible"] == false);
    CHECK(r["explain"][0]["code"] == "no-remedy");
  }
}

TEST_CASE("credit: bad input names the field") {
  json r = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "90"}, {"fee", 160000}};
  auto with = [&r](const char* key, json value) {
    json copy = r;
    copy[key] = std::move(value);
    return copy;
  };
  fails_at("credit", with("fee", -1), "out_of_range", "/fee");
  fails_at("credit", with("fee", "lots"), "wrong_type", "/fee");
  fails_at("credit", with("availability", "101"), "out_of_range", "/availability");
  fails_at("credit", with("outages", json::array()), "conflict", "/outages");
  fails_at("credit", with("resourceGroup", {{"vcpu", 1}}), "conflict", "/resourceGroup");
  fails_at("credit", with("month", "2026-4"), "invalid_date", "/month");
  json no_fee = r;
  no_fee.erase("fee");
  fails_at("credit", no_fee, "missing_field", "/fee");
  json no_measure = r;
  no_measure.erase("availability");
  fails_at("credit", no_measure, "missing_field", "/availability");
  json fc = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"}, {"availability", {{"application", "99"}}},
             {"fee", 1000}};
  fails_at("credit", fc, "missing_field", "/availability/platform");
}
