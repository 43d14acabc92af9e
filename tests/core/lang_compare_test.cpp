// The comparison in German, Dutch and Danish: the rules of a profile as
// sentences (profile_text.cpp), the cells and row labels of compare. Expected
// texts are written out by hand; "\u00a0" is the no-break space Intl writes
// before "%" (de, da) and around currency signs; units of time get a plain one.
#include "helpers.hpp"

namespace {

using test::json;
using test::row;
using test::ok;

std::string line(const json& result, const std::string& id, int column, int index = 0) {
  return row(result, id)["cells"][column]["lines"][index].get<std::string>();
}

// Flying Circus Guided 1 (a windowed commitment, §9.2) beside WP Heaven
// Standard at 1 600.00 DKK a month, April 2026, a bad month of 99 %.
json request(const char* lang) {
  return {{"columns", {{{"profile", "flying-circus"}, {"tier", "guided-1"}},
                       {{"profile", "wp-heaven"}, {"tier", "standard"}, {"monthlyPrice", 160000}}}},
          {"month", "2026-04"},
          {"badMonth", "99"},
          {"lang", lang}};
}

}  // namespace

TEST_CASE("lang compare: German cells, labels and decimal commas") {
  json de = ok("compare", request("de"));
  CHECK(row(de, "availability")["label"] == "Verfügbarkeit");
  CHECK(row(de, "notice")["label"] == "Kündigungsfrist");
  CHECK(row(de, "bad-month")["label"] == "Gutschrift bei 99\u00a0% Verfügbarkeit");
  CHECK(line(de, "availability", 0) == "99,5\u00a0% garantiert pro Monat (Anwendung)");
  // 0.5 % of the window's own hours: 20 working days × 8 h = 160 h → 0.8 h = 48 min.
  CHECK(line(de, "downtime", 0, 1) == "oder 48 Min. der 160 h Servicezeit");
  CHECK(line(de, "window", 0) ==
        "Anwendung: Arbeitstage 8–16 Uhr: Mo–Fr 08:00–16:00, an Feiertagen geschlossen (DE-ST), Europe/Berlin");
  CHECK(line(de, "window", 1) == "rund um die Uhr, an allen Tagen");
  CHECK(line(de, "response", 0) == "Reaktion: 3 Std., gezählt in Arbeitstage 8–16 Uhr");
  CHECK(line(de, "response", 1) == "Keine Angabe");
  CHECK(line(de, "minimum-term", 0) == "3 Monate ab Cleared-For-Takeoff-Mitteilung (Bereitstellungsanzeige)");  // the event is the profile's words
  CHECK(line(de, "renewal", 0) == "Verlängert sich automatisch um 3 Monate");
  CHECK(line(de, "notice", 0) == "Eingang 1 Monat vor Ende der Laufzeit");
  CHECK(line(de, "credit", 0) ==
        "5\u00a0% der Vormonatsgebühr der Ressourcengruppe (Service-Level, vCPU, RAM, Speicher), wenn das "
        "Monatsziel verfehlt wird");
  CHECK(line(de, "credit", 1) ==
        "(Ziel − erreicht) × Monatsgebühr / 100, wenn die monatliche Verfügbarkeit unter dem Ziel liegt");
  CHECK(line(de, "price", 0) == "Nicht eingegeben: Komponentenfaktor × Preis pro Einheit");
  CHECK(line(de, "price", 1) == "1.600,00\u00a0DKK");
  // (99.5 − 99) × 1 600.00 / 100 = 8.00 DKK.
  CHECK(line(de, "bad-month", 1) == "8,00\u00a0DKK (0,5\u00a0% von 1.600,00\u00a0DKK)");
  CHECK(line(de, "bad-month", 0) == "Monatspreis eingeben");
  // Machine fields do not change with the language.
  json en = ok("compare", request("en"));
  CHECK(row(de, "credit")["cells"][0]["clauses"] == row(en, "credit")["cells"][0]["clauses"]);
}

