#include "period.hpp"

#include <cctype>

#include <date/date.h>

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

constexpr long long kDay = 86400;

// Month names for labels, by language (Lang), January first.
const char* const kMonthNames[kLangs][12] = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"},
    {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
     "Dezember"},
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
     "december"},
    {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
     "december"},
};

std::string month_name(unsigned m) { return kMonthNames[static_cast<int>(current_lang())][m - 1]; }

int days_between(date::year_month_day from, date::year_month_day to) {
  return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

std::string number(long long n) { return local_decimal(std::to_string(n)); }
std::string number(const Rational& r) { return local_decimal(r.to_decimal(kMaxDecimalPlaces)); }

std::string days_text(long long n) {
  return n == 1 ? say({"1 day", "1 Tag", "1 dag", "1 dag"})
                : say({"{0} days", "{0} Tage", "{0} dagen", "{0} dage"}, {number(n)});
}

// "29 × 86400 s = 2505600 s"
std::string days_in_seconds(long long days) {
  return number(days) + " × " + number(kDay) + " s = " + number(days * kDay) + " s";
}

ResolvedPeriod month_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "month";
  p.basis = month_basis_id(s.month_basis);
  switch (s.month_basis) {
    case MonthBasis::calendar: {
      int days = days_in_month(s.month_year, s.month);
      std::string month = month_name(s.month) + " " + std::to_string(s.month_year);
      p.seconds = Duration(Rational(days * kDay));
      p.label = say({"{0} (calendar month, {1})", "{0} (Kalendermonat, {1})", "{0} (kalendermaand, {1})",
                     "{0} (kalendermåned, {1})"},
                    {month, days_text(days)});
      std::string sentence_start = month;  // Dutch and Danish month names are lower-case
      sentence_start[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence_start[0])));
      p.explain = say({"{0} has {1}: {2}.", "{0} hat {1}: {2}.", "{0} heeft {1}: {2}.", "{0} har {1}: {2}."},
                      {sentence_start, days_text(days), days_in_seconds(days)});
      break;
    }
    case MonthBasis::days30:
      p.seconds = Duration(Rational(30 * kDay));
      p.label = say({"month (30-day basis)", "Monat (Basis 30 Tage)", "maand (basis 30 dagen)", "måned (basis 30 dage)"});
      p.explain = say({"Month basis 30 days: {0}.", "Monatsbasis 30 Tage: {0}.", "Maandbasis 30 dagen: {0}.",
                       "Månedsbasis 30 dage: {0}."},
                      {days_in_seconds(30)});
      break;
    case MonthBasis::hours730:
      p.seconds = Duration(Rational(730 * 3600));
      p.label = say({"month (730 h basis)", "Monat (Basis 730 h)", "maand (basis 730 u)", "måned (basis 730 t)"});
      p.explain = say({"Month basis 730 h (8760 h / 12, a twelfth of a 365-day year) = {0} s.",
                       "Monatsbasis 730 h (8760 h / 12, ein Zwölftel eines Jahres mit 365 Tagen) = {0} s.",
                       "Maandbasis 730 u (8760 u / 12, een twaalfde van een jaar van 365 dagen) = {0} s.",
                       "Månedsbasis 730 t (8760 t / 12, en tolvtedel af et år på 365 dage) = {0} s."},
                      {number(730 * 3600)});
      break;
    case MonthBasis::meanGregorian:
      // 365.2425 d × 86 400 s / 12 = 2 629 746 s exactly.
      p.seconds = Duration(Rational(3652425LL * kDay) / Rational(10000 * 12));
      p.label = say({"month (mean Gregorian, {0}/12 days)", "Monat (gregorianisches Mittel, {0}/12 Tage)",
                     "maand (gregoriaans gemiddelde, {0}/12 dagen)", "måned (gregoriansk gennemsnit, {0}/12 dage)"},
                    {local_decimal("365.2425")});
      p.explain = say({"Month basis {0} / 12 days = {1} days (the mean Gregorian month) = {2} s.",
                       "Monatsbasis {0} / 12 Tage = {1} Tage (der mittlere gregorianische Monat) = {2} s.",
                       "Maandbasis {0} / 12 dagen = {1} dagen (de gemiddelde gregoriaanse maand) = {2} s.",
                       "Månedsbasis {0} / 12 dage = {1} dage (den gennemsnitlige gregorianske måned) = {2} s."},
                      {local_decimal("365.2425"), local_decimal("30.436875"), number(2629746)});
      break;
    case MonthBasis::hours750:
      p.seconds = Duration(Rational(750 * 3600));
      p.label = say({"month (750 h basis)", "Monat (Basis 750 h)", "maand (basis 750 u)", "måned (basis 750 t)"});
      // VLB §3.4, §9.2: every downtime the contract states equals (100 % − target) × 750 h.
      p.explain = say({"Month basis 750 h = {0} days = {1} s: the basis the Flying Circus contract implies "
                       "(every stated downtime there equals (100 % − target) × 750 h, VLB §3.4, §9.2).",
                       "Monatsbasis 750 h = {0} Tage = {1} s: die Basis, die der Vertrag von Flying Circus voraussetzt "
                       "(jede dort genannte Ausfallzeit ist (100 % − Ziel) × 750 h, VLB §3.4, §9.2).",
                       "Maandbasis 750 u = {0} dagen = {1} s: de basis die het contract van Flying Circus veronderstelt "
                       "(elke daar genoemde downtime is (100% − doel) × 750 u, VLB §3.4, §9.2).",
                       "Månedsbasis 750 t = {0} dage = {1} s: den basis, Flying Circus' kontrakt forudsætter "
                       "(hver nedetid, der nævnes der, er (100 % − mål) × 750 t, VLB §3.4, §9.2)."},
                      {local_decimal("31.25"), number(2700000)});
      break;
    case MonthBasis::customHours:
      p.seconds = Duration(s.month_hours * Rational(3600));
      p.label = say({"month ({0} h basis)", "Monat (Basis {0} h)", "maand (basis {0} u)", "måned (basis {0} t)"},
                    {number(s.month_hours)});
      p.explain = say({"Custom month basis of {0} h = {1} s.", "Eigene Monatsbasis von {0} h = {1} s.",
                       "Eigen maandbasis van {0} u = {1} s.", "Egen månedsbasis på {0} t = {1} s."},
                      {number(s.month_hours), number(p.seconds.seconds())});
      break;
  }
  return p;
}

