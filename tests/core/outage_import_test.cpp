// Outages from spreadsheets: separators, BOM, quotes, line ends, lenient
// headers, and errors that name the line and column.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

json parse(const std::string& text, const char* profile = nullptr) {
  json request = {{"text", text}};
  if (profile) request["profile"] = profile;
  return ok("parseOutages", request);
}

// The invalid_csv message for a CSV text.
std::string csv_error(const std::string& text) {
  return fails_at("parseOutages", {{"text", text}}, "invalid_csv", "/text")["message"];
}

}  // namespace

TEST_CASE("parseOutages: what spreadsheets write") {
  // German Excel: BOM, semicolons, CRLF, a quoted note with ; and "" inside, a blank line.
  json de = parse("\xEF\xBB\xBF" "Beginn;Ende;Art;Bemerkung\r\n"
                  "2026-02-03 10:00;2026-02-03 11:30;ungeplant;\"Datenbank; \"\"Ausfall\"\"\"\r\n\r\n"
                  "2026-02-04 22:00;2026-02-05 02:00;Wartung;\r\n",
                  "flying-circus");
  CHECK(de["delimiter"] == ";");
  CHECK(de["columns"]["start"] == "Beginn");
  REQUIRE(de["outages"].size() == 2);
  CHECK(de["outages"][0]["note"] == "Datenbank; \"Ausfall\"");
  CHECK(de["outages"][0]["kind"] == "unplanned");
  CHECK(de["outages"][1]["kind"] == "planned");
  CHECK_FALSE(de["outages"][1].contains("note"));  // an empty cell is no field
  // Tabs (pasted from a spreadsheet), LF, headers in other words and cases.
  json tabs = parse("Start Time\tEnd_Time\tType\tReason\n2026-02-03T10:00:00Z\t2026-02-03T11:00:00Z\texcluded\tforce-majeure\n");
  CHECK(tabs["delimiter"] == "\t");
  CHECK(tabs["outages"][0]["reason"] == "force-majeure");
  // Commas, a quoted field with a line break, CR-only line ends.
  json commas = parse("from,to,comment\r2026-02-03 10:00,2026-02-03 11:00,\"two\nlines\"\r");
  CHECK(commas["outages"][0]["note"] == "two\nlines");
  CHECK(commas["rows"] == 1);
  // The records go straight into measure: 90 + 60 minutes.
  json measured = ok("measure", {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-02"},
                                 {"outages", de["outages"]}});
  CHECK(measured["commitments"][0]["periods"][0]["downtime"]["exact"] == "5400");  // the planned 4 h do not count
}

TEST_CASE("parseOutages: errors name the line and column") {
  CHECK(csv_error("start,end\n2026-02-03 10:00,\"2026-02-03\n") ==
        "line 2, column 18: this quoted field is not closed before the end of the text");
  CHECK(csv_error("start,end\n2026-02-03 10:00,2026-02-03 \"11:00\"\n") ==
        "line 2, column 29: a quote inside a field that does not start with one");
  CHECK(csv_error("start,end\n\"2026-02-03 10:00\"x,2026-02-03 11:00\n") ==
        "line 2, column 19: text after a closing quote (a quote inside a field is written \"\")");
  CHECK(csv_error("start,end\n2026-02-03 10:00\n") == "line 2, column 1: 1 fields where the header has 2");
  CHECK(csv_error("begin,note\n2026-02-03 10:00,x\n").find("no column for the outage's end") != std::string::npos);
  CHECK(csv_error("start,begin,end\n1,2,3\n") == "line 1, column 2: a second column for start");
  // Row problems come from the outage reader, placed in the sheet.
  json e = fails_at("parseOutages", {{"text", "start;end\n2026-02-03 10:00;2026-02-03 11:00\n2026-02-03 12:00;2026-02-03 11:00\n"}},
                    "inverted_range", "/text");
  CHECK(e["message"] == "line 3, column 2 (end): the outage ends before or when it starts");
  e = fails_at("parseOutages", {{"text", "Start;Ende;Art\n3.2.2026;2026-02-03 11:00;ungeplant\n"}}, "invalid_format", "/text");
  CHECK(e["message"].get<std::string>().rfind("line 2, column 1 (Start): ", 0) == 0);
  e = fails_at("parseOutages", {{"text", "Start;Ende;Art\n2026-02-03 10:00;2026-02-03 11:00;Regen\n"}}, "unknown_value", "/text");
  CHECK(e["message"].get<std::string>().rfind("line 2, column 3 (Art): ", 0) == 0);
  e = fails_at("parseOutages", {{"text", "start,end\n2026-02-03 10:00,2026-02-03 11:00\n2026-02-04 10:00,2026-02-04 11:00\n"
                                          "2026-02-03 10:00,2026-02-03 11:00\n"}},
               "duplicate_row", "/text");
  CHECK(e["message"] == "line 4: repeats the outage at line 2");
  fails_at("parseOutages", {{"text", ""}}, "invalid_csv", "/text");
  fails_at("parseOutages", json::object(), "missing_field", "/text");
  fails_at("parseOutages", {{"text", "start,end\n"}, {"profile", "nope"}}, "unknown_value", "/profile");
}
