// A profile's texts in the call's language (docs/profile-format.md,
// "Languages"): a translation where the profile gives one, the text as
// written otherwise, and a malformed translation an error at its place.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "holidays.hpp"
#include "lang.hpp"
#include "presets.hpp"
#include "profile_check.hpp"
#include "profile_text.hpp"

using slacalc::Lang;
using slacalc::LangScope;
using test::json;
using test::read_json;

namespace {

json texts_profile() {
  json p = read_json("tests/profiles/base.json");
  p["windows"]["office"]["translations"] = {{"de", {{"label", "Bürozeiten"}}}, {"da", {{"label", "kontortid"}}}};
  p["tiers"][0]["availability"][0]["scope"] = "application";
  p["tiers"][0]["availability"][0]["translations"] = {{"de", {{"scope", "Anwendung"}}}};
  p["tiers"][2]["credit"]["translations"] = {{"de", {{"reason", "keine Garantie"}}}};
  return p;
}

slacalc::Profile read_in(Lang lang, const json& document) {
  LangScope scope(lang);
  auto check = slacalc::check_profile(document);
  REQUIRE(check.errors.empty());
  return *check.profile;
}

bool texts_error_at(const json& document, const char* code, const char* path) {
  auto check = slacalc::check_profile(document);
  for (const auto& e : check.errors)
    if (e.code == code && e.path == path) return true;
  return false;
}

}  // namespace

TEST_CASE("profile texts: the translation into the call's language, else the text as written") {
  const json document = texts_profile();
  slacalc::Profile de = read_in(Lang::de, document);
  CHECK(de.find_window("office")->label == "Bürozeiten");
  CHECK(de.tiers[0].availability[0].scope == "application");  // the id outages name stays
  CHECK(de.tiers[0].availability[0].scope_name() == "Anwendung");
  CHECK(de.tiers[2].credit.reason == "keine Garantie");
  CHECK(de.find_window("nights")->label == "nights");  // no German given: as written
  CHECK(de.text_lang == "en");                          // some texts stayed English

  slacalc::Profile nl = read_in(Lang::nl, document);
  CHECK(nl.find_window("office")->label == "office hours");
  CHECK(nl.tiers[0].availability[0].scope_name() == "application");
  CHECK(read_in(Lang::da, document).find_window("office")->label == "kontortid");

  slacalc::Profile en = read_in(Lang::en, document);
  CHECK(en.find_window("office")->label == "office hours");
  CHECK(en.text_lang == "en");
}

TEST_CASE("profile texts: a profile written in German is shown as written, marked German") {
  json document = read_json("tests/profiles/base.json");
  document["lang"] = "de";
  document["windows"]["office"]["label"] = "Bürozeiten";
  slacalc::Profile en = read_in(Lang::en, document);
  CHECK(en.lang == "de");
  CHECK(en.find_window("office")->label == "Bürozeiten");
  CHECK(en.text_lang == "de");
  CHECK(read_in(Lang::de, document).text_lang == "de");
}

TEST_CASE("profile texts: a malformed translation is an error at its path") {
  json document = texts_profile();
  document["tiers"][0]["translations"] = {{"fr", {{"name", "Or"}}}};
  CHECK(texts_error_at(document, "unknown_value", "/tiers/0/translations/fr"));

  document = texts_profile();
  document["tiers"][0]["translations"] = {{"de", {{"name", 7}}}};
  CHECK(texts_error_at(document, "wrong_type", "/tiers/0/translations/de/name"));

  document = texts_profile();
  document["tiers"][0]["translations"] = {{"de", {{"id", "gold-de"}}}};
  CHECK(texts_error_at(document, "unknown_value", "/tiers/0/translations/de/id"));

  document = texts_profile();
  document["tiers"][1]["translations"] = {{"de", {{"note", "Silber"}}}};  // the tier has no note
  CHECK(texts_error_at(document, "unknown_reference", "/tiers/1/translations/de/note"));

  document = texts_profile();
  document["windows"]["office"]["translations"] = "Bürozeiten";
  CHECK(texts_error_at(document, "wrong_type", "/windows/office/translations"));

  document = texts_profile();
  document["lang"] = "fr";
  CHECK(texts_error_at(document, "unknown_value", "/lang"));
}

TEST_CASE("profile texts: Flying Circus in German — window, deadline and scope in the contract's words") {
  LangScope scope(Lang::de);
  const slacalc::Profile* fc = slacalc::find_preset("flying-circus");
  REQUIRE(fc != nullptr);
  CHECK(fc->find_window("wd-08-16")->label == "Arbeitstage 8–16 Uhr");  // VLB §3.5.1: "Arbeitstage, 8–16 Uhr"
  CHECK(fc->deadlines.at(0).label == "Zahlung einer Rechnung");
  CHECK(fc->find_tier("guided-1")->availability.at(0).scope_name() == "Anwendung");
  CHECK(fc->text_lang == "de");
  CHECK(slacalc::commitment_text(fc->find_tier("guided-1")->availability.at(0)) ==
        "99,5\u00a0% garantiert pro Monat (Anwendung)");
}

TEST_CASE("profile texts: presets in English are as written") {
  LangScope scope(Lang::en);
  const slacalc::Profile* fc = slacalc::find_preset("flying-circus");
  REQUIRE(fc != nullptr);
  CHECK(fc->find_window("wd-08-16")->label == "Working days 08–16");
  CHECK(fc->deadlines.at(0).label == "Payment of an invoice");
}

TEST_CASE("holiday notes in the call's language: Saxony-Anhalt in German") {
  LangScope scope(Lang::de);
  slacalc::Explain notes = slacalc::holiday_calendar_notes("DE-ST", 2026, 2026, {});
  REQUIRE(notes.size() >= 2);
  CHECK(notes[0].text == "DE-ST: Sachsen-Anhalt (Feiertagsgesetz LSA §2).");
  bool statewide = false;
  for (const auto& n : notes)
    if (n.code == "holiday-statewide")
      statewide = n.text.rfind("Aufgeführt sind nur Feiertage, die im ganzen Land gelten", 0) == 0;
  CHECK(statewide);
}
