// Holiday calendars: Easter against a second algorithm and published dates,
// whole years as the laws list them, the rules' history, the Dutch options,
// and the `holidays` endpoint's answers and errors.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "helpers.hpp"
#include "holidays.hpp"

using namespace date;
using slacalc::Holiday;
using slacalc::HolidayOptions;
using slacalc::holidays_in_year;
using slacalc::is_holiday;
using test::fails;
using test::json;
using test::ok;

namespace {

// Gauss's Easter formula with Lichtenberg's corrections (1997) — a different
// derivation from the anonymous Gregorian algorithm the core uses.
year_month_day gauss_easter(int y) {
  int k = y / 100;
  int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
  int s = 2 - (3 * k + 3) / 4;
  int a = y % 19;
  int d = (19 * a + m) % 30;
  int r = (d + a / 11) / 29;
  int og = 21 + d - r;
  int sz = 7 - (y + y / 4 + s) % 7;
  int oe = 7 - (og - sz) % 7;
  int os = og + oe;  // day of March; 32 = 1 April
  return sys_days{year{y} / March / 1} + days{os - 1};
}

std::string iso(year_month_day d) {
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return text;
}

// "MM-DD local name" for each holiday of the year.
std::vector<std::string> listed(const char* calendar, int y, const HolidayOptions& o = {}) {
  std::vector<std::string> out;
  for (const Holiday& h : holidays_in_year(calendar, y, o))
    out.push_back(iso(h.day).substr(5) + " " + h.local_name);
  return out;
}

const Holiday* find(const std::vector<Holiday>& list, const std::string& id) {
  for (const auto& h : list)
    if (h.id == id) return &h;
  return nullptr;
}

bool has(const char* calendar, year_month_day day, const HolidayOptions& o = {}) {
  return is_holiday(calendar, day, o);
}

void expect_error(const json& request, const char* code, const char* path) {
  test::fails_at("holidays", request, code, path);
}

}  // namespace

TEST_CASE("Easter Sunday: published dates and a second algorithm for 1900–2200") {
  // Dates as printed in the tables of the Physikalisch-Technische
  // Bundesanstalt and in Meeus, Astronomical Algorithms (2000-04-23, ...);
  // 2038-04-25 is the latest possible date, 2008-03-23 the earliest since 1913.
  const char* known[][2] = {
      {"1900", "1900-04-15"}, {"1913", "1913-03-23"}, {"1943", "1943-04-25"},
      {"1961", "1961-04-02"}, {"2000", "2000-04-23"}, {"2008", "2008-03-23"},
      {"2011", "2011-04-24"}, {"2019", "2019-04-21"}, {"2024", "2024-03-31"},
      {"2025", "2025-04-20"}, {"2026", "2026-04-05"}, {"2038", "2038-04-25"},
      {"2100", "2100-03-28"}, {"2200", "2200-04-06"},
  };
  for (const auto& k : known) CHECK(iso(slacalc::easter_sunday(std::stoi(k[0]))) == k[1]);
  for (int y = 1900; y <= 2200; ++y) {
    year_month_day e = slacalc::easter_sunday(y);
    INFO("year ", y);
    CHECK(e == gauss_easter(y));
    CHECK(weekday{sys_days{e}} == Sunday);
    CHECK(sys_days{e} >= sys_days{year{y} / March / 22});
    CHECK(sys_days{e} <= sys_days{year{y} / April / 25});
  }
}

TEST_CASE("DE-ST 2026: the Flying Circus default, complete") {
  CHECK(listed("DE-ST", 2026) ==
        std::vector<std::string>{"01-01 Neujahr", "01-06 Heilige Drei Könige", "04-03 Karfreitag",
                                 "04-06 Ostermontag", "05-01 Tag der Arbeit",
                                 "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag",
                                 "10-03 Tag der Deutschen Einheit", "10-31 Reformationstag",
                                 "12-25 1. Weihnachtstag", "12-26 2. Weihnachtstag"});
  auto list = holidays_in_year("DE-ST", 2026, {});
  CHECK(list.front().id == "new-years-day");
  CHECK(list.front().name == "New Year's Day");
  CHECK(list.size() == 11);
  // "DE" is what every state has: nine days in 2026.
  CHECK(holidays_in_year("DE", 2026, {}).size() == 9);
  CHECK(holidays_in_year("none", 2026, {}).empty());
  CHECK(holidays_in_year("DE-XX", 2026, {}).empty());
  CHECK(holidays_in_year("DE-ST", 1899, {}).empty());
  CHECK(holidays_in_year("DE-ST", 2201, {}).empty());
}

