// The period fields shared by every request that measures over a period:
// "period", "month", "monthBasis", "monthHours", "quarter", "quarterBasis",
// "year", "yearBasis", "duration". Documented in docs/api.md.
#pragma once

#include <string>
#include <string_view>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "error.hpp"
#include "period.hpp"

namespace slacalc {

// The settings' field names, for reject_unknown_fields lists.
#define SLACALC_PERIOD_FIELDS \
  "month", "monthBasis", "monthHours", "quarter", "quarterBasis", "year", "yearBasis", "duration"

// Reads the settings, then checks that `kind` has what it needs (a calendar
// month needs "month": "YYYY-MM", ...). `kind` comes from the caller because
// the nines table resolves many kinds with one set of settings.
Result<PeriodSpec> read_period_settings(const nlohmann::json& request);
// "YYYY-MM" at `path` into spec.month_year and spec.month (years 1900–2200).
std::optional<Error> read_month(const nlohmann::json& value, const std::string& path, PeriodSpec& spec);
// A month measured in a contract's time zone (windowBudget, measure, credit,
// budget with a profile): "YYYY-MM" in 1900–2199. Zone rules and holiday
// calendars reach 2200, where the last such month (or its quarter or year)
// ends.
std::optional<Error> read_zoned_month(const nlohmann::json& value, const std::string& path, PeriodSpec& spec);
// "YYYY-MM-DD" at `path`.
// `example` is the date the "not a date like …" message shows.
Result<date::local_days> read_day(const nlohmann::json& value, const std::string& path,
                                  std::string_view example = "2026-01-31");
std::optional<Error> complete_period(PeriodSpec& spec, PeriodKind kind);

}  // namespace slacalc
