#include "redemption.hpp"

namespace slacalc {
namespace {

using date::local_days;

// The anniversary in year y: the start's day and month, clamped to the month's end.
local_days anniversary(int y, date::month m, date::day d) {
  date::year_month_day_last last{date::year{y} / m / date::last};
  return local_days{date::year{y} / m / std::min(d, last.day())};
}

// The first day of the service year that contains `day`.
int service_year_of(local_days day, date::month m, date::day d) {
  int y = static_cast<int>(date::year_month_day{day}.year());
  return anniversary(y, m, d) <= day ? y : y - 1;
}

}  // namespace

std::optional<RedemptionDates> redemption_dates(const Redemption& rule, local_days period_last,
                                                std::optional<local_days> service_year_start,
                                                RedemptionYear reading) {
  if (rule.available_at != Redemption::AvailableAt::calendar_year_end) return std::nullopt;
  RedemptionDates out;
  // "am Ende eines jeden Kalenderjahres": the year the credit's period ends in.
  out.available = local_days{date::year_month_day{period_last}.year() / date::December / 31};
  if (!service_year_start || rule.redeem_in != Redemption::RedeemIn::next_service_year) return out;
  date::year_month_day s{*service_year_start};
  local_days from = reading == RedemptionYear::after_available ? out.available : period_last;
  int next = service_year_of(from, s.month(), s.day()) + 1;
  out.year_first = anniversary(next, s.month(), s.day());
  out.year_last = anniversary(next + 1, s.month(), s.day()) - date::days{1};
  // Offset only at a renewal, and only once the credit exists (after the end of `available`).
  if (*out.year_first > out.available)
    out.offset_at = out.year_first;
  else
    out.lapses_unused = true;
  return out;
}

}  // namespace slacalc
