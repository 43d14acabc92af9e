#include "profile_text.hpp"

#include <cctype>

#include "human_duration.hpp"
#include "span.hpp"
#include "weekly_window.hpp"

namespace slacalc {
namespace {

const char* period_adjective(PeriodKind k) {
  switch (k) {
    case PeriodKind::quarter: return "quarterly";
    case PeriodKind::year: return "yearly";
    default: return "monthly";
  }
}

std::string fee_text(const std::string& fee) {
  if (fee == "monthly-fee") return "monthly fee";
  if (fee == "previous-month-resource-group-fee")
    return "previous month's fee for the resource group (service level, vCPU, RAM, storage)";
  if (fee == "annual-fee") return "current annual fee";
  return "fee for the period";
}

}  // namespace

namespace {

// Promised times in hours and minutes, as contracts write them: 40 business
// hours are "40h", not "1d 16h".
std::string hours_text(const Rational& seconds) {
  if (!(seconds / Rational(60)).is_integer()) return human_duration(seconds);
  auto minutes = (seconds / Rational(60)).floor();
  std::string text;
  if (minutes >= 60) text = to_string(minutes / 60) + "h";
  if (minutes % 60 != 0) text += (text.empty() ? "" : " ") + to_string(minutes % 60) + "m";
  return text;
}

}  // namespace

std::string commitment_text(const Commitment& c) {
  std::string text = percent_text(c.target_percent) +
                     (c.kind == Commitment::Kind::guarantee ? " guaranteed " : " target (no guarantee) ") +
                     "per " + period_kind_id(c.period);
  if (!c.scope.empty()) text += " (" + c.scope + ")";
  return text;
}

std::string window_text(const Profile& p, const std::string& window_id) {
  const WeeklyWindow* w = p.find_window(window_id);
  if (!w) return "all hours, every day";
  std::string text = w->label + ": " + describe_window(*w);
  if (w->holidays_closed) text += " (" + p.holiday_calendar + ")";
  return text + ", " + p.time_zone;
}

std::string response_text(const Profile& p, const ResponseRule& r) {
  std::string head = r.measure;
  if (r.incident_class != "any") head = r.incident_class + " " + head;
  head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
  if (r.priority != "any") {
    std::string label = r.priority;
    if (p.priorities)
      for (const auto& l : p.priorities->levels)
        if (l.id == r.priority) label = l.label;
    head += ", " + label;
  }
  std::string promise;
  switch (r.promise) {
    case ResponseRule::Promise::bestEffort: promise = "best effort"; break;
    case ResponseRule::Promise::workingDays:
      promise = std::to_string(r.working_days) + " working day" + (r.working_days == 1 ? "" : "s");
      break;
    case ResponseRule::Promise::duration:
      promise = hours_text(r.seconds);
      if (r.window != kAlwaysWindow) promise += " within " + p.find_window(r.window)->label;
      break;
  }
  std::string text = head + ": " + promise;
  if (!r.reported_in.empty()) text += " (reports made in " + p.find_window(r.reported_in)->label + ")";
  return text;
}

std::string credit_text(const Credit& c) {
  switch (c.kind) {
    case Credit::Kind::none: return "No credit: " + c.reason;
    case Credit::Kind::flatPercentOfFee:
      return percent_text(c.percent) + " of the " + fee_text(c.fee) + " when the " +
             period_adjective(c.period) + " target is missed";
    case Credit::Kind::proportionalShortfall:
      return "(target − achieved) × " + fee_text(c.fee) + " / 100 when the " +
             period_adjective(c.period) + " availability is below the target";
    case Credit::Kind::tieredSchedule: {
      std::string text = "Share of the " + fee_text(c.fee) + " by " + period_adjective(c.period) +
                         " availability: ";
      for (size_t i = 0; i < c.steps.size(); ++i)
        text += (i ? ", " : "") + percent_text(c.steps[i].credit_percent) + " below " +
                percent_text(c.steps[i].below_percent);
      if (c.cap_percent) text += "; at most " + percent_text(*c.cap_percent);
      return text;
    }
  }
  return "";
}

std::string claim_text(const Credit& c) {
  if (!c.claim) return "";
  std::string text = "Claim";
  if (!c.claim->form.empty()) text += " " + c.claim->form;
  text += " within " + span_text(c.claim->within) + " after " +
          (c.claim->after == "incident" ? std::string("the incident")
                                        : std::string("the ") + period_kind_id(c.period) + " ends");
  return text;
}

std::string redemption_text(const Credit& c) {
  if (!c.redemption) return "";
  const Redemption& r = *c.redemption;
  std::string text;
  for (const std::string& part : {r.available, r.method})
    if (!part.empty()) text += (text.empty() ? "" : "; ") + part;
  if (r.cash) text += std::string(text.empty() ? "" : "; ") + (*r.cash ? "paid in cash" : "never paid in cash");
  if (!r.expiry.empty()) text += (text.empty() ? "expires: " : "; expires: ") + r.expiry;
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace slacalc
