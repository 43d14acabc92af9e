// Hostile and careless requests: nothing crashes, freezes or misleads —
// each answered as its words mean, or refused with a code and the path.
#include <string>

#include "helpers.hpp"

using test::explain_text;
using test::fails;
using test::fails_at;
using test::json;
using test::ok;

namespace {

json reading(const json& profile_doc) { return json::parse(slacalc::call("validateProfile", profile_doc.dump()).body); }

bool has(const json& problems, const std::string& code, const std::string& path) {
  for (const auto& p : problems)
    if (p["code"] == code && p["path"] == path) return true;
  return false;
}

}  // namespace

TEST_CASE("hostile: a local time the clocks skip is read by disambiguation, and said — not a duplicate") {
  // 29 March 2026, Copenhagen: 02:00 → 03:00. 02:30–02:40 names no instant;
  // compatible reads it as 03:30–03:40, where another outage really was.
  json outages = json::array({{{"start", "2026-03-29T02:30"}, {"end", "2026-03-29T02:40"}},
                              {{"start", "2026-03-29T03:30"}, {"end", "2026-03-29T03:40"}}});
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-03"}, {"outages", outages}};
  json r = ok("measure", request);
  CHECK(r["commitments"][0]["periods"][0]["downtime"]["exact"] == "600");  // the two overlap: 10 min
  std::string said = explain_text(r, "local-time");
  CHECK(said.find("/outages/0/start 2026-03-29T02:30 → 2026-03-29T03:30:00+02:00 (skipped)") != std::string::npos);
  CHECK(said.find("\"compatible\"") != std::string::npos);
  // earlier: an hour back, 01:30–01:40 (+01:00); the two no longer overlap.
  request["disambiguation"] = "earlier";
  CHECK(ok("measure", request)["commitments"][0]["periods"][0]["downtime"]["exact"] == "1200");
  request["disambiguation"] = "reject";
  fails_at("measure", request, "ambiguous_time", "/outages/0/start");
  // A true copy is still a slip.
  json copy = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-03"},
               {"outages", json::array({outages[1], outages[1]})}};
  fails_at("measure", copy, "duplicate_row", "/outages/1");
  // The same in a spreadsheet: the moved row is named by its line.
  json csv = ok("parseOutages", {{"profile", "wp-heaven"},
                                 {"text", "start,end\n2026-03-29 02:30,2026-03-29 02:40\n2026-03-29 03:30,2026-03-29 03:40\n"}});
  CHECK(explain_text(csv, "local-time").find("line 2 2026-03-29 02:30") != std::string::npos);
}

TEST_CASE("hostile: numbers as the pages write them, with no-break spaces, read back") {
  // German Intl writes "99,9 %" with U+00A0, French with U+202F.
  for (const char* target : {"99,9\u00a0%", "99,9\u202f%", "\u00a099.9 %\u2009"}) {
    INFO(target);
    CHECK(ok("budget", {{"target", target}, {"period", "day"}})["availability"]["exact"] == "99.9");
  }
  CHECK(ok("budget", {{"downtime", "3\u00a0h\u00a045\u00a0m"}, {"period", "day"}})["downtime"]["exact"] == "13500");
  fails_at("budget", {{"target", "99\u00a09"}, {"period", "day"}}, "invalid_number", "/target");
}

TEST_CASE("hostile: a key given twice is refused, not silently the last") {
  json e = fails("budget", std::string(R"({"target":"99.9","period":"day","target":"50"})"));
  CHECK(e["code"] == "duplicate_key");
  CHECK(e["path"] == "/target");
  e = fails("measure", std::string(R"({"profile":"arena","tier":"plm-service","from":"2026-01",
                           "outages":[{"start":"2026-01-02T10:00","end":"2026-01-02T11:00","end":"2026-01-02T12:00"}]})"));
  CHECK(e["code"] == "duplicate_key");
  CHECK(e["path"] == "/outages/0/end");
}

