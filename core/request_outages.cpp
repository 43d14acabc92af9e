#include "request_outages.hpp"

#include "iso_time.hpp"
#include "json_read.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;

constexpr std::size_t kMaxOutages = 100000;

}  // namespace

Result<sys_seconds> read_instant(const json& outage, const char* key, const std::string& path, const Zone& zone,
                                 LocalReading how, std::vector<AdjustedTime>* adjusted) {
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
  LocalToUtc u = to_utc(zone, t->local, how.choice);
  if (u.kind == LocalToUtc::unique) return u.instant;
  if (how.reject)
    return Error{"ambiguous_time",
                 u.kind == LocalToUtc::gap
                     ? say({"{0} does not exist in {1}: the clocks skip it (give an offset, or a disambiguation)",
                            "{0} gibt es in {1} nicht: die Uhren überspringen diese Zeit (geben Sie einen Zeitversatz "
                            "oder eine disambiguation an)",
                            "{0} bestaat niet in {1}: de klokken slaan die tijd over (geef een offset of een "
                            "disambiguation)",
                            "{0} findes ikke i {1}: urene springer tidspunktet over (angiv en forskydning eller en "
                            "disambiguation)"},
                           {text.value(), zone.name})
                     : say({"{0} occurs twice in {1} (give an offset, or a disambiguation)",
                            "{0} kommt in {1} zweimal vor (geben Sie einen Zeitversatz oder eine disambiguation an)",
                            "{0} komt twee keer voor in {1} (geef een offset of een disambiguation)",
                            "{0} forekommer to gange i {1} (angiv en forskydning eller en disambiguation)"},
                           {text.value(), zone.name}),
                 path + "/" + key};
  if (adjusted) adjusted->push_back({path + "/" + key, 0, text.value(), u.instant, u.kind == LocalToUtc::gap});
  return u.instant;
}

Result<LocalReading> read_local_reading(const json& r) {
  LocalReading how;
  const json* v = find_field(r, "disambiguation");
  if (!v) return how;
  std::optional<Disambiguation> choice;
  if (auto e = read_id(*v, "/disambiguation", kDisambiguationRequestIds, choice)) return *e;
  how.reject = !choice;
  how.choice = choice.value_or(Disambiguation::compatible);
  return how;
}

std::optional<Explanation> adjusted_times_line(const std::vector<AdjustedTime>& adjusted, const LocalReading& how,
                                               const Zone& zone) {
  if (adjusted.empty()) return std::nullopt;
  constexpr std::size_t kNamed = 10;
  std::string list;
  for (std::size_t i = 0; i < adjusted.size() && i < kNamed; ++i) {
    const AdjustedTime& a = adjusted[i];
    std::string where = a.path.empty() ? say({"line {0}", "Zeile {0}", "regel {0}", "linje {0}"}, {std::to_string(a.line)})
                                       : a.path;
    list += (i ? "; " : "") + where + " " + a.written + " → " + iso_local(a.instant, utc_offset_seconds(zone, a.instant)) +
            (a.gap ? say({" (skipped)", " (übersprungen)", " (overgeslagen)", " (sprunget over)"})
                   : say({" (repeated)", " (doppelt)", " (herhaald)", " (gentaget)"}));
  }
  if (adjusted.size() > kNamed)
    list += say({"; and {0} more", "; und {0} weitere", "; en nog {0}", "; og {0} mere"},
                {std::to_string(adjusted.size() - kNamed)});
  return Explanation{"local-time",
                     say({"Local times the clocks skip or repeat in {0}, read as disambiguation \"{1}\" says: {2}.",
                          "Ortszeiten, die die Uhren in {0} überspringen oder wiederholen, gelesen nach disambiguation "
                          "\"{1}\": {2}.",
                          "Lokale tijden die de klokken in {0} overslaan of herhalen, gelezen volgens disambiguation "
                          "\"{1}\": {2}.",
                          "Lokale tidspunkter, som urene i {0} springer over eller gentager, læst efter disambiguation "
                          "\"{1}\": {2}."},
                         {zone.name, id_of(kDisambiguationIds, how.choice), list})};
}

OutageContext outage_context(const Profile* p) {
  OutageContext context;
  context.zone = find_zone(p ? p->time_zone : "UTC");
  if (!p) return context;
  context.scopes = p->scopes();
  context.knows_scopes = true;
  if (p->maintenance_notice) context.notice = &*p->maintenance_notice;
  return context;
}

