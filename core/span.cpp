#include "span.hpp"

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

struct UnitName {
  const char* singular;
  Span::Unit unit;
};
constexpr UnitName kSpanUnits[] = {{"day", Span::Unit::day},
                                   {"week", Span::Unit::week},
                                   {"month", Span::Unit::month},
                                   {"year", Span::Unit::year}};

}  // namespace

std::optional<Span> parse_span(std::string_view text, bool* out_of_range) {
  if (out_of_range) *out_of_range = false;
  size_t i = 0;
  long long count = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i < 9)
    count = count * 10 + (text[i++] - '0');
  if (i == 0 || i >= text.size() || text[i] != ' ') return std::nullopt;
  std::string_view unit = text.substr(i + 1);
  for (const auto& u : kSpanUnits) {
    std::string singular = u.singular;
    if (unit == singular || unit == singular + "s") {
      if (count < 1 || count > kMaxSpanCount) {
        if (out_of_range) *out_of_range = true;
        return std::nullopt;
      }
      return Span{static_cast<int>(count), u.unit};
    }
  }
  return std::nullopt;
}

std::string span_id(const Span& span) {
  std::string unit;
  for (const auto& u : kSpanUnits)
    if (u.unit == span.unit) unit = u.singular;
  return std::to_string(span.count) + " " + unit + (span.count == 1 ? "" : "s");
}

std::string span_text(const Span& span) {
  // Indexed by Span::Unit; one and more than one.
  static constexpr Phrase kOne[] = {
      {"{0} day", "{0} Tag", "{0} dag", "{0} dag"},
      {"{0} week", "{0} Woche", "{0} week", "{0} uge"},
      {"{0} month", "{0} Monat", "{0} maand", "{0} måned"},
      {"{0} year", "{0} Jahr", "{0} jaar", "{0} år"},
  };
  static constexpr Phrase kMany[] = {
      {"{0} days", "{0} Tage", "{0} dagen", "{0} dage"},
      {"{0} weeks", "{0} Wochen", "{0} weken", "{0} uger"},
      {"{0} months", "{0} Monate", "{0} maanden", "{0} måneder"},
      {"{0} years", "{0} Jahre", "{0} jaar", "{0} år"},
  };
  const auto unit = static_cast<std::size_t>(span.unit);
  return say(span.count == 1 ? kOne[unit] : kMany[unit], {local_decimal(std::to_string(span.count))});
}

date::local_days add_span(date::local_days day, const Span& span, int sign, bool* clamped) {
  using namespace date;
  if (clamped) *clamped = false;
  switch (span.unit) {
    case Span::Unit::day: return day + days{sign * span.count};
    case Span::Unit::week: return day + weeks{sign * span.count};
    case Span::Unit::month:
    case Span::Unit::year: {
      year_month_day ymd{day};
      year_month_day moved = ymd + months{sign * (span.unit == Span::Unit::month ? span.count : 12 * span.count)};
      if (!moved.ok()) {
        moved = moved.year() / moved.month() / last;  // clamp to the month's end
        if (clamped) *clamped = true;
      }
      return local_days{moved};
    }
  }
  return day;
}

}  // namespace slacalc
