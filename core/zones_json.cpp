#include "zones_json.hpp"

#include <algorithm>
#include <cstdlib>

#include "explain.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr int kMaxYears = 300;

std::string two_digits(long long n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// "02:00", "26:00 (02:00 the next day)"
std::string clock_text(int seconds) {
  auto hm = [](int s) {
    int a = std::abs(s);
    return std::string(s < 0 ? "-" : "") + two_digits(a / 3600) + ":" + two_digits(a / 60 % 60);
  };
  if (seconds >= 0 && seconds < 86400) return hm(seconds);
  int days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  std::string shift = days == 1    ? "the next day"
                      : days == -1 ? "the day before"
                      : days > 0   ? std::to_string(days) + " days later"
                                   : std::to_string(-days) + " days before";
  return hm(seconds) + " (" + hm(seconds - days * 86400) + " " + shift + ")";
}

std::string date_text(const PosixDate& d) {
  static const char* const kWeeks[] = {"", "first", "second", "third", "fourth", "last"};
  static const char* const kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};
  static const char* const kMonths[] = {"",     "January", "February",  "March",
                                        "April", "May",     "June",      "July",
                                        "August", "September", "October", "November",
                                        "December"};
  std::string day;
  switch (d.kind) {
    case PosixDate::Kind::month_week_day:
      day = std::string("the ") + kWeeks[d.week] + " " + kDays[d.weekday] + " in " +
            kMonths[d.month];
      break;
    case PosixDate::Kind::julian1:
      day = "day " + std::to_string(d.day) + " of the year (29 February not counted)";
      break;
    case PosixDate::Kind::julian0:
      day = "day " + std::to_string(d.day) + " of the year (counting from 0)";
      break;
  }
  return day + " at " + clock_text(d.time) + " local time";
}

std::string rule_text(const Zone& z, const PosixRule& r) {
  std::string standard = std::string(r.std_abbrev) + " (" + utc_offset_text(r.std_offset) + ")";
  std::string posix = " (POSIX rule " + std::string(z.posix) + ").";
  if (!r.has_dst()) return std::string(z.name) + " keeps " + standard + " all year" + posix;
  return std::string(z.name) + " is on " + standard + ", and on " + std::string(r.dst_abbrev) +
         " (" + utc_offset_text(r.dst_offset) + ") from " + date_text(r.dst_start) + " to " +
         date_text(r.dst_end) + posix;
}

json type_json(date::sys_seconds at, const LocalType& t) {
  return {{"at", iso_utc(at)}, {"offset", t.offset}, {"abbrev", t.abbrev}, {"dst", t.dst}};
}

json list_zones() {
  json zones = json::array();
  for (auto name : zone_names())
    zones.push_back({{"name", name}, {"validFrom", find_zone(name)->valid_from_year}});
  json aliases = json::array();
  for (const auto& a : zone_aliases()) aliases.push_back({{"name", a.name}, {"zone", a.target}});
  return {{"tzdata", tzdata_version()}, {"zones", zones}, {"aliases", aliases}};
}

Result<int> read_year(const json& request, const char* field, int fallback) {
  const json* v = find_field(request, field);
  if (!v) return fallback;
  auto year = read_integer(*v, std::string("/") + field, kMinYear, kMaxYear);
  if (!year.ok()) return year.error();
  return static_cast<int>(year.value());
}

}  // namespace

Error unknown_zone_error(const std::string& name, const std::string& path) {
  std::string message = "unknown time zone \"" + name + "\"";
  auto similar = similar_zone_names(name);
  for (std::size_t i = 0; i < similar.size(); ++i)
    message += (i == 0 ? "; did you mean \"" : i + 1 == similar.size() ? "\" or \"" : "\", \"") +
               std::string(similar[i]);
  message += similar.empty() ? " (call zones with {} for the list)" : "\"?";
  return Error{"unknown_value", message, path};
}

Result<json> zones_endpoint(const json& request) {
  if (!request.is_object()) return wrong_type("", "a request object", request);
  if (auto e = reject_unknown_fields(request, "", {"zone", "from", "to"})) return *e;
  const json* zone_field = find_field(request, "zone");
  if (!zone_field) {
    if (request.empty()) return list_zones();
    return missing_field("/zone", "\"zone\" (an IANA name such as \"Europe/Berlin\")");
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
  if (auto e = check_year_span(from.value(), to.value(), kMaxYears)) return *e;

  using date::year;
  date::sys_seconds start = date::sys_days{year{from.value()} / 1 / 1};
  date::sys_seconds end = date::sys_days{year{to.value() + 1} / 1 / 1};
  PosixRule rule = zone_rule(*zone);
  json transitions = json::array();
  transitions.push_back(type_json(start, local_type_at(rule, start)));
  for (const auto& t : transitions_between(rule, start, end - std::chrono::seconds{1}))
    transitions.push_back(type_json(t.at, t.type));

  Explain explain;
  if (zone->name != name.value())
    explain.push_back({"alias", name.value() + " is another name for " + std::string(zone->name) +
                                    "."});
  explain.push_back({"rule", rule_text(*zone, rule)});
  std::string valid_from = std::to_string(zone->valid_from_year);
  explain.push_back({"source", "The zone's current rule, from IANA tzdata " +
                                   std::string(tzdata_version()) +
                                   " (the POSIX TZ string that ends its tzdata file); it matches "
                                   "tzdata from 1 January " + valid_from + " on."});
  if (from.value() < zone->valid_from_year)
    explain.push_back(
        {"validity", std::string(zone->name) + " had other rules before " + valid_from +
                         ", which slacalc does not know: the years " +
                         std::to_string(from.value()) + "–" +
                         std::to_string(std::min(to.value(), zone->valid_from_year - 1)) +
                         " show the current rule projected backwards, not history."});

  json out;
  out["zone"] = zone->name;
  out["validFrom"] = zone->valid_from_year;
  out["posix"] = zone->posix;
  out["tzdata"] = tzdata_version();
  out["from"] = from.value();
  out["to"] = to.value();
  out["transitions"] = transitions;
  json lines = json::array();
  for (const auto& e : explain) lines.push_back({{"code", e.code}, {"text", e.text}});
  out["explain"] = lines;
  return out;
}

}  // namespace slacalc
