// Large outage files read in pieces (LedgerSession): any cut of the file
// gives what the whole file gives through parseOutages and measure, and an
// error names the file's own line.
#include "helpers.hpp"

namespace {

using test::json;
using test::ok;

json body(const slacalc::Response& r) {
  INFO("response: ", r.body);
  return json::parse(r.body);
}

// The file fed in pieces of `size` bytes; the finish() response or the error.
slacalc::Response read_in_pieces(slacalc::LedgerSession& s, const std::string& file, std::size_t size,
                                 const char* profile = "wp-heaven") {
  REQUIRE(s.open(json{{"profile", profile}}.dump()).ok);
  for (std::size_t at = 0; at < file.size(); at += size) {
    auto r = s.append(std::string_view(file).substr(at, size));
    if (!r.ok) return r;
  }
  return s.finish();
}

// Outages of a year in WP Heaven's zone: overlapping, across month ends and
// the DST nights, planned ones, quoted notes with separators and line breaks.
std::string sample_file(int rows) {
  std::string file = "\xEF\xBB\xBF" "Beginn;Ende;Art;Bemerkung\r\n";
  for (int i = 0; i < rows; ++i) {
    int day = 1 + (i * 7) % 28, month = 1 + (i * 5) % 12, hour = (i * 13) % 24;
    char line[160];
    std::snprintf(line, sizeof line, "2026-%02d-%02d %02d:%02d;2026-%02d-%02d %02d:%02d;%s;%s\r\n", month, day, hour,
                  i % 60, month, day + 1, (hour + i % 3) % 24, (i * 7) % 60, i % 4 == 0 ? "Wartung" : "ungeplant",
                  i % 5 == 0 ? "\"Netz; \"\"Router\"\"\r\nzweite Zeile\"" : "");
    file += line;
  }
  return file;
}

}  // namespace

TEST_CASE("ledger: every cut of the file measures as the whole file does") {
  std::string file = sample_file(40);
  json parsed = ok("parseOutages", {{"text", file}, {"profile", "wp-heaven"}});
  json request = {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-01"}, {"to", "2026-12"}};
  json listed = request;
  listed["outages"] = parsed["outages"];
  json expected = ok("measure", listed);
  REQUIRE(expected["outages"] == 40);

  for (std::size_t size : {1, 2, 3, 7, 64, 333, 100000}) {
    CAPTURE(size);
    slacalc::LedgerSession s;
    auto finished = read_in_pieces(s, file, size);
    REQUIRE(finished.ok);
    json f = body(finished);
    CHECK(f["rows"] == 40);
    CHECK(f["bytes"] == file.size());
    CHECK(f["delimiter"] == ";");
    CHECK(f["columns"]["note"] == "Bemerkung");
    auto measured = s.call("measure", request.dump());
    REQUIRE(measured.ok);
    CHECK(body(measured) == expected);
  }
}

TEST_CASE("ledger: errors name the file's line, after any number of pieces") {
  std::string file = sample_file(300);
  // Line numbers count the physical lines, two for every fifth row's note.
  int lines = 1 + 300 + 300 / 5;
  std::string bad = file + "2026-05-02 10:00;2026-05-02 09:00;ungeplant;\r\n";
  for (std::size_t size : {5, 97, 4096}) {
    slacalc::LedgerSession s;
    auto r = read_in_pieces(s, bad, size);
    REQUIRE_FALSE(r.ok);
    json e = body(r);
    CHECK(e["code"] == "inverted_range");
    CHECK(e["path"] == "/text");
    CHECK(e["message"] == "line " + std::to_string(lines + 1) +
                              ", column 2 (Ende): the outage ends before or when it starts");
    // Spent until opened again.
    CHECK_FALSE(s.append("x").ok);
    CHECK_FALSE(s.call("measure", "{}").ok);
  }

  // A repeat far apart from its first row, and an unclosed quote at the end.
  std::string repeated = file + "2026-01-01 00:00;2026-01-02 00:00;ungeplant;\n";
  std::string twice = repeated + "2026-01-01 00:00;2026-01-02 00:00;ungeplant;x\n";
  slacalc::LedgerSession s;
  json dup = body(read_in_pieces(s, twice, 1000));
  CHECK(dup["code"] == "duplicate_row");
  CHECK(dup["message"] == "line " + std::to_string(lines + 2) + ": repeats the outage at line " +
                              std::to_string(lines + 1));
  json open_quote = body(read_in_pieces(s, file + "2026-01-01 00:00;2026-01-02 00:00;ungeplant;\"no end\n", 256));
  CHECK(open_quote["code"] == "invalid_csv");
  CHECK(open_quote["message"] == "line " + std::to_string(lines + 1) +
                                     ", column 45: this quoted field is not closed before the end of the text");
}

TEST_CASE("ledger: the header alone, no header, and the request around it") {
  slacalc::LedgerSession s;
  json empty = body(read_in_pieces(s, "start,end", 3));
  CHECK(empty["rows"] == 0);
  CHECK(empty["first"].is_null());
  json none = body(read_in_pieces(s, "", 3));
  CHECK(none["code"] == "invalid_csv");
  CHECK(none["message"] == "line 1, column 1: no header line: the first line names the columns");
  json nothing_for_end = body(read_in_pieces(s, "\n\nstart,notes\n2026-01-01T00:00Z,x\n", 4));
  CHECK(nothing_for_end["message"] == "line 3: no column for the outage's end (e.g. \"end\"; found: start…)");

  // Local times were read in Copenhagen: measuring them for Berlin would be wrong.
  REQUIRE(read_in_pieces(s, "start,end\n2026-03-02 10:00,2026-03-02 11:00\n", 7).ok);
  json other = body(s.call("measure", json{{"profile", "flying-circus"}, {"tier", "managed-4"}, {"from", "2026-03"}}.dump()));
  CHECK(other["code"] == "conflict");
  CHECK(other["path"] == "/profile");
  json both = body(s.call("measure", json{{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-03"},
                                          {"outages", json::array()}}.dump()));
  CHECK(both["code"] == "conflict");
  CHECK(both["path"] == "/outages");
  CHECK(body(s.call("budget", "{}"))["code"] == "unknown_function");

  // With offsets the zone does not matter; credit measures the file too.
  REQUIRE(read_in_pieces(s, "start,end\n2026-03-02T09:00Z,2026-03-05T09:00Z\n", 7).ok);
  json credit = body(s.call("credit", json{{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-03"},
                                           {"fee", 160000}}.dump()));
  // 72 h of 743 h down: 100 × (1 − 72/743) = 90.3095558…
  CHECK(credit["eligible"] == true);
  CHECK(credit["achieved"][0]["achieved"]["text"] == "90.309555…");
}
