#include "outage_ledger.hpp"

#include "iso_time.hpp"
#include "lang.hpp"
#include "request_outages.hpp"

namespace slacalc {
namespace {

bool is_line_end(std::string_view text, std::size_t i) {
  // A CR followed by LF ends its line at the LF.
  return text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
}

int count_line_ends(std::string_view text) {
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) n += is_line_end(text, i);
  return n;
}

// The length of the complete records at the start of `text`: up to the
// last line end outside quotes. A CR at the very end may be half of a CRLF,
// so it waits for the next piece.
std::size_t complete_prefix(std::string_view text) {
  bool quoted = false;
  std::size_t cut = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    else if (!quoted && (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] != '\n')))
      cut = i + 1;
  }
  return cut;
}

// The header record: the first one after a byte-order mark and blank lines,
// without its line end; nothing until it is complete.
std::optional<std::string_view> header_record(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t start = text.find_first_not_of("\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  bool quoted = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    else if (!quoted && (text[i] == '\n' || text[i] == '\r')) return text.substr(start, i - start);
  }
  return std::nullopt;
}

bool has_offset(const std::string& text) {
  auto t = parse_iso_time(text);
  return t && t->offset;
}

}  // namespace

std::optional<Error> OutageLedger::append(std::string_view piece) {
  if (failed_) return failed_;
  if (finished_)
    return failed_ = Error{"conflict",
                           say({"the file was already finished", "die Datei wurde bereits abgeschlossen",
                                "het bestand is al afgesloten", "filen er allerede afsluttet"}),
                           "/text"};
  bytes_ += piece.size();
  if (bytes_ > kMaxLedgerBytes)
    return failed_ = Error{"too_large",
                           say({"the file is larger than 128 MiB", "die Datei ist größer als 128 MiB",
                                "het bestand is groter dan 128 MiB", "filen er større end 128 MiB"}),
                           "/text"};
  pending_.append(piece);
  if (!json_ && header_.empty() && looks_like_json(pending_)) json_ = true;
  if (json_) return std::nullopt;  // read whole at finish()
  if (header_.empty()) {
    auto header = header_record(pending_);
    if (!header) return std::nullopt;
    header_ = std::string(*header);
    header_lines_ = 1 + count_line_ends(header_);
  }
  std::size_t cut = complete_prefix(pending_);
  if (cut == 0) return std::nullopt;
  auto e = read_records(std::string_view(pending_).substr(0, cut));
  pending_.erase(0, cut);
  return e;
}

std::optional<Error> OutageLedger::finish() {
  if (failed_) return failed_;
  if (finished_) return std::nullopt;
  if (json_ || reader_) return finish_monitor();
  if (!pending_.empty() || header_.empty()) {
    if (auto e = read_records(pending_)) return e;
    pending_.clear();
    pending_.shrink_to_fit();
  }
  if (!unordered_.empty()) {
    if (auto order = evidence_.order(date_order_); !order.ok()) return failed_ = order.error();
  }
  if (!problems_.empty()) return failed_ = problems_.error();
  if (auto repeat = sort_outages(outages_, &moved_))
    return failed_ = repeated_row(lines_[repeat->first], lines_[repeat->second]);
  lines_ = {};
  moved_ = {};
  finished_ = true;
  return std::nullopt;
}

