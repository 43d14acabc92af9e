// Window-aware budgets: the window's own hours in a month, worked out by hand.
#include "helpers.hpp"

namespace {

using test::fails_at;
using test::json;
using test::ok;

json reading(const json& commitment, const char* id) {
  for (const auto& r : commitment["readings"])
    if (r["id"] == id) return r;
  FAIL("no reading ", id);
  return {};
}

}  // namespace

TEST_CASE("windowBudget: Flying Circus Guided 1, April 2026, DE-ST") {
  // April 2026 has 22 weekdays; Good Friday (3rd) and Easter Monday (6th)
  // are holidays: 20 working days × 8 h = 160 h; 0.5 % of it = 48 min.
  json r = ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"}});
  json app = r["commitments"][0];
  CHECK(app["scope"] == "application");
  CHECK(app["windowHours"]["days"] == 20);
  CHECK(app["windowHours"]["seconds"] == 160 * 3600);
  CHECK(reading(app, "window")["budget"]["exact"] == "2880");
  // The contract's 3 h 45 min is the default; 750 h gives the same.
  CHECK(reading(app, "contract")["default"] == true);
  CHECK(reading(app, "contract")["budget"]["exact"] == "13500");
  CHECK(reading(app, "750h")["budget"]["exact"] == "13500");
  CHECK(reading(app, "calendar")["budget"]["exact"] == "12960");  // 0.5 % of 30 days
  // A custom closed day takes 8 h off.
  json closed = ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"},
                                    {"closedDays", {"2026-04-30"}}});
  CHECK(closed["commitments"][0]["windowHours"]["seconds"] == 152 * 3600);
}

TEST_CASE("windowBudget: windows in other months and zones") {
  // Guided 2, Mon–Sun 07–21, holidays open: March 2026 = 31 × 14 h = 434 h.
  json g2 = ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-2"}, {"month", "2026-03"}});
  CHECK(g2["commitments"][0]["windowHours"]["seconds"] == 434 * 3600);
  // Round the clock in Berlin, March 2026: 743 real hours (the clocks go forward).
  json g3 = ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-3"}, {"month", "2026-03"}});
  CHECK(g3["commitments"][0]["windowHours"]["seconds"] == 743 * 3600);
  // December 2026, DE-ST, Mon–Fri 08–16: 23 weekdays minus 25 Dec (Fri) = 22 × 8 h.
  json dec = ok("windowBudget", {{"profile", "flying-circus"}, {"tier", "managed-1"}, {"month", "2026-12"}});
  CHECK(dec["commitments"][0]["windowHours"]["seconds"] == 22 * 8 * 3600);
  // Arena's quarterly commitment uses the quarter of the month.
  json arena = ok("windowBudget", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-05"}});
  CHECK(arena["commitments"][0]["period"]["label"] == "2026-Q2");
}

TEST_CASE("windowBudget: bad input") {
  json r = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"}};
  auto with = [&r](const char* key, json value) {
    json copy = r;
    copy[key] = std::move(value);
    return copy;
  };
  fails_at("windowBudget", with("month", "April"), "invalid_date", "/month");
  fails_at("windowBudget", with("month", "2026-13"), "invalid_date", "/month");
  fails_at("windowBudget", with("tier", "guided-9"), "unknown_value", "/tier");
  fails_at("windowBudget", with("closedDays", {"30.04.2026"}), "invalid_format", "/closedDays/0");
  fails_at("windowBudget", with("holidayOptions", {{"goodFriday", true}}), "unknown_field", "/holidayOptions/goodFriday");
  json missing = r;
  missing.erase("month");
  fails_at("windowBudget", missing, "missing_field", "/month");
}
