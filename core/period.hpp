// Measurement periods and their length in seconds.
//
// A "month" in an SLA is not one thing: a calendar month has 28–31 days,
// other contracts and calculators use 30 days, 730 h (8760/12), the mean
// Gregorian month (365.2425/12 days) or, in the Flying Circus contract, an
// implied 750 h (every stated downtime there is (100 % − target) × 750 h,
// VLB §3.4/§9.2). The basis is therefore an explicit option, reported back.
//
// Days are civil days of 86 400 s here; zone-aware lengths (a DST month is an
// hour shorter or longer) come with time zones.
#pragma once

#include <string>
#include <vector>

#include "id_table.hpp"
#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

enum class PeriodKind { day, week, month, quarter, year, rolling28d, rolling30d, custom };
enum class MonthBasis { calendar, days30, hours730, meanGregorian, hours750, customHours };
enum class QuarterBasis { calendar, meanGregorian };
enum class YearBasis { calendar, days365, meanGregorian };

// The ids requests and answers name them by (docs/api.md).
inline constexpr IdOf<PeriodKind> kPeriodKindIds[] = {
    {PeriodKind::day, "day"},          {PeriodKind::week, "week"},
    {PeriodKind::month, "month"},      {PeriodKind::quarter, "quarter"},
    {PeriodKind::year, "year"},        {PeriodKind::rolling28d, "rolling-28d"},
    {PeriodKind::rolling30d, "rolling-30d"}, {PeriodKind::custom, "custom"}};
inline constexpr IdOf<MonthBasis> kMonthBasisIds[] = {
    {MonthBasis::calendar, "calendar"},           {MonthBasis::days30, "30d"},
    {MonthBasis::hours730, "730h"},               {MonthBasis::meanGregorian, "mean-gregorian"},
    {MonthBasis::hours750, "750h"},               {MonthBasis::customHours, "custom"}};
inline constexpr IdOf<QuarterBasis> kQuarterBasisIds[] = {{QuarterBasis::calendar, "calendar"},
                                                          {QuarterBasis::meanGregorian, "mean-gregorian"}};
inline constexpr IdOf<YearBasis> kYearBasisIds[] = {
    {YearBasis::calendar, "calendar"}, {YearBasis::days365, "365d"}, {YearBasis::meanGregorian, "mean-gregorian"}};

struct PeriodSpec {
  PeriodKind kind = PeriodKind::month;
  MonthBasis month_basis = MonthBasis::calendar;
  QuarterBasis quarter_basis = QuarterBasis::calendar;
  YearBasis year_basis = YearBasis::calendar;
  int month_year = 0;       // calendar month basis: year and month 1–12
  unsigned month = 0;
  int quarter_year = 0;     // calendar quarter basis: year and quarter 1–4
  unsigned quarter = 0;
  int year = 0;             // calendar year basis
  Rational month_hours;     // custom month basis
  Duration custom_seconds;  // custom period
};

struct ResolvedPeriod {
  Duration seconds;
  std::string kind;    // "month"
  std::string basis;   // "calendar", "750h", ... ("" where there is none)
  std::string label;   // "February 2028 (calendar month, 29 days)"
  std::string explain; // how the length was obtained
};

// The request's id for each enum value (also used in the JSON format).
const char* period_kind_id(PeriodKind kind);
const char* month_basis_id(MonthBasis basis);
const char* quarter_basis_id(QuarterBasis basis);
const char* year_basis_id(YearBasis basis);

// Calendar fields must already be validated (year 1900–2200, month 1–12, ...).
ResolvedPeriod resolve_period(const PeriodSpec& spec);

int days_in_month(int year, unsigned month);

}  // namespace slacalc
