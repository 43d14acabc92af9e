// Closed days as iCalendar files: parseClosedDays against dates worked out
// from a printed calendar (RFC 5545 §3.3.10's rules by hand), its refusals
// with their lines, and closedDaysIcs read back.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "helpers.hpp"

using test::fails_at;
using test::json;
using test::ok;

namespace {

// A calendar of the given VEVENT bodies, CRLF line ends.
std::string calendar(const std::vector<std::string>& events) {
  std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n";
  for (const auto& e : events) text += "BEGIN:VEVENT\r\n" + e + "END:VEVENT\r\n";
  return text + "END:VCALENDAR\r\n";
}

std::vector<std::string> dates(const json& result) { return result["closedDays"].get<std::vector<std::string>>(); }

json read(const std::string& ics, int from = 0, int to = 0) {
  json r = {{"ics", ics}};
  if (from) r["from"] = from, r["to"] = to;
  return ok("parseClosedDays", r);
}

}  // namespace

TEST_CASE("one-off all-day events: DTEND is exclusive, DURATION counts days or weeks") {
  json r = read(calendar({"UID:a\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:Ferien\r\n",
                          "UID:b\r\nDTSTART:20270104\r\nDURATION:P1W\r\nSUMMARY:Inventur\r\n",
                          "UID:c\r\nDTSTART;VALUE=DATE:20270301\r\nSUMMARY:Umzug\r\n"}));
  CHECK(dates(r) == std::vector<std::string>{"2026-12-24", "2026-12-25", "2026-12-26", "2027-01-04", "2027-01-05",
                                             "2027-01-06", "2027-01-07", "2027-01-08", "2027-01-09", "2027-01-10",
                                             "2027-03-01"});
  CHECK(r["days"][0] == json{{"date", "2026-12-24"}, {"name", "Ferien"}, {"line", 4}});
  CHECK(r["events"] == 3);
  CHECK(r["yearly"] == 0);
}

TEST_CASE("yearly rules expanded by hand: Thanksgiving, Memorial Day, Christmas Eve every other year") {
  json r = read(calendar({"DTSTART;VALUE=DATE:20201126\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\r\nSUMMARY:Thanksgiving\r\n",
                          "DTSTART;VALUE=DATE:20200525\r\nRRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO\r\nSUMMARY:Memorial\r\n",
                          "DTSTART;VALUE=DATE:20241224\r\nRRULE:FREQ=YEARLY;INTERVAL=2\r\nSUMMARY:Eve\r\n"}),
                2026, 2028);
  // Printed calendars: 26 Nov 2026, 25 Nov 2027 and 23 Nov 2028 are the
  // fourth Thursdays; 25 May 2026, 31 May 2027 and 29 May 2028 the last
  // Mondays of May; the Eve every other year from 2024: 2026 and 2028.
  CHECK(dates(r) == std::vector<std::string>{"2026-05-25", "2026-11-26", "2026-12-24", "2027-05-31", "2027-11-25",
                                             "2028-05-29", "2028-11-23", "2028-12-24"});
  CHECK(r["yearly"] == 3);
  CHECK(test::explain_text(r, "years").find("2026–2028") != std::string::npos);
}

TEST_CASE("COUNT counts DTSTART and skips 29 February in common years; UNTIL is inclusive") {
  json r = read(calendar({"DTSTART;VALUE=DATE:20240229\r\nRRULE:FREQ=YEARLY;COUNT=3\r\n",
                          "DTSTART;VALUE=DATE:20260430\r\nRRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=4;UNTIL=20280430\r\n"}));
  CHECK(dates(r) == std::vector<std::string>{"2024-02-29", "2026-04-30", "2027-04-30", "2028-02-29", "2028-04-30",
                                             "2032-02-29"});
  // An INTERVAL as large as an int holds: the first occurrence only.
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=YEARLY;INTERVAL=2147483647\r\n"}), 2026, 2200)) ==
        std::vector<std::string>{"2026-12-24"});
}

