// The calendar fields requests share: a profile's holidays with the
// request's "holidayOptions" and "closedDays", and a zone by name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "error.hpp"
#include "holidays.hpp"
#include "profile.hpp"
#include "window_clock.hpp"

namespace slacalc {

// Custom closed days at `path` (nullptr: none): at most kMaxClosedDays
// "YYYY-MM-DD" dates, returned sorted.
inline constexpr std::size_t kMaxClosedDays = 1000;
Result<std::vector<date::local_days>> read_closed_days(const nlohmann::json* days, const std::string& path);

// The calendar's options object at `path` (nullptr: the defaults); an option
// of another calendar is refused, since it would change nothing.
Result<HolidayOptions> read_holiday_options(const nlohmann::json* options, std::string_view calendar,
                                            const std::string& path);

// A request's "calendar": a holiday calendar's code (DE-ST, NL, DK, none).
Result<std::string> read_calendar_code(const nlohmann::json& request);

// unknown_value for a zone name slacalc does not know, suggesting similar ones.
Error unknown_zone_error(const std::string& name, const std::string& path);

// The profile's holidays with the request's "holidayOptions" and "closedDays".
Result<ClosedDays> read_closures(const nlohmann::json& request, const Profile& profile);

}  // namespace slacalc
