#include "replay.hpp"

#include <algorithm>

namespace slacalc {
namespace {

// The credit for the rule's period starting on `from`, from what each of the
// rule's commitments achieved in it — what credit_from_outages gives for one
// period (credit_measured.cpp), without measuring the period again.
std::optional<CreditAnswer> period_credit(const ReplayQuery& query, const MeasureReport& report,
                                          const LocalSpan& span) {
  const MeasureQuery& m = query.measure;
  CreditQuery q;
  q.profile = m.profile;
  q.tier = m.tier;
  q.period = span;
  q.reading = m.reading;
  q.closed = m.closed;
  q.fee = *query.fee;
  for (const CommitmentMeasure& c : report.commitments) {
    if (c.reading.commitment->period != m.tier->credit.period) continue;
    for (const PeriodMeasure& pm : c.periods) {
      if (pm.span.from != span.from) continue;
      if (!pm.figures.availability_percent) return std::nullopt;  // nothing measured: no credit to say
      q.achieved.push_back({c.reading.commitment, *pm.figures.availability_percent, pm});
    }
  }
  if (q.achieved.empty()) return std::nullopt;
  return compute_credit(q);
}

}  // namespace

std::vector<ReplayPeriod> replay_tier(const ReplayQuery& query) {
  const Credit& rule = query.measure.tier->credit;
  MeasureReport report = measure_tier(query.measure);
  std::vector<ReplayPeriod> out;
  for (const CommitmentMeasure& c : report.commitments) {
    const bool credited = query.fee && rule.kind != Credit::Kind::none && c.reading.commitment->period == rule.period;
    for (const PeriodMeasure& pm : c.periods) {
      ReplayPeriod p{c.reading.commitment, pm, std::nullopt};
      if (credited) p.credit = period_credit(query, report, pm.span);
      out.push_back(std::move(p));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const ReplayPeriod& a, const ReplayPeriod& b) {
    return a.measured.span.from < b.measured.span.from;
  });
  return out;
}

}  // namespace slacalc
