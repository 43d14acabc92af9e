// A year of outages replayed on one tier: each of the tier's own measuring
// periods in a range of months, measured as `measure` measures it
// (measure_report.hpp) and credited as `credit` credits it (credit.hpp) on a
// given fee — the same code, so the figures match theirs to the cent. For
// compare's row "replay" (docs/api.md, "compare").
#pragma once

#include <optional>
#include <vector>

#include "credit.hpp"
#include "measure.hpp"
#include "measure_report.hpp"
#include "money.hpp"

namespace slacalc {

struct ReplayQuery {
  // The range, the outages, the reading and the closed days, as measure takes them.
  MeasureQuery measure;
  // The fee the tier's credit rule is a share of; none: no credit computed.
  std::optional<Money> fee;
};

struct ReplayPeriod {
  const Commitment* commitment = nullptr;
  PeriodMeasure measured;  // under the query's reading
  // The credit for the period, when the commitment is measured over the
  // credit rule's period and a fee is given: one answer for all of the
  // period's commitments (the rule decides on the shortfall of each).
  std::optional<CreditAnswer> credit;
};

// Every period of every commitment of the tier in time order, the
// commitments of one period together in the tier's order.
std::vector<ReplayPeriod> replay_tier(const ReplayQuery& query);

}  // namespace slacalc
