// A commitment's period and its window's open hours in it: the month,
// quarter or year a commitment is measured over (its label in the call's
// language), and how long its service window is open then, in the profile's
// zone (real elapsed time: DST nights are 23 or 25 hours).
#pragma once

#include <string>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"
#include "quantity.hpp"
#include "rational.hpp"
#include "window_clock.hpp"

namespace slacalc {

struct LocalSpan {
  date::local_days from, to;  // [from, to)
  std::string label;          // "April 2026", "2026-Q2", "2026"; de "März 2026", nl "maart 2026"
};

// The month, quarter or year (by `kind`) that contains year-month.
LocalSpan commitment_span(PeriodKind kind, date::year_month year_month);

// The commitment's window open in its period containing year-month, in the
// profile's zone (real elapsed time), with `closed` on windows that close on
// holidays (its holiday calendar is the profile's).
struct WindowHours {
  LocalSpan span;
  Duration seconds;
  int days = 0;      // days with open time
  std::string text;  // "20 days × 8 h = 160 h", "743 h"
};
WindowHours window_hours(const Profile& profile, const Commitment& commitment, date::year_month year_month,
                         const ClosedDays& closed);

std::string hours_text(const Duration& length);  // "160 h", "7.5 h"; de "7,5 h", nl "7,5 u", da "7,5 t"

// The working of a commitment's window budget: the commitment, its window's
// hours in the period, and — for a windowed commitment — why its readings
// differ (Flying Circus §9.2 "im jeweiligen Reaktionsfenster").
Explain window_budget_explain(const Profile& profile, const Commitment& commitment, const WindowHours& hours);

}  // namespace slacalc
