// Measured availability from outage ledgers, worked out by hand.
#include "helpers.hpp"
#include "measure.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

json outage(const char* start, const char* end, const char* kind = "unplanned", const char* reason = nullptr) {
  json o = {{"start", start}, {"end", end}, {"kind", kind}};
  if (reason) o["reason"] = reason;
  return o;
}

// The one commitment's periods (or the one with `scope`).
json periods(const json& request, const char* scope = nullptr) {
  json result = ok("measure", request);
  for (const auto& c : result["commitments"])
    if (!scope || c["scope"] == scope) return c["periods"];
  FAIL("no commitment ", scope);
  return {};
}

std::string exact(const json& period, const char* field) { return period[field]["exact"]; }

}  // namespace

TEST_CASE("measure: Arena, quarterly, T = minutes minus planned outages") {
  // Q2 2026 has 91 days = 131 040 minutes; 0.5 % of it = 655.2 min = 39 312 s (contracts.md vector).
  json empty = periods({{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-05"}, {"outages", json::array()}});
  REQUIRE(empty.size() == 1);
  CHECK(empty[0]["label"] == "2026-Q2");
  CHECK(exact(empty[0], "counted") == "7862400");
  CHECK(exact(empty[0], "budget") == "39312");
  CHECK(empty[0]["availability"]["exact"] == "100");

  // 11 h 55 min 12 s unplanned, 4 h planned: T = 7 862 400 − 14 400 = 7 848 000 s;
  // (7 848 000 − 42 912) / 7 848 000 = 99.453211…% < 99.5 %.
  json q2 = periods({{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-04"}, {"to", "2026-06"},
                     {"outages", {outage("2026-05-01T10:00:00Z", "2026-05-01T21:55:12Z"),
                                  outage("2026-05-02T00:00:00Z", "2026-05-02T04:00:00Z", "planned")}}})[0];
  CHECK(exact(q2, "measured") == "7848000");
  CHECK(exact(q2, "downtime") == "42912");
  CHECK(q2["availability"]["exact"] == "54202/545");
  CHECK(q2["availability"]["text"] == "99.453211…");
  CHECK(q2["met"] == false);
  CHECK(exact(q2, "remaining") == "-3672");  // 39 240 − 42 912
}

TEST_CASE("measure: overlapping, nested and excluded outages") {
  json request = {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-01"}};
  // 10:00–11:00, nested 10:30–10:45, overlapping 10:50–11:30 → 10:00–11:30 = 90 min.
  request["outages"] = {outage("2026-02-03T10:00:00Z", "2026-02-03T11:00:00Z"),
                        outage("2026-02-03T10:30:00Z", "2026-02-03T10:45:00Z"),
                        outage("2026-02-03T10:50:00Z", "2026-02-03T11:30:00Z")};
  CHECK(exact(periods(request)[0], "downtime") == "5400");
  // A force-majeure cause 11:00–12:00 takes its half hour out; Arena excludes it.
  request["outages"].push_back(outage("2026-02-03T11:00:00Z", "2026-02-03T12:00:00Z", "excluded", "force-majeure"));
  json p = periods(request)[0];
  CHECK(exact(p, "downtime") == "3600");
  CHECK(exact(p, "excluded") == "3600");
  // Flying Circus's platform commitment does not exclude force majeure (§9.2): it counts.
  json fc = {{"profile", "flying-circus"}, {"tier", "platform"}, {"from", "2026-02"},
             {"outages", {outage("2026-02-03T11:00:00Z", "2026-02-03T12:00:00Z", "excluded", "force-majeure")}}};
  CHECK(exact(periods(fc)[0], "downtime") == "3600");
}

TEST_CASE("measure: month borders and DST nights in the profile's zone (WP Heaven, Copenhagen)") {
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-03"}, {"to", "2026-04"}};
  // 31 March 23:00 → 1 April 01:00 local: one hour in each month.
  // 29 March 01:30 → 04:00 local: the clocks skip 02:00–03:00, so 1 h 30 min.
  request["outages"] = {outage("2026-03-31T23:00", "2026-04-01T01:00"), outage("2026-03-29T01:30", "2026-03-29T04:00")};
  json p = periods(request);
  REQUIRE(p.size() == 2);
  CHECK(exact(p[0], "counted") == std::to_string(743 * 3600));  // March has 743 h in Copenhagen
  CHECK(exact(p[0], "downtime") == "9000");
  CHECK(exact(p[1], "downtime") == "3600");
}

TEST_CASE("measure: planned service windows leave numerator and denominator (WP Heaven §3.1, §4.2)") {
  // April 2026: 720 h = 2 592 000 s; a 4 h service window leaves 2 577 600 s.
  // 0.5 % of it = 12 888 s: exactly that much downtime is exactly 99.5 % — met.
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"},
                  {"outages", {outage("2026-04-05T00:00", "2026-04-05T04:00", "planned"),
                               outage("2026-04-10T10:00:00Z", "2026-04-10T13:34:48Z")}}};
  json p = periods(request)[0];
  CHECK(exact(p, "measured") == "2577600");
  CHECK(exact(p, "budget") == "12888");
  CHECK(exact(p, "downtime") == "12888");
  CHECK(p["availability"]["exact"] == "99.5");
  CHECK(p["met"] == true);
  request["outages"][1]["end"] = "2026-04-10T13:34:49Z";  // one second more
  CHECK(periods(request)[0]["met"] == false);
}

TEST_CASE("measure: only downtime inside the window counts (Flying Circus Guided 1, §9.2)") {
  // Good Friday 3 April 2026 10–12: a holiday, outside working days 08–16 —
  // nothing for the application, 2 h for the platform (all hours). Monday
  // 13 April 15:00–18:00: 1 h inside 08–16, 3 h for the platform.
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-04"},
                  {"outages", {outage("2026-04-03T10:00", "2026-04-03T12:00"), outage("2026-04-13T15:00", "2026-04-13T18:00")}}};
  json app = periods(request, "application")[0];
  CHECK(exact(app, "counted") == std::to_string(160 * 3600));
  CHECK(exact(app, "downtime") == "3600");
  CHECK(exact(periods(request, "platform")[0], "downtime") == std::to_string(5 * 3600));
}

TEST_CASE("measure: an outage across a month in which the window never opens") {
  // Every day of February 2026 closed for Guided 1 (custom closed days): it
  // counts nothing. An outage Fri 30 Jan 08:00 – Mon 2 Mar 09:00 is 8 h of
  // January's working time and 1 h of March's; the platform (all hours)
  // counts it whole: 16 h + 24 h in January, 28 d, 24 h + 9 h in March.
  json closed = json::array();
  for (int d = 1; d <= 28; ++d) closed.push_back("2026-02-" + std::string(d < 10 ? "0" : "") + std::to_string(d));
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-01"}, {"to", "2026-03"},
                  {"closedDays", closed}, {"outages", {outage("2026-01-30T08:00", "2026-03-02T09:00")}}};
  json app = periods(request, "application");
  REQUIRE(app.size() == 3);
  CHECK(exact(app[0], "downtime") == std::to_string(8 * 3600));
  CHECK(exact(app[1], "counted") == "0");
  CHECK(app[1]["availability"].is_null());
  CHECK(exact(app[2], "downtime") == std::to_string(3600));
  json platform = periods(request, "platform");
  CHECK(exact(platform[0], "downtime") == std::to_string(40 * 3600));
  CHECK(exact(platform[1], "downtime") == std::to_string(28 * 86400));
  CHECK(exact(platform[2], "downtime") == std::to_string(33 * 3600));
}

TEST_CASE("sort_outages: by start, end, kind and reason, in place; a repeat named by its rows") {
  using slacalc::Outage;
  using slacalc::sort_outages;
  auto at = [](long long s) { return date::sys_seconds{std::chrono::seconds{s}}; };
  std::vector<Outage> list = {{at(50), at(60)}, {at(10), at(30)}, {at(10), at(20), Outage::Kind::planned},
                              {at(10), at(20)}, {at(40), at(45)}};
  REQUIRE_FALSE(sort_outages(list));
  std::vector<std::pair<long long, long long>> spans;
  for (const auto& o : list) spans.emplace_back(o.begin.time_since_epoch().count(), o.end.time_since_epoch().count());
  CHECK(spans == std::vector<std::pair<long long, long long>>{{10, 20}, {10, 20}, {10, 30}, {40, 45}, {50, 60}});
  CHECK(list[0].kind == Outage::Kind::unplanned);  // unplanned before planned
  CHECK(list[0].row == 3);
  // Rows 1 and 4 are the same outage: named in the order they were given.
  std::vector<Outage> repeated = {{at(5), at(9)}, {at(10), at(30)}, {at(1), at(2)}, {at(0), at(1)}, {at(10), at(30)}};
  auto repeat = sort_outages(repeated);
  REQUIRE(repeat);
  CHECK(*repeat == std::pair<std::size_t, std::size_t>{1, 4});
  // Already in order: the same answer.
  std::vector<Outage> ordered = {{at(0), at(1)}, {at(10), at(30)}, {at(10), at(30)}};
  CHECK(*sort_outages(ordered) == std::pair<std::size_t, std::size_t>{1, 2});
}

TEST_CASE("measure: granularity and the minimum countable outage") {
  // Two outages of 90 s and 30 s: exactly 120 s; in whole minutes rounded
  // up 2 + 1 = 3 min, rounded down 1 + 0 = 1 min; with a 60 s minimum only
  // the first counts.
  json request = {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-02"},
                  {"outages", {outage("2026-02-03T10:00:00Z", "2026-02-03T10:01:30Z"),
                               outage("2026-02-03T11:00:00Z", "2026-02-03T11:00:30Z")}}};
  CHECK(exact(periods(request)[0], "downtime") == "120");
  request["granularity"] = "minute-up";
  CHECK(exact(periods(request)[0], "downtime") == "180");
  request["granularity"] = "minute-down";
  CHECK(exact(periods(request)[0], "downtime") == "60");
  request["granularity"] = "second";
  request["minimumOutage"] = "1m";
  CHECK(exact(periods(request)[0], "downtime") == "90");
}

TEST_CASE("measure: the current period's burn rate and when the budget runs out") {
  // WP Heaven, April 2026: 2 592 000 s, budget 0.5 % = 12 960 s. As of
  // 11 April 00:00 (10 days = 1/3 of the month gone):
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-03"}, {"to", "2026-04"},
                  {"asOf", "2026-04-11T00:00"}};
  // 1 h down: 3600/12960 of the budget in 1/3 of the time → burn rate 0.83;
  // at that rate 2 246 400 s more are needed, beyond the month's end.
  // json::array: "= {one}" is that one object itself under clang, an array under GCC.
  request["outages"] = json::array({outage("2026-04-10T10:00:00Z", "2026-04-10T11:00:00Z")});
  json p = periods(request);
  CHECK_FALSE(p[0].contains("current"));  // March is over
  CHECK(p[1]["current"]["burnRate"] == "0.83");
  CHECK(p[1]["current"]["runsOut"].is_null());
  // 3 h down: 2160 s left at 10 800 s per 864 000 s → 172 800 s = 2 days.
  request["outages"] = json::array({outage("2026-04-10T10:00:00Z", "2026-04-10T13:00:00Z")});
  json now = periods(request)[1]["current"];
  CHECK(now["burnRate"] == "2.5");
  CHECK(now["runsOut"] == "2026-04-13T00:00:00+02:00");
  // 4 h down: already more than the budget.
  request["outages"] = json::array({outage("2026-04-10T10:00:00Z", "2026-04-10T14:00:00Z")});
  CHECK(periods(request)[1]["current"]["exhausted"] == true);
}

TEST_CASE("measure: outages outside the months are counted and said, a repeated row is refused") {
  // Months April–May of WP Heaven; one outage in March, one in June, one in May.
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"}, {"to", "2026-05"},
                  {"outages", {outage("2026-03-10T10:00", "2026-03-10T11:00"), outage("2026-06-10T10:00", "2026-06-10T11:00"),
                               outage("2026-05-10T10:00", "2026-05-10T11:00")}}};
  json r = ok("measure", request);
  CHECK(r["outages"] == 3);
  CHECK(r["outside"] == 2);
  // Arena's Q2 covers June even when only April is asked for.
  json arena = ok("measure", {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-04"},
                              {"outages", {outage("2026-06-10T10:00:00Z", "2026-06-10T11:00:00Z")}}});
  CHECK(arena["outside"] == 0);
  // The same row twice (whatever the order) is a slip: both places are named.
  request["outages"].push_back(outage("2026-03-10T10:00", "2026-03-10T11:00"));
  json e = fails_at("measure", request, "duplicate_row", "/outages/3");
  CHECK(e["message"] == "repeats the outage at /outages/0");
}

