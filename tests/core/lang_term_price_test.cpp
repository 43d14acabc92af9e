// Contract terms and prices in German, Dutch and Danish, worked by hand:
// Flying Circus §11.1 (terms), §11.2 (damages), §10 (invoice deadlines),
// §3.7 / §3.7.1 / §3.8 / §10.1 (prices) and NMS Prime's support hours.
#include "helpers.hpp"

namespace {

using test::explain_text;
using test::json;
using test::ok;

// Guided 1 from 31 January 2026: 3 months, renewing by 3, notice 1 month before expiry.
json guided1(const char* lang) {
  return {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-06-15"},
          {"invoiceDate", "2026-05-02"}, {"terminationForCause", {{"date", "2026-06-10"}, {"monthlyFee", 250000}}},
          {"lang", lang}};
}

json managed4(const char* lang) {
  return {{"profile", "flying-circus"},
          {"tier", "managed-4"},
          {"pricePerFactorUnit", 12000},
          {"resourceGroup",
           {{"vms", {{{"name", "db1"}, {"vcpus", 4}, {"ramGb", 16}, {"storageGb", 100}, {"components", {"postgresql"}}},
                     {{"name", "web1"}, {"vcpus", 3}, {"ramGb", 2.5}, {"components", {"postgresql", "nginx"}}}}}}},
          {"infrastructurePrices", {{"vcpu", 1500}, {"ramGb", 400}, {"storageGb", 15}}},
          {"lang", lang}};
}

}  // namespace

TEST_CASE("lang term: the rule, the readings and the damages in German") {
  json de = ok("term", guided1("de"));
  CHECK(explain_text(de, "term") ==
        "Guided 1: Mindestlaufzeit 3 Monate ab Cleared-For-Takeoff-Mitteilung (Bereitstellungsanzeige), "
        "Verlängerung um 3 Monate, sofern die "
        "Kündigung nicht 1 Monat vor Ablauf eingeht — §11.1, §4.4.");
  CHECK(explain_text(de, "term-end").rfind("Eine Laufzeit von N Monaten endet mit dem Tag vor demselben Datum", 0) == 0);
  // The first renewal runs 1 May – 31 July 2026. Ended for cause on 10 June: from
  // 11 June one whole month (to 10 July) and 21 days (11–31 July) = 1 + 21/30 =
  // 1.7 months of 2 500.00 EUR; 50 % of it = 2 125.00 EUR (§11.2).
  CHECK(explain_text(de, "damages") ==
        "Aus wichtigem Grund beendet am 10.06.2026: die Laufzeit lief bis 31.07.2026, 1 voller Monat und 21 Tage "
        "übrig = 1,7 Monate zu 2.500,00\u00a0€; davon 50\u00a0% = 2.125,00\u00a0€, kaufmännisch gerundet — §11.2.");
  // §10: payment 14 days after the invoice of 2 May = 16 May; "within" stays the profile's own spelling.
  CHECK(de["deadlines"][0]["text"] == "Zahlung einer Rechnung: 14 Tage nach Rechnungsdatum → 16.05.2026 — §10");
  CHECK(de["deadlines"][0]["within"] == "14 days");
  CHECK(de["deadlines"][0]["date"] == "2026-05-16");
  CHECK(de["calendar"].get<std::string>().find("SUMMARY:Laufzeit endet: ") != std::string::npos);
}

TEST_CASE("lang term: changes and the notice reading, Dutch and Danish") {
  json request = guided1("nl");
  request.erase("terminationForCause");
  request["changes"] = {{{"kind", "temporary-upgrade"}, {"tier", "managed-4"}, {"from", "2026-03-01"}, {"to", "2026-03-10"}},
                        {{"kind", "upgrade"}, {"tier", "guided-3"}, {"from", "2026-04-01"}}};
  json nl = ok("term", request);
  CHECK(nl["changes"][0]["effect"] ==
        "Het hogere niveau voor 10 dagen, gefactureerd met de toeslag; de minimale looptijd blijft ongewijzigd (§3.8).");
  CHECK(nl["changes"][1]["effect"] == "Een nieuwe minimale looptijd van Guided 3 begint (§3.8).");
  // Guided 3 from 1 April: the term running on 15 June ends 30 September;
  // notice by 31 August (1 October − 1 month − 1 day), by the other reading 30 August.
  CHECK(explain_text(nl, "notice-deadline") ==
        "Opzegging \"N maanden vóór afloop\" teruggerekend vanaf het moment waarop de looptijd afloopt (het einde "
        "van de laatste dag): bij een looptijd die op 30 juni eindigt, moet de opzegging uiterlijk 31 maart binnen "
        "zijn. De andere lezing geeft 30-08-2026.");
  CHECK(nl["deadlines"][2]["text"] ==
        "Gegevens van de VM's bewaard na een regulier einde: 1 maand na het reguliere einde → 30-10-2026 — §11.2.1");

  request["lang"] = "da";
  request["termEnd"] = "same-date";
  json da = ok("term", request);
  CHECK(explain_text(da, "term-end") ==
        "Læst som: en løbetid på N måneder ender på samme dato N måneder senere, inklusive denne dag.");
  CHECK(da["changes"][1]["effect"] == "En ny minimumsløbetid for Guided 3 begynder (§3.8).");
}

