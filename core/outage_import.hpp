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
// aangekondigd / varslet. Kinds in the contracts' four languages (kKindWords
// in outage_import.cpp). Times as in measure, or as spreadsheets write them
// (sheet_time.hpp: a slashed date's order settled by the file or asked as
// "dateOrder"), read in the profile's zone when they carry no offset (UTC
// without a profile). Every bad row is reported, up to kMaxRowProblems.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "csv.hpp"
#include "error.hpp"
#include "measure.hpp"
#include "request_outages.hpp"
#include "sheet_time.hpp"
#include "zones.hpp"

namespace slacalc {

Result<nlohmann::json> parse_outages_endpoint(const nlohmann::json& request);

// A column's name as compared: "Begin Time" → "begintime" (case, spaces,
// '-' and '_' do not matter; the capitals of Latin-1 "Ö", "Æ", "Å" are lowered too).
std::string folded(std::string_view name);

// Which outage field each CSV column holds ("" for none), from the header;
// shared with the chunked reader of large files (outage_ledger.hpp).
struct OutageColumns {
  std::vector<std::string> header;  // as written
  std::vector<std::string> fields;  // "start", "end", "kind", "reason", "scope", "announced", "note" or ""
  nlohmann::json names;             // {field: header}
};
Result<OutageColumns> outage_columns(const std::vector<std::string>& header, int line);

// What a file's slashed dates say about their order: a first number over 12
// is a day (day first), a second one over 12 is a day (month first).
class DateOrderEvidence {
 public:
  // The row's slashed times noted; an error when they settle the order the
  // other way than an earlier row did (naming both lines).
  std::optional<Error> note(const OutageColumns& columns, const CsvTable::Row& row);
  DateOrder settled() const;
  // Some slashed date that only the order can read (both numbers up to 12).
  bool needs_order() const { return !ambiguous_.empty(); }
  // The order to read the file in: `asked` (the request's dateOrder) when
  // given, else the evidence's; ambiguous_date_order when a slashed date
  // needs an order that neither gives.
  Result<DateOrder> order(DateOrder asked) const;

 private:
  int day_first_line_ = 0, month_first_line_ = 0;
  std::string day_first_text_, month_first_text_;
  int ambiguous_line_ = 0;
  std::string ambiguous_;  // the first such date as written
};
// The row has a slashed date that only the order can read.
bool needs_date_order(const OutageColumns& columns, const CsvTable::Row& row);
// A request's "dateOrder" (absent: DateOrder::unknown).
Result<DateOrder> read_date_order(const nlohmann::json& request);

// One CSV row as the outage object measure reads (kinds in spreadsheet words
// and times in spreadsheet forms translated), and that object checked; a
// problem names the row's line and the column.
nlohmann::json row_outage(const OutageColumns& columns, const CsvTable::Row& row, DateOrder order);
// `column`: the column the problem is in (1-based), 0 for the whole row.
Result<Outage> read_row_outage(const OutageColumns& columns, const CsvTable::Row& row, const OutageContext& context,
                               DateOrder order, std::vector<AdjustedTime>* adjusted = nullptr, int* column = nullptr);

// Bad rows named at once, each with its line and column; the ones beyond
// are counted ("and 5 more").
inline constexpr std::size_t kMaxRowProblems = 20;
class RowProblems {
 public:
  void add(const Error& e, int line, int column);
  bool empty() const { return !first_; }
  // The first problem as the error, with all listed in its details:
  // "problems": [{ line, column, code, message }], "more".
  Error error() const;

 private:
  std::optional<Error> first_;
  nlohmann::json listed_ = nlohmann::json::array();
  std::size_t more_ = 0;
};
// "line 9: repeats the outage at line 4".
Error repeated_row(int first_line, int repeat_line);
// Where the CSV reader stopped, `lines_before` lines further down the file.
Error csv_error(const CsvFailure& why, int lines_before);

}  // namespace slacalc
