// The deadline entry point: the contracts' rules applied to reports, with the
// due times worked out by hand in the comments.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::only;
using test::ok;

const json kWeekdays0917 = {{"weekly", {{"mon-fri", {"09:00-17:00"}}}}};

std::string due_local(const json& request) { return only(ok("deadline", request))["due"]["local"]; }

}  // namespace

TEST_CASE("deadline: own windows — worked cases") {
  // Friday 16:30 + 1 h in Mon–Fri 09–17: 30 min Friday, 30 min Monday.
  json friday = ok("deadline", {{"window", kWeekdays0917}, {"timeZone", "Europe/Berlin"}, {"time", "1h"},
                                {"reported", "2026-11-20T16:30"}});
  json d = only(friday);
  CHECK(d["due"]["local"] == "2026-11-23T09:30:00+01:00");
  CHECK(d["countedSeconds"] == 3600);
  CHECK(d["elapsedSeconds"] == (2 * 24 + 17) * 3600);
  REQUIRE(d["segments"].size() == 2);
  CHECK(d["segments"][0]["seconds"] == 1800);
  CHECK(d["segments"][1]["begin"] == "2026-11-23T09:00:00+01:00");

  // 07:00 with hours 09–17: the clock starts at 09:00.
  json early = only(ok("deadline", {{"window", kWeekdays0917}, {"timeZone", "Europe/Berlin"}, {"time", "2h"},
                                    {"reported", "2026-11-24T07:00"}}));
  CHECK(early["clockStart"]["local"] == "2026-11-24T09:00:00+01:00");
  CHECK(early["due"]["local"] == "2026-11-24T11:00:00+01:00");
  CHECK(early["explain"][2]["code"] == "start");

  // The clock counts whole seconds: a fraction is rounded up, and said.
  json fraction = only(ok("deadline", {{"window", kWeekdays0917}, {"time", "1.5s"}, {"reported", "2026-11-24T10:00"}}));
  CHECK(fraction["countedSeconds"] == 2);
  CHECK(fraction["explain"][3]["code"] == "rounding");

  // Working days of one's own window, both readings.
  json days = {{"window", kWeekdays0917}, {"holidays", "DE-ST"}, {"timeZone", "Europe/Berlin"},
               {"workingDays", 1}, {"reported", "2026-12-24T11:00"}};
  // Without holidaysClosed the window stays open on Christmas Day.
  CHECK(due_local(days) == "2026-12-25T11:00:00+01:00");
  days["window"]["holidaysClosed"] = true;
  days["reported"] = "2026-12-24T11:00";  // Christmas Day and Boxing Day, then the weekend
  CHECK(due_local(days) == "2026-12-28T11:00:00+01:00");
}

