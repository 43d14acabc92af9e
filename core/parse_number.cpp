#include "parse_number.hpp"

#include <cctype>
#include <vector>

#include "lang.hpp"

namespace slacalc {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The UTF-8 length of the blank `s` starts with (0: none). Besides ASCII
// blanks, the no-break spaces numbers are written with — "99,9\u00a0%" and
// "99,9\u202f%" as Intl writes percentages in German and French — and the
// other Unicode spaces U+2000–U+200A, so a page's own output reads back.
std::size_t blank_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;  // U+00A0
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) return 3;  // U+2000–U+200A, U+202F
  }
  return 0;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = blank_at(s, 0)) s.remove_prefix(n);
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (std::size_t n : {1, 2, 3})
      if (s.size() >= n && blank_at(s, s.size() - n) == n) {
        s.remove_suffix(n);
        trimmed = true;
        break;
      }
  }
  return s;
}

std::nullopt_t fail(ParseFailure* why, std::string_view code, std::string message) {
  if (why) *why = {code, std::move(message)};
  return std::nullopt;
}

// Reads digits[sep digits] at the front of s; advances s past them.
std::optional<Rational> read_unsigned_decimal(std::string_view& s, ParseFailure* why) {
  Rational::Int value = 0;
  Rational::Int scale = 1;
  int int_digits = 0, frac_digits = 0;
  size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++int_digits) {
    if (int_digits >= 15)
      return fail(why, "out_of_range",
                  say({"number has too many digits", "die Zahl hat zu viele Ziffern", "het getal heeft te veel cijfers",
                       "tallet har for mange cifre"}));
    value = value * 10 + (s[i] - '0');
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    for (; i < s.size() && is_digit(s[i]); ++i, ++frac_digits) {
      if (frac_digits >= kMaxDecimalPlaces) {
        return fail(why, "invalid_number",
                    say({"at most 12 decimal places are supported", "höchstens 12 Nachkommastellen werden unterstützt",
                         "hoogstens 12 decimalen worden ondersteund", "højst 12 decimaler understøttes"}));
      }
      value = value * 10 + (s[i] - '0');
      scale *= 10;
    }
    if (frac_digits == 0 && int_digits == 0) {
      return fail(why, "invalid_number", say({"expected digits", "Ziffern erwartet", "cijfers verwacht", "cifre forventet"}));
    }
  }
  if (int_digits == 0 && frac_digits == 0) {
    return fail(why, "invalid_number",
                say({"expected a number", "eine Zahl erwartet", "een getal verwacht", "et tal forventet"}));
  }
  s.remove_prefix(i);
  return Rational::fraction(value, scale);
}

}  // namespace