TEST_CASE("lang price: component factor and metering in German") {
  // postgresql on db1 (4 vCPU) and web1 (3): 7 instances → 1 + 6/3 = 3; nginx on
  // web1: 1 + 2/3 = 5/3. Factor 14/3 × 120.00 = 560.00 EUR; infrastructure
  // 7 × 15.00 + 18.5 × 4.00 + 100 × 0.15 = 105 + 74 + 15 = 194.00 EUR.
  json de = ok("price", managed4("de"));
  CHECK(explain_text(de, "component", 1) == "nginx: 3 vCPU auf web1 → 3 Instanzen → 1 + 2 × 1/3 = 5/3 (1,6666…).");
  CHECK(de["factor"]["components"][1]["working"] == "nginx: 3 vCPU auf web1 → 3 Instanzen → 1 + 2 × 1/3 = 5/3 (1,6666…)");
  CHECK(de["factor"]["total"]["text"] == "4.6666…");  // a field: the core's own decimal text
  CHECK(explain_text(de, "factor") == "Komponentenfaktor: 3 + 5/3 = 14/3 (4,6666…) (§3.7).");
  CHECK(explain_text(de, "infrastructure") ==
        "Infrastruktur (vCPU, RAM, Speicher, wie §9.7 die Kosten einer Ressourcengruppe aufführt): 7 vCPU × "
        "15,00\u00a0€ + 18,5 GB RAM × 4,00\u00a0€ + 100 GB Speicher × 0,15\u00a0€ = 194,00\u00a0€ im Monat.");
  CHECK(explain_text(de, "monthly") == "Monatspreis: 560,00\u00a0€ + 194,00\u00a0€ = 754,00\u00a0€.");

  // April 2026, db1 alone at 8 vCPU from the 15th (per VM the 15th counts web1 too):
  // 14 days at 754.00 → 14/30 × 754.00 = 351.866… → 351.87 EUR.
  json month = managed4("de");
  month["month"] = "2026-04";
  json db1 = {{"name", "db1"}, {"vcpus", 8}, {"components", {"postgresql"}}};
  json change = {{"from", "2026-04-15"}, {"resourceGroup", {{"vms", json::array({db1})}}}};
  month["changes"] = json::array({change});
  json m = ok("price", month);
  CHECK(explain_text(m, "metering-row") ==
        "01.04.2026 bis 14.04.2026 (14 Tage, Faktor 14/3, 7 vCPU, 18,5 GB RAM, 100 GB Speicher): 14/30 × "
        "754,00\u00a0€ = 351,87\u00a0€ (gerundet).");
  CHECK(explain_text(m, "metering-total").rfind("April 2026: ", 0) == 0);
  CHECK(m["metering"]["label"] == "April 2026");
}

TEST_CASE("lang price: break-even in Dutch, support hours in Danish, no model in German") {
  // Factor 14/3 → 9 for 9 of 12 months; k* = 12 / 1.3 = 120/13 ≈ 9.23.
  json request = managed4("nl");
  json larger = {{"name", "db1"}, {"vcpus", 7}, {"components", {"postgresql", "x", "y"}}};
  request["factorIncrease"] = {{"resourceGroup", {{"vms", json::array({larger})}}}, {"neededMonths", 9}};
  json nl = ok("price", request);
  CHECK(explain_text(nl, "break-even") ==
        "Omslagpunt: k* = M / 1,3 = 12 / 1,3 = 120/13 ≈ 9,23 maanden. Optie A is goedkoper als de grotere factor "
        "minder dan k* maanden nodig is (hier tot en met 9 maanden); vanaf 10 maanden is optie B goedkoper. De "
        "horizon verandert dit niet.");
  CHECK(nl["factorIncrease"]["breakEven"]["text"] == explain_text(nl, "break-even"));
  CHECK(nl["factorIncrease"]["cheaper"] == "A");

  // 10 h a month, 20 h in the introduction month; month 3: 12.5 − 10 = 2.5 h × 120.00 = 300.00 EUR.
  json da = ok("price", {{"profile", "nms-prime"}, {"tier", "advanced-service"},
                         {"supportHours", {{"perMonth", "10"}, {"hourlyRate", 12000}, {"used", {"25", 8, "12.5"}}}},
                         {"lang", "da"}});
  CHECK(explain_text(da, "support-month", 2) == "Måned 3 (drift): 12,5 t brugt af 10 t → 2,5 t × 120,00\u00a0€ = 300,00\u00a0€.");
  CHECK(explain_text(da, "support-month", 1) == "Måned 2 (drift): 8 t brugt af 10 t: intet derudover.");
  CHECK(explain_text(da, "support-total") == "3 måneder: 45,5 t brugt, 7,5 t ud over kontingenterne: 900,00\u00a0€.");
  CHECK(da["supportHours"]["months"][2]["phase"] == "operation");

  json none = ok("price", {{"profile", "arena"}, {"tier", "plm-service"}, {"lang", "de"}});
  CHECK(explain_text(none, "no-model") ==
        "Kein Preismodell in diesem Vertrag für Arena PLM: Das Profil gibt dieser Stufe keine Preise, also wird "
        "nichts berechnet statt etwas erfunden.");
}
