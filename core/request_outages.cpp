#include "request_outages.hpp"

#include "iso_time.hpp"
#include "json_read.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

using date::sys_seconds;

constexpr std::size_t kMaxOutages = 100000;

}  // namespace

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

}  // namespace slacalc
