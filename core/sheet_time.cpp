#include "sheet_time.hpp"

#include <cctype>

namespace slacalc {
namespace {

// Reads 1 to max_digits digits at `i` into `out`.
bool sheet_number(std::string_view text, std::size_t& i, int min_digits, int max_digits, int& out) {
  int digits = 0;
  out = 0;
  while (i < text.size() && digits < max_digits && std::isdigit(static_cast<unsigned char>(text[i]))) {
    out = out * 10 + (text[i++] - '0');
    ++digits;
  }
  return digits >= min_digits && (i == text.size() || !std::isdigit(static_cast<unsigned char>(text[i])));
}

// "07": the numbers here have at most two digits.
std::string two_digits(int n) { return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; }

struct SheetTime {
  int first = 0, second = 0, year = 0, hour = 0, minute = 0, seconds = -1;
  char separator = 0;
  char half = 0;  // 'A' or 'P' for a 12-hour time, else 0
};

bool skip_spaces(std::string_view text, std::size_t& i) {
  std::size_t start = i;
  while (i < text.size() && text[i] == ' ') ++i;
  return i > start;
}

std::optional<SheetTime> read_sheet_time(std::string_view text) {
  SheetTime t;
  std::size_t i = 0;
  if (!sheet_number(text, i, 1, 2, t.first) || i == text.size()) return std::nullopt;
  t.separator = text[i++];
  if (t.separator != '.' && t.separator != '/' && t.separator != '-') return std::nullopt;
  if (!sheet_number(text, i, 1, 2, t.second) || i == text.size() || text[i++] != t.separator) return std::nullopt;
  if (!sheet_number(text, i, 4, 4, t.year)) return std::nullopt;
  if (i < text.size() && text[i] == ',') ++i;  // "01/15/2026, 10:00 AM"
  if (!skip_spaces(text, i)) return std::nullopt;
  if (!sheet_number(text, i, 1, 2, t.hour) || i == text.size() || text[i++] != ':') return std::nullopt;
  if (!sheet_number(text, i, 2, 2, t.minute)) return std::nullopt;
  if (i < text.size() && text[i] == ':') {
    ++i;
    if (!sheet_number(text, i, 2, 2, t.seconds)) return std::nullopt;
  }
  std::size_t before_half = i;
  skip_spaces(text, i);
  if (i + 2 == text.size() && (text[i + 1] == 'M' || text[i + 1] == 'm')) {
    char h = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (h != 'A' && h != 'P') return std::nullopt;
    t.half = h;
    i += 2;
  } else {
    i = before_half;
  }
  if (i != text.size()) return std::nullopt;
  return t;
}

}  // namespace

std::optional<SlashDate> slash_date(std::string_view text) {
  auto t = read_sheet_time(text);
  if (!t || t->separator != '/') return std::nullopt;
  return SlashDate{t->first, t->second};
}

std::optional<std::string> iso_of_sheet_time(std::string_view text, DateOrder order) {
  auto t = read_sheet_time(text);
  if (!t) return std::nullopt;
  if (t->separator == '/' && order == DateOrder::unknown) return std::nullopt;
  bool month_first = t->separator == '/' && order == DateOrder::month_day;
  int day = month_first ? t->second : t->first, month = month_first ? t->first : t->second;
  int hour = t->hour;
  if (t->half) {
    if (hour < 1 || hour > 12) return std::nullopt;  // "13:00 PM", "0:30 AM": no 12-hour time
    hour = hour % 12 + (t->half == 'P' ? 12 : 0);
  }
  std::string iso = std::to_string(t->year) + "-" + two_digits(month) + "-" + two_digits(day) + "T" +
                    two_digits(hour) + ":" + two_digits(t->minute);
  return t->seconds < 0 ? iso : iso + ":" + two_digits(t->seconds);
}

}  // namespace slacalc
