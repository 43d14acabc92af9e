#include "term_json.hpp"

#include <algorithm>

#include "insertion_sort.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "period_json.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "span.hpp"
#include "term.hpp"
#include "term_calendar.hpp"
#include "tier_order.hpp"

namespace slacalc {
namespace {

// A request's change kinds: the contract's three, and "downgrade", which it
// has no rule for (no kind: refused by name rather than as an unknown value).
constexpr IdOf<std::optional<TermChange::Kind>> kChangeKindRequestIds[] = {
    {TermChange::Kind::upgrade, "upgrade"},
    {TermChange::Kind::recommit, "recommit"},
    {TermChange::Kind::temporary_upgrade, "temporary-upgrade"},
    {std::nullopt, "downgrade"}};

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
    std::optional<TermChange::Kind> kind;
    if (auto e = read_id(*kind_field, path + "/kind", kChangeKindRequestIds, kind)) return *e;
    if (!kind)
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
    change.kind = *kind;
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

// "terminationForCause": { date, monthlyFee } (§11.2).
std::optional<Error> read_cause(const json& r, local_days start, std::optional<TerminationForCause>& out) {
  if (!r.is_object())
    return wrong_type("/terminationForCause",
                      say({"an object {date, monthlyFee}", "ein Objekt {date, monthlyFee}",
                           "een object {date, monthlyFee}", "et objekt {date, monthlyFee}"}),
                      r);
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
  out = TerminationForCause{day.value(), fee.value()};
  return std::nullopt;
}

json damages_json(const Damages& d, const std::string& currency) {
  return object({{"date", iso_date(d.date)},
                 {"termLast", iso_date(d.term_last)},
                 {"remainingMonths", object({{"whole", d.months}, {"days", d.days}, {"exact", d.remaining.to_decimal(12)}})},
                 {"percent", d.rule->percent.value().to_decimal(6)},
                 {"capMonths", d.rule->cap_months},
                 {"capped", d.capped},
                 {"amount", object({{"minor", d.amount}, {"text", money_text(d.amount, currency)}})},
                 {"clause", d.rule->cite.clause}});
}

// The first day of the minimum term (1900–2200) and the day to look from.
std::optional<Error> read_days(const json& r, TermQuery& q) {
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
  q.start = start.value();
  q.as_of = as_of.value();
  return std::nullopt;
}

// One reading (term.hpp): the first of its table when absent.
template <class Value, std::size_t N>
std::optional<Error> read_reading(const json& r, const char* key, const IdOf<Value> (&ids)[N], Value& out) {
  const json* v = find_field(r, key);
  if (!v) {
    out = ids[0].value;
    return std::nullopt;
  }
  return read_id(*v, std::string("/") + key, ids, out);
}

std::optional<Error> read_readings(const json& r, TermQuery& q) {
  if (auto e = read_reading(r, "termEnd", kTermEndIds, q.term_end)) return e;
  if (auto e = read_reading(r, "noticeDeadline", kNoticeDeadlineIds, q.notice)) return e;
  if (auto e = read_reading(r, "remainingFees", kRemainingFeesIds, q.remaining)) return e;
  return read_reading(r, "afterEnd", kAfterEndIds, q.after_end);
}

json terms_json(const TermQuery& q, const TermAnswer& a) {
  json terms = json::array();
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    const char* status = a.current && i == *a.current ? "current" : t.last < q.as_of ? "past" : "future";
    terms.push_back(object({{"kind", kind_id(t.kind)},   {"tier", t.tier->id},          {"tierName", t.tier->name},
                            {"first", iso_date(t.first)}, {"last", iso_date(t.last)},    {"noticeBy", day_json(t.notice_by)},
                            {"cutShort", t.cut_short},    {"status", status}}));
  }
  return terms;
}

json changes_json(const TermQuery& q, const TermAnswer& a) {
  json out = json::array();
  for (std::size_t i = 0; i < q.changes.size(); ++i) {
    const TermChange& c = q.changes[i];
    json item = object({{"kind", id_of(TermChange::kKindIds, c.kind)},
                        {"from", iso_date(c.from)},
                        {"effect", a.change_effects[i]}});
    if (c.tier) item["tier"] = c.tier->id;
    if (c.kind == TermChange::Kind::temporary_upgrade) item["to"] = iso_date(c.to);
    out.push_back(item);
  }
  return out;
}

json deadlines_json(const TermAnswer& a) {
  json out = json::array();
  for (const auto& d : a.deadlines)
    out.push_back(object({{"id", d.rule->id},
                          {"label", d.rule->label},
                          {"after", id_of(ContractDeadline::kAfterIds, d.rule->after)},
                          {"within", span_id(d.rule->within)},
                          {"date", day_json(d.due)},
                          {"clause", d.rule->cite.clause},
                          {"text", d.text}}));
  return out;
}

}  // namespace

Result<json> term_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "start", "asOf", "changes", "invoiceDate",
                                             "terminationForCause", "termEnd", "noticeDeadline", "remainingFees",
                                             "afterEnd"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& tier = *resolved.value().tier;
  if (!tier.term) return no_term_rule(tier, "/tier");

  TermQuery q;
  q.profile = &p;
  q.tier = &tier;
  if (auto e = read_days(r, q)) return *e;
  auto changes = read_changes(find_field(r, "changes"), p, tier, q.start);
  if (!changes.ok()) return changes.error();
  q.changes = changes.value();
  if (auto e = read_readings(r, q)) return *e;
  if (const json* v = find_field(r, "invoiceDate")) {
    auto day = read_later_day(*v, "/invoiceDate", q.start);
    if (!day.ok()) return day.error();
    q.invoice = day.value();
  }
  std::optional<TerminationForCause> cause;
  if (const json* v = find_field(r, "terminationForCause"))
    if (auto e = read_cause(*v, q.start, cause)) return *e;

  TermAnswer a = compute_term(q);
  json out;
  out["damages"] = nullptr;
  if (cause) {
    Damages damages;
    if (auto e = damages_for_cause(q, a, *cause, "/terminationForCause", damages)) return *e;
    out["damages"] = damages_json(damages, p.currency);
  }
  out["profile"] = p.id;
  out["tier"] = tier.id;
  out["start"] = iso_date(q.start);
  out["asOf"] = iso_date(q.as_of);
  out["options"] = options_json(a.readings);
  out["terms"] = terms_json(q, a);
  out["current"] = a.current ? json(*a.current) : json();
  out["renewals"] = a.renewals;
  out["noticeBy"] = day_json(a.notice_by);
  out["earliestEnd"] = iso_date(a.earliest_end);
  out["openEnded"] = a.open_ended;
  out["changes"] = changes_json(q, a);
  out["deadlines"] = deadlines_json(a);
  out["calendar"] = term_calendar(q, a);
  out["explain"] = explain_json(a.explain);
  return out;
}

}  // namespace slacalc
