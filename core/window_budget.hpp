// The window-aware downtime budget: for a commitment whose downtime counts
// only inside its service window (Flying Circus §9.2 "im jeweiligen
// Reaktionsfenster"), (100 % − target) of which hours? The window's own open
// hours in that month (Guided 1, April 2026, DE-ST: 20 working days × 8 h =
// 160 h → 0.5 % = 48 min) is one reading; the contract's stated maximum and
// the month bases of `budget` are the others, shown side by side.
//
//   { "profile": "flying-circus", "tier": "guided-1", "month": "2026-04",
//     "closedDays": [...], "holidayOptions": {...} }
//   → { profile, tier, zone, commitments: [{ scope, target, period, window,
//         windowHours: { seconds, days }, readings: [{ id, label, period,
//         budget, default }], explain }] }
//
// A quarterly or yearly commitment uses the quarter or year of `month`.
#pragma once

#include <string>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "error.hpp"
#include "profile.hpp"
#include "window_clock.hpp"

namespace slacalc {

struct LocalSpan {
  date::local_days from, to;  // [from, to)
  std::string label;          // "April 2026", "2026-Q2", "2026"; de "März 2026", nl "maart 2026"
};

// The month, quarter or year (by `kind`) that contains year-month.
LocalSpan commitment_span(PeriodKind kind, int year, unsigned month);

// The commitment's window open in its period containing year-month, in the
// profile's zone (real elapsed time), with `closed` on windows that close on
// holidays (its holiday calendar is the profile's).
struct WindowHours {
  LocalSpan span;
  Rational seconds;
  int days = 0;      // days with open time
  std::string text;  // "20 days × 8 h = 160 h", "743 h"
};
WindowHours window_hours(const Profile& profile, const Commitment& commitment, int year, unsigned month,
                         const ClosedDays& closed);

std::string hours_text(const Rational& seconds);  // "160 h", "7.5 h"; de "7,5 h", nl "7,5 u", da "7,5 t"

Result<nlohmann::json> window_budget_endpoint(const nlohmann::json& request);

}  // namespace slacalc
