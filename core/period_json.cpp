#include "period_json.hpp"

#include "iso_time.hpp"
#include "json_read.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

constexpr int kFirstYear = 1900, kLastYear = 2200;

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::optional<Error> check_year(int year, const std::string& path) {
  if (year < kFirstYear || year > kLastYear)
    return Error{"out_of_range",
                 say({"year must be between 1900 and 2200", "das Jahr muss zwischen 1900 und 2200 liegen",
                      "het jaar moet tussen 1900 en 2200 liggen", "året skal ligge mellem 1900 og 2200"}),
                 path};
  return std::nullopt;
}

// "YYYY-Qn"
std::optional<Error> read_quarter(const json& v, const std::string& path, PeriodSpec& spec) {
  auto text = read_string(v, path);
  if (!text.ok()) return text.error();
  const std::string& s = text.value();
  if (s.size() != 7 || s[4] != '-' || (s[5] != 'Q' && s[5] != 'q') || !digits(s.substr(0, 4)) ||
      !digits(s.substr(6, 1)))
    return Error{"invalid_date",
                 say({"\"{0}\" is not a quarter like 2026-Q2 (YYYY-Qn)", "\"{0}\" ist kein Quartal wie 2026-Q2 (YYYY-Qn)",
                      "\"{0}\" is geen kwartaal zoals 2026-Q2 (YYYY-Qn)", "\"{0}\" er ikke et kvartal som 2026-Q2 (YYYY-Qn)"},
                     {s}),
                 path};
  int quarter = s[6] - '0';
  if (quarter < 1 || quarter > 4)
    return Error{"invalid_date",
                 say({"\"{0}\": quarter must be Q1–Q4", "\"{0}\": das Quartal muss Q1–Q4 sein",
                      "\"{0}\": het kwartaal moet Q1–Q4 zijn", "\"{0}\": kvartalet skal være Q1–Q4"},
                     {s}),
                 path};
  spec.quarter_year = to_int(s.substr(0, 4));
  spec.quarter = static_cast<unsigned>(quarter);
  return check_year(spec.quarter_year, path);
}

// "YYYY" or the number YYYY
std::optional<Error> read_year(const json& v, const std::string& path, PeriodSpec& spec) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (s.size() != 4 || !digits(s))
      return Error{"invalid_date",
                   say({"\"{0}\" is not a year like 2026 (YYYY)", "\"{0}\" ist kein Jahr wie 2026 (YYYY)",
                        "\"{0}\" is geen jaar zoals 2026 (YYYY)", "\"{0}\" er ikke et år som 2026 (YYYY)"},
                       {s}),
                   path};
    spec.year = to_int(s);
    return check_year(spec.year, path);
  }
  auto n = read_integer(v, path, kFirstYear, kLastYear);
  if (!n.ok()) return n.error();
  spec.year = static_cast<int>(n.value());
  return std::nullopt;
}

// Longest period accepted anywhere: 100 mean Gregorian years (keeps every
// exact product far inside 128 bits).
std::optional<Error> check_length(const Duration& length, const std::string& path) {
  const Rational& seconds = length.seconds();
  if (seconds <= Rational(0))
    return Error{"out_of_range",
                 say({"must be longer than zero", "muss länger als null sein", "moet langer dan nul zijn",
                      "skal være længere end nul"}),
                 path};
  if (seconds > Rational(3652425LL * 864))  // 100 × 365.2425 d × 86 400 s
    return Error{"out_of_range",
                 say({"must be at most 100 years", "darf höchstens 100 Jahre lang sein", "mag hoogstens 100 jaar zijn",
                      "må højst være 100 år"}),
                 path};
  return std::nullopt;
}

}  // namespace

std::optional<Error> read_month(const json& v, const std::string& path, PeriodSpec& spec) {
  auto text = read_string(v, path);
  if (!text.ok()) return text.error();
  const std::string& s = text.value();
  if (s.size() != 7 || s[4] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2)))
    return Error{"invalid_date",
                 say({"\"{0}\" is not a month like 2026-02 (YYYY-MM)", "\"{0}\" ist kein Monat wie 2026-02 (YYYY-MM)",
                      "\"{0}\" is geen maand zoals 2026-02 (YYYY-MM)", "\"{0}\" er ikke en måned som 2026-02 (YYYY-MM)"},
                     {s}),
                 path};
  int month = to_int(s.substr(5, 2));
  if (month < 1 || month > 12)
    return Error{"invalid_date",
                 say({"\"{0}\": month must be 01–12", "\"{0}\": der Monat muss 01–12 sein",
                      "\"{0}\": de maand moet 01–12 zijn", "\"{0}\": måneden skal være 01–12"},
                     {s}),
                 path};
  spec.month_year = to_int(s.substr(0, 4));
  spec.month = static_cast<unsigned>(month);
  return check_year(spec.month_year, path);
}

std::optional<Error> read_zoned_month(const json& v, const std::string& path, PeriodSpec& spec) {
  if (auto e = read_month(v, path, spec)) return e;
  if (spec.month_year > 2199)
    return Error{"out_of_range",
                 say({"the month must lie in 1900–2199: a contract's periods are measured in its time zone, whose rules "
                      "reach 2200",
                      "der Monat muss in 1900–2199 liegen: die Zeiträume eines Vertrags werden in seiner Zeitzone "
                      "gemessen, deren Regeln bis 2200 reichen",
                      "de maand moet in 1900–2199 liggen: de perioden van een contract worden gemeten in zijn tijdzone, "
                      "waarvan de regels tot 2200 reiken",
                      "måneden skal ligge i 1900–2199: en kontrakts perioder måles i dens tidszone, hvis regler rækker "
                      "til 2200"}),
                 path};
  return std::nullopt;
}

