#include "profile_text.hpp"

#include <algorithm>
#include <cctype>

#include "human_duration.hpp"
#include "lang.hpp"
#include "span.hpp"
#include "weekly_window.hpp"

namespace slacalc {
namespace {

// The period a credit rule or commitment is measured over, as a noun:
// "per month", "after the quarter ends".
const Phrase& period_noun(PeriodKind k) {
  static constexpr Phrase kMonth{"month", "Monat", "maand", "måned"};
  static constexpr Phrase kQuarter{"quarter", "Quartal", "kwartaal", "kvartal"};
  static constexpr Phrase kYear{"year", "Jahr", "jaar", "år"};
  switch (k) {
    case PeriodKind::quarter: return kQuarter;
    case PeriodKind::year: return kYear;
    default: return kMonth;
  }
}

// One of three sentences by the rule's period: adjectives and compounds differ
// too much between the languages ("monthly target", "Monatsziel",
// "maanddoelstelling") to be put together from parts.
const Phrase& by_period(PeriodKind k, const Phrase& month, const Phrase& quarter, const Phrase& year) {
  switch (k) {
    case PeriodKind::quarter: return quarter;
    case PeriodKind::year: return year;
    default: return month;
  }
}

// The fee a credit is a share of, as the object of "of": "of the monthly fee",
// "der Monatsgebühr", "van de maandvergoeding", "af det månedlige gebyr".
std::string fee_of_text(Credit::Fee fee) {
  if (fee == Credit::Fee::monthly)
    return say({"of the monthly fee", "der Monatsgebühr", "van de maandvergoeding", "af det månedlige gebyr"});
  if (fee == Credit::Fee::previous_month_resource_group)
    return say({"of the previous month's fee for the resource group (service level, vCPU, RAM, storage)",
                "der Vormonatsgebühr der Ressourcengruppe (Service-Level, vCPU, RAM, Speicher)",
                "van de vergoeding van de vorige maand voor de resourcegroep (serviceniveau, vCPU, RAM, opslag)",
                "af forrige måneds gebyr for ressourcegruppen (serviceniveau, vCPU, RAM, lagerplads)"});
  if (fee == Credit::Fee::annual)
    return say({"of the current annual fee", "der aktuellen Jahresgebühr", "van de huidige jaarvergoeding",
                "af det aktuelle årsgebyr"});
  return say({"of the fee for the period", "der Gebühr für den Zeitraum", "van de vergoeding voor de periode",
              "af gebyret for perioden"});
}

// The fee on its own, as a term of a formula: "monthly fee", "Monatsgebühr".
std::string fee_text(Credit::Fee fee) {
  if (fee == Credit::Fee::monthly) return say({"monthly fee", "Monatsgebühr", "maandvergoeding", "månedligt gebyr"});
  if (fee == Credit::Fee::previous_month_resource_group)
    return say({"previous month's fee for the resource group (service level, vCPU, RAM, storage)",
                "Vormonatsgebühr der Ressourcengruppe (Service-Level, vCPU, RAM, Speicher)",
                "vergoeding van de vorige maand voor de resourcegroep (serviceniveau, vCPU, RAM, opslag)",
                "forrige måneds gebyr for ressourcegruppen (serviceniveau, vCPU, RAM, lagerplads)"});
  if (fee == Credit::Fee::annual) return say({"current annual fee", "aktuelle Jahresgebühr", "huidige jaarvergoeding", "aktuelt årsgebyr"});
  return say({"fee for the period", "Gebühr für den Zeitraum", "vergoeding voor de periode", "gebyr for perioden"});
}

// The measure with the class it applies to: "Incident response",
// "Antwort bei Störungen". `measure` is reaction, response or resolution,
// `incident_class` any, incident, change or request (profile_check.cpp).
std::string measure_text(ResponseRule::Measure measure, const std::string& incident_class) {
  using Measure = ResponseRule::Measure;
  std::string m = measure == Measure::reaction   ? say({"reaction", "Reaktion", "Reactie", "Reaktion"})
                  : measure == Measure::response ? say({"response", "Antwort", "Respons", "Svar"})
                                          : say({"resolution", "Lösung", "Oplossing", "Løsning"});
  std::string head = m;
  if (incident_class == "incident")
    head = say({"Incident {0}", "{0} bei Störungen", "{0} bij incidenten", "{0} ved hændelser"}, {m});
  else if (incident_class == "change")
    head = say({"Change {0}", "{0} bei Änderungen", "{0} bij wijzigingen", "{0} ved ændringer"}, {m});
  else if (incident_class == "request")
    head = say({"Request {0}", "{0} bei Anfragen", "{0} bij verzoeken", "{0} ved anmodninger"}, {m});
  head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
  return head;
}

// Promised times in hours and minutes, as contracts write them: 40 business
// hours are "40h", not "1d 16h" — de "40 Std.", nl "40 uur", da "40 t."
// (the units and plain spaces of human_duration.cpp).
std::string promised_hours_text(const Duration& length) {
  const Rational& seconds = length.seconds();
  if (!(seconds / Rational(60)).is_integer()) return human_duration(length);
  auto minutes = (seconds / Rational(60)).floor();
  if (minutes == 0) return "";
  std::string hours = local_decimal(to_string(minutes / 60)), rest = to_string(minutes % 60);
  if (minutes % 60 == 0) return say({"{0}h", "{0} Std.", "{0} uur", "{0} t."}, {hours});
  if (minutes < 60) return say({"{0}m", "{0} Min.", "{0} min", "{0} min."}, {rest});
  return say({"{0}h {1}m", "{0} Std. {1} Min.", "{0} uur {1} min", "{0} t. {1} min."}, {hours, rest});
}

}  // namespace

std::string commitment_text(const Commitment& c) {
  std::string pct = percent_text(c.target_percent), period = say(period_noun(c.period));
  std::string text = c.kind == Commitment::Kind::guarantee
                         ? say({"{0} guaranteed per {1}", "{0} garantiert pro {1}", "{0} gegarandeerd per {1}",
                                "{0} garanteret pr. {1}"},
                               {pct, period})
                         : say({"{0} target (no guarantee) per {1}", "{0} Zielwert (keine Garantie) pro {1}",
                                "{0} streefwaarde (geen garantie) per {1}", "{0} mål (ingen garanti) pr. {1}"},
                               {pct, period});
  if (!c.scope.empty()) text += " (" + c.scope_name() + ")";
  return text;
}

std::string window_text(const Profile& p, const std::string& window_id) {
  const WeeklyWindow* w = p.find_window(window_id);
  if (!w)
    return say({"all hours, every day", "rund um die Uhr, an allen Tagen", "de klok rond, alle dagen",
                "døgnet rundt, alle dage"});
  std::string text = w->label + ": " + describe_window(*w);
  if (w->holidays_closed) text += " (" + p.holiday_calendar + ")";
  return text + ", " + p.time_zone;
}

std::string response_text(const Profile& p, const ResponseRule& r) {
  std::string head = measure_text(r.measure, r.incident_class);
  if (r.priority != "any") {
    std::string label = r.priority;
    if (p.priorities)
      for (const auto& l : p.priorities->levels)
        if (l.id == r.priority) label = l.label;
    head += ", " + label;
  }
  std::string promise;
  switch (r.promise) {
    case ResponseRule::Promise::bestEffort:
      promise = say({"best effort", "nach bestem Bemühen", "naar beste vermogen", "efter bedste evne"});
      break;
    case ResponseRule::Promise::workingDays: {
      std::string n = std::to_string(r.working_days);
      promise = r.working_days == 1 ? say({"{0} working day", "{0} Arbeitstag", "{0} werkdag", "{0} arbejdsdag"}, {n})
                                    : say({"{0} working days", "{0} Arbeitstage", "{0} werkdagen", "{0} arbejdsdage"}, {n});
      break;
    }
    case ResponseRule::Promise::duration:
      promise = promised_hours_text(r.seconds);
      if (r.window != kAlwaysWindow)
        promise = say({"{0} within {1}", "{0}, gezählt in {1}", "{0}, geteld binnen {1}", "{0}, talt inden for {1}"},
                      {promise, p.find_window(r.window)->label});
      break;
  }
  std::string text = head + ": " + promise;
  if (!r.reported_in.empty())
    text = say({"{0} (reports made in {1})", "{0} (Meldungen während {1})", "{0} (meldingen gedaan tijdens {1})",
                "{0} (anmeldelser foretaget i {1})"},
               {text, p.find_window(r.reported_in)->label});
  return text;
}

std::string credit_text(const Credit& c) {
  switch (c.kind) {
    case Credit::Kind::none:
      return say({"No credit: {0}", "Keine Gutschrift: {0}", "Geen creditering: {0}", "Ingen kreditering: {0}"},
                 {c.reason});
    case Credit::Kind::flatPercentOfFee:
      return say(by_period(c.period,
                           {"{0} {1} when the monthly target is missed", "{0} {1}, wenn das Monatsziel verfehlt wird",
                            "{0} {1} als de maanddoelstelling niet wordt gehaald", "{0} {1}, når månedsmålet ikke nås"},
                           {"{0} {1} when the quarterly target is missed", "{0} {1}, wenn das Quartalsziel verfehlt wird",
                            "{0} {1} als de kwartaaldoelstelling niet wordt gehaald",
                            "{0} {1}, når kvartalsmålet ikke nås"},
                           {"{0} {1} when the yearly target is missed", "{0} {1}, wenn das Jahresziel verfehlt wird",
                            "{0} {1} als de jaardoelstelling niet wordt gehaald", "{0} {1}, når årsmålet ikke nås"}),
                 {percent_text(c.percent), fee_of_text(c.fee)});
    case Credit::Kind::proportionalShortfall:
      return say(by_period(c.period,
                           {"(target − achieved) × {0} / 100 when the monthly availability is below the target",
                            "(Ziel − erreicht) × {0} / 100, wenn die monatliche Verfügbarkeit unter dem Ziel liegt",
                            "(doel − behaald) × {0} / 100 als de beschikbaarheid per maand onder de doelstelling ligt",
                            "(mål − opnået) × {0} / 100, når tilgængeligheden pr. måned er under målet"},
                           {"(target − achieved) × {0} / 100 when the quarterly availability is below the target",
                            "(Ziel − erreicht) × {0} / 100, wenn die Verfügbarkeit im Quartal unter dem Ziel liegt",
                            "(doel − behaald) × {0} / 100 als de beschikbaarheid per kwartaal onder de doelstelling ligt",
                            "(mål − opnået) × {0} / 100, når tilgængeligheden pr. kvartal er under målet"},
                           {"(target − achieved) × {0} / 100 when the yearly availability is below the target",
                            "(Ziel − erreicht) × {0} / 100, wenn die jährliche Verfügbarkeit unter dem Ziel liegt",
                            "(doel − behaald) × {0} / 100 als de beschikbaarheid per jaar onder de doelstelling ligt",
                            "(mål − opnået) × {0} / 100, når tilgængeligheden pr. år er under målet"}),
                 {fee_text(c.fee)});
    case Credit::Kind::tieredSchedule: {
      std::string steps;
      for (size_t i = 0; i < c.steps.size(); ++i)
        steps += (i ? ", " : "") + say({"{0} below {1}", "{0} unter {1}", "{0} onder {1}", "{0} under {1}"},
                                       {percent_text(c.steps[i].credit_percent), percent_text(c.steps[i].below_percent)});
      std::string text =
          say(by_period(c.period,
                        {"Share {0} by monthly availability: {1}", "Anteil {0} nach Verfügbarkeit im Monat: {1}",
                         "Aandeel {0} naar beschikbaarheid per maand: {1}",
                         "Andel {0} efter tilgængelighed pr. måned: {1}"},
                        {"Share {0} by quarterly availability: {1}", "Anteil {0} nach Verfügbarkeit im Quartal: {1}",
                         "Aandeel {0} naar beschikbaarheid per kwartaal: {1}",
                         "Andel {0} efter tilgængelighed pr. kvartal: {1}"},
                        {"Share {0} by yearly availability: {1}", "Anteil {0} nach Verfügbarkeit im Jahr: {1}",
                         "Aandeel {0} naar beschikbaarheid per jaar: {1}", "Andel {0} efter tilgængelighed pr. år: {1}"}),
              {fee_of_text(c.fee), steps});
      if (c.cap_percent)
        text = say({"{0}; at most {1}", "{0}; höchstens {1}", "{0}; hoogstens {1}", "{0}; højst {1}"},
                   {text, percent_text(*c.cap_percent)});
      return text;
    }
  }
  return "";
}

std::string exclusion_text(const std::string& id) {
  struct Words {
    const char* id;
    Phrase words;
  };
  static constexpr Words kWords[] = {
      {"planned-maintenance", {"planned maintenance", "geplante Wartung", "gepland onderhoud", "planlagt vedligeholdelse"}},
      {"announced-service-windows",
       {"announced service windows", "angekündigte Servicefenster", "aangekondigde servicevensters",
        "varslede servicevinduer"}},
      {"force-majeure", {"force majeure", "höhere Gewalt", "overmacht", "force majeure"}},
      {"customer-caused",
       {"outages the customer caused", "vom Kunden verursachte Ausfälle", "door de klant veroorzaakte storingen",
        "udfald, som kunden har forårsaget"}},
      {"third-party", {"third-party causes", "Ursachen bei Dritten", "oorzaken bij derden", "årsager hos tredjepart"}},
      {"redundant-system-failure",
       {"failures of a redundant system", "Ausfälle eines redundanten Systems", "storingen van een redundant systeem",
        "fejl i et redundant system"}},
  };
  for (const Words& w : kWords)
    if (id == w.id) return say(w.words);
  return id;
}

std::string claim_text(const Credit& c) {
  if (!c.claim) return "";
  std::string within = span_text(c.claim->within);
  std::string after =
      c.claim->after == Claim::After::incident
          ? say({"after the incident", "nach dem Vorfall", "na het incident", "efter hændelsen"})
          : say(by_period(c.period,
                          {"after the month ends", "nach Ende des Monats", "na afloop van de maand", "efter månedens udløb"},
                          {"after the quarter ends", "nach Ende des Quartals", "na afloop van het kwartaal",
                           "efter kvartalets udløb"},
                          {"after the year ends", "nach Ende des Jahres", "na afloop van het jaar", "efter årets udløb"}));
  // The form ("in writing") is the profile's own words, inserted as written.
  if (c.claim->form.empty())
    return say({"Claim within {0} {1}", "Geltendmachung spätestens {0} {1}", "Aanvraag indienen binnen {0} {1}",
                "Krav fremsættes inden for {0} {1}"},
               {within, after});
  return say({"Claim {0} within {1} {2}", "Geltendmachung ({0}) spätestens {1} {2}", "Aanvraag indienen ({0}) binnen {1} {2}",
              "Krav fremsættes ({0}) inden for {1} {2}"},
             {c.claim->form, within, after});
}

std::string redemption_text(const Credit& c) {
  if (!c.redemption) return "";
  const Redemption& r = *c.redemption;
  std::string text;
  for (const std::string& part : {r.available, r.method})
    if (!part.empty()) text += (text.empty() ? "" : "; ") + part;
  if (r.cash)
    text += std::string(text.empty() ? "" : "; ") +
            (*r.cash ? say({"paid in cash", "Auszahlung in bar", "uitbetaling in contanten", "udbetales kontant"})
                     : say({"never paid in cash", "keine Auszahlung in bar", "nooit in contanten uitbetaald",
                            "udbetales aldrig kontant"}));
  if (!r.expiry.empty())
    text += std::string(text.empty() ? "" : "; ") +
            say({"expires: {0}", "verfällt: {0}", "vervalt: {0}", "udløber: {0}"}, {r.expiry});
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

namespace {

// The words a profile gives its option in the call's language; nullptr when it gives none.
const OptionWords* translation_of(const Option& o) {
  for (const auto& [code, words] : o.translations)
    if (lang_from_code(code) == current_lang()) return &words;
  return nullptr;
}

// A choice of an option slacalc itself reads (docs/profile-format.md,
// "Options"), named in every language; "" for any other.
std::string builtin_choice_label(const std::string& option_id, const std::string& choice) {
  if (option_id != "splitReaction") return "";
  if (choice == "report-time")
    return say({"The report time decides", "Der Meldezeitpunkt entscheidet", "Het meldtijdstip beslist",
                "Anmeldelsestidspunktet afgør det"});
  if (choice == "inside-window")
    return say({"Only if the deadline falls inside the window", "Nur wenn die Frist im Zeitfenster endet",
                "Alleen als de termijn binnen het venster valt", "Kun hvis fristen falder inden for vinduet"});
  return "";
}

std::string nth(const std::vector<std::string>& labels, std::size_t i) { return i < labels.size() ? labels[i] : ""; }

}  // namespace

OptionWords option_words(const Option& o) {
  const bool english = current_lang() == Lang::en;
  const OptionWords* own = translation_of(o);
  OptionWords words{own && !own->label.empty() ? own->label : o.label,
                    own && !own->note.empty() ? own->note : o.cite.note, {}};
  for (std::size_t i = 0; i < o.choices.size(); ++i) {
    std::string label = own ? nth(own->choice_labels, i) : "";
    // The profile's own labels are English: first in English, after slacalc's own words otherwise.
    if (label.empty() && english) label = nth(o.choice_labels, i);
    if (label.empty()) label = builtin_choice_label(o.id, o.choices[i]);
    if (label.empty()) label = nth(o.choice_labels, i);
    if (label.empty())
      label = say({"Reading {0}", "Lesart {0}", "Lezing {0}", "Læsning {0}"}, {std::to_string(i + 1)});
    words.choice_labels.push_back(label);
  }
  return words;
}

std::string included_text(const Included& item) {
  for (const auto& [code, text] : item.translations)
    if (lang_from_code(code) == current_lang()) return text;
  return item.text;
}

std::string choice_label(const Option& o, const std::string& choice) {
  auto found = std::find(o.choices.begin(), o.choices.end(), choice);
  return found == o.choices.end() ? choice : option_words(o).choice_labels[static_cast<std::size_t>(found - o.choices.begin())];
}

}  // namespace slacalc