TEST_CASE("deadline: Flying Circus tiers (§3.4, §3.5.1, §3.6.1)") {
  auto fc = [](const char* tier, const char* reported) {
    return json{{"profile", "flying-circus"}, {"tier", tier}, {"reported", reported}};
  };
  // Guided 1: 3 h in working days 08–16, from Friday 27 March 2026 15:30 CET
  // over the DST weekend to Monday 10:30 CEST.
  json g1 = only(ok("deadline", fc("guided-1", "2026-03-27T15:30")));
  CHECK(g1["due"]["utc"] == "2026-03-30T08:30:00Z");
  CHECK(g1["due"]["local"] == "2026-03-30T10:30:00+02:00");
  // Guided 2: 1 h in Mon–Sun 07–21, holidays open: Easter Sunday 20:30 → Monday 07:30.
  CHECK(due_local(fc("guided-2", "2026-04-05T20:30")) == "2026-04-06T07:30:00+02:00");
  // Guided 3: round the clock.
  CHECK(due_local(fc("guided-3", "2026-04-05T23:30")) == "2026-04-06T00:30:00+02:00");
  // Hosted: 8 h of working time; Good Friday and Easter Monday are closed.
  json hosted = only(ok("deadline", fc("hosted", "2026-04-02T12:00")));
  CHECK(hosted["due"]["local"] == "2026-04-07T12:00:00+02:00");
  REQUIRE(hosted["closedDays"].size() == 2);
  CHECK(hosted["closedDays"][0]["date"] == "2026-04-03");
  CHECK(hosted["closedDays"][1]["name"] == "Easter Monday");

  SUBCASE("Managed 4: 15 min inside working days 08–16, 1 h outside") {
    CHECK(due_local(fc("managed-4", "2026-11-24T10:00")) == "2026-11-24T10:15:00+01:00");
    CHECK(due_local(fc("managed-4", "2026-11-28T10:00")) == "2026-11-28T11:00:00+01:00");  // Saturday
    CHECK(due_local(fc("managed-4", "2026-11-24T07:50")) == "2026-11-24T08:50:00+01:00");
    CHECK(due_local(fc("managed-4", "2026-12-25T10:00")) == "2026-12-25T11:00:00+01:00");  // holiday
    // 15:55: the report time decides (default) — 16:10, past the window's end;
    // under inside-window the 15 min would end outside, so the hour applies.
    json late = fc("managed-4", "2026-11-24T15:55");
    CHECK(due_local(late) == "2026-11-24T16:10:00+01:00");
    late["options"] = {{"splitReaction", "inside-window"}};
    json d = only(ok("deadline", late));
    CHECK(d["due"]["local"] == "2026-11-24T16:55:00+01:00");
    CHECK(d["explain"][1]["code"] == "split");
    // Early enough, both readings agree.
    late["reported"] = "2026-11-24T15:45";
    CHECK(due_local(late) == "2026-11-24T16:00:00+01:00");
  }
  SUBCASE("Managed 5: 15 min Mon–Sun 07–21, 1 h outside") {
    CHECK(due_local(fc("managed-5", "2026-11-29T20:50")) == "2026-11-29T21:05:00+01:00");
    CHECK(due_local(fc("managed-5", "2026-11-29T21:00")) == "2026-11-29T22:00:00+01:00");
  }
  SUBCASE("the platform tier states no reaction time") {
    json none = ok("deadline", fc("platform", "2026-11-24T10:00"));
    CHECK(none["deadlines"].empty());
    CHECK(none["explain"][0]["code"] == "no-rule");
  }
}

TEST_CASE("deadline: Scope4mation priorities, business hours and best effort (§1.2.3, §3.1.1)") {
  json request = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T11:00"},
                  {"class", "incident"}, {"measure", "response"}, {"impact", "i-2"}, {"urgency", "u-2"}};
  // Impact 2 × urgency 2 → Normal; 16 h in 10–16: Mon 5 h, Tue 6 h, Wed 5 h → Wed 15:00.
  json normal = ok("deadline", request);
  CHECK(normal["priority"]["id"] == "normal");
  CHECK(only(normal)["due"]["local"] == "2026-11-25T15:00:00+01:00");
  // §3.1.1's reading: P2 < 2 working days → Wednesday 11:00.
  request["options"] = {{"defaultResponseTimes", "section-3.1.1"}};
  json other = ok("deadline", request);
  CHECK(only(other)["kind"] == "workingDays");
  CHECK(only(other)["due"]["local"] == "2026-11-25T11:00:00+01:00");
  CHECK(other["options"][0]["choice"] == "section-3.1.1");
  // ... or the close of the second working day.
  request["workingDayRule"] = "end-of-day";
  CHECK(due_local(request) == "2026-11-25T16:00:00+01:00");

  // Impact 1 × urgency 3 → Normal; impact 3 × urgency 3 → Low: 40 h = 6⅔ days.
  json low = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T10:00"},
              {"measure", "response"}, {"class", "incident"}, {"impact", "i-3"}, {"urgency", "u-3"}};
  CHECK(ok("deadline", low)["priority"]["id"] == "low");
  CHECK(due_local(low) == "2026-12-01T14:00:00+01:00");

  // Resolution in Default is best effort: no invented deadline.
  json best = only(ok("deadline", {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T11:00"},
                                   {"measure", "resolution"}, {"class", "incident"}, {"priority", "high"}}));
  CHECK(best["kind"] == "bestEffort");
  CHECK(best["due"].is_null());
  // Extended: High resolution 40 h in 08–17 (9 h days): Mon 11–17 6 h, Tue–Thu 27 h, Fri 08–15.
  json extended = {{"profile", "scope4mation"}, {"tier", "extended"}, {"reported", "2026-11-23T11:00"},
                   {"measure", "resolution"}, {"class", "incident"}, {"priority", "high"}};
  CHECK(due_local(extended) == "2026-11-27T15:00:00+01:00");
  // Change response, High: 2 working days; Koningsdag (Tue 27 April 2027) is skipped.
  json change = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2027-04-26T12:00"},
                 {"measure", "response"}, {"class", "change"}, {"priority", "high"}};
  CHECK(due_local(change) == "2027-04-29T12:00:00+02:00");
  // Without a priority, every priority's rule is listed.
  json all = ok("deadline", {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T11:00"},
                             {"measure", "response"}, {"class", "incident"}});
  CHECK(all["deadlines"].size() == 3);
}