Result<PeriodSpec> read_period_settings(const json& r) {
  PeriodSpec spec;
  if (auto v = find_field(r, "month"))
    if (auto e = read_month(*v, "/month", spec)) return *e;
  if (auto v = find_field(r, "quarter"))
    if (auto e = read_quarter(*v, "/quarter", spec)) return *e;
  if (auto v = find_field(r, "year"))
    if (auto e = read_year(*v, "/year", spec)) return *e;
  if (auto v = find_field(r, "monthBasis")) {
    if (auto e = read_id(*v, "/monthBasis", kMonthBasisIds, spec.month_basis)) return *e;
  }
  if (auto v = find_field(r, "monthHours")) {
    auto h = read_decimal(*v, "/monthHours");
    if (!h.ok()) return h.error();
    if (auto e = check_length(Duration(h.value() * Rational(3600)), "/monthHours")) return *e;
    spec.month_hours = h.value();
  }
  if (auto v = find_field(r, "quarterBasis")) {
    if (auto e = read_id(*v, "/quarterBasis", kQuarterBasisIds, spec.quarter_basis)) return *e;
  }
  if (auto v = find_field(r, "yearBasis")) {
    if (auto e = read_id(*v, "/yearBasis", kYearBasisIds, spec.year_basis)) return *e;
  }
  if (auto v = find_field(r, "duration")) {
    auto d = read_duration(*v, "/duration");
    if (!d.ok()) return d.error();
    if (auto e = check_length(d.value(), "/duration")) return *e;
    spec.custom_seconds = d.value();
  }
  return spec;
}

std::optional<Error> complete_period(PeriodSpec& spec, PeriodKind kind) {
  spec.kind = kind;
  auto needs = [&](std::string_view field, std::string_view what) {
    return Error{"missing_field",
                 say({"period \"{0}\" needs \"{1}\": {2}", "der Zeitraum \"{0}\" braucht \"{1}\": {2}",
                      "de periode \"{0}\" heeft \"{1}\" nodig: {2}", "perioden \"{0}\" kræver \"{1}\": {2}"},
                     {period_kind_id(kind), field, what}),
                 "/" + std::string(field)};
  };
  switch (kind) {
    case PeriodKind::month:
      if (spec.month_basis == MonthBasis::calendar && spec.month == 0)
        return needs("month", say({"the calendar month as YYYY-MM (or choose another monthBasis)",
                                   "der Kalendermonat als YYYY-MM (oder wählen Sie eine andere monthBasis)",
                                   "de kalendermaand als YYYY-MM (of kies een andere monthBasis)",
                                   "kalendermåneden som YYYY-MM (eller vælg en anden monthBasis)"}));
      if (spec.month_basis == MonthBasis::customHours && spec.month_hours == Rational(0))
        return needs("monthHours", say({"the hours of the custom month basis", "die Stunden der eigenen Monatslänge",
                                        "de uren van de eigen maandlengte", "timerne i den brugerdefinerede månedslængde"}));
      break;
    case PeriodKind::quarter:
      if (spec.quarter_basis == QuarterBasis::calendar && spec.quarter == 0)
        return needs("quarter", say({"the calendar quarter as YYYY-Qn (or choose another quarterBasis)",
                                     "das Kalenderquartal als YYYY-Qn (oder wählen Sie eine andere quarterBasis)",
                                     "het kalenderkwartaal als YYYY-Qn (of kies een andere quarterBasis)",
                                     "kalenderkvartalet som YYYY-Qn (eller vælg en anden quarterBasis)"}));
      break;
    case PeriodKind::year:
      if (spec.year_basis == YearBasis::calendar && spec.year == 0)
        return needs("year", say({"the calendar year as YYYY (or choose another yearBasis)",
                                  "das Kalenderjahr als YYYY (oder wählen Sie eine andere yearBasis)",
                                  "het kalenderjaar als YYYY (of kies een andere yearBasis)",
                                  "kalenderåret som YYYY (eller vælg en anden yearBasis)"}));
      break;
    case PeriodKind::custom:
      if (spec.custom_seconds == Duration())
        return needs("duration", say({"the length of the custom period, e.g. \"750h\"",
                                      "die Länge des eigenen Zeitraums, z. B. \"750h\"",
                                      "de lengte van de eigen periode, bijv. \"750h\"",
                                      "længden af den brugerdefinerede periode, f.eks. \"750h\""}));
      break;
    default: break;
  }
  return std::nullopt;
}

Result<date::local_days> read_day(const json& v, const std::string& path, std::string_view example) {
  auto text = read_string(v, path);
  if (!text.ok()) return text.error();
  auto day = parse_iso_date(text.value());
  if (!day)
    return Error{"invalid_format",
                 say({"\"{0}\" is not a date like {1}", "\"{0}\" ist kein Datum wie {1}",
                      "\"{0}\" is geen datum zoals {1}", "\"{0}\" er ikke en dato som {1}"},
                     {text.value(), example}),
                 path};
  return *day;
}

}  // namespace slacalc
