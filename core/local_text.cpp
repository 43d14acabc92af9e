#include "local_text.hpp"

#include "iso_time.hpp"
#include "lang.hpp"
#include "money.hpp"

namespace slacalc {
namespace {

using date::days;

// Indexed by Lang, then by weekday (0 = Sunday).
const char* const kWeekdays[kLangs][7] = {
    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
    {"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
    {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
    {"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
};
const char* const kShortWeekdays[kLangs][7] = {
    {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
    {"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
    {"zo", "ma", "di", "wo", "do", "vr", "za"},
    {"søn.", "man.", "tirs.", "ons.", "tors.", "fre.", "lør."},
};
const char* const kShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr const char* kNbsp = "\u00a0";

int lang_index() { return static_cast<int>(current_lang()); }

// Digits grouped by three with `separator`: "1600" → "1.600".
std::string group(std::string_view digits, char separator) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

// de, nl, da: '.' groups thousands and ',' marks decimals.
std::string continental(std::string_view decimal) {
  std::string sign;
  if (!decimal.empty() && decimal[0] == '-') {
    sign = "-";
    decimal.remove_prefix(1);
  }
  size_t point = decimal.find('.');
  std::string_view whole = decimal.substr(0, point);
  std::string out = sign + group(whole, '.');
  if (point != std::string_view::npos) out += "," + std::string(decimal.substr(point + 1));
  return out;
}

// The symbol Intl writes for a currency in each language; any other currency
// is written with its code.
std::string currency_sign(const std::string& code, Lang lang) {
  if (code == "EUR") return "€";
  if (code == "GBP") return "£";
  if (code == "USD") return lang == Lang::de ? "$" : "US$";
  if (code == "DKK" && lang == Lang::da) return "kr.";
  return code;
}

}  // namespace

// ISO 4217 minor-unit exponents that are not 2.
int currency_decimals(const std::string& code) {
  for (const char* c : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                        "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"})
    if (code == c) return 0;
  for (const char* c : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
    if (code == c) return 3;
  return 2;
}

std::string local_decimal(std::string_view decimal) {
  if (current_lang() == Lang::en) return std::string(decimal);
  return continental(decimal);
}

std::string percent_text(const Percent& percent) { return percent_text(percent, kMaxDecimalPlaces); }

std::string percent_text(const Percent& percent, int decimals) {
  std::string number = local_decimal(percent.value().to_decimal(decimals));
  switch (current_lang()) {
    case Lang::en: return number + " %";
    case Lang::nl: return number + "%";
    default: return number + kNbsp + "%";
  }
}

std::string money_text(const Money& amount) { return money_text(amount.minor, amount.currency); }

std::string money_text(std::int64_t minor, const std::string& currency) {
  int exponent = currency_decimals(currency);
  std::int64_t scale = 1;
  for (int i = 0; i < exponent; ++i) scale *= 10;
  std::string sign = minor < 0 ? "-" : "";
  std::uint64_t magnitude = minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string whole = std::to_string(magnitude / scale), fraction;
  if (exponent > 0) {
    fraction = std::to_string(magnitude % scale);
    fraction = std::string(exponent - fraction.size(), '0') + fraction;
  }
  Lang lang = current_lang();
  if (lang == Lang::en) return sign + group(whole, ',') + (exponent > 0 ? "." + fraction : "") + " " + currency;
  std::string number = group(whole, '.') + (exponent > 0 ? "," + fraction : "");
  std::string sign_text = currency_sign(currency, lang);
  if (lang == Lang::nl) return sign_text + kNbsp + sign + number;
  return sign + number + kNbsp + sign_text;
}

std::string date_text(date::local_days day) {
  date::year_month_day ymd{day};
  std::string d = two_digits(static_cast<unsigned>(ymd.day()));
  std::string m = two_digits(static_cast<unsigned>(ymd.month()));
  std::string y = std::to_string(static_cast<int>(ymd.year()));
  switch (current_lang()) {
    case Lang::en: return iso_date(day);
    case Lang::nl: return d + "-" + m + "-" + y;
    default: return d + "." + m + "." + y;
  }
}

std::string weekday_name(date::local_days day) {
  return kWeekdays[lang_index()][date::weekday{day}.c_encoding()];
}

std::string day_text(date::local_days day) { return date_text(day) + " (" + weekday_name(day) + ")"; }

std::string short_local_text(date::local_seconds t) {
  auto day = date::floor<days>(t);
  auto s = (t - day).count();
  // Intl writes Danish times with a dot: 16.10.
  std::string clock = two_digits(static_cast<unsigned>(s / 3600)) + (current_lang() == Lang::da ? "." : ":") +
                      two_digits(static_cast<unsigned>(s / 60 % 60));
  std::string weekday = kShortWeekdays[lang_index()][date::weekday{day}.c_encoding()];
  if (current_lang() != Lang::en) return weekday + " " + date_text(day) + " " + clock;
  date::year_month_day ymd{day};
  return weekday + " " + std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         kShortMonths[static_cast<unsigned>(ymd.month()) - 1] + " " + std::to_string(static_cast<int>(ymd.year())) +
         " " + clock;
}

}  // namespace slacalc
