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
#include "id_table.hpp"

namespace slacalc {

inline constexpr int kFirstHolidayYear = 1900, kLastHolidayYear = 2200;

struct Holiday {
  date::year_month_day day;
  std::string id;          // "new-years-day"; two feasts on one day: "labour-day+ascension-day"
  std::string name;        // English: "New Year's Day"
  std::string local_name;  // the calendar's language: "Neujahr", "Nieuwjaarsdag", "Nytårsdag"
};

// Bevrijdingsdag (5 May, NL): the Algemene termijnenwet art. 3 lid 1 lists
// "de vijfde mei" among the algemeen erkende feestdagen, and it is a national
// holiday every year since 1990; a day off, though, only where a collective
// agreement grants it — most grant it in lustrum years (divisible by 5).
enum class LiberationDay { lustrum, every_year };
inline constexpr IdOf<LiberationDay> kLiberationDayIds[] = {{LiberationDay::lustrum, "lustrum"},
                                                            {LiberationDay::every_year, "every-year"}};

// Readings of a calendar that the law and practice answer differently. Each
// applies to one calendar only (the name says which); the defaults follow the
// law the calendar cites, the other reading is the option (holidays.cpp).
struct HolidayOptions {
  LiberationDay nl_liberation_day = LiberationDay::every_year;  // Atw art. 3 lid 1
  bool nl_good_friday = true;  // Atw art. 3 lid 2: on a par with the days of lid 1
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

// The holidays of the years from–to, in date order, with the working: the
// calendar's notes, then a note for each day on which feasts coincide (in the
// call's language).
struct HolidayYears {
  std::vector<Holiday> holidays;
  Explain explain;
};
HolidayYears holidays_between(std::string_view calendar, int from, int to,
                              const HolidayOptions& options);

}  // namespace slacalc