TEST_CASE("deadline: a custom profile's matrix, whichever axis is impact") {
  json profile = test::read_json("tests/profiles/base.json");  // rows Urgency u-1/u-2, columns Impact i-1/i-2
  json request = {{"profile", profile}, {"tier", "gold"}, {"reported", "2026-11-24T10:00"}, {"measure", "reaction"},
                  {"impact", "i-2"}, {"urgency", "u-2"}};
  CHECK(ok("deadline", request)["priority"]["id"] == "low");  // cells[u-2][i-2]
  // The same matrix labelled the other way round: rows are now impact.
  std::swap(profile["priorities"]["matrix"]["rows"]["label"], profile["priorities"]["matrix"]["columns"]["label"]);
  request["profile"] = profile;
  request["impact"] = "u-1";
  request["urgency"] = "i-2";
  CHECK(ok("deadline", request)["priority"]["id"] == "high");  // cells[u-1][i-2]
  request["impact"] = "i-2";
  fails_at("deadline", request, "unknown_value", "/impact");
}

TEST_CASE("deadline: times in zones") {
  json request = {{"profile", "flying-circus"}, {"tier", "guided-3"}, {"reported", "2026-11-24T10:00:00Z"},
                  {"viewerZone", "America/New_York"}};
  json d = only(ok("deadline", request));
  CHECK(d["due"]["utc"] == "2026-11-24T11:00:00Z");
  CHECK(d["due"]["local"] == "2026-11-24T12:00:00+01:00");
  CHECK(d["due"]["viewer"] == "2026-11-24T06:00:00-05:00");
  CHECK(d["due"]["viewerText"] == "Tue 24 Nov 2026 06:00 EST");
  // 02:30 on 29 March 2026 does not exist in Berlin: read as 03:30 CEST, said.
  request["reported"] = "2026-03-29T02:30";
  json gap = ok("deadline", request);
  CHECK(gap["reported"]["utc"] == "2026-03-29T01:30:00Z");
  CHECK(gap["explain"][0]["code"] == "disambiguation");
  request["disambiguation"] = "reject";
  fails_at("deadline", request, "nonexistent_time", "/reported");
  request["reported"] = "2026-10-25T02:30";
  fails_at("deadline", request, "ambiguous_time", "/reported");
  request["disambiguation"] = "later";
  CHECK(ok("deadline", request)["reported"]["utc"] == "2026-10-25T01:30:00Z");
}