ResolvedPeriod quarter_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "quarter";
  p.basis = quarter_basis_id(s.quarter_basis);
  if (s.quarter_basis == QuarterBasis::meanGregorian) {
    p.seconds = Duration(Rational(3652425LL * kDay) / Rational(10000 * 4));
    p.label = say({"quarter (mean Gregorian, {0}/4 days)", "Quartal (gregorianisches Mittel, {0}/4 Tage)",
                   "kwartaal (gregoriaans gemiddelde, {0}/4 dagen)", "kvartal (gregoriansk gennemsnit, {0}/4 dage)"},
                  {local_decimal("365.2425")});
    p.explain = say({"Quarter basis {0} / 4 days = {1} days = {2} s.", "Quartalsbasis {0} / 4 Tage = {1} Tage = {2} s.",
                     "Kwartaalbasis {0} / 4 dagen = {1} dagen = {2} s.", "Kvartalsbasis {0} / 4 dage = {1} dage = {2} s."},
                    {local_decimal("365.2425"), local_decimal("91.310625"), number(7889238)});
    return p;
  }
  using namespace date;
  unsigned first = (s.quarter - 1) * 3 + 1;
  year_month start{year{s.quarter_year}, month{first}};
  year_month_day from = start / 1;
  year_month_day to = (start + months{3}) / 1;
  int days = days_between(from, to);
  p.seconds = Duration(Rational(days * kDay));
  p.label = std::to_string(s.quarter_year) + "-Q" + std::to_string(s.quarter) + " (" + month_name(first) + "–" +
            month_name(first + 2) + ", " + days_text(days) + ")";
  p.explain = say({"Calendar quarter {0}: {1}.", "Kalenderquartal {0}: {1}.", "Kalenderkwartaal {0}: {1}.",
                   "Kalenderkvartal {0}: {1}."},
                  {p.label, days_in_seconds(days)});
  return p;
}

