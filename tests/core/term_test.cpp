// Contract terms, worked by hand from §11.1, §3.7.1, §3.8, §10, §10.2,
// §11.2 and §11.2.1 of the Flying Circus VLB and §187/§188 BGB.
#include <sstream>

#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

json term(json request) {
  if (!request.contains("profile")) request["profile"] = "flying-circus";
  return ok("term", request);
}

// (first, last, noticeBy) of each term.
std::vector<std::vector<std::string>> spans(const json& result) {
  std::vector<std::vector<std::string>> out;
  for (const auto& t : result["terms"])
    out.push_back({t["first"], t["last"], t["noticeBy"].is_null() ? "" : t["noticeBy"].get<std::string>()});
  return out;
}

}  // namespace

TEST_CASE("term: Guided, 3 months renewing by 3, notice received 1 month before expiry (§11.1)") {
  // Start 31 Jan 2026: 31 Apr does not exist → the term ends 30 Apr (§188 (3) BGB).
  // It expires as 30 Apr ends = 1 May 00:00; 1 month before = 1 Apr 00:00 → notice by 31 Mar.
  // Next: 1 May – 31 Jul (1 Aug exists → the day before), notice by 30 Jun (1 Aug − 1 month = 1 Jul).
  json r = term({{"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-03-31"}});
  CHECK(spans(r) == std::vector<std::vector<std::string>>{{"2026-01-31", "2026-04-30", "2026-03-31"},
                                                         {"2026-05-01", "2026-07-31", "2026-06-30"},
                                                         {"2026-08-01", "2026-10-31", "2026-09-30"}});
  CHECK(r["current"] == 0);
  CHECK(r["noticeBy"] == "2026-03-31");  // the deadline day itself still counts
  CHECK(r["earliestEnd"] == "2026-04-30");
  CHECK(r["renewals"] == 0);
  // One day later the first deadline has passed: the earliest end is the next term's.
  json later = term({{"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-04-01"}});
  CHECK(later["noticeBy"] == "2026-06-30");
  CHECK(later["earliestEnd"] == "2026-07-31");
  // A year on: renewals so far, and the current term found.
  json year = term({{"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2027-02-15"}});
  CHECK(year["renewals"] == 4);  // May, Aug, Nov 2026, Feb 2027
  CHECK(year["terms"][year["current"].get<int>()]["first"] == "2027-02-01");
  CHECK(year["terms"][year["current"].get<int>()]["last"] == "2027-04-30");
}

TEST_CASE("term: the conventions, each shown") {
  // Start 15 Jan: §188 (2) BGB ends 12 months later on 14 Jan; "same-date" on 15 Jan.
  json bgb = term({{"tier", "managed-1"}, {"start", "2026-01-15"}, {"asOf", "2026-01-15"}});
  CHECK(bgb["terms"][0]["last"] == "2027-01-14");
  CHECK(test::option_choice(bgb, "termEnd") == "day-before-same-date");
  json same = term({{"tier", "managed-1"}, {"start", "2026-01-15"}, {"asOf", "2026-01-15"}, {"termEnd", "same-date"}});
  CHECK(same["terms"][0]["last"] == "2027-01-15");
  CHECK(same["terms"][1]["first"] == "2027-01-16");
  // A term ending 30 Jun: 3 months before expiry (1 Jul 00:00) → by 31 Mar; the same day number → 30 Mar.
  json june = term({{"tier", "managed-1"}, {"start", "2025-07-01"}, {"asOf", "2026-01-10"}});
  CHECK(june["terms"][0]["last"] == "2026-06-30");
  CHECK(june["noticeBy"] == "2026-03-31");
  json cautious = term({{"tier", "managed-1"}, {"start", "2025-07-01"}, {"asOf", "2026-01-10"},
                        {"noticeDeadline", "same-day-number"}});
  CHECK(cautious["noticeBy"] == "2026-03-30");
  CHECK(test::option_choice(cautious, "noticeDeadline") == "same-day-number");
  bool said = false;
  for (const auto& e : cautious["explain"])
    said |= e["code"] == "notice-deadline" && e["text"].get<std::string>().find("other reading gives 2026-03-31") != std::string::npos;
  CHECK(said);
}