TEST_CASE("the RFC's own examples (RFC 5545 §3.8.5.3), as dates") {
  // "Every 20th Monday of the year, forever": 1997 May 19, 1998 May 18, 1999 May 17.
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:19970519\r\nRRULE:FREQ=YEARLY;BYDAY=20MO\r\n"}), 1997, 1999)) ==
        std::vector<std::string>{"1997-05-19", "1998-05-18", "1999-05-17"});
  // "Every Thursday in March, forever".
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:19970313\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=TH\r\n"}), 1997, 1999)) ==
        std::vector<std::string>{"1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19",
                                 "1998-03-26", "1999-03-04", "1999-03-11", "1999-03-18", "1999-03-25"});
  // "Every other year on January, February, and March for 10 occurrences".
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:19970310\r\nRRULE:FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3\r\n"}))) ==
        std::vector<std::string>{"1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10", "2001-02-10",
                                 "2001-03-10", "2003-01-10", "2003-02-10", "2003-03-10"});
  // "Every 4 years, the first Tuesday after a Monday in November, forever
  // (U.S. Presidential Election day)": 1996 Nov 5, 2000 Nov 7, 2004 Nov 2.
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:19961105\r\nRRULE:FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;"
                             "BYMONTHDAY=2,3,4,5,6,7,8\r\n"}),
                   1996, 2004)) == std::vector<std::string>{"1996-11-05", "2000-11-07", "2004-11-02"});
}

TEST_CASE("days from the month's end in two months, and days a year lacks, by a printed calendar") {
  // The last days of February and April: 28 and 30 in 2026 and 2027, 29 February 2028.
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:20260228\r\nRRULE:FREQ=YEARLY;BYMONTH=2,4;BYMONTHDAY=-1\r\n"}), 2026, 2028)) ==
        std::vector<std::string>{"2026-02-28", "2026-04-30", "2027-02-28", "2027-04-30", "2028-02-29", "2028-04-30"});
  // 31 in December and November: November has none, so December alone.
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:20251231\r\nRRULE:FREQ=YEARLY;BYMONTH=11,12;BYMONTHDAY=31\r\n"}), 2026, 2027)) ==
        std::vector<std::string>{"2026-12-31", "2027-12-31"});
  // 19th from the end, every third year from 2021: January 2027 (31 days: the 13th).
  CHECK(dates(read(calendar({"DTSTART;VALUE=DATE:20210113\r\nRRULE:FREQ=YEARLY;INTERVAL=3;BYMONTH=1;BYMONTHDAY=-19\r\n"}),
                   2026, 2028)) == std::vector<std::string>{"2027-01-13"});
}

TEST_CASE("a series the RFC leaves undefined or that ends before it begins is refused at its rule's line") {
  json r = {{"ics", calendar({"DTSTART;VALUE=DATE:20260523\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=12\r\n"})},
            {"from", 2026}, {"to", 2027}};
  CHECK(fails_at("parseClosedDays", r, "unsupported_rule", "/ics")["line"] == 6);
  r["ics"] = calendar({"DTSTART;VALUE=DATE:20260905\r\nRRULE:FREQ=YEARLY;UNTIL=20260223\r\n"});
  CHECK(fails_at("parseClosedDays", r, "inverted_range", "/ics")["line"] == 6);
}

TEST_CASE("EXDATE removes, RDATE adds, RECURRENCE-ID moves one occurrence, CANCELLED closes nothing") {
  json r = read(calendar({"UID:s\r\nDTSTART;VALUE=DATE:20250815\r\nRRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:20260815\r\n"
                          "RDATE;VALUE=DATE:20260816,20260817\r\nSUMMARY:Sommer\r\n",
                          "UID:s\r\nRECURRENCE-ID;VALUE=DATE:20270815\r\nDTSTART;VALUE=DATE:20270813\r\nSUMMARY:Sommer\r\n",
                          "UID:x\r\nDTSTART;VALUE=DATE:20260501\r\nSTATUS:CANCELLED\r\n"}),
                2026, 2027);
  CHECK(dates(r) == std::vector<std::string>{"2026-08-16", "2026-08-17", "2027-08-13"});
  CHECK(r["cancelled"] == 1);
}

TEST_CASE("without years, every day the file names within 1900–2200; the rest said") {
  json r = read(calendar({"DTSTART;VALUE=DATE:18991231\r\nDTEND;VALUE=DATE:19000102\r\n"}));
  CHECK(dates(r) == std::vector<std::string>{"1900-01-01"});
  CHECK(r["outside"] == 1);
  CHECK(test::explain_text(r, "outside").find("1900–2200") != std::string::npos);
}

TEST_CASE("the file as calendars write it: BOM, LF or CRLF, folded lines, escapes, two events on one day") {
  std::string text =
      "\xEF\xBB\xBF" "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
      "DTSTART;VALUE=DATE:20261231\nSUMMARY:Silvester\\, halber Tag\\; ganz ge\n schlossen\nBEGIN:VALARM\n"
      "TRIGGER:-PT15M\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\ndtstart;value=date:20261231\nSUMMARY:Inventur\nEND:VEVENT\n"
      "BEGIN:VTODO\nSUMMARY:x\nEND:VTODO\nEND:VCALENDAR\n";
  json r = read(text);
  CHECK(dates(r) == std::vector<std::string>{"2026-12-31"});
  CHECK(r["days"][0]["name"] == "Silvester, halber Tag; ganz geschlossen / Inventur");
  CHECK(r["days"][0]["line"] == 5);
  CHECK(test::explain_text(r, "other").find("1") != std::string::npos);
}

