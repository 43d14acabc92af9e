// Public-holiday calendars for any year 1900–2200, computed from rules (no
// tables of dates): Germany nationwide ("DE") and its 16 states ("DE-ST", ...),
// the Netherlands ("NL"), Denmark ("DK"), and "none". Each rule, its source
// and its history are in holidays.cpp; the choices that are not the law's but
// ours (state-wide rules only, the Dutch options) are documented there too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "explain.hpp"

namespace slacalc {

inline constexpr int kFirstHolidayYear = 1900, kLastHolidayYear = 2200;

struct Holiday {
  date::year_month_day day;
  std::string id;          // "new-years-day"; two feasts on one day: "labour-day+ascension-day"
  std::string name;        // English: "New Year's Day"
  std::string local_name;  // the calendar's language: "Neujahr", "Nieuwjaarsdag", "Nytårsdag"
};

// Bevrijdingsdag (5 May, NL): a national holiday every year since 1990, but a
// day off only where a collective agreement grants it — most grant it in
// lustrum years (divisible by 5). holidays.cpp explains the default.
enum class LiberationDay { lustrum, every_year };

// Readings of a calendar that the law leaves to contracts. Each applies to
// one calendar only (the name says which); the defaults are the common case.
struct HolidayOptions {
  LiberationDay nl_liberation_day = LiberationDay::lustrum;
  bool nl_good_friday = false;  // Goede Vrijdag is no legal holiday in NL
};

// Easter Sunday of the Gregorian calendar (any year ≥ 1583).
date::year_month_day easter_sunday(int year);

bool is_known_holiday_calendar(std::string_view code);
// "none", "DE", "DE-BB", ..., "DE-TH", "NL", "DK" (static strings).
std::vector<std::string_view> holiday_calendar_codes();

// Sorted by date, one entry per day: feasts that coincide (Labour Day and
// Ascension Day in 2008) share an entry whose id, name and local name join
// theirs with "+" and " / ", in the calendar's rule order. Empty for an
// unknown calendar or a year outside 1900–2200.
std::vector<Holiday> holidays_in_year(std::string_view calendar, int year,
                                      const HolidayOptions& options);

// The same rules, answered without building the list or allocating: cheap
// enough for a clock that asks day after day. False for an unknown calendar
// or a year outside 1900–2200.
bool is_holiday(std::string_view calendar, date::year_month_day day,
                const HolidayOptions& options);

// What the calendar covers and which readings it applies, for an explain
// list of a request over the years from–to.
Explain holiday_calendar_notes(std::string_view calendar, int from, int to,
                               const HolidayOptions& options);

}  // namespace slacalc