TEST_CASE("the other German states in 2026") {
  CHECK(listed("DE-BB", 2026).size() == 12);  // with Easter and Whit Sunday
  CHECK(has("DE-BB", 2026_y / April / 5));
  CHECK_FALSE(has("DE-HE", 2026_y / April / 5));
  CHECK(has("DE-BW", 2026_y / June / 4));   // Corpus Christi
  CHECK(has("DE-HE", 2026_y / June / 4));
  CHECK_FALSE(has("DE-SN", 2026_y / June / 4));  // Bautzen communities only
  CHECK_FALSE(has("DE-TH", 2026_y / June / 4));  // Eichsfeld communities only
  CHECK(has("DE-SL", 2026_y / August / 15));
  CHECK_FALSE(has("DE-BY", 2026_y / August / 15));  // Catholic communities only
  CHECK_FALSE(has("DE-BY", 2026_y / August / 8));   // Augsburg only
  CHECK(has("DE-NW", 2026_y / November / 1));
  CHECK(has("DE-SN", 2026_y / November / 18));  // Wednesday before 23 November
  CHECK_FALSE(has("DE-ST", 2026_y / November / 18));
  CHECK(has("DE-BE", 2026_y / March / 8));
  CHECK(has("DE-MV", 2026_y / March / 8));
  CHECK(has("DE-TH", 2026_y / September / 20));
}

TEST_CASE("German history: unity days, Reformation Day, Repentance Day, new holidays") {
  CHECK(has("DE", 1989_y / June / 17));
  CHECK_FALSE(has("DE", 1989_y / October / 3));
  CHECK(has("DE", 1990_y / June / 17));  // the last one (a Sunday)
  CHECK(has("DE", 1990_y / October / 3));
  CHECK_FALSE(has("DE", 1991_y / June / 17));
  CHECK_FALSE(has("DE", 1953_y / June / 17));
  // Repentance Day: everywhere until 1994, then Saxony only.
  CHECK(has("DE", 1994_y / November / 16));
  CHECK(has("DE-BY", 1994_y / November / 16));
  CHECK_FALSE(has("DE-BY", 1995_y / November / 22));
  CHECK(has("DE-SN", 1995_y / November / 22));
  CHECK(has("DE-SN", 2023_y / November / 22));  // 23 Nov a Thursday
  CHECK(has("DE-SN", 2022_y / November / 16));  // 23 Nov a Wednesday: a week back
  // Reformation Day: nationwide once in 2017, the north from 2018.
  CHECK(has("DE", 2017_y / October / 31));
  CHECK(has("DE-BW", 2017_y / October / 31));
  CHECK_FALSE(has("DE-BW", 2018_y / October / 31));
  CHECK_FALSE(has("DE-NI", 2016_y / October / 31));
  for (const char* s : {"DE-HB", "DE-HH", "DE-NI", "DE-SH"}) CHECK(has(s, 2018_y / October / 31));
  auto st2017 = holidays_in_year("DE-ST", 2017, {});
  CHECK(find(st2017, "reformation-day") != nullptr);  // one entry, not two
  CHECK(st2017.size() == 11);
  CHECK_FALSE(has("DE-BE", 2018_y / March / 8));
  CHECK(has("DE-BE", 2019_y / March / 8));
  CHECK_FALSE(has("DE-MV", 2022_y / March / 8));
  CHECK(has("DE-MV", 2023_y / March / 8));
  CHECK_FALSE(has("DE-TH", 2018_y / September / 20));
  CHECK(has("DE-TH", 2019_y / September / 20));
  CHECK(has("DE-BE", 2020_y / May / 8));
  CHECK(has("DE-BE", 2025_y / May / 8));
  CHECK_FALSE(has("DE-BE", 2030_y / May / 8));
  CHECK_FALSE(has("DE-BE", 2021_y / May / 8));
  CHECK_FALSE(has("DE", 1932_y / May / 1));
  CHECK(has("DE", 1933_y / May / 1));
}

