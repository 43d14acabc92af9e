#include "deadline_json.hpp"

#include <memory>
#include <optional>

#include "deadline.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "profile_check.hpp"
#include "profile_text.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;

constexpr int kFirstDeadlineYear = 1900, kLastDeadlineYear = 2189;  // the clock's horizon stays within 2200

// A request read: the query for the calculator, and what the answer repeats.
struct DeadlineRequest {
  std::shared_ptr<const Profile> profile;
  DeadlineQuery query;
  const Zone* viewer = nullptr;
  json priority;        // the level found by impact × urgency, or null
  bool ad_hoc = false;  // a window of the request's own instead of a profile
};

// A request with its own window becomes a one-rule profile; the profile
// checker then judges the window exactly as in a profile, and its error paths
// are mapped back to the request's fields.
const std::pair<const char*, const char*> kAdHocPaths[] = {
    {"/windows/window", "/window"},
    {"/tiers/0/response/0", ""},
    {"/holidays/calendar", "/holidays"},
};

Result<std::shared_ptr<const Profile>> ad_hoc_profile(const json& r) {
  json window = *find_field(r, "window");
  if (window.is_object() && !find_field(window, "label"))
    window["label"] = say({"Custom window", "Eigene Servicezeit", "Eigen servicevenster", "Eget servicevindue"});
  json rule = object({{"measure", "response"}, {"window", "window"}});
  for (const char* key : {"time", "workingDays"})
    if (const json* v = find_field(r, key)) rule[key] = *v;
  const json* zone = find_field(r, "timeZone");
  const json* holidays = find_field(r, "holidays");
  json doc = {{"format", "slacalc-profile/1"}, {"id", "custom"}, {"vendor", "Custom"},
              {"product", "Custom window"}, {"status", "contract"}, {"languages", {"en"}},
              {"currency", "EUR"}, {"timeZone", zone ? *zone : json("UTC")},
              {"holidays", object({{"calendar", holidays ? *holidays : json("none")}})},
              {"windows", object({{"window", window}})},
              {"tiers", {{{"id", "custom"}, {"name", "Custom"}, {"availability", json::array()},
                          {"response", {rule}}, {"credit", object({{"kind", "none"}, {"reason", "none"}})}}}}};
  ProfileCheck check = check_profile(doc);
  if (check.profile) return std::shared_ptr<const Profile>(std::make_shared<Profile>(std::move(*check.profile)));
  Error e = check.errors.front();
  for (const auto& [from, to] : kAdHocPaths) {
    if (e.path.rfind(from, 0) == 0) e.path = to + e.path.substr(std::string(from).size());
    for (auto at = e.message.find(from); at != std::string::npos; at = e.message.find(from))
      e.message.replace(at, std::string(from).size(), to);
  }
  return e;
}

// Either a profile (and tier) or a window of one's own, each with its fields.
std::optional<Error> check_request_kind(const json& r, bool ad_hoc) {
  if (ad_hoc && find_field(r, "profile"))
    return Error{"conflict",
                 say({"give either \"profile\" (and \"tier\") or a \"window\" of your own",
                      "geben Sie entweder \"profile\" (und \"tier\") oder ein eigenes \"window\" an",
                      "geef \"profile\" (en \"tier\") of een eigen \"window\"",
                      "angiv enten \"profile\" (og \"tier\") eller et eget \"window\""}),
                 "/window"};
  if (!ad_hoc && !find_field(r, "profile"))
    return missing_field("/profile", say({"\"profile\" and \"tier\", or a \"window\" with \"time\" or \"workingDays\"",
                                          "\"profile\" und \"tier\" oder ein \"window\" mit \"time\" oder \"workingDays\"",
                                          "\"profile\" en \"tier\", of een \"window\" met \"time\" of \"workingDays\"",
                                          "\"profile\" og \"tier\" eller et \"window\" med \"time\" eller \"workingDays\""}));
  if (!ad_hoc)
    for (const char* key : {"timeZone", "holidays", "time", "workingDays"})
      if (find_field(r, key))
        return Error{"unknown_field",
                     say({"\"{0}\" belongs to a request with its own \"window\"",
                          "\"{0}\" gehört zu einer Anfrage mit eigenem \"window\"",
                          "\"{0}\" hoort bij een verzoek met een eigen \"window\"",
                          "\"{0}\" hører til en forespørgsel med et eget \"window\""},
                         {key}),
                     std::string("/") + key};
  return std::nullopt;
}

