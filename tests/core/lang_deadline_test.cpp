// Deadlines in German, Dutch and Danish: the rule, the clock's window, the
// counted time, closed days and the clock change, written out by hand.
// Local times as Intl writes them ("Fr. 27.03.2026 15:30"); units of time
// with a plain space ("30 Min.").
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::explain_text;
using test::json;
using test::only;
using test::ok;

}  // namespace

TEST_CASE("lang deadline: Flying Circus Guided 1 over a weekend and the clock change, in German") {
  // Reported Friday 27 March 2026 15:30 inside Mon–Fri 08–16: 30 min on Friday;
  // the clocks go forward on Sunday (01:00 UTC); Monday 08:00–10:30 CEST gives
  // the other 2 h 30 min of the 3 h (§3.5.1).
  json d = only(ok("deadline", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"reported", "2026-03-27T15:30"},
                                {"lang", "de"}}));
  CHECK(d["promise"] == "Reaktion: 3 Std., gezählt in Arbeitstage 8–16 Uhr");
  const json& e = d["explain"];
  CHECK(explain_text(e, "rule") == "Reaktion: 3 Std., gezählt in Arbeitstage 8–16 Uhr — §3.5.1.");
  CHECK(explain_text(e, "window") ==
        "Die Frist läuft während: Arbeitstage 8–16 Uhr (Mo–Fr 08:00–16:00, an Feiertagen geschlossen) — "
        "Feiertagskalender DE-ST; Ortszeit Europe/Berlin.");
  CHECK(explain_text(e, "start") ==
        "Gemeldet Fr. 27.03.2026 15:30 CET, innerhalb der Servicezeit: die Frist beginnt sofort.");
  CHECK(explain_text(e, "counted") ==
        "Gezählt: Fr. 27.03.2026 15:30 CET – 16:00 CET (30 Min.); Mo. 30.03.2026 08:00 CEST – 10:30 CEST "
        "(2 Std. 30 Min.) = 3 Std.; fällig Mo. 30.03.2026 10:30 CEST.");
  CHECK(explain_text(e, "dst") ==
        "Die Uhren werden am So. 29.03.2026 01:00 UTC umgestellt (auf CEST, UTC+02:00): die gezählte Zeit ist "
        "real verstrichene Zeit.");
  // Machine fields stay as they are.
  CHECK(d["due"]["local"] == "2026-03-30T10:30:00+02:00");
  CHECK(d["measure"] == "reaction");
}

TEST_CASE("lang deadline: own window, a fraction of a second and a closed day") {
  // 1.5 s is counted as 2 s: the decimal comma in German.
  json fraction = only(ok("deadline", {{"window", {{"weekly", {{"mon-fri", {"09:00-17:00"}}}}}},
                                       {"time", "1.5s"},
                                       {"reported", "2026-11-24T10:00"},
                                       {"lang", "de"}}));
  CHECK(fraction["promise"] == "Antwort: 1,5 Sek., gezählt in Eigene Servicezeit");
  CHECK(explain_text(fraction["explain"], "rounding") == "1,5 Sek. gezählt als 2 s.");
  CHECK(explain_text(fraction["explain"], "window") ==
        "Die Frist läuft während: Eigene Servicezeit (Mo–Fr 09:00–17:00); Ortszeit UTC.");

  // Danish: Monday 30 March closed by the user; the clock skips it to Tuesday.
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"reported", "2026-03-27T15:30"},
                  {"closedDays", {"2026-03-30"}}, {"lang", "da"}};
  json da = only(ok("deadline", request));
  CHECK(da["closedDays"][0]["name"] == "egen lukkedag");
  CHECK(explain_text(da["explain"], "closed") == "Oversprungne lukkedage: 30.03.2026 egen lukkedag.");
  CHECK(explain_text(da["explain"], "window") ==
        "Fristen løber i: Arbejdsdage 08–16 (man–fre 08:00–16:00, lukket på helligdage) — helligdagskalender "
        "DE-ST, 1 egen lukkedag; lokal tid Europe/Berlin.");
  request["lang"] = "en";
  CHECK(only(ok("deadline", request))["closedDays"][0]["name"] == "custom closed day");
}