TEST_CASE("feasts on the same day share one entry") {
  auto de2008 = holidays_in_year("DE", 2008, {});
  const Holiday* both = find(de2008, "labour-day+ascension-day");
  REQUIRE(both != nullptr);
  CHECK(both->day == 2008_y / May / 1);
  CHECK(both->name == "Labour Day / Ascension Day");
  CHECK(both->local_name == "Tag der Arbeit / Christi Himmelfahrt");
  CHECK(de2008.size() == 8);
  // 17 June 1954 was Corpus Christi too.
  CHECK(find(holidays_in_year("DE-BY", 1954, {}), "corpus-christi+unity-day-17-june") != nullptr);
  // 5 May 2005: Ascension Day and a lustrum Liberation Day.
  CHECK(find(holidays_in_year("NL", 2005, {}), "liberation-day+ascension-day") != nullptr);
}

TEST_CASE("Netherlands: King's Day, Queen's Day and their Sunday rules") {
  CHECK(has("NL", 2014_y / April / 26));  // 27 April 2014 was a Sunday
  CHECK_FALSE(has("NL", 2014_y / April / 27));
  CHECK(has("NL", 2025_y / April / 26));  // and 27 April 2025
  CHECK(has("NL", 2026_y / April / 27));
  CHECK(has("NL", 2013_y / April / 30));
  CHECK(has("NL", 2006_y / April / 29));  // 30 April 2006 a Sunday: Saturday before
  CHECK(has("NL", 1950_y / May / 1));     // 30 April 1950 a Sunday: Monday after (Juliana)
  CHECK(has("NL", 1948_y / August / 31));
  CHECK_FALSE(has("NL", 1949_y / August / 31));
  auto dutch_2026 = holidays_in_year("NL", 2026, {});  // held: find() points into it
  auto kings = find(dutch_2026, "kings-day");
  REQUIRE(kings != nullptr);
  CHECK(kings->local_name == "Koningsdag");
  CHECK(listed("NL", 2026) ==
        std::vector<std::string>{"01-01 Nieuwjaarsdag", "04-03 Goede Vrijdag", "04-05 Eerste Paasdag",
                                 "04-06 Tweede Paasdag", "04-27 Koningsdag", "05-05 Bevrijdingsdag",
                                 "05-14 Hemelvaartsdag", "05-24 Eerste Pinksterdag",
                                 "05-25 Tweede Pinksterdag", "12-25 Eerste Kerstdag",
                                 "12-26 Tweede Kerstdag"});
}

TEST_CASE("Netherlands: Liberation Day and Good Friday are options") {
  HolidayOptions lustrum;
  lustrum.nl_liberation_day = slacalc::LiberationDay::lustrum;
  HolidayOptions no_good_friday;
  no_good_friday.nl_good_friday = false;
  CHECK(has("NL", 2025_y / May / 5, lustrum));
  CHECK_FALSE(has("NL", 2026_y / May / 5, lustrum));
  CHECK(has("NL", 2026_y / May / 5));
  CHECK_FALSE(has("NL", 1989_y / May / 5));  // yearly only since 1990
  CHECK(has("NL", 1985_y / May / 5));
  CHECK_FALSE(has("NL", 1945_y / May / 5));
  CHECK(has("NL", 2026_y / April / 3));
  CHECK_FALSE(has("NL", 2026_y / April / 3, no_good_friday));
  CHECK(has("DE", 2026_y / April / 3, no_good_friday));  // other calendars ignore NL options
}

TEST_CASE("Denmark: Store Bededag until 2023") {
  CHECK(has("DK", 2023_y / May / 5));
  CHECK(find(holidays_in_year("DK", 2023, {}), "great-prayer-day") != nullptr);
  CHECK_FALSE(has("DK", 2024_y / April / 26));
  CHECK(find(holidays_in_year("DK", 2024, {}), "great-prayer-day") == nullptr);
  CHECK(listed("DK", 2026) ==
        std::vector<std::string>{"01-01 Nytårsdag", "04-02 Skærtorsdag", "04-03 Langfredag",
                                 "04-05 Påskedag", "04-06 2. påskedag",
                                 "05-14 Kristi himmelfartsdag", "05-24 Pinsedag",
                                 "05-25 2. pinsedag", "12-25 Juledag", "12-26 2. juledag"});
  CHECK_FALSE(has("DK", 2026_y / June / 5));    // Grundlovsdag: no public holiday
  CHECK_FALSE(has("DK", 2026_y / December / 24));
}

