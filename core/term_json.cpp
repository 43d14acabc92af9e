#include "term_json.hpp"

#include <algorithm>

#include "ics.hpp"
#include "insertion_sort.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "period_json.hpp"
#include "request_profile.hpp"
#include "profile_text.hpp"
#include "span.hpp"
#include "term.hpp"
#include "tier_order.hpp"

namespace slacalc {
namespace {

using date::days;
using date::local_days;

constexpr int kMaxTermYears = 100;  // between the start and any date of the request
constexpr std::size_t kMaxTermChanges = 100;

// A date at `path` within a century after the start.
Result<local_days> read_later_day(const json& v, const std::string& path, local_days start) {
  auto day = read_day(v, path);
  if (!day.ok()) return day;
  if (day.value() < start)
    return Error{"inverted_range",
                 say({"this date is before the term's start", "dieses Datum liegt vor dem Beginn der Laufzeit",
                      "deze datum ligt vóór het begin van de looptijd", "denne dato ligger før løbetidens start"}),
                 path};
  if (day.value() > local_days{date::year_month_day{start} + date::years{kMaxTermYears}})
    return Error{"out_of_range",
                 say({"at most {0} years after the start", "höchstens {0} Jahre nach dem Beginn",
                      "hoogstens {0} jaar na het begin", "højst {0} år efter starten"},
                     {std::to_string(kMaxTermYears)}),
                 path};
  return day;
}

Error no_term_rule(const Tier& t, const std::string& path) {
  return Error{"no_term",
               say({"{0} has no term rule in this contract", "{0} hat in diesem Vertrag keine Laufzeitregel",
                    "{0} heeft in dit contract geen looptijdregel", "{0} har ingen løbetidsregel i denne kontrakt"},
                   {t.name}),
               path};
}

std::string term_rule_text(const Tier& t) {
  const Term& term = *t.term;
  // The event the term starts with is the profile's own words.
  std::string minimum = term.starts_at.empty()
                            ? span_text(term.minimum)
                            : say({"{0} from the {1}", "{0} ab {1}", "{0} vanaf {1}", "{0} fra {1}"},
                                  {span_text(term.minimum), term.starts_at});
  std::string text;
  if (term.renewal && term.notice)
    text = say({"{0}: minimum {1}, renewing by {2} unless notice is received {3} before expiry",
                "{0}: Mindestlaufzeit {1}, Verlängerung um {2}, sofern die Kündigung nicht {3} vor Ablauf eingeht",
                "{0}: minimale looptijd {1}, verlenging met {2}, tenzij de opzegging {3} vóór afloop is ontvangen",
                "{0}: minimumsløbetid {1}, forlængelse med {2}, medmindre opsigelsen modtages {3} før udløb"},
               {t.name, minimum, span_text(*term.renewal), span_text(*term.notice)});
  else if (term.renewal)
    text = say({"{0}: minimum {1}, renewing by {2} unless notice is given before it ends",
                "{0}: Mindestlaufzeit {1}, Verlängerung um {2}, sofern nicht vor ihrem Ende gekündigt wird",
                "{0}: minimale looptijd {1}, verlenging met {2}, tenzij vóór het einde wordt opgezegd",
                "{0}: minimumsløbetid {1}, forlængelse med {2}, medmindre der opsiges inden udløb"},
               {t.name, minimum, span_text(*term.renewal)});
  else
    text = say({"{0}: minimum {1}; no automatic renewal: afterwards it can end on any day",
                "{0}: Mindestlaufzeit {1}; keine automatische Verlängerung: danach kann der Vertrag an jedem Tag enden",
                "{0}: minimale looptijd {1}; geen automatische verlenging: daarna kan het contract op elke dag eindigen",
                "{0}: minimumsløbetid {1}; ingen automatisk forlængelse: derefter kan kontrakten ophøre en hvilken som "
                "helst dag"},
               {t.name, minimum});
  return text + (term.cite.clause.empty() ? "" : " — " + term.cite.clause) + ".";
}

Result<std::vector<TermChange>> read_changes(const json* list, const Profile& p, const Tier& tier, local_days start) {
  std::vector<TermChange> changes;
  std::vector<std::size_t> positions;  // each change's index in the request
  if (!list) return changes;
  if (!list->is_array())
    return wrong_type("/changes",
                      say({"an array of changes", "ein Array von Änderungen", "een array van wijzigingen",
                           "et array af ændringer"}),
                      *list);
  if (list->size() > kMaxTermChanges)
    return Error{"out_of_range",
                 say({"at most {0} changes", "höchstens {0} Änderungen", "hoogstens {0} wijzigingen",
                      "højst {0} ændringer"},
                     {std::to_string(kMaxTermChanges)}),
                 "/changes"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& c = (*list)[i];
    std::string path = "/changes/" + std::to_string(i);
    if (!c.is_object())
      return wrong_type(path, say({"a change object", "ein Änderungsobjekt", "een wijzigingsobject", "et ændringsobjekt"}),
                        c);
    if (auto e = reject_unknown_fields(c, path, {"kind", "tier", "from", "to"})) return *e;
    const json* kind_field = find_field(c, "kind");
    if (!kind_field)
      return missing_field(path + "/kind", say({"upgrade, recommit, temporary-upgrade or downgrade",
                                                "upgrade, recommit, temporary-upgrade oder downgrade",
                                                "upgrade, recommit, temporary-upgrade of downgrade",
                                                "upgrade, recommit, temporary-upgrade eller downgrade"}));
    auto kind = read_choice(*kind_field, path + "/kind", {"upgrade", "recommit", "temporary-upgrade", "downgrade"});
    if (!kind.ok()) return kind.error();
    if (kind.value() == 3)
      return Error{"not_in_contract",
                   say({"the contract has no rule for a downgrade: only upgrades (§3.8) and factor changes (§3.7.1) "
                        "are provided for",
                        "der Vertrag regelt keine Herabstufung: vorgesehen sind nur Upgrades (§3.8) und "
                        "Faktoränderungen (§3.7.1)",
                        "het contract kent geen regel voor een downgrade: alleen upgrades (§3.8) en factorwijzigingen "
                        "(§3.7.1) zijn voorzien",
                        "kontrakten har ingen regel for en nedgradering: kun opgraderinger (§3.8) og faktorændringer "
                        "(§3.7.1) er fastsat"}),
                   path + "/kind"};
    TermChange change;
    change.kind = static_cast<TermChange::Kind>(kind.value());
    const json* from = find_field(c, "from");
    if (!from)
      return missing_field(path + "/from", say({"the first day of the change", "der erste Tag der Änderung",
                                                "de eerste dag van de wijziging", "ændringens første dag"}));
    auto first = read_later_day(*from, path + "/from", start);
    if (!first.ok()) return first.error();
    change.from = change.to = first.value();
    const json* tier = find_field(c, "tier");
    if (change.kind == TermChange::Kind::recommit) {
      if (tier)
        return Error{"unknown_field",
                     say({"a recommitment keeps the tier", "eine erneute Bindung behält den Tarif",
                          "een hernieuwde verbintenis behoudt het niveau", "en fornyet binding beholder niveauet"}),
                     path + "/tier"};
    } else {
      if (!tier)
        return missing_field(path + "/tier",
                             say({"the tier changed to", "der neue Tarif", "het nieuwe niveau", "det nye niveau"}));
      auto t = resolve_tier(p, *tier, path + "/tier");
      if (!t.ok()) return t.error();
      if (!t.value()->term) return no_term_rule(*t.value(), path + "/tier");
      change.tier = t.value();
    }
    const json* to = find_field(c, "to");
    if (change.kind == TermChange::Kind::temporary_upgrade) {
      if (!to)
        return missing_field(path + "/to", say({"the last day of the temporary upgrade",
                                                "der letzte Tag des befristeten Upgrades",
                                                "de laatste dag van de tijdelijke upgrade",
                                                "den midlertidige opgraderings sidste dag"}));
      auto last = read_later_day(*to, path + "/to", start);
      if (!last.ok()) return last.error();
      if (last.value() < change.from)
        return Error{"inverted_range",
                     say({"the temporary upgrade ends before it starts", "das befristete Upgrade endet, bevor es beginnt",
                          "de tijdelijke upgrade eindigt voordat hij begint",
                          "den midlertidige opgradering slutter, før den begynder"}),
                     path + "/to"};
      change.to = last.value();
    } else if (to) {
      return Error{"unknown_field",
                   say({"only a temporary upgrade has an end", "nur ein befristetes Upgrade hat ein Ende",
                        "alleen een tijdelijke upgrade heeft een einde", "kun en midlertidig opgradering har en slutning"}),
                   path + "/to"};
    }
    changes.push_back(change);
    positions.push_back(i);
  }
  // Stable: changes on one day keep the request's order (at most kMaxTermChanges).
  std::vector<std::size_t> order(changes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  insertion_sort(order, [&changes](std::size_t a, std::size_t b) { return changes[a].from < changes[b].from; });
  // §3.8: each upgrade, permanent or temporary, goes above the tier in force on its day.
  std::vector<TermChange> sorted;
  const Tier* in_force = &tier;
  for (std::size_t i : order) {
    const TermChange& c = changes[i];
    if (c.tier)
      if (auto e = check_increase(*in_force, *c.tier, "/changes/" + std::to_string(positions[i]) + "/tier")) return *e;
    if (c.kind == TermChange::Kind::upgrade) in_force = c.tier;
    sorted.push_back(c);
  }
  return sorted;
}

const char* kind_id(TermStretch::Kind k) {
  switch (k) {
    case TermStretch::Kind::minimum: return "minimum";
    case TermStretch::Kind::renewal: return "renewal";
    case TermStretch::Kind::renewed_by_change: return "renewed-by-change";
  }
  return "minimum";
}

json day_json(std::optional<local_days> day) { return day ? json(iso_date(*day)) : json(); }

// §11.2: damages = percent × the monthly fees until the end of the term in
// force, at most percent × cap months of fees. The fees run from the day
// after the termination to the term's last day.
Result<json> damages_json(const json& request, const TermAnswer& a, const Profile& p, local_days start, TermEnd rule,
                          bool whole_months_up, Explain& explain) {
  const json& r = request;
  if (auto e = reject_unknown_fields(r, "/terminationForCause", {"date", "monthlyFee"})) return *e;
  const json* date_field = find_field(r, "date");
  if (!date_field)
    return missing_field("/terminationForCause/date",
                         say({"the day the contract was ended for cause", "der Tag der außerordentlichen Kündigung",
                              "de dag waarop het contract om gegronde reden werd beëindigd",
                              "den dag, kontrakten blev ophævet af vægtig grund"}));
  auto day = read_later_day(*date_field, "/terminationForCause/date", start);
  if (!day.ok()) return day.error();
  const json* fee_field = find_field(r, "monthlyFee");
  if (!fee_field)
    return missing_field("/terminationForCause/monthlyFee",
                         say({"the monthly fee, in minor units", "das Monatsentgelt, in kleinsten Währungseinheiten",
                              "de maandelijkse vergoeding, in de kleinste munteenheid",
                              "det månedlige gebyr, i mindste møntenhed"}));
  auto fee = read_integer(*fee_field, "/terminationForCause/monthlyFee", 0, kMaxMinorUnits);
  if (!fee.ok()) return fee.error();
  const TermStretch* in_force = nullptr;
  for (const auto& t : a.terms)
    if (t.first <= day.value() && day.value() <= t.last) in_force = &t;
  if (!in_force)
    return Error{"out_of_range",
                 say({"no term is running on this day (after an open-ended minimum term nothing is owed)",
                      "an diesem Tag läuft keine Laufzeit (nach einer Mindestlaufzeit ohne Verlängerung ist nichts "
                      "geschuldet)",
                      "op deze dag loopt geen looptijd (na een minimale looptijd zonder verlenging is niets "
                      "verschuldigd)",
                      "på denne dag løber ingen løbetid (efter en minimumsløbetid uden forlængelse skyldes intet)"}),
                 "/terminationForCause/date"};
  const DamagesForCause* rule_of_tier = in_force->tier->term->damages_for_cause ? &*in_force->tier->term->damages_for_cause : nullptr;
  if (!rule_of_tier)
    return Error{"not_in_contract",
                 say({"{0} has no damages rule for a termination for cause",
                      "{0} hat keine Schadensersatzregel für eine außerordentliche Kündigung",
                      "{0} heeft geen schadevergoedingsregel voor een beëindiging om gegronde reden",
                      "{0} har ingen erstatningsregel for ophævelse af vægtig grund"},
                     {in_force->tier->name}),
                 "/terminationForCause"};
  const DamagesForCause& d = *rule_of_tier;
  // Whole months from the day after, then the days left.
  local_days from = day.value() + days{1};
  long long months = 0;
  while (from <= in_force->last &&
         term_last_day(from, Span{static_cast<int>(months + 1), Span::Unit::month}, rule) <= in_force->last)
    ++months;
  local_days covered = months ? term_last_day(from, Span{static_cast<int>(months), Span::Unit::month}, rule) : from - days{1};
  long long left = (in_force->last - covered).count();
  Rational remaining = whole_months_up ? Rational(months + (left > 0 ? 1 : 0))
                                       : Rational(months) + Rational::fraction(left, 30);
  Rational share = d.percent / Rational(100);
  Rational owed = share * remaining * Rational(fee.value());
  Rational cap = share * Rational(d.cap_months) * Rational(fee.value());
  bool capped = cap < owed;
  long long amount = static_cast<long long>((capped ? cap : owed).round_half_up());
  // "0 whole months and 20 days left": English keeps its long-standing plural;
  // the others say one month, one day.
  const std::string n_months = std::to_string(months), n_days = std::to_string(left);
  std::string left_text;
  if (months == 1 && left == 1)
    left_text = say({"{0} whole months and {1} days left", "{0} voller Monat und {1} Tag übrig",
                     "{0} hele maand en {1} dag over", "{0} hel måned og {1} dag tilbage"},
                    {n_months, n_days});
  else if (months == 1)
    left_text = say({"{0} whole months and {1} days left", "{0} voller Monat und {1} Tage übrig",
                     "{0} hele maand en {1} dagen over", "{0} hel måned og {1} dage tilbage"},
                    {n_months, n_days});
  else if (left == 1)
    left_text = say({"{0} whole months and {1} days left", "{0} volle Monate und {1} Tag übrig",
                     "{0} hele maanden en {1} dag over", "{0} hele måneder og {1} dag tilbage"},
                    {n_months, n_days});
  else
    left_text = say({"{0} whole months and {1} days left", "{0} volle Monate und {1} Tage übrig",
                     "{0} hele maanden en {1} dagen over", "{0} hele måneder og {1} dage tilbage"},
                    {n_months, n_days});
  const std::string on = date_text(day.value()), until = date_text(in_force->last),
                    exact = local_decimal(remaining.to_decimal(4)), fee_text = money_text(fee.value(), p.currency),
                    pct = percent_text(d.percent), owed_text = money_text(amount, p.currency),
                    cap_months = std::to_string(d.cap_months);
  std::string text =
      capped ? say({"Ended for cause on {0}: the term ran until {1}, {2} = {3} months of {4}; {5} of it, capped at {5} of "
                    "{7} months' fees = {6}, rounded half up",
                    "Aus wichtigem Grund beendet am {0}: die Laufzeit lief bis {1}, {2} = {3} Monate zu {4}; davon {5}, "
                    "begrenzt auf {5} von {7} Monatsgebühren = {6}, kaufmännisch gerundet",
                    "Om dringende reden beëindigd op {0}: de looptijd liep tot {1}, {2} = {3} maanden van {4}; daarvan "
                    "{5}, begrensd op {5} van {7} maandvergoedingen = {6}, half naar boven afgerond",
                    "Ophævet af væsentlig grund den {0}: løbetiden løb til {1}, {2} = {3} måneder à {4}; heraf {5}, "
                    "begrænset til {5} af {7} måneders gebyrer = {6}, afrundet halvt op"},
                   {on, until, left_text, exact, fee_text, pct, owed_text, cap_months})
             : say({"Ended for cause on {0}: the term ran until {1}, {2} = {3} months of {4}; {5} of it = {6}, rounded "
                    "half up",
                    "Aus wichtigem Grund beendet am {0}: die Laufzeit lief bis {1}, {2} = {3} Monate zu {4}; davon {5} = "
                    "{6}, kaufmännisch gerundet",
                    "Om dringende reden beëindigd op {0}: de looptijd liep tot {1}, {2} = {3} maanden van {4}; daarvan "
                    "{5} = {6}, half naar boven afgerond",
                    "Ophævet af væsentlig grund den {0}: løbetiden løb til {1}, {2} = {3} måneder à {4}; heraf {5} = {6}, "
                    "afrundet halvt op"},
                   {on, until, left_text, exact, fee_text, pct, owed_text});
  explain.push_back({"damages", text + (d.cite.clause.empty() ? "" : " — " + d.cite.clause) + "."});
  return object({{"date", iso_date(day.value())},
                 {"termLast", iso_date(in_force->last)},
                 {"remainingMonths", object({{"whole", months}, {"days", left}, {"exact", remaining.to_decimal(12)}})},
                 {"percent", d.percent.to_decimal(6)},
                 {"capMonths", d.cap_months},
                 {"capped", capped},
                 {"amount", object({{"minor", amount}, {"text", money_text(amount, p.currency)}})},
                 {"clause", d.cite.clause}});
}

}  // namespace

Result<json> term_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "start", "asOf", "changes", "invoiceDate",
                                             "terminationForCause", "termEnd", "noticeDeadline", "remainingFees"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& tier = *resolved.value().tier;
  if (!tier.term) return no_term_rule(tier, "/tier");

