// Composite availability of dependencies (docs/api.md, `compose`; Flying Circus
// §3.1, §9.2: data centre 99.99 % → platform 99.9 % → application 99.5 %).
// Serial: every part must be up, A = Π Aᵢ. Parallel (redundant): up while any
// part is up, A = 1 − Π (1 − Aᵢ). Both assume the parts fail independently.
// Exact: every availability is a terminating decimal, so the composite is one
// too. Its digits add up with each part; beyond 18 decimal places of the
// fraction (16 of the percentage) each step is rounded half up to 18, which
// keeps every product within 128 bits — and the answer says so.
#pragma once

#include <string>
#include <vector>

#include "rational.hpp"

namespace slacalc {

struct Dependency {
  enum class Kind { single, serial, parallel };
  Kind kind = Kind::single;
  std::string name;
  std::string path;             // the request's JSON pointer, e.g. "/system/parts/1"
  Rational availability;        // a fraction 0–1: given (single) or computed
  std::vector<Dependency> parts;  // serial, parallel
};

// Computes `availability` of every group, bottom up; true when a step was rounded.
bool compose(Dependency& node);

// For each single dependency: how much the composite would gain if it never
// failed. The one with the largest gain dominates.
struct Influence {
  const Dependency* dependency;
  Rational gain;      // a fraction: improved − the composite
  Rational improved;  // the composite with it never down
};
std::vector<Influence> influences(const Dependency& root);

}  // namespace slacalc
