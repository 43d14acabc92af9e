// A large outage file read in pieces, with progress (docs/api.md,
// "Files beyond 1 MiB"). A JSON request stops at 1 MiB; a monitoring
// export of a year can hold a million rows. The ledger takes the text in
// pieces of any size, reads it as parseOutages does (a table's rows, or a
// monitor's export: monitor_export.hpp), keeps each outage in 24 bytes, and
// hands the sorted list to measure and credit. A CSV file is read as its
// pieces come; a JSON export is kept whole until finish().
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "error.hpp"
#include "measure.hpp"
#include "monitor_export.hpp"
#include "outage_import.hpp"
#include "request_outages.hpp"
#include "zones.hpp"

namespace slacalc {

inline constexpr std::size_t kMaxLedgerRows = 2'000'000;
inline constexpr std::size_t kMaxLedgerBytes = std::size_t{128} << 20;

class OutageLedger {
 public:
  // Rows are read in the context of the profile the file was opened with
  // (times without an offset in its zone, its scopes, its notice rule), and
  // slashed dates in `date_order` (unknown: as the file's dates settle it).
  OutageLedger(OutageContext context, DateOrder date_order = DateOrder::unknown, MonitorOptions monitor = {})
      : context_(std::move(context)), date_order_(date_order), monitor_options_(std::move(monitor)) {
    if (!monitor_options_.zone) monitor_options_.zone = context_.zone;
  }

  // The next piece of the file. Complete records are read now; a record cut
  // by the piece's end waits for the next piece. After an error the ledger
  // is spent: start a new one.
  std::optional<Error> append(std::string_view piece);
  // The file's end: the last record, then every bad row named (up to
  // kMaxRowProblems), a slashed date whose order nothing settled refused,
  // the rows sorted and an exact repeat refused ("line 9: repeats the
  // outage at line 4").
  std::optional<Error> finish();

  std::size_t rows() const { return rows_; }
  std::size_t bytes() const { return bytes_; }
  bool finished() const { return finished_; }
  // Some row gave a time without an offset, read in the ledger's zone.
  bool has_local_times() const { return has_local_times_; }
  // Some row named a scope or an announcement, read against the profile's.
  bool has_profile_terms() const { return has_profile_terms_; }
  const OutageColumns& columns() const { return columns_; }
  // A monitor's export: how it was read (its spans not kept); nothing for a table.
  const std::optional<MonitorReading>& monitor_reading() const { return reading_; }
  char delimiter() const { return delimiter_; }
  bool is_json() const { return json_; }
  // Sorted by start, after finish().
  const std::vector<Outage>& outages() const { return outages_; }
  // Its local times the clocks skip or repeat, and how they were read.
  const std::vector<AdjustedTime>& adjusted() const { return adjusted_; }
  const LocalReading& local_reading() const { return context_.local; }

 private:
  std::optional<Error> read_records(std::string_view records);
  void read_row(const CsvTable::Row& row, DateOrder order);
  std::optional<Error> finish_monitor();

  OutageContext context_;
  DateOrder date_order_;
  DateOrderEvidence evidence_;
  // Rows with a slashed date that only the order reads, until the file's
  // dates settle it.
  std::vector<CsvTable::Row> unordered_;
  RowProblems problems_;
  std::string header_;   // the header record, put before each later piece
  int header_lines_ = 0;  // lines the header record spans
  std::string pending_;  // an unfinished record
  int lines_read_ = 0;   // lines of the file before pending_
  OutageColumns columns_;
  char delimiter_ = ',';
  std::size_t start_column_ = 0, end_column_ = 0;
  std::vector<Outage> outages_;
  std::vector<int> lines_;  // each outage's line, until finish()
  std::vector<bool> moved_;  // each outage: a time read by disambiguation, until finish()
  std::vector<AdjustedTime> adjusted_;
  std::size_t rows_ = 0, bytes_ = 0;
  bool has_local_times_ = false, has_profile_terms_ = false, finished_ = false;
  std::optional<Error> failed_;
  // A monitor's export: its reader while CSV rows come, or the JSON kept whole.
  MonitorOptions monitor_options_;
  std::unique_ptr<MonitorReader> reader_;
  bool json_ = false;
  std::optional<MonitorReading> reading_;
};

}  // namespace slacalc
