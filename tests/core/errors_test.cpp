// Bad input: a code, a message and the JSON pointer of the bad field.
#include <doctest/doctest.h>

#include "helpers.hpp"

using test::fails;
using test::json;

namespace {

void expect(const json& request, const char* code, const char* path) {
  test::fails_at("budget", request, code, path);
}

}  // namespace

TEST_CASE("bad targets") {
  expect({{"target", "101"}, {"period", "day"}}, "out_of_range", "/target");
  expect({{"target", "-1"}, {"period", "day"}}, "out_of_range", "/target");
  expect({{"target", -0.5}, {"period", "day"}}, "out_of_range", "/target");
  expect({{"target", "NaN"}, {"period", "day"}}, "invalid_number", "/target");
  expect({{"target", ""}, {"period", "day"}}, "invalid_number", "/target");
  expect({{"target", "abc"}, {"period", "day"}}, "invalid_number", "/target");
  expect({{"target", 1e-7}, {"period", "day"}}, "invalid_number", "/target");
  expect({{"target", true}, {"period", "day"}}, "wrong_type", "/target");
  expect({{"target", nullptr}, {"period", "day"}}, "wrong_type", "/target");
  expect({{"target", json::array()}, {"period", "day"}}, "wrong_type", "/target");
}

TEST_CASE("bad periods and calendar fields") {
  expect({{"target", "99"}, {"period", "fortnight"}}, "unknown_value", "/period");
  expect({{"target", "99"}, {"period", 7}}, "wrong_type", "/period");
  expect({{"target", "99"}}, "missing_field", "/period");
  expect({{"target", "99"}, {"period", "month"}}, "missing_field", "/month");
  expect({{"target", "99"}, {"period", "month"}, {"month", "2026-13"}}, "invalid_date", "/month");
  expect({{"target", "99"}, {"period", "month"}, {"month", "2026-00"}}, "invalid_date", "/month");
  expect({{"target", "99"}, {"period", "month"}, {"month", "26-01"}}, "invalid_date", "/month");
  expect({{"target", "99"}, {"period", "month"}, {"month", "1899-12"}}, "out_of_range", "/month");
  expect({{"target", "99"}, {"period", "quarter"}, {"quarter", "2026-Q5"}}, "invalid_date", "/quarter");
  expect({{"target", "99"}, {"period", "quarter"}, {"quarter", "2026-Q0"}}, "invalid_date", "/quarter");
  expect({{"target", "99"}, {"period", "quarter"}}, "missing_field", "/quarter");
  expect({{"target", "99"}, {"period", "year"}, {"year", "20x6"}}, "invalid_date", "/year");
  expect({{"target", "99"}, {"period", "year"}, {"year", 2201}}, "out_of_range", "/year");
  expect({{"target", "99"}, {"period", "year"}, {"year", 2026.5}}, "wrong_type", "/year");
  expect({{"target", "99"}, {"period", "month"}, {"monthBasis", "lunar"}}, "unknown_value", "/monthBasis");
  expect({{"target", "99"}, {"period", "month"}, {"monthBasis", "custom"}}, "missing_field", "/monthHours");
  expect({{"target", "99"}, {"period", "month"}, {"monthBasis", "custom"}, {"monthHours", "0"}},
         "out_of_range", "/monthHours");
  expect({{"target", "99"}, {"period", "custom"}}, "missing_field", "/duration");
  expect({{"target", "99"}, {"period", "custom"}, {"duration", "200000d"}}, "out_of_range", "/duration");
}

TEST_CASE("bad downtime") {
  expect({{"downtime", "-5m"}, {"period", "day"}}, "out_of_range", "/downtime");
  expect({{"downtime", -300}, {"period", "day"}}, "out_of_range", "/downtime");
  expect({{"downtime", "25h"}, {"period", "day"}}, "out_of_range", "/downtime");
  expect({{"downtime", "49"}, {"period", "day"}}, "invalid_number", "/downtime");
  expect({{"downtime", json::object()}, {"period", "day"}}, "wrong_type", "/downtime");
  expect({{"downtime", "1h"}, {"target", "99"}, {"period", "day"}}, "conflict", "/downtime");
  expect({{"period", "day"}}, "missing_field", "/target");
}

TEST_CASE("bad request shapes") {
  CHECK(fails("budget", std::string("{not json"))["code"] == "invalid_json");
  CHECK(fails("budget", std::string(""))["code"] == "invalid_json");
  CHECK(fails("budget", std::string("[1,2]"))["code"] == "wrong_type");
  CHECK(fails("budget", std::string("\"abc\""))["code"] == "wrong_type");
  expect({{"target", "99"}, {"period", "day"}, {"taget", 1}}, "unknown_field", "/taget");
  expect({{"target", "99"}, {"period", "day"}, {"rounding", "up"}}, "unknown_value", "/rounding");
  expect({{"target", "99"}, {"period", "day"}, {"decimals", 13}}, "out_of_range", "/decimals");
  CHECK(fails("nope", json::object())["code"] == "unknown_function");
  CHECK(fails("budget", std::string((1 << 20) + 1, ' '))["code"] == "too_large");
  json e = fails("nines", json{{"targets", {"99", "abc"}}, {"monthBasis", "30d"}});
  CHECK(e["path"] == "/targets/1");
  CHECK(fails("nines", json{{"periods", json::array()}})["path"] == "/periods");
}

TEST_CASE("field names with / and ~ are escaped in the JSON pointer") {
  expect({{"target", "99"}, {"period", "day"}, {"a/b~c", 1}}, "unknown_field", "/a~1b~0c");
}