// "reported": an instant with an offset, or a local time in the profile's
// zone; one the clocks skip or repeat is read by `choice`, or refused.
struct Reported {
  sys_seconds instant;
  std::optional<ReportReading> reading;
};

Result<Reported> read_reported(const json& r, const Zone& zone, Disambiguation choice, bool reject) {
  const json* v = find_field(r, "reported");
  if (!v)
    return missing_field("/reported", say({"the report time, e.g. \"2026-03-27T15:30\" (local) or with an offset",
                                           "der Meldezeitpunkt, z. B. \"2026-03-27T15:30\" (Ortszeit) oder mit Offset",
                                           "het meldtijdstip, bijv. \"2026-03-27T15:30\" (lokaal) of met een offset",
                                           "meldetidspunktet, f.eks. \"2026-03-27T15:30\" (lokal tid) eller med offset"}));
  auto text = read_string(*v, "/reported");
  if (!text.ok()) return text.error();
  auto t = parse_iso_time(text.value());
  if (!t)
    return Error{"invalid_format",
                 say({"\"{0}\" is not a date and time like 2026-03-27T15:30 or 2026-03-27T15:30:00+01:00",
                      "\"{0}\" ist kein Zeitpunkt wie 2026-03-27T15:30 oder 2026-03-27T15:30:00+01:00",
                      "\"{0}\" is geen datum en tijd zoals 2026-03-27T15:30 of 2026-03-27T15:30:00+01:00",
                      "\"{0}\" er ikke et tidspunkt som 2026-03-27T15:30 eller 2026-03-27T15:30:00+01:00"},
                     {text.value()}),
                 "/reported"};
  int year = static_cast<int>(date::year_month_day{date::floor<date::days>(t->local)}.year());
  if (year < kFirstDeadlineYear || year > kLastDeadlineYear)
    return Error{"out_of_range",
                 say({"the report must lie in the years {0}–{1}", "die Meldung muss in den Jahren {0}–{1} liegen",
                      "de melding moet in de jaren {0}–{1} liggen", "meldingen skal ligge i årene {0}–{1}"},
                     {std::to_string(kFirstDeadlineYear), std::to_string(kLastDeadlineYear)}),
                 "/reported"};
  if (t->offset) return Reported{sys_seconds{t->local.time_since_epoch() - std::chrono::seconds{*t->offset}}, {}};
  LocalToUtc u = to_utc(zone, t->local, choice);
  if (u.kind == LocalToUtc::unique) return Reported{u.instant, {}};
  if (reject)
    return Error{u.kind == LocalToUtc::gap ? "nonexistent_time" : "ambiguous_time",
                 u.kind == LocalToUtc::gap
                     ? say({"{0} does not exist in {1} (the clocks change); give an offset",
                            "{0} gibt es in {1} nicht (Zeitumstellung); geben Sie einen Offset an",
                            "{0} bestaat niet in {1} (de klok wordt verzet); geef een offset",
                            "{0} findes ikke i {1} (uret stilles om); angiv en offset"},
                           {text.value(), zone.name})
                     : say({"{0} occurs twice in {1} (the clocks change); give an offset",
                            "{0} kommt in {1} zweimal vor (Zeitumstellung); geben Sie einen Offset an",
                            "{0} komt twee keer voor in {1} (de klok wordt verzet); geef een offset",
                            "{0} forekommer to gange i {1} (uret stilles om); angiv en offset"},
                           {text.value(), zone.name}),
                 "/reported"};
  return Reported{u.instant, ReportReading{u.kind == LocalToUtc::gap, text.value(), choice}};
}

