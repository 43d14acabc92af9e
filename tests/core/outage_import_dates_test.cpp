// The import reads dates as spreadsheets and monitors write them, kinds in
// the contracts' languages, and names every bad row at once. Expected times
// are worked out by hand from the written form.
#include "helpers.hpp"

namespace {

using test::fails;
using test::fails_at;
using test::json;
using test::ok;

json sheet_parse(const std::string& text, const char* profile = nullptr, const char* order = nullptr) {
  json request = {{"text", text}};
  if (profile) request["profile"] = profile;
  if (order) request["dateOrder"] = order;
  return ok("parseOutages", request);
}

// The start and end the import hands on, for a file of one row.
std::pair<std::string, std::string> sheet_row(const std::string& start, const std::string& end,
                                            const char* order = nullptr) {
  json o = sheet_parse("start;end\n" + start + ";" + end + "\n", nullptr, order)["outages"][0];
  return {o["start"], o["end"]};
}

json sheet_body(const slacalc::Response& r) {
  INFO("response: ", r.body);
  return json::parse(r.body);
}

}  // namespace

TEST_CASE("import dates: dotted, dashed and slashed, with or without seconds") {
  CHECK(sheet_row("15.01.2026 10:00", "15.01.2026 11:30:15") ==
        std::pair<std::string, std::string>{"2026-01-15T10:00", "2026-01-15T11:30:15"});
  CHECK(sheet_row("3.2.2026 9:05", "03.02.2026 09:06") ==
        std::pair<std::string, std::string>{"2026-02-03T09:05", "2026-02-03T09:06"});
  // Dutch: dashes, day first.
  CHECK(sheet_row("15-01-2026 10:00", "16-01-2026 00:00") ==
        std::pair<std::string, std::string>{"2026-01-15T10:00", "2026-01-16T00:00"});
  // A day over 12 settles day first; a second number over 12 settles month first.
  CHECK(sheet_row("15/01/2026 10:00", "02/02/2026 10:00") ==
        std::pair<std::string, std::string>{"2026-01-15T10:00", "2026-02-02T10:00"});
  CHECK(sheet_row("01/15/2026 10:00 AM", "02/01/2026 10:00:30 PM") ==
        std::pair<std::string, std::string>{"2026-01-15T10:00", "2026-02-01T22:00:30"});
  // ISO stays as it is written.
  CHECK(sheet_row("2026-01-15 10:00", "2026-01-15T11:00:00Z") ==
        std::pair<std::string, std::string>{"2026-01-15 10:00", "2026-01-15T11:00:00Z"});
}

TEST_CASE("import dates: the 12-hour clock") {
  CHECK(sheet_row("01/15/2026 12:00 AM", "01/15/2026 12:30 PM") ==
        std::pair<std::string, std::string>{"2026-01-15T00:00", "2026-01-15T12:30"});
  CHECK(sheet_row("01/15/2026 11:59 pm", "01/16/2026 1:00am") ==
        std::pair<std::string, std::string>{"2026-01-15T23:59", "2026-01-16T01:00"});
  // AM/PM only with hours 1–12: "13:00 PM" is no time.
  json e = fails_at("parseOutages", {{"text", "start;end\n01/15/2026 13:00 PM;01/15/2026 14:00\n"}}, "invalid_format", "/text");
  CHECK(e["message"].get<std::string>().rfind("line 2, column 1 (start): ", 0) == 0);
  fails_at("parseOutages", {{"text", "start;end\n01/15/2026 0:30 AM;01/15/2026 14:00\n"}}, "invalid_format", "/text");
  // A month 13 from a dotted date is refused by the time reader.
  e = fails("parseOutages", {{"text", "start;end\n15.13.2026 10:00;15.01.2026 11:00\n"}});
  CHECK(e["message"].get<std::string>().rfind("line 2, column 1 (start): ", 0) == 0);
}

