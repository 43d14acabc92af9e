// Durations for people, signed: a budget that is overspent is a negative
// duration, written with a minus sign (U+2212) in front of the whole
// duration, in every language the durations are written in.
#include "helpers.hpp"

#include "human_duration.hpp"
#include "lang.hpp"

namespace {

using slacalc::human_duration;
using slacalc::Lang;
using slacalc::LangScope;
using slacalc::Rational;

}  // namespace

TEST_CASE("human_duration: negative durations keep their sign and their parts") {
  // Positive and zero as before.
  CHECK(human_duration(slacalc::Duration(Rational(720))) == "12m");
  CHECK(human_duration(slacalc::Duration(Rational(1008))) == "16m 48s");
  CHECK(human_duration(slacalc::Duration(Rational(0))) == "0s");
  // 12 minutes overspent: −720 s.
  CHECK(human_duration(slacalc::Duration(Rational(-720))) == "\u221212m");
  // −1008 s = −(16 min 48 s).
  CHECK(human_duration(slacalc::Duration(Rational(-1008))) == "\u221216m 48s");
  CHECK(human_duration(slacalc::Duration(Rational(-(2 * 86400 + 3600)))) == "\u22122d 1h");
  // Fractions: −4.8 s; −1/3 s is rounded to the millisecond, marked "≈".
  CHECK(human_duration(slacalc::Duration(Rational::fraction(-24, 5))) == "\u22124.8s");
  CHECK(human_duration(slacalc::Duration(Rational::fraction(-3024, 5))) == "\u221210m 4.8s");
  CHECK(human_duration(slacalc::Duration(Rational::fraction(-1, 3))) == "≈ \u22120.333s");
  // A negative amount that rounds to zero milliseconds has no sign left.
  CHECK(human_duration(slacalc::Duration(Rational::fraction(-1, 10000))) == "≈ 0s");
}

TEST_CASE("human_duration: negative durations in German, Dutch and Danish") {
  {
    LangScope de(Lang::de);
    CHECK(human_duration(slacalc::Duration(Rational(-720))) == "\u221212 Min.");
    CHECK(human_duration(slacalc::Duration(Rational(-1008))) == "\u221216 Min. 48 Sek.");
    CHECK(human_duration(slacalc::Duration(Rational::fraction(-24, 5))) == "\u22124,8 Sek.");
    CHECK(human_duration(slacalc::Duration(Rational(-86400))) == "\u22121 Tg.");
    CHECK(human_duration(slacalc::Duration(Rational(0))) == "0 Sek.");
  }
  {
    LangScope nl(Lang::nl);
    CHECK(human_duration(slacalc::Duration(Rational(-720))) == "\u221212 min");
    CHECK(human_duration(slacalc::Duration(Rational(-1008))) == "\u221216 min 48 sec");
    CHECK(human_duration(slacalc::Duration(Rational(-2 * 86400))) == "\u22122 dagen");
  }
  {
    LangScope da(Lang::da);
    CHECK(human_duration(slacalc::Duration(Rational(-720))) == "\u221212 min.");
    CHECK(human_duration(slacalc::Duration(Rational(-1008))) == "\u221216 min. 48 sek.");
    CHECK(human_duration(slacalc::Duration(Rational::fraction(-1, 3))) == "≈ \u22120,333 sek.");
  }
}

TEST_CASE("human_duration: an overspent budget in measure's remaining") {
  // Flying Circus platform (§9.2) read on the calendar month: 99.9 % of
  // November 2026 (30 days) allows 43 min 12 s = 2592 s. An outage of
  // 55 min 12 s leaves −720 s; one of an hour leaves −1008 s.
  auto remaining = [](const char* end) {
    test::json r = test::ok("measure", {{"profile", "flying-circus"}, {"tier", "platform"}, {"from", "2026-11"},
                                        {"monthBasis", "calendar"},
                                        {"outages", {{{"start", "2026-11-10T10:00"}, {"end", end}}}}});
    return r["commitments"][0]["periods"][0]["remaining"];
  };
  test::json twelve = remaining("2026-11-10T10:55:12");
  CHECK(twelve["exact"] == "-720");
  CHECK(twelve["human"] == "\u221212m");
  test::json hour = remaining("2026-11-10T11:00");
  CHECK(hour["exact"] == "-1008");
  CHECK(hour["human"] == "\u221216m 48s");
}
