// Calendar amounts in contracts: "3 months" minimum term, "1 month" notice,
// "15 days" to claim a credit. Kept as count + unit: a month is not a fixed
// number of seconds (31 Jan + 1 month clamps to 28/29 Feb).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "profile.hpp"

namespace slacalc {

inline constexpr int kMaxSpanCount = 1200;

// "<n> <unit>", unit day(s)/week(s)/month(s)/year(s), n 1–1200. nullopt when
// the text has another shape; *out_of_range set when only n is wrong.
std::optional<Span> parse_span(std::string_view text, bool* out_of_range);

// "3 months", "1 day" — for people, in the call's language (lang.hpp):
// de "3 Monate", nl "3 maanden", da "3 måneder".
std::string span_text(const Span& span);
// "3 months", "1 day" always: the profile format's own spelling, for fields
// that programs read back with parse_span.
std::string span_id(const Span& span);

// day ± span (sign +1 or −1), a date past a month's last day clamped to the
// shorter month's last day (31 Jan + 1 month = 28/29 Feb; 31 May − 3 months
// = 28/29 Feb). *clamped, when given, says whether that happened.
date::local_days add_span(date::local_days day, const Span& span, int sign = 1, bool* clamped = nullptr);

}  // namespace slacalc
