#include "monitor_export.hpp"

#include <algorithm>

#include "comma_list.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_text.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "monitor_readers.hpp"
#include "request_calendar.hpp"
#include "sheet_time.hpp"

namespace slacalc {

std::string format_name(SourceFormat format) {
  switch (format) {
    case SourceFormat::uptimerobot:
      return say({"an UptimeRobot log export", "ein UptimeRobot-Protokollexport", "een UptimeRobot-logexport",
                  "en UptimeRobot-logeksport"});
    case SourceFormat::uptime_kuma:
      return say({"uptime-kuma heartbeats", "uptime-kuma-Heartbeats", "uptime-kuma-heartbeats",
                  "uptime-kuma-heartbeats"});
    case SourceFormat::betterstack:
      return say({"Better Stack incidents", "Better-Stack-Vorfälle", "Better Stack-incidenten",
                  "Better Stack-hændelser"});
    case SourceFormat::pingdom:
      return say({"a Pingdom outage summary", "eine Pingdom-Ausfallübersicht", "een Pingdom-storingsoverzicht",
                  "en Pingdom-nedbrudsoversigt"});
    case SourceFormat::prometheus:
      return say({"a Prometheus range query", "eine Prometheus-Bereichsabfrage", "een Prometheus-bereikquery",
                  "en Prometheus-intervalforespørgsel"});
    case SourceFormat::table:
      break;
  }
  return say({"a table of outages", "eine Tabelle von Ausfällen", "een tabel van storingen", "en tabel over nedbrud"});
}

std::optional<SourceFormat> monitor_csv_format(const std::vector<std::string>& header) {
  auto has = [&header](std::string_view name) {
    return std::any_of(header.begin(), header.end(), [name](const std::string& h) { return folded(h) == name; });
  };
  // UptimeRobot's log export (docs/importing.md): Event, Monitor, Date-Time, Duration (in mins.).
  if (has("event") && has("datetime") && has("monitor")) return SourceFormat::uptimerobot;
  // uptime-kuma's heartbeat table: monitor_id, status, msg, time, duration, important.
  if (has("monitorid") && has("status") && has("time")) return SourceFormat::uptime_kuma;
  return std::nullopt;
}

bool looks_like_json(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

Error unknown_format(std::string_view why) {
  return Error{"unknown_format",
               say({"{0}; the formats read are a table of outages with start and end (CSV), an UptimeRobot log export "
                    "(CSV), uptime-kuma heartbeats (CSV), Better Stack incidents (JSON), a Pingdom outage summary "
                    "(JSON) and a Prometheus range query of up or probe_success (JSON)",
                    "{0}; gelesen werden eine Tabelle von Ausfällen mit Beginn und Ende (CSV), ein "
                    "UptimeRobot-Protokollexport (CSV), uptime-kuma-Heartbeats (CSV), Better-Stack-Vorfälle (JSON), "
                    "eine Pingdom-Ausfallübersicht (JSON) und eine Prometheus-Bereichsabfrage von up oder "
                    "probe_success (JSON)",
                    "{0}; gelezen worden een tabel van storingen met begin en einde (CSV), een UptimeRobot-logexport "
                    "(CSV), uptime-kuma-heartbeats (CSV), Better Stack-incidenten (JSON), een "
                    "Pingdom-storingsoverzicht (JSON) en een Prometheus-bereikquery van up of probe_success (JSON)",
                    "{0}; der læses en tabel over nedbrud med start og slutning (CSV), en UptimeRobot-logeksport "
                    "(CSV), uptime-kuma-heartbeats (CSV), Better Stack-hændelser (JSON), en Pingdom-nedbrudsoversigt "
                    "(JSON) og en Prometheus-intervalforespørgsel af up eller probe_success (JSON)"},
                   {why}),
               "/text"};
}

Result<MonitorOptions> read_monitor_options(const json& request, const OutageContext& context) {
  MonitorOptions options;
  options.zone = context.zone;
  options.local = context.local;
  if (const json* v = find_field(request, "monitor")) {
    auto name = read_string(*v, "/monitor");
    if (!name.ok()) return name.error();
    options.monitor = name.value();
  }
  if (const json* v = find_field(request, "zone")) {
    auto name = read_string(*v, "/zone");
    if (!name.ok()) return name.error();
    options.zone = find_zone(name.value());
    if (!options.zone) return unknown_zone_error(name.value(), "/zone");
  }
  if (find_field(request, "ongoingUntil")) {
    auto until = read_instant(request, "ongoingUntil", "", *options.zone, context.local);
    if (!until.ok()) return until.error();
    options.ongoing_until = until.value();
  }
  return options;
}

std::uint32_t MonitorReader::monitor(std::string_view name) {
  auto found = monitor_index_.find(name);
  if (found != monitor_index_.end()) return found->second;
  auto index = static_cast<std::uint32_t>(reading_.monitors.size());
  monitor_index_.emplace(std::string(name), index);
  reading_.monitors.push_back({std::string(name), 0});
  return index;
}

void MonitorReader::add(std::uint32_t monitor, date::sys_seconds begin, date::sys_seconds end, Outage::Kind kind,
                        std::string_view note, int line) {
  if (end <= begin) {  // a Down row of 0 minutes, a state of no length
    ignore("zero-length");
    return;
  }
  spans_.push_back({monitor, begin, end, kind, std::string(note), line});
}

Result<date::sys_seconds> MonitorReader::instant(std::string_view text, const std::string& path, int line) {
  // Fractions of a second ("2026-03-02 10:14:05.123", "…T08:47:02.000Z") are
  // dropped: outages are counted in whole seconds.
  std::string whole(text);
  if (auto dot = whole.find('.', 16); dot != std::string::npos && whole.size() > 19 && whole[dot - 3] == ':') {
    auto digits = whole.find_first_not_of("0123456789", dot + 1);
    whole.erase(dot, (digits == std::string::npos ? whole.size() : digits) - dot);
  }
  std::string iso = iso_of_sheet_time(whole, DateOrder::unknown).value_or(whole);
  std::size_t before = reading_.adjusted.size();
  auto t = read_instant(object({{"t", iso}}), "t", "", *options_.zone, options_.local, &reading_.adjusted);
  for (std::size_t i = before; i < reading_.adjusted.size(); ++i) {
    reading_.adjusted[i].path = path;
    reading_.adjusted[i].line = line;
  }
  if (t.ok()) saw(t.value());
  return t;
}

std::optional<date::sys_seconds> MonitorReader::ongoing_end(date::sys_seconds begin, date::sys_seconds fallback) {
  date::sys_seconds end = options_.ongoing_until.value_or(fallback);
  if (end <= begin) return std::nullopt;
  ++ongoing_;
  ongoing_end_ = end;
  return end;
}

Error MonitorReader::unresolved(date::sys_seconds begin) const {
  return Error{"missing_field",
               say({"the incident from {0} is not resolved in the file, and the file names no later time: give "
                    "ongoingUntil, the instant it counts until",
                    "der Vorfall ab {0} ist in der Datei nicht behoben, und die Datei nennt keine spätere Zeit: geben "
                    "Sie ongoingUntil an, den Zeitpunkt, bis zu dem er zählt",
                    "het incident vanaf {0} is in het bestand niet opgelost, en het bestand noemt geen latere tijd: "
                    "geef ongoingUntil, het tijdstip tot wanneer het telt",
                    "hændelsen fra {0} er ikke løst i filen, og filen nævner intet senere tidspunkt: angiv "
                    "ongoingUntil, tidspunktet den tæller til"},
                   {iso_utc(begin)}),
               "/ongoingUntil"};
}

namespace {

// Overlapping or touching spans of one kind as one: an outage counted once.
std::size_t merge_spans(std::vector<MonitorSpan>& spans) {
  std::sort(spans.begin(), spans.end(), [](const MonitorSpan& a, const MonitorSpan& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<MonitorSpan> merged;
  for (auto& s : spans) {
    if (!merged.empty() && merged.back().kind == s.kind && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
      continue;
    }
    merged.push_back(std::move(s));
  }
  std::size_t joined = spans.size() - merged.size();
  spans = std::move(merged);
  return joined;
}

Explanation monitors_line(const MonitorReading& r, const std::string& chosen, std::size_t joined) {
  std::vector<std::string> each;
  for (const auto& m : r.monitors)
    each.push_back(say({"{0}: {1} outages", "{0}: {1} Ausfälle", "{0}: {1} storingen", "{0}: {1} nedbrud"},
                       {m.name, std::to_string(m.outages)}));
  std::string list = comma_list(each);
  if (!chosen.empty())
    return {"monitor-chosen",
            say({"The file has {0} monitors ({1}); read: {2} only.", "Die Datei hat {0} Monitore ({1}); gelesen: nur {2}.",
                 "Het bestand heeft {0} monitors ({1}); gelezen: alleen {2}.",
                 "Filen har {0} monitorer ({1}); læst: kun {2}."},
                {std::to_string(r.monitors.size()), list, chosen})};
  return {"monitors-as-one",
          say({"The file has {0} monitors ({1}), read as one service: an outage of any counts, {2} overlapping "
               "outages joined. Choose a monitor (monitor) to read one.",
               "Die Datei hat {0} Monitore ({1}), gelesen als ein Dienst: ein Ausfall eines jeden zählt, {2} "
               "überlappende Ausfälle zusammengefasst. Wählen Sie einen Monitor (monitor), um nur ihn zu lesen.",
               "Het bestand heeft {0} monitors ({1}), gelezen als één dienst: een storing van elk telt, {2} "
               "overlappende storingen samengevoegd. Kies een monitor (monitor) om er één te lezen.",
               "Filen har {0} monitorer ({1}), læst som én tjeneste: et nedbrud på enhver tæller, {2} overlappende "
               "nedbrud slået sammen. Vælg en monitor (monitor) for at læse én."},
              {std::to_string(r.monitors.size()), list, std::to_string(joined)})};
}

std::string ignored_name(const std::string& id) {
  if (id == "up") return say({"up", "verfügbar", "beschikbaar", "oppe"});
  if (id == "pending") return say({"pending", "ausstehend", "in afwachting", "afventer"});
  if (id == "unknown") return say({"unknown", "unbekannt", "onbekend", "ukendt"});
  if (id == "zero-length") return say({"of no length", "ohne Dauer", "zonder duur", "uden varighed"});
  if (id == "gap") return say({"gaps without samples", "Lücken ohne Messwerte", "gaten zonder metingen",
                               "huller uden målinger"});
  return say({"other events", "andere Ereignisse", "andere gebeurtenissen", "andre hændelser"});
}

}  // namespace

Result<MonitorReading> MonitorReader::finish() {
  end();
  if (!problems_.empty()) return problems_.error();
  for (const auto& s : spans_) ++reading_.monitors[s.monitor].outages;
  std::size_t joined = 0;
  const std::string chosen = options_.monitor.value_or("");
  if (!chosen.empty()) {
    auto found = monitor_index_.find(chosen);
    if (found == monitor_index_.end()) {
      std::vector<std::string> names;
      for (const auto& m : reading_.monitors) names.push_back("\"" + m.name + "\"");
      return Error{"unknown_value",
                   say({"no monitor \"{0}\" in the file ({1})", "kein Monitor \"{0}\" in der Datei ({1})",
                        "geen monitor \"{0}\" in het bestand ({1})", "ingen monitor \"{0}\" i filen ({1})"},
                       {chosen, comma_list(names)}),
                   "/monitor"};
    }
    std::erase_if(spans_, [&found](const MonitorSpan& s) { return s.monitor != found->second; });
  }
  // Overlapping spans are one outage, also of one monitor (rows out of order, a series repeated).
  joined = merge_spans(spans_);
  std::sort(spans_.begin(), spans_.end(),
            [](const MonitorSpan& a, const MonitorSpan& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  reading_.outages = std::move(spans_);
  if (reading_.monitors.size() > 1) reading_.explain.push_back(monitors_line(reading_, chosen, joined));
  if (ongoing_)
    reading_.explain.push_back(
        {"ongoing", say({"{0} incidents unresolved in the file, counted until {1} ({2}).",
                         "{0} Vorfälle in der Datei nicht behoben, gezählt bis {1} ({2}).",
                         "{0} incidenten in het bestand niet opgelost, geteld tot {1} ({2}).",
                         "{0} hændelser ikke løst i filen, talt til {1} ({2})."},
                        {std::to_string(ongoing_), iso_utc(ongoing_end_),
                         options_.ongoing_until
                             ? say({"ongoingUntil", "ongoingUntil", "ongoingUntil", "ongoingUntil"})
                             : say({"the last time the file has for it; ongoingUntil sets another",
                                    "die letzte Zeit, die die Datei dafür hat; ongoingUntil setzt eine andere",
                                    "de laatste tijd die het bestand ervoor heeft; ongoingUntil zet een andere",
                                    "det sidste tidspunkt, filen har for den; ongoingUntil sætter et andet"})})});
  if (!reading_.ignored.empty()) {
    std::vector<std::string> each;
    for (const auto& [id, count] : reading_.ignored) each.push_back(ignored_name(id) + " " + std::to_string(count));
    reading_.explain.push_back({"not-outages", say({"Not outages, counted and left out: {0}.",
                                                    "Keine Ausfälle, gezählt und ausgelassen: {0}.",
                                                    "Geen storingen, geteld en weggelaten: {0}.",
                                                    "Ikke nedbrud, talt og udeladt: {0}."},
                                                   {comma_list(each)})});
  }
  if (auto line = adjusted_times_line(reading_.adjusted, options_.local, *options_.zone))
    reading_.explain.push_back(*line);
  reading_.format = format();
  return std::move(reading_);
}

Result<MonitorReading> read_monitor_csv(const CsvTable& table, SourceFormat format, const MonitorOptions& options) {
  auto reader = monitor_reader(format, options);
  reader->columns(table.header);
  for (const auto& row : table.rows) reader->row(row);
  return reader->finish();
}

Result<MonitorReading> read_monitor_json(std::string_view text, const MonitorOptions& options, std::size_t* records) {
  std::unique_ptr<MonitorReader> reader;
  auto found = [&](int id, const json& value, const JsonPlace& place) {
    if (records) ++*records;
    if (!reader) reader = monitor_reader(json_record_format(id), options);
    reader->record(id, value, place);
  };
  if (auto e = json_records(text, json_record_patterns(), found)) {
    if (!reader) return unknown_format(e->message);  // "[1709370000] SERVICE ALERT: …" starts like JSON
    return *e;
  }
  if (!reader)
    return unknown_format(say({"this JSON holds no outages of a known monitor", "dieses JSON enthält keine Ausfälle eines bekannten Monitors",
                               "deze JSON bevat geen storingen van een bekende monitor",
                               "denne JSON indeholder ingen nedbrud fra en kendt monitor"}));
  return reader->finish();
}

std::optional<Error> monitor_options_unused(const MonitorOptions& options) {
  const char* given = options.monitor ? "monitor" : options.ongoing_until ? "ongoingUntil" : nullptr;
  if (!given) return std::nullopt;
  return Error{"unknown_field",
               say({"{0} is for a monitor's export; this file is a table of outages",
                    "{0} gilt für den Export eines Monitors; diese Datei ist eine Tabelle von Ausfällen",
                    "{0} is voor de export van een monitor; dit bestand is een tabel van storingen",
                    "{0} gælder en monitors eksport; denne fil er en tabel over nedbrud"},
                   {given}),
               std::string("/") + given};
}

Result<std::vector<Outage>> monitor_outages(const MonitorReading& reading, const json& records,
                                            const OutageContext& context) {
  std::vector<Outage> out;
  out.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto o = read_outage(records[i], "", context);
    if (!o.ok())
      return Error{o.error().code,
                   say({"line {0}: {1}", "in Zeile {0}: {1}", "regel {0}: {1}", "linje {0}: {1}"},
                       {std::to_string(reading.outages[i].line), o.error().message}),
                   "/text"};
    out.push_back(o.value());
  }
  return out;
}

json monitor_records(const MonitorReading& reading) {
  json list = json::array();
  for (const auto& s : reading.outages) {
    json o = object({{"start", iso_utc(s.begin)}, {"end", iso_utc(s.end)}, {"kind", id_of(Outage::kKindIds, s.kind)}});
    if (!s.note.empty()) o["note"] = s.note;
    list.push_back(std::move(o));
  }
  return list;
}

void describe_reading(const MonitorReading& reading, json& out) {
  out["format"] = id_of(kSourceFormatIds, reading.format);
  json monitors = json::array();
  for (const auto& m : reading.monitors) monitors.push_back(object({{"name", m.name}, {"outages", m.outages}}));
  out["monitors"] = monitors;
  json ignored = json::object();
  for (const auto& [id, count] : reading.ignored) ignored[id] = count;
  out["ignored"] = ignored;
  json explain = explain_json({{"format", say({"Read as {0}.", "Gelesen als {0}.", "Gelezen als {0}.", "Læst som {0}."},
                                              {format_name(reading.format)})}});
  for (const auto& line : explain_json(reading.explain)) explain.push_back(line);
  out["explain"] = explain;
}

}  // namespace slacalc
