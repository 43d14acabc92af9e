// Outages as requests list them: an instant, one outage, the list.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "error.hpp"
#include "explain.hpp"
#include "measure.hpp"
#include "zones.hpp"

namespace slacalc {

// How a local time the clocks skip or repeat is read: by `choice`
// (zones.hpp: compatible moves a skipped time forward by the gap and takes
// the earlier of a repeated one), or refused.
struct LocalReading {
  Disambiguation choice = Disambiguation::compatible;
  bool reject = false;
};
// A request's "disambiguation": one of the zone's readings, or "reject" (no
// reading: a local time that names no instant or two is an error).
inline constexpr IdOf<std::optional<Disambiguation>> kDisambiguationRequestIds[] = {
    {Disambiguation::compatible, "compatible"},
    {Disambiguation::earlier, "earlier"},
    {Disambiguation::later, "later"},
    {std::nullopt, "reject"}};

// A local time that named no instant or two, and how it was read.
struct AdjustedTime {
  std::string path;   // "/outages/3/start"; for a file's row, "" and `line`
  int line = 0;
  std::string written;  // as given, "2026-03-29T02:30"
  date::sys_seconds instant;
  bool gap = false;  // else the time occurred twice
};

// The field `key` of `object` (at `path`): an instant with an offset, or a
// local time in `zone`, read as `how` says where the clocks skip or repeat it
// (and added to `adjusted`, when given).
Result<date::sys_seconds> read_instant(const nlohmann::json& object, const char* key, const std::string& path,
                                       const Zone& zone, LocalReading how = {},
                                       std::vector<AdjustedTime>* adjusted = nullptr);

// What reading an outage needs of its contract: the zone of times without an
// offset, the scopes an outage may name, and the notice a planned outage
// needs to count as announced.
struct OutageContext {
  const Zone* zone = nullptr;
  LocalReading local;               // a local time the clocks skip or repeat
  std::vector<std::string> scopes;  // Profile::scopes(); without a profile any scope word is taken as 0
  bool knows_scopes = false;        // from a profile: a scope must be one of `scopes`
  const MaintenanceNotice* notice = nullptr;
};
// The profile's (nullptr: times in UTC, scopes unchecked, no notice rule).
OutageContext outage_context(const Profile* profile);

// One outage object at `path`:
//   { start, end, kind: unplanned | planned | excluded, reason (excluded),
//     scope: "all" | one of the profile's scopes, announced (planned), note }
Result<Outage> read_outage(const nlohmann::json& outage, const std::string& path, const OutageContext& context,
                           std::vector<AdjustedTime>* adjusted = nullptr);
// The outage list at `path`, sorted (sort_outages); at most 100 000. An exact
// repeat is refused, unless one of the two was a local time the clocks skip
// or repeat: read by `disambiguation`, it may fall on another row's time
// without being a copy of it.
Result<std::vector<Outage>> read_outages(const nlohmann::json& list, const std::string& path,
                                         const OutageContext& context, std::vector<AdjustedTime>* adjusted = nullptr);

// A request's "disambiguation": compatible (default), earlier, later or reject.
Result<LocalReading> read_local_reading(const nlohmann::json& request);

// The working line naming the local times read by disambiguation (none: nothing).
std::optional<Explanation> adjusted_times_line(const std::vector<AdjustedTime>& adjusted, const LocalReading& how,
                                               const Zone& zone);

// Outages read from a large file (outage_ledger.hpp) in place of a request's
// "outages", with its local times the clocks skip or repeat.
struct OutageFile {
  const std::vector<Outage>& outages;
  const std::vector<AdjustedTime>& adjusted;
  LocalReading local;
  const Zone* zone = nullptr;  // where its times without an offset were read (the profile's, else UTC)
};

// A request measured against a file must not also list outages, nor say how
// to read its local times (that was said when the file was opened).
std::optional<Error> check_outage_source(const nlohmann::json& request, const OutageFile* file);
}  // namespace slacalc
