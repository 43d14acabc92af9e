#include "zones_json.hpp"

#include <algorithm>

#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "request_calendar.hpp"
#include "zone_years.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr int kMaxZoneYears = 300;

json type_json(date::sys_seconds at, const LocalType& t) {
  return object({{"at", iso_utc(at)}, {"offset", t.offset}, {"abbrev", t.abbrev}, {"dst", t.dst}});
}

json list_zones() {
  json zones = json::array();
  for (auto name : zone_names())
    zones.push_back(object({{"name", name}, {"validFrom", find_zone(name)->valid_from_year}}));
  json aliases = json::array();
  for (const auto& a : zone_aliases()) aliases.push_back(object({{"name", a.name}, {"zone", a.target}}));
  return object({{"tzdata", tzdata_version()}, {"zones", zones}, {"aliases", aliases}});
}

Result<int> read_year(const json& request, const char* field, int fallback) {
  const json* v = find_field(request, field);
  if (!v) return fallback;
  auto year = read_integer(*v, std::string("/") + field, kMinYear, kMaxYear);
  if (!year.ok()) return year.error();
  return static_cast<int>(year.value());
}

}  // namespace

Result<json> zones_endpoint(const json& request) {
  if (!request.is_object()) return not_a_request_object(request);
  if (auto e = reject_unknown_fields(request, "", {"zone", "from", "to"})) return *e;
  const json* zone_field = find_field(request, "zone");
  if (!zone_field) {
    if (request.empty()) return list_zones();
    return missing_field("/zone", say({"\"zone\" (an IANA name such as \"Europe/Berlin\")",
                                       "\"zone\" (ein IANA-Name wie \"Europe/Berlin\")",
                                       "\"zone\" (een IANA-naam zoals \"Europe/Berlin\")",
                                       "\"zone\" (et IANA-navn som \"Europe/Berlin\")"}));
  }
  auto name = read_string(*zone_field, "/zone");
  if (!name.ok()) return name.error();
  const Zone* zone = find_zone(name.value());
  if (!zone) return unknown_zone_error(name.value(), "/zone");

  // Defaults: from the zone's validFrom (or `to`, if earlier), to `from`.
  auto to_given = read_year(request, "to", kMaxYear);
  if (!to_given.ok()) return to_given.error();
  auto from = read_year(request, "from", std::min(zone->valid_from_year, to_given.value()));
  if (!from.ok()) return from.error();
  auto to = read_year(request, "to", from.value());
  if (!to.ok()) return to.error();
  if (auto e = check_year_span(from.value(), to.value(), kMaxZoneYears)) return *e;

  ZoneYears years = zone_years(*zone, name.value(), from.value(), to.value());
  json transitions = json::array();
  for (const auto& t : years.types) transitions.push_back(type_json(t.at, t.type));

  json out;
  out["zone"] = zone->name;
  out["validFrom"] = zone->valid_from_year;
  out["posix"] = zone->posix;
  out["tzdata"] = tzdata_version();
  out["from"] = from.value();
  out["to"] = to.value();
  out["transitions"] = transitions;
  out["explain"] = explain_json(years.explain);
  return out;
}

}  // namespace slacalc
