#include "zones.hpp"

#include <algorithm>
#include <iterator>

namespace slacalc {
namespace {

constexpr std::string_view kTzdataVersion = "2025b";

// Generated from IANA tzdata 2025b (Debian bookworm's tzdata 2025b-0+deb12u2;
// /usr/share/zoneinfo/tzdata.zi, "# version 2025b"): each POSIX string is the
// last line of /usr/share/zoneinfo/<name>. valid_from_year is the first year Y
// such that from Y-01-01T00:00Z − 14 h (the start of Y in every zone) to 2038,
// glibc's localtime() gives the same UTC offset with the POSIX string as with
// the zone file, checked at every transition of either (zdump -v, 1900–2040);
// 1900 means no difference since 1900. Abbreviations agree from the same years.
// Zones: every Europe/ name in zone.tab (so Amsterdam, Oslo, ... too, which the
// main tzdata makes links), UTC, and the larger American, Asian, Australian,
// African and Pacific zones; sorted by name (checked below).
constexpr Zone kZones[] = {
    // DST again since April 2023 (none 2015–2022)
    {"Africa/Cairo", "EET-2EEST,M4.5.5/0,M10.5.4/24", 2023},
    {"Africa/Johannesburg", "SAST-2", 1945},
    {"Africa/Lagos", "WAT-1", 1920},
    {"Africa/Nairobi", "EAT-3", 1943},
    // US rules (2nd Sun Mar – 1st Sun Nov) since 2007
    {"America/Anchorage", "AKST9AKDT,M3.2.0,M11.1.0", 2007},
    {"America/Argentina/Buenos_Aires", "<-03>3", 2010},  // no DST since March 2009
    {"America/Bogota", "<-05>5", 1994},
    {"America/Chicago", "CST6CDT,M3.2.0,M11.1.0", 2007},  // US rules since 2007
    {"America/Denver", "MST7MDT,M3.2.0,M11.1.0", 2007},  // US rules since 2007
    // Canada follows the US rules since 2007
    {"America/Halifax", "AST4ADT,M3.2.0,M11.1.0", 2007},
    {"America/Lima", "<-05>5", 1995},
    {"America/Los_Angeles", "PST8PDT,M3.2.0,M11.1.0", 2007},  // US rules since 2007
    {"America/Mexico_City", "CST6", 2023},  // no DST since 30 October 2022
    {"America/New_York", "EST5EDT,M3.2.0,M11.1.0", 2007},  // US rules since 2007
    {"America/Phoenix", "MST7", 1968},
    // Chile: Sat 24:00 rules since 2019, but the 2022 start was a week late
    {"America/Santiago", "<-04>4<-03>,M9.1.6/24,M4.1.6/24", 2023},
    {"America/Sao_Paulo", "<-03>3", 2020},  // no DST since 17 February 2019
    // switches at 02:00 instead of 00:01 since November 2011
    {"America/St_Johns", "NST3:30NDT,M3.2.0,M11.1.0", 2012},
    {"America/Toronto", "EST5EDT,M3.2.0,M11.1.0", 2007},  // as the US since 2007
    {"America/Vancouver", "PST8PDT,M3.2.0,M11.1.0", 2007},  // as the US since 2007
    {"Asia/Bangkok", "<+07>-7", 1921},
    {"Asia/Dhaka", "<+06>-6", 2011},  // no DST since 31 December 2009
    {"Asia/Dubai", "<+04>-4", 1921},
    // +03 from September 2016, EU rules since 29 October 2017
    {"Asia/Famagusta", "EET-2EEST,M3.5.0/3,M10.5.0/4", 2018},
    {"Asia/Hong_Kong", "HKT-8", 1980},
    {"Asia/Jakarta", "WIB-7", 1965},
    // Friday before the last Sunday of March – last Sunday of October since 2013
    {"Asia/Jerusalem", "IST-2IDT,M3.4.4/26,M10.5.0", 2013},
    {"Asia/Karachi", "PKT-5", 2010},  // no DST since November 2009
    {"Asia/Kathmandu", "<+0545>-5:45", 1987},
    {"Asia/Kolkata", "IST-5:30", 1946},
    {"Asia/Manila", "PST-8", 1991},
    // EU switch times since autumn 1998
    {"Asia/Nicosia", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1999},
    {"Asia/Seoul", "KST-9", 1989},
    {"Asia/Shanghai", "CST-8", 1992},
    {"Asia/Singapore", "<+08>-8", 1983},
    {"Asia/Tehran", "<+0330>-3:30", 2023},  // no DST since 22 September 2022
    {"Asia/Tokyo", "JST-9", 1952},
    {"Atlantic/Reykjavik", "GMT0", 1969},
    // 1st Sun Oct – 1st Sun Apr since April 2008
    {"Australia/Adelaide", "ACST-9:30ACDT,M10.1.0,M4.1.0/3", 2008},
    {"Australia/Brisbane", "AEST-10", 1993},
    {"Australia/Darwin", "ACST-9:30", 1945},
    {"Australia/Hobart", "AEST-10AEDT,M10.1.0,M4.1.0/3", 2008},  // as Sydney since April 2008
    {"Australia/Melbourne", "AEST-10AEDT,M10.1.0,M4.1.0/3", 2008},  // as Sydney
    {"Australia/Perth", "AWST-8", 2010},  // no DST since March 2009
    // 1st Sun Oct – 1st Sun Apr since April 2008
    {"Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3", 2008},
    {"Europe/Amsterdam", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Andorra", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Astrakhan", "<+04>-4", 2017},  // +04 since 27 March 2016
    {"Europe/Athens", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1996},
    {"Europe/Belgrade", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Berlin", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Bratislava", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Brussels", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    // EU switch times since late 1996
    {"Europe/Bucharest", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1997},
    {"Europe/Budapest", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Busingen", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Chisinau", "EET-2EEST,M3.5.0,M10.5.0/3", 1997},  // 02:00/03:00 local since 1997
    {"Europe/Copenhagen", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1", 1996},
    {"Europe/Gibraltar", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Guernsey", "GMT0BST,M3.5.0/1,M10.5.0", 1996},
    {"Europe/Helsinki", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1996},
    {"Europe/Isle_of_Man", "GMT0BST,M3.5.0/1,M10.5.0", 1996},
    // +03 all year since 2016 (DST from 27 March, kept from 7 September)
    {"Europe/Istanbul", "<+03>-3", 2017},
    {"Europe/Jersey", "GMT0BST,M3.5.0/1,M10.5.0", 1996},
    {"Europe/Kaliningrad", "EET-2", 2015},  // no DST since 26 October 2014
    {"Europe/Kirov", "MSK-3", 2015},  // MSK (+03) since 26 October 2014
    {"Europe/Kyiv", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1997},  // EU switch times since late 1996
    {"Europe/Lisbon", "WET0WEST,M3.5.0/1,M10.5.0", 1997},  // WET again since 31 March 1996
    {"Europe/Ljubljana", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/London", "GMT0BST,M3.5.0/1,M10.5.0", 1996},
    {"Europe/Luxembourg", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Madrid", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Malta", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Mariehamn", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1996},
    {"Europe/Minsk", "<+03>-3", 2012},  // +03 all year since 27 March 2011
    {"Europe/Monaco", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Moscow", "MSK-3", 2015},  // MSK (+03) all year since 26 October 2014
    {"Europe/Oslo", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Paris", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Podgorica", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Prague", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Riga", "EET-2EEST,M3.5.0/3,M10.5.0/4", 2001},  // EU rules since 2001
    {"Europe/Rome", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Samara", "<+04>-4", 2012},  // +04 since 27 March 2011
    {"Europe/San_Marino", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Sarajevo", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Saratov", "<+04>-4", 2017},  // +04 since 4 December 2016
    {"Europe/Simferopol", "MSK-3", 2015},  // MSK (+03) since 26 October 2014
    {"Europe/Skopje", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Sofia", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1997},  // EU switch times since late 1996
    {"Europe/Stockholm", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Tallinn", "EET-2EEST,M3.5.0/3,M10.5.0/4", 2002},  // EU rules since 2002
    {"Europe/Tirane", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Ulyanovsk", "<+04>-4", 2017},  // +04 since 27 March 2016
    {"Europe/Vaduz", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Vatican", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Vienna", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Vilnius", "EET-2EEST,M3.5.0/3,M10.5.0/4", 2003},  // EU rules since 2003
    {"Europe/Volgograd", "MSK-3", 2021},  // MSK again since 27 December 2020
    {"Europe/Warsaw", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Zagreb", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    {"Europe/Zurich", "CET-1CEST,M3.5.0,M10.5.0/3", 1996},
    // last Sun Sep – 1st Sun Apr since September 2007
    {"Pacific/Auckland", "NZST-12NZDT,M9.5.0,M4.1.0/3", 2008},
    {"UTC", "UTC0", 1900},
};

// Older names that browsers still report: ICU's canonical forms
// (Intl.DateTimeFormat().resolvedOptions().timeZone says "Asia/Calcutta").
constexpr ZoneAlias kAliases[] = {
    {"America/Buenos_Aires", "America/Argentina/Buenos_Aires"},
    {"Asia/Calcutta", "Asia/Kolkata"},
    {"Asia/Katmandu", "Asia/Kathmandu"},
    {"Etc/UTC", "UTC"},
    {"Europe/Kiev", "Europe/Kyiv"},
    {"Europe/Nicosia", "Asia/Nicosia"},
};

constexpr const Zone* lookup(std::string_view name) {
  const Zone* it = std::lower_bound(std::begin(kZones), std::end(kZones), name,
                                    [](const Zone& z, std::string_view n) { return z.name < n; });
  return it != std::end(kZones) && it->name == name ? it : nullptr;
}

// The compiler checks the table: every rule parses, names are sorted and
// unique, offsets lie in −12 h…+14 h, every alias has its target. (The parsed
// rules are not stored: they would add kilobytes to the wasm module's data.)
constexpr bool table_is_valid() {
  for (std::size_t i = 0; i < std::size(kZones); ++i) {
    const Zone& z = kZones[i];
    PosixParse p = parse_posix_tz(z.posix);
    if (p.error != nullptr) return false;
    if (i > 0 && !(kZones[i - 1].name < z.name)) return false;
    for (int offset : {p.rule.std_offset, p.rule.dst_offset})
      if (offset < -12 * 3600 || offset > 14 * 3600) return false;
    if (z.valid_from_year < 1900 || z.valid_from_year > 2200) return false;
  }
  for (const auto& a : kAliases)
    if (lookup(a.target) == nullptr || lookup(a.name) != nullptr) return false;
  return true;
}
static_assert(table_is_valid(), "kZones: a POSIX string does not parse, or names are unsorted");

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto fold = [](char c) { return c == ' ' ? '_' : c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; };
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

std::string_view city(std::string_view name) {
  auto slash = name.rfind('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

}  // namespace

std::string_view tzdata_version() { return kTzdataVersion; }

const Zone* find_zone(std::string_view name) {
  if (const Zone* z = lookup(name)) return z;
  for (const auto& a : kAliases)
    if (a.name == name) return lookup(a.target);
  return nullptr;
}

std::vector<std::string_view> zone_names() {
  std::vector<std::string_view> names;
  for (const auto& z : kZones) names.push_back(z.name);
  return names;
}

std::vector<ZoneAlias> zone_aliases() { return {std::begin(kAliases), std::end(kAliases)}; }

std::vector<std::string_view> similar_zone_names(std::string_view name, std::size_t max) {
  std::vector<std::string_view> out;
  if (name.empty()) return out;
  auto add = [&out, max](std::string_view n) {
    if (out.size() < max && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  for (const auto& z : kZones)
    if (same_ignoring_case(z.name, name) || same_ignoring_case(city(z.name), city(name)))
      add(z.name);
  for (const auto& a : kAliases)
    if (same_ignoring_case(a.name, name) || same_ignoring_case(city(a.name), city(name)))
      add(a.target);
  for (const auto& z : kZones)
    if (same_ignoring_case(z.name.substr(0, std::min(z.name.size(), name.size())), name))
      add(z.name);
  return out;
}

PosixRule zone_rule(const Zone& zone) { return parse_posix_tz(zone.posix).rule; }

int utc_offset_seconds(const Zone& zone, date::sys_seconds instant) {
  return local_type_at(zone_rule(zone), instant).offset;
}

std::string_view abbreviation(const Zone& zone, date::sys_seconds instant) {
  return local_type_at(zone_rule(zone), instant).abbrev;
}

date::local_seconds to_local(const Zone& zone, date::sys_seconds instant) {
  return date::local_seconds{instant.time_since_epoch() +
                             std::chrono::seconds{utc_offset_seconds(zone, instant)}};
}

LocalToUtc to_utc(const Zone& zone, date::local_seconds local, Disambiguation choice) {
  // The local time read with each of the zone's two offsets; a reading is
  // real when the zone is at that offset at the instant it names.
  auto read = [&local](int offset) {
    return date::sys_seconds{local.time_since_epoch() - std::chrono::seconds{offset}};
  };
  const PosixRule r = zone_rule(zone);
  date::sys_seconds as_std = read(r.std_offset);
  if (!r.has_dst()) return {as_std, LocalToUtc::unique};
  date::sys_seconds as_dst = read(r.dst_offset);
  bool std_real = local_type_at(r, as_std).offset == r.std_offset;
  bool dst_real = local_type_at(r, as_dst).offset == r.dst_offset;
  if (std_real != dst_real) return {std_real ? as_std : as_dst, LocalToUtc::unique};
  // Both readings real: an overlap; neither: a gap. In both cases the earlier
  // reading is the earlier instant (in a gap: shifted back by the gap), the
  // later one the later instant (shifted forward).
  date::sys_seconds earlier = std::min(as_std, as_dst), later = std::max(as_std, as_dst);
  if (std_real) return {choice == Disambiguation::later ? later : earlier, LocalToUtc::overlap};
  return {choice == Disambiguation::earlier ? earlier : later, LocalToUtc::gap};
}

}  // namespace slacalc
