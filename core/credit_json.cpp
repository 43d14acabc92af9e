#include "credit_json.hpp"

#include "result_json.hpp"
#include "credit.hpp"
#include "ics.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "period_json.hpp"
#include "request_profile.hpp"
#include "profile_text.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

Result<std::int64_t> read_money(const json& v, const std::string& path) {
  auto n = read_integer(v, path, 0, kMaxMinorUnits);
  if (!n.ok()) return n.error();
  return static_cast<std::int64_t>(n.value());
}

// The fee the rule names: "fee", or Flying Circus's resource group as parts
// (§9.7: service level + vCPU + RAM + storage of the previous month).
Result<std::int64_t> read_fee(const json& r, const Credit& rule, Explain& explain, const std::string& currency) {
  const json* fee = find_field(r, "fee");
  const json* group = find_field(r, "resourceGroup");
  if (fee && group)
    return Error{"conflict",
                 say({"give either \"fee\" or \"resourceGroup\"", "geben Sie entweder \"fee\" oder \"resourceGroup\" an",
                      "geef \"fee\" of \"resourceGroup\"", "angiv enten \"fee\" eller \"resourceGroup\""}),
                 "/resourceGroup"};
  if (group) {
    if (rule.fee != "previous-month-resource-group-fee")
      return Error{"unknown_field",
                   say({"this rule's fee is not a resource group's",
                        "das Entgelt dieser Regel ist nicht das einer Ressourcengruppe",
                        "de vergoeding van deze regel is niet die van een resourcegroep",
                        "denne regels gebyr er ikke en ressourcegruppes"}),
                   "/resourceGroup"};
    if (!group->is_object())
      return wrong_type("/resourceGroup",
                        say({"an object of amounts", "ein Objekt mit Beträgen", "een object met bedragen", "et objekt med beløb"}),
                        *group);
    if (auto e = reject_unknown_fields(*group, "/resourceGroup", {"serviceLevel", "vcpu", "ram", "storage"})) return *e;
    std::int64_t sum = 0;
    std::string parts;
    for (const char* key : {"serviceLevel", "vcpu", "ram", "storage"}) {
      const json* v = find_field(*group, key);
      if (!v)
        return missing_field(std::string("/resourceGroup/") + key,
                             say({"the previous month's amount, in minor units",
                                  "der Betrag des Vormonats, in kleinsten Währungseinheiten",
                                  "het bedrag van de vorige maand, in de kleinste munteenheid",
                                  "forrige måneds beløb, i mindste møntenhed"}));
      auto amount = read_money(*v, std::string("/resourceGroup/") + key);
      if (!amount.ok()) return amount.error();
      sum += amount.value();
      parts += (parts.empty() ? "" : " + ") + money_text(amount.value(), currency) + " " + key;
    }
    explain.push_back({"fee", say({"Resource group, previous month: {0} = {1}.", "Ressourcengruppe, Vormonat: {0} = {1}.",
                                   "Resourcegroep, vorige maand: {0} = {1}.", "Ressourcegruppe, forrige måned: {0} = {1}."},
                                  {parts, money_text(sum, currency)})});
    return sum;
  }
  if (!fee)
    return missing_field("/fee", say({"the fee the credit is a share of, in minor units (cents, øre)",
                                      "das Entgelt, von dem die Gutschrift ein Anteil ist, in kleinsten Währungseinheiten "
                                      "(Cent, Øre)",
                                      "de vergoeding waarvan de creditering een deel is, in de kleinste munteenheid "
                                      "(centen, øre)",
                                      "gebyret, som krediteringen er en andel af, i mindste møntenhed (cent, øre)"}));
  return read_money(*fee, "/fee");
}

// The claim letter in each language (clause, product and tier as the profile
// writes them), whatever the call's language: a claim goes to the vendor in
// the contract's language, which need not be the reader's.
json letters(const Profile& p, const Tier& t, const CreditAnswer& a, const PeriodSpec& month,
             const Rational& achieved, std::int64_t fee) {
  const Credit& rule = t.credit;
  const Commitment& c = *a.deciding;
  json out = json::object();
  for (Lang lang : {Lang::en, Lang::de, Lang::nl, Lang::da}) {
    LangScope scope(lang);
    LocalSpan period = commitment_span(rule.period, month.month_year, month.month);
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
             money_text(fee, p.currency), money_text(a.amount_minor, p.currency)}) +
        say({"Please confirm the credit in writing.\n\nKind regards\n",
             "Bitte bestätigen Sie uns die Gutschrift schriftlich.\n\nMit freundlichen Grüßen\n",
             "Graag ontvangen wij een schriftelijke bevestiging van de creditering.\n\nMet vriendelijke groet\n",
             "Bekræft venligst krediteringen skriftligt.\n\nMed venlig hilsen\n"});
    out[lang_code(lang)] = text;
  }
  return out;
}