TEST_CASE("deadline: bad input is refused with the field's path") {
  json own = {{"window", kWeekdays0917}, {"timeZone", "Europe/Berlin"}, {"time", "1h"}, {"reported", "2026-11-20T16:30"}};
  auto with = [&own](const char* key, json value) {
    json r = own;
    r[key] = std::move(value);
    return r;
  };
  fails_at("deadline", with("timeZone", "Europe/Berln"), "unknown_value", "/timeZone");
  fails_at("deadline", with("viewerZone", "Mars/Olympus"), "unknown_value", "/viewerZone");
  fails_at("deadline", with("reported", "2026-11-20 25:00"), "invalid_format", "/reported");
  fails_at("deadline", with("reported", "20.11.2026 16:30"), "invalid_format", "/reported");
  fails_at("deadline", with("reported", "2026-02-30T10:00"), "invalid_format", "/reported");
  fails_at("deadline", with("reported", "2199-01-01T10:00"), "out_of_range", "/reported");
  fails_at("deadline", with("time", "0m"), "out_of_range", "/time");
  fails_at("deadline", with("time", "-1h"), "out_of_range", "/time");
  fails_at("deadline", with("window", {{"weekly", {{"mon", {"09:00-12:00", "11:00-13:00"}}}}}), "overlapping_ranges",
           "/window/weekly/mon/1");
  json inverted = fails_at("deadline", with("window", {{"weekly", {{"mon-fri", {"17:00-09:00"}}}}}), "inverted_range",
                           "/window/weekly/mon-fri/0");
  CHECK(inverted["message"].get<std::string>().find("+1") != std::string::npos);
  fails_at("deadline", with("window", {{"weekly", json::object()}}), "missing_field", "/window/weekly");
  fails_at("deadline", with("closedDays", {"2026-12-24", "24.12."}), "invalid_format", "/closedDays/1");
  fails_at("deadline", with("holidays", "XX"), "unknown_value", "/holidays");
  // Too rare a window: one hour a week for 1000 hours is beyond the clock's ten years.
  json rare = with("window", {{"weekly", {{"mon", {"09:00-10:00"}}}}});
  rare["time"] = "1000h";
  fails_at("deadline", rare, "unreachable", "/time");

  json fc = {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"reported", "2026-11-24T10:00"}};
  auto fc_with = [&fc](const char* key, json value) {
    json r = fc;
    r[key] = std::move(value);
    return r;
  };
  fails_at("deadline", fc_with("tier", "managed-9"), "unknown_value", "/tier");
  fails_at("deadline", fc_with("options", {{"splitReaction", "sometimes"}}), "unknown_value", "/options/splitReaction");
  fails_at("deadline", fc_with("options", {{"nonsense", "x"}}), "unknown_field", "/options/nonsense");
  fails_at("deadline", fc_with("options", {{"hostedReaction", "24/7"}}), "unknown_value", "/options/hostedReaction");
  fails_at("deadline", fc_with("class", "critical"), "unknown_value", "/class");
  fails_at("deadline", fc_with("measure", "lunch"), "unknown_value", "/measure");
  fails_at("deadline", fc_with("impact", "i-1"), "unknown_field", "/impact");
  fails_at("deadline", fc_with("time", "1h"), "unknown_field", "/time");
  fails_at("deadline", fc_with("workingDays", 2), "unknown_field", "/workingDays");
  fails_at("deadline", fc_with("workingDayRule", "sometimes"), "unknown_value", "/workingDayRule");
  json s4m = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-24T10:00"}, {"impact", "i-1"}};
  fails_at("deadline", s4m, "missing_field", "/urgency");
  s4m["urgency"] = "u-9";
  fails_at("deadline", s4m, "unknown_value", "/urgency");
  fails_at("deadline", json::object(), "missing_field", "/profile");
  fails_at("deadline", {{"profile", "flying-circus"}, {"tier", "hosted"}}, "missing_field", "/reported");
}

