#include "budget_json.hpp"

#include "budget.hpp"
#include "contract_reading.hpp"
#include "human_duration.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "parse_number.hpp"
#include "period_json.hpp"
#include "profile_text.hpp"
#include "request_calendar.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"

namespace slacalc {
namespace {


Result<Rounding> read_rounding(const json& request) {
  auto v = find_field(request, "rounding");
  if (!v) return Rounding::exact;
  Rounding rounding = Rounding::exact;
  if (auto e = read_id(*v, "/rounding", kRoundingIds, rounding)) return *e;
  return rounding;
}

Result<PeriodKind> read_kind(const json& v, const std::string& path) {
  PeriodKind kind = PeriodKind::month;
  if (auto e = read_id(v, path, kPeriodKindIds, kind)) return *e;
  return kind;
}

std::optional<Error> require_object(const json& request) {
  if (!request.is_object())
    return not_a_request_object(request);
  return std::nullopt;
}

// "rounding" and "decimals", shared by both forms of the request.
std::optional<Error> read_presentation(const json& r, BudgetQuery& q) {
  auto rounding = read_rounding(r);
  if (!rounding.ok()) return rounding.error();
  q.rounding = rounding.value();
  if (auto v = find_field(r, "decimals")) {
    auto d = read_integer(*v, "/decimals", 0, kMaxDecimalPlaces);
    if (!d.ok()) return d.error();
    q.availability_decimals = static_cast<int>(d.value());
  }
  return std::nullopt;
}

json answer_json(const BudgetAnswer& a) {
  json out;
  bool forward = a.direction == BudgetQuery::Direction::targetToDowntime;
  out["direction"] = forward ? "target-to-downtime" : "downtime-to-availability";
  out["period"] = period_json(a.period);
  out["availability"] = percent_json(a.availability_percent, a.availability_decimals);
  out["downtime"] = duration_json(a.downtime);
  if (!(a.downtime == a.exact_downtime)) out["unroundedDowntime"] = duration_json(a.exact_downtime);
  out["rounding"] = rounding_id(a.rounding);
  out["explain"] = explain_json(a.explain);
  return out;
}

// A tier's commitment as the budget: its target, its period, and the hours
// the one reading of the contract takes the percentage of
// (contract_reading.hpp) — the figure compare, windowBudget, measure and
// credit use. "downtime" given instead: the availability it leaves.
Result<json> contract_budget(const json& r) {
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "scope", "month", "monthBasis", "downtime", "rounding",
                                             "decimals", "closedDays", "holidayOptions"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& tier = *resolved.value().tier;
  const Commitment* c = tier.availability.empty() ? nullptr : &tier.availability.front();
  if (find_field(r, "scope")) {  // which commitment; the first by default
    std::vector<std::string> scopes;
    for (const auto& each : tier.availability) scopes.push_back(each.scope);
    auto id = read_id_in(r, "scope", scopes, "scope");
    if (!id.ok()) return id.error();
    for (const auto& each : tier.availability)
      if (each.scope == id.value()) c = &each;
  }
  if (!c)
    return Error{"not_applicable",
                 say({"{0} promises no availability", "{0} sagt keine Verfügbarkeit zu", "{0} belooft geen beschikbaarheid",
                      "{0} lover ingen tilgængelighed"},
                     {tier.name}),
                 "/tier"};
  std::optional<date::year_month> month;
  if (const json* m = find_field(r, "month")) {
    PeriodSpec spec;
    if (auto e = read_zoned_month(*m, "/month", spec)) return *e;
    month = date::year{spec.month_year} / date::month{spec.month};
  }
  auto reading = read_reading(r);
  if (!reading.ok()) return reading.error();
  auto closed = read_closures(r, p);
  if (!closed.ok()) return closed.error();
  CommitmentReading cr = read_commitment(p, *c, reading.value());
  CommitmentBudget b = commitment_budget(p, cr, month, closed.value());
  if (b.needs_month)
    return missing_field("/month", say({"a month \"YYYY-MM\": the window's own hours depend on it",
                                        "ein Monat \"JJJJ-MM\": die Stunden der Servicezeit hängen von ihm ab",
                                        "een maand \"JJJJ-MM\": de uren van het servicevenster hangen ervan af",
                                        "en måned \"ÅÅÅÅ-MM\": servicevinduets timer afhænger af den"}));
  BudgetQuery q;
  q.target_percent = c->target_percent;
  q.period.kind = PeriodKind::custom;
  q.period.custom_seconds = b.base_seconds;
  if (const json* downtime = find_field(r, "downtime")) {
    auto d = read_duration(*downtime, "/downtime");
    if (!d.ok()) return d.error();
    q.direction = BudgetQuery::Direction::downtimeToAvailability;
    q.downtime_seconds = d.value();
  }
  if (auto e = read_presentation(r, q)) return *e;
  auto answer = compute_budget(q);
  if (!answer.ok()) return answer.error();
  BudgetAnswer a = answer.value();
  a.period.kind = period_kind_id(c->period);
  a.period.basis = reading_id(cr.reading);
  a.period.label = b.label;
  a.explain.front() = reading_explanation(b.label);  // in place of "custom period of … s"
  a.explain.insert(a.explain.begin(), {"commitment", commitment_text(*c) + (c->cite.clause.empty() ? "" : " — " + c->cite.clause) + "."});
  json out = answer_json(a);
  out["contract"] = object({{"profile", p.id}, {"tier", tier.id}, {"scope", c->scope}, {"clause", c->cite.clause}});
  out["options"] = options_json({reading_option(p, reading.value())});
  return out;
}

}  // namespace

Result<json> budget_endpoint(const json& r) {
  if (r.is_object() && find_field(r, "profile")) return contract_budget(r);
  return plain_budget_endpoint(r);
}

Result<json> plain_budget_endpoint(const json& r) {
  if (auto e = require_object(r)) return *e;
  if (auto e = reject_unknown_fields(
          r, "", {"target", "downtime", "period", "rounding", "decimals", SLACALC_PERIOD_FIELDS}))
    return *e;

  BudgetQuery q;
  const json* target = find_field(r, "target");
  const json* downtime = find_field(r, "downtime");
  if (target && downtime)
    return Error{"conflict",
                 say({"give either \"target\" or \"downtime\", not both",
                      "geben Sie entweder \"target\" oder \"downtime\" an, nicht beides",
                      "geef \"target\" of \"downtime\", niet allebei", "angiv enten \"target\" eller \"downtime\", ikke begge"}),
                 "/downtime"};
  if (!target && !downtime)
    return missing_field("/target", say({"\"target\" (a percentage) or \"downtime\" (a duration)",
                                         "\"target\" (ein Prozentsatz) oder \"downtime\" (eine Dauer)",
                                         "\"target\" (een percentage) of \"downtime\" (een duur)",
                                         "\"target\" (en procentsats) eller \"downtime\" (en varighed)"}));
  if (target) {
    auto t = read_percent(*target, "/target");
    if (!t.ok()) return t.error();
    q.target_percent = t.value();
  } else {
    auto d = read_duration(*downtime, "/downtime");
    if (!d.ok()) return d.error();
    q.direction = BudgetQuery::Direction::downtimeToAvailability;
    q.downtime_seconds = d.value();
  }

  const json* kind = find_field(r, "period");
  if (!kind)
    return missing_field("/period", say({"\"period\" (day, week, month, quarter, year, ...)",
                                         "der Zeitraum \"period\" (day, week, month, quarter, year, ...)",
                                         "de periode \"period\" (day, week, month, quarter, year, ...)",
                                         "perioden \"period\" (day, week, month, quarter, year, ...)"}));
  auto k = read_kind(*kind, "/period");
  if (!k.ok()) return k.error();
  auto spec = read_period_settings(r);
  if (!spec.ok()) return spec.error();
  q.period = spec.value();
  if (auto e = complete_period(q.period, k.value())) return *e;

  if (auto e = read_presentation(r, q)) return *e;
  auto answer = compute_budget(q);
  if (!answer.ok()) return answer.error();
  return answer_json(answer.value());
}

Result<json> nines_endpoint(const json& r) {
  if (auto e = require_object(r)) return *e;
  if (auto e = reject_unknown_fields(r, "", {"targets", "periods", "rounding", SLACALC_PERIOD_FIELDS}))
    return *e;
  auto spec = read_period_settings(r);
  if (!spec.ok()) return spec.error();
  auto rounding = read_rounding(r);
  if (!rounding.ok()) return rounding.error();

  std::vector<Percent> targets;
  if (auto v = find_field(r, "targets")) {
    auto list = read_array<Percent>(*v, "/targets", 100, read_percent);
    if (!list.ok()) return list.error();
    targets = list.value();
  } else {
    for (const char* t : kStandardTargets) targets.push_back(Percent(*parse_decimal(t, false, nullptr)));
  }

  std::vector<PeriodKind> kinds;
  if (auto v = find_field(r, "periods")) {
    auto list = read_array<PeriodKind>(*v, "/periods", 100, read_kind);
    if (!list.ok()) return list.error();
    kinds = list.value();
  } else {
    kinds = {PeriodKind::day,  PeriodKind::week,       PeriodKind::month,      PeriodKind::quarter,
             PeriodKind::year, PeriodKind::rolling28d, PeriodKind::rolling30d};
    if (find_field(r, "duration")) kinds.push_back(PeriodKind::custom);
  }

  std::vector<PeriodSpec> specs;
  json periods = json::array(), explain = json::array();
  for (PeriodKind kind : kinds) {
    PeriodSpec s = spec.value();
    if (auto e = complete_period(s, kind)) return *e;
    ResolvedPeriod p = resolve_period(s);
    periods.push_back(period_json(p));
    explain.push_back(object({{"code", "period"}, {"text", p.explain}}));
    specs.push_back(s);
  }

  json rows = json::array();
  for (const Percent& t : targets) {
    json cells = json::array();
    for (const PeriodSpec& s : specs) {
      BudgetQuery q;
      q.target_percent = t;
      q.period = s;
      q.rounding = rounding.value();
      cells.push_back(duration_json(compute_budget(q).value().downtime));
    }
    rows.push_back(object({{"target", percent_json(t, kMaxDecimalPlaces)}, {"downtime", cells}}));
  }
  explain.push_back(object({{"code", "formula"},
                            {"text", say({"Each cell: ({0} − target) × period length.", "Jede Zelle: ({0} − Ziel) × Länge des Zeitraums.",
                                          "Elke cel: ({0} − doel) × lengte van de periode.", "Hver celle: ({0} − mål) × periodens længde."},
                                         {percent_text(Percent::hundred())})}}));
  json out;
  out["periods"] = periods;
  out["rows"] = rows;
  out["rounding"] = rounding_id(rounding.value());
  out["explain"] = explain;
  return out;
}

}  // namespace slacalc
