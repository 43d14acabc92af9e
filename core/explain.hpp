// One line of a result's working: what rule or convention was applied and why.
// `code` is stable (for tests and translations), `text` is for people.
#pragma once

#include <string>
#include <vector>

namespace slacalc {

struct Explanation {
  std::string code;
  std::string text;
};

using Explain = std::vector<Explanation>;

}  // namespace slacalc
