#include "credit.hpp"

#include "credit_rule.hpp"
#include "iso_time.hpp"
#include "profile_text.hpp"
#include "span.hpp"

namespace slacalc {
namespace {

// The redemption dates with their working (Arena, Gutschriften).
void explain_redemption(const CreditQuery& q, const Redemption& rule, CreditAnswer& a) {
  a.redemption = redemption_dates(rule, q.period.to - date::days{1}, q.service_year_start, q.redemption_year);
  if (!a.redemption) return;
  const RedemptionDates& d = *a.redemption;
  std::string clause = rule.cite.clause.empty() ? q.tier->credit.cite.clause : rule.cite.clause;
  a.explain.push_back({"available", "Made available at the end of the calendar year in which " + q.period.label + " ends: " +
                                        day_text(d.available) + (clause.empty() ? "" : ", " + clause) + "."});
  if (rule.redeem_in != Redemption::RedeemIn::next_service_year) return;
  if (!d.year_first) {
    a.explain.push_back({"service-year", "Give the day the service year starts (the contract's anniversary) to see "
                                         "the renewal it is offset at and the day it lapses."});
    return;
  }
  a.explain.push_back(
      {"service-year",
       std::string(q.redemption_year == RedemptionYear::after_available
                       ? "\"The next service year\" read as the one after the credit is made available"
                       : "\"The next service year\" read as the one after the service year the quarter ends in") +
           ": " + iso_date(*d.year_first) + " to " + iso_date(*d.year_last) + "."});
  if (d.offset_at)
    a.explain.push_back({"offset", "Offset against the annual fee of the renewal on " + day_text(*d.offset_at) +
                                       "; it lapses if not redeemed by " + day_text(*d.year_last) + "."});
  else
    a.explain.push_back({"lapses-unused", "That service year starts on " + iso_date(*d.year_first) +
                                              ", before the credit is made available: under this reading it lapses "
                                              "on " + day_text(*d.year_last) + " without a renewal to offset it at."});
}

}  // namespace

CreditAnswer compute_credit(const CreditQuery& q) {
  CreditAnswer a;
  const Credit& rule = q.tier->credit;
  const std::string& currency = q.profile->currency;
  if (rule.kind == Credit::Kind::none) {
    a.explain.push_back({"no-remedy", "No financial remedy in this contract: " + rule.reason +
                                          (rule.cite.clause.empty() ? "" : " (" + rule.cite.clause + ")")});
    return a;
  }
  a.explain.push_back({"rule", credit_text(rule) + (rule.cite.clause.empty() ? "" : " — " + rule.cite.clause) + "."});
  // Each commitment measured over the period: the one granting most decides.
  for (const auto& m : q.achieved) {
    Rational share = credit_percent(rule, m.commitment->target_percent, m.percent);
    bool missed = m.percent < m.commitment->target_percent;
    a.explain.push_back({"achieved", (m.commitment->scope.empty() ? std::string("Availability") : m.commitment->scope) + " " +
                                         percent_text(m.percent) + " against " + percent_text(m.commitment->target_percent) +
                                         (missed ? ": missed" : ": met") + " (" + q.period.label + ")."});
    if (!a.deciding || a.percent_of_fee < share) {
      a.deciding = m.commitment;
      a.percent_of_fee = share;
    }
  }
  if (a.percent_of_fee == Rational(0)) {
    a.explain.push_back({"not-eligible", "No credit: every target was met, or no step of the schedule applies."});
    return a;
  }
  // Money: fee × percent / 100, half up to the minor unit.
  Rational exact = Rational(q.fee_minor) * a.percent_of_fee / Rational(100);
  a.amount_minor = static_cast<std::int64_t>(exact.round_half_up());
  a.explain.push_back({"amount", percent_text(a.percent_of_fee) + " of " + money_text(q.fee_minor, currency) + " = " +
                                     money_text(a.amount_minor, currency) +
                                     (exact.is_integer() ? "" : " (rounded half up to the minor unit)") + "."});
  if (rule.minimum_amount && a.amount_minor < *rule.minimum_amount) {
    a.explain.push_back({"minimum", "Below the minimum amount of " + money_text(*rule.minimum_amount, currency) +
                                        ": no credit is issued."});
    a.amount_minor = 0;
    return a;
  }
  a.eligible = a.amount_minor > 0;
  if (rule.claim && rule.claim->after == "period-end") {
    a.claim_deadline = add_span(q.period.to - date::days{1}, rule.claim->within);
    a.explain.push_back({"claim", claim_text(rule) + ": by " + iso_date(*a.claim_deadline) + " (" +
                                      weekday_name(*a.claim_deadline) + ")" +
                                      (rule.claim->cite.clause.empty() ? "" : ", " + rule.claim->cite.clause) + "."});
  } else if (rule.claim) {
    a.explain.push_back({"claim", claim_text(rule) + "."});
  }
  std::string redemption = redemption_text(rule);
  if (!redemption.empty()) a.explain.push_back({"redemption", redemption + "."});
  if (rule.redemption) explain_redemption(q, *rule.redemption, a);
  return a;
}

}  // namespace slacalc
