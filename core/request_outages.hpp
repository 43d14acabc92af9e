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

// What reading an outage needs of its contract: the zone of times without an
// offset, the scopes an outage may name, and the notice a planned outage
// needs to count as announced.
struct OutageContext {
  const Zone* zone = nullptr;
  std::vector<std::string> scopes;  // Profile::scopes(); without a profile any scope word is taken as 0
  bool knows_scopes = false;        // from a profile: a scope must be one of `scopes`
  const MaintenanceNotice* notice = nullptr;
};
// The profile's (nullptr: times in UTC, scopes unchecked, no notice rule).
OutageContext outage_context(const Profile* profile);

// One outage object at `path`:
//   { start, end, kind: unplanned | planned | excluded, reason (excluded),
//     scope: "all" | one of the profile's scopes, announced (planned), note }
Result<Outage> read_outage(const nlohmann::json& outage, const std::string& path, const OutageContext& context);
// The outage list at `path`, sorted (sort_outages); at most 100 000.
Result<std::vector<Outage>> read_outages(const nlohmann::json& list, const std::string& path,
                                         const OutageContext& context);

// A request measured against a ledger read from a file must not also list
// outages.
std::optional<Error> check_outage_source(const nlohmann::json& request, const std::vector<Outage>* ledger);
}  // namespace slacalc