TEST_CASE("import dates: in the profile's zone") {
  // Europe/Berlin is UTC+1 in January: 10:00 there is 09:00Z.
  slacalc::LedgerSession s;
  REQUIRE(s.open(R"({"profile": "flying-circus"})").ok);
  REQUIRE(s.append("Beginn;Ende;Art\n15.01.2026 10:00;15.01.2026 11:00;Störung\n").ok);
  json f = sheet_body(s.finish());
  CHECK(f["first"] == "2026-01-15T10:00:00+01:00");
  json m = sheet_body(s.call("measure", R"({"profile": "flying-circus", "tier": "platform", "from": "2026-01"})"));
  INFO(m.dump());
  json iso = ok("measure", {{"profile", "flying-circus"}, {"tier", "platform"}, {"from", "2026-01"},
                            {"outages", {{{"start", "2026-01-15T09:00:00Z"}, {"end", "2026-01-15T10:00:00Z"}}}}});
  CHECK(m["commitments"] == iso["commitments"]);
}

TEST_CASE("import dates: an order nothing settles is asked") {
  const std::string text = "start;end\n03/04/2026 10:00;03/04/2026 11:00\n05/06/2026 10:00;05/06/2026 12:00\n";
  json e = fails_at("parseOutages", {{"text", text}}, "ambiguous_date_order", "/dateOrder");
  CHECK(e["message"] ==
        "line 2: 03/04/2026 10:00 could be 2026-04-03 (day first) or 2026-03-04 (month first), and no date in the file "
        "has a day over 12");
  json day = sheet_parse(text, nullptr, "day-month");
  CHECK(day["outages"][0]["start"] == "2026-04-03T10:00");
  CHECK(day["outages"][1]["end"] == "2026-06-05T12:00");
  json month = sheet_parse(text, nullptr, "month-day");
  CHECK(month["outages"][0]["start"] == "2026-03-04T10:00");
  CHECK(month["outages"][1]["end"] == "2026-05-06T12:00");
  fails_at("parseOutages", {{"text", text}, {"dateOrder", "year-first"}}, "unknown_value", "/dateOrder");
  // A later row settles it for the earlier ones.
  json settled = sheet_parse(text + "05/13/2026 10:00;05/13/2026 11:00\n");
  CHECK(settled["outages"][0]["start"] == "2026-03-04T10:00");
  // Both ways at once: an error naming both lines.
  e = fails_at("parseOutages", {{"text", text + "13/05/2026 10:00;13/05/2026 11:00\n05/14/2026 10:00;05/14/2026 11:00\n"}},
               "conflict", "/text");
  CHECK(e["message"] ==
        "the dates with slashes disagree on their order: 13/05/2026 10:00 (line 4) puts the day first, "
        "05/14/2026 10:00 (line 5) the month");
  // Dotted dates need no order.
  CHECK(sheet_parse("start;end\n03.04.2026 10:00;03.04.2026 11:00\n")["outages"][0]["start"] == "2026-04-03T10:00");
}

TEST_CASE("import dates: a file in pieces waits for the order, or asks") {
  const std::string rows = "start;end\n03/04/2026 10:00;03/04/2026 11:00\n";
  {
    slacalc::LedgerSession s;
    REQUIRE(s.open("{}").ok);
    REQUIRE(s.append(rows).ok);
    REQUIRE(s.append("2026-05-01 10:00;2026-05-01 11:00\n").ok);
    REQUIRE(s.append("04/20/2026 10:00;04/20/2026 11:00\n").ok);
    json f = sheet_body(s.finish());
    CHECK(f["rows"] == 3);
    CHECK(f["first"] == "2026-03-04T10:00:00Z");
  }
  {
    slacalc::LedgerSession s;
    REQUIRE(s.open("{}").ok);
    REQUIRE(s.append(rows).ok);
    json e = sheet_body(s.finish());
    CHECK(e["code"] == "ambiguous_date_order");
    CHECK(e["path"] == "/dateOrder");
  }
  {
    slacalc::LedgerSession s;
    REQUIRE(s.open(R"({"dateOrder": "day-month"})").ok);
    REQUIRE(s.append(rows).ok);
    CHECK(sheet_body(s.finish())["first"] == "2026-04-03T10:00:00Z");
  }
}

