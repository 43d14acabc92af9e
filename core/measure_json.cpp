#include "measure_json.hpp"

#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "measure.hpp"
#include "measure_report.hpp"
#include "period_json.hpp"
#include "profile_text.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

constexpr int kMaxMeasuredMonths = 120;

json seconds_json(std::chrono::seconds s) { return duration_json(Duration(s)); }

json figures_json(const ReadingFigures& f, const PeriodMeasure& m) {
  json out = object({{"measured", duration_json(f.measured)},
                     {"budget", duration_json(f.budget_seconds)},
                     {"remaining", duration_json(f.budget_seconds - Duration(m.downtime))}});
  out["availability"] = f.availability_percent ? percent_json(*f.availability_percent, 6) : json();
  out["met"] = f.availability_percent ? json(f.met) : json();
  return out;
}

json current_json(const PeriodMeasure::Current& now, const Zone& zone) {
  json current;
  current["asOf"] = iso_local(now.as_of, utc_offset_seconds(zone, now.as_of));
  current["elapsed"] = seconds_json(now.elapsed);
  current["downtime"] = seconds_json(now.downtime);
  current["burnRate"] = now.burn_rate ? json(now.burn_rate->to_decimal(2)) : json();
  current["exhausted"] = now.exhausted;
  current["runsOut"] = now.runs_out ? json(iso_local(*now.runs_out, utc_offset_seconds(zone, *now.runs_out))) : json();
  return current;
}

// One period: its times, its figures under the reading measured with, and
// under every other reading of the commitment (windowBudget lists the same).
json period_json(const Profile& p, const CommitmentReading& reading, const PeriodMeasure& m, const Zone& zone) {
  json out = figures_json(m.figures, m);
  out["label"] = m.span.label;
  out["from"] = iso_date(m.span.from);
  out["to"] = iso_date(m.span.to);
  out["counted"] = seconds_json(m.counted);
  out["planned"] = seconds_json(m.planned);
  out["excluded"] = seconds_json(m.excluded);
  out["lateNotice"] = seconds_json(m.late_notice);
  out["downtime"] = seconds_json(m.downtime);
  json readings = json::array();
  for (Reading other : readings_of(*reading.commitment)) {
    CommitmentReading r = read_commitment(p, *reading.commitment, other);
    json entry = figures_json(figures_under(r, m), m);
    entry["id"] = reading_id(other);
    entry["label"] = reading_text(p, r, m.span);
    entry["applied"] = other == reading.reading;
    readings.push_back(entry);
  }
  out["readings"] = readings;
  if (m.current) out["current"] = current_json(*m.current, zone);
  return out;
}

// Why an outage is not counted, in words: the commitment's exclusion with its
// clause (Flying Circus §9.2: planned maintenance), or another scope.
std::string not_counted_text(const Commitment& c, const std::string& reason) {
  if (reason == "other-scope")
    return say({"it names another part of the service ({0} only counts its own)",
                "er betrifft einen anderen Teil des Dienstes ({0} zählt nur die eigenen)",
                "ze betreft een ander deel van de dienst ({0} telt alleen de eigen)",
                "det vedrører en anden del af tjenesten ({0} tæller kun sine egne)"},
               {c.scope_name()});
  if (c.cite.clause.empty())
    return say({"{0}: not downtime under this commitment", "{0}: keine Ausfallzeit nach dieser Zusage",
                "{0}: geen downtime volgens deze toezegging", "{0}: ikke nedetid efter dette tilsagn"},
               {exclusion_text(reason)});
  return say({"{0}: not downtime under {1}", "{0}: keine Ausfallzeit nach {1}", "{0}: geen downtime volgens {1}",
              "{0}: ikke nedetid efter {1}"},
             {exclusion_text(reason), c.cite.clause});
}

json not_counted_json(const CommitmentMeasure& m) {
  json listed = json::array();
  for (const auto& n : m.not_counted)
    listed.push_back(object({{"outage", n.row}, {"reason", n.reason},
                             {"text", not_counted_text(*m.reading.commitment, n.reason)}}));
  return object({{"count", m.not_counted_total}, {"outages", listed}});
}

json commitment_json(const Profile& p, const CommitmentMeasure& m, const Zone& zone) {
  const Commitment& c = *m.reading.commitment;
  json periods = json::array();
  for (const auto& period : m.periods) periods.push_back(period_json(p, m.reading, period, zone));
  json item;
  item["scope"] = c.scope;
  item["target"] = c.target_percent.value().to_decimal(6);
  item["period"] = period_kind_id(c.period);
  item["window"] = c.window;
  item["clause"] = c.cite.clause;
  item["reading"] = reading_id(m.reading.reading);
  item["periods"] = periods;
  item["notCounted"] = not_counted_json(m);
  item["explain"] = explain_json(m.explain);
  return item;
}