ResolvedPeriod year_period(const PeriodSpec& s) {
  ResolvedPeriod p;
  p.kind = "year";
  p.basis = year_basis_id(s.year_basis);
  switch (s.year_basis) {
    case YearBasis::calendar: {
      int days = date::year{s.year}.is_leap() ? 366 : 365;
      p.seconds = Duration(Rational(days * kDay));
      p.label = say({"{0} (calendar year, {1})", "{0} (Kalenderjahr, {1})", "{0} (kalenderjaar, {1})",
                     "{0} (kalenderår, {1})"},
                    {std::to_string(s.year), days_text(days)});
      p.explain = say({"Calendar year {0}: {1}.", "Kalenderjahr {0}: {1}.", "Kalenderjaar {0}: {1}.",
                       "Kalenderår {0}: {1}."},
                      {p.label, days_in_seconds(days)});
      break;
    }
    case YearBasis::days365:
      p.seconds = Duration(Rational(365 * kDay));
      p.label = say({"year (365 days)", "Jahr (365 Tage)", "jaar (365 dagen)", "år (365 dage)"});
      p.explain = say({"Year basis 365 days = {0} s.", "Jahresbasis 365 Tage = {0} s.", "Jaarbasis 365 dagen = {0} s.",
                       "Årsbasis 365 dage = {0} s."},
                      {number(365 * kDay)});
      break;
    case YearBasis::meanGregorian:
      p.seconds = Duration(Rational(3652425LL * kDay) / Rational(10000));
      p.label = say({"year (mean Gregorian, {0} days)", "Jahr (gregorianisches Mittel, {0} Tage)",
                     "jaar (gregoriaans gemiddelde, {0} dagen)", "år (gregoriansk gennemsnit, {0} dage)"},
                    {local_decimal("365.2425")});
      p.explain = say({"Year basis {0} days (the mean Gregorian year) = {1} s.",
                       "Jahresbasis {0} Tage (das mittlere gregorianische Jahr) = {1} s.",
                       "Jaarbasis {0} dagen (het gemiddelde gregoriaanse jaar) = {1} s.",
                       "Årsbasis {0} dage (det gennemsnitlige gregorianske år) = {1} s."},
                      {local_decimal("365.2425"), number(31556952)});
      break;
  }
  return p;
}

// A period of whole days; `label` lower-case (it follows "per"), the explain
// line starts with `title`.
ResolvedPeriod fixed(const char* kind, long long days, const Phrase& label, const Phrase& title) {
  ResolvedPeriod p;
  p.kind = kind;
  p.seconds = Duration(Rational(days * kDay));
  p.label = say(label);
  p.explain = say(title) + ": " + days_in_seconds(days) + ".";
  return p;
}

}  // namespace

int days_in_month(int y, unsigned m) {
  using namespace date;
  year_month ym{year{y}, month{m}};
  return static_cast<int>(static_cast<unsigned>((ym / last).day()));
}

ResolvedPeriod resolve_period(const PeriodSpec& s) {
  switch (s.kind) {
    case PeriodKind::day:
      return fixed("day", 1, {"day (24 h)", "Tag (24 h)", "dag (24 u)", "døgn (24 t)"},
                   {"Day (24 h)", "Tag (24 h)", "Dag (24 u)", "Døgn (24 t)"});
    case PeriodKind::week:
      return fixed("week", 7, {"week (7 days)", "Woche (7 Tage)", "week (7 dagen)", "uge (7 dage)"},
                   {"Week (7 days)", "Woche (7 Tage)", "Week (7 dagen)", "Uge (7 dage)"});
    case PeriodKind::month: return month_period(s);
    case PeriodKind::quarter: return quarter_period(s);
    case PeriodKind::year: return year_period(s);
    case PeriodKind::rolling28d:
      return fixed("rolling-28d", 28, {"rolling 28 days", "gleitende 28 Tage", "voortschrijdende 28 dagen", "rullende 28 dage"},
                   {"Rolling 28 days", "Gleitende 28 Tage", "Voortschrijdende 28 dagen", "Rullende 28 dage"});
    case PeriodKind::rolling30d:
      return fixed("rolling-30d", 30, {"rolling 30 days", "gleitende 30 Tage", "voortschrijdende 30 dagen", "rullende 30 dage"},
                   {"Rolling 30 days", "Gleitende 30 Tage", "Voortschrijdende 30 dagen", "Rullende 30 dage"});
    case PeriodKind::custom: {
      ResolvedPeriod p;
      p.kind = "custom";
      p.seconds = s.custom_seconds;
      p.label = say({"custom period", "eigener Zeitraum", "eigen periode", "egen periode"});
      p.explain = say({"Custom period of {0} s.", "Eigener Zeitraum von {0} s.", "Eigen periode van {0} s.",
                       "Egen periode på {0} s."},
                      {number(s.custom_seconds.seconds())});
      return p;
    }
  }
  return {};
}

const char* period_kind_id(PeriodKind k) { return id_of(kPeriodKindIds, k); }
const char* month_basis_id(MonthBasis b) { return id_of(kMonthBasisIds, b); }
const char* quarter_basis_id(QuarterBasis b) { return id_of(kQuarterBasisIds, b); }
const char* year_basis_id(YearBasis b) { return id_of(kYearBasisIds, b); }

}  // namespace slacalc
