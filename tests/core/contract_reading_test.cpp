// One reading of a contract in every function (contract_reading.hpp): the
// defects a contract audit found, each from the contract's own words. The
// property that compare, windowBudget, measure and credit agree on every
// budget is tests/property/one_reading_test.cpp.
#include <set>
#include <string>

#include "helpers.hpp"

using test::explain_text;
using test::fails_at;
using test::by_scope;
using test::json;
using test::ok;

namespace {

json outage(const char* start, const char* end) { return {{"start", start}, {"end", end}}; }

// Flying Circus §9.7: the resource group's previous month, 139.00 EUR without
// a service level (5 % = 6.95 EUR).
const json kGroup = {{"serviceLevel", 0}, {"vcpu", 6000}, {"ram", 6400}, {"storage", 1500}};

json fc_credit(const char* tier, json outages, json extra = json::object()) {
  json r = {{"profile", "flying-circus"}, {"tier", tier}, {"month", "2026-04"}, {"outages", outages},
            {"resourceGroup", kGroup}};
  r.update(extra);
  return ok("credit", r);
}

}  // namespace

TEST_CASE("reading: §9.2 — the platform may be down 45 minutes a month; 44 are no breach") {
  // "maximale ungeplante Downtime: 45 Minuten" (§9.2): the stated maximum is
  // the budget by default, whatever a calendar month's 0.1 % would be (43 min 12 s).
  json r = fc_credit("platform", json::array({outage("2026-04-12T09:00", "2026-04-12T09:44")}));
  CHECK(r["eligible"] == false);
  const json& platform = by_scope(r["achieved"], "platform");
  CHECK(platform["met"] == true);
  CHECK(platform["budget"]["human"] == "45m");
  CHECK(platform["downtime"]["human"] == "44m");
  CHECK(r["options"][0]["id"] == "monthBasis");
  CHECK(r["options"][0]["default"] == "contract");
  CHECK(r["options"][0]["choice"] == "contract");
  CHECK(test::explain_text(r, "not-eligible") == "No credit: every target was met.");
  // Exactly 45 minutes is still "at most"; one second more is a breach: 5 % of 139.00 EUR.
  CHECK(fc_credit("platform", json::array({outage("2026-04-12T09:00", "2026-04-12T09:45")}))["eligible"] == false);
  json over = fc_credit("platform", json::array({outage("2026-04-12T09:00", "2026-04-12T09:45:01")}));
  CHECK(over["eligible"] == true);
  CHECK(over["amount"]["text"] == "6.95 EUR");
  // The calendar reading, asked for, is the stricter one: 44 min > 43 min 12 s.
  json calendar = fc_credit("platform", json::array({outage("2026-04-12T09:00", "2026-04-12T09:44")}), {{"monthBasis", "calendar"}});
  CHECK(calendar["eligible"] == true);
  CHECK(calendar["options"][0]["choice"] == "calendar");
}

TEST_CASE("reading: Guided 1 — 1 h in the window is far inside 3 h 45 min, every reading listed") {
  // Wed 8 April 2026, 09:00–10:00: inside working days 08–16 (§3.5.1).
  json r = ok("measure", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-04"},
                          {"outages", json::array({outage("2026-04-08T09:00", "2026-04-08T10:00")})}});
  const json& app = by_scope(r["commitments"], "application");
  CHECK(app["reading"] == "contract");
  const json& april = app["periods"][0];
  CHECK(april["met"] == true);
  CHECK(april["budget"]["exact"] == "13500");  // 3 h 45 min, §9.2
  CHECK(april["remaining"]["human"] == "2h 45m");
  std::set<std::string> ids;
  for (const auto& reading : april["readings"]) ids.insert(reading["id"].get<std::string>());
  CHECK(ids == std::set<std::string>{"contract", "window", "calendar", "30d", "730h", "mean-gregorian", "750h"});
  // The window's own hours: 20 working days × 8 h = 160 h, 0.5 % = 48 min — missed.
  for (const auto& reading : april["readings"])
    if (reading["id"] == "window") {
      CHECK(reading["budget"]["exact"] == "2880");
      CHECK(reading["met"] == false);
      CHECK(reading["applied"] == false);
    }
  // Chosen, it decides.
  json window = ok("measure", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-04"},
                               {"monthBasis", "window"}, {"outages", json::array({outage("2026-04-08T09:00", "2026-04-08T10:00")})}});
  CHECK(by_scope(window["commitments"], "application")["periods"][0]["met"] == false);
  CHECK(window["options"][0]["choice"] == "window");
  fails_at("measure", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"from", "2026-04"}, {"outages", json::array()},
                       {"monthBasis", "window-hours"}},
           "unknown_value", "/monthBasis");
}

