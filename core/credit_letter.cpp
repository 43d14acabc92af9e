#include "credit_letter.hpp"

#include <algorithm>

#include "ics.hpp"
#include "iso_time.hpp"
#include "human_duration.hpp"
#include "local_text.hpp"
#include "measure.hpp"
#include "profile_text.hpp"
#include "zones.hpp"

namespace slacalc {

namespace {

// Decimals of a percentage as the contract writes its target: at least two
// ("99.5" → 2, "99.95" → 2, "99.995" → 3).
int contract_decimals(const Percent& target) {
  std::string text = target.value().to_decimal(6);
  auto point = text.find('.');
  return std::max(2, point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1));
}

// A time of day, "10:00" or "21:55:12" (Danish with dots, as Intl writes it).
std::string clock_text(date::local_seconds t) {
  auto s = (t - date::floor<date::days>(t)).count();
  const char* sep = current_lang() == Lang::da ? "." : ":";
  auto two = [](long long n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return two(s / 3600) + sep + two(s / 60 % 60) + (s % 60 ? sep + two(s % 60) : "");
}

std::string kind_text(const Outage& o) {
  if (o.kind == Outage::Kind::planned)
    return o.late_notice ? say({"planned, announced too late", "geplant, zu spät angekündigt", "gepland, te laat aangekondigd",
                                "planlagt, varslet for sent"})
                         : say({"planned", "geplant", "gepland", "planlagt"});
  if (o.kind == Outage::Kind::excluded)
    return say({"excluded ({0}), which this commitment counts", "ausgenommen ({0}), was diese Zusage zählt",
                "uitgezonderd ({0}), wat deze toezegging meetelt", "undtaget ({0}), hvilket dette tilsagn tæller med"},
               {exclusion_text(kExclusionReasons[o.reason])});
  return say({"unplanned", "ungeplant", "ongepland", "uplanlagt"});
}

// "- 2026-05-01 10:00–21:55:12 (11h 55m 12s), unplanned": one outage claimed, in the profile's zone.
std::string outage_line(const Zone& zone, const Outage& o) {
  date::local_seconds from = to_local(zone, o.begin), to = to_local(zone, o.end);
  auto day = [](date::local_seconds t) { return date_text(date::floor<date::days>(t)); };
  std::string span = day(from) + " " + clock_text(from) + "–" +
                     (day(from) == day(to) ? "" : day(to) + " ") + clock_text(to);
  return "- " + span + " (" + human_duration(Duration(o.end - o.begin)) + "), " + kind_text(o) + "\n";
}

// A letter lists this many outages, then says how many more (a monitoring export may hold thousands).
constexpr std::size_t kLetterOutages = 50;

// The outages within the period that the deciding commitment counts, one a line.
std::string outages_claimed(const Profile& p, const CreditAnswer& a, const CreditQuery& q) {
  if (!q.outages) return "";
  const Zone& zone = *find_zone(p.time_zone);
  const Commitment& c = *a.deciding;
  const unsigned char own = own_scope(p, c);
  const date::sys_seconds from = to_utc(zone, q.period.from).instant;
  const date::sys_seconds to = to_utc(zone, q.period.to).instant;
  std::string lines;
  std::size_t claimed = 0;
  for (const Outage& o : *q.outages) {
    if (o.begin >= to || o.end <= from || (own != 0 && o.scope != 0 && o.scope != own) || excluded_by(c, o)) continue;
    if (++claimed <= kLetterOutages) lines += outage_line(zone, o);
  }
  if (claimed == 0) return "";
  if (claimed > kLetterOutages)
    lines += say({"- and {0} more\n", "- und {0} weitere\n", "- en nog {0}\n", "- og {0} flere\n"},
                 {std::to_string(claimed - kLetterOutages)});
  return say({"The outages claimed ({0}):\n", "Die geltend gemachten Ausfälle ({0}):\n", "De geclaimde storingen ({0}):\n",
              "De krævede udfald ({0}):\n"},
             {p.time_zone}) +
         lines + "\n";
}

// "From:" and the customer number below "To:", each only when given.
std::string claimant_head(const Claimant& who) {
  std::string head;
  if (!who.name.empty()) head += say({"From: {0}\n", "Von: {0}\n", "Van: {0}\n", "Fra: {0}\n"}, {isolated(who.name)});
  if (!who.number.empty())
    head += say({"Customer/contract number: {0}\n", "Kunden-/Vertragsnummer: {0}\n", "Klant-/contractnummer: {0}\n",
                 "Kunde-/kontraktnummer: {0}\n"},
                {isolated(who.number)});
  return head;
}

// Below the closing: the signature (else the name), then the contact lines.
std::string claimant_foot(const Claimant& who) {
  std::string foot;
  const std::string& signer = who.signature.empty() ? who.name : who.signature;
  if (!signer.empty()) foot += isolated(signer) + "\n";
  if (!who.contact.empty()) foot += isolated(who.contact) + "\n";
  return foot;
}

}  // namespace

std::string claim_letter(const Profile& p, const Tier& t, const CreditAnswer& a, const CreditQuery& q,
                         const Claimant& who, Lang lang) {
  const Credit& rule = t.credit;
  const Commitment& c = *a.deciding;
  LangScope scope(lang);
  date::year_month_day first{q.period.from};
  LocalSpan period = commitment_span(rule.period, first.year() / first.month());
  std::string clause = !rule.cite.clause.empty()
                           ? rule.cite.clause
                           : say({"the credit terms", "den Gutschriftsbedingungen", "de crediteringsvoorwaarden",
                                  "kreditbetingelserne"});
  // The contract's precision, cut (not rounded: a missed target never reads as met).
  const int decimals = contract_decimals(c.target_percent);
  std::string achieved = percent_text(a.deciding_achieved, decimals);
  std::string target = percent_text(c.target_percent, decimals);
  std::string share = percent_text(a.percent_of_fee, 3);
  return say({"To: {0}\n", "An: {0}\n", "Aan: {0}\n", "Til: {0}\n"}, {p.vendor}) + claimant_head(who) +
         say({"Subject: SLA credit claim — {0}, {1}, {2}\n\nDear Sir or Madam,\n\n",
              "Betreff: Antrag auf SLA-Gutschrift — {0}, {1}, {2}\n\nSehr geehrte Damen und Herren,\n\n",
              "Onderwerp: Aanvraag SLA-creditering — {0}, {1}, {2}\n\nGeachte heer, mevrouw,\n\n",
              "Emne: Krav om SLA-kreditering — {0}, {1}, {2}\n\nTil rette vedkommende\n\n"},
             {p.product, t.name, period.label}) +
         say({"Under {0} of our agreement ({1}, {2}) we claim a service credit for {3} ({4} to {5}). ",
              "gemäß {0} unseres Vertrags ({1}, {2}) beantragen wir eine Gutschrift für {3} ({4} bis {5}). ",
              "op grond van {0} van onze overeenkomst ({1}, {2}) vragen wij een creditering aan voor {3} ({4} tot en met {5}). ",
              "I henhold til {0} i vores aftale ({1}, {2}) kræver vi en kreditering for {3} ({4} til {5}). "},
             {clause, p.product, t.name, period.label, date_text(period.from), date_text(period.to - date::days{1})}) +
         say({"The measured availability was {0} against the guaranteed {1}. The credit is {2} ({3} of {4}).\n\n",
              "Die gemessene Verfügbarkeit betrug {0} bei zugesicherten {1}. Die Gutschrift beträgt {2} ({3} von {4}).\n\n",
              "De gemeten beschikbaarheid was {0} tegenover de gegarandeerde {1}. De creditering bedraagt {2} ({3} van {4}).\n\n",
              "Den målte tilgængelighed var {0} mod de garanterede {1}. Krediteringen udgør {2} ({3} af {4}).\n\n"},
             {achieved, target, money_text(a.amount), share, money_text(q.fee)}) +
         outages_claimed(p, a, q) +
         say({"Please confirm the credit in writing.\n\nKind regards\n",
              "Bitte bestätigen Sie uns die Gutschrift schriftlich.\n\nMit freundlichen Grüßen\n",
              "Graag ontvangen wij een schriftelijke bevestiging van de creditering.\n\nMet vriendelijke groet\n",
              "Bekræft venligst krediteringen skriftligt.\n\nMed venlig hilsen\n"}) +
         claimant_foot(who);
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