TEST_CASE("lang deadline: Scope4mation's working days and best effort, in Dutch") {
  json r = ok("deadline", {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T11:00"},
                           {"class", "change"}, {"priority", "high"}, {"workingDayRule", "end-of-day"},
                           {"lang", "nl"}});
  REQUIRE(r["deadlines"].size() == 2);
  const json& days = r["deadlines"][0];
  CHECK(days["promise"] == "Respons bij wijzigingen, Hoog (1): 2 werkdagen");
  CHECK(explain_text(days["explain"], "working-days") ==
        "Werkdagen gelezen als sluitingstijd op werkdag 2 na de dag van de melding.");
  CHECK(explain_text(r["deadlines"][1]["explain"], "best-effort") ==
        "Het contract belooft hier geen tijd (naar beste vermogen), dus er is geen termijn te berekenen.");

  json none = ok("deadline", {{"profile", "flying-circus"}, {"tier", "platform"}, {"reported", "2026-11-24T10:00"},
                              {"lang", "nl"}});
  CHECK(explain_text(none["explain"], "no-rule") == "Cloudplatform noemt geen reactie- of responstijd.");
}

TEST_CASE("lang deadline: the split reaction of Managed 4 and a time that does not exist, in German") {
  json fc = {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"reported", "2026-11-24T20:00"}, {"lang", "de"}};
  CHECK(explain_text(only(ok("deadline", fc))["explain"], "split") ==
        "Außerhalb von Arbeitstage 8–16 Uhr gemeldet: die Regel für diese Meldungen gilt nicht.");
  fc["reported"] = "2026-11-24T15:55";
  fc["options"] = {{"splitReaction", "inside-window"}};
  CHECK(explain_text(only(ok("deadline", fc))["explain"], "split") ==
        "Innerhalb von Arbeitstage 8–16 Uhr gemeldet, aber 15 Min. würden erst nach dessen Ende ablaufen; gelesen als "
        "„15 Minuten nur, wenn sie im Zeitfenster enden, sonst 1 Stunde“: die Regel für die übrigen Zeiten gilt.");

  json gap = ok("deadline", {{"profile", "flying-circus"}, {"tier", "guided-3"}, {"reported", "2026-03-29T02:30"},
                             {"lang", "de"}});
  CHECK(explain_text(gap["explain"], "disambiguation") ==
        "2026-03-29T02:30 gibt es in Europe/Berlin nicht: gelesen als 2026-03-29T03:30:00+02:00.");
}

TEST_CASE("lang deadline: error messages in the call's language, the promise too") {
  json rare = {{"window", {{"weekly", {{"mon", {"09:00-10:00"}}}}}}, {"time", "1000h"}, {"reported", "2026-11-24T10:00"},
               {"lang", "da"}};
  json e = fails_at("deadline", rare, "unreachable", "/time");
  CHECK(e["message"] ==
        "ingen frist: Svar: 1.000 t., talt inden for Eget servicevindue ville slutte mere end 10 år efter meldingen — "
        "vinduet åbner for sjældent");
  rare.erase("lang");
  CHECK(fails_at("deadline", rare, "unreachable", "/time")["message"] ==
        "no deadline: Response: 1000h within Custom window would end more than 10 years after the report — the window "
        "opens too rarely");
}

