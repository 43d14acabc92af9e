// One reading of a tier's availability commitments, shared by every function
// that uses a profile (compare, windowBudget, measure, credit, budget with a
// profile): a commitment of "99.5 %" allows (100 % − 99.5 %) of *which*
// hours? The contract's stated maximum where it states one (Flying Circus
// §9.2: "maximale ungeplante Downtime: 3h45m pro Monat im jeweiligen
// Reaktionsfenster"), the service window's own open hours, or a month of one
// of the bases in period.hpp. The request's "monthBasis" chooses; "contract"
// is the default, and every function says which reading it applied
// (docs/design.md, "One reading of a contract").
//
// Downtime counts only inside the commitment's window under every reading;
// the reading decides only the hours the percentage is taken of (the
// denominator) and so the budget. Met means downtime ≤ budget, which is
// availability ≥ target: the contracts say "at most" ("maximale … Downtime")
// and grant credits "below" the target (credit_rule.hpp).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "applied_option.hpp"
#include "explain.hpp"
#include "id_table.hpp"
#include "period.hpp"
#include "profile.hpp"
#include "quantity.hpp"
#include "rational.hpp"
#include "window_hours.hpp"

namespace slacalc {

enum class Reading : unsigned char { contract, window, calendar, days30, hours730, meanGregorian, hours750 };
// The request's ids (the month bases as period.hpp names them).
inline constexpr IdOf<Reading> kReadingIds[] = {
    {Reading::contract, "contract"}, {Reading::window, "window"},
    {Reading::calendar, "calendar"}, {Reading::days30, "30d"},
    {Reading::hours730, "730h"},     {Reading::meanGregorian, "mean-gregorian"},
    {Reading::hours750, "750h"}};
const char* reading_id(Reading reading);
// The month basis a reading names (calendar … 750h), or none (contract, window).
std::optional<MonthBasis> reading_basis(Reading reading);

// What a commitment's budget is a share of, once a reading is applied to it.
enum class Denominator : unsigned char {
  stated,      // the hours the contract's stated maximum implies: maximum ÷ (100 % − target)
  window,      // the window's open hours in the period (minus planned time where the contract says so)
  month_basis  // a month of the chosen basis (monthly commitments only)
};

struct CommitmentReading {
  const Commitment* commitment = nullptr;
  Reading reading = Reading::contract;  // as it holds for this commitment (see read_commitment)
  Denominator denominator = Denominator::window;
  MonthBasis basis = MonthBasis::calendar;  // Denominator::month_basis
  Rational share;                           // (100 % − target) / 100 %
};

// The reading `chosen` applied to one commitment:
// - contract: the stated maximum where the commitment states one; else the
//   commitment's own month basis, or — for a round-the-clock commitment —
//   the profile's monthBasis option, where one is given (a monthly
//   commitment); else the window's own hours, for a round-the-clock
//   commitment the calendar period itself (Arena: "T = minutes in the
//   quarter minus planned outages"; WP Heaven §3.1).
// - window: the window's own hours in the period.
// - a month basis: that month, for a monthly commitment; a quarterly or
//   yearly commitment has no month basis and keeps the contract's reading.
CommitmentReading read_commitment(const Profile& profile, const Commitment& commitment, Reading chosen);

// The readings that differ for a commitment, in kReadingIds' order: all seven
// for a monthly commitment, contract and window otherwise.
std::vector<Reading> readings_of(const Commitment& commitment);

// The hours the percentage is taken of, in the period `span` whose window is
// open `window_seconds` — before planned time leaves it (the measured
// denominator subtracts that where the commitment says so, measure.hpp).
Duration base_seconds(const CommitmentReading& reading, const LocalSpan& span, const Duration& window_seconds);

// The budget of that base: share × base (under Denominator::stated, with
// nothing taken out, exactly the stated maximum).
Duration budget_seconds(const CommitmentReading& reading, const Duration& base);

// One line in the call's language saying what the percentage is taken of:
// "Stated in the contract (0.5 % of 750 h)",
// "Only the hours of Working days 08–16 in April 2026", "Month basis: …".
std::string reading_text(const Profile& profile, const CommitmentReading& reading, const LocalSpan& span);

// A commitment's budget under its reading, for the month year-month (or,
// without one, for a period of its kind at the mean Gregorian length — the
// window's own hours then cannot be known: `needs_month`). compare and
// budget with a profile show it; measure and credit reach the same figure
// from their periods (tests/property/one_reading_test.cpp).
struct CommitmentBudget {
  Duration base_seconds;    // the hours the percentage is taken of
  Duration budget_seconds;  // (100 % − target) of them
  std::string label;        // what they are, in the call's language
  bool needs_month = false;
  std::optional<WindowHours> window;  // with a month: the window's open hours then
};
CommitmentBudget commitment_budget(const Profile& profile, const CommitmentReading& reading,
                                   std::optional<date::year_month> year_month, const ClosedDays& closed);

// The working line that says what a budget is a share of ("reading").
Explanation reading_explanation(const std::string& label);

// The "monthBasis" option as every function echoes it: its label, its
// choices, its default ("contract") and the choice applied; the profile's
// own monthBasis option, where it has one, gives the clause and note.
AppliedOption reading_option(const Profile& profile, Reading choice);

}  // namespace slacalc