// Complete records of the file, from line lines_read_ + 1 on. The first
// piece starts with the header itself; later ones get it put before them,
// so each is CSV of its own with the file's columns and separator.
std::optional<Error> OutageLedger::read_records(std::string_view records) {
  bool first = lines_read_ == 0;
  int shift = first ? 0 : lines_read_ - header_lines_;
  std::string text = first ? std::string(records) : header_ + "\n" + std::string(records);
  CsvFailure why;
  auto table = parse_csv(text, &why);
  if (!table) return failed_ = csv_error(why, shift);
  if (first) {
    delimiter_ = table->delimiter;
    if (auto format = monitor_csv_format(table->header)) {
      reader_ = monitor_reader(*format, monitor_options_);
      reader_->columns(table->header);
    } else {  // a table of outages, read as parseOutages reads one
      if (auto e = monitor_options_unused(monitor_options_)) return failed_ = *e;
      auto columns = outage_columns(table->header, table->header_line);
      if (!columns.ok()) return failed_ = columns.error();
      columns_ = columns.value();
      for (std::size_t c = 0; c < columns_.fields.size(); ++c) {
        if (columns_.fields[c] == "start") start_column_ = c;
        if (columns_.fields[c] == "end") end_column_ = c;
      }
    }
  }
  for (auto& row : table->rows) {
    row.line += shift;
    if (++rows_ > kMaxLedgerRows)
      return failed_ = Error{"too_large",
                             say({"line {0}: at most 2000000 outages in a file",
                                  "in Zeile {0}: höchstens 2.000.000 Ausfälle in einer Datei",
                                  "regel {0}: hoogstens 2.000.000 storingen in een bestand",
                                  "linje {0}: højst 2.000.000 nedbrud i en fil"},
                                 {std::to_string(row.line)}),
                             "/text"};
    if (reader_) {
      reader_->row(row);
      continue;
    }
    if (auto e = evidence_.note(columns_, row)) return failed_ = *e;
    DateOrder order = date_order_ != DateOrder::unknown ? date_order_ : evidence_.settled();
    if (order == DateOrder::unknown && needs_date_order(columns_, row)) {
      unordered_.push_back(std::move(row));
      continue;
    }
    if (order != DateOrder::unknown) {
      for (const auto& waiting : unordered_) read_row(waiting, order);
      unordered_ = {};
    }
    read_row(row, order);
  }
  lines_read_ += count_line_ends(records);
  return std::nullopt;
}

// One row into the ledger, or its problem noted.
void OutageLedger::read_row(const CsvTable::Row& row, DateOrder order) {
  std::size_t before = adjusted_.size();
  int column = 0;
  auto o = read_row_outage(columns_, row, context_, order, &adjusted_, &column);
  if (!o.ok()) {
    problems_.add(o.error(), row.line, column);
    return;
  }
  for (std::size_t i = before; i < adjusted_.size(); ++i) {  // a file's rows are named by line
    adjusted_[i].path.clear();
    adjusted_[i].line = row.line;
  }
  moved_.push_back(adjusted_.size() > before);
  has_profile_terms_ = has_profile_terms_ || o.value().scope != 0 || o.value().late_notice;
  outages_.push_back(o.value());
  lines_.push_back(row.line);
  if (!has_local_times_)
    has_local_times_ = !has_offset(row.fields[start_column_]) || !has_offset(row.fields[end_column_]);
}

}  // namespace slacalc

namespace slacalc {

// A monitor's export at its end: read (the JSON now, whole), its outages
// checked against the contract as parseOutages checks them, and sorted.
std::optional<Error> OutageLedger::finish_monitor() {
  Result<MonitorReading> reading = Error{};
  if (json_) {
    std::size_t records = 0;
    reading = read_monitor_json(pending_, monitor_options_, &records);
    rows_ = records;
    pending_ = {};
  } else {
    if (!pending_.empty())
      if (auto e = read_records(pending_)) return e;
    pending_ = {};
    reading = reader_->finish();
    reader_.reset();
  }
  if (!reading.ok()) return failed_ = reading.error();
  auto outages = monitor_outages(reading.value(), monitor_records(reading.value()), context_);
  if (!outages.ok()) return failed_ = outages.error();
  outages_ = std::move(outages.value());
  sort_outages(outages_);  // a monitor's spans never repeat: merged, or one monitor's apart
  reading_ = std::move(reading.value());
  reading_->outages = {};
  finished_ = true;
  return std::nullopt;
}

}  // namespace slacalc
