// Error messages in German, Dutch and Danish: the request's "lang" chooses
// the message's language; code and path stay what they are in English.
// Expected texts written out by hand.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;

std::string message(const json& e) { return e["message"].get<std::string>(); }

bool starts_with(const std::string& text, const std::string& start) {
  INFO(text);
  return text.rfind(start, 0) == 0;
}

const json kOutage = {{"start", "2026-04-10T10:00"}, {"end", "2026-04-10T11:00"}};

}  // namespace

TEST_CASE("lang errors: a missing field") {
  json e = fails_at("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"availability", "99"}, {"lang", "de"}},
                    "missing_field", "/month");
  CHECK(message(e) == "fehlt: der Monat, YYYY-MM");
  e = fails_at("compose", {{"lang", "da"}}, "missing_field", "/system");
  CHECK(message(e) == "mangler: afhængighederne: {serial: [...]} eller {parallel: [...]}");
  e = fails_at("budget", {{"period", "month"}, {"target", "99.9"}, {"lang", "de"}}, "missing_field", "/month");
  CHECK(message(e) ==
        "der Zeitraum \"month\" braucht \"month\": der Kalendermonat als YYYY-MM (oder wählen Sie eine andere monthBasis)");
}

TEST_CASE("lang errors: a wrong type names the JSON type in the language") {
  json e = fails_at("budget", {{"target", true}, {"period", "week"}, {"lang", "nl"}}, "wrong_type", "/target");
  CHECK(message(e) == "verwacht: een percentage (tekenreeks of getal), gekregen: booleaanse waarde");
  e = fails_at("measure", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"}, {"outages", json::array({1})}, {"lang", "da"}},
               "wrong_type", "/outages/0");
  CHECK(message(e) == "forventet: et nedbrudsobjekt, modtaget: tal");
}

TEST_CASE("lang errors: numbers and durations as people type them") {
  json e = fails_at("budget", {{"target", "99,9,9"}, {"period", "week"}, {"lang", "da"}}, "invalid_number", "/target");
  CHECK(message(e) == "\"99,9,9\" er ikke et almindeligt decimaltal som 99,9 eller 99.9");
  e = fails_at("budget", {{"target", "100.5"}, {"period", "week"}, {"lang", "de"}}, "out_of_range", "/target");
  CHECK(message(e) == "ein Prozentsatz muss zwischen 0 und 100 liegen, erhalten: 100,5");
  e = fails_at("budget", {{"downtime", "49"}, {"period", "week"}, {"lang", "nl"}}, "invalid_number", "/downtime");
  CHECK(message(e) == "\"49\" heeft een eenheid nodig (d, h, m, s), bijv. 49m of 1h 30m");
  e = fails_at("budget", {{"target", "99.9"}, {"period", "week"}, {"decimals", 20}, {"lang", "de"}}, "out_of_range",
               "/decimals");
  CHECK(message(e) == "muss höchstens 12 sein");
}

TEST_CASE("lang errors: months") {
  json e = fails_at("credit",
                    {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-13"}, {"availability", "99"}, {"lang", "nl"}},
                    "invalid_date", "/month");
  CHECK(message(e) == "\"2026-13\": de maand moet 01–12 zijn");
  e = fails_at("credit",
               {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2200-01"}, {"availability", "99"}, {"lang", "da"}},
               "out_of_range", "/month");
  CHECK(message(e) == "måneden skal ligge i 1900–2199: en kontrakts perioder måles i dens tidszone, hvis regler rækker "
                      "til 2200");
  e = fails_at("measure", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "April"}, {"outages", json::array()}, {"lang", "de"}},
               "invalid_date", "/from");
  CHECK(message(e) == "\"April\" ist kein Monat wie 2026-02 (YYYY-MM)");
}

TEST_CASE("lang errors: CSV with line and column") {
  json e = fails_at("parseOutages",
                    {{"text", "start,end,kind\n2026-01-01T10:00,2026-01-01T11:00,planned\n2026-01-02T10:00,2026-01-02T11:00\n"},
                     {"lang", "de"}},
                    "invalid_csv", "/text");
  CHECK(message(e) == "in Zeile 3, Spalte 1: 2 Felder, wo die Kopfzeile 3 hat");
  e = fails_at("parseOutages", {{"text", "start,end\nab\"c,x\n"}, {"lang", "nl"}}, "invalid_csv", "/text");
  CHECK(message(e) == "regel 2, kolom 3: een aanhalingsteken in een veld dat er niet mee begint");
  e = fails_at("parseOutages", {{"text", "Start;Ende\n2026-01-01T10:00;gestern\n"}, {"lang", "da"}}, "invalid_format", "/text");
  CHECK(message(e) == "linje 2, kolonne 2 (Ende): \"gestern\" er ikke en dato og et klokkeslæt som 2026-02-03T10:00");
  e = fails_at("parseOutages", {{"text", "Beginn,Notiz\n2026-01-01T10:00,x\n"}, {"lang", "de"}}, "invalid_csv", "/text");
  CHECK(message(e) == "in Zeile 1: keine Spalte für das Ende des Ausfalls (z. B. \"end\"; gefunden: Beginn…)");
}

