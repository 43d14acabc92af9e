#include "credit_letter.hpp"

#include "ics.hpp"
#include "iso_time.hpp"
#include "local_text.hpp"
#include "profile_text.hpp"

namespace slacalc {

std::string claim_letter(const Profile& p, const Tier& t, const CreditAnswer& a, const CreditQuery& q, Lang lang) {
  const Credit& rule = t.credit;
  const Commitment& c = *a.deciding;
  const Percent& achieved = a.deciding_achieved;
  LangScope scope(lang);
  date::year_month_day first{q.period.from};
  LocalSpan period = commitment_span(rule.period, first.year() / first.month());
  std::string clause = !rule.cite.clause.empty()
                           ? rule.cite.clause
                           : say({"the credit terms", "den Gutschriftsbedingungen", "de crediteringsvoorwaarden",
                                  "kreditbetingelserne"});
  std::string text =
      say({"To: {0}\nSubject: SLA credit claim — {1}, {2}, {3}\n\nDear Sir or Madam,\n\n",
           "An: {0}\nBetreff: Antrag auf SLA-Gutschrift — {1}, {2}, {3}\n\nSehr geehrte Damen und Herren,\n\n",
           "Aan: {0}\nOnderwerp: Aanvraag SLA-creditering — {1}, {2}, {3}\n\nGeachte heer, mevrouw,\n\n",
           "Til: {0}\nEmne: Krav om SLA-kreditering — {1}, {2}, {3}\n\nKære modtager\n\n"},
          {p.vendor, p.product, t.name, period.label}) +
      say({"under {0} of our agreement ({1}, {2}) we claim a service credit for {3} ({4} to {5}). ",
           "gemäß {0} unseres Vertrags ({1}, {2}) beantragen wir eine Gutschrift für {3} ({4} bis {5}). ",
           "op grond van {0} van onze overeenkomst ({1}, {2}) vragen wij een creditering aan voor {3} ({4} tot en met {5}). ",
           "I henhold til {0} i vores aftale ({1}, {2}) kræver vi en kreditering for {3} ({4} til {5}). "},
          {clause, p.product, t.name, period.label, date_text(period.from), date_text(period.to - date::days{1})}) +
      say({"The measured availability was {0} against the guaranteed {1}. The credit is {2} of {3}: {4}.\n\n",
           "Die gemessene Verfügbarkeit betrug {0} bei zugesicherten {1}. Die Gutschrift beträgt {2} von {3}: {4}.\n\n",
           "De gemeten beschikbaarheid was {0} tegenover de gegarandeerde {1}. De creditering bedraagt {2} van {3}: {4}.\n\n",
           "Den målte tilgængelighed var {0} mod de garanterede {1}. Krediteringen udgør {2} af {3}: {4}.\n\n"},
          {percent_text(achieved), percent_text(c.target_percent), percent_text(a.percent_of_fee),
           money_text(q.fee), money_text(a.amount)}) +
      say({"Please confirm the credit in writing.\n\nKind regards\n",
           "Bitte bestätigen Sie uns die Gutschrift schriftlich.\n\nMit freundlichen Grüßen\n",
           "Graag ontvangen wij een schriftelijke bevestiging van de creditering.\n\nMet vriendelijke groet\n",
           "Bekræft venligst krediteringen skriftligt.\n\nMed venlig hilsen\n"});
  return text;
}

std::string credit_calendar(const Profile& p, const Tier& t, const CreditAnswer& a, const LocalSpan& period) {
  std::vector<IcsEvent> events;
  std::string what = isolated(p.product) + ", " + isolated(t.name) + ", " + period.label;
  auto event = [&](const char* id, date::local_days day, const std::string& summary, const std::string& description) {
    events.push_back({p.id + "-" + t.id + "-" + id + "-" + iso_date(day) + "@slacalc", day, summary, description});
  };
  std::string amount = money_text(a.amount);
  if (a.claim_deadline)
    event("claim", *a.claim_deadline,
          say({"Last day to claim the SLA credit: {0}", "Letzter Tag für den Antrag auf SLA-Gutschrift: {0}",
               "Laatste dag om de SLA-creditering aan te vragen: {0}", "Sidste dag for krav om SLA-kreditering: {0}"},
              {what}),
          claim_text(t.credit) + ": " + amount + ". " + t.credit.cite.clause);
  if (a.redemption) {
    const RedemptionDates& d = *a.redemption;
    if (d.offset_at)
      event("offset", *d.offset_at,
            say({"SLA credit offset at renewal: {0}", "SLA-Gutschrift bei der Verlängerung verrechnet: {0}",
                 "SLA-creditering verrekend bij de verlenging: {0}", "SLA-kreditering modregnet ved fornyelsen: {0}"},
                {what}),
            say({"{0} offset against this renewal's annual fee. {1}",
                 "{0} werden mit der Jahresgebühr dieser Verlängerung verrechnet. {1}",
                 "{0} wordt verrekend met de jaarvergoeding van deze verlenging. {1}",
                 "{0} modregnes i årsgebyret for denne fornyelse. {1}"},
                {amount, t.credit.cite.clause}));
    if (d.year_last)
      event("lapses", *d.year_last,
            say({"SLA credit lapses after today: {0}", "SLA-Gutschrift verfällt nach heute: {0}",
                 "SLA-creditering vervalt na vandaag: {0}", "SLA-kreditering bortfalder efter i dag: {0}"},
                {what}),
            d.lapses_unused
                ? say({"Under the reading chosen, {0} lapses today without a renewal to offset it at. {1}",
                       "Nach der gewählten Lesart verfallen {0} heute ohne eine Verlängerung, mit der sie verrechnet würden. {1}",
                       "Volgens de gekozen lezing vervalt {0} vandaag zonder verlenging om het mee te verrekenen. {1}",
                       "Efter den valgte læsning bortfalder {0} i dag uden en fornyelse at modregne i. {1}"},
                      {amount, t.credit.cite.clause})
                : say({"Redeem {0} by today, or it lapses. {1}", "Lösen Sie {0} bis heute ein, sonst verfallen sie. {1}",
                       "Wissel {0} uiterlijk vandaag in, anders vervalt het. {1}",
                       "Indløs {0} senest i dag, ellers bortfalder beløbet. {1}"},
                      {amount, t.credit.cite.clause}));
  }
  return ics_calendar(events, period.to);
}

}  // namespace slacalc
