#include "api.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "endpoints.hpp"
#include "error.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "outage_import.hpp"
#include "monitor_export.hpp"
#include "outage_ledger.hpp"
#include "request_profile.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

Result<json> parse_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes)
    return Error{"too_large",
                 say({"request is larger than 1 MiB", "die Anfrage ist größer als 1 MiB", "het verzoek is groter dan 1 MiB",
                      "forespørgslen er større end 1 MiB"}),
                 ""};
  auto request = parse_json_text(text);
  if (!request.ok())
    return Error{request.error().code,
                 say({"request: {0}", "in der Anfrage: {0}", "verzoek: {0}", "forespørgsel: {0}"}, {request.error().message}),
                 request.error().path};
  return request;
}

// A request's "lang" (any request object may carry one): the language of the
// result's texts, taken out before the endpoint reads the rest; without one,
// the default (set_default_lang).
Result<Lang> take_lang(json& request) {
  if (!request.is_object()) return current_lang();
  auto it = request.find("lang");
  if (it == request.end()) return current_lang();
  std::optional<Lang> lang = it->is_string() ? lang_from_code(it->get_ref<const std::string&>()) : std::nullopt;
  if (!lang)
    return Error{"unknown_value",
                 say({"lang must be one of \"en\", \"de\", \"nl\", \"da\"",
                      "lang muss einer der Werte \"en\", \"de\", \"nl\", \"da\" sein",
                      "lang moet een van de waarden \"en\", \"de\", \"nl\", \"da\" zijn",
                      "lang skal være en af værdierne \"en\", \"de\", \"nl\", \"da\""}),
                 "/lang"};
  request.erase(it);
  return *lang;
}

Response failure(const Error& e) {
  std::string body = json_text(object({{"code", e.code}, {"message", e.message}, {"path", e.path}}));
  if (!e.details.empty()) body.insert(body.size() - 1, "," + e.details);
  return {false, body};
}

}  // namespace

// The adapters of endpoints.hpp: most endpoints read a parsed request; what
// they return is either a JSON value or text that is already JSON.
Result<std::string> run_json_endpoint(Result<json> (*endpoint)(const json&), std::string_view request_json) {
  auto request = parse_request(request_json);
  if (!request.ok()) return request.error();
  auto lang = take_lang(request.value());
  if (!lang.ok()) return lang.error();
  LangScope scope(lang.value());
  auto result = endpoint(request.value());
  if (!result.ok()) return result.error();
  return json_text(result.value());
}

Result<std::string> run_text_endpoint(Result<std::string> (*endpoint)(const json&), std::string_view request_json) {
  auto request = parse_request(request_json);
  if (!request.ok()) return request.error();
  auto lang = take_lang(request.value());
  if (!lang.ok()) return lang.error();
  LangScope scope(lang.value());
  return endpoint(request.value());
}

std::vector<std::string> function_names() {
  std::vector<std::string> names;
  for (const auto& e : kEndpoints) names.emplace_back(e.name);
  return names;
}

Response call_among(std::span<const Endpoint> endpoints, std::string_view function, std::string_view request_json) {
  for (const auto& e : endpoints) {
    if (function != e.name) continue;
    auto result = e.answer(request_json);
    if (!result.ok()) return failure(result.error());
    return {true, result.value()};
  }
  return failure({"unknown_function",
                  say({"no function \"{0}\"", "keine Funktion \"{0}\"", "geen functie \"{0}\"", "ingen funktion \"{0}\""},
                      {function}),
                  ""});
}

Response call(std::string_view function, std::string_view request_json) {
  return call_among(kEndpoints, function, request_json);
}

namespace {

// A batch line's function and request, or why it has none.
Result<std::pair<std::string, std::string>> batch_call(std::string_view line) {
  auto parsed = parse_request(line);
  if (!parsed.ok()) return parsed.error();
  const json& l = parsed.value();
  if (!l.is_object()) return not_a_request_object(l);
  if (auto e = reject_unknown_fields(l, "", {"fn", "request"})) return *e;
  const json* fn = find_field(l, "fn");
  if (!fn) return missing_field("/fn", say({"the function's name", "der Name der Funktion", "de naam van de functie",
                                            "funktionens navn"}));
  auto name = read_string(*fn, "/fn");
  if (!name.ok()) return name.error();
  const json* request = find_field(l, "request");
  if (!request) return missing_field("/request", say({"the request", "die Anfrage", "het verzoek", "forespørgslen"}));
  // validateProfile's request is the profile document itself, as in call().
  return std::pair{name.value(), json_text(*request)};
}

}  // namespace

