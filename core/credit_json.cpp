#include "credit_json.hpp"

#include <algorithm>

#include "credit.hpp"
#include "credit_letter.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "profile_text.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"

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
    if (rule.fee != Credit::Fee::previous_month_resource_group)
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

// What was achieved: "availability" given (one figure, or one per scope),
// or measured from outages — the request's or a large file's.
std::optional<Error> read_achieved(const json& r, const Profile& p, const Tier& t, const OutageFile* file,
                                   CreditQuery& q, std::vector<Outage>& listed, Explain& notes) {
  const Credit& rule = t.credit;
  const json* given = find_field(r, "availability");
  const json* outages = find_field(r, "outages");
  if (auto e = check_outage_source(r, file)) return e;
  if (file && given)
    return Error{"conflict",
                 say({"the availability is measured from the file's outages; leave out \"availability\"",
                      "die Verfügbarkeit wird aus den Ausfällen der Datei gemessen; lassen Sie \"availability\" weg",
                      "de beschikbaarheid wordt gemeten uit de storingen van het bestand; laat \"availability\" weg",
                      "tilgængeligheden måles ud fra filens nedbrud; udelad \"availability\""}),
                 "/availability"};
  if (!file && !!given == !!outages)
    return Error{given ? "conflict" : "missing_field",
                 say({"give \"availability\" or \"outages\", one of them",
                      "geben Sie \"availability\" oder \"outages\" an, eines von beiden",
                      "geef \"availability\" of \"outages\", één van beide",
                      "angiv \"availability\" eller \"outages\", én af dem"}),
                 given ? "/outages" : "/availability"};
  if (outages || file) {
    OutageContext context = outage_context(&p);
    std::vector<AdjustedTime> adjusted;
    if (outages) {
      auto local = read_local_reading(r);
      if (!local.ok()) return local.error();
      context.local = local.value();
      auto read = read_outages(*outages, "/outages", context, &adjusted);
      if (!read.ok()) return read.error();
      listed = std::move(read.value());
    }
    if (auto line = adjusted_times_line(file ? file->adjusted : adjusted, file ? file->local : context.local,
                                        *context.zone))
      notes.push_back(*line);
    auto closures = read_closures(r, p);
    if (!closures.ok()) return closures.error();
    q.closed = closures.value();
    q.outages = file ? &file->outages : &listed;
  }
  bool any = false;
  for (const auto& c : t.availability) {
    if (c.period != rule.period) continue;
    any = true;
    if (!given) continue;
    const json* v = given->is_object() ? find_field(*given, c.scope) : given;
    std::string path = given->is_object() ? child_path("/availability", c.scope) : "/availability";
    if (!v)
      return missing_field(path, say({"the achieved availability of {0}", "die erreichte Verfügbarkeit von {0}",
                                      "de behaalde beschikbaarheid van {0}", "den opnåede tilgængelighed for {0}"},
                                     {c.scope}));
    auto pct = read_percent(*v, path);
    if (!pct.ok()) return pct.error();
    q.achieved.push_back({&c, pct.value(), std::nullopt});
  }
  if (!any)
    return Error{"unknown_value",
                 say({"{0} has no commitment measured per {1}", "{0} hat keine Zusage, die pro {1} gemessen wird",
                      "{0} heeft geen toezegging die per {1} wordt gemeten", "{0} har intet tilsagn, der måles pr. {1}"},
                     {t.name, period_word(rule.period)}),
                 "/tier"};
  return std::nullopt;
}

// "serviceYearStart" and "redemptionYear": the redemption dates (Arena, Gutschriften).
std::optional<Error> read_redemption(const json& r, CreditQuery& q) {
  if (const json* v = find_field(r, "serviceYearStart")) {
    auto day = read_day(*v, "/serviceYearStart");
    if (!day.ok()) return day.error();
    q.service_year_start = day.value();
  }
  if (const json* v = find_field(r, "redemptionYear")) {
    if (auto e = read_id(*v, "/redemptionYear", kRedemptionYearIds, q.redemption_year)) return e;
  }
  return std::nullopt;
}