  const json* start_field = find_field(r, "start");
  if (!start_field)
    return missing_field("/start", say({"the first day of the minimum term, e.g. 2026-01-31",
                                        "der erste Tag der Mindestlaufzeit, z. B. 2026-01-31",
                                        "de eerste dag van de minimale looptijd, bijv. 2026-01-31",
                                        "minimumsløbetidens første dag, f.eks. 2026-01-31"}));
  auto start = read_day(*start_field, "/start");
  if (!start.ok()) return start.error();
  if (date::year_month_day{start.value()}.year() < date::year{1900} ||
      date::year_month_day{start.value()}.year() > date::year{2200})
    return Error{"out_of_range",
                 say({"the start must lie in 1900–2200", "der Beginn muss in 1900–2200 liegen",
                      "het begin moet in 1900–2200 liggen", "starten skal ligge i 1900–2200"}),
                 "/start"};
  const json* as_of_field = find_field(r, "asOf");
  if (!as_of_field)
    return missing_field("/asOf", say({"the day to look from, e.g. today", "der Stichtag, z. B. heute",
                                       "de peildatum, bijv. vandaag", "skæringsdagen, f.eks. i dag"}));
  auto as_of = read_day(*as_of_field, "/asOf");
  if (!as_of.ok()) return as_of.error();
  if (as_of.value() < start.value())
    return Error{"inverted_range",
                 say({"the day to look from is before the term starts", "der Stichtag liegt vor dem Beginn der Laufzeit",
                      "de peildatum ligt vóór het begin van de looptijd", "skæringsdagen ligger før løbetidens start"}),
                 "/asOf"};
  if (auto later = read_later_day(*as_of_field, "/asOf", start.value()); !later.ok()) return later.error();

