#include "rational.hpp"

#include <cstdint>
#include <cmath>

namespace slacalc {
namespace {

using Int = Rational::Int;

Int abs_int(Int v) { return v < 0 ? -v : v; }

Int gcd(Int a, Int b) {
  a = abs_int(a);
  b = abs_int(b);
  // Almost every value fits 64 bits; 128-bit division is a library call
  // (and a slow one in wasm).
  if (a <= INT64_MAX && b <= INT64_MAX) {
    auto x = static_cast<uint64_t>(a), y = static_cast<uint64_t>(b);
    while (y != 0) {
      uint64_t t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  while (b != 0) {
    Int t = a % b;
    a = b;
    b = t;
  }
  return a;
}

}  // namespace

Rational Rational::fraction(Int numerator, Int denominator) {
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  Rational r;
  Int g = gcd(numerator, denominator);
  if (g == 0) g = 1;
  r.num_ = numerator / g;
  r.den_ = denominator / g;
  return r;
}

Rational operator+(const Rational& a, const Rational& b) {
  return Rational::fraction(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}
Rational operator-(const Rational& a, const Rational& b) {
  return Rational::fraction(a.num_ * b.den_ - b.num_ * a.den_, a.den_ * b.den_);
}
Rational operator*(const Rational& a, const Rational& b) {
  // Cross-reduce first to keep intermediates small.
  Int g1 = gcd(a.num_, b.den_), g2 = gcd(b.num_, a.den_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return Rational::fraction((a.num_ / g1) * (b.num_ / g2), (a.den_ / g2) * (b.den_ / g1));
}
Rational operator/(const Rational& a, const Rational& b) {
  return a * Rational::fraction(b.den_, b.num_);
}

double Rational::to_double() const {
  // Both parts exact in a double: IEEE division is then correctly rounded.
  constexpr Int kExact = Int{1} << 53;
  if (abs_int(num_) <= kExact && den_ <= kExact)
    return static_cast<double>(num_) / static_cast<double>(den_);
  // Otherwise by long division: the quotient's first 54 significant bits,
  // then round half to even with the remainder as the sticky bit. (Not
  // strtod: in the wasm it brings musl's long-double float scanner along.)
  using Bits = unsigned __int128;
  Bits a = static_cast<Bits>(abs_int(num_)), b = static_cast<Bits>(den_);
  Bits mantissa = a / b, rest = a % b;
  int exponent = 0;  // value = mantissa · 2^exponent (+ what rest holds)
  int bits = 0;
  for (Bits q = mantissa; q != 0; q >>= 1) ++bits;
  bool sticky;
  if (bits > 54) {
    Bits dropped = mantissa & ((Bits{1} << (bits - 54)) - 1);
    sticky = dropped != 0 || rest != 0;
    mantissa >>= bits - 54;
    exponent = bits - 54;
  } else {
    for (; mantissa < (Bits{1} << 53); --exponent) {
      rest <<= 1;  // rest < b <= 2^127: no overflow
      mantissa <<= 1;
      if (rest >= b) {
        rest -= b;
        mantissa |= 1;
      }
    }
    sticky = rest != 0;
  }
  bool half = (mantissa & 1) != 0;
  mantissa >>= 1;
  ++exponent;
  if (half && (sticky || (mantissa & 1) != 0)) ++mantissa;  // at most 2^53: still exact
  double value = std::ldexp(static_cast<double>(static_cast<std::uint64_t>(mantissa)), exponent);
  return num_ < 0 ? -value : value;
}

Rational::Int Rational::floor() const {
  Int q = num_ / den_;
  if (num_ % den_ != 0 && num_ < 0) --q;
  return q;
}

Rational::Int Rational::ceil() const {
  Int q = num_ / den_;
  if (num_ % den_ != 0 && num_ > 0) ++q;
  return q;
}

Rational::Int Rational::round_half_up() const {
  return (*this + Rational::fraction(1, 2)).floor();
}

// Digits are written from the end of a buffer, in 64-bit arithmetic as soon
// as the value fits: a 128-bit division per digit was a tenth of a budget
// call's time in wasm.
std::string to_string(Int value) {
  char buffer[41];  // 39 digits and a sign at most
  char* const end = buffer + sizeof buffer;
  char* p = end;
  Int v = abs_int(value);
  for (; v > UINT64_MAX; v /= 10) *--p = static_cast<char>('0' + static_cast<int>(v % 10));
  for (auto w = static_cast<uint64_t>(v);; w /= 10) {
    *--p = static_cast<char>('0' + w % 10);
    if (w < 10) break;
  }
  if (value < 0) *--p = '-';
  return std::string(p, end);
}

std::string Rational::to_decimal(int max_digits, bool* exact) const {
  Int whole = abs_int(num_) / den_;
  Int rest = abs_int(num_) % den_;
  std::string out = (num_ < 0 ? "-" : "") + to_string(whole);
  if (max_digits > 0 && rest != 0) {
    out += '.';
    // Long division, digit by digit; in 64 bits while rest × 10 fits them.
    if (den_ <= (Int(1) << 59)) {
      auto r = static_cast<uint64_t>(rest), d = static_cast<uint64_t>(den_);
      for (int i = 0; i < max_digits && r != 0; ++i) {
        r *= 10;
        out += static_cast<char>('0' + r / d);
        r %= d;
      }
      rest = r;
    } else {
      for (int i = 0; i < max_digits && rest != 0; ++i) {
        rest *= 10;
        out += static_cast<char>('0' + static_cast<int>(rest / den_));
        rest %= den_;
      }
    }
  }
  if (exact) *exact = (rest == 0);
  return out;
}

}  // namespace slacalc
