#include "measure_json.hpp"

#include <algorithm>
#include <tuple>

#include "human_duration.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "measure.hpp"
#include "period_json.hpp"
#include "profile_text.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;

constexpr int kMaxMeasuredMonths = 120;

json seconds_json(std::chrono::seconds s) { return duration_json(Rational(static_cast<long long>(s.count()))); }

json period_json(const PeriodMeasure& m, const Commitment& c, const Zone& zone) {
  json out;
  out["label"] = m.span.label;
  out["from"] = iso_date(m.span.from);
  out["to"] = iso_date(m.span.to);
  out["counted"] = seconds_json(m.counted);
  out["planned"] = seconds_json(m.planned);
  out["excluded"] = seconds_json(m.excluded);
  out["measured"] = seconds_json(m.measured);
  out["downtime"] = seconds_json(m.downtime);
  out["budget"] = duration_json(m.budget_seconds);
  out["remaining"] = duration_json(m.budget_seconds - Rational(static_cast<long long>(m.downtime.count())));
  if (m.availability_percent) {
    out["availability"] = percent_json(*m.availability_percent, 6);
    out["met"] = !(*m.availability_percent < c.target_percent);
  } else {
    out["availability"] = nullptr;
    out["met"] = nullptr;
  }
  if (m.current) {
    const auto& now = *m.current;
    json current;
    current["asOf"] = iso_local(now.as_of, utc_offset_seconds(zone, now.as_of));
    current["elapsed"] = seconds_json(now.elapsed);
    current["downtime"] = seconds_json(now.downtime);
    current["burnRate"] = now.burn_rate ? json(now.burn_rate->to_decimal(2)) : json();
    current["exhausted"] = now.exhausted;
    current["runsOut"] = now.runs_out ? json(iso_local(*now.runs_out, utc_offset_seconds(zone, *now.runs_out))) : json();
    out["current"] = current;
  }
  return out;
}

}  // namespace

