// The `compose` entry point: a tree of dependencies, serial and parallel,
// nested → the composite availability, its downtime budget over a period,
// each group's availability, and which dependency dominates. docs/api.md.
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> compose_endpoint(const nlohmann::json& request);

}  // namespace slacalc