// The months from–to (to defaults to from), at most kMaxMeasuredMonths.
std::optional<Error> read_months(const json& r, MeasureQuery& q) {
  if (!find_field(r, "from"))
    return missing_field("/from", say({"from", "der erste Monat \"from\", YYYY-MM", "de eerste maand \"from\", YYYY-MM",
                                       "den første måned \"from\", YYYY-MM"}));
  PeriodSpec first, last;
  if (auto e = read_zoned_month(*find_field(r, "from"), "/from", first)) return e;
  last = first;
  if (const json* to = find_field(r, "to"))
    if (auto e = read_zoned_month(*to, "/to", last)) return e;
  int months = (last.month_year - first.month_year) * 12 + static_cast<int>(last.month) - static_cast<int>(first.month) + 1;
  if (months < 1)
    return Error{"inverted_range",
                 say({"\"to\" is before \"from\"", "\"to\" liegt vor \"from\"", "\"to\" ligt vóór \"from\"",
                      "\"to\" ligger før \"from\""}),
                 "/to"};
  if (months > kMaxMeasuredMonths)
    return Error{"out_of_range",
                 say({"at most 120 months", "höchstens 120 Monate", "hoogstens 120 maanden", "højst 120 måneder"}), "/to"};
  q.first_year = first.month_year;
  q.first_month = first.month;
  q.last_year = last.month_year;
  q.last_month = last.month;
  return std::nullopt;
}

// "granularity" and "minimumOutage": how each outage's time is counted.
std::optional<Error> read_granularity(const json& r, Granularity& granularity) {
  if (const json* g = find_field(r, "granularity")) {
    if (auto e = read_id(*g, "/granularity", Granularity::kUnitIds, granularity.unit)) return e;
  }
  if (const json* m = find_field(r, "minimumOutage")) {
    auto minimum = read_duration(*m, "/minimumOutage");
    if (!minimum.ok()) return minimum.error();
    granularity.minimum = minimum.value().whole_seconds_up();
  }
  return std::nullopt;
}

}  // namespace

Result<json> measure_endpoint(const json& r, const OutageFile* file) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "from", "to", "outages", "closedDays", "holidayOptions",
                                             "granularity", "minimumOutage", "asOf", "monthBasis", "disambiguation"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  MeasureQuery q;
  q.profile = &p;
  q.tier = resolved.value().tier;
  if (auto e = read_months(r, q)) return *e;
  if (auto e = check_outage_source(r, file)) return *e;
  if (!file && !find_field(r, "outages"))
    return missing_field("/outages", say({"outages", "die Ausfälle \"outages\"", "de storingen \"outages\"",
                                          "nedbruddene \"outages\""}));
  std::vector<Outage> listed;
  std::vector<AdjustedTime> adjusted;
  OutageContext context = outage_context(&p);
  if (!file) {
    auto local = read_local_reading(r);
    if (!local.ok()) return local.error();
    context.local = local.value();
    auto read = read_outages(*find_field(r, "outages"), "/outages", context, &adjusted);
    if (!read.ok()) return read.error();
    listed = std::move(read.value());
  }
  q.outages = file ? &file->outages : &listed;
  auto closures = read_closures(r, p);
  if (!closures.ok()) return closures.error();
  q.closed = closures.value();
  if (auto e = read_granularity(r, q.granularity)) return *e;
  const Zone& zone = *find_zone(p.time_zone);
  if (find_field(r, "asOf")) {
    auto t = read_instant(r, "asOf", "", zone);
    if (!t.ok()) return t.error();
    q.as_of = t.value();
  }
  auto reading = read_reading(r);
  if (!reading.ok()) return reading.error();
  q.reading = reading.value();

  MeasureReport report = measure_tier(q);
  json commitments = json::array();
  for (const auto& m : report.commitments) commitments.push_back(commitment_json(p, m, zone));
  json out;
  out["profile"] = p.id;
  out["tier"] = q.tier->id;
  out["zone"] = p.time_zone;
  out["outages"] = q.outages->size();
  out["outside"] = report.outside;
  out["lateNotice"] = report.late_notice;
  out["commitments"] = commitments;
  out["options"] = options_json({reading_option(p, q.reading)});
  json explain = json::array();
  if (auto line = adjusted_times_line(file ? file->adjusted : adjusted, file ? file->local : context.local, zone))
    explain.push_back(object({{"code", line->code}, {"text", line->text}}));
  out["explain"] = explain;
  return out;
}

}  // namespace slacalc