  TermQuery q;
  q.profile = &p;
  q.tier = &tier;
  q.start = start.value();
  q.as_of = as_of.value();
  auto changes = read_changes(find_field(r, "changes"), p, tier, q.start);
  if (!changes.ok()) return changes.error();
  q.changes = changes.value();
  auto choice = [&r](const char* key, std::initializer_list<const char*> ids) -> Result<int> {
    const json* v = find_field(r, key);
    return v ? read_choice(*v, std::string("/") + key, ids) : Result<int>(0);
  };
  auto term_end = choice("termEnd", {"day-before-same-date", "same-date"});
  if (!term_end.ok()) return term_end.error();
  auto notice = choice("noticeDeadline", {"whole-months-before-expiry", "same-day-number"});
  if (!notice.ok()) return notice.error();
  auto remaining = choice("remainingFees", {"days-at-1/30", "whole-months-up"});
  if (!remaining.ok()) return remaining.error();
  q.term_end = static_cast<TermEnd>(term_end.value());
  q.notice = static_cast<NoticeDeadline>(notice.value());

  TermAnswer a = compute_term(q);
  Explain explain;
  explain.push_back({"term", term_rule_text(tier)});
  explain.push_back(
      {"term-end",
       term_end.value() == 0
           ? say({"A term of N months ends the day before the same date N months later; where that date does not exist, "
                  "on the month's last day (§188 (2), (3) BGB): 31 Jan + 1 month ends on 28/29 Feb.",
                  "Eine Laufzeit von N Monaten endet mit dem Tag vor demselben Datum N Monate später; gibt es dieses "
                  "Datum nicht, mit dem letzten Tag des Monats (§188 (2), (3) BGB): 31. Jan. + 1 Monat endet am 28./29. "
                  "Feb.",
                  "Een looptijd van N maanden eindigt op de dag vóór dezelfde datum N maanden later; bestaat die datum "
                  "niet, dan op de laatste dag van de maand (§188 (2), (3) BGB): 31 jan + 1 maand eindigt op 28/29 feb.",
                  "En løbetid på N måneder ender dagen før samme dato N måneder senere; findes den dato ikke, på "
                  "månedens sidste dag (§188 (2), (3) BGB): 31. jan. + 1 måned ender den 28./29. feb."})
           : say({"Read as: a term of N months ends on the same date N months later, included.",
                  "Gelesen als: eine Laufzeit von N Monaten endet an demselben Datum N Monate später, dieses "
                  "eingeschlossen.",
                  "Gelezen als: een looptijd van N maanden eindigt op dezelfde datum N maanden later, die dag "
                  "inbegrepen.",
                  "Læst som: en løbetid på N måneder ender på samme dato N måneder senere, inklusive denne dag."})});
  if (a.notice_by) {
    // The other reading's date for the same term, so the user sees what the choice changes.
    const TermStretch* t = nullptr;
    for (const auto& s : a.terms)
      if (s.notice_by == a.notice_by && s.last == a.earliest_end) t = &s;
    std::string other;
    if (t && t->tier->term->notice) {
      auto o = notice_deadline(t->last, *t->tier->term->notice,
                               q.notice == NoticeDeadline::same_day_number ? NoticeDeadline::whole_months_before_expiry
                                                                            : NoticeDeadline::same_day_number);
      if (o != *a.notice_by) other = date_text(o);
    }
    std::string text =
        q.notice == NoticeDeadline::whole_months_before_expiry
            ? say({"Notice \"N months before expiry\" counted back from the moment the term expires (the end of its last "
                   "day): a term ending 30 Jun needs notice by 31 Mar.",
                   "Kündigung „N Monate vor Ablauf“ zurückgerechnet ab dem Zeitpunkt, zu dem die Laufzeit abläuft (dem "
                   "Ende ihres letzten Tages): Endet eine Laufzeit am 30. Juni, muss die Kündigung bis zum 31. März "
                   "eingehen.",
                   "Opzegging \"N maanden vóór afloop\" teruggerekend vanaf het moment waarop de looptijd afloopt (het "
                   "einde van de laatste dag): bij een looptijd die op 30 juni eindigt, moet de opzegging uiterlijk 31 "
                   "maart binnen zijn.",
                   "Opsigelse \"N måneder før udløb\" regnet tilbage fra det tidspunkt, hvor løbetiden udløber "
                   "(slutningen af dens sidste dag): ender en løbetid 30. juni, skal opsigelsen være modtaget senest 31. "
                   "marts."})
            : say({"Notice \"N months before expiry\" read as the same day number N months before the last day: a term "
                   "ending 30 Jun needs notice by 30 Mar (the cautious reading).",
                   "Kündigung „N Monate vor Ablauf“ gelesen als dieselbe Tageszahl N Monate vor dem letzten Tag: Endet "
                   "eine Laufzeit am 30. Juni, muss die Kündigung bis zum 30. März eingehen (die vorsichtige Lesart).",
                   "Opzegging \"N maanden vóór afloop\" gelezen als hetzelfde dagnummer N maanden vóór de laatste dag: "
                   "bij een looptijd die op 30 juni eindigt, moet de opzegging uiterlijk 30 maart binnen zijn (de "
                   "voorzichtige lezing).",
                   "Opsigelse \"N måneder før udløb\" læst som samme dagnummer N måneder før den sidste dag: ender en "
                   "løbetid 30. juni, skal opsigelsen være modtaget senest 30. marts (den forsigtige læsning)."});
    if (!other.empty())
      text = say({"{0} The other reading gives {1}.", "{0} Die andere Lesart ergibt den {1}.",
                  "{0} De andere lezing geeft {1}.", "{0} Den anden læsning giver {1}."},
                 {text, other});
    explain.push_back({"notice-deadline", text});
  }

