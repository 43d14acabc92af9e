// The JSON exports of monitors (docs/importing.md): Better Stack's
// incidents, Pingdom's outage summary and a Prometheus range query. Each
// record comes from json_records() as the file is read.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "human_duration.hpp"
#include "json_read.hpp"
#include "json_text.hpp"
#include "lang.hpp"
#include "monitor_readers.hpp"

namespace slacalc {
namespace {

enum Pattern { kBetterStackIncident, kPingdomState, kPrometheusResultType, kPrometheusMetric, kPrometheusSample };

constexpr RecordPattern kPatterns[] = {
    {kBetterStackIncident, {"data", "*"}},
    {kPingdomState, {"summary", "states", "*"}},
    {kPrometheusResultType, {"data", "resultType"}},
    {kPrometheusMetric, {"data", "result", "*", "metric"}},
    {kPrometheusSample, {"data", "result", "*", "values", "*"}},
};

// "line 12 (/data/3/attributes/started_at): …".
Error at_place(const Error& e, const JsonPlace& place, std::string_view field = {}) {
  std::string pointer = place.pointer + (field.empty() ? "" : "/" + std::string(field));
  return Error{e.code,
               say({"line {0} ({1}): {2}", "in Zeile {0} ({1}): {2}", "regel {0} ({1}): {2}", "linje {0} ({1}): {2}"},
                   {std::to_string(place.line), pointer, e.message}),
               "/text"};
}

Error expected(std::string_view what, const json& got) { return wrong_type("", what, got); }

// Unix seconds of 1970 to 9999 (a fraction dropped), or nothing.
std::optional<long long> unix_seconds(const json& v) {
  constexpr double kLast = 253402300799;  // 9999-12-31T23:59:59Z
  if (!v.is_number()) return std::nullopt;
  double t = v.get<double>();
  if (!(t >= 0 && t <= kLast)) return std::nullopt;
  return static_cast<long long>(std::floor(t));
}

std::string unix_seconds_text() {
  return say({"Unix seconds of 1970 to 9999", "Unix-Sekunden von 1970 bis 9999", "Unix-seconden van 1970 tot 9999",
              "Unix-sekunder fra 1970 til 9999"});
}

// Better Stack (Uptime API v2, GET /api/v2/incidents): each incident an
// outage from attributes.started_at to attributes.resolved_at (null while
// it lasts), its name the monitor's, its cause the note.
class BetterStackReader final : public MonitorReader {
 public:
  using MonitorReader::MonitorReader;
  SourceFormat format() const override { return SourceFormat::betterstack; }

  void record(int, const json& incident, const JsonPlace& place) override {
    const json* a = incident.is_object() ? find_field(incident, "attributes") : nullptr;
    if (!a || !a->is_object())
      return problem(at_place(expected(an_object(), a ? *a : json()), place, "attributes"), place.line);
    auto text = [&](const char* key) {
      const json* v = find_field(*a, key);
      return v && v->is_string() ? v->get<std::string>() : std::string();
    };
    const json* started = find_field(*a, "started_at");
    if (!started || !started->is_string())
      return problem(at_place(expected(say({"a time", "eine Zeit", "een tijd", "et tidspunkt"}), started ? *started : json()),
                              place, "attributes/started_at"),
                     place.line);
    auto begin = instant(started->get<std::string>(), place.pointer, place.line);
    if (!begin.ok()) return problem(at_place(begin.error(), place, "attributes/started_at"), place.line);
    std::uint32_t m = monitor(text("name"));
    const json* resolved = find_field(*a, "resolved_at");
    if (!resolved || resolved->is_null()) {
      open_.push_back({m, begin.value(), text("cause"), place.line});
      return;
    }
    auto end = instant(resolved->is_string() ? resolved->get<std::string>() : json_text(*resolved), place.pointer, place.line);
    if (!end.ok()) return problem(at_place(end.error(), place, "attributes/resolved_at"), place.line);
    add(m, begin.value(), end.value(), Outage::Kind::unplanned, text("cause"), place.line);
  }

 protected:
  void end() override {
    for (const auto& o : open_) {
      if (auto until = ongoing_end(o.begin, latest())) add(o.monitor, o.begin, *until, Outage::Kind::unplanned, o.cause, o.line);
      else problem(unresolved(o.begin), o.line);
    }
    said({"betterstack-incidents",
          say({"Each incident is an outage from started_at to resolved_at.",
               "Jeder Vorfall ist ein Ausfall von started_at bis resolved_at.",
               "Elk incident is een storing van started_at tot resolved_at.",
               "Hver hændelse er et nedbrud fra started_at til resolved_at."})});
  }

