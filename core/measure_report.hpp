// A tier measured over a range of months: every availability commitment,
// under one reading (contract_reading.hpp), each period of it with its
// figures and its working. measure and credit both measure through this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <optional>
#include <vector>

#include <date/date.h>

#include "contract_reading.hpp"
#include "explain.hpp"
#include "measure.hpp"
#include "profile.hpp"
#include "window_clock.hpp"

namespace slacalc {

struct MeasureQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  Reading reading = Reading::contract;
  int first_year = 0, last_year = 0;  // the months first–last
  unsigned first_month = 1, last_month = 1;
  const std::vector<Outage>* outages = nullptr;  // sorted (sort_outages)
  ClosedDays closed;
  Granularity granularity;
  std::optional<date::sys_seconds> as_of;
  // Only the commitments measured over this kind of period (credit: its
  // rule's period); none: every commitment.
  std::optional<PeriodKind> only_period;
};

// An outage within the measured periods that a commitment does not count,
// and why: an exclusion of the commitment ("planned-maintenance", Flying
// Circus §9.2) or "other-scope" (it names another commitment's scope).
struct NotCounted {
  std::uint32_t row;   // Outage::row: its place in the list it was read from
  std::string reason;
};

struct CommitmentMeasure {
  CommitmentReading reading;
  std::vector<PeriodMeasure> periods;
  Explain explain;
  std::vector<NotCounted> not_counted;  // the first kNotCountedListed, in time order
  std::size_t not_counted_total = 0;
};

// A large file may leave out thousands: the first this many are listed, all counted.
inline constexpr std::size_t kNotCountedListed = 100;

struct MeasureReport {
  std::vector<CommitmentMeasure> commitments;
  std::size_t outside = 0;      // outages that touch no measured period: said, not dropped
  std::size_t late_notice = 0;  // planned outages announced too late (WP Heaven §10.1)
};

MeasureReport measure_tier(const MeasureQuery& query);

}  // namespace slacalc