std::string batch_line(std::string_view line) {
  auto what = batch_call(line);
  Response r = what.ok() ? call(what.value().first, what.value().second) : failure(what.error());
  return std::string(r.ok ? "{\"ok\":true,\"result\":" : "{\"ok\":false,\"error\":") + r.body + "}";
}

LedgerSession::LedgerSession() : functions_(kMeasureAndCredit) {}
LedgerSession::LedgerSession(std::span<const FileEndpoint> functions) : functions_(functions) {}
LedgerSession::~LedgerSession() = default;

Response LedgerSession::open(std::string_view text) {
  ledger_.reset();
  auto request = parse_request(text);
  if (!request.ok()) return failure(request.error());
  // The file's language: its reading errors (append, finish) are written in it.
  auto lang = take_lang(request.value());
  if (!lang.ok()) return failure(lang.error());
  lang_ = lang.value();
  LangScope scope(lang_);
  const json& r = request.value();
  if (!r.is_object())
    return failure(
        not_a_request_object(r));
  if (auto e = reject_unknown_fields(r, "", {"profile", "disambiguation", "dateOrder", "monitor", "zone", "ongoingUntil"}))
    return failure(*e);
  zone_ = "UTC";
  profile_id_.clear();
  std::shared_ptr<const Profile> profile;
  if (const json* p = find_field(r, "profile")) {
    auto resolved = resolve_profile(*p, "/profile");
    if (!resolved.ok()) return failure(resolved.error());
    profile = resolved.value();
    zone_ = profile->time_zone;
    profile_id_ = profile->id;
  }
  OutageContext context = outage_context(profile.get());
  auto local = read_local_reading(r);
  if (!local.ok()) return failure(local.error());
  context.local = local.value();
  auto date_order = read_date_order(r);
  if (!date_order.ok()) return failure(date_order.error());
  auto monitor = read_monitor_options(r, context);
  if (!monitor.ok()) return failure(monitor.error());
  // Times without an offset in the zone asked for: read as said, whatever profile measures them.
  zone_given_ = find_field(r, "zone") != nullptr;
  context.zone = monitor.value().zone;
  zone_ = context.zone->name;
  ledger_ = std::make_unique<OutageLedger>(std::move(context), date_order.value(), monitor.value());
  return {true, json_text(object({{"zone", zone_}}))};
}

namespace {

json progress(const OutageLedger& ledger) { return object({{"rows", ledger.rows()}, {"bytes", ledger.bytes()}}); }

Response not_open() {
  return failure({"conflict",
                  say({"no file is open: call open() first", "keine Datei geöffnet: rufen Sie zuerst open() auf",
                       "er is geen bestand geopend: roep eerst open() aan", "ingen fil er åben: kald open() først"}),
                  ""});
}

}  // namespace

Response LedgerSession::append(std::string_view piece) {
  LangScope scope(lang_);
  if (!ledger_) return not_open();
  if (auto e = ledger_->append(piece)) return failure(*e);
  return {true, json_text(progress(*ledger_))};
}

Response LedgerSession::finish() {
  LangScope scope(lang_);
  if (!ledger_) return not_open();
  if (auto e = ledger_->finish()) return failure(*e);
  json out = progress(*ledger_);
  if (const auto& reading = ledger_->monitor_reading()) describe_reading(*reading, out);
  else out["columns"] = ledger_->columns().names;
  if (!ledger_->is_json()) out["delimiter"] = std::string(1, ledger_->delimiter());
  out["outages"] = ledger_->outages().size();  // a monitor's rows are checks and events, not outages
  const auto& outages = ledger_->outages();
  const Zone& zone = *find_zone(zone_);
  auto local = [&zone](date::sys_seconds t) { return iso_local(t, utc_offset_seconds(zone, t)); };
  out["first"] = outages.empty() ? json() : json(local(outages.front().begin));
  date::sys_seconds last{};
  for (const auto& o : outages) last = std::max(last, o.end);
  out["last"] = outages.empty() ? json() : json(local(last));
  return {true, json_text(out)};
}

