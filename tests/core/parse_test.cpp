#include <doctest/doctest.h>

#include "human_duration.hpp"
#include "parse_number.hpp"

using slacalc::parse_decimal;
using slacalc::parse_duration;
using slacalc::ParseFailure;
using slacalc::Rational;

TEST_CASE("decimals as people type them mean exactly what they say") {
  CHECK(*parse_decimal("99.9", true, nullptr) == Rational::fraction(999, 10));
  CHECK(*parse_decimal("99,9", true, nullptr) == Rational::fraction(999, 10));
  CHECK(*parse_decimal(" 99.9 % ", true, nullptr) == Rational::fraction(999, 10));
  CHECK(*parse_decimal("99.999999999999", false, nullptr) ==
        Rational::fraction(99999999999999, 1000000000000));
  CHECK(*parse_decimal(".5", false, nullptr) == Rational::fraction(1, 2));
  CHECK(*parse_decimal("100", false, nullptr) == Rational(100));
}

TEST_CASE("malformed decimals are refused with a reason") {
  for (const char* bad : {"", "abc", "99.9.9", "9 9", "1e2", "NaN", "99.9%", ",", "99..9",
                          "99.9999999999999"}) {
    ParseFailure why;
    CAPTURE(bad);
    CHECK_FALSE(parse_decimal(bad, false, &why));
    CHECK(why.code == "invalid_number");
  }
  ParseFailure why;
  CHECK_FALSE(parse_decimal("-1", false, &why));
  CHECK(why.code == "out_of_range");
}

TEST_CASE("durations: unit groups and clock form") {
  CHECK(*parse_duration("49m", nullptr) == Rational(2940));
  CHECK(*parse_duration("1h 30m", nullptr) == Rational(5400));
  CHECK(*parse_duration("3h45m", nullptr) == Rational(13500));
  CHECK(*parse_duration("90 min", nullptr) == Rational(5400));
  CHECK(*parse_duration("2,5h", nullptr) == Rational(9000));
  CHECK(*parse_duration("2505.6s", nullptr) == Rational::fraction(12528, 5));
  CHECK(*parse_duration("1d 2h 3m 4.5s", nullptr) == Rational::fraction(2 * 93784 + 1, 2));
  CHECK(*parse_duration("0:49", nullptr) == Rational(2940));
  CHECK(*parse_duration("0:49:00", nullptr) == Rational(2940));
  CHECK(*parse_duration("1:00:00.5", nullptr) == Rational::fraction(7201, 2));
  CHECK(*parse_duration("750 hours", nullptr) == Rational(2700000));
}

TEST_CASE("durations that are ambiguous or malformed are refused") {
  for (const char* bad : {"", "49", "abc", "5 parsecs", "1:60", "1:2:3:4", "h", "1:", "m5"}) {
    ParseFailure why;
    CAPTURE(bad);
    CHECK_FALSE(parse_duration(bad, &why));
    CHECK_FALSE(why.message.empty());
  }
  ParseFailure why;
  CHECK_FALSE(parse_duration("-5m", &why));
  CHECK(why.code == "out_of_range");
}

TEST_CASE("human form of durations") {
  using slacalc::human_duration;
  CHECK(human_duration(slacalc::Duration(Rational(2592))) == "43m 12s");
  CHECK(human_duration(slacalc::Duration(Rational::fraction(31556952, 100))) == "3d 15h 39m 29.52s");
  CHECK(human_duration(slacalc::Duration(Rational::fraction(3024, 5))) == "10m 4.8s");
  CHECK(human_duration(slacalc::Duration(Rational(10800))) == "3h");
  CHECK(human_duration(slacalc::Duration(Rational(0))) == "0s");
  CHECK(human_duration(slacalc::Duration(Rational(86400 * 29))) == "29d");
  CHECK(human_duration(slacalc::Duration(Rational::fraction(1, 3))) == "≈ 0.333s");
}