// "priority", or "impact" and "urgency" through the profile's matrix
// (Scope4mation §3.1.1); `out` gets the level found by the matrix.
Result<std::string> read_priority(const json& r, const Profile& p, json& out) {
  std::vector<std::string> levels;
  if (p.priorities)
    for (const auto& l : p.priorities->levels) levels.push_back(l.id);
  bool by_matrix = find_field(r, "impact") || find_field(r, "urgency");
  if (!by_matrix)
    return read_id_in(r, "priority", levels,
                      say({"priority level", "Prioritätsstufe", "prioriteitsniveau", "prioritetsniveau"}));
  if (find_field(r, "priority"))
    return Error{"conflict",
                 say({"give either \"priority\" or \"impact\" and \"urgency\"",
                      "geben Sie entweder \"priority\" oder \"impact\" und \"urgency\" an",
                      "geef \"priority\" of \"impact\" en \"urgency\"",
                      "angiv enten \"priority\" eller \"impact\" og \"urgency\""}),
                 "/priority"};
  if (!p.priorities || !p.priorities->matrix)
    return Error{"unknown_field",
                 say({"{0} has no impact × urgency matrix; give \"priority\"",
                      "{0} hat keine Matrix aus Auswirkung × Dringlichkeit; geben Sie \"priority\" an",
                      "{0} heeft geen matrix van impact × urgentie; geef \"priority\"",
                      "{0} har ingen matrix af konsekvens × hastende karakter; angiv \"priority\""},
                     {p.id}),
                 "/impact"};
  const PriorityMatrix& m = *p.priorities->matrix;
  for (const char* key : {"impact", "urgency"})
    if (!find_field(r, key))
      return missing_field(std::string("/") + key,
                           say({"both \"impact\" and \"urgency\"", "sowohl \"impact\" als auch \"urgency\"",
                                "zowel \"impact\" als \"urgency\"", "både \"impact\" og \"urgency\""}));
  const bool impact_rows = impact_is_row(m);
  const char* row_field = impact_rows ? "impact" : "urgency";
  const char* column_field = impact_rows ? "urgency" : "impact";
  auto row = read_id_in(r, row_field, m.row_ids, m.row_label);
  if (!row.ok()) return row.error();
  auto column = read_id_in(r, column_field, m.column_ids, m.column_label);
  if (!column.ok()) return column.error();
  const PriorityLevel& level = matrix_level(*p.priorities, row.value(), column.value());
  out = object({{"id", level.id}, {"label", level.label}, {row_field, row.value()}, {column_field, column.value()},
                {"clause", p.priorities->cite.clause}});
  return level.id;
}

// The profile and tier (or the request's own window), the zones and the report.
std::optional<Error> read_subject(const json& r, DeadlineRequest& req) {
  req.ad_hoc = find_field(r, "window") != nullptr;
  if (auto e = check_request_kind(r, req.ad_hoc)) return e;
  auto profile = req.ad_hoc ? ad_hoc_profile(r) : resolve_profile(*find_field(r, "profile"), "/profile");
  if (!profile.ok()) return profile.error();
  req.profile = profile.value();
  DeadlineQuery& q = req.query;
  q.profile = req.profile.get();
  q.tier = &q.profile->tiers.front();
  if (!req.ad_hoc) {
    const json* t = find_field(r, "tier");
    if (!t) return missing_field("/tier", the_tier_id());
    auto resolved = resolve_tier(*q.profile, *t, "/tier");
    if (!resolved.ok()) return resolved.error();
    q.tier = resolved.value();
  }
  q.zone = find_zone(q.profile->time_zone);
  if (const json* v = find_field(r, "viewerZone")) {
    auto name = read_string(*v, "/viewerZone");
    if (!name.ok()) return name.error();
    req.viewer = find_zone(name.value());
    if (!req.viewer) return unknown_zone_error(name.value(), "/viewerZone");
  }
  std::optional<Disambiguation> disambiguation = Disambiguation::compatible;
  if (const json* v = find_field(r, "disambiguation")) {
    if (auto e = read_id(*v, "/disambiguation", kDisambiguationRequestIds, disambiguation)) return *e;
  }
  auto reported = read_reported(r, *q.zone, disambiguation.value_or(Disambiguation::compatible), !disambiguation);
  if (!reported.ok()) return reported.error();
  q.reported = reported.value().instant;
  q.reading = reported.value().reading;
  return std::nullopt;
}