// The options of a deadline for people: labels, notes and choices in the
// call's language, the ids only where programs read them (docs/profile-format.md,
// "Options"). The expected words are the preset's own (presets/scope4mation.json).
TEST_CASE("lang deadline: an option and its choices named in the call's language, never by id") {
  const json preset = test::read_json("presets/scope4mation.json")["options"]["defaultResponseTimes"];
  json request = {{"profile", "scope4mation"}, {"tier", "default"}, {"reported", "2026-11-23T11:00"},
                  {"class", "incident"}, {"priority", "normal"}, {"measure", "response"},
                  {"options", {{"defaultResponseTimes", "section-3.1.1"}}}};
  for (const char* lang : {"en", "de", "nl", "da"}) {
    CAPTURE(lang);
    request["lang"] = lang;
    json r = ok("deadline", request);
    const json words = std::string(lang) == "en" ? preset : preset["translations"][lang];
    const json& option = r["options"][0];
    CHECK(option["id"] == "defaultResponseTimes");
    CHECK(option["choices"] == json{"section-1.2.3", "section-3.1.1"});
    CHECK(option["choice"] == "section-3.1.1");
    CHECK(option["label"] == words["label"]);
    CHECK(option["note"] == words["note"]);
    CHECK(option["choiceLabels"] ==
          json{words["choiceLabels"]["section-1.2.3"], words["choiceLabels"]["section-3.1.1"]});
    const std::string line = explain_text(only(r)["explain"], "option");
    CHECK(line.find(words["choiceLabels"]["section-3.1.1"].get<std::string>()) != std::string::npos);
    CHECK(line.find("section-") == std::string::npos);
  }
  request["lang"] = "de";
  CHECK(explain_text(only(ok("deadline", request))["explain"], "option") ==
        "Antwortzeiten bei Störungen auf der Stufe Default: §3.1.1: P1 < 8 Stunden, P2 < 2 Werktage, P3 < 5 Werktage "
        "(gewählt), §1.2.3, §3.1.1.");
}

TEST_CASE("lang deadline: a choice without a label of its own is named by slacalc, or by its place") {
  json doc = test::read_json("presets/flying-circus.json");
  // A profile of one's own that names no choice: splitReaction's slacalc names; another by its place.
  for (auto& [id, option] : doc["options"].items()) {
    option.erase("choiceLabels");
    option.erase("translations");
  }
  json request = {{"profile", doc}, {"tier", "managed-4"}, {"reported", "2026-11-24T15:55"}, {"lang", "da"},
                  {"options", {{"splitReaction", "inside-window"}}}};
  json r = ok("deadline", request);
  for (const auto& o : r["options"]) {
    if (o["id"] == "splitReaction")
      CHECK(o["choiceLabels"] == json{"Anmeldelsestidspunktet afgør det", "Kun hvis fristen falder inden for vinduet"});
    if (o["id"] == "hostedReaction") CHECK(o["choiceLabels"] == json{"Læsning 1", "Læsning 2"});
  }
  CHECK(explain_text(only(r)["explain"], "split").find("læst som ”Kun hvis fristen falder inden for vinduet”") !=
        std::string::npos);
  // English labels of its own come first in English, after slacalc's own words in another language.
  doc["options"]["splitReaction"]["choiceLabels"] = {{"report-time", "Report time"}};
  request["profile"] = doc;
  request["lang"] = "en";
  const json english = ok("deadline", request);  // kept: a loop over a temporary's member would outlive it
  for (const auto& o : english["options"])
    if (o["id"] == "splitReaction")
      CHECK(o["choiceLabels"] == json{"Report time", "Only if the deadline falls inside the window"});
}

TEST_CASE("lang deadline: choiceLabels and translations are checked") {
  json doc = test::read_json("presets/scope4mation.json");
  doc["options"]["defaultResponseTimes"]["choiceLabels"]["section-9"] = "No such section";
  doc["options"]["defaultResponseTimes"]["translations"]["fr"] = {{"label", "Temps de réponse"}};
  json check = json::parse(slacalc::call("validateProfile", doc.dump()).body);
  CHECK(check["valid"] == false);
  std::vector<std::string> paths;
  for (const auto& e : check["errors"]) paths.push_back(e["code"].get<std::string>() + " " + e["path"].get<std::string>());
  CHECK(paths == std::vector<std::string>{"unknown_reference /options/defaultResponseTimes/choiceLabels/section-9",
                                          "unknown_value /options/defaultResponseTimes/translations/fr"});
}
