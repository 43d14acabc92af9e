#include "budget_json.hpp"

#include "budget.hpp"
#include "human_duration.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "parse_number.hpp"
#include "period_json.hpp"
#include "result_json.hpp"

namespace slacalc {
namespace {


Result<Rounding> read_rounding(const json& request) {
  auto v = find_field(request, "rounding");
  if (!v) return Rounding::exact;
  auto r = read_choice(*v, "/rounding", {"exact", "round-second", "truncate-second"});
  if (!r.ok()) return r.error();
  return static_cast<Rounding>(r.value());
}

Result<PeriodKind> read_kind(const json& v, const std::string& path) {
  auto k = read_choice(v, path, kPeriodKindIds);
  if (!k.ok()) return k.error();
  return static_cast<PeriodKind>(k.value());
}

std::optional<Error> require_object(const json& request) {
  if (!request.is_object())
    return not_a_request_object(request);
  return std::nullopt;
}

}  // namespace

Result<json> budget_endpoint(const json& r) {
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

  auto rounding = read_rounding(r);
  if (!rounding.ok()) return rounding.error();
  q.rounding = rounding.value();
  if (auto v = find_field(r, "decimals")) {
    auto d = read_integer(*v, "/decimals", 0, kMaxDecimalPlaces);
    if (!d.ok()) return d.error();
    q.availability_decimals = static_cast<int>(d.value());
  }

  auto answer = compute_budget(q);
  if (!answer.ok()) return answer.error();
  const BudgetAnswer& a = answer.value();
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

Result<json> nines_endpoint(const json& r) {
  if (auto e = require_object(r)) return *e;
  if (auto e = reject_unknown_fields(r, "", {"targets", "periods", "rounding", SLACALC_PERIOD_FIELDS}))
    return *e;
  auto spec = read_period_settings(r);
  if (!spec.ok()) return spec.error();
  auto rounding = read_rounding(r);
  if (!rounding.ok()) return rounding.error();

  std::vector<Rational> targets;
  if (auto v = find_field(r, "targets")) {
    auto list = read_array<Rational>(*v, "/targets", 100, read_percent);
    if (!list.ok()) return list.error();
    targets = list.value();
  } else {
    for (const char* t : kStandardTargets) targets.push_back(*parse_decimal(t, false, nullptr));
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
  for (const Rational& t : targets) {
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
                                         {percent_text(Rational(100))})}}));
  json out;
  out["periods"] = periods;
  out["rows"] = rows;
  out["rounding"] = rounding_id(rounding.value());
  out["explain"] = explain;
  return out;
}

}  // namespace slacalc