  json terms = json::array();
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    const char* status = a.current && i == *a.current ? "current" : t.last < q.as_of ? "past" : "future";
    terms.push_back(object({{"kind", kind_id(t.kind)},   {"tier", t.tier->id},          {"tierName", t.tier->name},
                            {"first", iso_date(t.first)}, {"last", iso_date(t.last)},    {"noticeBy", day_json(t.notice_by)},
                            {"cutShort", t.cut_short},    {"status", status}}));
  }
  json changes_out = json::array();
  for (const auto& c : q.changes) {
    json item = object({{"kind", c.kind == TermChange::Kind::upgrade     ? "upgrade"
                                 : c.kind == TermChange::Kind::recommit ? "recommit"
                                                                         : "temporary-upgrade"},
                        {"from", iso_date(c.from)}});
    if (c.tier) item["tier"] = c.tier->id;
    if (c.kind == TermChange::Kind::temporary_upgrade) {
      item["to"] = iso_date(c.to);
      const auto days = (c.to - c.from).count() + 1;
      std::string n = std::to_string(days);
      item["effect"] =
          days == 1
              ? say({"The higher tier for {0} days, billed with the surcharge; the minimum term is unchanged (§3.8).",
                     "Die höhere Stufe für {0} Tag, mit dem Aufschlag berechnet; die Mindestlaufzeit bleibt "
                     "unverändert (§3.8).",
                     "Het hogere niveau voor {0} dag, gefactureerd met de toeslag; de minimale looptijd blijft "
                     "ongewijzigd (§3.8).",
                     "Det højere niveau i {0} dag, faktureret med tillægget; minimumsløbetiden er uændret (§3.8)."},
                    {n})
              : say({"The higher tier for {0} days, billed with the surcharge; the minimum term is unchanged (§3.8).",
                     "Die höhere Stufe für {0} Tage, mit dem Aufschlag berechnet; die Mindestlaufzeit bleibt "
                     "unverändert (§3.8).",
                     "Het hogere niveau voor {0} dagen, gefactureerd met de toeslag; de minimale looptijd blijft "
                     "ongewijzigd (§3.8).",
                     "Det højere niveau i {0} dage, faktureret med tillægget; minimumsløbetiden er uændret (§3.8)."},
                    {n});
    } else {
      item["effect"] = c.kind == TermChange::Kind::upgrade
                           ? say({"A new minimum term of {0} starts (§3.8).", "Eine neue Mindestlaufzeit von {0} beginnt (§3.8).",
                                  "Een nieuwe minimale looptijd van {0} begint (§3.8).",
                                  "En ny minimumsløbetid for {0} begynder (§3.8)."},
                                 {c.tier->name})
                           : say({"The whole component factor committed as the new minimum: the minimum term starts again "
                                  "(§3.7.1).",
                                  "Der gesamte Komponentenfaktor als neue Mindestabnahme zugesagt: die Mindestlaufzeit "
                                  "beginnt neu (§3.7.1).",
                                  "De volledige componentfactor toegezegd als nieuw minimum: de minimale looptijd begint "
                                  "opnieuw (§3.7.1).",
                                  "Hele komponentfaktoren forpligtet som nyt minimum: minimumsløbetiden begynder forfra "
                                  "(§3.7.1)."});
    }
    changes_out.push_back(item);
  }