TEST_CASE("term: leap years and month ends") {
  // 29 Feb 2024 + 12 months: 29 Feb 2025 does not exist → the term ends 28 Feb 2025.
  // Expiry 1 Mar 2025 00:00 − 3 months = 1 Dec 2024 → notice by 30 Nov 2024.
  // Next: 1 Mar 2025 – 28 Feb 2026 (1 Mar 2026 exists), notice by 30 Nov 2025.
  json r = term({{"tier", "managed-2"}, {"start", "2024-02-29"}, {"asOf", "2024-06-01"}});
  CHECK(spans(r)[0] == std::vector<std::string>{"2024-02-29", "2025-02-28", "2024-11-30"});
  CHECK(spans(r)[1] == std::vector<std::string>{"2025-03-01", "2026-02-28", "2025-11-30"});
  // A term ending 31 May: expiry 1 Jun − 3 months = 1 Mar → by 28 Feb (29 in 2028).
  json may = term({{"tier", "managed-2"}, {"start", "2027-06-01"}, {"asOf", "2027-06-01"}});
  CHECK(may["terms"][0]["last"] == "2028-05-31");
  CHECK(may["noticeBy"] == "2028-02-29");
}

TEST_CASE("term: an upgrade renews the minimum term, a temporary one does not (§3.8, §3.7.1)") {
  // Managed 4 from 31 Jan 2026; Managed 5 from 1 Jun 2026: the first term ends 31 May,
  // a new 12-month minimum of Managed 5 runs 1 Jun 2026 – 31 May 2027, notice by 28 Feb 2027.
  json r = term({{"tier", "managed-4"}, {"start", "2026-01-31"}, {"asOf", "2026-11-23"},
                 {"changes", {{{"kind", "upgrade"}, {"tier", "managed-5"}, {"from", "2026-06-01"}},
                              {{"kind", "temporary-upgrade"}, {"tier", "managed-5"}, {"from", "2026-03-01"},
                               {"to", "2026-03-05"}}}}});
  REQUIRE(r["terms"].size() >= 2);
  CHECK(r["terms"][0]["last"] == "2026-05-31");
  CHECK(r["terms"][0]["cutShort"] == true);
  CHECK(r["terms"][1]["kind"] == "renewed-by-change");
  CHECK(r["terms"][1]["tier"] == "managed-5");
  CHECK(r["terms"][1]["last"] == "2027-05-31");
  CHECK(r["noticeBy"] == "2027-02-28");
  CHECK(r["earliestEnd"] == "2027-05-31");
  CHECK(r["changes"][0]["kind"] == "temporary-upgrade");
  CHECK(r["changes"][0]["effect"].get<std::string>().find("unchanged") != std::string::npos);
  // Recommitting the whole factor on 1 Jun starts Managed 4's minimum again.
  json again = term({{"tier", "managed-4"}, {"start", "2026-01-31"}, {"asOf", "2026-11-23"},
                     {"changes", {{{"kind", "recommit"}, {"from", "2026-06-01"}}}}});
  CHECK(again["terms"][1]["tier"] == "managed-4");
  CHECK(again["terms"][1]["last"] == "2027-05-31");
  // Without changes: the minimum runs to 30 Jan 2027, notice by 30 Oct 2026 has passed.
  json plain = term({{"tier", "managed-4"}, {"start", "2026-01-31"}, {"asOf", "2026-11-23"}});
  CHECK(plain["earliestEnd"] == "2028-01-30");
}

TEST_CASE("term: Hosted has no renewal; deadlines from the invoice and the end (§10, §10.2, §11.2.1)") {
  json hosted = term({{"tier", "hosted"}, {"start", "2026-03-01"}, {"asOf", "2026-03-20"}, {"invoiceDate", "2026-03-02"}});
  CHECK(hosted["openEnded"] == true);
  CHECK(hosted["terms"][0]["last"] == "2026-03-01");  // one calendar day
  CHECK(hosted["earliestEnd"] == "2026-03-20");
  CHECK(hosted["noticeBy"].is_null());
  std::map<std::string, std::string> due;
  for (const auto& d : hosted["deadlines"]) due[d["id"]] = d["date"];
  CHECK(due["payment"] == "2026-03-16");             // 2 Mar + 14 days
  CHECK(due["invoice-objection"] == "2026-04-13");   // 2 Mar + 6 weeks
  CHECK(due["data-retention"] == "2026-04-20");      // 20 Mar + 1 month
}

