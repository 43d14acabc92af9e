#include "budget.hpp"

#include "human_duration.hpp"
#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

std::string dec(const Rational& r) { return local_decimal(r.to_decimal(kMaxDecimalPlaces)); }
std::string dec(const Duration& d) { return dec(d.seconds()); }

Duration apply_rounding(const Duration& length, Rounding rounding) {
  const Rational& seconds = length.seconds();
  switch (rounding) {
    case Rounding::exact: return length;
    case Rounding::roundSecond: return Duration(Rational(static_cast<long long>(seconds.round_half_up())));
    case Rounding::truncateSecond: return Duration(Rational(static_cast<long long>(seconds.floor())));
  }
  return length;
}

std::string rounding_text(Rounding rounding) {
  switch (rounding) {
    case Rounding::exact:
      return say({"Exact: no rounding; fractions of a second are kept.",
                  "Exakt: nicht gerundet; Sekundenbruchteile bleiben erhalten.",
                  "Exact: niet afgerond; fracties van een seconde blijven behouden.",
                  "Eksakt: ingen afrunding; brøkdele af et sekund bevares."});
    case Rounding::roundSecond:
      return say({"Rounded to the nearest whole second (halves round up).",
                  "Auf die nächste ganze Sekunde gerundet (halbe aufwärts).",
                  "Afgerond op de dichtstbijzijnde hele seconde (halve naar boven).",
                  "Afrundet til nærmeste hele sekund (halve rundes op)."});
    case Rounding::truncateSecond:
      return say({"Truncated to whole seconds: the budget is never larger than the exact value.",
                  "Auf ganze Sekunden abgeschnitten: das Budget ist nie größer als der exakte Wert.",
                  "Afgekapt op hele seconden: het budget is nooit groter dan de exacte waarde.",
                  "Afkortet til hele sekunder: budgettet er aldrig større end den eksakte værdi."});
  }
  return "";
}

}  // namespace

const char* rounding_id(Rounding rounding) { return id_of(kRoundingIds, rounding); }

Result<BudgetAnswer> compute_budget(const BudgetQuery& q) {
  BudgetAnswer a;
  a.direction = q.direction;
  a.period = resolve_period(q.period);
  a.rounding = q.rounding;
  a.availability_decimals = q.availability_decimals;
  const Duration& length = a.period.seconds;
  a.explain.push_back({"period", a.period.explain});

  if (q.direction == BudgetQuery::Direction::targetToDowntime) {
    a.availability_percent = q.target_percent;
    Percent unavailable = Percent::hundred() - q.target_percent;
    a.exact_downtime = unavailable * length;
    a.downtime = apply_rounding(a.exact_downtime, q.rounding);
    a.explain.push_back(
        {"formula", say({"Allowed downtime = ({0} − {1}) × {2} s = {3} × {2} s = {4} s ({5}).",
                         "Zulässige Ausfallzeit = ({0} − {1}) × {2} s = {3} × {2} s = {4} s ({5}).",
                         "Toegestane downtime = ({0} − {1}) × {2} s = {3} × {2} s = {4} s ({5}).",
                         "Tilladt nedetid = ({0} − {1}) × {2} s = {3} × {2} s = {4} s ({5})."},
                        {percent_text(Percent::hundred()), percent_text(q.target_percent), dec(length),
                         percent_text(unavailable), dec(a.exact_downtime), human_duration(a.exact_downtime)})});
    a.explain.push_back({"rounding", rounding_text(q.rounding)});
    return a;
  }

  if (q.downtime_seconds > length) {
    return Error{"out_of_range",
                 say({"downtime {0} is longer than the period ({1})", "die Ausfallzeit {0} ist länger als der Zeitraum ({1})",
                      "de uitvaltijd {0} is langer dan de periode ({1})", "nedetiden {0} er længere end perioden ({1})"},
                     {human_duration(q.downtime_seconds), human_duration(length)}),
                 "/downtime"};
  }
  a.exact_downtime = q.downtime_seconds;
  a.downtime = q.downtime_seconds;
  a.availability_percent = Percent::of_share((length - q.downtime_seconds) / length);
  bool exact = false;
  std::string shown = a.availability_percent.value().to_decimal(q.availability_decimals, &exact);
  std::string hundred = percent_text(Percent::hundred());
  std::string percent_sign = hundred.substr(3);  // " %", "\u00a0%" or "%" as the language writes it
  a.explain.push_back({"formula", say({"Availability = ({0} s − {1} s) / {0} s × {2} = {3}.",
                                      "Verfügbarkeit = ({0} s − {1} s) / {0} s × {2} = {3}.",
                                      "Beschikbaarheid = ({0} s − {1} s) / {0} s × {2} = {3}.",
                                      "Tilgængelighed = ({0} s − {1} s) / {0} s × {2} = {3}."},
                                     {dec(length), dec(q.downtime_seconds), hundred,
                                      local_decimal(shown) + (exact ? "" : "…") + percent_sign})});
  if (!exact) {
    a.explain.push_back({"availability-digits",
                         say({"Shown with {0} decimals, truncated (never rounded up past a threshold).",
                              "Mit {0} Nachkommastellen gezeigt, abgeschnitten (nie über eine Schwelle aufgerundet).",
                              "Getoond met {0} decimalen, afgekapt (nooit over een drempel naar boven afgerond).",
                              "Vist med {0} decimaler, afkortet (aldrig rundet op over en tærskel)."},
                             {std::to_string(q.availability_decimals)})});
  }
  return a;
}

}  // namespace slacalc