TEST_CASE("is_holiday agrees with the yearly lists on every day 1900–2200") {
  HolidayOptions nl_practice;  // the defaults count both; the options neither
  nl_practice.nl_liberation_day = slacalc::LiberationDay::lustrum;
  nl_practice.nl_good_friday = false;
  auto codes = slacalc::holiday_calendar_codes();
  CHECK(codes.size() == 20);
  int mismatches = 0;
  for (std::string_view code : codes) {
    CHECK(slacalc::is_known_holiday_calendar(code));
    for (const HolidayOptions& o : {HolidayOptions{}, nl_practice}) {
      for (int y = 1900; y <= 2200; ++y) {
        std::vector<Holiday> list = holidays_in_year(code, y, o);
        size_t next = 0;
        for (sys_days d = sys_days{year{y} / 1 / 1}; d <= sys_days{year{y} / 12 / 31};
             d += days{1}) {
          bool listed_here = next < list.size() && sys_days{list[next].day} == d;
          if (listed_here) ++next;
          if (is_holiday(code, year_month_day{d}, o) != listed_here) ++mismatches;
        }
        if (next != list.size()) ++mismatches;  // unsorted or duplicate days
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK_FALSE(slacalc::is_known_holiday_calendar("de-st"));
  CHECK_FALSE(slacalc::is_known_holiday_calendar("DE-XX"));
  CHECK_FALSE(is_holiday("DE", 1899_y / December / 25, {}));
  CHECK_FALSE(is_holiday("DE", 2026_y / February / 30, {}));
}

TEST_CASE("holidays endpoint: a year, a range, options, notes") {
  json r = ok("holidays", {{"calendar", "DE-ST"}, {"year", 2026}});
  CHECK(r["calendar"] == "DE-ST");
  CHECK(r["holidays"].size() == 11);
  CHECK(r["holidays"][0] == json{{"date", "2026-01-01"},
                                 {"id", "new-years-day"},
                                 {"name", "New Year's Day"},
                                 {"localName", "Neujahr"}});
  CHECK(r["holidays"][8]["date"] == "2026-10-31");
  CHECK(r["explain"][0]["code"] == "holiday-calendar");

  auto count = [](const json& result, const char* id) {
    int n = 0;
    for (const auto& h : result["holidays"])
      if (h["id"].get<std::string>().find(id) != std::string::npos) ++n;
    return n;
  };
  json practice = {{"liberationDay", "lustrum"}, {"goodFriday", false}};
  json nl = ok("holidays", {{"calendar", "NL"}, {"from", 2000}, {"to", 2040}, {"options", practice}});
  CHECK(count(nl, "liberation-day") == 9);  // 2000, 2005, ..., 2040
  CHECK(count(nl, "good-friday") == 0);
  json nl_law = ok("holidays", {{"calendar", "NL"}, {"from", 2000}, {"to", 2040}});
  CHECK(count(nl_law, "liberation-day") == 41);
  CHECK(count(nl_law, "good-friday") == 41);
  bool noted = false;
  for (const auto& e : nl["explain"])
    noted = noted || (e["code"] == "holiday-option-liberation-day" &&
                      e["text"].get<std::string>().find("in lustrum years only") != std::string::npos);
  CHECK(noted);

  json de = ok("holidays", {{"calendar", "DE"}, {"year", 2008}});
  bool coincide = false;
  for (const auto& e : de["explain"])
    coincide = coincide || (e["code"] == "holiday-coincide" &&
                            e["text"].get<std::string>().rfind("2008-05-01: ", 0) == 0);
  CHECK(coincide);
  CHECK(ok("holidays", {{"calendar", "none"}, {"year", 2026}})["holidays"].empty());
  json de300 = ok("holidays", {{"calendar", "DE"}, {"from", 1900}, {"to", 2199}});
  CHECK(de300["holidays"].size() > 2000);
  CHECK(de300["holidays"][0]["date"] == "1900-01-01");
  CHECK(de300["holidays"].back()["date"] == "2199-12-26");
  json dk2200 = ok("holidays", {{"calendar", "DK"}, {"year", 2200}});
  CHECK(dk2200["holidays"].back()["date"] == "2200-12-26");
}

TEST_CASE("holidays endpoint: errors name the field") {
  json e = fails("holidays", {{"calendar", "Germany"}, {"year", 2026}});
  CHECK(e["code"] == "unknown_value");
  CHECK(e["path"] == "/calendar");
  CHECK(e["message"].get<std::string>().find("DE-ST") != std::string::npos);
  expect_error({{"calendar", "de-st"}, {"year", 2026}}, "unknown_value", "/calendar");
  expect_error({{"calendar", 49}, {"year", 2026}}, "wrong_type", "/calendar");
  expect_error({{"year", 2026}}, "missing_field", "/calendar");
  expect_error({{"calendar", "DE"}}, "missing_field", "/year");
  expect_error({{"calendar", "DE"}, {"year", 1899}}, "out_of_range", "/year");
  expect_error({{"calendar", "DE"}, {"year", 2201}}, "out_of_range", "/year");
  expect_error({{"calendar", "DE"}, {"year", "2026"}}, "wrong_type", "/year");
  expect_error({{"calendar", "DE"}, {"year", 2026.5}}, "wrong_type", "/year");
  expect_error({{"calendar", "DE"}, {"year", 2026}, {"to", 2027}}, "conflict", "/to");
  expect_error({{"calendar", "DE"}, {"from", 2026}}, "missing_field", "/to");
  expect_error({{"calendar", "DE"}, {"to", 2026}}, "missing_field", "/from");
  expect_error({{"calendar", "DE"}, {"from", 2027}, {"to", 2026}}, "inverted_range", "/to");
  expect_error({{"calendar", "DE"}, {"from", 1900}, {"to", 2200}}, "out_of_range", "/to");
  expect_error({{"calendar", "DE"}, {"from", 1800}, {"to", 1900}}, "out_of_range", "/from");
  expect_error({{"calendar", "DE"}, {"year", 2026}, {"yaer", 1}}, "unknown_field", "/yaer");
  expect_error({{"calendar", "NL"}, {"year", 2026}, {"options", {{"easter", true}}}},
               "unknown_field", "/options/easter");
  expect_error({{"calendar", "DE"}, {"year", 2026}, {"options", {{"goodFriday", true}}}},
               "unknown_field", "/options/goodFriday");
  expect_error({{"calendar", "NL"}, {"year", 2026}, {"options", {{"goodFriday", "yes"}}}},
               "wrong_type", "/options/goodFriday");
  expect_error({{"calendar", "NL"}, {"year", 2026}, {"options", {{"liberationDay", "never"}}}},
               "unknown_value", "/options/liberationDay");
  expect_error({{"calendar", "NL"}, {"year", 2026}, {"options", json::array()}}, "wrong_type",
               "/options");
  CHECK(fails("holidays", std::string("[]"))["code"] == "wrong_type");
}

TEST_CASE("Netherlands: 5 May and Good Friday by default, as Algemene termijnenwet art. 3 lists them") {
  // Art. 3 lid 1: "Algemeen erkende feestdagen in de zin van deze wet zijn: …
  // de vijfde mei." Lid 2: "Voor de toepassing van deze wet wordt de Goede
  // Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld."
  CHECK(has("NL", 2026_y / May / 5));
  CHECK(has("NL", 2026_y / April / 3));  // Good Friday 2026
  json r = ok("holidays", {{"calendar", "NL"}, {"year", 2026}});
  std::vector<std::string> dates;
  for (const auto& h : r["holidays"]) dates.push_back(h["date"].get<std::string>() + " " + h["id"].get<std::string>());
  CHECK(std::find(dates.begin(), dates.end(), "2026-05-05 liberation-day") != dates.end());
  CHECK(std::find(dates.begin(), dates.end(), "2026-04-03 good-friday") != dates.end());
  CHECK(test::explain_text(r, "holiday-option-liberation-day").find("art. 3") != std::string::npos);
  CHECK(test::explain_text(r, "holiday-option-good-friday").find("art. 3") != std::string::npos);
  // The common-practice reading, as most collective agreements give days off,
  // stays an option.
  json practice = ok("holidays", {{"calendar", "NL"}, {"year", 2026},
                                  {"options", {{"liberationDay", "lustrum"}, {"goodFriday", false}}}});
  CHECK(practice["holidays"].size() == r["holidays"].size() - 2);
  for (const auto& h : practice["holidays"]) {
    CHECK(h["date"] != "2026-05-05");
    CHECK(h["date"] != "2026-04-03");
  }
}