TEST_CASE("hostile: too many parts in a group is out of range, not a wrong type") {
  json parts = json::array();
  for (int i = 0; i < 101; ++i) parts.push_back({{"availability", "99.9"}});
  fails_at("compose", {{"system", {{"serial", parts}}}}, "out_of_range", "/system/serial");
  parts.erase(parts.begin());
  CHECK(ok("compose", {{"system", {{"serial", parts}}}})["availability"]["percent"].get<double>() > 90.4);  // 0.999^100
}

TEST_CASE("hostile: one range, one message for a month measured in a contract's zone") {
  // docs/api.md, "Years": zone rules and holidays reach 2200, where December 2199 ends.
  const std::string message = "the month must lie in 1900–2199: a contract's periods are measured in its time zone, "
                              "whose rules reach 2200";
  json credit = fails_at("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2200-01"},
                                    {"availability", "99"}, {"fee", 100}},
                         "out_of_range", "/month");
  CHECK(credit["message"] == message);
  CHECK(fails_at("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2200-01"}},
                 "out_of_range", "/month")["message"] == message);
  CHECK(fails_at("measure", {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2199-12"}, {"to", "2200-01"},
                             {"outages", json::array()}},
                 "out_of_range", "/to")["message"] == message);
  CHECK(fails_at("budget", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2200-01"}}, "out_of_range",
                 "/month")["message"] == message);
  CHECK(ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2199-12"}})["commitments"]
            .size() == 2);
}

TEST_CASE("hostile: names are one line of sensible length; direction controls left open are warned of") {
  json doc = test::read_json("tests/profiles/base.json");
  json two_lines = doc;
  two_lines["vendor"] = "Example\r\nBcc: someone";  // would reach a claim letter's Subject: line
  json r = reading(two_lines);
  CHECK(r["valid"] == false);
  CHECK(has(r["errors"], "invalid_format", "/vendor"));
  json note = doc;
  note["note"] = "A note\nmay run over lines.";
  CHECK(reading(note)["valid"] == true);
  json long_name = doc;
  long_name["tiers"][0]["name"] = std::string(301, 'x');
  CHECK(has(reading(long_name)["errors"], "out_of_range", "/tiers/0/name"));
  long_name["tiers"][0]["name"] = std::string(300, 'x');
  CHECK(reading(long_name)["valid"] == true);
  json evil = doc;
  evil["vendor"] = "Evil\u202e";
  json warned = reading(evil);
  CHECK(warned["valid"] == true);
  CHECK(has(warned["warnings"], "unbalanced_bidi", "/vendor"));
  evil["vendor"] = "\u2067عربي\u2069 Hosting";  // an isolate opened and closed
  CHECK_FALSE(has(reading(evil)["warnings"], "unbalanced_bidi", "/vendor"));
}

TEST_CASE("hostile: a name with direction controls is isolated in the sentences it is put in") {
  json doc = test::read_json("tests/profiles/base.json");
  doc["vendor"] = "Evil\u202e";
  doc["tiers"][0]["name"] = "\u05d6\u05d4\u05d1";  // "gold" in Hebrew, right to left
  json r = ok("credit", {{"profile", doc}, {"tier", "gold"}, {"month", "2026-04"}, {"availability", "98"},
                         {"fee", 100000}});
  std::string letter = r["letter"]["en"];
  // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around each name:
  // the override ends with the name, not at the end of the Subject: line.
  CHECK(letter.find("To: \u2068Evil\u202e\u2069\nSubject: ") != std::string::npos);
  CHECK(letter.find(", \u2068\u05d6\u05d4\u05d1\u2069, ") != std::string::npos);
  // Names without right-to-left letters or controls stay as they are.
  json plain = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"},
                             {"availability", "90"}, {"fee", 160000}});
  CHECK(plain["letter"]["en"].get<std::string>().find("\u2068") == std::string::npos);
}
