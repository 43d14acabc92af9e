// §3.7.1: two ways to pay for a larger component factor — option A, the
// difference billed with a surcharge, minimum term unchanged; option B, the
// whole new factor committed as the minimum without surcharge, minimum term
// renewed — and which is cheaper over a horizon.
#pragma once

#include <cstdint>
#include <string>

#include "explain.hpp"
#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

struct FactorIncreaseQuery {
  Rational old_factor, new_factor;  // new > old; old: the committed factor (§3.7)
  std::int64_t per_factor_unit = 0;
  Percent surcharge_percent;  // 30 %
  int needed_months = 0;       // k
  int minimum_months = 0;      // M, the renewed minimum term
  int horizon_months = 0;      // H ≥ max(k, M)
  bool minimum_from_term = false;  // M is the tier's minimum term, not the request's
  bool horizon_given = false;      // H from the request, not max(k, M)
  std::string currency;
};

struct FactorIncreaseAnswer {
  Rational delta;  // new − old
  Rational old_monthly, new_monthly;
  Rational extra_monthly;  // A: delta × price × (1 + surcharge)
  Rational total_a, total_b;
  int months_at_new = 0;  // B: max(k, M)
  Rational break_even;    // k* = M / (1 + surcharge): A is cheaper iff k < k*
  enum class Cheaper { a, b, equal } cheaper = Cheaper::equal;
  Rational saving;             // |A − B|
  std::string break_even_text;  // k* and the whole months on either side, in words
};

// The comparison and its working ("increase", "option-a", "option-b",
// "cheaper", "break-even").
FactorIncreaseAnswer compare_factor_increase(const FactorIncreaseQuery& query, Explain& explain);

}  // namespace slacalc
