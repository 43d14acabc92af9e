// Exact rational numbers for durations and percentages.
//
// Why: (1 - 0.999) * 43200 in doubles is 43.20000000000004. Every input is a
// terminating decimal and every period a whole number of seconds, so exact
// fractions keep "99.9 %" meaning exactly 999/1000 (docs/design.md, "Numbers").
// 128-bit parts leave ample headroom for the bounded inputs the decoders
// accept (at most 12 decimal places, periods of at most 100 years).
#pragma once

#include <string>

namespace slacalc {

// Inputs carry at most 12 decimal places ("99.9999999999"); more is rejected
// rather than silently rounded. Exact outputs never need more.
inline constexpr int kMaxDecimalPlaces = 12;

class Rational {
 public:
  using Int = __int128;

  constexpr Rational() = default;
  Rational(long long integer) : num_(integer) {}  // NOLINT: implicit on purpose
  static Rational fraction(Int numerator, Int denominator);

  Int num() const { return num_; }
  Int den() const { return den_; }

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);
  friend bool operator==(const Rational& a, const Rational& b) {
    return a.num_ == b.num_ && a.den_ == b.den_;
  }
  friend bool operator<(const Rational& a, const Rational& b) {
    return a.num_ * b.den_ < b.num_ * a.den_;
  }
  friend bool operator>(const Rational& a, const Rational& b) { return b < a; }
  friend bool operator<=(const Rational& a, const Rational& b) { return !(b < a); }
  friend bool operator>=(const Rational& a, const Rational& b) { return !(a < b); }

  double to_double() const;
  Int floor() const;            // largest integer <= value
  Int ceil() const;             // smallest integer >= value
  Int round_half_up() const;    // nearest integer, halves away from -inf
  bool is_integer() const { return den_ == 1; }

  // Decimal text truncated toward zero after at most max_digits fraction
  // digits; *exact tells whether nothing was cut off. "2629.746", "-0.5".
  std::string to_decimal(int max_digits, bool* exact = nullptr) const;

 private:
  Int num_ = 0;
  Int den_ = 1;  // always > 0, gcd(num_, den_) == 1
};

std::string to_string(Rational::Int value);

}  // namespace slacalc