std::optional<Rational> parse_decimal(std::string_view text, bool allow_percent,
                                      ParseFailure* why) {
  std::string_view s = trim(text);
  if (s.empty())
    return fail(why, "invalid_number",
                say({"value is empty", "der Wert ist leer", "de waarde is leeg", "værdien er tom"}));
  if (allow_percent && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
  if (!s.empty() && s.front() == '-') {
    return fail(why, "out_of_range",
                say({"value must not be negative", "der Wert darf nicht negativ sein", "de waarde mag niet negatief zijn",
                     "værdien må ikke være negativ"}));
  }
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  std::string_view rest = s;
  auto value = read_unsigned_decimal(rest, why);
  if (!value) {
    if (why && why->code == "invalid_number")
      why->message = say({"\"{0}\" is not a number ({1})", "\"{0}\" ist keine Zahl ({1})", "\"{0}\" is geen getal ({1})",
                          "\"{0}\" er ikke et tal ({1})"},
                         {trim(text), why->message});
    return std::nullopt;
  }
  if (!trim(rest).empty()) {
    return fail(why, "invalid_number",
                say({"\"{0}\" is not a plain decimal number like 99.9 or 99,9",
                     "\"{0}\" ist keine einfache Dezimalzahl wie 99,9 oder 99.9",
                     "\"{0}\" is geen eenvoudig decimaal getal zoals 99,9 of 99.9",
                     "\"{0}\" er ikke et almindeligt decimaltal som 99,9 eller 99.9"},
                    {trim(text)}));
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

std::nullopt_t clock_form_failure(ParseFailure* why) {
  return fail(why, "invalid_number",
              say({"clock form must be h:mm or h:mm:ss", "die Uhrzeitform muss h:mm oder h:mm:ss sein",
                   "de klokvorm moet h:mm of h:mm:ss zijn", "urformen skal være h:mm eller h:mm:ss"}));
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
    return clock_form_failure(why);
  }
  Rational total;
  const long long weights[] = {3600, 60, 1};
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    bool last = i + 1 == parts.size();
    if (p.empty())
      return fail(why, "invalid_number",
                  say({"empty field in clock form", "leeres Feld in der Uhrzeitform", "leeg veld in de klokvorm",
                       "tomt felt i urformen"}));
    for (char c : p)
      if (!is_digit(c) && !(last && parts.size() == 3 && (c == '.' || c == ',')))
        return clock_form_failure(why);
    auto v = read_unsigned_decimal(p, why);
    if (!v) return std::nullopt;
    if (i > 0 && *v >= Rational(60)) {
      return fail(why, "invalid_number",
                  say({"minutes and seconds in clock form must be below 60",
                       "die Minuten und Sekunden der Uhrzeitform müssen unter 60 liegen",
                       "minuten en seconden in de klokvorm moeten onder 60 liggen",
                       "minutter og sekunder i urformen skal være under 60"}));
    }
    total = total + *v * Rational(weights[i]);
  }
  return total;
}

}  // namespace

std::optional<Rational> parse_duration(std::string_view text, ParseFailure* why) {
  std::string_view s = trim(text);
  if (s.empty())
    return fail(why, "invalid_number",
                say({"duration is empty", "die Dauer ist leer", "de duur is leeg", "varigheden er tom"}));
  if (s.front() == '-') {
    return fail(why, "out_of_range",
                say({"a duration must not be negative", "eine Dauer darf nicht negativ sein",
                     "een duur mag niet negatief zijn", "en varighed må ikke være negativ"}));
  }
  if (s.find(':') != std::string_view::npos) return parse_clock(s, why);

  Rational total;
  while (!(s = trim(s)).empty()) {
    auto value = read_unsigned_decimal(s, why);
    if (!value) {
      return fail(why, "invalid_number",
                  say({"\"{0}\" is not a duration like 49m, 3h 45m or 0:49:00",
                       "\"{0}\" ist keine Dauer wie 49m, 3h 45m oder 0:49:00",
                       "\"{0}\" is geen duur zoals 49m, 3h 45m of 0:49:00",
                       "\"{0}\" er ikke en varighed som 49m, 3h 45m eller 0:49:00"},
                      {trim(text)}));
    }
    s = trim(s);
    size_t n = 0;
    while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
    if (n == 0) {
      return fail(why, "invalid_number",
                  say({"\"{0}\" needs a unit (d, h, m, s), e.g. 49m or 1h 30m",
                       "\"{0}\" braucht eine Einheit (d, h, m, s), z. B. 49m oder 1h 30m",
                       "\"{0}\" heeft een eenheid nodig (d, h, m, s), bijv. 49m of 1h 30m",
                       "\"{0}\" skal have en enhed (d, h, m, s), f.eks. 49m eller 1h 30m"},
                      {trim(text)}));
    }
    auto unit = unit_seconds(s.substr(0, n));
    if (!unit) {
      return fail(why, "invalid_number",
                  say({"unknown unit \"{0}\" (use d, h, m or s)", "unbekannte Einheit \"{0}\" (möglich: d, h, m, s)",
                       "onbekende eenheid \"{0}\" (gebruik d, h, m of s)", "ukendt enhed \"{0}\" (brug d, h, m eller s)"},
                      {s.substr(0, n)}));
    }
    total = total + *value * *unit;
    s.remove_prefix(n);
  }
  return total;
}

}  // namespace slacalc
