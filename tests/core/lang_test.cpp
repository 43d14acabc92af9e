// Texts in German, Dutch and Danish: the language mechanism, the formats
// (each as Intl writes it — tests/node/local-text-oracle.test.mjs compares
// them with the browser's own), and worked examples of budget, compose and
// credit texts, written out by hand. "\u00a0" is the no-break space Intl puts
// before "%" (de, da) and around currency signs; units of time get a plain one.
#include "helpers.hpp"

#include "human_duration.hpp"
#include "lang.hpp"
#include "local_text.hpp"

namespace {

using slacalc::Lang;
using slacalc::LangScope;
using slacalc::Rational;
using test::fails_at;
using test::explain_text;
using test::json;
using test::ok;

bool contains(const std::string& text, const std::string& part) {
  INFO(text);
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("lang: a request names its language; anything else is refused at /lang") {
  fails_at("budget", {{"target", "99.9"}, {"period", "week"}, {"lang", "fr"}}, "unknown_value", "/lang");
  fails_at("budget", {{"target", "99.9"}, {"period", "week"}, {"lang", 1}}, "unknown_value", "/lang");
  CHECK(ok("budget", {{"target", "99.9"}, {"period", "week"}, {"lang", "en"}})["downtime"]["human"] == "10m 4.8s");
  // The language ends with the call: the next one without "lang" is English again.
  CHECK(ok("budget", {{"target", "99.9"}, {"period", "week"}, {"lang", "de"}})["downtime"]["human"] ==
        "10 Min. 4,8 Sek.");
  CHECK(ok("budget", {{"target", "99.9"}, {"period", "week"}})["downtime"]["human"] == "10m 4.8s");
}

TEST_CASE("lang: say() fills {n} in the call's language") {
  constexpr slacalc::Phrase kDue{"due {0} ({1})", "fällig {0} ({1})", "uiterlijk {0} ({1})", "senest {0} ({1})"};
  CHECK(slacalc::say(kDue, {"a", "b"}) == "due a (b)");
  LangScope nl(Lang::nl);
  CHECK(slacalc::say(kDue, {"a", "b"}) == "uiterlijk a (b)");
  {
    LangScope da(Lang::da);
    CHECK(slacalc::say(kDue, {"a", "b"}) == "senest a (b)");
  }
  CHECK(slacalc::current_lang() == Lang::nl);
}

TEST_CASE("lang: numbers, percentages, money, dates and durations per language") {
  date::local_days day{date::year{2026} / 11 / 23};
  {
    LangScope de(Lang::de);
    CHECK(slacalc::local_decimal("1234567.25") == "1.234.567,25");
    CHECK(slacalc::local_decimal("-0.5") == "-0,5");
    CHECK(slacalc::percent_text(slacalc::Percent(Rational::fraction(995, 10))) == "99,5\u00a0%");
    CHECK(slacalc::money_text(160000, "EUR") == "1.600,00\u00a0€");
    CHECK(slacalc::money_text(160000, "USD") == "1.600,00\u00a0$");
    CHECK(slacalc::date_text(day) == "23.11.2026");
    CHECK(slacalc::day_text(day) == "23.11.2026 (Montag)");
    CHECK(slacalc::human_duration(slacalc::Duration(Rational::fraction(15796686096LL, 1000000))) == "≈ 4 Std. 23 Min. 16,686 Sek.");
    CHECK(slacalc::human_duration(slacalc::Duration(Rational(2 * 86400))) == "2 Tg.");
  }
  {
    LangScope nl(Lang::nl);
    CHECK(slacalc::percent_text(slacalc::Percent(Rational::fraction(995, 10))) == "99,5%");
    CHECK(slacalc::money_text(160000, "EUR") == "€\u00a01.600,00");
    CHECK(slacalc::money_text(160000, "USD") == "US$\u00a01.600,00");
    CHECK(slacalc::date_text(day) == "23-11-2026");
    CHECK(slacalc::weekday_name(day) == "maandag");
    CHECK(slacalc::human_duration(slacalc::Duration(Rational(86400 + 3600))) == "1 dag 1 uur");
    CHECK(slacalc::human_duration(slacalc::Duration(Rational(2 * 86400))) == "2 dagen");
  }
  {
    LangScope da(Lang::da);
    CHECK(slacalc::percent_text(slacalc::Percent(Rational::fraction(995, 10))) == "99,5\u00a0%");
    CHECK(slacalc::money_text(160000, "DKK") == "1.600,00\u00a0kr.");
    CHECK(slacalc::money_text(123456, "JPY") == "123.456\u00a0JPY");
    CHECK(slacalc::date_text(day) == "23.11.2026");
    CHECK(slacalc::short_local_text(date::local_seconds{day} + std::chrono::hours{16} + std::chrono::minutes{10}) ==
          "man. 23.11.2026 16.10");
    CHECK(slacalc::human_duration(slacalc::Duration(Rational(0))) == "0 sek.");
  }
  // English keeps the core's long-standing forms.
  CHECK(slacalc::money_text(160000, "DKK") == "1,600.00 DKK");
  CHECK(slacalc::percent_text(slacalc::Percent(Rational::fraction(995, 10))) == "99.5 %");
  CHECK(slacalc::date_text(day) == "2026-11-23");
}

TEST_CASE("lang: the budget's working in German and Dutch") {
  // 99.95 % of February 2026: 28 × 86 400 s = 2 419 200 s; 0.05 % of it = 1 209.6 s = 20 min 9.6 s.
  json de = ok("budget", {{"target", "99,95"}, {"period", "month"}, {"month", "2026-02"}, {"lang", "de"}});
  CHECK(de["period"]["label"] == "Februar 2026 (Kalendermonat, 28 Tage)");
  CHECK(explain_text(de, "period") == "Februar 2026 hat 28 Tage: 28 × 86.400 s = 2.419.200 s.");
  CHECK(explain_text(de, "formula") ==
        "Zulässige Ausfallzeit = (100\u00a0% − 99,95\u00a0%) × 2.419.200 s = 0,05\u00a0% × 2.419.200 s = 1.209,6 s "
        "(20 Min. 9,6 Sek.).");
  json nl = ok("budget", {{"target", "99.95"}, {"period", "month"}, {"month", "2026-02"}, {"lang", "nl"}});
  CHECK(explain_text(nl, "period") == "Februari 2026 heeft 28 dagen: 28 × 86.400 s = 2.419.200 s.");
  CHECK(nl["period"]["label"] == "februari 2026 (kalendermaand, 28 dagen)");
  // The machine fields do not change with the language.
  CHECK(de["downtime"]["exact"] == "1209.6");
  CHECK(nl["availability"]["text"] == "99.95");
}

TEST_CASE("lang: compose in Danish") {
  // 99.95 % × 99.99 % = 99.940005 %.
  json r = ok("compose", {{"system", {{"serial", {{{"name", "A"}, {"availability", "99.95"}}, {{"name", "B"}, {"availability", "99.99"}}}}}},
                          {"lang", "da"}});
  CHECK(contains(explain_text(r, "serial"), "99,95\u00a0% × 99,99\u00a0% = 99,940005\u00a0%."));
  CHECK(contains(explain_text(r, "dominant"), "A dominerer"));
}

TEST_CASE("lang: WP Heaven §11.3's credit and claim letter in four languages") {
  // MP 1 600 DKK, GT 99.5, FT 90 → (99.5 − 90) × 1 600 / 100 = 152 DKK, for April 2026.
  json r = ok("credit", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-04"}, {"availability", "90"},
                         {"fee", 160000}, {"lang", "de"}});
  CHECK(explain_text(r, "amount") == "9,5\u00a0% von 1.600,00\u00a0DKK = 152,00\u00a0DKK.");
  CHECK(r["amount"]["text"] == "152,00\u00a0DKK");
  CHECK(r["amount"]["minor"] == 15200);
  const json& letter = r["letter"];
  CHECK(contains(letter["en"], "The credit is 152.00 DKK (9.5 % of 1,600.00 DKK)."));
  CHECK(contains(letter["en"], "(2026-04-01 to 2026-04-30)"));
  CHECK(contains(letter["de"], "Die Gutschrift beträgt 152,00\u00a0DKK (9,5\u00a0% von 1.600,00\u00a0DKK)."));
  CHECK(contains(letter["de"], "(01.04.2026 bis 30.04.2026)"));
  CHECK(contains(letter["nl"], "De creditering bedraagt DKK\u00a0152,00 (9,5% van DKK\u00a01.600,00)."));
  CHECK(contains(letter["nl"], "(01-04-2026 tot en met 30-04-2026)"));
  CHECK(contains(letter["da"], "Krediteringen udgør 152,00\u00a0kr. (9,5\u00a0% af 1.600,00\u00a0kr.)."));
  CHECK(contains(letter["da"], "Med venlig hilsen"));
}
