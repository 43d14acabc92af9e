// Outages as requests list them: an instant, one outage, the list.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "error.hpp"
#include "measure.hpp"
#include "zones.hpp"

namespace slacalc {

// The field `key` of `object` (at `path`): an instant with an offset, or a
// local time in `zone` (a time the clocks skip moves forward, a repeated one
// is the earlier instant).
Result<date::sys_seconds> read_instant(const nlohmann::json& object, const char* key, const std::string& path,
                                       const Zone& zone);

// One outage object at `path`; a time without an offset is read in `zone`.
Result<Outage> read_outage(const nlohmann::json& outage, const std::string& path, const Zone& zone);
// The outage list at `path`, sorted (sort_outages); at most 100 000.
Result<std::vector<Outage>> read_outages(const nlohmann::json& list, const std::string& path, const Zone& zone);

// A request measured against a ledger read from a file must not also list
// outages.
std::optional<Error> check_outage_source(const nlohmann::json& request, const std::vector<Outage>* ledger);
}  // namespace slacalc