// What narrows the rules (measure, class, priority, options) and how the
// clock counts (working-day reading, closed days, holiday options).
std::optional<Error> read_narrowing(const json& r, DeadlineRequest& req) {
  DeadlineQuery& q = req.query;
  if (!req.ad_hoc) {
    const auto measure_ids = ids_of(ResponseRule::kMeasureIds);
    auto measure = read_id_in(r, "measure", {measure_ids.begin(), measure_ids.end()}, "measure");
    if (!measure.ok()) return measure.error();
    q.measure = value_of(ResponseRule::kMeasureIds, measure.value());
    auto incident_class = read_id_in(r, "class", {"incident", "change", "request"}, "class");
    if (!incident_class.ok()) return incident_class.error();
    q.incident_class = incident_class.value();
  } else {
    for (const char* key : {"measure", "class", "priority", "impact", "urgency", "options"})
      if (find_field(r, key))
        return Error{"unknown_field",
                     say({"\"{0}\" needs a profile", "\"{0}\" braucht ein Profil", "\"{0}\" heeft een profiel nodig",
                          "\"{0}\" kræver en profil"},
                         {key}),
                     std::string("/") + key};
  }
  auto priority = read_priority(r, *q.profile, req.priority);
  if (!priority.ok()) return priority.error();
  q.priority = priority.value();
  auto options = read_option_choices(r, *q.profile);
  if (!options.ok()) return options.error();
  q.options = options.value();
  if (const json* v = find_field(r, "workingDayRule")) {
    if (auto e = read_id(*v, "/workingDayRule", kWorkingDayRuleIds, q.working_day_rule)) return *e;
  }
  auto closed = read_closed_days(find_field(r, "closedDays"), "/closedDays");
  if (!closed.ok()) return closed.error();
  q.closed_days = closed.value();
  auto holiday_options =
      read_holiday_options(find_field(r, "holidayOptions"), q.profile->holiday_calendar, "/holidayOptions");
  if (!holiday_options.ok()) return holiday_options.error();
  q.holiday_options = holiday_options.value();
  return std::nullopt;
}

// A deadline the clock cannot reach within its horizon, as an error at the
// field that asked for it.
Error unreachable_error(const Deadline& d, const DeadlineRequest& req, const json& r) {
  return Error{"unreachable",
               say({"no deadline: {0} would end more than {1} years after the report — the window opens too rarely",
                    "keine Frist: {0} würde mehr als {1} Jahre nach der Meldung enden — das Zeitfenster öffnet zu "
                    "selten",
                    "geen termijn: {0} zou meer dan {1} jaar na de melding eindigen — het venster gaat te zelden "
                    "open",
                    "ingen frist: {0} ville slutte mere end {1} år efter meldingen — vinduet åbner for sjældent"},
                   {response_text(*req.profile, *d.rule), std::to_string(kClockHorizonDays / 366)}),
               req.ad_hoc ? (find_field(r, "time") ? "/time" : "/workingDays") : "/tier"};
}