TEST_CASE("what cannot be a closed day is refused with its line") {
  auto error = [](const std::vector<std::string>& events, const char* code) {
    return fails_at("parseClosedDays", json{{"ics", calendar(events)}, {"from", 2026}, {"to", 2026}}, code, "/ics");
  };
  json timed = error({"SUMMARY:Wartung\r\nDTSTART:20261224T090000Z\r\n"}, "timed_event");
  CHECK(timed["line"] == 6);
  CHECK(timed["message"].get<std::string>().find("line 6") == 0);
  CHECK(error({"DTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\n"}, "unsupported_rule")["line"] == 6);
  CHECK(error({"DTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=YEARLY;BYWEEKNO=20\r\n"}, "unsupported_rule")["line"] == 6);
  CHECK(error({"DTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=YEARLY;COUNT=2;UNTIL=20301224\r\n"}, "invalid_format")["line"] == 6);
  CHECK(error({"DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261224\r\n"}, "inverted_range")["line"] == 6);
  CHECK(error({"DTSTART;VALUE=DATE:20261224\r\nDTEND:20261225T120000\r\n"}, "invalid_format")["line"] == 6);
  CHECK(error({"DTSTART;VALUE=DATE:20261324\r\n"}, "invalid_format")["line"] == 5);
  CHECK(error({"SUMMARY:no start\r\n"}, "invalid_format")["line"] == 4);
  json cut = fails_at("parseClosedDays", json{{"ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\n"}},
                      "invalid_format", "/ics");
  CHECK(cut["line"] == 2);
  fails_at("parseClosedDays", json{{"ics", "Datum;Name\r\n2026-12-24;Heiligabend\r\n"}}, "invalid_format", "/ics");
  fails_at("parseClosedDays", json{{"ics", calendar({"DTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=YEARLY\r\n"})}},
           "missing_field", "/from");
  fails_at("parseClosedDays", json{{"ics", calendar({"DTSTART;VALUE=DATE:20200101\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,15\r\n"})},
                                   {"from", 2000}, {"to", 2100}},
           "out_of_range", "/ics");
  fails_at("parseClosedDays", json{{"ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}, {"from", 2026}}, "missing_field", "/to");
  fails_at("parseClosedDays", json{{"ics", "x"}, {"timedEvents", "ignore"}}, "unknown_value", "/timedEvents");
}

TEST_CASE("timedEvents skip: the event's line is listed, the rest read") {
  json r = ok("parseClosedDays", {{"ics", calendar({"DTSTART:20261224T090000\r\n", "DTSTART;VALUE=DATE:20261231\r\n"})},
                                  {"timedEvents", "skip"}});
  CHECK(dates(r) == std::vector<std::string>{"2026-12-31"});
  CHECK(r["timedSkipped"] == json::array({5}));
}

TEST_CASE("closedDaysIcs: Sachsen-Anhalt's 2026 as the Feiertagsgesetz LSA §2 lists it, and read back") {
  json r = ok("closedDaysIcs", {{"profile", "flying-circus"},
                                {"year", 2026},
                                {"closedDays", {"2026-12-24", "2026-12-25", "2027-01-02"}}});
  CHECK(r["calendar"] == "DE-ST");
  // 1 Jan, 6 Jan, Good Friday 3 Apr, Easter Monday 6 Apr, 1 May, Ascension
  // 14 May, Whit Monday 25 May, 3 Oct, 31 Oct, 25 and 26 Dec; the own 24 Dec;
  // the own 25 Dec is Christmas already, and 2 Jan 2027 another year's.
  std::vector<std::string> expected{"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01",
                                    "2026-05-14", "2026-05-25", "2026-10-03", "2026-10-31", "2026-12-24",
                                    "2026-12-25", "2026-12-26"};
  std::vector<std::string> listed;
  for (const auto& d : r["days"]) listed.push_back(d["date"]);
  CHECK(listed == expected);
  CHECK(r["days"][9] == json{{"date", "2026-12-24"}, {"name", "Closed"}, {"kind", "closedDay"}});
  std::string ics = r["ics"];
  for (std::size_t at = 0, end; (end = ics.find("\r\n", at)) != std::string::npos; at = end + 2)
    CHECK(end - at <= 75);  // RFC 5545 §3.1
  CHECK(ics.find("UID:20261225-christmas-day-DE-ST@slacalc\r\n") != std::string::npos);
  CHECK(dates(read(ics)) == expected);
}
