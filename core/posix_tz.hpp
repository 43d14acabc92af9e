// POSIX TZ rules — "CET-1CEST,M3.5.0,M10.5.0/3" — as tzdata writes them on the
// last line of each zone file: POSIX.1-2017 §8.3 plus the RFC 8536 §3.3.1
// extensions tzdata uses (rule times from −167 h to +167 h, e.g. Asia/Jerusalem's
// "M3.4.4/26" and Africa/Cairo's "M10.5.4/24").
//
// Our own small evaluator rather than date/ptz.h: Debian's ptz.h (date 3.0.1)
// does not compile as C++20 (its `hh_mm_ss` is ambiguous with std::chrono's),
// throws on a bad string (the wasm build has no exceptions), rejects negative
// and three-digit rule times, and drags in tz.h (<mutex>, <sstream>, ...).
//
// The parser is constexpr so that the compiled-in zone table (zones.cpp) is
// checked by the compiler; it never sees user input.
#pragma once

#include <string_view>
#include <vector>

#include <date/date.h>

namespace slacalc {

// The day (and time) a rule switches, in local time.
struct PosixDate {
  enum class Kind : unsigned char { julian1, julian0, month_week_day };  // Jn, n, Mm.w.d
  Kind kind = Kind::month_week_day;
  int day = 0;      // Jn: 1–365, 29 February never counted; n: 0–365, counting it
  int month = 0;    // Mm.w.d: month 1–12,
  int week = 0;     //   week 1–5 (5 = the last such weekday),
  int weekday = 0;  //   weekday 0–6 (0 = Sunday)
  int time = 7200;  // seconds after local midnight (default 02:00), −167 h…+167 h
};

struct PosixRule {
  std::string_view std_abbrev;  // "CET"; "+0545" for the quoted "<+0545>"
  std::string_view dst_abbrev;  // "" when the zone has no DST
  int std_offset = 0;           // seconds east of UTC: POSIX writes west, "CET-1" is +3600
  int dst_offset = 0;
  PosixDate dst_start;  // local standard time
  PosixDate dst_end;    // local DST time
  constexpr bool has_dst() const { return !dst_abbrev.empty(); }
};

struct PosixParse {
  PosixRule rule;
  const char* error = nullptr;  // nullptr: parsed
  std::size_t at = 0;           // offset of the problem in the text
};

// One local time type: what the clock shows from some instant on.
struct LocalType {
  int offset = 0;  // seconds east of UTC
  bool dst = false;
  std::string_view abbrev;
};

struct Transition {
  date::sys_seconds at;  // first instant of the new type
  LocalType type;
};

// The (UTC) calendar year of an instant.
inline int year_of(date::sys_seconds t) {
  return static_cast<int>(date::year_month_day{date::floor<date::days>(t)}.year());
}

LocalType local_type_at(const PosixRule& rule, date::sys_seconds instant);
// Both switches of each year first–last, in time order (none without DST).
std::vector<Transition> switches(const PosixRule& rule, int first, int last);

// The transitions with from < at ≤ to, in order.
std::vector<Transition> transitions_between(const PosixRule& rule, date::sys_seconds from,
                                            date::sys_seconds to);

namespace posix_detail {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Reader {
  std::string_view s;
  std::size_t i = 0;
  const char* error = nullptr;

  constexpr char peek() const { return i < s.size() ? s[i] : '\0'; }
  constexpr bool done() const { return i == s.size(); }
  constexpr bool fail(const char* why) {
    error = why;
    return false;
  }
  constexpr bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  constexpr bool number(int max_digits, int max, int& out) {
    int n = 0, digits = 0;
    for (; digits < max_digits && is_digit(peek()); ++digits) n = n * 10 + (s[i++] - '0');
    if (digits == 0) return fail("expected a number");
    if (n > max) return fail("number out of range");
    out = n;
    return true;
  }
  // [+|-]hh[:mm[:ss]] in seconds; hours up to max_hours.
  constexpr bool time(int max_hours, int& seconds) {
    int sign = eat('-') ? -1 : 1;
    if (sign == 1) eat('+');
    int h = 0, m = 0, sec = 0;
    if (!number(3, max_hours, h)) return false;
    if (eat(':')) {
      if (!number(2, 59, m)) return false;
      if (eat(':') && !number(2, 59, sec)) return false;
    }
    seconds = sign * (h * 3600 + m * 60 + sec);
    return true;
  }
  // "CET", or "<+0545>" (letters, digits, + and - between angle brackets).
  constexpr bool name(std::string_view& out) {
    std::size_t start = i;
    if (eat('<')) {
      start = i;
      while (is_alpha(peek()) || is_digit(peek()) || peek() == '+' || peek() == '-') ++i;
      out = s.substr(start, i - start);
      if (!eat('>')) return fail("expected '>'");
    } else {
      while (is_alpha(peek())) ++i;
      out = s.substr(start, i - start);
    }
    if (out.size() < 3) return fail("an abbreviation has at least 3 characters");
    return true;
  }
  constexpr bool date(PosixDate& d) {
    using Kind = PosixDate::Kind;
    if (eat('J')) {
      d.kind = Kind::julian1;
      if (!number(3, 365, d.day)) return false;
      if (d.day == 0) return fail("Jn counts from 1");
    } else if (eat('M')) {
      d.kind = Kind::month_week_day;
      if (!number(2, 12, d.month) || !eat('.') || !number(1, 5, d.week) || !eat('.') ||
          !number(1, 6, d.weekday))
        return error ? false : fail("expected Mm.w.d");
      if (d.month == 0 || d.week == 0) return fail("month and week count from 1");
    } else {
      d.kind = Kind::julian0;
      if (!number(3, 365, d.day)) return false;
    }
    if (eat('/')) return time(167, d.time);
    return true;
  }
};

}  // namespace posix_detail

constexpr PosixParse parse_posix_tz(std::string_view text) {
  posix_detail::Reader r{text};
  PosixRule z;
  auto failed = [&r, &z](const char* why) { return PosixParse{z, r.error ? r.error : why, r.i}; };
  int west = 0;
  if (!r.name(z.std_abbrev) || !r.time(24, west)) return failed("");
  z.std_offset = -west;
  if (r.done()) return {z};
  if (!r.name(z.dst_abbrev)) return failed("");
  z.dst_offset = z.std_offset + 3600;  // POSIX: one hour ahead unless given
  if (r.peek() != ',') {
    if (!r.time(24, west)) return failed("");
    z.dst_offset = -west;
  }
  // POSIX leaves the switch dates implementation-defined when absent: refuse.
  if (!r.eat(',')) return failed("expected ',' and the DST start");
  if (!r.date(z.dst_start)) return failed("");
  if (!r.eat(',')) return failed("expected ',' and the DST end");
  if (!r.date(z.dst_end)) return failed("");
  if (!r.done()) return failed("unexpected text after the rule");
  if (z.dst_offset == z.std_offset) return failed("DST offset equals the standard offset");
  return {z};
}

}  // namespace slacalc