  // Deadlines the contract counts from an invoice or from the regular end.
  std::optional<local_days> invoice;
  if (const json* v = find_field(r, "invoiceDate")) {
    auto day = read_later_day(*v, "/invoiceDate", q.start);
    if (!day.ok()) return day.error();
    invoice = day.value();
  }
  std::vector<IcsEvent> events;
  auto event = [&](const std::string& what, local_days day, const std::string& summary, const std::string& description) {
    events.push_back({p.id + "-" + tier.id + "-" + what + "-" + iso_date(day) + "@slacalc", day, summary, description});
  };
  json deadlines = json::array();
  for (const auto& d : p.deadlines) {
    std::optional<local_days> from =
        d.after == ContractDeadline::After::invoice ? invoice : std::optional<local_days>(a.earliest_end);
    std::optional<local_days> due = from ? std::optional<local_days>(add_span(*from, d.within)) : std::nullopt;
    // "14 days after the invoice": the label and clause are the profile's.
    std::string rule = d.after == ContractDeadline::After::invoice
                           ? say({"{0} after the invoice", "{0} nach Rechnungsdatum", "{0} na de factuurdatum",
                                  "{0} efter fakturadatoen"},
                                 {span_text(d.within)})
                           : say({"{0} after the regular end", "{0} nach dem regulären Vertragsende",
                                  "{0} na het reguliere einde", "{0} efter det ordinære ophør"},
                                 {span_text(d.within)});
    std::string text = due ? d.label + ": " + rule + " → " + date_text(*due)
                           : say({"{0}: {1} (give the invoice date)", "{0}: {1} (Rechnungsdatum angeben)",
                                  "{0}: {1} (geef de factuurdatum op)", "{0}: {1} (angiv fakturadatoen)"},
                                 {d.label, rule});
    deadlines.push_back(object({{"id", d.id},
                                {"label", d.label},
                                {"after", d.after == ContractDeadline::After::invoice ? "invoice" : "regular-end"},
                                {"within", span_id(d.within)},
                                {"date", day_json(due)},
                                {"clause", d.cite.clause},
                                {"text", text + (d.cite.clause.empty() ? "" : " — " + d.cite.clause)}}));
    if (due) event(d.id, *due, d.label, d.label + ", " + rule + ". " + d.cite.clause);
  }
  // Calendar: the notice deadlines and ends of the current and next terms.
  for (std::size_t i = a.current.value_or(0); i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    if (t.cut_short) continue;
    const std::string& clause = t.tier->term->cite.clause;
    if (t.notice_by && *t.notice_by >= q.as_of)
      event("notice", *t.notice_by,
            say({"Last day for notice: {0}, {1}", "Letzter Tag für die Kündigung: {0}, {1}",
                 "Laatste dag voor opzegging: {0}, {1}", "Sidste dag for opsigelse: {0}, {1}"},
                {p.product, t.tier->name}),
            say({"Notice must be received by today to end the term on {0}. {1}",
                 "Die Kündigung muss bis heute eingehen, damit die Laufzeit am {0} endet. {1}",
                 "De opzegging moet uiterlijk vandaag binnen zijn om de looptijd op {0} te laten eindigen. {1}",
                 "Opsigelsen skal være modtaget senest i dag, for at løbetiden ophører den {0}. {1}"},
                {date_text(t.last), clause}));
    event("term-end", t.last,
          say({"Term ends: {0}, {1}", "Laufzeit endet: {0}, {1}", "Looptijd eindigt: {0}, {1}", "Løbetiden ophører: {0}, {1}"},
              {p.product, t.tier->name}),
          say({"Last day of the term ({0} to {1}); it renews unless notice was given in time. {2}",
               "Letzter Tag der Laufzeit ({0} bis {1}); sie verlängert sich, sofern nicht rechtzeitig gekündigt wurde. {2}",
               "Laatste dag van de looptijd ({0} tot en met {1}); deze wordt verlengd, tenzij tijdig is opgezegd. {2}",
               "Sidste dag i løbetiden ({0} til {1}); den forlænges, medmindre der er opsagt rettidigt. {2}"},
              {date_text(t.first), date_text(t.last), clause}));
  }

