// The window-aware budget, time zones and holiday lists in German, Dutch and
// Danish, written out by hand.
#include "helpers.hpp"

namespace {

using test::explain_text;
using test::json;
using test::ok;

}  // namespace

TEST_CASE("lang windowBudget: Guided 1 in April 2026, German and Danish") {
  // Mon–Fri 08–16 in April 2026 (DE-ST): 22 weekdays − Good Friday (3rd) and
  // Easter Monday (6th) = 20 days; the user closes the 14th too: 19 × 8 h = 152 h.
  // 0.5 % of 152 h = 0.76 h = 45 min 36 s; the contract states 3 h 45 min (§9.2).
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"},
                  {"closedDays", {"2026-04-14"}}, {"lang", "de"}};
  json de = ok("windowBudget", request)["commitments"][0];
  CHECK(de["period"]["label"] == "April 2026");
  CHECK(de["readings"][0]["label"] == "Im Vertrag genannt (0,5\u00a0% von 750 h)");
  CHECK(de["readings"][0]["default"] == true);
  CHECK(de["readings"][1]["label"] == "Nur die Stunden von Arbeitstage 8–16 Uhr, Zeitraum April 2026");
  CHECK(de["readings"][1]["budget"]["exact"] == "2736");  // 0.5 % of 152 h
  CHECK(explain_text(de["explain"], "commitment") == "99,5\u00a0% garantiert pro Monat (Anwendung) — §9.2, §3.5.1.");
  CHECK(explain_text(de["explain"], "window-hours") ==
        "Arbeitstage 8–16 Uhr (Mo–Fr 08:00–16:00, an Feiertagen geschlossen) im Zeitraum April 2026, Europe/Berlin: "
        "19 Tage × 8 h = 152 h (real verstrichene Zeit; Sommerzeit und Feiertage DE-ST berücksichtigt).");
  CHECK(explain_text(de["explain"], "reading").find("(45 Min. 36 Sek.) oder von einem Monat (sein genanntes "
                                                    "Maximum, 3 Std. 45 Min.)") != std::string::npos);
  CHECK(de["windowHours"]["hours"] == "152");  // a field: the core's decimal

  request["lang"] = "da";
  request["month"] = "2026-03";
  request.erase("closedDays");
  // March 2026: 22 weekdays, no holiday in DE-ST; 22 × 8 h = 176 h.
  json da = ok("windowBudget", request)["commitments"];
  CHECK(da[0]["period"]["label"] == "marts 2026");
  CHECK(explain_text(da[0]["explain"], "window-hours") ==
        "Arbejdsdage 08–16 (man–fre 08:00–16:00, lukket på helligdage) i perioden marts 2026, Europe/Berlin: 22 "
        "dage × 8 t = 176 t (faktisk forløbet tid; sommertid og helligdage DE-ST taget i betragtning).");
  // The platform commitment counts every hour: March 2026 has 31 × 24 − 1 = 743 h (the clocks go forward).
  CHECK(explain_text(da[1]["explain"], "window-hours") ==
        "Alle timer i perioden marts 2026, Europe/Berlin: 743 t (faktisk forløbet tid; sommertid taget i "
        "betragtning, ingen helligdage).");
}

TEST_CASE("lang zones: the rule of a zone in German, Dutch and Danish") {
  json de = ok("zones", {{"zone", "Europe/Berlin"}, {"from", 1990}, {"to", 1991}, {"lang", "de"}});
  CHECK(explain_text(de["explain"], "rule") ==
        "In Europe/Berlin gilt CET (UTC+01:00), und CEST (UTC+02:00) vom letzten Sonntag im März um 02:00 Ortszeit "
        "bis zum letzten Sonntag im Oktober um 03:00 Ortszeit (POSIX-Regel CET-1CEST,M3.5.0,M10.5.0/3).");
  CHECK(explain_text(de["explain"], "validity") ==
        "Europe/Berlin hatte vor 1996 andere Regeln, die slacalc nicht kennt: Die Jahre 1990–1991 zeigen die "
        "aktuelle Regel rückwärts fortgeschrieben, nicht die Geschichte.");
  // Israel's rule names the fourth Thursday in March at 26:00, i.e. 02:00 on the Friday.
  json nl = ok("zones", {{"zone", "Asia/Jerusalem"}, {"lang", "nl"}});
  CHECK(explain_text(nl["explain"], "rule") ==
        "Asia/Jerusalem gebruikt IST (UTC+02:00), en IDT (UTC+03:00) van de vierde donderdag van maart om 26:00 "
        "(02:00 de volgende dag) lokale tijd tot de laatste zondag van oktober om 02:00 lokale tijd (POSIX-regel "
        "IST-2IDT,M3.4.4/26,M10.5.0).");
  json da = ok("zones", {{"zone", "Asia/Calcutta"}, {"lang", "da"}});
  CHECK(explain_text(da["explain"], "alias") == "Asia/Calcutta er et andet navn for Asia/Kolkata.");
  CHECK(explain_text(da["explain"], "rule") == "Asia/Kolkata holder IST (UTC+05:30) hele året (POSIX-regel IST-5:30).");
  CHECK(da["transitions"][0]["abbrev"] == "IST");
}

TEST_CASE("lang holidays: two holidays on one day, in Dutch") {
  // 1 May 2008 was Ascension Day as well as Labour Day in Saxony-Anhalt.
  json nl = ok("holidays", {{"calendar", "DE-ST"}, {"year", 2008}, {"lang", "nl"}});
  CHECK(explain_text(nl["explain"], "holiday-coincide") ==
        "01-05-2008: Labour Day / Ascension Day vallen op dezelfde dag, één keer vermeld.");
  bool listed = false;
  for (const auto& h : nl["holidays"])
    if (h["date"] == "2008-05-01") listed = true;
  CHECK(listed);
}