namespace {

// A profile the file was not read for: its scopes and announcements were
// read against the profile it was opened with, and (`same_zone`) its local
// times in that profile's zone.
std::optional<Error> file_conflict(const OutageLedger& ledger, const std::string& zone, const std::string& profile_id,
                                   const json& profile_field, const std::string& path, bool same_zone) {
  if (!ledger.has_local_times() && !ledger.has_profile_terms()) return std::nullopt;
  auto profile = resolve_profile(profile_field, path);
  if (!profile.ok()) return std::nullopt;  // the endpoint says what is wrong with it
  if (ledger.has_profile_terms() && profile.value()->id != profile_id)
    return Error{"conflict",
                 say({"the file's scopes and announcements were read for {0}; read it again for {1}",
                      "Geltungsbereiche und Ankündigungen der Datei wurden für {0} gelesen; lesen Sie sie für {1} "
                      "neu ein",
                      "de reikwijdtes en aankondigingen van het bestand zijn gelezen voor {0}; lees het opnieuw in "
                      "voor {1}",
                      "filens omfang og varslinger blev læst for {0}; indlæs den igen for {1}"},
                     {profile_id.empty() ? "—" : profile_id, profile.value()->id}),
                 path};
  if (same_zone && ledger.has_local_times() && profile.value()->time_zone != zone)
    return Error{"conflict",
                 say({"the file's local times were read in {0}; read it again for a profile in {1}",
                      "die Ortszeiten der Datei wurden in {0} gelesen; lesen Sie sie für ein Profil in {1} neu ein",
                      "de lokale tijden van het bestand zijn gelezen in {0}; lees het opnieuw in voor een profiel "
                      "in {1}",
                      "filens lokale tider blev læst i {0}; indlæs den igen for en profil i {1}"},
                     {zone, profile.value()->time_zone}),
                 path};
  return std::nullopt;
}

}  // namespace

Response LedgerSession::call(std::string_view function, std::string_view text) {
  // The request's language first, for every error after it; its own
  // problems are reported in their old order, after the session's.
  auto request = parse_request(text);
  Result<Lang> lang = request.ok() ? take_lang(request.value()) : Result<Lang>(current_lang());
  LangScope scope(lang.ok() ? lang.value() : current_lang());
  if (!ledger_) return not_open();
  if (!ledger_->finished())
    return failure({"conflict",
                    say({"the file is not finished: call finish() first",
                         "die Datei ist nicht abgeschlossen: rufen Sie zuerst finish() auf",
                         "het bestand is niet afgesloten: roep eerst finish() aan",
                         "filen er ikke afsluttet: kald finish() først"}),
                    ""});
  if (!request.ok()) return failure(request.error());
  if (!lang.ok()) return failure(lang.error());
  const json& r = request.value();
  const FileEndpoint* endpoint = nullptr;
  for (const FileEndpoint& f : functions_)
    if (function == f.name) endpoint = &f;
  if (!endpoint)
    return failure({"unknown_function",
                    functions_.size() > 2
                        ? say({"a file's outages go to \"measure\", \"credit\" or \"compare\"",
                               "die Ausfälle einer Datei gehen an \"measure\", \"credit\" oder \"compare\"",
                               "de storingen van een bestand gaan naar \"measure\", \"credit\" of \"compare\"",
                               "en fils nedbrud går til \"measure\", \"credit\" eller \"compare\""})
                        : say({"a file's outages go to \"measure\" or \"credit\"",
                               "die Ausfälle einer Datei gehen an \"measure\" oder \"credit\"",
                               "de storingen van een bestand gaan naar \"measure\" of \"credit\"",
                               "en fils nedbrud går til \"measure\" eller \"credit\""}),
                    ""});
  if (r.is_object()) {
    if (function == "compare") {
      // Every column reads the file's times in its zone (compare says so); its
      // scopes and notices only a column of the profile it was read for.
      if (const json* list = find_field(r, "columns"); list && list->is_array())
        for (std::size_t i = 0; i < list->size(); ++i)
          if (const json* p = (*list)[i].is_object() ? find_field((*list)[i], "profile") : nullptr)
            if (auto e = file_conflict(*ledger_, zone_, profile_id_, *p, "/columns/" + std::to_string(i) + "/profile", false)) return failure(*e);
    } else if (const json* p = find_field(r, "profile")) {
      // A zone given when the file was opened read its local times as asked, for any profile.
      if (auto e = file_conflict(*ledger_, zone_, profile_id_, *p, "/profile", !zone_given_)) return failure(*e);
    }
  }
  const OutageFile file{ledger_->outages(), ledger_->adjusted(), ledger_->local_reading(), find_zone(zone_)};
  Result<json> result = endpoint->answer(r, &file);
  if (!result.ok()) return failure(result.error());
  // A monitor's export says how it was read, first in the working.
  if (const auto& reading = ledger_->monitor_reading(); reading && result.value().contains("explain")) {
    json described;
    describe_reading(*reading, described);
    json& explain = result.value()["explain"];
    explain.insert(explain.begin(), described["explain"].begin(), described["explain"].end());
  }
  return {true, json_text(result.value())};
}

}  // namespace slacalc
