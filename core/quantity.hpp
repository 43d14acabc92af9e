// A percentage and a length of time: exact fractions (Rational) that carry
// what they measure (docs/design.md, "Numbers"). Neither is made from a plain
// number without saying so, and the two do not add, compare or mix with each
// other or with a plain number; only what means something is defined:
// percent ± percent, duration ± duration, a percent of a duration, a duration
// scaled or divided by a count, and one duration as a share of another.
#pragma once

#include <chrono>
#include <compare>

#include "rational.hpp"

namespace slacalc {

namespace quantity_detail {
inline std::strong_ordering order(const Rational& a, const Rational& b) {
  if (a < b) return std::strong_ordering::less;
  if (b < a) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}
}  // namespace quantity_detail

// "99.9 %" is Percent(Rational::fraction(999, 10)).
class Percent {
 public:
  Percent() = default;
  explicit Percent(const Rational& value) : value_(value) {}
  // The percent a share of one is: 999/1000 → 99.9 %.
  static Percent of_share(const Rational& share) { return Percent(share * Rational(100)); }
  static Percent hundred() { return Percent(Rational(100)); }

  const Rational& value() const { return value_; }
  Rational share() const { return value_ / Rational(100); }  // 99.9 % → 999/1000

  friend Percent operator+(const Percent& a, const Percent& b) { return Percent(a.value_ + b.value_); }
  friend Percent operator-(const Percent& a, const Percent& b) { return Percent(a.value_ - b.value_); }
  friend bool operator==(const Percent&, const Percent&) = default;
  friend std::strong_ordering operator<=>(const Percent& a, const Percent& b) {
    return quantity_detail::order(a.value_, b.value_);
  }

 private:
  Rational value_;
};

// A length of time in exact seconds: a month's 2 629 746 s, or 43.2 s.
class Duration {
 public:
  Duration() = default;
  explicit Duration(const Rational& seconds) : seconds_(seconds) {}
  explicit Duration(std::chrono::seconds whole) : seconds_(static_cast<long long>(whole.count())) {}

  const Rational& seconds() const { return seconds_; }
  // The whole seconds it lasts, a part of a second counting as one.
  std::chrono::seconds whole_seconds_up() const {
    return std::chrono::seconds{static_cast<long long>(seconds_.ceil())};
  }

  friend Duration operator+(const Duration& a, const Duration& b) { return Duration(a.seconds_ + b.seconds_); }
  friend Duration operator-(const Duration& a, const Duration& b) { return Duration(a.seconds_ - b.seconds_); }
  friend Duration operator*(const Duration& d, const Rational& factor) { return Duration(d.seconds_ * factor); }
  friend Duration operator/(const Duration& d, const Rational& divisor) { return Duration(d.seconds_ / divisor); }
  // The share one duration is of another: budget used ÷ budget.
  friend Rational operator/(const Duration& a, const Duration& b) { return a.seconds_ / b.seconds_; }
  // A percent of a duration: 0.1 % of 30 days is 43.2 min.
  friend Duration operator*(const Percent& p, const Duration& d) { return Duration(p.share() * d.seconds_); }
  friend bool operator==(const Duration&, const Duration&) = default;
  friend std::strong_ordering operator<=>(const Duration& a, const Duration& b) {
    return quantity_detail::order(a.seconds_, b.seconds_);
  }

 private:
  Rational seconds_;
};

}  // namespace slacalc
