// Outages from a spreadsheet: CSV text (csv.hpp) → the outage records that
// measure and credit take, with the columns matched leniently by name and
// every row checked, so a problem is reported by line and column.
//
//   { "text": "Start;Ende;Art\n2026-02-03 10:00;…", "profile": "arena" }
//   → { outages: [{ start, end, kind?, reason?, note? }], delimiter,
//       columns: { start: "Start", end: "Ende", kind: "Art" }, rows }
//
// Column names, compared without case, spaces, "-" and "_": start / begin /
// from / beginn / von / begin time; end / until / to / ende / bis; kind /
// type / art; reason / cause / grund; note / notes / comment / description /
// bemerkung / notiz; scope / bereich / service; announced / angekündigt /
// aangekondigd / varslet. Kinds: unplanned (ungeplant), planned (geplant,
// maintenance, wartung), excluded (ausgeschlossen). Times as in measure, read
// in the profile's zone when they carry no offset (UTC without a profile).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "csv.hpp"
#include "error.hpp"
#include "measure.hpp"
#include "request_outages.hpp"
#include "zones.hpp"

namespace slacalc {

Result<nlohmann::json> parse_outages_endpoint(const nlohmann::json& request);

// Which outage field each CSV column holds ("" for none), from the header;
// shared with the chunked reader of large files (outage_ledger.hpp).
struct OutageColumns {
  std::vector<std::string> header;  // as written
  std::vector<std::string> fields;  // "start", "end", "kind", "reason", "scope", "announced", "note" or ""
  nlohmann::json names;             // {field: header}
};
Result<OutageColumns> outage_columns(const std::vector<std::string>& header, int line);

// One CSV row as the outage object measure reads (kinds in spreadsheet words
// translated), and that object checked; a problem names the row's line and
// the column.
nlohmann::json row_outage(const OutageColumns& columns, const CsvTable::Row& row);
Result<Outage> read_row_outage(const OutageColumns& columns, const CsvTable::Row& row, const OutageContext& context,
                               std::vector<AdjustedTime>* adjusted = nullptr);
// "line 9: repeats the outage at line 4".
Error repeated_row(int first_line, int repeat_line);
// Where the CSV reader stopped, `lines_before` lines further down the file.
Error csv_error(const CsvFailure& why, int lines_before);

}  // namespace slacalc
