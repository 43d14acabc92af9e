// IANA time zones as their current rules: each supported name maps to the
// POSIX TZ string that ends its tzdata file, and to the first year from which
// that rule reproduces tzdata exactly (valid_from_year). Before that year the
// zone had other rules, which slacalc does not model (no tz.cpp, no tzdb):
// results for earlier instants are the current rule projected backwards, and
// callers must say so (zone_years.cpp does, as a "validity" explanation).
#pragma once

#include <string_view>
#include <vector>

#include <date/date.h>

#include "id_table.hpp"
#include "posix_tz.hpp"

namespace slacalc {

struct Zone {
  std::string_view name;   // canonical IANA name, "Europe/Berlin"
  std::string_view posix;  // "CET-1CEST,M3.5.0,M10.5.0/3"
  int valid_from_year;     // the rule is exact from 1 January of this year (UTC−14 h) on
};

// The zone's rule, parsed (some 100 ns; a caller evaluating many instants may
// keep it and use posix_tz.hpp directly). Table strings always parse: the
// compiler checks them.
PosixRule zone_rule(const Zone& zone);

// The tzdata release the table was generated from ("2025b").
std::string_view tzdata_version();

// A canonical name or one of a few aliases (older names browsers still report,
// e.g. "Asia/Calcutta", "Europe/Kiev"); nullptr when not supported. Exact,
// case-sensitive match, as IANA names are.
const Zone* find_zone(std::string_view name);
// Canonical names, sorted.
std::vector<std::string_view> zone_names();

struct ZoneAlias {
  std::string_view name;    // "Asia/Calcutta"
  std::string_view target;  // "Asia/Kolkata"
};
std::vector<ZoneAlias> zone_aliases();

// Up to `max` supported names that look like what was meant: the same city
// ("Berlin", "europe/berlin", "America/Kolkata"), ignoring case, or a name
// that starts with the text.
std::vector<std::string_view> similar_zone_names(std::string_view name, std::size_t max = 3);

int utc_offset_seconds(const Zone& zone, date::sys_seconds instant);
std::string_view abbreviation(const Zone& zone, date::sys_seconds instant);
date::local_seconds to_local(const Zone& zone, date::sys_seconds instant);

// A local time names no instant in a DST gap (spring forward) and two in an
// overlap (fall back). Which one is meant follows Temporal's (TC39) options:
//   compatible  gap: shifted forward by the gap (02:30 in Berlin's gap is 03:30
//               CEST); overlap: the earlier instant (02:30 CEST, still summer
//               time). The same as RFC 5545 and java.time; the default.
//   earlier     gap: shifted back (01:30 CET); overlap: the earlier instant.
//   later       gap: shifted forward; overlap: the later instant (02:30 CET).
// `kind` says which case it was, so a caller can refuse instead.
enum class Disambiguation { compatible, earlier, later };
inline constexpr IdOf<Disambiguation> kDisambiguationIds[] = {{Disambiguation::compatible, "compatible"},
                                                              {Disambiguation::earlier, "earlier"},
                                                              {Disambiguation::later, "later"}};

struct LocalToUtc {
  date::sys_seconds instant;
  enum Kind { unique, gap, overlap } kind;
};

LocalToUtc to_utc(const Zone& zone, date::local_seconds local,
                  Disambiguation choice = Disambiguation::compatible);

}  // namespace slacalc
