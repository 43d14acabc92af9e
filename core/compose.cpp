#include "compose.hpp"

#include <algorithm>
#include <functional>

namespace slacalc {
namespace {

using Int = Rational::Int;
constexpr Int kScale = 1'000'000'000'000'000'000;  // 10^18

// x in 0–1 with a denominator up to 10^36, half up to 18 decimal places when
// it has more: long division, one digit at a time, never beyond 10^37.
Rational fit(const Rational& x, bool& rounded) {
  if (x.den() <= kScale) return x;
  rounded = true;
  Int d = x.den(), whole = x.num() / d, r = x.num() % d, digits = 0;
  for (int i = 0; i < 18; ++i) {
    r *= 10;
    digits = digits * 10 + r / d;
    r %= d;
  }
  if (r >= d - r) ++digits;
  return Rational::fraction(whole * kScale + digits, kScale);
}

// The composite with `perfect` (a single dependency) counted as never failing.
Rational evaluate(const Dependency& node, const Dependency* perfect, bool& rounded) {
  if (node.kind == Dependency::Kind::single) return &node == perfect ? Rational(1) : node.availability;
  if (node.kind == Dependency::Kind::serial) {
    Rational up(1);
    for (const auto& p : node.parts) up = fit(up * evaluate(p, perfect, rounded), rounded);
    return up;
  }
  Rational down(1);
  for (const auto& p : node.parts) down = fit(down * (Rational(1) - evaluate(p, perfect, rounded)), rounded);
  return Rational(1) - down;
}

}  // namespace

bool compose(Dependency& node) {
  bool rounded = false;
  for (auto& p : node.parts) rounded |= compose(p);
  if (node.kind != Dependency::Kind::single) node.availability = evaluate(node, nullptr, rounded);
  return rounded;
}

std::vector<Influence> influences(const Dependency& root) {
  bool rounded = false;
  Rational base = evaluate(root, nullptr, rounded);
  std::vector<Influence> out;
  std::function<void(const Dependency&)> visit = [&](const Dependency& n) {
    if (n.kind == Dependency::Kind::single) {
      Rational improved = evaluate(root, &n, rounded);
      out.push_back({&n, improved - base, improved});
    }
    for (const auto& p : n.parts) visit(p);
  };
  visit(root);
  // Largest gain first; equal gains keep the request's order.
  std::stable_sort(out.begin(), out.end(), [](const Influence& a, const Influence& b) { return b.gain < a.gain; });
  return out;
}

}  // namespace slacalc
