// Worked examples from the contracts digest, plus an independent
// integer oracle for whole tables.
#include <doctest/doctest.h>

#include "helpers.hpp"

using test::json;
using test::ok;

namespace {

std::string downtime_exact(const json& request) {
  return ok("budget", request).at("downtime").at("exact").get<std::string>();
}

// Independent leap-year rule and month lengths (not the date library).
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Exact decimal text → microseconds (all budget results here are whole µs).
long long micros(const std::string& decimal) {
  auto dot = decimal.find('.');
  std::string whole = decimal.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : decimal.substr(dot + 1);
  REQUIRE(frac.size() <= 6);
  while (frac.size() < 6) frac += '0';
  return std::stoll(whole) * 1000000 + std::stoll(frac);
}

}  // namespace

TEST_CASE("worked examples: target → allowed downtime") {
  CHECK(downtime_exact({{"target", "99.9"}, {"period", "week"}}) == "604.8");
  CHECK(downtime_exact({{"target", "99.9"}, {"period", "month"}, {"monthBasis", "30d"}}) == "2592");
  CHECK(downtime_exact({{"target", "99.9"}, {"period", "month"}, {"monthBasis", "730h"}}) == "2628");
  CHECK(downtime_exact({{"target", "99.9"}, {"period", "month"}, {"monthBasis", "mean-gregorian"}}) ==
        "2629.746");
  CHECK(downtime_exact({{"target", "99.99"}, {"period", "week"}}) == "60.48");
  CHECK(downtime_exact({{"target", "99.9"}, {"period", "month"}, {"month", "2028-02"}}) == "2505.6");
  // 99.6 % on 750 h is exactly 3 h (Flying Circus Managed 4, VLB §3.4).
  json m4 = ok("budget", {{"target", "99.6"}, {"period", "month"}, {"monthBasis", "750h"}});
  CHECK(m4["downtime"]["exact"] == "10800");
  CHECK(m4["downtime"]["human"] == "3h");
  // Arena: a 91-day quarter (2026-Q2: Apr 30 + May 31 + Jun 30) has 131 040 minutes.
  json arena = ok("budget", {{"target", "99.5"}, {"period", "quarter"}, {"quarter", "2026-Q2"}});
  CHECK(arena["period"]["exact"] == std::to_string(131040 * 60));
  CHECK(arena["downtime"]["exact"] == std::to_string(6552 * 6));  // 655.2 min
  // 99 % of a 365.2425-day year.
  json year = ok("budget", {{"target", 99}, {"period", "year"}, {"yearBasis", "mean-gregorian"}});
  CHECK(year["downtime"]["human"] == "3d 15h 39m 29.52s");
  CHECK(year["downtime"]["exact"] == "315569.52");
}

TEST_CASE("worked examples: downtime → achieved availability") {
  // 49 min in February 2012 (29 days = 41 760 min): 41711/41760.
  json feb = ok("budget", {{"downtime", "49m"}, {"period", "month"}, {"month", "2012-02"}});
  CHECK(feb["direction"] == "downtime-to-availability");
  CHECK(feb["availability"]["text"] == "99.882662…");
  CHECK(feb["availability"]["isExact"] == false);
  CHECK(feb["availability"]["percent"].get<double>() == doctest::Approx(100.0 * 41711 / 41760).epsilon(1e-15));
  // 420 min in a 28-day month: 1 − 420/40320 = 98.958333…
  json four_weeks = ok("budget", {{"downtime", "420m"}, {"period", "rolling-28d"}});
  CHECK(four_weeks["availability"]["text"] == "98.958333…");
  json feb2026 = ok("budget", {{"downtime", "7h"}, {"period", "month"}, {"month", "2026-02"}});
  CHECK(feb2026["availability"]["text"] == "98.958333…");
  // Exact results carry no ellipsis: 43m 12s of a 30-day month is 99.9 %.
  json exact = ok("budget", {{"downtime", 2592}, {"period", "rolling-30d"}});
  CHECK(exact["availability"]["text"] == "99.9");
  CHECK(exact["availability"]["isExact"] == true);
}

TEST_CASE("exact decimals: numbers and decimal commas mean the same exact value") {
  const json base = {{"period", "day"}};
  json a = base, b = base, c = base;
  a["target"] = 99.9;
  b["target"] = "99,9";
  c["target"] = "99.9 %";
  CHECK(downtime_exact(a) == "86.4");
  CHECK(downtime_exact(b) == "86.4");
  CHECK(downtime_exact(c) == "86.4");
  CHECK(downtime_exact({{"target", "100"}, {"period", "day"}}) == "0");
  CHECK(downtime_exact({{"target", "0"}, {"period", "day"}}) == "86400");
}