TEST_CASE("import kinds: the contracts' words, without case") {
  const std::pair<const char*, const char*> words[] = {
      {"Störung", "unplanned"}, {"STÖRUNG", "unplanned"}, {"Ausfall", "unplanned"}, {"ungeplant", "unplanned"},
      {"storing", "unplanned"}, {"Ongepland", "unplanned"}, {"nedbrud", "unplanned"}, {"uplanlagt", "unplanned"},
      {"Outage", "unplanned"},  {"Wartung", "planned"},     {"geplant", "planned"},    {"onderhoud", "planned"},
      {"gepland", "planned"},   {"vedligehold", "planned"}, {"Planlagt", "planned"},   {"maintenance", "planned"},
      {"ausgeschlossen", "excluded"}, {"uitgesloten", "excluded"}, {"undtaget", "excluded"},
  };
  for (const auto& entry : words) {
    const char* word = entry.first;  // not a structured binding: clang 14 cannot capture one (CAPTURE)
    const char* kind = entry.second;
    CAPTURE(word);
    std::string reason = std::string(kind) == "excluded" ? "force-majeure" : "";
    json o = sheet_parse(std::string("start;end;kind;reason\n2026-01-05 10:00;2026-01-05 11:00;") + word + ";" + reason + "\n");
    CHECK(o["outages"][0]["kind"] == kind);
  }
  json e = fails_at("parseOutages", {{"text", "Start;Ende;Art\n2026-02-03 10:00;2026-02-03 11:00;Regen\n"}},
                    "unknown_value", "/text");
  CHECK(e["message"] ==
        "line 2, column 3 (Art): \"Regen\" is not a kind of outage; the words taken (without case) are "
        "unplanned: unplanned, outage, incident, ungeplant, Störung, Ausfall, ongepland, storing, uplanlagt, nedbrud; "
        "planned: planned, maintenance, geplant, Wartung, gepland, onderhoud, planlagt, vedligehold; "
        "excluded: excluded, ausgeschlossen, uitgesloten, undtaget");
}

TEST_CASE("import problems: every bad row, up to 20, and how many more") {
  std::string text = "start;end;kind\n2026-01-01 10:00;2026-01-01 11:00;Störung\n";
  for (int i = 0; i < 25; ++i) text += "2026-01-02 10:00;2026-01-02 09:00;Störung\n";  // ends before it starts
  json e = fails_at("parseOutages", {{"text", text}}, "inverted_range", "/text");
  CHECK(e["message"] == "line 3, column 2 (end): the outage ends before or when it starts");
  REQUIRE(e["problems"].size() == 20);
  CHECK(e["more"] == 5);
  CHECK(e["problems"][0] == json{{"line", 3}, {"column", 2}, {"code", "inverted_range"},
                                 {"message", "line 3, column 2 (end): the outage ends before or when it starts"}});
  CHECK(e["problems"][19]["line"] == 22);
  // Different problems in one file, each at its own place.
  e = fails("parseOutages", {{"text", "start;end;kind\n2026-01-01 10:00;2026-01-01 11:00;Regen\n"
                                      "2026-01-02 10:00;2026-01-02 09:00;Störung\nlater;2026-01-03 10:00;\n"}});
  REQUIRE(e["problems"].size() == 3);
  CHECK(e["more"] == 0);
  CHECK(e["problems"][0]["column"] == 3);
  CHECK(e["problems"][1]["column"] == 2);
  CHECK(e["problems"][2]["line"] == 4);
  CHECK(e["problems"][2]["column"] == 1);
  // A file in pieces names them too, at its end.
  slacalc::LedgerSession s;
  REQUIRE(s.open("{}").ok);
  REQUIRE(s.append(text).ok);
  json f = sheet_body(s.finish());
  CHECK(f["problems"].size() == 20);
  CHECK(f["more"] == 5);
}
