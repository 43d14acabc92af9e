#include "measure_json.hpp"

#include <algorithm>
#include <tuple>

#include "budget_json.hpp"
#include "holidays_json.hpp"
#include "human_duration.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "lang.hpp"
#include "measure.hpp"
#include "period_json.hpp"
#include "profile_json.hpp"
#include "profile_text.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;

constexpr std::size_t kMaxOutages = 100000;
constexpr int kMaxMeasuredMonths = 120;

// An instant with an offset, or a local time in the profile's zone (a time
// the clocks skip moves forward, a repeated one is the earlier instant).
Result<sys_seconds> read_instant(const json& outage, const char* key, const std::string& path, const Zone& zone) {
  const json* v = find_field(outage, key);
  if (!v)
    return missing_field(path + "/" + key,
                         say({"a date and time like 2026-02-03T10:00 or with an offset",
                              "ein Datum mit Uhrzeit wie 2026-02-03T10:00 oder mit Zeitversatz",
                              "een datum en tijd zoals 2026-02-03T10:00 of met een offset",
                              "en dato og et klokkeslæt som 2026-02-03T10:00 eller med en UTC-forskydning"}));
  auto text = read_string(*v, path + "/" + key);
  if (!text.ok()) return text.error();
  auto t = parse_iso_time(text.value());
  if (!t)
    return Error{"invalid_format",
                 say({"\"{0}\" is not a date and time like 2026-02-03T10:00",
                      "\"{0}\" ist keine Angabe von Datum und Uhrzeit wie 2026-02-03T10:00",
                      "\"{0}\" is geen datum en tijd zoals 2026-02-03T10:00",
                      "\"{0}\" er ikke en dato og et klokkeslæt som 2026-02-03T10:00"},
                     {text.value()}),
                 path + "/" + key};
  if (t->offset) return sys_seconds{t->local.time_since_epoch() - std::chrono::seconds{*t->offset}};
  return to_utc(zone, t->local).instant;
}

}  // namespace

Result<Outage> read_outage(const json& v, const std::string& path, const Zone& zone) {
  if (!v.is_object())
    return wrong_type(path, say({"an outage object", "ein Ausfallobjekt", "een storingsobject", "et nedbrudsobjekt"}), v);
  if (auto e = reject_unknown_fields(v, path, {"start", "end", "kind", "reason", "note"})) return *e;
  Outage o;
  auto begin = read_instant(v, "start", path, zone);
  if (!begin.ok()) return begin.error();
  auto end = read_instant(v, "end", path, zone);
  if (!end.ok()) return end.error();
  if (!(begin.value() < end.value()))
    return Error{"inverted_range",
                 say({"the outage ends before or when it starts", "der Ausfall endet vor oder mit seinem Beginn",
                      "de storing eindigt voor of op het moment dat ze begint",
                      "nedbruddet slutter før eller samtidig med, at det begynder"}),
                 path + "/end"};
  o.begin = begin.value();
  o.end = end.value();
  if (const json* k = find_field(v, "kind")) {
    auto kind = read_choice(*k, path + "/kind", {"unplanned", "planned", "excluded"});
    if (!kind.ok()) return kind.error();
    o.kind = static_cast<Outage::Kind>(kind.value());
  }
  const json* reason = find_field(v, "reason");
  if (o.kind == Outage::Kind::excluded) {
    if (!reason)
      return missing_field(path + "/reason",
                           say({"why the outage is excluded: force-majeure, customer-caused, third-party or "
                                "redundant-system-failure",
                                "der Grund, aus dem der Ausfall ausgeschlossen ist: force-majeure, customer-caused, "
                                "third-party oder redundant-system-failure",
                                "waarom de storing is uitgesloten: force-majeure, customer-caused, third-party of "
                                "redundant-system-failure",
                                "hvorfor nedbruddet er undtaget: force-majeure, customer-caused, third-party eller "
                                "redundant-system-failure"}));
    auto r = read_choice(*reason, path + "/reason",
                         {kExclusionReasons[0], kExclusionReasons[1], kExclusionReasons[2], kExclusionReasons[3]});
    if (!r.ok()) return r.error();
    o.reason = static_cast<unsigned char>(r.value());
  } else if (reason) {
    return Error{"unknown_field",
                 say({"only an excluded outage has a reason", "nur ein ausgeschlossener Ausfall hat einen Grund",
                      "alleen een uitgesloten storing heeft een reden", "kun et undtaget nedbrud har en årsag"}),
                 path + "/reason"};
  }
  if (const json* note = find_field(v, "note")) {
    auto text = read_string(*note, path + "/note");
    if (!text.ok()) return text.error();
  }
  return o;
}

Result<std::vector<Outage>> read_outages(const json& list, const std::string& path, const Zone& zone) {
  if (!list.is_array())
    return wrong_type(path,
                      say({"an array of outages ([] for none)", "ein Array von Ausfällen ([] für keine)",
                           "een array van storingen ([] voor geen)", "et array af nedbrud ([] for ingen)"}),
                      list);
  if (list.size() > kMaxOutages)
    return Error{"out_of_range",
                 say({"at most 100000 outages per request", "höchstens 100.000 Ausfälle pro Anfrage",
                      "hoogstens 100.000 storingen per verzoek", "højst 100.000 nedbrud pr. forespørgsel"}),
                 path};
  std::vector<Outage> outages;
  outages.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto o = read_outage(list[i], path + "/" + std::to_string(i), zone);
    if (!o.ok()) return o.error();
    outages.push_back(o.value());
  }
  if (auto repeat = sort_outages(outages))
    return Error{"duplicate_row",
                 say({"repeats the outage at {0}", "wiederholt den Ausfall bei {0}", "herhaalt de storing bij {0}",
                      "gentager nedbruddet ved {0}"},
                     {path + "/" + std::to_string(repeat->first)}),
                 path + "/" + std::to_string(repeat->second)};
  return outages;
}

std::optional<Error> check_outage_source(const json& request, const std::vector<Outage>* ledger) {
  const json* listed = find_field(request, "outages");
  if (ledger && listed)
    return Error{"conflict",
                 say({"the outages come from the file read in chunks; leave out \"outages\"",
                      "die Ausfälle kommen aus der stückweise gelesenen Datei; lassen Sie \"outages\" weg",
                      "de storingen komen uit het in delen gelezen bestand; laat \"outages\" weg",
                      "nedbruddene kommer fra filen, der er læst i bidder; udelad \"outages\""}),
                 "/outages"};
  return std::nullopt;
}

Result<ClosedDays> read_closures(const json& r, const Profile& p) {
  ClosedDays closed;
  closed.holiday_calendar = p.holiday_calendar;
  auto options = read_holiday_options(find_field(r, "holidayOptions"), p.holiday_calendar, "/holidayOptions");
  if (!options.ok()) return options.error();
  closed.holiday_options = options.value();
  auto extra = read_closed_days(find_field(r, "closedDays"), "/closedDays");
  if (!extra.ok()) return extra.error();
  closed.extra = extra.value();
  return closed;
}

namespace {

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