TEST_CASE("rounding rules are applied and reported") {
  json request = {{"target", "99.9"}, {"period", "week"}};
  json exact = ok("budget", request);
  CHECK(exact["rounding"] == "exact");
  CHECK_FALSE(exact.contains("unroundedDowntime"));
  request["rounding"] = "round-second";
  json rounded = ok("budget", request);
  CHECK(rounded["downtime"]["exact"] == "605");
  CHECK(rounded["unroundedDowntime"]["exact"] == "604.8");
  CHECK(rounded["rounding"] == "round-second");
  request["rounding"] = "truncate-second";
  CHECK(ok("budget", request)["downtime"]["exact"] == "604");
  // Half a second rounds up: 99.99 % of 5 s custom period... use 99.5 % of 100 s = 0.5 s.
  CHECK(downtime_exact({{"target", "99.5"}, {"period", "custom"}, {"duration", "100s"},
                        {"rounding", "round-second"}}) == "1");
}

TEST_CASE("every month basis is reported with its length") {
  struct Case { const char* basis; long long seconds; };
  for (Case c : {Case{"30d", 30 * 86400LL}, Case{"730h", 730 * 3600LL},
                 Case{"mean-gregorian", 2629746LL}, Case{"750h", 750 * 3600LL}}) {
    json r = ok("budget", {{"target", "99"}, {"period", "month"}, {"monthBasis", c.basis}});
    CAPTURE(c.basis);
    CHECK(r["period"]["basis"] == c.basis);
    CHECK(r["period"]["exact"] == std::to_string(c.seconds));
    CHECK(r["explain"][0]["code"] == "period");
  }
  json custom = ok("budget", {{"target", "99.5"}, {"period", "month"}, {"monthBasis", "custom"},
                              {"monthHours", "168"}});
  CHECK(custom["period"]["exact"] == std::to_string(168 * 3600));
  CHECK(custom["downtime"]["exact"] == "3024");  // 0.5 % × 168 h = 50.4 min
}

TEST_CASE("calendar months, quarters and years match an independent calendar, 1900–2200") {
  for (int y = 1900; y <= 2200; y += 1) {
    int year_days = 0;
    for (int m = 1; m <= 12; ++m) {
      json r = ok("budget", {{"target", "100"}, {"period", "month"},
                             {"month", std::to_string(y) + "-" + two(m)}});
      REQUIRE(r["period"]["exact"] == std::to_string(month_days(y, m) * 86400LL));
      year_days += month_days(y, m);
    }
    for (int q = 1; q <= 4; ++q) {
      int days = month_days(y, 3 * q - 2) + month_days(y, 3 * q - 1) + month_days(y, 3 * q);
      json r = ok("budget", {{"target", "100"}, {"period", "quarter"},
                             {"quarter", std::to_string(y) + "-Q" + std::to_string(q)}});
      REQUIRE(r["period"]["exact"] == std::to_string(days * 86400LL));
    }
    json r = ok("budget", {{"target", "100"}, {"period", "year"}, {"year", y}});
    REQUIRE(r["period"]["exact"] == std::to_string(year_days * 86400LL));
  }
}

TEST_CASE("nines table equals an integer oracle for every cell") {
  json table = ok("nines", {{"month", "2024-02"}, {"quarter", "2024-Q1"}, {"year", "2024"}});
  // Targets in thousandths of a percent and the period lengths, independently.
  const long long targets[] = {90000, 95000, 99000, 99500, 99900, 99950, 99990, 99999};
  const long long lengths[] = {86400, 604800, 29 * 86400, 91 * 86400, 366 * 86400, 28 * 86400,
                               30 * 86400};
  REQUIRE(table["rows"].size() == 8);
  REQUIRE(table["periods"].size() == 7);
  for (size_t t = 0; t < 8; ++t) {
    for (size_t p = 0; p < 7; ++p) {
      long long expected_us = lengths[p] * (100000 - targets[t]) * 10;
      CAPTURE(t);
      CAPTURE(p);
      CHECK(micros(table["rows"][t]["downtime"][p]["exact"]) == expected_us);
    }
  }
  CHECK(table["rows"][4]["downtime"][1]["human"] == "10m 4.8s");
}

TEST_CASE("nines table with chosen targets and periods") {
  json table = ok("nines", {{"targets", {"99.6", 99.8}}, {"periods", {"month"}},
                            {"monthBasis", "750h"}});
  CHECK(table["rows"][0]["downtime"][0]["human"] == "3h");      // Managed 4
  CHECK(table["rows"][1]["downtime"][0]["human"] == "1h 30m");  // Managed 5
}
