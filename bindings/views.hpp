// The functions each page's wasm module holds: a page loads the code of the
// calculators it shows, not the whole core. The
// whole surface is slacalc-core.wasm — the npm package, Node, the tests.
// The views and their functions are listed once, in bindings/views.json;
// CMake builds slacalc-<view>.wasm for each, with SLACALC_VIEW set to its
// name, and writes views_list.hpp from it (cmake/views.cmake). A name that
// is not a function of call() does not compile (core/endpoints.hpp, only()).
#pragma once

#include <string_view>

#include "endpoints.hpp"

namespace slacalc::views {

// A function of call() by name.
consteval Endpoint function(const char* name) { return only({name})[0]; }

// Smaller forms of functions, for a view that never needs the rest: budget
// without a contract leaves out the profile reader and the presets, which
// would double the budget page's module; closedDaysIcs takes a calendar's
// code, which the page reads from its contract. A view asks for one in views.json's
// "withoutContract".
inline constexpr Endpoint kWithoutContract[] = {
    {"budget", &json_endpoint<&plain_budget_endpoint>},
    {"closedDaysIcs", &json_endpoint<&plain_closed_days_ics_endpoint>},
};
consteval Endpoint without_contract(const char* name) {
  for (const Endpoint& e : kWithoutContract)
    if (std::string_view(e.name) == name) return e;
  no_endpoint_has_this_name();
  return {};
}

}  // namespace slacalc::views

#include "views_list.hpp"
