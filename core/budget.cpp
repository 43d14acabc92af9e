#include "budget.hpp"

#include "human_duration.hpp"

namespace slacalc {
namespace {

std::string dec(const Rational& r) { return r.to_decimal(kMaxDecimalPlaces); }

Rational apply_rounding(const Rational& seconds, Rounding rounding) {
  switch (rounding) {
    case Rounding::exact: return seconds;
    case Rounding::roundSecond: return Rational(static_cast<long long>(seconds.round_half_up()));
    case Rounding::truncateSecond: return Rational(static_cast<long long>(seconds.floor()));
  }
  return seconds;
}

std::string rounding_text(Rounding rounding) {
  switch (rounding) {
    case Rounding::exact: return "Exact: no rounding; fractions of a second are kept.";
    case Rounding::roundSecond: return "Rounded to the nearest whole second (halves round up).";
    case Rounding::truncateSecond:
      return "Truncated to whole seconds: the budget is never larger than the exact value.";
  }
  return "";
}

}  // namespace

const char* rounding_id(Rounding rounding) {
  switch (rounding) {
    case Rounding::exact: return "exact";
    case Rounding::roundSecond: return "round-second";
    case Rounding::truncateSecond: return "truncate-second";
  }
  return "";
}

Result<BudgetAnswer> compute_budget(const BudgetQuery& q) {
  BudgetAnswer a;
  a.direction = q.direction;
  a.period = resolve_period(q.period);
  a.rounding = q.rounding;
  a.availability_decimals = q.availability_decimals;
  const Rational& length = a.period.seconds;
  a.explain.push_back({"period", a.period.explain});

  if (q.direction == BudgetQuery::Direction::targetToDowntime) {
    a.availability_percent = q.target_percent;
    Rational unavailable = Rational(100) - q.target_percent;
    a.exact_downtime = unavailable * length / Rational(100);
    a.downtime = apply_rounding(a.exact_downtime, q.rounding);
    a.explain.push_back(
        {"formula", "Allowed downtime = (100 % − " + dec(q.target_percent) + " %) × " +
                        dec(length) + " s = " + dec(unavailable) + " % × " + dec(length) +
                        " s = " + dec(a.exact_downtime) + " s (" +
                        human_duration(a.exact_downtime) + ")."});
    a.explain.push_back({"rounding", rounding_text(q.rounding)});
    return a;
  }

  if (q.downtime_seconds > length) {
    return Error{"out_of_range",
                 "downtime " + human_duration(q.downtime_seconds) + " is longer than the period (" +
                     human_duration(length) + ")",
                 "/downtime"};
  }
  a.exact_downtime = q.downtime_seconds;
  a.downtime = q.downtime_seconds;
  a.availability_percent = (length - q.downtime_seconds) / length * Rational(100);
  bool exact = false;
  std::string shown = a.availability_percent.to_decimal(q.availability_decimals, &exact);
  a.explain.push_back({"formula", "Availability = (" + dec(length) + " s − " +
                                      dec(q.downtime_seconds) + " s) / " + dec(length) +
                                      " s × 100 % = " + shown + (exact ? "" : "…") + " %."});
  if (!exact) {
    a.explain.push_back({"availability-digits",
                         "Shown with " + std::to_string(q.availability_decimals) +
                             " decimals, truncated (never rounded up past a threshold)."});
  }
  return a;
}

}  // namespace slacalc