// "month", "quarter", "year" as a word of the call's language.
std::string period_word(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::month: return say({"month", "Monat", "maand", "måned"});
    case PeriodKind::quarter: return say({"quarter", "Quartal", "kwartaal", "kvartal"});
    case PeriodKind::year: return say({"year", "Jahr", "jaar", "år"});
    default: return period_kind_id(kind);
  }
}

json day_or_null(const std::optional<date::local_days>& day) { return day ? json(iso_date(*day)) : json(); }

json redemption_json(const CreditAnswer& a) {
  if (!a.eligible || !a.redemption) return nullptr;
  const RedemptionDates& d = *a.redemption;
  return object({{"available", iso_date(d.available)}, {"serviceYearFirst", day_or_null(d.year_first)},
                 {"lapsesAfter", day_or_null(d.year_last)}, {"offsetAt", day_or_null(d.offset_at)},
                 {"lapsesUnused", d.lapses_unused}});
}

// The claim deadline and the redemption dates as an iCalendar file.
std::string calendar(const Profile& p, const Tier& t, const CreditAnswer& a, const LocalSpan& period) {
  std::vector<IcsEvent> events;
  std::string what = p.product + ", " + t.name + ", " + period.label;
  auto event = [&](const char* id, date::local_days day, const std::string& summary, const std::string& description) {
    events.push_back({p.id + "-" + t.id + "-" + id + "-" + iso_date(day) + "@slacalc", day, summary, description});
  };
  std::string amount = money_text(a.amount_minor, p.currency);
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

}  // namespace

