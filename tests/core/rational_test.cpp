#include <cstdlib>
#include <random>

#include <doctest/doctest.h>

#include "rational.hpp"

using slacalc::Rational;

TEST_CASE("rational arithmetic is exact where doubles are not") {
  // (1 − 0.999) × 43200 is 43.20000000000004 in doubles.
  Rational r = (Rational(1) - Rational::fraction(999, 1000)) * Rational(43200);
  CHECK(r == Rational::fraction(216, 5));
  CHECK(r.to_decimal(12) == "43.2");
  CHECK(r.to_double() == 43.2);
}

TEST_CASE("fractions are kept in lowest terms with a positive denominator") {
  Rational r = Rational::fraction(6, -4);
  CHECK(r.num() == -3);
  CHECK(r.den() == 2);
  CHECK(r.floor() == -2);
  CHECK(Rational::fraction(5, 2).round_half_up() == 3);
  CHECK(Rational::fraction(-5, 2).round_half_up() == -2);
  CHECK(Rational::fraction(7, 3).floor() == 2);
  CHECK(Rational::fraction(7, 3).ceil() == 3);
  CHECK(Rational::fraction(-7, 3).ceil() == -2);
  CHECK(Rational(4).ceil() == 4);
  CHECK(Rational(-4).ceil() == -4);
}

TEST_CASE("decimal text truncates and says whether it is exact") {
  bool exact = true;
  CHECK(Rational::fraction(2, 3).to_decimal(4, &exact) == "0.6666");
  CHECK_FALSE(exact);
  CHECK(Rational::fraction(2629746, 1000).to_decimal(12, &exact) == "2629.746");
  CHECK(exact);
  CHECK(Rational(0).to_decimal(3) == "0");
  CHECK(Rational::fraction(-1, 2).to_decimal(3) == "-0.5");
}

TEST_CASE("comparisons") {
  CHECK(Rational::fraction(1, 3) < Rational::fraction(1, 2));
  CHECK(Rational::fraction(995, 10) >= Rational::fraction(199, 2));
  CHECK(Rational::fraction(99, 1) <= Rational(99));
}

TEST_CASE("to_double is the double nearest the exact value (strtod of the exact decimal as oracle)") {
  // Past 2^53 in numerator or denominator the quotient is rounded by long
  // division. The oracle: 200 decimals hold every midpoint between two
  // doubles of this range exactly, so strtod of them rounds as the exact
  // value does.
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) {
    auto part = [&] { return static_cast<Rational::Int>(random() >> (random() % 40)) * (random() % 3 + 1) + 1; };
    Rational r = Rational::fraction(part() * (i % 2 ? -1 : 1), part());
    INFO(r.to_decimal(30));
    CHECK(r.to_double() == std::strtod(r.to_decimal(200).c_str(), nullptr));
  }
  // Exactly halfway between two doubles: to even.
  Rational::Int two53 = Rational::Int{1} << 53;
  CHECK(Rational::fraction(2 * two53 + 1, 1).to_double() == 18014398509481984.0);
  CHECK(Rational::fraction(2 * two53 + 3, 1).to_double() == 18014398509481988.0);
  CHECK(Rational::fraction(1, 3 * two53).to_double() == 1.0 / (3.0 * 9007199254740992.0));
}

TEST_CASE("integers past 64 bits are written in full") {
  using Int = Rational::Int;
  CHECK(slacalc::to_string(Int{1} << 64) == "18446744073709551616");
  CHECK(slacalc::to_string((Int{1} << 64) - 1) == "18446744073709551615");
  CHECK(slacalc::to_string(-(Int{1} << 100)) == "-1267650600228229401496703205376");
  CHECK(slacalc::to_string(-7) == "-7");
  CHECK(slacalc::to_string(0) == "0");
}

TEST_CASE("decimal text of large denominators: the digits are the value, truncated") {
  // Denominators past 2^59 take the 128-bit long division. Oracle, in plain
  // integers: the text W / 10^k (k digits after the point, at most n) is at
  // most p / q and less than 10^-n below it; fewer than n digits only when
  // exact.
  using Int = Rational::Int;
  std::mt19937_64 random(11);
  for (int i = 0; i < 5000; ++i) {
    Int q = (Int{1} << (60 + random() % 3)) + static_cast<Int>(random() % (1ULL << 59));
    Int p = static_cast<Int>(random() % (1ULL << 40));
    int n = 1 + static_cast<int>(random() % 15);
    Rational x = Rational::fraction(p, q);
    std::string text = x.to_decimal(n);
    INFO(text);
    auto dot = text.find('.');
    size_t k = dot == std::string::npos ? 0 : text.size() - dot - 1;
    REQUIRE(k <= static_cast<size_t>(n));
    Int w = 0, ten_k = 1, ten_n = 1;
    for (char c : text)
      if (c != '.') w = w * 10 + (c - '0');
    for (size_t d = 0; d < k; ++d) ten_k *= 10;
    for (int d = 0; d < n; ++d) ten_n *= 10;
    Int below = p * ten_k - w * q;  // (p / q - W / 10^k) · 10^k · q
    CHECK(below >= 0);
    CHECK(below * ten_n < q * ten_k);
    if (k < static_cast<size_t>(n)) CHECK(below == 0);
  }
}