 private:
  struct Open {
    std::uint32_t monitor;
    date::sys_seconds begin;
    std::string cause;
    int line;
  };
  std::vector<Open> open_;
};

// Pingdom (API 3.1, GET /summary.outage/{checkid}): states from timefrom to
// timeto in Unix seconds; down is an outage, up and unknown (the check did
// not run) are not.
class PingdomReader final : public MonitorReader {
 public:
  using MonitorReader::MonitorReader;
  SourceFormat format() const override { return SourceFormat::pingdom; }

  void record(int, const json& state, const JsonPlace& place) override {
    const json* status = state.is_object() ? find_field(state, "status") : nullptr;
    if (!status || !status->is_string())
      return problem(at_place(expected("\"up\", \"down\" " + say({"or", "oder", "of", "eller"}) + " \"unknown\"",
                                       status ? *status : json()),
                              place, "status"),
                     place.line);
    auto from = unix_time(state, "timefrom", place);
    auto to = unix_time(state, "timeto", place);
    if (!from || !to) return;
    const std::string& s = status->get_ref<const std::string&>();
    if (s == "down") add(monitor(""), *from, *to, Outage::Kind::unplanned, {}, place.line);
    else if (s == "up" || s == "unknown") ignore(s == "up" ? "up" : "unknown");
    else problem(at_place(Error{"unknown_value", say({"\"{0}\" is not up, down or unknown", "\"{0}\" ist nicht up, down oder unknown",
                                                      "\"{0}\" is niet up, down of unknown", "\"{0}\" er ikke up, down eller unknown"},
                                                     {s}), ""},
                          place, "status"),
                 place.line);
  }

 protected:
  void end() override {
    said({"pingdom-states",
          say({"Each down state is an outage from timefrom to timeto (Unix seconds).",
               "Jeder Zustand down ist ein Ausfall von timefrom bis timeto (Unix-Sekunden).",
               "Elke toestand down is een storing van timefrom tot timeto (Unix-seconden).",
               "Hver tilstand down er et nedbrud fra timefrom til timeto (Unix-sekunder)."})});
  }

 private:
  std::optional<date::sys_seconds> unix_time(const json& state, const char* key, const JsonPlace& place) {
    const json* v = find_field(state, key);
    auto seconds = v && v->is_number_integer() ? unix_seconds(*v) : std::nullopt;
    if (!seconds) {
      problem(at_place(expected(unix_seconds_text(), v ? *v : json()), place, key), place.line);
      return std::nullopt;
    }
    date::sys_seconds t{std::chrono::seconds{*seconds}};
    saw(t);
    return t;
  }
};

// Prometheus (GET /api/v1/query_range of up or probe_success): each series
// a monitor, its samples 0 (down) or 1 (up) every step. A sample stands for
// the step from it, so a run of 0s is an outage from its first sample to a
// step after its last; a missing sample is neither.
class PrometheusReader final : public MonitorReader {
 public:
  using MonitorReader::MonitorReader;
  SourceFormat format() const override { return SourceFormat::prometheus; }

  void record(int id, const json& v, const JsonPlace& place) override {
    if (id == kPrometheusResultType) {
      if (v != "matrix")
        problem(at_place(Error{"unknown_format",
                               say({"resultType {0}: not a range query; export /api/v1/query_range",
                                    "resultType {0}: keine Bereichsabfrage; exportieren Sie /api/v1/query_range",
                                    "resultType {0}: geen bereikquery; exporteer /api/v1/query_range",
                                    "resultType {0}: ingen intervalforespørgsel; eksportér /api/v1/query_range"},
                                   {json_text(v)}),
                               ""},
                         place),
                place.line);
    } else if (id == kPrometheusMetric) {
      series_[place.outer_index].name = series_name(v);
    } else if (id == kPrometheusSample) {
      sample(v, place);
    }
  }

 protected:
  void end() override {
    long long step = 0;
    for (auto& entry : series_) {
      auto& samples = entry.second.samples;
      std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.t < b.t; });
      for (std::size_t i = 1; i < samples.size(); ++i) {
        long long gap = samples[i].t - samples[i - 1].t;
        if (gap > 0 && (step == 0 || gap < step)) step = gap;
      }
    }
    if (step == 0) step = 1;
    for (const auto& entry : series_) read_series(entry.first, entry.second, step);
    Duration length{std::chrono::seconds{step}};
    said({"prometheus-step",
          say({"A sample every {0}: each 0 is down for the {0} from it, so outages are exact to {0}; a missing "
               "sample is neither up nor down.",
               "Ein Messwert alle {0}: jede 0 ist für die {0} ab ihr ausgefallen, Ausfälle sind also auf {0} genau; "
               "ein fehlender Messwert ist weder verfügbar noch ausgefallen.",
               "Een meting elke {0}: elke 0 is de {0} erna onbeschikbaar, storingen zijn dus op {0} nauwkeurig; een "
               "ontbrekende meting is beschikbaar noch onbeschikbaar.",
               "En måling hver {0}: hver 0 er nede i de {0} fra den, så nedbrud er præcise til {0}; en manglende "
               "måling er hverken oppe eller nede."},
              {human_duration(length)})});
  }

