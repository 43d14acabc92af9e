#include "parse_number.hpp"

#include <cctype>
#include <vector>

namespace slacalc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

std::nullopt_t fail(ParseFailure* why, std::string code, std::string message) {
  if (why) *why = {std::move(code), std::move(message)};
  return std::nullopt;
}

// Reads digits[sep digits] at the front of s; advances s past them.
std::optional<Rational> read_unsigned_decimal(std::string_view& s, ParseFailure* why) {
  Rational::Int value = 0;
  Rational::Int scale = 1;
  int int_digits = 0, frac_digits = 0;
  size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++int_digits) {
    if (int_digits >= 15) return fail(why, "out_of_range", "number has too many digits");
    value = value * 10 + (s[i] - '0');
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    for (; i < s.size() && is_digit(s[i]); ++i, ++frac_digits) {
      if (frac_digits >= kMaxDecimalPlaces) {
        return fail(why, "invalid_number", "at most 12 decimal places are supported");
      }
      value = value * 10 + (s[i] - '0');
      scale *= 10;
    }
    if (frac_digits == 0 && int_digits == 0) {
      return fail(why, "invalid_number", "expected digits");
    }
  }
  if (int_digits == 0 && frac_digits == 0) {
    return fail(why, "invalid_number", "expected a number");
  }
  s.remove_prefix(i);
  return Rational::fraction(value, scale);
}

}  // namespace

std::optional<Rational> parse_decimal(std::string_view text, bool allow_percent,
                                      ParseFailure* why) {
  std::string_view s = trim(text);
  if (s.empty()) return fail(why, "invalid_number", "value is empty");
  if (allow_percent && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
  if (!s.empty() && s.front() == '-') {
    return fail(why, "out_of_range", "value must not be negative");
  }
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  std::string_view rest = s;
  auto value = read_unsigned_decimal(rest, why);
  if (!value) {
    if (why && why->code == "invalid_number")
      why->message = "\"" + std::string(trim(text)) + "\" is not a number (" + why->message + ")";
    return std::nullopt;
  }
  if (!trim(rest).empty()) {
    return fail(why, "invalid_number",
         "\"" + std::string(trim(text)) + "\" is not a plain decimal number like 99.9 or 99,9");
  }
  return value;
}

namespace {

std::optional<Rational> unit_seconds(std::string_view unit) {
  std::string u;
  for (char c : unit) u.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (u == "d" || u == "day" || u == "days") return Rational(86400);
  if (u == "h" || u == "hr" || u == "hrs" || u == "hour" || u == "hours") return Rational(3600);
  if (u == "m" || u == "min" || u == "mins" || u == "minute" || u == "minutes") return Rational(60);
  if (u == "s" || u == "sec" || u == "secs" || u == "second" || u == "seconds") return Rational(1);
  if (u == "ms") return Rational::fraction(1, 1000);
  return std::nullopt;
}

// "h:mm", "h:mm:ss", "h:mm:ss.fff"
std::optional<Rational> parse_clock(std::string_view s, ParseFailure* why) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ':') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() < 2 || parts.size() > 3) {
    return fail(why, "invalid_number", "clock form must be h:mm or h:mm:ss");
  }
  Rational total;
  const long long weights[] = {3600, 60, 1};
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    bool last = i + 1 == parts.size();
    if (p.empty()) return fail(why, "invalid_number", "empty field in clock form");
    for (char c : p)
      if (!is_digit(c) && !(last && parts.size() == 3 && (c == '.' || c == ',')))
        return fail(why, "invalid_number", "clock form must be h:mm or h:mm:ss");
    auto v = read_unsigned_decimal(p, why);
    if (!v) return std::nullopt;
    if (i > 0 && *v >= Rational(60)) {
      return fail(why, "invalid_number", "minutes and seconds in clock form must be below 60");
    }
    total = total + *v * Rational(weights[i]);
  }
  return total;
}

}  // namespace

std::optional<Rational> parse_duration(std::string_view text, ParseFailure* why) {
  std::string_view s = trim(text);
  if (s.empty()) return fail(why, "invalid_number", "duration is empty");
  if (s.front() == '-') {
    return fail(why, "out_of_range", "a duration must not be negative");
  }
  if (s.find(':') != std::string_view::npos) return parse_clock(s, why);

  Rational total;
  while (!(s = trim(s)).empty()) {
    auto value = read_unsigned_decimal(s, why);
    if (!value) {
      return fail(why, "invalid_number",
           "\"" + std::string(trim(text)) + "\" is not a duration like 49m, 3h 45m or 0:49:00");
    }
    s = trim(s);
    size_t n = 0;
    while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
    if (n == 0) {
      return fail(why, "invalid_number",
           "\"" + std::string(trim(text)) + "\" needs a unit (d, h, m, s), e.g. 49m or 1h 30m");
    }
    auto unit = unit_seconds(s.substr(0, n));
    if (!unit) {
      return fail(why, "invalid_number", "unknown unit \"" + std::string(s.substr(0, n)) +
                                      "\" (use d, h, m or s)");
    }
    total = total + *value * *unit;
    s.remove_prefix(n);
  }
  return total;
}

}  // namespace slacalc