// { utc, local, localText, viewer?, viewerText? }
json instant_json(sys_seconds t, const Zone& zone, const Zone* viewer) {
  json out;
  out["utc"] = iso_utc(t);
  out["local"] = iso_local(t, utc_offset_seconds(zone, t));
  out["localText"] = zone_time_text(zone, t);
  if (viewer) {
    out["viewer"] = iso_local(t, utc_offset_seconds(*viewer, t));
    out["viewerText"] = zone_time_text(*viewer, t);
  }
  return out;
}

json deadline_json(const Deadline& d, const DeadlineRequest& req) {
  const DeadlineQuery& q = req.query;
  const ResponseRule& r = *d.rule;
  const char* kinds[] = {"duration", "workingDays", "bestEffort"};
  json out;
  out["measure"] = id_of(ResponseRule::kMeasureIds, r.measure);
  out["class"] = d.incident_class;
  out["priority"] = d.priority;
  out["promise"] = response_text(*q.profile, r);
  out["kind"] = kinds[static_cast<int>(r.promise)];
  out["window"] = r.window;
  out["clause"] = r.cite.clause;
  out["note"] = r.cite.note;
  if (r.promise == ResponseRule::Promise::duration) out["seconds"] = r.seconds.seconds().to_double();
  if (r.promise == ResponseRule::Promise::workingDays) out["workingDays"] = r.working_days;
  out["clockStart"] = d.clock_start ? instant_json(*d.clock_start, *q.zone, req.viewer) : json();
  out["due"] = d.due ? instant_json(*d.due, *q.zone, req.viewer) : json();
  out["unreachable"] = d.unreachable;
  long long counted = 0;
  json segments = json::array();
  for (const auto& s : d.counted) {
    counted += (s.end - s.begin).count();
    segments.push_back(object({{"day", iso_date(s.day)}, {"begin", iso_local(s.begin, utc_offset_seconds(*q.zone, s.begin))},
                               {"end", iso_local(s.end, utc_offset_seconds(*q.zone, s.end))}, {"seconds", (s.end - s.begin).count()}}));
  }
  out["countedSeconds"] = counted;
  out["elapsedSeconds"] = d.due ? json((*d.due - q.reported).count()) : json();
  out["segments"] = segments;
  json closed = json::array();
  for (const auto& skipped : d.closed_skipped)
    closed.push_back(object({{"date", iso_date(skipped.day)}, {"name", skipped_day_name(skipped)}}));
  out["closedDays"] = closed;
  out["explain"] = explain_json(d.explain);
  return out;
}

json answer_json(const DeadlineAnswer& a, const DeadlineRequest& req) {
  const DeadlineQuery& q = req.query;
  json list = json::array();
  for (const auto& d : a.deadlines) list.push_back(deadline_json(d, req));
  json out;
  out["profile"] = q.profile->id;
  out["tier"] = q.tier->id;
  out["zone"] = q.zone->name;
  out["viewerZone"] = req.viewer ? json(req.viewer->name) : json();
  out["reported"] = instant_json(q.reported, *q.zone, req.viewer);
  out["workingDayRule"] = id_of(kWorkingDayRuleIds, q.working_day_rule);
  out["options"] = options_json(a.options);
  out["deadlines"] = list;
  if (!req.priority.is_null()) out["priority"] = req.priority;
  out["explain"] = explain_json(a.explain);
  return out;
}

}  // namespace

Result<json> deadline_endpoint(const json& r) {
  if (!r.is_object()) return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "window", "timeZone", "holidays", "time", "workingDays", "workingDayRule",
                                             "reported", "measure", "class", "priority", "impact", "urgency", "options",
                                             "closedDays", "holidayOptions", "disambiguation", "viewerZone"}))
    return *e;
  DeadlineRequest req;
  if (auto e = read_subject(r, req)) return *e;
  if (auto e = read_narrowing(r, req)) return *e;
  DeadlineAnswer answer = answer_deadlines(req.query);
  if (answer.unreachable) return unreachable_error(answer.deadlines[*answer.unreachable], req, r);
  return answer_json(answer, req);
}

}  // namespace slacalc