TEST_CASE("reading: §9.2 separates the platform from the application — an outage names what it hit") {
  // Guided 3 (Mon–Sun 00–24), 2 h of the application alone in April: 2 h < 3 h 45 min.
  json app_only = fc_credit("guided-3", json::array({{{"start", "2026-04-12T09:00"}, {"end", "2026-04-12T11:00"}, {"scope", "application"}}}));
  CHECK(app_only["eligible"] == false);
  CHECK(by_scope(app_only["achieved"], "platform")["downtime"]["exact"] == "0");
  // The same 2 h without a scope hit both: the platform's 45 min are exceeded.
  json both = fc_credit("guided-3", json::array({outage("2026-04-12T09:00", "2026-04-12T11:00")}));
  CHECK(both["eligible"] == true);
  CHECK(by_scope(both["achieved"], "platform")["met"] == false);
  // A scope the contract does not name is refused where it stands.
  fails_at("credit",
           {{"profile", "flying-circus"}, {"tier", "guided-3"}, {"month", "2026-04"}, {"resourceGroup", kGroup},
            {"outages", json::array({{{"start", "2026-04-12T09:00"}, {"end", "2026-04-12T11:00"}, {"scope", "database"}}})}},
           "unknown_value", "/outages/0/scope");
  fails_at("measure",
           {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"},
            {"outages", json::array({{{"start", "2026-04-12T09:00"}, {"end", "2026-04-12T11:00"}, {"scope", "platform"}}})}},
           "unknown_value", "/outages/0/scope");
  // A spreadsheet's scope column.
  json csv = ok("parseOutages", {{"profile", "flying-circus"},
                                 {"text", "start;end;scope\n2026-04-12 09:00;2026-04-12 11:00;application\n"}});
  CHECK(csv["columns"]["scope"] == "scope");
  CHECK(csv["outages"][0]["scope"] == "application");
}

TEST_CASE("reading: WP Heaven §10.1 — a service window announced less than 48 h ahead is downtime") {
  auto measured = [](json planned) {
    planned["kind"] = "planned";
    planned["start"] = "2026-11-02T00:00";
    planned["end"] = "2026-11-02T04:00";
    json r = ok("measure", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-11"}, {"outages", json::array({planned})}});
    return r;
  };
  // Announced 2 h before: no announced service window (§10.1), 4 h of downtime (§4.1).
  json late = measured({{"announced", "2026-11-01T22:00"}});
  CHECK(late["lateNotice"] == 1);
  CHECK(late["commitments"][0]["periods"][0]["downtime"]["exact"] == std::to_string(4 * 3600));
  CHECK(explain_text(late["commitments"][0], "notice").find("at least 48 h ahead (§10.1)") != std::string::npos);
  // Announced 48 h before: an announced window, out of the measured time (§3.1).
  json in_time = measured({{"announced", "2026-10-31T00:00"}});
  CHECK(in_time["lateNotice"] == 0);
  CHECK(in_time["commitments"][0]["periods"][0]["downtime"]["exact"] == "0");
  CHECK(in_time["commitments"][0]["periods"][0]["planned"]["exact"] == std::to_string(4 * 3600));
  // Without an announcement time it is taken as announced in time, and said so.
  CHECK(measured(json::object())["commitments"][0]["periods"][0]["downtime"]["exact"] == "0");
  // Only planned work is announced.
  fails_at("measure",
           {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-11"},
            {"outages", json::array({{{"start", "2026-11-02T00:00"}, {"end", "2026-11-02T01:00"}, {"announced", "2026-11-01T00:00"}}})}},
           "unknown_field", "/outages/0/announced");
}

TEST_CASE("reading: a missed target whose credit rounds to nothing says so, not that every target was met") {
  // WP Heaven §11.3: (99.5 − 99.4999) × 1 600 DKK / 100 = 0.0016 DKK → 0.00.
  json r = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"},
                         {"availability", "99.4999"}, {"fee", 160000}});
  CHECK(r["eligible"] == false);
  CHECK(r["achieved"][0]["met"] == false);
  CHECK(explain_text(r, "rounds-to-zero") == "No credit: the target was missed, but the credit rounds to 0.00 DKK.");
  for (const auto& line : r["explain"]) CHECK(line["text"].get<std::string>().find("every target was met") == std::string::npos);
}

TEST_CASE("reading: budget with a profile gives the tier's commitment under the same reading") {
  // Guided 1's application: 3 h 45 min as §9.2 states it, 0.5 % of 750 h.
  json r = ok("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}});
  CHECK(r["downtime"]["exact"] == "13500");
  CHECK(r["availability"]["exact"] == "99.5");
  CHECK(r["contract"]["scope"] == "application");
  CHECK(r["period"]["basis"] == "contract");
  CHECK(r["options"][0]["default"] == "contract");
  // The platform, and the window's own hours of April 2026 (20 × 8 h = 160 h → 48 min).
  CHECK(ok("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"scope", "platform"}})["downtime"]["exact"] == "2700");
  CHECK(ok("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"}, {"monthBasis", "window"}})
            ["downtime"]["exact"] == "2880");
  fails_at("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"monthBasis", "window"}}, "missing_field", "/month");
  fails_at("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"scope", "database"}}, "unknown_value", "/scope");
  fails_at("budget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"period", "week"}}, "unknown_field", "/period");
  // NMS Prime promises no availability.
  fails_at("budget", {{"profile", "nms-prime"}, {"tier", "advanced-service"}}, "not_applicable", "/tier");
  // The reverse: 49 min of WP Heaven's April 2026 (every hour, 720 h): 1 − 2 940/2 592 000.
  json reverse = ok("budget", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"downtime", "49m"}});
  CHECK(reverse["direction"] == "downtime-to-availability");
  CHECK(reverse["availability"]["exact"] == "43151/432");
}
