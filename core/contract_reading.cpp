#include "contract_reading.hpp"

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

// The month of the chosen basis that starts the period `span`.
PeriodSpec basis_month(const CommitmentReading& r, const LocalSpan& span) {
  date::year_month_day first{span.from};
  PeriodSpec spec;
  spec.kind = PeriodKind::month;
  spec.month_basis = r.basis;
  spec.month_year = static_cast<int>(first.year());
  spec.month = static_cast<unsigned>(first.month());
  return spec;
}

}  // namespace

const char* reading_id(Reading reading) { return id_of(kReadingIds, reading); }

std::optional<MonthBasis> reading_basis(Reading reading) {
  switch (reading) {
    case Reading::contract:
    case Reading::window: return std::nullopt;
    case Reading::calendar: return MonthBasis::calendar;
    case Reading::days30: return MonthBasis::days30;
    case Reading::hours730: return MonthBasis::hours730;
    case Reading::meanGregorian: return MonthBasis::meanGregorian;
    case Reading::hours750: return MonthBasis::hours750;
  }
  return std::nullopt;
}

CommitmentReading read_commitment(const Profile& p, const Commitment& c, Reading chosen) {
  CommitmentReading r;
  r.commitment = &c;
  r.share = (Percent::hundred() - c.target_percent).share();
  bool monthly = c.period == PeriodKind::month;
  std::optional<MonthBasis> basis = reading_basis(chosen);
  if (basis && monthly) {
    r.reading = chosen;
    r.denominator = Denominator::month_basis;
    r.basis = *basis;
    return r;
  }
  r.reading = chosen == Reading::window ? Reading::window : Reading::contract;
  if (r.reading == Reading::window) return r;
  // The contract's own reading. A stated maximum of a 100 % target implies
  // no hours: the window's then (its budget is 0 either way). The profile's
  // monthBasis option speaks of months, so it reads round-the-clock
  // commitments only; a windowed one is read against its window's hours.
  bool round_the_clock = !p.find_window(c.window);
  if (c.stated_max_downtime_seconds && r.share > Rational(0)) {
    r.denominator = Denominator::stated;
  } else if (monthly && (c.month_basis || (round_the_clock && p.find_option("monthBasis")))) {
    r.denominator = Denominator::month_basis;
    r.basis = p.month_basis_of(c);
  }
  return r;
}

std::vector<Reading> readings_of(const Commitment& c) {
  if (c.period != PeriodKind::month) return {Reading::contract, Reading::window};
  return {Reading::contract, Reading::window,      Reading::calendar, Reading::days30,
          Reading::hours730, Reading::meanGregorian, Reading::hours750};
}

Duration base_seconds(const CommitmentReading& r, const LocalSpan& span, const Duration& window_seconds) {
  switch (r.denominator) {
    case Denominator::stated: return *r.commitment->stated_max_downtime_seconds / r.share;
    case Denominator::window: return window_seconds;
    case Denominator::month_basis: return resolve_period(basis_month(r, span)).seconds;
  }
  return window_seconds;
}

Duration budget_seconds(const CommitmentReading& r, const Duration& base) { return base * r.share; }

std::string reading_text(const Profile& p, const CommitmentReading& r, const LocalSpan& span) {
  const Commitment& c = *r.commitment;
  switch (r.denominator) {
    case Denominator::stated:
      return say({"Stated in the contract ({0} of {1})", "Im Vertrag genannt ({0} von {1})",
                  "Genoemd in het contract ({0} van {1})", "Angivet i kontrakten ({0} af {1})"},
                 {percent_text(Percent::hundred() - c.target_percent), hours_text(*c.stated_max_downtime_seconds / r.share)});
    case Denominator::window: {
      if (const WeeklyWindow* w = p.find_window(c.window))
        return say({"Only the hours of {0} in {1}", "Nur die Stunden von {0}, Zeitraum {1}",
                    "Alleen de uren van {0}, periode {1}", "Kun timerne i {0}, periode {1}"},
                   {w->label, span.label});
      return say({"Every hour of {0}", "Jede Stunde des Zeitraums {0}", "Elk uur van de periode {0}",
                  "Hver time i perioden {0}"},
                 {span.label});
    }
    case Denominator::month_basis:
      return say({"Month basis: {0}", "Monatsbasis: {0}", "Maandbasis: {0}", "Månedsgrundlag: {0}"},
                 {resolve_period(basis_month(r, span)).label});
  }
  return "";
}

CommitmentBudget commitment_budget(const Profile& p, const CommitmentReading& r,
                                   std::optional<date::year_month> year_month, const ClosedDays& closed) {
  const Commitment& c = *r.commitment;
  CommitmentBudget out;
  if (year_month) out.window = window_hours(p, c, *year_month, closed);
  if (r.denominator == Denominator::stated || (out.window && r.denominator == Denominator::window)) {
    const LocalSpan span = out.window ? out.window->span : LocalSpan{};
    out.base_seconds = base_seconds(r, span, out.window ? out.window->seconds : Duration());
    out.budget_seconds = budget_seconds(r, out.base_seconds);
    out.label = reading_text(p, r, span);
    return out;
  }
  if (r.denominator == Denominator::window && p.find_window(c.window)) {
    out.needs_month = true;  // a windowed commitment's own hours depend on the month
    return out;
  }
  // A month basis, or a round-the-clock window without a month: the period's
  // length; without a month at its mean Gregorian length (the contract's
  // calendar reading, said in the label).
  PeriodSpec spec;
  spec.kind = c.period;
  spec.month_basis = r.denominator == Denominator::month_basis ? r.basis : MonthBasis::calendar;
  if (year_month) {
    spec.month_year = spec.quarter_year = spec.year = static_cast<int>(year_month->year());
    spec.month = static_cast<unsigned>(year_month->month());
    spec.quarter = (spec.month - 1) / 3 + 1;
  } else {
    if (spec.month_basis == MonthBasis::calendar) spec.month_basis = MonthBasis::meanGregorian;
    spec.quarter_basis = QuarterBasis::meanGregorian;
    spec.year_basis = YearBasis::meanGregorian;
  }
  ResolvedPeriod period = resolve_period(spec);
  out.base_seconds = period.seconds;
  out.budget_seconds = budget_seconds(r, out.base_seconds);
  out.label = period.label;
  return out;
}

Explanation reading_explanation(const std::string& label) {
  return {"reading", say({"The percentage is taken of: {0}.", "Der Prozentsatz bezieht sich auf: {0}.",
                          "Het percentage wordt genomen van: {0}.", "Procentsatsen tages af: {0}."},
                         {label})};
}

AppliedOption reading_option(const Profile& p, Reading choice) {
  AppliedOption o;
  o.id = "monthBasis";
  o.label = say({"Downtime budget: a share of which hours", "Ausfallbudget: ein Anteil an welchen Stunden",
                 "Downtimebudget: een deel van welke uren", "Nedetidsbudget: en andel af hvilke timer"});
  for (const auto& reading : kReadingIds) o.choices.push_back(reading.id);
  o.default_choice = reading_id(Reading::contract);
  o.choice = reading_id(choice);
  if (const Option* own = p.find_option("monthBasis")) {
    o.clause = own->cite.clause;
    o.note = own->cite.note;
  }
  return o;
}

}  // namespace slacalc