// "asOf": the day the claim is looked at from, for whether its deadline has passed.
std::optional<Error> read_as_of(const json& r, CreditQuery& q) {
  const json* v = find_field(r, "asOf");
  if (!v) return std::nullopt;
  auto day = read_day(*v, "/asOf");
  if (!day.ok()) return day.error();
  q.as_of = day.value();
  return std::nullopt;
}

// "claimant": { name, number, contact, signature }, each a text of at most
// kMaxClaimantChars; name and number on one line, no control character but a
// line break in contact and signature (the letter's header lines stay its own).
constexpr std::size_t kMaxClaimantChars = 500;

Result<Claimant> read_claimant(const json& r) {
  Claimant who;
  const json* v = find_field(r, "claimant");
  if (!v) return who;
  if (!v->is_object())
    return wrong_type("/claimant", say({"an object", "ein Objekt", "een object", "et objekt"}), *v);
  if (auto e = reject_unknown_fields(*v, "/claimant", {"name", "number", "contact", "signature"})) return *e;
  struct Part {
    const char* key;
    std::string* field;
    bool lines;
  };
  for (const Part& spec : {Part{"name", &who.name, false}, Part{"number", &who.number, false},
                              Part{"contact", &who.contact, true}, Part{"signature", &who.signature, true}}) {
    const char* key = spec.key;
    const bool lines = spec.lines;
    const json* part = find_field(*v, key);
    if (!part) continue;
    std::string path = std::string("/claimant/") + key;
    auto text = read_string(*part, path);
    if (!text.ok()) return text.error();
    const std::string& s = text.value();
    bool bad = std::any_of(s.begin(), s.end(), [lines](char ch) {
      auto u = static_cast<unsigned char>(ch);
      return (u < 0x20 && !(lines && ch == '\n')) || u == 0x7f;
    });
    if (bad || s.size() > kMaxClaimantChars)
      return Error{"invalid_format",
                   lines ? say({"a text of at most {0} bytes; line breaks are the only control characters",
                                "ein Text von höchstens {0} Bytes; Zeilenumbrüche sind die einzigen Steuerzeichen",
                                "een tekst van hoogstens {0} bytes; regeleinden zijn de enige stuurtekens",
                                "en tekst på højst {0} byte; linjeskift er de eneste styretegn"},
                               {std::to_string(kMaxClaimantChars)})
                         : say({"one line of at most {0} bytes", "eine Zeile von höchstens {0} Bytes",
                                "één regel van hoogstens {0} bytes", "én linje på højst {0} byte"},
                               {std::to_string(kMaxClaimantChars)}),
                   path};
    *spec.field = s;
  }
  return who;
}

json achieved_json(const Achieved& m) {
  const Commitment& c = *m.commitment;
  json out = object({{"scope", c.scope}, {"target", c.target_percent.value().to_decimal(6)},
                     {"achieved", percent_json(m.percent, 6)}, {"met", !(m.percent < c.target_percent)}});
  if (m.measured) {
    out["downtime"] = duration_json(Duration(m.measured->downtime));
    out["budget"] = duration_json(m.measured->figures.budget_seconds);
  }
  return out;
}

