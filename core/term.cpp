#include "term.hpp"

#include <algorithm>

#include "iso_time.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "profile_text.hpp"
#include "span.hpp"

namespace slacalc {

using date::days;
using date::local_days;

local_days term_last_day(local_days first, const Span& length, TermEnd rule) {
  bool clamped = false;
  local_days same = add_span(first, length, 1, &clamped);
  if (length.unit == Span::Unit::day || length.unit == Span::Unit::week) return same - days{1};
  if (rule == TermEnd::same_date) return same;
  // §188 (2) BGB: the day before the same date; (3): that date does not
  // exist → the month's last day, which the clamp gave.
  return clamped ? same : same - days{1};
}

local_days notice_deadline(local_days last, const Span& notice, NoticeDeadline rule) {
  if (rule == NoticeDeadline::same_day_number) return add_span(last, notice, -1);
  // Expiry is the moment `last` ends, i.e. the start of the next day. N
  // months before it is the start of that day N months back: notice must be
  // in by the day before. Where that day does not exist (31 May − 3 months),
  // the month's last day ends the period, as §188 (3) BGB counts.
  bool clamped = false;
  local_days back = add_span(last + days{1}, notice, -1, &clamped);
  return clamped ? back : back - days{1};
}

namespace {

constexpr int kMaxTerms = 100000;  // one-day terms over a century stay below

bool renews_term(const TermChange& c) { return c.kind != TermChange::Kind::temporary_upgrade; }


// "Term: minimum 3 months from the Cleared-For-Takeoff notice, renewing …"
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

// What a change does to the term (§3.8, §3.7.1).
std::string change_effect(const TermChange& c) {
  if (c.kind == TermChange::Kind::temporary_upgrade) {
    const auto days = (c.to - c.from).count() + 1;
    std::string n = std::to_string(days);
    return
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
    return c.kind == TermChange::Kind::upgrade
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
}

// "A term of N months ends …": the termEnd reading in words.
std::string term_end_text(TermEnd rule) {
  return rule == TermEnd::day_before_same_date
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
                  "Læst som: en løbetid på N måneder ender på samme dato N måneder senere, inklusive denne dag."});
}

// "Notice N months before expiry", read as `q.notice`; the other reading's
// date for the term the notice deadline belongs to, so the user sees what the
// choice changes.
std::string notice_text(const TermQuery& q, const TermAnswer& a) {
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
  return text;
}

// The terms from the start, the current one, renewals, the earliest end.
TermAnswer compute_terms(const TermQuery& q) {
  TermAnswer a;
  std::vector<const TermChange*> renewing;
  for (const auto& c : q.changes)
    if (renews_term(c)) renewing.push_back(&c);

  const Tier* tier = q.tier;
  local_days first = q.start;
  Span length = tier->term->minimum;
  auto kind = TermStretch::Kind::minimum;
  std::size_t next_change = 0;
  int after_current = 0;
  for (int guard = 0; guard < kMaxTerms; ++guard) {
    const Term& term = *tier->term;
    local_days last = term_last_day(first, length, q.term_end);
    // §3.8 / §3.7.1: a change on a later day of this term starts a new
    // minimum term; the one running ends the day before.
    if (next_change < renewing.size() && renewing[next_change]->from <= last) {
      const TermChange& c = *renewing[next_change++];
      if (c.from > first) {
        TermStretch cut{kind, tier, first, c.from - days{1}, true, std::nullopt};
        a.terms.push_back(cut);
      }
      if (c.kind == TermChange::Kind::upgrade) tier = c.tier;
      first = c.from;
      length = tier->term->minimum;
      kind = TermStretch::Kind::renewed_by_change;
      continue;
    }
    TermStretch stretch{kind, tier, first, last, false, std::nullopt};
    if (term.renewal) stretch.notice_by = term.notice ? notice_deadline(last, *term.notice, q.notice) : last;
    a.terms.push_back(stretch);
    if (first <= q.as_of && q.as_of <= last) a.current = a.terms.size() - 1;
    else if (a.current && ++after_current >= 2 && next_change >= renewing.size()) break;
    if (!term.renewal) {
      a.open_ended = true;
      break;
    }
    first = last + days{1};
    length = *term.renewal;
    kind = TermStretch::Kind::renewal;
  }

  for (const auto& t : a.terms) a.renewals += t.kind == TermStretch::Kind::renewal && t.first <= q.as_of;

  // The earliest end: the current term's last day while its notice
  // deadline is still ahead, else the next term's.
  a.earliest_end = std::max(q.as_of, a.terms.back().last);
  if (!a.open_ended) {
    for (std::size_t i = a.current.value_or(0); i < a.terms.size(); ++i) {
      const auto& t = a.terms[i];
      if (t.cut_short || !t.notice_by || *t.notice_by < q.as_of) continue;
      a.notice_by = t.notice_by;
      a.earliest_end = t.last;
      break;
    }
  }
  return a;
}

// The readings a term answer applied, with their choices and defaults.
std::vector<AppliedOption> term_readings(const TermQuery& q) {
  // Two choices each, the first the default (term.hpp's tables).
  auto reading = [](const char* id, std::string label, const char* first, const char* second, const char* chosen,
                    const char* clause, std::string note) {
    return AppliedOption{id, std::move(label), {first, second}, first, chosen, clause, std::move(note), {}};
  };
  return {
      reading("termEnd", say({"How \"N months\" ends", "Wie „N Monate“ enden", "Hoe \"N maanden\" eindigt",
                              "Hvordan \"N måneder\" ender"}),
              kTermEndIds[0].id, kTermEndIds[1].id, id_of(kTermEndIds, q.term_end), "§11.1, §188 BGB",
              say({"15 Jan + 12 months: 14 Jan (§188 (2), (3) BGB), or 15 Jan.",
                   "15. Jan. + 12 Monate: 14. Jan. (§188 (2), (3) BGB) oder 15. Jan.",
                   "15 jan + 12 maanden: 14 jan (§188 (2), (3) BGB) of 15 jan.",
                   "15. jan. + 12 måneder: 14. jan. (§188 (2), (3) BGB) eller 15. jan."})),
      reading("noticeDeadline",
              say({"\"Notice received N months before expiry\"", "„Kündigung N Monate vor Ablauf eingegangen“",
                   "\"Opzegging N maanden vóór afloop ontvangen\"", "\"Opsigelse modtaget N måneder før udløb\""}),
              kNoticeDeadlineIds[0].id, kNoticeDeadlineIds[1].id, id_of(kNoticeDeadlineIds, q.notice), "§11.1",
              say({"A term ending 30 Jun, 3 months: by 31 Mar, or by 30 Mar (the cautious reading).",
                   "Laufzeitende 30. Juni, 3 Monate: bis 31. März oder bis 30. März (die vorsichtige Lesart).",
                   "Looptijd tot 30 juni, 3 maanden: uiterlijk 31 maart, of 30 maart (de voorzichtige lezing).",
                   "Løbetid til 30. juni, 3 måneder: senest 31. marts eller 30. marts (den forsigtige læsning)."})),
      reading("remainingFees",
              say({"Fees left for the damages", "Verbleibende Entgelte für den Schadensersatz",
                   "Resterende vergoedingen voor de schadevergoeding", "Resterende gebyrer til erstatningen"}),
              kRemainingFeesIds[0].id, kRemainingFeesIds[1].id, id_of(kRemainingFeesIds, q.remaining), "§11.2, §10.1",
              say({"1 month and 20 days: 1 20/30 months (§10.1), or 2.", "1 Monat und 20 Tage: 1 20/30 Monate (§10.1) oder 2.",
                   "1 maand en 20 dagen: 1 20/30 maanden (§10.1), of 2.", "1 måned og 20 dage: 1 20/30 måneder (§10.1) eller 2."})),
      reading("afterEnd",
              say({"\"N months after the regular end\"", "„N Monate nach dem ordentlichen Ende“",
                   "\"N maanden na het reguliere einde\"", "\"N måneder efter det ordinære ophør\""}),
              kAfterEndIds[0].id, kAfterEndIds[1].id, id_of(kAfterEndIds, q.after_end), "§11.2.1, §187, §188 BGB",
              say({"1 month after an end on 30 Apr: 30 May (§187 (1) BGB), or 31 May (§187 (2) BGB).",
                   "1 Monat nach einem Ende am 30. April: 30. Mai (§187 (1) BGB) oder 31. Mai (§187 (2) BGB).",
                   "1 maand na een einde op 30 april: 30 mei (§187 (1) BGB) of 31 mei (§187 (2) BGB).",
                   "1 måned efter et ophør 30. april: 30. maj (§187 (1) BGB) eller 31. maj (§187 (2) BGB)."})),
  };
}

// "1 month after the regular end", read as `rule` (§187, §188 BGB).
local_days after_end_day(local_days end, const Span& within, AfterEnd rule) {
  if (rule == AfterEnd::from_next_day) return term_last_day(end + days{1}, within, TermEnd::day_before_same_date);
  return add_span(end, within);
}

// The after-end reading for one deadline counted from the regular end in
// months or years (only there do the readings differ), both dates named.
std::string after_end_text(const ContractDeadline& d, local_days end, AfterEnd rule) {
  const std::string event = say({"from the end as the event (§187 (1), §188 (2) BGB)",
                                 "ab dem Ende als Ereignis (§187 (1), §188 (2) BGB)",
                                 "vanaf het einde als gebeurtenis (§187 (1), §188 (2) BGB)",
                                 "fra ophøret som begivenhed (§187 (1), §188 (2) BGB)"}),
                    next = say({"from the next day (§187 (2), §188 (2) BGB)", "ab dem Folgetag (§187 (2), §188 (2) BGB)",
                                "vanaf de volgende dag (§187 (2), §188 (2) BGB)",
                                "fra dagen efter (§187 (2), §188 (2) BGB)"});
  const bool as_event = rule == AfterEnd::end_as_event;
  const local_days day = after_end_day(end, d.within, rule),
                   other = after_end_day(end, d.within, as_event ? AfterEnd::from_next_day : AfterEnd::end_as_event);
  return say({"{0}: {1} after the regular end on {2}, counted {3} → {4}. The other reading, {5}, gives {6}.",
              "{0}: {1} nach dem ordentlichen Ende am {2}, gerechnet {3} → {4}. Die andere Lesart, {5}, ergibt den {6}.",
              "{0}: {1} na het reguliere einde op {2}, gerekend {3} → {4}. De andere lezing, {5}, geeft {6}.",
              "{0}: {1} efter det ordinære ophør den {2}, regnet {3} → {4}. Den anden læsning, {5}, giver {6}."},
             {d.label, span_text(d.within), date_text(end), as_event ? event : next, date_text(day),
              as_event ? next : event, date_text(other)});
}

// §10, §10.2, §11.2.1: the profile's deadlines from the invoice or the earliest end.
std::vector<DatedDeadline> dated_deadlines(const TermQuery& q, local_days end) {
  std::vector<DatedDeadline> out;
  for (const auto& d : q.profile->deadlines) {
    const bool invoice = d.after == ContractDeadline::After::invoice;
    std::optional<local_days> due;
    if (invoice && q.invoice) due = add_span(*q.invoice, d.within);
    if (!invoice) due = after_end_day(end, d.within, q.after_end);
    // "14 days after the invoice": the label and clause are the profile's.
    std::string rule = invoice ? say({"{0} after the invoice", "{0} nach Rechnungsdatum", "{0} na de factuurdatum",
                                      "{0} efter fakturadatoen"},
                                     {span_text(d.within)})
                               : say({"{0} after the regular end", "{0} nach dem regulären Vertragsende",
                                      "{0} na het reguliere einde", "{0} efter det ordinære ophør"},
                                     {span_text(d.within)});
    std::string text = due ? d.label + ": " + rule + " → " + date_text(*due)
                           : say({"{0}: {1} (give the invoice date)", "{0}: {1} (Rechnungsdatum angeben)",
                                  "{0}: {1} (geef de factuurdatum op)", "{0}: {1} (angiv fakturadatoen)"},
                                 {d.label, rule});
    out.push_back({&d, due, rule, text + (d.cite.clause.empty() ? "" : " — " + d.cite.clause)});
  }
  return out;
}

}  // namespace

