// When a credit can be used and when it lapses, where the contract fixes it.
// Arena (Gutschriften): credits "werden … am Ende eines jeden Kalenderjahres
// zur Verfügung gestellt", offset "bei einer weiteren Vertragsverlängerung mit
// der jeweils nächsten Jahresgebühr", and must be redeemed "direkt im nächsten
// Servicejahr", or they lapse. Service years run from an anniversary: only the
// day and month of the given start count (29 Feb → 28 Feb in other years).
#pragma once

#include <optional>

#include <date/date.h>

#include "profile.hpp"
#include "id_table.hpp"

namespace slacalc {

// Which service year is "the next": the one after the credit is made available
// (default: the credit can always be offset at that year's renewal), or the
// one after the service year the credit was earned in (it may start before the
// credit is available, and the credit then lapses unused).
enum class RedemptionYear { after_available, after_earned };
inline constexpr IdOf<RedemptionYear> kRedemptionYearIds[] = {{RedemptionYear::after_available, "after-available"},
                                                              {RedemptionYear::after_earned, "after-earned"}};

struct RedemptionDates {
  date::local_days available;                  // the end of this day
  std::optional<date::local_days> year_first;  // the service year to redeem in
  std::optional<date::local_days> year_last;   // the credit lapses after this day
  std::optional<date::local_days> offset_at;   // the renewal whose annual fee it reduces
  bool lapses_unused = false;                  // that year starts before the credit exists
};

// nullopt when the rule names no date (availableAt unspecified). Without a
// service year start only the available day is known.
std::optional<RedemptionDates> redemption_dates(const Redemption& rule, date::local_days period_last,
                                                std::optional<date::local_days> service_year_start,
                                                RedemptionYear reading);

}  // namespace slacalc