 private:
  struct Sample {
    long long t;
    int line;
    bool down;
  };
  struct Series {
    std::string name;
    std::vector<Sample> samples;
  };

  static std::string series_name(const json& metric) {
    if (!metric.is_object()) return json_text(metric);
    if (const json* i = find_field(metric, "instance"); i && i->is_string()) return i->get<std::string>();
    std::string labels;
    for (const auto& [key, value] : metric.items())
      labels += (labels.empty() ? "" : ",") + key + "=" + (value.is_string() ? value.get<std::string>() : json_text(value));
    return "{" + labels + "}";
  }

  void sample(const json& v, const JsonPlace& place) {
    auto bad = [&](const Error& e) { problem(at_place(e, place), place.line); };
    if (!v.is_array() || v.size() != 2 || !unix_seconds(v[0]))
      return bad(expected(say({"[time in Unix seconds of 1970 to 9999, \"0\" or \"1\"]",
                               "[Zeit in Unix-Sekunden von 1970 bis 9999, \"0\" oder \"1\"]",
                               "[tijd in Unix-seconden van 1970 tot 9999, \"0\" of \"1\"]",
                               "[tid i Unix-sekunder fra 1970 til 9999, \"0\" eller \"1\"]"}),
                          v));
    if (v[1] != "0" && v[1] != "1")
      return bad(Error{"invalid_format",
                       say({"the value {0} is not 0 (down) or 1 (up): query up or probe_success",
                            "der Wert {0} ist nicht 0 (ausgefallen) oder 1 (verfügbar): fragen Sie up oder probe_success ab",
                            "de waarde {0} is niet 0 (onbeschikbaar) of 1 (beschikbaar): vraag up of probe_success op",
                            "værdien {0} er ikke 0 (nede) eller 1 (oppe): forespørg up eller probe_success"},
                           {json_text(v[1])}),
                       ""});
    long long t = *unix_seconds(v[0]);
    saw(date::sys_seconds{std::chrono::seconds{t}});
    series_[place.outer_index].samples.push_back({t, place.line, v[1] == "0"});
  }

  void read_series(std::size_t index, const Series& s, long long step) {
    std::uint32_t m = monitor(s.name.empty() ? "#" + std::to_string(index + 1) : s.name);
    auto at = [](long long t) { return date::sys_seconds{std::chrono::seconds{t}}; };
    std::size_t run = 0;  // the first 0 of the current run
    bool down = false;
    for (std::size_t i = 0; i < s.samples.size(); ++i) {
      const Sample& x = s.samples[i];
      bool gap = i > 0 && x.t - s.samples[i - 1].t > step;
      if (gap) ignore("gap");
      if (down && (gap || !x.down)) {
        add(m, at(s.samples[run].t), at(s.samples[i - 1].t + step), Outage::Kind::unplanned, {}, s.samples[run].line);
        down = false;
      }
      if (!x.down) ignore("up");
      if (x.down && !down) run = i, down = true;
    }
    if (down) add(m, at(s.samples[run].t), at(s.samples.back().t + step), Outage::Kind::unplanned, {}, s.samples[run].line);
  }

  std::map<std::size_t, Series> series_;
};

}  // namespace

std::span<const RecordPattern> json_record_patterns() { return kPatterns; }

SourceFormat json_record_format(int pattern) {
  switch (pattern) {
    case kBetterStackIncident: return SourceFormat::betterstack;
    case kPingdomState: return SourceFormat::pingdom;
    default: return SourceFormat::prometheus;
  }
}

std::unique_ptr<MonitorReader> betterstack_reader(MonitorOptions options) {
  return std::make_unique<BetterStackReader>(std::move(options));
}
std::unique_ptr<MonitorReader> pingdom_reader(MonitorOptions options) {
  return std::make_unique<PingdomReader>(std::move(options));
}
std::unique_ptr<MonitorReader> prometheus_reader(MonitorOptions options) {
  return std::make_unique<PrometheusReader>(std::move(options));
}

std::unique_ptr<MonitorReader> monitor_reader(SourceFormat format, MonitorOptions options) {
  switch (format) {
    case SourceFormat::uptimerobot: return uptimerobot_reader(std::move(options));
    case SourceFormat::uptime_kuma: return uptime_kuma_reader(std::move(options));
    case SourceFormat::betterstack: return betterstack_reader(std::move(options));
    case SourceFormat::pingdom: return pingdom_reader(std::move(options));
    default: return prometheus_reader(std::move(options));
  }
}

}  // namespace slacalc
