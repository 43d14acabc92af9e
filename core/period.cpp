#include "period.hpp"

#include <date/date.h>

namespace slacalc {
namespace {

constexpr long long kDay = 86400;

const char* const kMonthNames[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};

int days_between(date::year_month_day from, date::year_month_day to) {
  return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

std::string plural(long long n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

// "29 × 86400 s = 2505600 s"
std::string days_in_seconds(long long days) {
  return std::to_string(days) + " × 86400 s = " + std::to_string(days * kDay) + " s";
}

ResolvedPeriod month_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "month";
  p.basis = month_basis_id(s.month_basis);
  switch (s.month_basis) {
    case MonthBasis::calendar: {
      int days = days_in_month(s.month_year, s.month);
      p.seconds = Rational(days * kDay);
      p.label = std::string(kMonthNames[s.month - 1]) + " " + std::to_string(s.month_year) +
                " (calendar month, " + plural(days, "day") + ")";
      p.explain = std::string(kMonthNames[s.month - 1]) + " " + std::to_string(s.month_year) +
                  " has " + plural(days, "day") + ": " + days_in_seconds(days) + ".";
      break;
    }
    case MonthBasis::days30:
      p.seconds = Rational(30 * kDay);
      p.label = "month (30-day basis)";
      p.explain = "Month basis 30 days: 30 × 86400 s = 2592000 s.";
      break;
    case MonthBasis::hours730:
      p.seconds = Rational(730 * 3600);
      p.label = "month (730 h basis)";
      p.explain = "Month basis 730 h (8760 h / 12, a twelfth of a 365-day year) = 2628000 s.";
      break;
    case MonthBasis::meanGregorian:
      // 365.2425 d × 86 400 s / 12 = 2 629 746 s exactly.
      p.seconds = Rational(3652425LL * kDay) / Rational(10000 * 12);
      p.label = "month (mean Gregorian, 365.2425/12 days)";
      p.explain = "Month basis 365.2425 / 12 days = 30.436875 days (the mean Gregorian month) = "
                  "2629746 s.";
      break;
    case MonthBasis::hours750:
      p.seconds = Rational(750 * 3600);
      p.label = "month (750 h basis)";
      p.explain =
          "Month basis 750 h = 31.25 days = 2700000 s: the basis the Flying Circus contract implies "
          "(every stated downtime there equals (100 % − target) × 750 h, VLB §3.4, §9.2).";
      break;
    case MonthBasis::customHours:
      p.seconds = s.month_hours * Rational(3600);
      p.label = "month (" + s.month_hours.to_decimal(kMaxDecimalPlaces) + " h basis)";
      p.explain = "Custom month basis of " + s.month_hours.to_decimal(kMaxDecimalPlaces) + " h = " +
                  p.seconds.to_decimal(kMaxDecimalPlaces) + " s.";
      break;
  }
  return p;
}

ResolvedPeriod quarter_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "quarter";
  p.basis = quarter_basis_id(s.quarter_basis);
  if (s.quarter_basis == QuarterBasis::meanGregorian) {
    p.seconds = Rational(3652425LL * kDay) / Rational(10000 * 4);
    p.label = "quarter (mean Gregorian, 365.2425/4 days)";
    p.explain = "Quarter basis 365.2425 / 4 days = 91.310625 days = 7889238 s.";
    return p;
  }
  using namespace date;
  unsigned first = (s.quarter - 1) * 3 + 1;
  year_month start{year{s.quarter_year}, month{first}};
  year_month_day from = start / 1;
  year_month_day to = (start + months{3}) / 1;
  int days = days_between(from, to);
  p.seconds = Rational(days * kDay);
  p.label = std::to_string(s.quarter_year) + "-Q" + std::to_string(s.quarter) + " (" +
            kMonthNames[first - 1] + "–" + kMonthNames[first + 1] + ", " +
            plural(days, "day") + ")";
  p.explain = "Calendar quarter " + p.label + ": " + days_in_seconds(days) + ".";
  return p;
}

ResolvedPeriod year_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "year";
  p.basis = year_basis_id(s.year_basis);
  switch (s.year_basis) {
    case YearBasis::calendar: {
      int days = date::year{s.year}.is_leap() ? 366 : 365;
      p.seconds = Rational(days * kDay);
      p.label = std::to_string(s.year) + " (calendar year, " + plural(days, "day") + ")";
      p.explain = "Calendar year " + p.label + ": " + days_in_seconds(days) + ".";
      break;
    }
    case YearBasis::days365:
      p.seconds = Rational(365 * kDay);
      p.label = "year (365 days)";
      p.explain = "Year basis 365 days = 31536000 s.";
      break;
    case YearBasis::meanGregorian:
      p.seconds = Rational(3652425LL * kDay) / Rational(10000);
      p.label = "year (mean Gregorian, 365.2425 days)";
      p.explain = "Year basis 365.2425 days (the mean Gregorian year) = 31556952 s.";
      break;
  }
  return p;
}

ResolvedPeriod fixed(const char* kind, long long days, const char* label) {
  ResolvedPeriod p;
  p.kind = kind;
  p.seconds = Rational(days * kDay);
  p.label = label;
  p.explain = std::string(label) + ": " + days_in_seconds(days) + ".";
  p.explain[0] = static_cast<char>(p.explain[0] - 'a' + 'A');  // labels are lower-case ASCII
  return p;
}

}  // namespace

