// How each language writes what people read: decimals, percentages, money,
// dates and weekdays (durations: human_duration.hpp) — in the call's language (lang.hpp), the way
// the browser's Intl writes them for that locale (tests/node/local-text-
// oracle.test.mjs holds the two side by side). English keeps the core's
// long-standing forms: "99.5 %", "1,600.00 DKK", ISO dates, "4h 23m".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <date/date.h>

#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

// "1234.5" (the core's decimal text, optional '-', optional trailing '…') as
// the language writes it: de/nl/da "1.234,5". English unchanged.
std::string local_decimal(std::string_view decimal);
std::string percent_text(const Percent& percent);              // "99.5 %", de "99,5 %"
// With at most `decimals` fraction digits, cut: 99.3739… % → "99.37 %".
std::string percent_text(const Percent& percent, int decimals);
std::string money_text(std::int64_t minor, const std::string& currency);  // "1,600.00 DKK", da "1.600,00 kr."
std::string date_text(date::local_days day);                   // "2026-11-23", de "23.11.2026", nl "23-11-2026"
std::string weekday_name(date::local_days day);                // "Monday", de "Montag"
std::string day_text(date::local_days day);                    // "2026-11-23 (Monday)"
// A local time: "Fri 27 Mar 2026 15:30", de "Fr. 27.03.2026 15:30".
std::string short_local_text(date::local_seconds t);

// Decimals of the currency's minor unit (ISO 4217): 2, or 0 for JPY, 3 for KWD, ...
int currency_decimals(const std::string& currency);

}  // namespace slacalc
