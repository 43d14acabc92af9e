// An option a calculator applied — one of the contract's ambiguities, its
// choices, the default and the choice made: what a result's `options` lists
// (docs/api.md), the same for every function.
#pragma once

#include <string>
#include <vector>

namespace slacalc {

struct AppliedOption {
  std::string id;                    // the request field, e.g. "termEnd"
  std::string label;                 // for people, in the call's language
  std::vector<std::string> choices;  // empty: a whole number the request may give
  std::string default_choice, choice;
  std::string clause, note;
  std::vector<std::string> choice_labels;  // parallel to choices, for people; empty where a function has none
};

}  // namespace slacalc
