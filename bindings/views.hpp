// The functions each page's wasm module holds: a page loads the code of the
// calculators it shows, not the whole core. The
// whole surface is slacalc-core.wasm — the npm package, Node, the tests.
// CMakeLists.txt builds slacalc-<view>.wasm for each, with SLACALC_VIEW set
// to its name; the page names its view in <html data-core>. A name that is
// not a function of call() does not compile (core/endpoints.hpp, only()).
#pragma once

#include "endpoints.hpp"

namespace slacalc::views {

// The budget page: budgets without a contract (the profile reader and the
// presets would double its module); opened for a contract (?profile=), it
// loads `contract`, whose budget reads the tier's commitment.
inline constexpr std::array<Endpoint, 3> budget = {Endpoint{"budget", &json_endpoint<&plain_budget_endpoint>},
                                                   only({"nines"})[0], only({"profile"})[0]};
inline constexpr auto contract = only({"budget", "nines", "profile"});
inline constexpr auto compare = only({"compare", "profiles", "profile", "validateProfile"});
inline constexpr auto deadline = only({"deadline", "zones", "holidays", "profiles", "profile"});
// The credit page also reads large files in pieces (bindings/ledger.cpp).
inline constexpr auto credit = only({"measure", "credit", "parseOutages", "profiles", "profile", "validateProfile"});
inline constexpr auto term = only({"term", "price", "profiles", "profile"});
inline constexpr auto compose = only({"compose"});

}  // namespace slacalc::views
