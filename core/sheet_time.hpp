// Times as spreadsheets and monitors write them, for the outage import
// (outage_import.hpp) only: measure and credit read ISO times alone.
//
//   15.01.2026 10:00     dotted: day first (German, Danish)
//   15-01-2026 10:00     dashed: day first (Dutch)
//   15/01/2026 10:00     slashed: day or month first — the file's other dates
//   01/15/2026 10:00 AM  settle it (a number over 12), else the request's
//                        dateOrder (docs/api.md, "parseOutages")
//
// Day and month take one or two digits, the year four; the time H:MM or
// H:MM:SS, with AM/PM only on the 12-hour clock (12:00 AM is midnight,
// 12:30 PM half past noon). Such a time becomes the local ISO form the
// outage reader takes ("2026-01-15T10:00"); any other text is left as it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "id_table.hpp"

namespace slacalc {

enum class DateOrder { unknown, day_month, month_day };
inline constexpr IdOf<DateOrder> kDateOrderIds[] = {{DateOrder::day_month, "day-month"},
                                                    {DateOrder::month_day, "month-day"}};

// The first two numbers of a slashed date ("03/04/2026 10:00" → 3, 4).
struct SlashDate {
  int first = 0, second = 0;
};
std::optional<SlashDate> slash_date(std::string_view text);

// A spreadsheet time in ISO form; nullopt for text in no spreadsheet form
// (ISO times among them) or a slashed date while the order is unknown. A
// form with its numbers out of range (month 13, hour 25) comes out so, for
// the time reader to refuse with its own words; a 12-hour time with an hour
// outside 1–12 comes out as it is written.
std::optional<std::string> iso_of_sheet_time(std::string_view text, DateOrder order);

}  // namespace slacalc