TEST_CASE("deadline: Flying Circus non-critical requests, 8 h of regular working time (§9.1)") {
  // §9.1: "Sie können uns bei nicht-kritischen Anfragen per E-Mail … oder
  // telefonisch … erreichen. Unser Support steht regulär an Arbeitstagen von 8
  // bis 16 Uhr (CE(S)T) zur Verfügung. Hier eingehende Anfragen werden
  // innerhalb von 8 Stunden während unserer regulären Arbeitszeit beantwortet."
  // Saturday 28 March 2026 10:00 CET: the clock waits for Monday 08:00 (CEST
  // since Sunday 29 March) and runs the 8 h of Monday's 08–16 → 16:00 CEST.
  auto fc = [](const char* tier, const char* reported, const char* incident_class) {
    json r = {{"profile", "flying-circus"}, {"tier", tier}, {"reported", reported}};
    if (incident_class) r["class"] = incident_class;
    return r;
  };
  json request = only(ok("deadline", fc("guided-3", "2026-03-28T10:00", "request")));
  CHECK(request["due"]["local"] == "2026-03-30T16:00:00+02:00");
  CHECK(request["clause"] == "§9.1");
  CHECK(request["class"] == "request");
  CHECK(request["countedSeconds"] == 8 * 3600);
  // Every tier with a service level answers such requests the same way.
  for (const char* tier : {"hosted", "guided-1", "guided-2", "guided-3", "managed-1", "managed-2", "managed-3",
                           "managed-4", "managed-5"}) {
    CAPTURE(tier);
    json d = only(ok("deadline", fc(tier, "2026-03-28T10:00", "request")));
    CHECK(d["due"]["local"] == "2026-03-30T16:00:00+02:00");
    CHECK(d["clause"] == "§9.1");
    // Wednesday 25 November 2026 10:00: 6 h that day, 2 h on Thursday → 10:00.
    CHECK(due_local(fc(tier, "2026-11-25T10:00", "request")) == "2026-11-26T10:00:00+01:00");
  }
  // A critical incident keeps the service level's reaction time (§3.5.1: Guided 3,
  // 1 hour Monday–Sunday 0–24), with or without the class named.
  json incident = only(ok("deadline", fc("guided-3", "2026-03-28T10:00", "incident")));
  CHECK(incident["due"]["local"] == "2026-03-28T11:00:00+01:00");
  CHECK(incident["class"] == "incident");
  CHECK(incident["clause"] == "§3.5.1");
  json any = only(ok("deadline", fc("guided-3", "2026-03-28T10:00", nullptr)));
  CHECK(any["due"]["local"] == "2026-03-28T11:00:00+01:00");
  CHECK(any["class"] == "any");
  CHECK(any["clause"] == "§3.5.1");
}

TEST_CASE("deadline: Flying Circus Hosted's 8 hours, in working hours or round the clock (§3.4)") {
  // §3.4: "Wir überwachen Ihre virtuellen Maschinen und Komponenten und
  // reagieren im Fehlerfall innerhalb von 8 Stunden." Whether the 8 hours run
  // in the business hours the same clause names (working days 08–16) is not
  // said: option hostedReaction, default working-hours.
  json request = {{"profile", "flying-circus"}, {"tier", "hosted"}, {"reported", "2026-04-02T12:00"}};
  json by_default = ok("deadline", request);
  // Thursday 12–16 (4 h), Good Friday and Easter Monday closed, Tuesday 08–12.
  CHECK(only(by_default)["due"]["local"] == "2026-04-07T12:00:00+02:00");
  const json* option = nullptr;
  for (const auto& o : by_default["options"])
    if (o["id"] == "hostedReaction") option = &o;
  REQUIRE(option != nullptr);
  CHECK((*option)["default"] == "working-hours");
  CHECK((*option)["choice"] == "working-hours");
  CHECK((*option)["choices"] == json{"working-hours", "round-the-clock"});
  CHECK((*option)["clause"] == "§3.4");
  CHECK((*option)["label"].get<std::string>().size() > 10);
  CHECK((*option)["note"].get<std::string>().find("8") != std::string::npos);
  CHECK(test::explain_text(only(by_default), "option").find("In working hours: working days 08–16 (the default), §3.4") !=
        std::string::npos);
  // Round the clock: Thursday 12:00 + 8 h = 20:00.
  request["options"] = {{"hostedReaction", "round-the-clock"}};
  json around = ok("deadline", request);
  CHECK(only(around)["due"]["local"] == "2026-04-02T20:00:00+02:00");
  CHECK(only(around)["clause"] == "§3.4");
  CHECK(only(around)["closedDays"].empty());
  for (const auto& o : around["options"])
    if (o["id"] == "hostedReaction") CHECK(o["choice"] == "round-the-clock");
  // The option concerns Hosted's monitoring reaction only: a critical
  // incident of Guided 1 keeps its window.
  json guided = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"reported", "2026-04-02T15:00"},
                 {"options", {{"hostedReaction", "round-the-clock"}}}};
  CHECK(due_local(guided) == "2026-04-07T10:00:00+02:00");
}

