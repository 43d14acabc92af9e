#include "human_duration.hpp"

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

// Intl's units for each language: English narrow ("4h 23m"), the others short
// ("4 Std. 23 Min."; Intl puts a plain space between number and unit there).
struct Units {
  const char* day;
  const char* days;
  const char* hour;
  const char* minute;
  const char* second;
};
constexpr Units kUnits[kLangs] = {
    {"d", "d", "h", "m", "s"},
    {" Tg.", " Tg.", " Std.", " Min.", " Sek."},
    {" dag", " dagen", " uur", " min", " sec"},
    {" dag", " dage", " t.", " min.", " sek."},
};

}  // namespace

std::string human_duration(const Duration& length) {
  const Rational& seconds = length.seconds();
  // A negative duration (an overspent budget) is its magnitude's parts with a
  // minus sign (U+2212) in front: −1008 s is "−16m 48s", not "-48s".
  bool negative = seconds < Rational(0);
  Rational millis = (negative ? Rational(0) - seconds : seconds) * Rational(1000);
  bool approximate = !millis.is_integer();
  Rational::Int ms = millis.round_half_up();
  const Units& u = kUnits[static_cast<int>(current_lang())];

  const Rational::Int day = 86400000, hour = 3600000, minute = 60000;
  std::string out;
  auto part = [&out](const std::string& n, const char* unit) {
    if (!out.empty()) out += ' ';
    out += n + unit;
  };
  if (ms >= day) part(local_decimal(to_string(ms / day)), ms / day == 1 ? u.day : u.days);
  if (ms % day >= hour) part(to_string(ms % day / hour), u.hour);
  if (ms % hour >= minute) part(to_string(ms % hour / minute), u.minute);
  Rational::Int rest = ms % minute;
  if (rest != 0 || out.empty()) part(local_decimal(Rational::fraction(rest, 1000).to_decimal(3)), u.second);
  if (negative && ms != 0) out = "\u2212" + out;  // rounded to nothing, it has no sign left
  return approximate ? "≈ " + out : out;
}

}  // namespace slacalc