TEST_CASE("lang errors: unknown preset, tier, field and value") {
  json e = fails_at("measure", {{"profile", "nope"}, {"tier", "standard"}, {"from", "2026-04"}, {"outages", json::array()}, {"lang", "da"}},
                    "unknown_value", "/profile");
  CHECK(starts_with(message(e), "ingen medfølgende profil \"nope\" (medfølgende: "));
  e = fails_at("measure", {{"profile", "wp-heaven"}, {"tier", "gold-x"}, {"from", "2026-04"}, {"outages", json::array()}, {"lang", "de"}},
               "unknown_value", "/tier");
  CHECK(starts_with(message(e), "kein Tarif \"gold-x\" in wp-heaven (Tarife: "));
  e = fails_at("budget", {{"target", "99.9"}, {"period", "week"}, {"colour", 1}, {"lang", "de"}}, "unknown_field", "/colour");
  CHECK(starts_with(message(e), "unbekanntes Feld \"colour\" (bekannt: target, downtime, period, "));
  e = fails_at("budget", {{"target", "99.9"}, {"period", "fortnight"}, {"lang", "da"}}, "unknown_value", "/period");
  CHECK(starts_with(message(e), "ukendt værdi \"fortnight\" (forventet: en af værdierne day, week, "));
  e = fails_at("profile", {{"id", "nope"}, {"lang", "nl"}}, "unknown_value", "/id");
  CHECK(starts_with(message(e), "geen meegeleverd profiel \"nope\" (meegeleverd: "));
}

TEST_CASE("lang errors: conflicts and ranges") {
  json e = fails_at("budget", {{"target", "99.9"}, {"downtime", "1h"}, {"period", "week"}, {"lang", "nl"}}, "conflict",
                    "/downtime");
  CHECK(message(e) == "geef \"target\" of \"downtime\", niet allebei");
  json backwards = {{"start", "2026-04-10T11:00"}, {"end", "2026-04-10T10:00"}};
  e = fails_at("measure", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"}, {"outages", json::array({kOutage, backwards})}, {"lang", "nl"}},
               "inverted_range", "/outages/1/end");
  CHECK(message(e) == "de storing eindigt voor of op het moment dat ze begint");
  e = fails_at("measure", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"from", "2026-04"}, {"outages", json::array({kOutage, kOutage})}, {"lang", "de"}},
               "duplicate_row", "/outages/1");
  CHECK(message(e) == "wiederholt den Ausfall bei /outages/0");
}

TEST_CASE("lang errors: a profile of one's own is checked in the language") {
  json e = fails_at("measure", {{"profile", json::object()}, {"tier", "standard"}, {"from", "2026-04"}, {"outages", json::array()}, {"lang", "de"}},
                    "missing_field", "/profile/format");
  CHECK(message(e) == "ungültiges Profil: fehlt: \"format\": \"slacalc-profile/1\"");
}

TEST_CASE("lang errors: a file read in pieces answers in the call's language") {
  slacalc::LedgerSession s;
  REQUIRE(s.open(R"({"profile": "wp-heaven"})").ok);
  REQUIRE(s.append("start,end\n2026-04-10T10:00,2026-04-10T11:00\n").ok);
  slacalc::Response r = s.call("measure", R"({"profile": "wp-heaven", "tier": "standard", "from": "2026-04", "lang": "da"})");
  REQUIRE_FALSE(r.ok);
  json e = json::parse(r.body);
  CHECK(e["code"] == "conflict");
  CHECK(message(e) == "filen er ikke afsluttet: kald finish() først");
  REQUIRE(s.finish().ok);
  r = s.call("measure", R"({"profile": "wp-heaven", "tier": "standard", "from": "2026-04", "outages": [], "lang": "nl"})");
  REQUIRE_FALSE(r.ok);
  e = json::parse(r.body);
  CHECK(e["path"] == "/outages");
  CHECK(message(e) == "de storingen komen uit het in delen gelezen bestand; laat \"outages\" weg");
}

TEST_CASE("lang errors: a file's reading errors in the language open() names, at the file's line") {
  slacalc::LedgerSession s;
  REQUIRE(s.open(R"({"profile": "wp-heaven", "lang": "de"})").ok);
  REQUIRE(s.append("start,end\n2026-04-10T10:00,2026-04-10T11:00\n").ok);
  slacalc::Response r = s.append("2026-04-11T10:00,2026-04-11T11:00,extra\n");
  REQUIRE_FALSE(r.ok);
  json e = json::parse(r.body);
  CHECK(e["code"] == "invalid_csv");
  CHECK(e["path"] == "/text");
  CHECK(message(e) == "in Zeile 3, Spalte 1: 3 Felder, wo die Kopfzeile 2 hat");
}

TEST_CASE("lang errors: English stays as it was") {
  json e = fails_at("budget", {{"target", "99,9,9"}, {"period", "week"}, {"lang", "en"}}, "invalid_number", "/target");
  CHECK(message(e) == "\"99,9,9\" is not a plain decimal number like 99.9 or 99,9");
  e = fails_at("parseOutages", {{"text", "start,end\nab\"c,x\n"}}, "invalid_csv", "/text");
  CHECK(message(e) == "line 2, column 3: a quote inside a field that does not start with one");
  e = fails_at("budget", {{"target", true}, {"period", "week"}}, "wrong_type", "/target");
  CHECK(message(e) == "expected a percentage (string or number), got boolean");
}
