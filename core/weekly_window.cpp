#include "weekly_window.hpp"

#include <algorithm>
#include <vector>

#include "iso_time.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

constexpr const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// Monday first, as day keys count.
constexpr Phrase kDayNames[] = {{"Mon", "Mo", "ma", "man"}, {"Tue", "Di", "di", "tir"}, {"Wed", "Mi", "wo", "ons"},
                                {"Thu", "Do", "do", "tor"}, {"Fri", "Fr", "vr", "fre"}, {"Sat", "Sa", "za", "lør"},
                                {"Sun", "So", "zo", "søn"}};

std::optional<int> day_index(std::string_view s) {
  for (int d = 0; d < 7; ++d)
    if (s == kDays[d]) return d;
  return std::nullopt;
}

// "HH:MM", 00:00–24:00.
std::optional<int> parse_clock(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0');
  int m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 24 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

std::string clock_text(int minutes) {
  return two_digits(minutes / 60 % 100) + ":" + two_digits(minutes % 60);
}

}  // namespace

std::optional<DayRange> parse_day_key(std::string_view key) {
  auto dash = key.find('-');
  if (dash == std::string_view::npos) {
    auto d = day_index(key);
    if (!d) return std::nullopt;
    return DayRange{*d, *d};
  }
  auto first = day_index(key.substr(0, dash));
  auto last = day_index(key.substr(dash + 1));
  if (!first || !last || *last < *first) return std::nullopt;
  return DayRange{*first, *last};
}

std::optional<TimeRange> parse_time_range(std::string_view text, TimeRangeFailure* why) {
  auto fail = [&](const char* code, std::string message) -> std::optional<TimeRange> {
    if (why) *why = {code, std::move(message)};
    return std::nullopt;
  };
  std::string quoted = "\"" + std::string(text) + "\"";
  bool next_day = text.size() > 2 && text.substr(text.size() - 2) == "+1";
  std::string_view body = next_day ? text.substr(0, text.size() - 2) : text;
  auto begin = body.size() == 11 && body[5] == '-' ? parse_clock(body.substr(0, 5)) : std::nullopt;
  auto end = body.size() == 11 && body[5] == '-' ? parse_clock(body.substr(6, 5)) : std::nullopt;
  if (!begin || !end)
    return fail("invalid_format", quoted + " is not a time range like \"08:00-16:00\" or \"20:00-04:00+1\"");
  if (*begin == 24 * 60) return fail("invalid_format", quoted + ": a range cannot start at 24:00");
  if (next_day) {
    if (*end == 24 * 60) return fail("invalid_format", quoted + ": \"+1\" with 24:00 — write 24:00 without +1");
    if (*end > *begin)
      return fail("out_of_range", quoted + " would last more than 24 hours");
    return TimeRange{*begin, *end + 24 * 60};
  }
  if (*end <= *begin)
    return fail("inverted_range", quoted + " ends before it starts; a range past midnight is written \"" +
                                      std::string(body) + "+1\"");
  return TimeRange{*begin, *end};
}

std::string describe_window(const WeeklyWindow& window) {
  // Group days with identical ranges: "Mon–Fri 08:00–16:00".
  std::vector<std::string> per_day(7);
  for (int d = 0; d < 7; ++d) {
    for (const auto& iv : window.intervals) {
      int lo = std::max(iv.begin, d * 1440), hi = std::min(iv.end, (d + 1) * 1440);
      if (lo >= hi) continue;
      if (!per_day[d].empty()) per_day[d] += ", ";
      per_day[d] += clock_text(lo - d * 1440) + "–" + clock_text(hi - d * 1440);
    }
  }
  std::string out;
  for (int d = 0; d < 7;) {
    int e = d;
    while (e + 1 < 7 && per_day[e + 1] == per_day[d]) ++e;
    if (!per_day[d].empty()) {
      if (!out.empty()) out += "; ";
      out += say(kDayNames[d]);
      if (e > d) out += "–" + say(kDayNames[e]);
      out += " " + per_day[d];
    }
    d = e + 1;
  }
  if (out.empty()) out = say({"never open", "nie geöffnet", "nooit geopend", "aldrig åbent"});
  if (window.holidays_closed)
    out = say({"{0}, closed on public holidays", "{0}, an Feiertagen geschlossen", "{0}, gesloten op feestdagen",
               "{0}, lukket på helligdage"},
              {out});
  return out;
}

}  // namespace slacalc