TEST_CASE("measure: each outage a commitment does not count, and why, in words") {
  // Arena excludes planned outages, customer-caused, third-party causes and force majeure
  // (Betriebsverfügbarkeitszeiten und Verfügbarkeitsberechnung). Q2 2026: rows 1 and 2 are
  // not counted, row 0 is downtime, row 3 (2027) is outside the quarter and said by `outside`.
  json request = {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-04"}, {"to", "2026-06"},
                  {"outages", {outage("2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z"),
                               outage("2026-05-03T10:00:00Z", "2026-05-03T11:00:00Z", "excluded", "customer-caused"),
                               outage("2026-05-02T00:00:00Z", "2026-05-02T04:00:00Z", "planned"),
                               outage("2027-01-02T00:00:00Z", "2027-01-02T04:00:00Z", "planned")}}};
  json c = ok("measure", request)["commitments"][0];
  CHECK(c["notCounted"]["count"] == 2);
  REQUIRE(c["notCounted"]["outages"].size() == 2);
  // In time order: the planned one (2 May) first, by its place in the request.
  CHECK(c["notCounted"]["outages"][0]["outage"] == 2);
  CHECK(c["notCounted"]["outages"][0]["reason"] == "planned-maintenance");
  CHECK(c["notCounted"]["outages"][0]["text"] ==
        "planned maintenance: not downtime under Betriebsverfügbarkeitszeiten und Verfügbarkeitsberechnung");
  CHECK(c["notCounted"]["outages"][1]["outage"] == 1);
  CHECK(c["notCounted"]["outages"][1]["reason"] == "customer-caused");
  // The exclusions in words, not ids, in every language.
  CHECK(test::explain_text(c["explain"], "excluded").rfind(
            "Not downtime: planned maintenance, outages the customer caused, third-party causes, force majeure.", 0) == 0);
  request["lang"] = "de";
  json de = ok("measure", request)["commitments"][0];
  CHECK(de["notCounted"]["outages"][1]["text"].get<std::string>().rfind("vom Kunden verursachte Ausfälle: ", 0) == 0);
  CHECK(test::explain_text(de["explain"], "excluded").find("höhere Gewalt") != std::string::npos);
  // Flying Circus §9.2: an outage of the application is not the platform's to count.
  json fc = ok("measure", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-04"},
                           {"outages", {{{"start", "2026-04-07T10:00"}, {"end", "2026-04-07T11:00"},
                                         {"scope", "application"}}}}});
  for (const auto& commitment : fc["commitments"]) {
    const bool platform = commitment["scope"] == "platform";
    CHECK(commitment["notCounted"]["count"] == (platform ? 1 : 0));
    if (platform) CHECK(commitment["notCounted"]["outages"][0]["reason"] == "other-scope");
  }
}