TEST_CASE("term: damages for a termination for cause (§11.2)") {
  // Managed 4 from 1 Jan 2026 (term to 31 Dec 2026), ended for cause on 10 Oct 2026:
  // fees from 11 Oct: 11 Oct–10 Nov, 11 Nov–10 Dec = 2 whole months, 11–31 Dec = 21 days.
  // 50 % × (2 + 21/30) × 3 000.00 EUR = 0.5 × 2.7 × 3 000 = 4 050.00 EUR.
  json r = term({{"tier", "managed-4"}, {"start", "2026-01-01"}, {"asOf", "2026-10-10"},
                 {"terminationForCause", {{"date", "2026-10-10"}, {"monthlyFee", 300000}}}});
  CHECK(r["damages"]["remainingMonths"]["whole"] == 2);
  CHECK(r["damages"]["remainingMonths"]["days"] == 21);
  CHECK(r["damages"]["amount"]["minor"] == 405000);
  CHECK(r["damages"]["capped"] == false);
  // Begun months counted whole: 3 months → 4 500.00 EUR.
  json whole = term({{"tier", "managed-4"}, {"start", "2026-01-01"}, {"asOf", "2026-10-10"}, {"remainingFees", "whole-months-up"},
                     {"terminationForCause", {{"date", "2026-10-10"}, {"monthlyFee", 300000}}}});
  CHECK(whole["damages"]["amount"]["minor"] == 450000);
  // The cap: a 60-month term ended on its first day leaves 59 months and 30 days… capped at
  // 50 % × 36 × 1 000.00 = 18 000.00 EUR.
  json profile = test::read_json("tests/profiles/base.json");
  profile["tiers"][0]["term"] = {{"minimum", "60 months"}, {"renewal", "12 months"}, {"notice", "3 months"},
                                 {"damagesForCause", {{"percent", "50"}, {"capMonths", 36}}}};
  json capped = ok("term", {{"profile", profile}, {"tier", "gold"}, {"start", "2026-01-01"}, {"asOf", "2026-01-01"},
                            {"terminationForCause", {{"date", "2026-01-01"}, {"monthlyFee", 100000}}}});
  CHECK(capped["damages"]["capped"] == true);
  CHECK(capped["damages"]["amount"]["minor"] == 1800000);
}

TEST_CASE("term: the calendar file") {
  json r = term({{"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-02-10"}, {"invoiceDate", "2026-02-01"}});
  std::string ics = r["calendar"];
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(ics.size() > 20);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
  // Every line ends in CRLF and has at most 75 octets; unfolded, the notice event is there.
  std::string unfolded;
  std::size_t events = 0;
  for (std::size_t at = 0; at < ics.size();) {
    std::size_t end = ics.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    CHECK(end - at <= 75);
    std::string line = ics.substr(at, end - at);
    if (line.rfind(" ", 0) == 0) unfolded += line.substr(1);
    else unfolded += "\n" + line;
    events += line == "BEGIN:VEVENT";
    at = end + 2;
  }
  // Payment, objection, data retention; notice and end of the current and next two terms.
  CHECK(events == 3 + 6);
  CHECK(unfolded.find("\nDTSTART;VALUE=DATE:20260331\nDTEND;VALUE=DATE:20260401\nSUMMARY:Last day for notice: ") !=
        std::string::npos);
  CHECK(unfolded.find("Managed") == std::string::npos);
}

TEST_CASE("term: bad input names the field") {
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-05-01"}, {"asOf", "2026-04-01"}},
           "inverted_range", "/asOf");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-02-30"}, {"asOf", "2026-04-01"}},
           "invalid_format", "/start");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "platform"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"}},
           "no_term", "/tier");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "gold"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"}},
           "unknown_value", "/tier");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"},
                    {"changes", {{{"kind", "temporary-upgrade"}, {"tier", "guided-2"}, {"from", "2026-03-10"}, {"to", "2026-03-09"}}}}},
           "inverted_range", "/changes/0/to");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "managed-3"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"},
                    {"changes", {{{"kind", "downgrade"}, {"tier", "managed-2"}, {"from", "2026-03-10"}}}}},
           "not_in_contract", "/changes/0/kind");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "managed-3"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"},
                    {"terminationForCause", {{"date", "2026-03-01"}, {"monthlyFee", -5}}}},
           "out_of_range", "/terminationForCause/monthlyFee");
  fails_at("term", {{"profile", "flying-circus"}, {"tier", "managed-3"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"},
                    {"noticeDeadline", "whenever"}},
           "unknown_value", "/noticeDeadline");
  fails_at("term", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"start", "2026-01-01"}, {"asOf", "2026-04-01"}},
           "no_term", "/tier");
}

