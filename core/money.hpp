// An amount of money: whole minor units (cents, øre) of one currency
// (docs/design.md, "Numbers"). It is not a number: it does not add to, or
// compare with, a plain integer, and amounts of two currencies are unordered.
// Amounts are worked out as exact fractions of minor units (Rational) and
// become Money once rounded, by the rule the explanation states.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace slacalc {

struct Money {
  std::int64_t minor = 0;
  std::string currency;  // ISO 4217, the profile's

  friend bool operator==(const Money&, const Money&) = default;
  friend std::partial_ordering operator<=>(const Money& a, const Money& b) {
    if (a.currency != b.currency) return std::partial_ordering::unordered;
    return a.minor <=> b.minor;
  }
};

// "1,600.00 DKK", da "1.600,00 kr." (local_text.hpp).
std::string money_text(const Money& amount);

}  // namespace slacalc