TEST_CASE("measure: bad input names the field") {
  json r = {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-01"},
            {"outages", {outage("2026-02-03T10:00:00Z", "2026-02-03T11:00:00Z")}}};
  auto with_outage = [&r](const char* key, json value) {
    json copy = r;
    copy["outages"][0][key] = std::move(value);
    return copy;
  };
  fails_at("measure", with_outage("end", "2026-02-03T09:00:00Z"), "inverted_range", "/outages/0/end");
  fails_at("measure", with_outage("end", "2026-02-03T10:00:00Z"), "inverted_range", "/outages/0/end");
  fails_at("measure", with_outage("start", "3.2.2026 10:00"), "invalid_format", "/outages/0/start");
  fails_at("measure", with_outage("kind", "weather"), "unknown_value", "/outages/0/kind");
  fails_at("measure", with_outage("kind", "excluded"), "missing_field", "/outages/0/reason");
  fails_at("measure", with_outage("reason", "force-majeure"), "unknown_field", "/outages/0/reason");
  fails_at("measure", with_outage("colour", "red"), "unknown_field", "/outages/0/colour");
  json copy = r;
  copy["to"] = "2025-12";
  fails_at("measure", copy, "inverted_range", "/to");
  copy["to"] = "2036-12";
  fails_at("measure", copy, "out_of_range", "/to");
  copy = r;
  copy["granularity"] = "hour";
  fails_at("measure", copy, "unknown_value", "/granularity");
  copy = r;
  copy["asOf"] = "soon";
  fails_at("measure", copy, "invalid_format", "/asOf");
  copy = r;
  copy["outages"] = "none";
  fails_at("measure", copy, "wrong_type", "/outages");
  copy.erase("outages");
  fails_at("measure", copy, "missing_field", "/outages");
}