TEST_CASE("term: §3.8 covers an increase only — an upgrade to a lower tier is refused") {
  // §3.8: "Eine dauerhafte Erhöhung des Service-Levels ist jederzeit möglich … die
  // Mindestvertragslaufzeit gemäß gewähltem Service-Level erneuert." Managed 4 →
  // Guided 1 is no "Erhöhung": it must not start Guided 1's 3-month minimum on
  // 10 March (which ended the contract as early as 9 June instead of 30 January 2027).
  json managed4 = {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"start", "2026-01-31"}, {"asOf", "2026-03-15"}};
  json down = managed4;
  down["changes"] = {{{"kind", "upgrade"}, {"tier", "guided-1"}, {"from", "2026-03-10"}}};
  json e = fails_at("term", down, "not_in_contract", "/changes/0/tier");
  CHECK(e["message"].get<std::string>().find("§3.8") != std::string::npos);
  // A temporary "Anhebung" (§3.8) is an increase too.
  json temporary = managed4;
  temporary["changes"] = {{{"kind", "temporary-upgrade"}, {"tier", "managed-1"}, {"from", "2026-03-10"}, {"to", "2026-03-12"}}};
  fails_at("term", temporary, "not_in_contract", "/changes/0/tier");
  // Compared with the tier in force on the change's day: after Managed 5 from
  // 1 June, Managed 4 is below it (the changes are taken in date order).
  json after = managed4;
  after["changes"] = {{{"kind", "upgrade"}, {"tier", "managed-4"}, {"from", "2026-07-01"}},
                      {{"kind", "upgrade"}, {"tier", "managed-5"}, {"from", "2026-06-01"}}};
  fails_at("term", after, "not_in_contract", "/changes/0/tier");
  // The tier in force itself is no increase.
  json same = managed4;
  same["changes"] = {{{"kind", "upgrade"}, {"tier", "managed-4"}, {"from", "2026-03-10"}}};
  fails_at("term", same, "conflict", "/changes/0/tier");
  // §3.5: Guided uses all of Hosted; §3.6: Managed includes all of Guided — the
  // same row of the reaction table in the larger family is an increase.
  json hosted = {{"profile", "flying-circus"}, {"tier", "hosted"}, {"start", "2026-01-01"}, {"asOf", "2026-01-20"},
                 {"changes", {{{"kind", "upgrade"}, {"tier", "guided-1"}, {"from", "2026-01-10"}}}}};
  CHECK(term(hosted)["changes"][0]["tier"] == "guided-1");
  json guided = {{"profile", "flying-circus"}, {"tier", "guided-2"}, {"start", "2026-01-01"}, {"asOf", "2026-01-20"},
                 {"changes", {{{"kind", "upgrade"}, {"tier", "managed-2"}, {"from", "2026-01-10"}}}}};
  CHECK(term(guided)["terms"][1]["tier"] == "managed-2");
  // Guided 3 (1 h around the clock) against Managed 1 (3 h on working days):
  // more services, a narrower window — the contract does not order them.
  json unordered = guided;
  unordered["tier"] = "guided-3";
  unordered["changes"][0]["tier"] = "managed-1";
  e = fails_at("term", unordered, "not_in_contract", "/changes/0/tier");
  CHECK(e["message"].get<std::string>().find("does not say") != std::string::npos);
}

TEST_CASE("term: data kept 1 month after a regular end (§11.2.1) — both readings, the default shown") {
  // Guided 1 from 31 January 2026: the minimum term ends 30 April. "1 Monat nach
  // ordentlichem Ende": the end as the event (§187 (1), §188 (2) BGB) → 30 May; the
  // month as beginning with the day after the end (§187 (2), §188 (2)) → 31 May.
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-03-01"}};
  auto retention = [](const json& r) {
    for (const auto& d : r["deadlines"])
      if (d["id"] == "data-retention") return d["date"].get<std::string>();
    return std::string();
  };
  auto option = [](const json& r, const std::string& id) {
    for (const auto& o : r["options"])
      if (o["id"] == id) return o;
    return json();
  };
  json plain = term(request);
  CHECK(plain["earliestEnd"] == "2026-04-30");
  CHECK(retention(plain) == "2026-05-30");
  json o = option(plain, "afterEnd");
  CHECK(o["default"] == "end-as-event");
  CHECK(o["choice"] == "end-as-event");
  CHECK(o["choices"] == json::array({"end-as-event", "from-next-day"}));
  CHECK(o["clause"].get<std::string>().find("§11.2.1") != std::string::npos);
  request["afterEnd"] = "from-next-day";
  json next = term(request);
  CHECK(retention(next) == "2026-05-31");
  CHECK(option(next, "afterEnd")["choice"] == "from-next-day");
  CHECK(test::explain_text(next, "after-end").find("31") != std::string::npos);
  // Days and weeks come out the same either way: only months can differ.
  request["afterEnd"] = "whenever";
  fails_at("term", request, "unknown_value", "/afterEnd");
}