TEST_CASE("lang compare: Danish money and Dutch claim terms") {
  json da = ok("compare", request("da"));
  CHECK(line(da, "availability", 1) == "99,5\u00a0% garanteret pr. måned");
  CHECK(line(da, "bad-month", 1) == "8,00\u00a0kr. (0,5\u00a0% af 1.600,00\u00a0kr.)");
  CHECK(line(da, "renewal", 1) == "Ikke angivet");
  CHECK(row(da, "credit")["label"] == "Kreditering ved SLA-brud");

  // Arena: 1.25 % of the annual fee per quarter, claimed in writing (the
  // profile's own words) within 15 days; 12 × 4 000.00 USD = 48 000.00 USD.
  json nl = ok("compare", {{"columns", {{{"profile", "arena"}, {"tier", "plm-service"}, {"monthlyPrice", 400000}},
                                        {{"profile", "nms-prime"}, {"tier", "advanced-service"}}}},
                           {"badMonth", "99"},
                           {"lang", "nl"}});
  CHECK(line(nl, "availability", 0) == "99,5% gegarandeerd per kwartaal");
  CHECK(line(nl, "credit", 0) == "1,25% van de huidige jaarvergoeding als de kwartaaldoelstelling niet wordt gehaald");
  CHECK(line(nl, "credit", 0, 1) == "Aanvraag indienen (schriftelijk) binnen 15 dagen na afloop van het kwartaal");
  CHECK(line(nl, "bad-month", 0) == "US$\u00a0600,00 (1,25% van US$\u00a048.000,00, 12 × de maandprijs)");
  CHECK(line(nl, "bad-month", 1) == "Geen financiële compensatie");
  CHECK(line(nl, "availability", 1) == "Geen beschikbaarheidstoezegging");
  bool calendar = false;
  for (const auto& e : nl["explain"])
    if (e["code"] == "calendar") {
      calendar = true;
      CHECK(e["text"] ==
            "Geen maand opgegeven: kalendermaanden, kwartalen en jaren worden genomen met hun gemiddelde "
            "gregoriaanse lengte (365,2425 dagen per jaar).");
    }
  CHECK(calendar);
}

TEST_CASE("lang compare: response rules with class and priority, German and Dutch") {
  json columns = {{{"profile", "scope4mation"}, {"tier", "default"}}, {{"profile", "aws-ec2"}, {"tier", "region-level"}}};
  json de = ok("compare", {{"columns", columns}, {"lang", "de"}});
  CHECK(line(de, "response", 0) ==
        "Antwort bei Störungen, Hoch (1): 8 Std., gezählt in Geschäftszeiten (Default): Arbeitstage 10–16 Uhr");
  CHECK(line(de, "response", 0, 3) == "Lösung bei Störungen: nach bestem Bemühen");
  CHECK(line(de, "response", 0, 4) == "Antwort bei Änderungen, Hoch (1): 2 Arbeitstage");
  CHECK(line(de, "availability", 0) == "99,8\u00a0% Zielwert (keine Garantie) pro Monat");
  CHECK(line(de, "credit", 1) ==
        "Anteil der Monatsgebühr nach Verfügbarkeit im Monat: 10\u00a0% unter 99,99\u00a0%, 30\u00a0% unter "
        "99\u00a0%, 100\u00a0% unter 95\u00a0%");
  CHECK(line(de, "credit", 1, 1) == "Geltendmachung spätestens 2 Monate nach Ende des Monats");
  json nl = ok("compare", {{"columns", columns}, {"lang", "nl"}});
  CHECK(line(nl, "response", 0, 2) ==
        "Respons bij incidenten, Laag (3): 40 uur, geteld binnen Kantooruren (Default): werkdagen 10–16");
  CHECK(line(nl, "response", 0, 5) == "Respons bij wijzigingen, Normaal (2): 5 werkdagen");
}