int days_in_month(int y, unsigned m) {
  using namespace date;
  year_month ym{year{y}, month{m}};
  return static_cast<int>(static_cast<unsigned>((ym / last).day()));
}

ResolvedPeriod resolve_period(const PeriodSpec& s) {
  switch (s.kind) {
    case PeriodKind::day: return fixed("day", 1, "day (24 h)");
    case PeriodKind::week: return fixed("week", 7, "week (7 days)");
    case PeriodKind::month: return month_period(s);
    case PeriodKind::quarter: return quarter_period(s);
    case PeriodKind::year: return year_period(s);
    case PeriodKind::rolling28d: return fixed("rolling-28d", 28, "rolling 28 days");
    case PeriodKind::rolling30d: return fixed("rolling-30d", 30, "rolling 30 days");
    case PeriodKind::custom: {
      ResolvedPeriod p;
      p.kind = "custom";
      p.seconds = s.custom_seconds;
      p.label = "custom period";
      p.explain = "Custom period of " + s.custom_seconds.to_decimal(kMaxDecimalPlaces) + " s.";
      return p;
    }
  }
  return {};
}

const char* period_kind_id(PeriodKind k) {
  switch (k) {
    case PeriodKind::day: return "day";
    case PeriodKind::week: return "week";
    case PeriodKind::month: return "month";
    case PeriodKind::quarter: return "quarter";
    case PeriodKind::year: return "year";
    case PeriodKind::rolling28d: return "rolling-28d";
    case PeriodKind::rolling30d: return "rolling-30d";
    case PeriodKind::custom: return "custom";
  }
  return "";
}

const char* month_basis_id(MonthBasis b) {
  switch (b) {
    case MonthBasis::calendar: return "calendar";
    case MonthBasis::days30: return "30d";
    case MonthBasis::hours730: return "730h";
    case MonthBasis::meanGregorian: return "mean-gregorian";
    case MonthBasis::hours750: return "750h";
    case MonthBasis::customHours: return "custom";
  }
  return "";
}

const char* quarter_basis_id(QuarterBasis b) {
  return b == QuarterBasis::calendar ? "calendar" : "mean-gregorian";
}

const char* year_basis_id(YearBasis b) {
  switch (b) {
    case YearBasis::calendar: return "calendar";
    case YearBasis::days365: return "365d";
    case YearBasis::meanGregorian: return "mean-gregorian";
  }
  return "";
}

}  // namespace slacalc
