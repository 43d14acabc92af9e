#include "credit.hpp"

#include <algorithm>

#include "credit_rule.hpp"
#include "human_duration.hpp"
#include "lang.hpp"
#include "iso_time.hpp"
#include "profile_text.hpp"
#include "span.hpp"

namespace slacalc {
namespace {

// The redemption dates with their working (Arena, Gutschriften).
void explain_redemption(const CreditQuery& q, const Redemption& rule, CreditAnswer& a) {
  a.redemption = redemption_dates(rule, q.period.to - date::days{1}, q.service_year_start, q.redemption_year);
  if (!a.redemption) return;
  const RedemptionDates& d = *a.redemption;
  std::string clause = rule.cite.clause.empty() ? q.tier->credit.cite.clause : rule.cite.clause;
  a.explain.push_back({"available", say({"Made available at the end of the calendar year in which {0} ends: {1}.",
                                         "Bereitgestellt am Ende des Kalenderjahres, in dem {0} endet: {1}.",
                                         "Beschikbaar gesteld aan het einde van het kalenderjaar waarin {0} eindigt: {1}.",
                                         "Stilles til rådighed ved udgangen af det kalenderår, hvor {0} slutter: {1}."},
                                        {q.period.label, day_text(d.available) + (clause.empty() ? "" : ", " + clause)})});
  if (rule.redeem_in != Redemption::RedeemIn::next_service_year) return;
  if (!d.year_first) {
    a.explain.push_back({"service-year", say({"Give the day the service year starts (the contract's anniversary) to see "
                                              "the renewal it is offset at and the day it lapses.",
                                              "Geben Sie den Tag an, an dem das Servicejahr beginnt (den Jahrestag des "
                                              "Vertrags), um die Verlängerung zu sehen, mit der sie verrechnet wird, und "
                                              "den Tag, an dem sie verfällt.",
                                              "Geef de dag waarop het servicejaar begint (de verjaardag van het contract) "
                                              "om de verlenging te zien waarmee het wordt verrekend en de dag waarop het "
                                              "vervalt.",
                                              "Angiv den dag, serviceåret begynder (kontraktens årsdag), for at se den "
                                              "fornyelse, den modregnes i, og den dag, den bortfalder."})});
    return;
  }
  // Arena, Gutschriften: "the next service year" — which one is an option (redemptionYear).
  a.explain.push_back(
      {"service-year",
       q.redemption_year == RedemptionYear::after_available
           ? say({"\"The next service year\" read as the one after the credit is made available: {0} to {1}.",
                  "„Das nächste Servicejahr“ gelesen als das nach der Bereitstellung der Gutschrift: {0} bis {1}.",
                  "„Het volgende servicejaar” gelezen als het jaar na het beschikbaar stellen van de creditering: {0} tot en met {1}.",
                  "„Det næste serviceår“ læst som det, der følger efter, at krediteringen stilles til rådighed: {0} til {1}."},
                 {date_text(*d.year_first), date_text(*d.year_last)})
           : say({"\"The next service year\" read as the one after the service year the quarter ends in: {0} to {1}.",
                  "„Das nächste Servicejahr“ gelesen als das nach dem Servicejahr, in dem das Quartal endet: {0} bis {1}.",
                  "„Het volgende servicejaar” gelezen als het jaar na het servicejaar waarin het kwartaal eindigt: {0} tot en met {1}.",
                  "„Det næste serviceår“ læst som det, der følger efter det serviceår, kvartalet slutter i: {0} til {1}."},
                 {date_text(*d.year_first), date_text(*d.year_last)})});
  if (d.offset_at)
    a.explain.push_back({"offset", say({"Offset against the annual fee of the renewal on {0}; it lapses if not redeemed by {1}.",
                                        "Verrechnet mit der Jahresgebühr der Verlängerung am {0}; sie verfällt, wenn sie "
                                        "nicht bis {1} eingelöst wird.",
                                        "Verrekend met de jaarvergoeding van de verlenging op {0}; het vervalt als het niet "
                                        "uiterlijk {1} is ingewisseld.",
                                        "Modregnes i årsgebyret ved fornyelsen den {0}; den bortfalder, hvis den ikke er "
                                        "indløst senest {1}."},
                                       {day_text(*d.offset_at), day_text(*d.year_last)})});
  else
    a.explain.push_back({"lapses-unused", say({"That service year starts on {0}, before the credit is made available: "
                                               "under this reading it lapses on {1} without a renewal to offset it at.",
                                               "Dieses Servicejahr beginnt am {0}, bevor die Gutschrift bereitsteht: nach "
                                               "dieser Lesart verfällt sie am {1} ohne eine Verlängerung, mit der sie "
                                               "verrechnet würde.",
                                               "Dat servicejaar begint op {0}, voordat de creditering beschikbaar is: volgens "
                                               "deze lezing vervalt het op {1} zonder verlenging om het mee te verrekenen.",
                                               "Det serviceår begynder den {0}, før krediteringen stilles til rådighed: efter "
                                               "denne læsning bortfalder den den {1} uden en fornyelse at modregne i."},
                                              {date_text(*d.year_first), day_text(*d.year_last)})});
}

// Whether the claim deadline has passed on `as_of` (the reader's today): a
// claim made after it is out of time under the rule's claim clause.
void explain_claim_as_of(date::local_days as_of, CreditAnswer& a) {
  a.claim_deadline_passed = as_of > *a.claim_deadline;
  std::string args[] = {date_text(as_of), day_text(*a.claim_deadline)};
  a.explain.push_back(
      {"claim-as-of", *a.claim_deadline_passed
                          ? say({"As of {0} the claim deadline has passed: the last day to claim was {1}.",
                                 "Stand {0} ist die Antragsfrist abgelaufen: der letzte Tag für den Antrag war {1}.",
                                 "Per {0} is de termijn voor de aanvraag verstreken: de laatste dag was {1}.",
                                 "Pr. {0} er fristen for kravet udløbet: sidste dag for kravet var {1}."},
                                {args[0], args[1]})
                          : say({"As of {0} a claim is still in time: the last day to claim is {1}.",
                                 "Stand {0} ist ein Antrag noch fristgerecht: der letzte Tag für den Antrag ist {1}.",
                                 "Per {0} is een aanvraag nog op tijd: de laatste dag is {1}.",
                                 "Pr. {0} er et krav stadig rettidigt: sidste dag for kravet er {1}."},
                                {args[0], args[1]})});
}

}  // namespace

CreditAnswer compute_credit(const CreditQuery& q) {
  CreditAnswer a;
  a.amount.currency = q.fee.currency;
  const Credit& rule = q.tier->credit;
  if (rule.kind == Credit::Kind::none) {
    a.explain.push_back({"no-remedy", say({"No financial remedy in this contract: {0}", "Kein finanzieller Ausgleich in "
                                           "diesem Vertrag: {0}", "Geen financiële compensatie in dit contract: {0}",
                                           "Ingen økonomisk kompensation i denne kontrakt: {0}"},
                                          {rule.reason + (rule.cite.clause.empty() ? "" : " (" + rule.cite.clause + ")")})});
    return a;
  }
  a.explain.push_back({"rule", credit_text(rule) + (rule.cite.clause.empty() ? "" : " — " + rule.cite.clause) + "."});
  a.achieved = q.achieved;
  // Each commitment measured over the period: the one granting most decides.
  for (const auto& m : a.achieved) {
    Percent share = credit_percent(rule, m.commitment->target_percent, m.percent);
    bool missed = m.percent < m.commitment->target_percent;
    std::string scope = m.commitment->scope.empty()
                            ? say({"Availability", "Verfügbarkeit", "Beschikbaarheid", "Tilgængelighed"})
                            : m.commitment->scope_name();
    std::string args[] = {scope, percent_text(m.percent), percent_text(m.commitment->target_percent), q.period.label};
    a.explain.push_back({"achieved", missed ? say({"{0} {1} against {2}: missed ({3}).", "{0} {1} gegenüber {2}: verfehlt ({3}).",
                                                   "{0} {1} tegenover {2}: niet gehaald ({3}).", "{0} {1} mod {2}: ikke nået ({3})."},
                                                  {args[0], args[1], args[2], args[3]})
                                            : say({"{0} {1} against {2}: met ({3}).", "{0} {1} gegenüber {2}: erreicht ({3}).",
                                                   "{0} {1} tegenover {2}: gehaald ({3}).", "{0} {1} mod {2}: nået ({3})."},
                                                  {args[0], args[1], args[2], args[3]})});
    if (m.measured) {
      const PeriodMeasure& pm = *m.measured;
      a.explain.push_back(
          {"budget", say({"{0}: {1} of downtime against a budget of {2} ({3}).",
                          "{0}: {1} Ausfallzeit bei einem Budget von {2} ({3}).",
                          "{0}: {1} downtime tegenover een budget van {2} ({3}).",
                          "{0}: {1} nedetid mod et budget på {2} ({3})."},
                         {scope, human_duration(Duration(pm.downtime)),
                          human_duration(pm.figures.budget_seconds),
                          reading_text(*q.profile, read_commitment(*q.profile, *m.commitment, q.reading), pm.span)})});
    }
    if (!a.deciding || a.percent_of_fee < share) {
      a.deciding = m.commitment;
      a.deciding_achieved = m.percent;
      a.percent_of_fee = share;
    }
  }
  if (a.percent_of_fee == Percent()) {
    bool missed = std::any_of(a.achieved.begin(), a.achieved.end(),
                              [](const Achieved& m) { return m.percent < m.commitment->target_percent; });
    a.explain.push_back(
        {"not-eligible", missed ? say({"No credit: a target was missed, but no step of the schedule applies.",
                                       "Keine Gutschrift: ein Ziel wurde verfehlt, aber keine Stufe der Staffel greift.",
                                       "Geen creditering: een doel is niet gehaald, maar geen trede van de staffel is van "
                                       "toepassing.",
                                       "Ingen kreditering: et mål blev ikke nået, men intet trin i skalaen gælder."})
                                : say({"No credit: every target was met.", "Keine Gutschrift: jedes Ziel wurde erreicht.",
                                       "Geen creditering: elk doel is gehaald.", "Ingen kreditering: hvert mål er nået."})});
    return a;
  }
  // Money: fee × percent / 100, half up to the minor unit.
  Rational exact = Rational(q.fee.minor) * a.percent_of_fee.share();
  a.amount.minor = static_cast<std::int64_t>(exact.round_half_up());
  std::string amount_args[] = {percent_text(a.percent_of_fee), money_text(q.fee), money_text(a.amount)};
  a.explain.push_back(
      {"amount", exact.is_integer()
                     ? say({"{0} of {1} = {2}.", "{0} von {1} = {2}.", "{0} van {1} = {2}.", "{0} af {1} = {2}."},
                           {amount_args[0], amount_args[1], amount_args[2]})
                     : say({"{0} of {1} = {2} (rounded half up to the minor unit).",
                            "{0} von {1} = {2} (kaufmännisch auf die kleinste Einheit gerundet).",
                            "{0} van {1} = {2} (half naar boven afgerond op de kleinste eenheid).",
                            "{0} af {1} = {2} (afrundet, halve op, til mindste enhed)."},
                           {amount_args[0], amount_args[1], amount_args[2]})});
  // The rule's minimum is in the profile's currency, as the fee is.
  const Money zero{0, q.fee.currency};
  if (rule.minimum_amount && a.amount < Money{*rule.minimum_amount, q.fee.currency}) {
    a.explain.push_back({"minimum", say({"Below the minimum amount of {0}: no credit is issued.",
                                         "Unter dem Mindestbetrag von {0}: es wird keine Gutschrift erteilt.",
                                         "Onder het minimumbedrag van {0}: er wordt geen creditering verleend.",
                                         "Under minimumsbeløbet på {0}: der udstedes ingen kreditering."},
                                        {money_text(*rule.minimum_amount, q.fee.currency)})});
    a.amount = zero;
    return a;
  }
  a.eligible = a.amount > zero;
  if (!a.eligible && q.fee > zero)
    a.explain.push_back({"rounds-to-zero", say({"No credit: the target was missed, but the credit rounds to {0}.",
                                                "Keine Gutschrift: das Ziel wurde verfehlt, aber die Gutschrift rundet auf {0}.",
                                                "Geen creditering: het doel is niet gehaald, maar de creditering wordt "
                                                "afgerond op {0}.",
                                                "Ingen kreditering: målet blev ikke nået, men krediteringen afrundes til {0}."},
                                               {money_text(zero)})});
  if (rule.claim && rule.claim->after == Claim::After::period_end) {
    a.claim_deadline = add_span(q.period.to - date::days{1}, rule.claim->within);
    a.explain.push_back({"claim", say({"{0}: by {1}.", "{0}: bis {1}.", "{0}: uiterlijk {1}.", "{0}: senest {1}."},
                                      {claim_text(rule), day_text(*a.claim_deadline) + (rule.claim->cite.clause.empty()
                                                                                            ? ""
                                                                                            : ", " + rule.claim->cite.clause)})});
    if (q.as_of) explain_claim_as_of(*q.as_of, a);
  } else if (rule.claim) {
    a.explain.push_back({"claim", claim_text(rule) + "."});
  }
  std::string redemption = redemption_text(rule);
  if (!redemption.empty()) a.explain.push_back({"redemption", redemption + "."});
  if (rule.redemption) explain_redemption(q, *rule.redemption, a);
  return a;
}

}  // namespace slacalc
