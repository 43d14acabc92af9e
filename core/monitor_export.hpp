// Outages from an uptime monitor's own export (docs/importing.md): the
// format detected from the file itself, each read as its documentation
// writes it, and turned into the outage records measure and credit take.
//
//   UptimeRobot   log export CSV: Down/Up event rows, local times
//   uptime-kuma   its `heartbeat` table as CSV: one beat per check, UTC
//   Better Stack  incidents JSON (Uptime API v2): started_at / resolved_at
//   Pingdom       summary.outage JSON: states up/down/unknown, Unix seconds
//   Prometheus    query_range JSON of up or probe_success: 0/1 samples
//
// Each reader turns its rows into spans per monitor; what is not an outage
// (Up rows, pending beats, unknown states) is counted, never dropped
// silently. The spans of the monitor asked for, or of all as one service
// (overlaps merged), become the outages.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "csv.hpp"
#include "error.hpp"
#include "explain.hpp"
#include "id_table.hpp"
#include "json_text.hpp"
#include "measure.hpp"
#include "outage_import.hpp"
#include "request_outages.hpp"
#include "zones.hpp"

namespace slacalc {

// `table`: a table of outages with start and end columns (outage_import.hpp).
enum class SourceFormat { table, uptimerobot, uptime_kuma, betterstack, pingdom, prometheus };
inline constexpr IdOf<SourceFormat> kSourceFormatIds[] = {
    {SourceFormat::table, "table"},          {SourceFormat::uptimerobot, "uptimerobot"},
    {SourceFormat::uptime_kuma, "uptime-kuma"}, {SourceFormat::betterstack, "betterstack"},
    {SourceFormat::pingdom, "pingdom"},      {SourceFormat::prometheus, "prometheus"}};
// "an UptimeRobot log export", in the call's language.
std::string format_name(SourceFormat format);

// The monitor export a CSV header is, or nothing (a start/end table).
std::optional<SourceFormat> monitor_csv_format(const std::vector<std::string>& header);
// The text starts as JSON (after a byte-order mark and blanks).
bool looks_like_json(std::string_view text);
// `unknown_format`: the text is none of the formats, naming those read.
Error unknown_format(std::string_view why);

// What the request says of reading an export.
struct MonitorOptions {
  std::optional<std::string> monitor;  // one monitor's name; none (or "") all monitors as one service
  const Zone* zone = nullptr;  // times without an offset (UptimeRobot); the profile's by default
  LocalReading local;        // such a time the clocks skip or repeat
  std::optional<date::sys_seconds> ongoing_until;  // an unresolved incident's end
};
// The request's "monitor", "zone" and "ongoingUntil" (docs/api.md,
// "parseOutages"), over the outage context's zone and local reading.
Result<MonitorOptions> read_monitor_options(const nlohmann::json& request, const OutageContext& context);

// One outage of one monitor, UTC.
struct MonitorSpan {
  std::uint32_t monitor = 0;  // index into the monitors' names
  date::sys_seconds begin, end;
  Outage::Kind kind = Outage::Kind::unplanned;
  std::string note;  // the monitor's cause ("Connection Timeout")
  int line = 0;      // the file's line it was read from
};

struct MonitorReading {
  SourceFormat format = SourceFormat::table;
  std::vector<MonitorSpan> outages;  // the chosen monitor's, or all merged; sorted
  struct Monitor {
    std::string name;
    std::size_t outages = 0;  // before merging
  };
  std::vector<Monitor> monitors;
  std::map<std::string, std::size_t> ignored;  // what was not an outage, by id ("up", "pending", …)
  Explain explain;                              // how the file was read
  std::vector<AdjustedTime> adjusted;           // local times the clocks skip or repeat
};

// A format's reader: rows (CSV formats) or records (JSON formats) in the
// file's order, then end().
class MonitorReader {
 public:
  explicit MonitorReader(MonitorOptions options) : options_(std::move(options)) {}
  virtual ~MonitorReader() = default;
  virtual SourceFormat format() const = 0;
  // CSV formats: the header's columns, then each row.
  virtual void columns(const std::vector<std::string>&) {}
  virtual void row(const CsvTable::Row&) {}
  // JSON formats: each record (json_text.hpp, json_records()), by its pattern's id.
  virtual void record(int, const nlohmann::json&, const JsonPlace&) {}
  // The file's end; then the reading, or every bad row (RowProblems).
  Result<MonitorReading> finish();

 protected:
  // Spans still open or held until the end are closed here.
  virtual void end() {}
  std::uint32_t monitor(std::string_view name);
  void add(std::uint32_t monitor, date::sys_seconds begin, date::sys_seconds end, Outage::Kind kind,
           std::string_view note, int line);
  void ignore(const char* what) { ++reading_.ignored[what]; }
  void problem(const Error& e, int line, int column = 0) { problems_.add(e, line, column); }
  void said(Explanation line) { reading_.explain.push_back(std::move(line)); }
  // A time as a monitor writes it; one without an offset in the options' zone.
  Result<date::sys_seconds> instant(std::string_view text, const std::string& path, int line);
  // The end of an incident the file has as unresolved: ongoingUntil, else
  // `fallback` (the latest time the file names), said; nothing when that is
  // not after the start (then unresolved() is the problem).
  std::optional<date::sys_seconds> ongoing_end(date::sys_seconds begin, date::sys_seconds fallback);
  Error unresolved(date::sys_seconds begin) const;
  date::sys_seconds latest() const { return latest_; }
  void saw(date::sys_seconds t) {
    if (t > latest_) latest_ = t;
  }

  MonitorOptions options_;
  MonitorReading reading_;

 private:
  std::vector<MonitorSpan> spans_;
  std::map<std::string, std::uint32_t, std::less<>> monitor_index_;
  RowProblems problems_;
  date::sys_seconds latest_{};
  std::size_t ongoing_ = 0;
  date::sys_seconds ongoing_end_{};
};

// The reader of `format` (not table), for a file read row by row (outage_ledger.hpp).
std::unique_ptr<MonitorReader> monitor_reader(SourceFormat format, MonitorOptions options);
// A CSV export whose header monitor_csv_format() named `format`.
Result<MonitorReading> read_monitor_csv(const CsvTable& table, SourceFormat format, const MonitorOptions& options);
// A JSON export, its format found from its first record; `records`: how many it had.
Result<MonitorReading> read_monitor_json(std::string_view text, const MonitorOptions& options,
                                         std::size_t* records = nullptr);
// "monitor" and "ongoingUntil" given for a table of outages: refused, as
// only a monitor's export has monitors and unresolved incidents.
std::optional<Error> monitor_options_unused(const MonitorOptions& options);

// The spans' records (monitor_records) as measure's outages, each checked
// by read_outage so the contract's rules apply as to a typed row; a problem
// names the span's line.
Result<std::vector<Outage>> monitor_outages(const MonitorReading& reading, const nlohmann::json& records,
                                            const OutageContext& context);
// The spans as outage records {start, end, kind, note}, UTC.
nlohmann::json monitor_records(const MonitorReading& reading);
// What parseOutages and finish() say of the reading: format, monitors, ignored, explain.
void describe_reading(const MonitorReading& reading, nlohmann::json& out);

}  // namespace slacalc
