#include "factor_increase.hpp"

#include <algorithm>

#include "lang.hpp"
#include "local_text.hpp"
#include "pricing.hpp"

namespace slacalc {

// §3.7.1: option A — "Der durch eine Erhöhung zusätzliche Komponentenfaktor
// (Differenz) wird hierbei gesondert ausgewiesen, mit einem Aufschlag in Höhe
// von 30 % berechnet und unterliegt keiner Erneuerung der
// Mindestvertragslaufzeit"; option B — "den gesamten Komponentenfaktor als
// Mindestabnahmemenge ohne Aufschlag mit einer Erneuerung der
// Mindestvertragslaufzeit". Over H months, the larger factor needed k months:
//   A = H × old + k × Δ × (1 + s),   B = max(k, M) × new + (H − max(k, M)) × old,
// so A − B = Δ × ((1 + s) k − max(k, M)): A is cheaper iff k < M / (1 + s).
FactorIncreaseAnswer compare_factor_increase(const FactorIncreaseQuery& q, Explain& explain) {
  FactorIncreaseAnswer a;
  const Rational price(q.per_factor_unit);
  const Rational uplift = Rational(1) + q.surcharge_percent.share();
  a.delta = q.new_factor - q.old_factor;
  a.old_monthly = q.old_factor * price;
  a.new_monthly = q.new_factor * price;
  a.extra_monthly = a.delta * price * uplift;
  a.total_a = Rational(q.horizon_months) * a.old_monthly + Rational(q.needed_months) * a.extra_monthly;
  a.months_at_new = std::max(q.needed_months, q.minimum_months);
  a.total_b = Rational(a.months_at_new) * a.new_monthly + Rational(q.horizon_months - a.months_at_new) * a.old_monthly;
  a.break_even = Rational(q.minimum_months) / uplift;
  a.cheaper = a.total_a < a.total_b   ? FactorIncreaseAnswer::Cheaper::a
              : a.total_b < a.total_a ? FactorIncreaseAnswer::Cheaper::b
                                      : FactorIncreaseAnswer::Cheaper::equal;
  const std::string s = percent_text(q.surcharge_percent);
  const std::string uplift_text = local_num(Rational(1) + q.surcharge_percent.share());
  a.saving = a.total_a < a.total_b ? a.total_b - a.total_a : a.total_a - a.total_b;
  const Rational& saving = a.saving;

  // k* in words: the whole months on either side.
  Rational k_star = a.break_even;
  long long last_a = static_cast<long long>(k_star.is_integer() ? k_star.floor() - 1 : k_star.floor());
  long long first_b = static_cast<long long>(k_star.floor()) + 1;
  // One sentence per case: whether A is cheaper for any whole month (up to 1 or more), and whether k* is whole.
  std::string value = local_num(k_star);
  if (!k_star.is_integer())
    value += " ≈ " + local_decimal(Rational::fraction((k_star * Rational(100)).round_half_up(), 100).to_decimal(2));
  std::string words = say({"Break-even: k* = M / {0} = {1} / {0} = {2} months.", "Break-even-Punkt: k* = M / {0} = {1} / {0} = {2} Monate.",
                           "Omslagpunt: k* = M / {0} = {1} / {0} = {2} maanden.", "Nulpunkt: k* = M / {0} = {1} / {0} = {2} måneder."},
                          {uplift_text, local_num(q.minimum_months), value});
  const std::string up_to = local_num(last_a), from = local_num(first_b), exactly = local_num(k_star);
  if (k_star.is_integer() && last_a >= 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} months); "
                 "for exactly {2} months both cost the same; from {3} months on option B is cheaper. The horizon does "
                 "not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monate); bei genau {2} Monaten kosten beide gleich viel; ab {3} Monaten ist Option B günstiger. Der "
                 "Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maanden); bij precies {2} maanden kosten beide evenveel; vanaf {3} maanden is optie B goedkoper. De "
                 "horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måneder); ved præcis {2} måneder koster begge det samme; fra {3} måneder er mulighed B billigere. "
                 "Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else if (k_star.is_integer())
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months; for exactly {2} months "
                 "both cost the same; from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird; bei genau {2} "
                 "Monaten kosten beide gleich viel; ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran "
                 "nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is; bij precies {2} maanden "
                 "kosten beide evenveel; vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder; ved præcis {2} "
                 "måneder koster begge det samme; fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke "
                 "dette."},
                {words, up_to, exactly, from});
  else if (last_a == 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} month); "
                 "from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monat); ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maand); vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måned); fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else if (last_a > 1)
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months (here up to {1} months); "
                 "from {3} months on option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird (hier bis zu {1} "
                 "Monate); ab {3} Monaten ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is (hier tot en met {1} "
                 "maanden); vanaf {3} maanden is optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder (her op til {1} "
                 "måneder); fra {3} måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});
  else
    words = say({"{0} Option A is cheaper if the larger factor is needed for fewer than k* months; from {3} months on "
                 "option B is cheaper. The horizon does not change this.",
                 "{0} Option A ist günstiger, wenn der größere Faktor weniger als k* Monate gebraucht wird; ab {3} Monaten "
                 "ist Option B günstiger. Der Zeithorizont ändert daran nichts.",
                 "{0} Optie A is goedkoper als de grotere factor minder dan k* maanden nodig is; vanaf {3} maanden is "
                 "optie B goedkoper. De horizon verandert dit niet.",
                 "{0} Mulighed A er billigere, hvis den større faktor er nødvendig i færre end k* måneder; fra {3} "
                 "måneder er mulighed B billigere. Horisonten ændrer ikke dette."},
                {words, up_to, exactly, from});

  const std::string old_factor = local_num(q.old_factor), new_factor = local_num(q.new_factor), delta = local_num(a.delta),
                    need = local_num(q.needed_months), months = local_num(q.horizon_months);
  explain.push_back(
      {"increase",
       q.horizon_given
           ? say({"§3.7.1: the factor rises from {0} to {1} (Δ {2}) for {3} of {4} months, then returns.",
                  "§3.7.1: Der Faktor steigt von {0} auf {1} (Δ {2}) für {3} von {4} Monaten und geht danach zurück.",
                  "§3.7.1: de factor stijgt van {0} naar {1} (Δ {2}) gedurende {3} van {4} maanden en gaat daarna terug.",
                  "§3.7.1: faktoren stiger fra {0} til {1} (Δ {2}) i {3} af {4} måneder og vender derefter tilbage."},
                 {old_factor, new_factor, delta, need, months})
           : say({"§3.7.1: the factor rises from {0} to {1} (Δ {2}) for {3} of {4} months, then returns (horizon: the "
                  "longer of need and renewed term).",
                  "§3.7.1: Der Faktor steigt von {0} auf {1} (Δ {2}) für {3} von {4} Monaten und geht danach zurück "
                  "(Zeithorizont: das Längere von Bedarf und erneuerter Laufzeit).",
                  "§3.7.1: de factor stijgt van {0} naar {1} (Δ {2}) gedurende {3} van {4} maanden en gaat daarna terug "
                  "(horizon: de langste van behoefte en vernieuwde looptijd).",
                  "§3.7.1: faktoren stiger fra {0} til {1} (Δ {2}) i {3} af {4} måneder og vender derefter tilbage "
                  "(horisont: det længste af behov og fornyet løbetid)."},
                 {old_factor, new_factor, delta, need, months})});
  explain.push_back(
      {"option-a",
       say({"Option A — the extra factor billed separately with the {0} surcharge, minimum term unchanged (§3.7.1): {1} × "
            "{2} + {3} × {4} × {5} × {6} = {7}.",
            "Option A — der zusätzliche Faktor gesondert mit dem Aufschlag von {0} berechnet, Mindestlaufzeit "
            "unverändert (§3.7.1): {1} × {2} + {3} × {4} × {5} × {6} = {7}.",
            "Optie A — de extra factor apart gefactureerd met de toeslag van {0}, minimale looptijd ongewijzigd "
            "(§3.7.1): {1} × {2} + {3} × {4} × {5} × {6} = {7}.",
            "Mulighed A — den ekstra faktor faktureret separat med tillægget på {0}, minimumsløbetid uændret (§3.7.1): "
            "{1} × {2} + {3} × {4} × {5} × {6} = {7}."},
           {s, months, amount_text(a.old_monthly, q.currency), need, delta, money_text(q.per_factor_unit, q.currency), uplift_text,
            amount_text(a.total_a, q.currency)})});
  const std::string b_args[] = {local_num(q.minimum_months), local_num(a.months_at_new), amount_text(a.new_monthly, q.currency),
                                local_num(q.horizon_months - a.months_at_new), amount_text(a.old_monthly, q.currency),
                                amount_text(a.total_b, q.currency)};
  explain.push_back(
      {"option-b",
       q.minimum_from_term
           ? say({"Option B — the whole new factor committed as the minimum without surcharge, minimum term renewed to "
                  "{0} months, the tier's term (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Option B — der gesamte neue Faktor als Mindestabnahme ohne Aufschlag zugesagt, Mindestlaufzeit auf {0} "
                  "Monate erneuert, die Laufzeit der Stufe (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Optie B — de volledige nieuwe factor toegezegd als minimum zonder toeslag, minimale looptijd "
                  "vernieuwd tot {0} maanden, de looptijd van het niveau (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Mulighed B — hele den nye faktor forpligtet som minimum uden tillæg, minimumsløbetid fornyet til {0} "
                  "måneder, niveauets løbetid (§3.7.1): {1} × {2} + {3} × {4} = {5}."},
                 {b_args[0], b_args[1], b_args[2], b_args[3], b_args[4], b_args[5]})
           : say({"Option B — the whole new factor committed as the minimum without surcharge, minimum term renewed to "
                  "{0} months (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Option B — der gesamte neue Faktor als Mindestabnahme ohne Aufschlag zugesagt, Mindestlaufzeit auf {0} "
                  "Monate erneuert (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Optie B — de volledige nieuwe factor toegezegd als minimum zonder toeslag, minimale looptijd "
                  "vernieuwd tot {0} maanden (§3.7.1): {1} × {2} + {3} × {4} = {5}.",
                  "Mulighed B — hele den nye faktor forpligtet som minimum uden tillæg, minimumsløbetid fornyet til {0} "
                  "måneder (§3.7.1): {1} × {2} + {3} × {4} = {5}."},
                 {b_args[0], b_args[1], b_args[2], b_args[3], b_args[4], b_args[5]})});
  const std::string by = amount_text(saving, q.currency);
  explain.push_back(
      {"cheaper", a.cheaper == FactorIncreaseAnswer::Cheaper::equal
                      ? say({"Both options cost the same.", "Beide Optionen kosten gleich viel.",
                             "Beide opties kosten evenveel.", "Begge muligheder koster det samme."})
                  : a.cheaper == FactorIncreaseAnswer::Cheaper::a
                      ? say({"Option A is cheaper by {0}.", "Option A ist um {0} günstiger.", "Optie A is {0} goedkoper.",
                             "Mulighed A er {0} billigere."},
                            {by})
                      : say({"Option B is cheaper by {0}.", "Option B ist um {0} günstiger.", "Optie B is {0} goedkoper.",
                             "Mulighed B er {0} billigere."},
                            {by})});
  explain.push_back({"break-even", words});
  a.break_even_text = words;
  return a;
}

}  // namespace slacalc