json answer_json(const Profile& p, const Tier& t, const CreditQuery& q, const CreditAnswer& a, const Claimant& who) {
  const Credit& rule = t.credit;
  json out;
  out["profile"] = p.id;
  out["tier"] = t.id;
  out["currency"] = p.currency;
  out["period"] = object({{"label", q.period.label}, {"from", iso_date(q.period.from)}, {"to", iso_date(q.period.to)}});
  out["kind"] = rule.kind == Credit::Kind::none ? "none" : "credit";
  out["eligible"] = a.eligible;
  out["percentOfFee"] = a.percent_of_fee.value().to_decimal(kMaxDecimalPlaces);
  out["fee"] = object({{"minor", q.fee.minor}, {"text", money_text(q.fee)}});
  out["amount"] = object({{"minor", a.amount.minor}, {"text", money_text(a.amount)}});
  out["claimDeadline"] = a.claim_deadline ? json(iso_date(*a.claim_deadline)) : json();
  // Only when asked (asOf): an answer without it says nothing about today.
  if (q.as_of) {
    out["asOf"] = iso_date(*q.as_of);
    out["claimDeadlinePassed"] = a.claim_deadline_passed ? json(*a.claim_deadline_passed) : json();
  }
  out["claim"] = claim_text(rule);
  out["redemption"] = redemption_text(rule);
  out["redemptionYear"] = id_of(kRedemptionYearIds, q.redemption_year);
  out["redemptionDates"] = redemption_json(a);
  out["clause"] = rule.cite.clause;
  out["calendar"] = a.eligible ? json(credit_calendar(p, t, a, q.period)) : json();
  json achieved = json::array();
  for (const auto& m : a.achieved) achieved.push_back(achieved_json(m));
  out["achieved"] = achieved;
  // Each language's letter, whatever the call's: a claim goes to the vendor in
  // the contract's language, which need not be the reader's.
  json letters = json::object();
  if (a.eligible)
    for (Lang lang : {Lang::en, Lang::de, Lang::nl, Lang::da}) letters[lang_code(lang)] = claim_letter(p, t, a, q, who, lang);
  out["letter"] = a.eligible ? letters : json();
  out["explain"] = explain_json(a.explain);
  if (q.outages) out["options"] = options_json({reading_option(p, q.reading)});
  return out;
}

}  // namespace

Result<json> credit_endpoint(const json& r, const OutageFile* file) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "month", "availability", "outages", "fee", "resourceGroup",
                                             "closedDays", "holidayOptions", "serviceYearStart", "redemptionYear",
                                             "monthBasis", "disambiguation", "asOf", "claimant"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& t = *resolved.value().tier;
  if (!find_field(r, "month"))
    return missing_field("/month", say({"the month, YYYY-MM", "der Monat, YYYY-MM", "de maand, YYYY-MM", "måneden, YYYY-MM"}));
  PeriodSpec month;
  if (auto e = read_zoned_month(*find_field(r, "month"), "/month", month)) return *e;
  CreditQuery q;
  q.profile = &p;
  q.tier = &t;
  q.period = commitment_span(t.credit.period, date::year{month.month_year} / date::month{month.month});
  q.fee.currency = p.currency;
  Explain fee_explain;
  std::vector<Outage> listed;
  if (t.credit.kind != Credit::Kind::none) {
    auto fee = read_fee(r, t.credit, fee_explain, p.currency);
    if (!fee.ok()) return fee.error();
    q.fee.minor = fee.value();
    if (auto e = read_achieved(r, p, t, file, q, listed, fee_explain)) return *e;
  }
  if (auto e = read_redemption(r, q)) return *e;
  if (auto e = read_as_of(r, q)) return *e;
  auto claimant = read_claimant(r);
  if (!claimant.ok()) return claimant.error();
  auto reading = read_reading(r);
  if (!reading.ok()) return reading.error();
  q.reading = reading.value();

  CreditAnswer a = q.outages ? credit_from_outages(q) : compute_credit(q);
  if (a.nothing_measured)
    return Error{"out_of_range",
                 say({"nothing was measured in {0}", "in {0} wurde nichts gemessen", "in {0} is niets gemeten",
                      "intet blev målt i {0}"},
                     {q.period.label}),
                 "/outages"};
  a.explain.insert(a.explain.begin() + (a.explain.empty() ? 0 : 1), fee_explain.begin(), fee_explain.end());
  return answer_json(p, t, q, a, claimant.value());
}

}  // namespace slacalc