Result<json> credit_endpoint(const json& r, const std::vector<Outage>* file_ledger) {
  if (!r.is_object())
    return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "month", "availability", "outages", "fee", "resourceGroup",
                                             "closedDays", "holidayOptions", "serviceYearStart", "redemptionYear"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& t = *resolved.value().tier;
  if (!find_field(r, "month"))
    return missing_field("/month", say({"the month, YYYY-MM", "der Monat, YYYY-MM", "de maand, YYYY-MM", "måneden, YYYY-MM"}));
  PeriodSpec month;
  if (auto e = read_month(*find_field(r, "month"), "/month", month)) return *e;
  if (month.month_year > 2199)
    return Error{"out_of_range",
                 say({"the month must lie in 1900–2199", "der Monat muss in 1900–2199 liegen",
                      "de maand moet tussen 1900 en 2199 liggen", "måneden skal ligge i 1900–2199"}),
                 "/month"};

  const Credit& rule = t.credit;
  CreditQuery q;
  q.profile = &p;
  q.tier = &t;
  q.period = commitment_span(rule.period, month.month_year, month.month);
  Explain fee_explain;
  if (rule.kind != Credit::Kind::none) {
    auto fee = read_fee(r, rule, fee_explain, p.currency);
    if (!fee.ok()) return fee.error();
    q.fee_minor = fee.value();

    // What was achieved: given, or measured from the outages.
    const json* given = find_field(r, "availability");
    const json* outages = find_field(r, "outages");
    if (auto e = check_outage_source(r, file_ledger)) return *e;
    if (file_ledger && given)
      return Error{"conflict",
                   say({"the availability is measured from the file's outages; leave out \"availability\"",
                        "die Verfügbarkeit wird aus den Ausfällen der Datei gemessen; lassen Sie \"availability\" weg",
                        "de beschikbaarheid wordt gemeten uit de storingen van het bestand; laat \"availability\" weg",
                        "tilgængeligheden måles ud fra filens nedbrud; udelad \"availability\""}),
                   "/availability"};
    if (!file_ledger && !!given == !!outages)
      return Error{given ? "conflict" : "missing_field",
                   say({"give \"availability\" or \"outages\", one of them",
                        "geben Sie \"availability\" oder \"outages\" an, eines von beiden",
                        "geef \"availability\" of \"outages\", één van beide",
                        "angiv \"availability\" eller \"outages\", én af dem"}),
                   given ? "/outages" : "/availability"};
    std::vector<Outage> listed;
    ClosedDays closed;
    if (outages || file_ledger) {
      if (outages) {
        auto read = read_outages(*outages, "/outages", *find_zone(p.time_zone));
        if (!read.ok()) return read.error();
        listed = std::move(read.value());
      }
      auto closures = read_closures(r, p);
      if (!closures.ok()) return closures.error();
      closed = closures.value();
    }
    for (const auto& c : t.availability) {
      if (c.period != rule.period) continue;
      Rational achieved;
      if (given && given->is_object()) {
        const json* v = find_field(*given, c.scope);
        if (!v)
          return missing_field(child_path("/availability", c.scope),
                               say({"the achieved availability of {0}", "die erreichte Verfügbarkeit von {0}",
                                    "de behaalde beschikbaarheid van {0}", "den opnåede tilgængelighed for {0}"},
                                   {c.scope}));
        auto pct = read_percent(*v, child_path("/availability", c.scope));
        if (!pct.ok()) return pct.error();
        achieved = pct.value();
      } else if (given) {
        auto pct = read_percent(*given, "/availability");
        if (!pct.ok()) return pct.error();
        achieved = pct.value();
      } else {
        auto measured = measure_periods(p, c, file_ledger ? *file_ledger : listed, month.month_year, month.month, month.month_year, month.month, closed);
        if (measured.empty() || !measured.front().availability_percent)
          return Error{"out_of_range",
                       say({"nothing was measured in {0}", "in {0} wurde nichts gemessen", "in {0} is niets gemeten",
                            "intet blev målt i {0}"},
                           {q.period.label}),
                       "/outages"};
        achieved = *measured.front().availability_percent;
      }
      q.achieved.push_back({&c, achieved});
    }
    if (q.achieved.empty())
      return Error{"unknown_value",
                   say({"{0} has no commitment measured per {1}", "{0} hat keine Zusage, die pro {1} gemessen wird",
                        "{0} heeft geen toezegging die per {1} wordt gemeten", "{0} har intet tilsagn, der måles pr. {1}"},
                       {t.name, period_word(rule.period)}),
                   "/tier"};
  }

  if (const json* v = find_field(r, "serviceYearStart")) {
    auto day = read_day(*v, "/serviceYearStart");
    if (!day.ok()) return day.error();
    q.service_year_start = day.value();
  }
  if (const json* v = find_field(r, "redemptionYear")) {
    auto reading = read_choice(*v, "/redemptionYear", {"after-available", "after-earned"});
    if (!reading.ok()) return reading.error();
    q.redemption_year = static_cast<RedemptionYear>(reading.value());
  }

  CreditAnswer a = compute_credit(q);
  a.explain.insert(a.explain.begin() + (a.explain.empty() ? 0 : 1), fee_explain.begin(), fee_explain.end());
  json out;
  out["profile"] = p.id;
  out["tier"] = t.id;
  out["currency"] = p.currency;
  out["period"] = object({{"label", q.period.label}, {"from", iso_date(q.period.from)}, {"to", iso_date(q.period.to)}});
  out["kind"] = rule.kind == Credit::Kind::none ? "none" : "credit";
  out["eligible"] = a.eligible;
  out["percentOfFee"] = a.percent_of_fee.to_decimal(kMaxDecimalPlaces);
  out["fee"] = object({{"minor", q.fee_minor}, {"text", money_text(q.fee_minor, p.currency)}});
  out["amount"] = object({{"minor", a.amount_minor}, {"text", money_text(a.amount_minor, p.currency)}});
  out["claimDeadline"] = a.claim_deadline ? json(iso_date(*a.claim_deadline)) : json();
  out["claim"] = claim_text(rule);
  out["redemption"] = redemption_text(rule);
  out["redemptionYear"] = q.redemption_year == RedemptionYear::after_available ? "after-available" : "after-earned";
  out["redemptionDates"] = redemption_json(a);
  out["clause"] = rule.cite.clause;
  out["calendar"] = a.eligible ? json(calendar(p, t, a, q.period)) : json();
  json achieved = json::array();
  for (const auto& m : q.achieved)
    achieved.push_back(object({{"scope", m.commitment->scope}, {"target", m.commitment->target_percent.to_decimal(6)},
                               {"achieved", percent_json(m.percent, 6)}, {"met", !(m.percent < m.commitment->target_percent)}}));
  out["achieved"] = achieved;
  if (a.eligible) {
    const Achieved* deciding = nullptr;
    for (const auto& m : q.achieved)
      if (m.commitment == a.deciding) deciding = &m;
    out["letter"] = letters(p, t, a, month, deciding->percent, q.fee_minor);
  } else {
    out["letter"] = nullptr;
  }
  out["explain"] = explain_json(a.explain);
  return out;
}

}  // namespace slacalc