TermAnswer compute_term(const TermQuery& q) {
  TermAnswer a = compute_terms(q);
  for (const auto& c : q.changes) a.change_effects.push_back(change_effect(c));
  a.deadlines = dated_deadlines(q, a.earliest_end);
  a.readings = term_readings(q);
  a.explain.push_back({"term", term_rule_text(*q.tier)});
  a.explain.push_back({"term-end", term_end_text(q.term_end)});
  if (a.notice_by) a.explain.push_back({"notice-deadline", notice_text(q, a)});
  for (const auto& d : q.profile->deadlines)
    if (d.after == ContractDeadline::After::regular_end &&
        (d.within.unit == Span::Unit::month || d.within.unit == Span::Unit::year))
      a.explain.push_back({"after-end", after_end_text(d, a.earliest_end, q.after_end)});
  return a;
}

// §11.2: damages = percent × the monthly fees until the end of the term in
// force, at most percent × cap months of fees. The fees run from the day
// after the termination to the term's last day.
std::optional<Error> damages_for_cause(const TermQuery& q, TermAnswer& a, const TerminationForCause& cause,
                                       const std::string& at, Damages& out) {
  const TermStretch* in_force = nullptr;
  for (const auto& t : a.terms)
    if (t.first <= cause.date && cause.date <= t.last) in_force = &t;
  if (!in_force)
    return Error{"out_of_range",
                 say({"no term is running on this day (after an open-ended minimum term nothing is owed)",
                      "an diesem Tag läuft keine Laufzeit (nach einer Mindestlaufzeit ohne Verlängerung ist nichts "
                      "geschuldet)",
                      "op deze dag loopt geen looptijd (na een minimale looptijd zonder verlenging is niets "
                      "verschuldigd)",
                      "på denne dag løber ingen løbetid (efter en minimumsløbetid uden forlængelse skyldes intet)"}),
                 at + "/date"};
  if (!in_force->tier->term->damages_for_cause)
    return Error{"not_in_contract",
                 say({"{0} has no damages rule for a termination for cause",
                      "{0} hat keine Schadensersatzregel für eine außerordentliche Kündigung",
                      "{0} heeft geen schadevergoedingsregel voor een beëindiging om gegronde reden",
                      "{0} har ingen erstatningsregel for ophævelse af vægtig grund"},
                     {in_force->tier->name}),
                 at};
  const DamagesForCause& d = *in_force->tier->term->damages_for_cause;
  out.date = cause.date;
  out.term_last = in_force->last;
  out.rule = &d;
  // Whole months from the day after, then the days left.
  local_days from = cause.date + days{1};
  long long months = 0;
  while (from <= in_force->last &&
         term_last_day(from, Span{static_cast<int>(months + 1), Span::Unit::month}, q.term_end) <= in_force->last)
    ++months;
  local_days covered =
      months ? term_last_day(from, Span{static_cast<int>(months), Span::Unit::month}, q.term_end) : from - days{1};
  long long left = (in_force->last - covered).count();
  Rational remaining = q.remaining == RemainingFees::whole_months_up ? Rational(months + (left > 0 ? 1 : 0))
                                                                     : Rational(months) + Rational::fraction(left, 30);
  Rational share = d.percent.share();
  Rational owed = share * remaining * Rational(cause.monthly_fee);
  Rational cap = share * Rational(d.cap_months) * Rational(cause.monthly_fee);
  bool capped = cap < owed;
  long long amount = static_cast<long long>((capped ? cap : owed).round_half_up());
  out.months = months;
  out.days = left;
  out.remaining = remaining;
  out.capped = capped;
  out.amount = amount;
  const Profile& p = *q.profile;
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
  const std::string on = date_text(cause.date), until = date_text(in_force->last),
                    exact = local_decimal(remaining.to_decimal(4)), fee_text = money_text(cause.monthly_fee, p.currency),
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
  a.explain.push_back({"damages", text + (d.cite.clause.empty() ? "" : " — " + d.cite.clause) + "."});
  return std::nullopt;
}

}  // namespace slacalc