Result<json> measure_endpoint(const json& r, const std::vector<Outage>* ledger) {
  if (!r.is_object())
    return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "from", "to", "outages", "closedDays", "holidayOptions",
                                             "granularity", "minimumOutage", "asOf"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier* tier = resolved.value().tier;
  if (!find_field(r, "from"))
    return missing_field("/from", say({"from", "der erste Monat \"from\", YYYY-MM", "de eerste maand \"from\", YYYY-MM",
                                       "den første måned \"from\", YYYY-MM"}));
  if (auto e = check_outage_source(r, ledger)) return *e;
  if (!ledger && !find_field(r, "outages"))
    return missing_field("/outages", say({"outages", "die Ausfälle \"outages\"", "de storingen \"outages\"",
                                          "nedbruddene \"outages\""}));
  PeriodSpec first, last;
  if (auto e = read_month(*find_field(r, "from"), "/from", first)) return *e;
  last = first;
  if (const json* to = find_field(r, "to"))
    if (auto e = read_month(*to, "/to", last)) return *e;
  int months = (last.month_year - first.month_year) * 12 + static_cast<int>(last.month) - static_cast<int>(first.month) + 1;
  if (months < 1)
    return Error{"inverted_range",
                 say({"\"to\" is before \"from\"", "\"to\" liegt vor \"from\"", "\"to\" ligt vóór \"from\"",
                      "\"to\" ligger før \"from\""}),
                 "/to"};
  if (months > kMaxMeasuredMonths)
    return Error{"out_of_range",
                 say({"at most 120 months", "höchstens 120 Monate", "hoogstens 120 maanden", "højst 120 måneder"}), "/to"};
  if (last.month_year > 2199)
    return Error{"out_of_range",
                 say({"the months must lie in 1900–2199", "die Monate müssen in 1900–2199 liegen",
                      "de maanden moeten tussen 1900 en 2199 liggen", "månederne skal ligge i 1900–2199"}),
                 "/to"};

  std::vector<Outage> listed;
  if (!ledger) {
    auto read = read_outages(*find_field(r, "outages"), "/outages", *find_zone(p.time_zone));
    if (!read.ok()) return read.error();
    listed = std::move(read.value());
  }
  const std::vector<Outage>& outages = ledger ? *ledger : listed;
  auto closures = read_closures(r, p);
  if (!closures.ok()) return closures.error();
  const ClosedDays& closed = closures.value();

  Granularity granularity;
  if (const json* g = find_field(r, "granularity")) {
    auto unit = read_choice(*g, "/granularity", {"second", "minute-up", "minute-down"});
    if (!unit.ok()) return unit.error();
    granularity.unit = static_cast<Granularity::Unit>(unit.value());
  }
  if (const json* m = find_field(r, "minimumOutage")) {
    auto minimum = read_duration(*m, "/minimumOutage");
    if (!minimum.ok()) return minimum.error();
    granularity.minimum = std::chrono::seconds{static_cast<long long>(-(Rational(0) - minimum.value()).floor())};
  }
  std::optional<sys_seconds> as_of;
  if (find_field(r, "asOf")) {
    auto t = read_instant(r, "asOf", "", *find_zone(p.time_zone));
    if (!t.ok()) return t.error();
    as_of = t.value();
  }

  const Zone& zone = *find_zone(p.time_zone);
  std::vector<std::pair<sys_seconds, sys_seconds>> evaluated;  // every period measured, in UTC
  json commitments = json::array();
  for (const auto& c : tier->availability) {
    json periods = json::array();
    for (const auto& m : measure_periods(p, c, outages, first.month_year, first.month, last.month_year, last.month, closed,
                                         granularity, as_of)) {
      periods.push_back(period_json(m, c, zone));
      evaluated.emplace_back(to_utc(zone, m.span.from).instant, to_utc(zone, m.span.to).instant);
    }
    json explain = json::array();
    explain.push_back(object({{"code", "commitment"}, {"text", commitment_text(c) + (c.cite.clause.empty() ? "" : " — " + c.cite.clause) + "."}}));
    explain.push_back(object({{"code", "window"},
                              {"text", say({"Downtime counts inside {0}.", "Ausfallzeit zählt innerhalb von {0}.",
                                            "Downtime telt binnen {0}.", "Nedetid tæller inden for {0}."},
                                           {window_text(p, c.window)})}}));
    std::string not_counted = comma_list(c.excluded);
    explain.push_back(
        object({{"code", "excluded"},
                {"text", not_counted.empty()
                             ? say({"Every outage counts: the commitment names no exclusions.",
                                    "Jeder Ausfall zählt: die Zusage nennt keine Ausnahmen.",
                                    "Elke storing telt: de toezegging noemt geen uitzonderingen.",
                                    "Hvert udfald tæller: tilsagnet nævner ingen undtagelser."})
                             : say({"Not downtime: {0}. Overlapping outages are merged; an excluded outage takes its time out "
                                    "of any outage it overlaps.",
                                    "Keine Ausfallzeit: {0}. Überlappende Ausfälle werden zusammengeführt; ein ausgenommener "
                                    "Ausfall nimmt seine Zeit aus jedem Ausfall heraus, den er überlappt.",
                                    "Geen downtime: {0}. Overlappende storingen worden samengevoegd; een uitgezonderde storing "
                                    "haalt haar tijd uit elke storing die ze overlapt.",
                                    "Ikke nedetid: {0}. Overlappende udfald slås sammen; et undtaget udfald tager sin tid ud af "
                                    "ethvert udfald, det overlapper."},
                                   {not_counted})}}));
    explain.push_back(object({{"code", "denominator"},
                              {"text", c.denominator_minus_planned
                                           ? say({"Measured time = the counted time minus planned outages.",
                                                  "Gemessene Zeit = die gezählte Zeit abzüglich geplanter Ausfälle.",
                                                  "Gemeten tijd = de getelde tijd min geplande onderbrekingen.",
                                                  "Målt tid = den talte tid minus planlagte udfald."})
                                           : say({"Measured time = the counted time; planned outages stay in it.",
                                                  "Gemessene Zeit = die gezählte Zeit; geplante Ausfälle bleiben darin.",
                                                  "Gemeten tijd = de getelde tijd; geplande onderbrekingen blijven erin.",
                                                  "Målt tid = den talte tid; planlagte udfald forbliver i den."})}}));
    json item;
    item["scope"] = c.scope;
    item["target"] = c.target_percent.to_decimal(6);
    item["period"] = period_kind_id(c.period);
    item["window"] = c.window;
    item["clause"] = c.cite.clause;
    item["periods"] = periods;
    item["explain"] = explain;
    commitments.push_back(item);
  }
  json out;
  out["profile"] = p.id;
  out["tier"] = tier->id;
  out["zone"] = p.time_zone;
  out["outages"] = outages.size();
  // Outages that touch no measured period: said, not silently dropped.
  std::size_t outside = 0;
  for (const auto& o : outages)
    outside += std::none_of(evaluated.begin(), evaluated.end(),
                            [&o](const auto& span) { return o.begin < span.second && span.first < o.end; });
  out["outside"] = outside;
  out["commitments"] = commitments;
  return out;
}

}  // namespace slacalc
