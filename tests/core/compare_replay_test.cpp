// compare's row "replay": one ledger replayed on Arena and WP Heaven, every
// figure worked out by hand from the contracts' rules (Arena
// "Verfügbarkeitsberechnung" and "Gutschriften"; WP Heaven §3.1, §10.1, §11.3).
#include <doctest/doctest.h>

#include "endpoints.hpp"
#include "helpers.hpp"

using test::explain_text;
using test::fails_at;
using test::json;
using test::ok;
using test::row;

namespace {

// Local times: each read in its column's zone by default (Arena UTC, WP Heaven Europe/Copenhagen).
json ledger() {
  return json::array({
      // Planned, announced ten days ahead (WP Heaven §10.1 asks 48 h): 12 h.
      {{"start", "2026-01-20T00:00"}, {"end", "2026-01-20T12:00"}, {"kind", "planned"},
       {"announced", "2026-01-10T12:00"}},
      {{"start", "2026-01-21T10:00"}, {"end", "2026-01-21T14:00"}},  // 4 h
      {{"start", "2026-02-10T10:00"}, {"end", "2026-02-10T16:00"}},  // 6 h
      {{"start", "2026-04-01T00:00"}, {"end", "2026-04-01T01:00"}},  // 1 h, the first of the quarter
      {{"start", "2026-05-03T08:00"}, {"end", "2026-05-05T08:00"}},  // 48 h
  });
}

json request_of(json outages) {
  return {{"columns",
           {{{"profile", "arena"}, {"tier", "plm-service"}, {"monthlyPrice", 100000}},
            {{"profile", "wp-heaven"}, {"tier", "standard"}, {"monthlyPrice", 50000}}}},
          {"from", "2026-01"},
          {"to", "2026-06"},
          {"outages", std::move(outages)}};
}

}  // namespace

TEST_CASE("compare replay: Arena by the quarter, WP Heaven by the month") {
  json result = ok("compare", request_of(ledger()));
  const json& replay = row(result, "replay");
  REQUIRE(replay["cells"].size() == 2);

  // Arena: T = minutes in the quarter minus planned outages, O = the outages'
  // minutes; (T − O) / T. Q1 2026: 90 days = 129 600 min, T = 129 600 − 720 =
  // 128 880, O = 240 + 360 = 600: 128 280 / 128 880 = 99.534450…% ≥ 99.5 %.
  const json& arena = replay["cells"][0]["periods"];
  REQUIRE(arena.size() == 2);
  CHECK(arena[0]["period"]["label"] == "2026-Q1");
  CHECK(arena[0]["availability"]["exact"] == "53450/537");  // = 12 828 000 / 128 880
  CHECK(arena[0]["target"] == "99.5");
  CHECK(arena[0]["breached"] == false);
  CHECK(arena[0]["credit"]["minor"] == 0);
  // Q2: 91 days = 131 040 min, O = 60 + 2 880 = 2 940: 128 100 / 131 040 =
  // 97.756410…% < 99.5 %: 1.25 % of the annual fee, 12 × 1 000.00 USD
  // ("Gutschriften") = 150.00 USD.
  CHECK(arena[1]["period"]["label"] == "2026-Q2");
  CHECK(arena[1]["availability"]["text"] == "97.756410…");
  CHECK(arena[1]["breached"] == true);
  CHECK(arena[1]["credit"]["minor"] == 15000);
  CHECK(replay["cells"][0]["creditTotal"]["minor"] == 15000);
  CHECK(replay["cells"][0]["lines"][1] == "2026-Q2: 97.756410… % — below 99.5 %, breached; credit 150.00 USD");

  // WP Heaven: FT = realised uptime of the month's hours minus announced
  // service windows (§3.1, §10.1); credit (GT − FT) × MP / 100 (§11.3) on
  // MP = 500.00 DKK.
  const json& wp = replay["cells"][1]["periods"];
  REQUIRE(wp.size() == 6);
  // January: 744 h − 12 h = 732 h, 4 h down: FT = 728/732 = 99.453551…%;
  // (99.5 − FT) × 5 = 85/366 DKK = 0.232… → 0.23 DKK.
  CHECK(wp[0]["period"]["from"] == "2026-01-01");
  CHECK(wp[0]["availability"]["text"] == "99.453551…");
  CHECK(wp[0]["breached"] == true);
  CHECK(wp[0]["credit"]["minor"] == 23);
  // February: 672 h, 6 h down: FT = 666/672 = 99.107142…%; 55/28 DKK → 1.96 DKK.
  CHECK(wp[1]["availability"]["exact"] == "2775/28");
  CHECK(wp[1]["credit"]["minor"] == 196);
  // March: nothing; April: 1 h of 720 h = 99.861111…%, met, no credit.
  CHECK(wp[2]["availability"]["text"] == "100");
  CHECK(wp[3]["breached"] == false);
  CHECK(wp[3]["credit"]["minor"] == 0);
  // May: 744 h, 48 h down: FT = 696/744 = 93.548387…%; 1845/62 DKK = 29.758… → 29.76 DKK.
  CHECK(wp[4]["availability"]["text"] == "93.548387…");
  CHECK(wp[4]["credit"]["minor"] == 2976);
  CHECK(replay["cells"][1]["creditTotal"]["minor"] == 23 + 196 + 2976);
  CHECK(replay["differs"] == true);
  CHECK(explain_text(result, "outage-zone").find("each column's contract zone") != std::string::npos);
}

