#include "human_duration.hpp"

namespace slacalc {

std::string human_duration(const Rational& seconds) {
  Rational millis = seconds * Rational(1000);
  bool approximate = !millis.is_integer();
  Rational::Int ms = millis.round_half_up();

  const Rational::Int day = 86400000, hour = 3600000, minute = 60000;
  std::string out;
  auto part = [&out](Rational::Int n, const char* unit) {
    if (!out.empty()) out += ' ';
    out += to_string(n) + unit;
  };
  if (ms >= day) part(ms / day, "d");
  if (ms % day >= hour) part(ms % day / hour, "h");
  if (ms % hour >= minute) part(ms % hour / minute, "m");
  Rational::Int rest = ms % minute;
  if (rest != 0 || out.empty()) {
    if (!out.empty()) out += ' ';
    out += Rational::fraction(rest, 1000).to_decimal(3) + "s";
  }
  return approximate ? "≈ " + out : out;
}

}  // namespace slacalc