TEST_CASE("deadline: Managed 4 and 5 at the window's opening (§3.6.1)") {
  // §3.6.1: Managed 5 "1) 15 Minuten 2) 1 Stunde — 1) Montag–Sonntag, 7–21 Uhr
  // 2) ausserhalb obigem Zeitraum". A report at 06:59 is made outside
  // 07–21: the hour applies, counted round the clock → 07:59, though the
  // window opens a minute later. splitReaction decides only for reports made
  // inside the window, so both readings agree.
  auto fc = [](const char* tier, const char* reported, const char* split) {
    return json{{"profile", "flying-circus"}, {"tier", tier}, {"reported", reported},
                {"options", {{"splitReaction", split}}}};
  };
  for (const char* split : {"report-time", "inside-window"}) {
    CAPTURE(split);
    // Monday 23 November 2026.
    json early = only(ok("deadline", fc("managed-5", "2026-11-23T06:59", split)));
    CHECK(early["due"]["local"] == "2026-11-23T07:59:00+01:00");
    CHECK(early["seconds"] == 3600);
    CHECK(test::explain_text(early, "split").find("outside") != std::string::npos);
    // At 07:00 the report is inside: 15 minutes → 07:15.
    CHECK(due_local(fc("managed-5", "2026-11-23T07:00", split)) == "2026-11-23T07:15:00+01:00");
    // Managed 4: "1) Arbeitstage 8–16 Uhr": Tuesday 24 November 07:59 is
    // outside → 1 hour → 08:59; 08:00 is inside → 08:15.
    json managed4 = only(ok("deadline", fc("managed-4", "2026-11-24T07:59", split)));
    CHECK(managed4["due"]["local"] == "2026-11-24T08:59:00+01:00");
    CHECK(managed4["seconds"] == 3600);
    CHECK(due_local(fc("managed-4", "2026-11-24T08:00", split)) == "2026-11-24T08:15:00+01:00");
  }
}

TEST_CASE("deadline: Scope4mation across Dutch holidays of the Algemene termijnenwet art. 3 (§1.2.2)") {
  // "Nederlandse feestdagen zijn uitgesloten" (§1.2.2). Art. 3 lid 1 lists "de
  // vijfde mei"; lid 2 puts Goede Vrijdag on a par with the days of lid 1.
  // Default level, incident, Normal: 16 h in working days 10–16 (§1.2.3).
  json request = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-05-04T11:00"},
                  {"class", "incident"}, {"measure", "response"}, {"priority", "normal"}};
  // Monday 4 May 11–16 (5 h); Tuesday 5 May closed; Wednesday 10–16 (6 h);
  // Thursday 10–15 (5 h) → Thursday 7 May 15:00.
  json liberation = only(ok("deadline", request));
  CHECK(liberation["due"]["local"] == "2026-05-07T15:00:00+02:00");
  REQUIRE(liberation["closedDays"].size() == 1);
  CHECK(liberation["closedDays"][0]["date"] == "2026-05-05");
  // Thursday 2 April 11–16 (5 h); Good Friday 3 April and Easter Monday 6
  // April closed; Tuesday 10–16 (6 h); Wednesday 10–15 → 8 April 15:00.
  request["reported"] = "2026-04-02T11:00";
  json easter = only(ok("deadline", request));
  CHECK(easter["due"]["local"] == "2026-04-08T15:00:00+02:00");
  REQUIRE(easter["closedDays"].size() == 2);
  CHECK(easter["closedDays"][0]["date"] == "2026-04-03");
  // The common-practice reading stays an option: 5 May off in lustrum years
  // only, Good Friday a working day.
  request["holidayOptions"] = {{"liberationDay", "lustrum"}, {"goodFriday", false}};
  CHECK(due_local(request) == "2026-04-07T15:00:00+02:00");
  request["reported"] = "2026-05-04T11:00";
  CHECK(due_local(request) == "2026-05-06T15:00:00+02:00");
}
