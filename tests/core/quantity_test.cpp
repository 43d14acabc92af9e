// A percent and a duration carry what they measure (core/quantity.hpp); the
// operations they allow give the figures a contract's reader works out by hand.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "quantity.hpp"

using slacalc::Duration;
using slacalc::Percent;
using slacalc::Rational;

TEST_CASE("quantity: 0.1 % of a 30-day month is 43 min 12 s; 99.9 % is the share 999/1000") {
  const Percent target(Rational::fraction(999, 10));
  const Duration month(Rational(30 * 86400));
  CHECK(target.share() == Rational::fraction(999, 1000));
  CHECK((Percent::hundred() - target) * month == Duration(Rational(43 * 60 + 12)));
  CHECK(Percent::of_share(Rational::fraction(1, 8)) == Percent(Rational::fraction(25, 2)));  // 12.5 %
}

TEST_CASE("quantity: a duration's share of another, scaling, and whole seconds rounded up") {
  const Duration budget(Rational(2592)), used(Rational(648));
  CHECK(used / budget == Rational::fraction(1, 4));
  CHECK(budget * Rational(2) == Duration(Rational(5184)));
  CHECK(budget / Rational(4) == used);
  CHECK(budget - used == Duration(Rational(1944)));
  CHECK(Duration(Rational::fraction(3601, 10)).whole_seconds_up() == std::chrono::seconds{361});
  CHECK(Duration(std::chrono::seconds{-5}).whole_seconds_up() == std::chrono::seconds{-5});
  CHECK(Duration(Rational(60)) < Duration(Rational(61)));
  CHECK(Percent(Rational(99)) < Percent(Rational::fraction(991, 10)));
}