  json out;
  out["profile"] = p.id;
  out["tier"] = tier.id;
  out["start"] = iso_date(q.start);
  out["asOf"] = iso_date(q.as_of);
  out["conventions"] = object({{"termEnd", term_end.value() == 0 ? "day-before-same-date" : "same-date"},
                               {"noticeDeadline", notice.value() == 0 ? "whole-months-before-expiry" : "same-day-number"},
                               {"remainingFees", remaining.value() == 0 ? "days-at-1/30" : "whole-months-up"}});
  out["terms"] = terms;
  out["current"] = a.current ? json(*a.current) : json();
  out["renewals"] = a.renewals;
  out["noticeBy"] = day_json(a.notice_by);
  out["earliestEnd"] = iso_date(a.earliest_end);
  out["openEnded"] = a.open_ended;
  out["changes"] = changes_out;
  out["deadlines"] = deadlines;
  out["damages"] = nullptr;
  if (const json* cause = find_field(r, "terminationForCause")) {
    if (!cause->is_object())
      return wrong_type("/terminationForCause",
                        say({"an object {date, monthlyFee}", "ein Objekt {date, monthlyFee}",
                             "een object {date, monthlyFee}", "et objekt {date, monthlyFee}"}),
                        *cause);
    auto damages = damages_json(*cause, a, p, q.start, q.term_end, remaining.value() == 1, explain);
    if (!damages.ok()) return damages.error();
    out["damages"] = damages.value();
  }
  out["calendar"] = ics_calendar(events, q.as_of);
  out["explain"] = explain_json(explain);
  return out;
}

}  // namespace slacalc
