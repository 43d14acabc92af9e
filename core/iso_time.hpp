// Instants and dates as text: ISO 8601 in and out ("2026-03-27T15:30:00+01:00",
// "2026-03-27"). Dates and times for people, in their language: local_text.hpp.
// Written by hand: date::format and date::parse go through iostreams, which
// would cost the wasm module tens of KB.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace slacalc {

// "YYYY-MM-DDTHH:MM[:SS]" (a space instead of T is fine), then "Z", "±HH:MM"
// or nothing: a local time, to be read in some zone (offset empty).
struct IsoTime {
  date::local_seconds local;
  std::optional<int> offset;  // seconds east of UTC
};
std::optional<IsoTime> parse_iso_time(std::string_view text);
std::optional<date::local_days> parse_iso_date(std::string_view text);  // "YYYY-MM-DD"

std::string iso_date(date::local_days day);                    // "2026-03-27"
std::string iso_utc(date::sys_seconds t);                      // "2026-03-27T14:30:00Z"
std::string iso_local(date::sys_seconds t, int offset);        // "2026-03-27T15:30:00+01:00"
std::string utc_offset_text(int offset);                       // "UTC+01:00"
std::string two_digits(long long n);                           // 7 → "07"

}  // namespace slacalc
