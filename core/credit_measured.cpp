#include "credit.hpp"
#include "measure_report.hpp"

namespace slacalc {
namespace {

// Each commitment of the rule's period measured from the outages, under the
// reading every function shares.
std::vector<Achieved> achieved_from_outages(const CreditQuery& q, bool& nothing_measured) {
  date::year_month_day first{q.period.from};
  MeasureQuery m;
  m.profile = q.profile;
  m.tier = q.tier;
  m.reading = q.reading;
  m.first_year = m.last_year = static_cast<int>(first.year());
  m.first_month = m.last_month = static_cast<unsigned>(first.month());
  m.outages = q.outages;
  m.closed = q.closed;
  m.only_period = q.tier->credit.period;
  std::vector<Achieved> out;
  for (const auto& c : measure_tier(m).commitments) {
    const PeriodMeasure& pm = c.periods.front();
    if (!pm.figures.availability_percent) {
      nothing_measured = true;
      return {};
    }
    out.push_back({c.reading.commitment, *pm.figures.availability_percent, pm});
  }
  return out;
}

}  // namespace

CreditAnswer credit_from_outages(const CreditQuery& query) {
  CreditQuery q = query;
  bool nothing_measured = false;
  q.achieved = achieved_from_outages(q, nothing_measured);
  if (nothing_measured) {
    CreditAnswer a;
    a.amount.currency = q.fee.currency;
    a.nothing_measured = true;
    return a;
  }
  return compute_credit(q);
}

}  // namespace slacalc