TEST_CASE("compare replay: one zone for the whole ledger moves an outage into another quarter") {
  // 2026-04-01 00:00–01:00 in Copenhagen (UTC+2) is 2026-03-31 22:00–23:00
  // UTC: for Arena in Q1, O = 600 + 60 = 660: 128 220 / 128 880 = 99.487895…%
  // < 99.5 %, a credit of 150.00 USD in Q1 as well.
  json r = request_of(ledger());
  r["outageZone"] = "Europe/Copenhagen";
  json result = ok("compare", r);
  const json& arena = row(result, "replay")["cells"][0]["periods"];
  CHECK(arena[0]["availability"]["text"] == "99.487895…");
  CHECK(arena[0]["credit"]["minor"] == 15000);
  CHECK(arena[1]["availability"]["exact"] == "8900/91");  // 128 160 / 131 040
  CHECK(row(result, "replay")["cells"][0]["creditTotal"]["minor"] == 30000);
  CHECK(explain_text(result, "outage-zone").find("Europe/Copenhagen") != std::string::npos);
}

TEST_CASE("compare replay: without a price, no remedy, no commitment") {
  json r = request_of(ledger());
  r["columns"][0].erase("monthlyPrice");
  r["columns"][1] = {{"profile", "nms-prime"}, {"tier", "advanced-service"}};
  json replay = row(ok("compare", r), "replay");
  const json& arena = replay["cells"][0];
  CHECK(arena["periods"][1]["breached"] == true);
  CHECK(arena["periods"][1]["credit"].is_null());
  CHECK(arena["creditTotal"].is_null());
  CHECK(arena["lines"].back() == "Enter a monthly price");
  CHECK(replay["cells"][1]["periods"].empty());
  CHECK(replay["cells"][1]["lines"].back() == "No financial remedy");
}

TEST_CASE("compare replay: bad requests name the field") {
  json bad = ledger();
  bad[3]["end"] = "2026-03-31T23:00";
  fails_at("compare", request_of(bad), "inverted_range", "/outages/3/end");
  json r = request_of(ledger());
  r.erase("from");
  fails_at("compare", r, "missing_field", "/from");
  r = request_of(ledger());
  r.erase("outages");
  fails_at("compare", r, "missing_field", "/outages");
  r = request_of(ledger());
  r["to"] = "2025-12";
  fails_at("compare", r, "inverted_range", "/to");
  r["to"] = "2036-01";
  fails_at("compare", r, "out_of_range", "/to");
  r = request_of(ledger());
  r["outageZone"] = "Europe/Berlinn";
  fails_at("compare", r, "unknown_value", "/outageZone");
  // Flying Circus separates platform and application (§9.2); another word is refused there.
  r = request_of(json::array({{{"start", "2026-01-21T10:00"}, {"end", "2026-01-21T14:00"}, {"scope", "database"}}}));
  r["columns"][1] = {{"profile", "flying-circus"}, {"tier", "guided-1"}};
  fails_at("compare", r, "unknown_value", "/outages/0/scope");
  json plain = {{"columns", request_of(ledger())["columns"]}, {"outageZone", "UTC"}};
  fails_at("compare", plain, "unknown_field", "/outageZone");
}

TEST_CASE("compare replay: a large file's session replays it on every column as the request would") {
  std::string csv = "start,end,kind,announced\n";
  for (const json& o : ledger())
    csv += o["start"].get<std::string>() + "," + o["end"].get<std::string>() + "," + o.value("kind", "") + "," +
           o.value("announced", "") + "\n";
  slacalc::LedgerSession session(slacalc::kFileEndpoints);
  REQUIRE(session.open(R"({"profile":"arena"})").ok);
  REQUIRE(session.append(csv).ok);
  REQUIRE(session.finish().ok);
  json columns = request_of(ledger())["columns"];
  slacalc::Response r = session.call("compare", json{{"columns", columns}, {"from", "2026-01"}, {"to", "2026-06"}}.dump());
  INFO(r.body);
  REQUIRE(r.ok);
  // The file's times were read in Arena's zone (UTC) for every column: as the request with outageZone "UTC".
  json same = request_of(ledger());
  same["outageZone"] = "UTC";
  CHECK(row(json::parse(r.body), "replay") == row(ok("compare", same), "replay"));
  CHECK(explain_text(json::parse(r.body), "outage-zone").find("when the file was opened") != std::string::npos);
  // The file's outages take the place of the request's, and its zone of outageZone.
  CHECK(json::parse(session.call("compare", same.dump()).body)["path"] == "/outages");
  // A page's session (measure and credit) has no comparison.
  slacalc::LedgerSession page;
  REQUIRE(page.open("{}").ok);
  REQUIRE(page.append("start,end\n2026-01-21T10:00,2026-01-21T14:00\n").ok);
  REQUIRE(page.finish().ok);
  CHECK(json::parse(page.call("compare", "{}").body)["code"] == "unknown_function");
}
