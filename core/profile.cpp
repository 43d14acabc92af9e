#include "profile.hpp"

#include <algorithm>

namespace slacalc {

const Tier* Profile::find_tier(std::string_view tier_id) const {
  for (const auto& t : tiers)
    if (t.id == tier_id) return &t;
  return nullptr;
}

const WeeklyWindow* Profile::find_window(std::string_view window_id) const {
  for (const auto& w : windows)
    if (w.id == window_id) return &w;
  return nullptr;
}

const Option* Profile::find_option(std::string_view option_id) const {
  for (const auto& o : options)
    if (o.id == option_id) return &o;
  return nullptr;
}

std::string Profile::choice_of(std::string_view option_id, const OptionChoices& chosen) const {
  for (const auto& [id, choice] : chosen)
    if (id == option_id) return choice;
  const Option* o = find_option(option_id);
  return o ? o->default_choice : "";
}

bool Profile::applies(const ResponseRule& rule, const OptionChoices& chosen) const {
  for (const auto& [id, choice] : rule.when)
    if (choice_of(id, chosen) != choice) return false;
  return true;
}

MonthBasis Profile::month_basis_of(const Commitment& commitment) const {
  if (commitment.month_basis) return *commitment.month_basis;
  if (const Option* o = find_option("monthBasis"))
    for (const auto& basis : kProfileMonthBases)
      if (o->default_choice == basis.id) return basis.value;
  return MonthBasis::calendar;
}

std::vector<std::string> Profile::scopes() const {
  std::vector<std::string> out;
  for (const auto& t : tiers)
    for (const auto& c : t.availability)
      if (!c.scope.empty() && std::find(out.begin(), out.end(), c.scope) == out.end()) out.push_back(c.scope);
  return out;
}

}  // namespace slacalc