namespace {

// "all" (the default: it hit every commitment) or one of the profile's
// scopes (Flying Circus §9.2: "Cloud-Plattform" and "Ihre Webanwendung").
std::optional<Error> read_scope(const json& v, const std::string& path, const OutageContext& context, Outage& o) {
  auto word = read_string(v, path);
  if (!word.ok()) return word.error();
  if (word.value() == "all" || !context.knows_scopes) return std::nullopt;
  for (std::size_t i = 0; i < context.scopes.size(); ++i)
    if (context.scopes[i] == word.value()) {
      o.scope = static_cast<unsigned char>(i + 1);
      return std::nullopt;
    }
  std::string choices = comma_list(context.scopes);
  return Error{"unknown_value",
               context.scopes.empty()
                   ? say({"no scope \"{0}\": this contract's commitments name no scopes (only \"all\")",
                          "kein Geltungsbereich \"{0}\": die Zusagen dieses Vertrags nennen keine (nur \"all\")",
                          "geen reikwijdte \"{0}\": de toezeggingen van dit contract noemen er geen (alleen \"all\")",
                          "intet omfang \"{0}\": denne kontrakts tilsagn nævner ingen (kun \"all\")"},
                         {word.value()})
                   : say({"no scope \"{0}\" (all, {1})", "kein Geltungsbereich \"{0}\" (all, {1})",
                          "geen reikwijdte \"{0}\" (all, {1})", "intet omfang \"{0}\" (all, {1})"},
                         {word.value(), choices}),
               path};
}

// A planned outage announced less than the contract's notice ahead is no
// announced service window (WP Heaven §10.1): downtime.
std::optional<Error> read_announced(const json& v, const std::string& path, const OutageContext& context, Outage& o) {
  if (o.kind != Outage::Kind::planned)
    return Error{"unknown_field",
                 say({"only a planned outage is announced", "nur ein geplanter Ausfall wird angekündigt",
                      "alleen een geplande onderbreking wordt aangekondigd", "kun et planlagt udfald varsles"}),
                 path + "/announced"};
  auto at = read_instant(v, "announced", path, *context.zone, context.local);
  if (!at.ok()) return at.error();
  if (context.notice && Duration(o.begin - at.value()) < context.notice->at_least_seconds)
    o.late_notice = true;
  return std::nullopt;
}

}  // namespace

Result<Outage> read_outage(const json& v, const std::string& path, const OutageContext& context,
                           std::vector<AdjustedTime>* adjusted) {
  const Zone& zone = *context.zone;
  if (!v.is_object())
    return wrong_type(path, say({"an outage object", "ein Ausfallobjekt", "een storingsobject", "et nedbrudsobjekt"}), v);
  if (auto e = reject_unknown_fields(v, path, {"start", "end", "kind", "reason", "scope", "announced", "note"})) return *e;
  Outage o;
  auto begin = read_instant(v, "start", path, zone, context.local, adjusted);
  if (!begin.ok()) return begin.error();
  auto end = read_instant(v, "end", path, zone, context.local, adjusted);
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
    if (auto e = read_id(*k, path + "/kind", Outage::kKindIds, o.kind)) return *e;
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
  if (const json* scope = find_field(v, "scope"))
    if (auto e = read_scope(*scope, path + "/scope", context, o)) return *e;
  if (find_field(v, "announced"))
    if (auto e = read_announced(v, path, context, o)) return *e;
  if (const json* note = find_field(v, "note")) {
    auto text = read_string(*note, path + "/note");
    if (!text.ok()) return text.error();
  }
  return o;
}

Result<std::vector<Outage>> read_outages(const json& list, const std::string& path, const OutageContext& context,
                                         std::vector<AdjustedTime>* adjusted) {
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
  std::vector<AdjustedTime> own;
  std::vector<bool> moved(list.size(), false);  // rows with a time read by disambiguation
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::size_t before = own.size();
    auto o = read_outage(list[i], path + "/" + std::to_string(i), context, &own);
    if (!o.ok()) return o.error();
    outages.push_back(o.value());
    moved[i] = own.size() > before;
  }
  if (adjusted) adjusted->insert(adjusted->end(), own.begin(), own.end());
  if (auto repeat = sort_outages(outages, &moved))
    return Error{"duplicate_row",
                 say({"repeats the outage at {0}", "wiederholt den Ausfall bei {0}", "herhaalt de storing bij {0}",
                      "gentager nedbruddet ved {0}"},
                     {path + "/" + std::to_string(repeat->first)}),
                 path + "/" + std::to_string(repeat->second)};
  return outages;
}

std::optional<Error> check_outage_source(const json& request, const OutageFile* file) {
  if (file && find_field(request, "outages"))
    return Error{"conflict",
                 say({"the outages come from the file read in chunks; leave out \"outages\"",
                      "die Ausfälle kommen aus der stückweise gelesenen Datei; lassen Sie \"outages\" weg",
                      "de storingen komen uit het in delen gelezen bestand; laat \"outages\" weg",
                      "nedbruddene kommer fra filen, der er læst i bidder; udelad \"outages\""}),
                 "/outages"};
  if (file && find_field(request, "disambiguation"))
    return Error{"conflict",
                 say({"the file's local times were read when it was opened; give \"disambiguation\" to openOutageFile()",
                      "die Ortszeiten der Datei wurden beim Öffnen gelesen; geben Sie \"disambiguation\" bei openOutageFile() an",
                      "de lokale tijden van het bestand zijn bij het openen gelezen; geef \"disambiguation\" bij openOutageFile()",
                      "filens lokale tider blev læst, da den blev åbnet; angiv \"disambiguation\" ved openOutageFile()"}),
                 "/disambiguation"};
  return std::nullopt;
}

}  // namespace slacalc
