#include "outage_import.hpp"

#include <cctype>

#include "csv.hpp"
#include "json_read.hpp"
#include "json_text.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "monitor_export.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "zones.hpp"

namespace slacalc {

namespace {

// The first `n` characters of a header, for a message (a file that is no
// table may have a megabyte in its first line).
std::string first_characters(std::string_view text, std::size_t n) {
  std::size_t end = 0;
  for (std::size_t count = 0; end < text.size() && count < n; ++count)
    do ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
  return std::string(text.substr(0, end));
}

}  // namespace

std::string folded(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ' || c == '-' || c == '_' || c == '\t') continue;
    auto next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0u;
    if (c == '\xC3' && next >= 0x80 && next <= 0x9E && next != 0x97) {  // À–Þ but ×: 0x20 further on
      out += c;
      out += static_cast<char>(next + 0x20);
      ++i;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

namespace {

// The outage field a column header names, or "".
std::string field_of(std::string_view header) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"start", "start"}, {"begin", "start"},  {"from", "start"},    {"beginn", "start"},  {"von", "start"},
      {"begintime", "start"}, {"starttime", "start"},
      {"end", "end"},     {"until", "end"},    {"to", "end"},        {"ende", "end"},      {"bis", "end"},
      {"endtime", "end"},
      {"kind", "kind"},   {"type", "kind"},    {"art", "kind"},
      {"reason", "reason"}, {"cause", "reason"}, {"grund", "reason"},
      {"note", "note"},   {"notes", "note"},   {"comment", "note"},  {"description", "note"},
      {"bemerkung", "note"}, {"notiz", "note"},
      {"scope", "scope"}, {"bereich", "scope"}, {"service", "scope"},
      {"announced", "announced"}, {"angekündigt", "announced"}, {"aangekondigd", "announced"}, {"varslet", "announced"},
  };
  std::string f = folded(header);
  for (const auto& [name, field] : kNames)
    if (f == name) return field;
  return "";
}

// The words a sheet may write for each kind, compared folded, in the
// contracts' words: "ungeplante Störungen", "Wartungsarbeiten" (Flying
// Circus), "Ausfall" (Arena), "storing", "gepland onderhoud", "uitgesloten"
// (Scope4mation), "nedbrud" (WP Heaven).
struct KindWords {
  const char* kind;
  const char* words[10];
};
constexpr KindWords kKindWords[] = {
    {"unplanned", {"unplanned", "outage", "incident", "ungeplant", "Störung", "Ausfall", "ongepland", "storing",
                   "uplanlagt", "nedbrud"}},
    {"planned", {"planned", "maintenance", "geplant", "Wartung", "gepland", "onderhoud", "planlagt", "vedligehold"}},
    {"excluded", {"excluded", "ausgeschlossen", "uitgesloten", "undtaget"}},
};

// "unplanned: unplanned, outage, …; planned: …": the accepted words, kind by kind.
std::string accepted_kind_words() {
  std::string list;
  for (const auto& k : kKindWords) {
    list += (list.empty() ? "" : "; ") + std::string(k.kind) + ":";
    for (std::size_t i = 0; i < std::size(k.words) && k.words[i]; ++i) list += (i ? ", " : " ") + std::string(k.words[i]);
  }
  return list;
}

// A kind as the outage reader takes it, from a sheet's word.
Result<std::string> kind_of(std::string_view text) {
  std::string f = folded(text);
  for (const auto& k : kKindWords)
    for (const char* word : k.words)
      if (word && f == folded(word)) return std::string(k.kind);
  return Error{"unknown_value",
               say({"\"{0}\" is not a kind of outage; the words taken (without case) are {1}",
                    "\"{0}\" ist keine Art von Ausfall; angenommen werden (ohne Groß- und Kleinschreibung) {1}",
                    "\"{0}\" is geen soort storing; aangenomen worden (zonder hoofdletters) {1}",
                    "\"{0}\" er ingen slags nedbrud; godtaget er (uden store og små bogstaver) {1}"},
                   {text, accepted_kind_words()}),
               "/kind"};
}

bool is_time_field(const std::string& field) { return field == "start" || field == "end" || field == "announced"; }

}  // namespace

Result<OutageColumns> outage_columns(const std::vector<std::string>& header, int line) {
  OutageColumns columns;
  columns.header = header;
  columns.names = json::object();
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string f = field_of(header[c]);
    if (!f.empty() && columns.names.contains(f))
      return Error{"invalid_csv",
                   say({"line {0}, column {1}: a second column for {2}", "in Zeile {0}, Spalte {1}: eine zweite Spalte für {2}",
                        "regel {0}, kolom {1}: een tweede kolom voor {2}", "linje {0}, kolonne {1}: en kolonne mere for {2}"},
                       {std::to_string(line), std::to_string(c + 1), f}),
                   "/text"};
    if (!f.empty()) columns.names[f] = header[c];
    columns.fields.push_back(f);
  }
  if (!columns.names.contains("start"))  // not a table of outages, nor a monitor's export
    return unknown_format(
                 say({"line {0}: no column for the outage's start (e.g. \"start\"; found: {1}…)",
                      "in Zeile {0}: keine Spalte für den Beginn des Ausfalls (z. B. \"start\"; gefunden: {1}…)",
                      "regel {0}: geen kolom voor het begin van de storing (bijv. \"start\"; gevonden: {1}…)",
                      "linje {0}: ingen kolonne for nedbruddets start (f.eks. \"start\"; fundet: {1}…)"},
                     {std::to_string(line), first_characters(header.front(), 40)}));
  if (!columns.names.contains("end"))
    return Error{"invalid_csv",
                 say({"line {0}: no column for the outage's end (e.g. \"end\"; found: {1}…)",
                      "in Zeile {0}: keine Spalte für das Ende des Ausfalls (z. B. \"end\"; gefunden: {1}…)",
                      "regel {0}: geen kolom voor het einde van de storing (bijv. \"end\"; gevonden: {1}…)",
                      "linje {0}: ingen kolonne for nedbruddets slutning (f.eks. \"end\"; fundet: {1}…)"},
                     {std::to_string(line), first_characters(header.front(), 40)}),
                 "/text"};
  return columns;
}

std::optional<Error> DateOrderEvidence::note(const OutageColumns& columns, const CsvTable::Row& row) {
  for (std::size_t c = 0; c < row.fields.size(); ++c) {
    if (!is_time_field(columns.fields[c])) continue;
    auto date = slash_date(row.fields[c]);
    if (!date) continue;
    std::string place = row.fields[c] + " (" +
                        say({"line {0}", "Zeile {0}", "regel {0}", "linje {0}"}, {std::to_string(row.line)}) + ")";
    bool day_first = date->first > 12 && date->second <= 12, month_first = date->second > 12 && date->first <= 12;
    if (day_first && !day_first_line_) day_first_line_ = row.line, day_first_text_ = place;
    if (month_first && !month_first_line_) month_first_line_ = row.line, month_first_text_ = place;
    if (!day_first && !month_first && date->first <= 12 && ambiguous_.empty())
      ambiguous_line_ = row.line, ambiguous_ = row.fields[c];
    if (day_first_line_ && month_first_line_)
      return Error{"conflict",
                   say({"the dates with slashes disagree on their order: {0} puts the day first, {1} the month",
                        "die Daten mit Schrägstrichen widersprechen sich in der Reihenfolge: {0} nennt zuerst den Tag, "
                        "{1} den Monat",
                        "de datums met schuine strepen spreken elkaar tegen over de volgorde: {0} noemt eerst de dag, "
                        "{1} de maand",
                        "datoerne med skråstreg er uenige om rækkefølgen: {0} nævner dagen først, {1} måneden"},
                       {day_first_text_, month_first_text_}),
                   "/text"};
  }
  return std::nullopt;
}

DateOrder DateOrderEvidence::settled() const {
  return day_first_line_ ? DateOrder::day_month : month_first_line_ ? DateOrder::month_day : DateOrder::unknown;
}

Result<DateOrder> DateOrderEvidence::order(DateOrder asked) const {
  if (asked != DateOrder::unknown) return asked;
  if (settled() != DateOrder::unknown || ambiguous_.empty()) return settled();
  auto date = slash_date(ambiguous_);
  std::string year = ambiguous_.substr(ambiguous_.find('/', ambiguous_.find('/') + 1) + 1, 4);
  auto two = [](int n) { return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; };
  auto iso = [&](int day, int month) { return year + "-" + two(month) + "-" + two(day); };
  return Error{"ambiguous_date_order",
               say({"line {0}: {1} could be {2} (day first) or {3} (month first), and no date in the file has a day "
                    "over 12",
                    "in Zeile {0}: {1} kann {2} (Tag zuerst) oder {3} (Monat zuerst) sein, und kein Datum der Datei hat "
                    "einen Tag über 12",
                    "regel {0}: {1} kan {2} (dag eerst) of {3} (maand eerst) zijn, en geen datum in het bestand heeft "
                    "een dag boven 12",
                    "linje {0}: {1} kan være {2} (dag først) eller {3} (måned først), og ingen dato i filen har en dag "
                    "over 12"},
                   {std::to_string(ambiguous_line_), ambiguous_, iso(date->first, date->second),
                    iso(date->second, date->first)}),
               "/dateOrder"};
}

bool needs_date_order(const OutageColumns& columns, const CsvTable::Row& row) {
  for (std::size_t c = 0; c < row.fields.size(); ++c) {
    if (!is_time_field(columns.fields[c])) continue;
    auto date = slash_date(row.fields[c]);
    if (date && date->first <= 12 && date->second <= 12) return true;
  }
  return false;
}

Result<DateOrder> read_date_order(const json& request) {
  DateOrder order = DateOrder::unknown;
  if (const json* v = find_field(request, "dateOrder"))
    if (auto e = read_id(*v, "/dateOrder", kDateOrderIds, order)) return *e;
  return order;
}

json row_outage(const OutageColumns& columns, const CsvTable::Row& row, DateOrder order) {
  json o = json::object();
  for (std::size_t c = 0; c < row.fields.size(); ++c) {
    const std::string& field = columns.fields[c];
    const std::string& text = row.fields[c];
    if (field.empty() || text.empty()) continue;
    if (field == "kind") {
      auto kind = kind_of(text);  // a word it does not know: refused by the outage reader, in its order of checks
      o[field] = kind.ok() ? kind.value() : text;
    } else if (is_time_field(field)) {
      o[field] = iso_of_sheet_time(text, order).value_or(text);
    } else {
      o[field] = text;
    }
  }
  return o;
}

Result<Outage> read_row_outage(const OutageColumns& columns, const CsvTable::Row& row, const OutageContext& context,
                               DateOrder order, std::vector<AdjustedTime>* adjusted, int* column_out) {
  auto o = read_outage(row_outage(columns, row, order), "", context, adjusted);
  if (o.ok()) return o;
  // The path is "/<field>": name the sheet's column instead.
  Error e = o.error();
  std::string field = e.path.empty() ? "" : e.path.substr(1);
  std::size_t column = 0;
  while (column < columns.fields.size() && columns.fields[column] != field) ++column;
  if (field == "kind" && column < columns.fields.size())
    if (auto kind = kind_of(row.fields[column]); !kind.ok()) e = kind.error();  // naming the words taken
  bool in_column = column < columns.fields.size();
  if (column_out) *column_out = in_column ? static_cast<int>(column + 1) : 0;
  if (in_column)
    return Error{e.code,
                 say({"line {0}, column {1} ({2}): {3}", "in Zeile {0}, Spalte {1} ({2}): {3}",
                      "regel {0}, kolom {1} ({2}): {3}", "linje {0}, kolonne {1} ({2}): {3}"},
                     {std::to_string(row.line), std::to_string(column + 1), columns.header[column], e.message}),
                 "/text"};
  return Error{e.code,
               say({"line {0}: {1}", "in Zeile {0}: {1}", "regel {0}: {1}", "linje {0}: {1}"},
                   {std::to_string(row.line), e.message}),
               "/text"};
}

void RowProblems::add(const Error& e, int line, int column) {
  if (!first_) first_ = e;
  if (listed_.size() == kMaxRowProblems) {
    ++more_;
    return;
  }
  listed_.push_back(object({{"line", line}, {"column", column}, {"code", e.code}, {"message", e.message}}));
}

Error RowProblems::error() const {
  Error e = *first_;
  std::string problems = json_text(listed_);
  e.details = "\"problems\":" + problems + ",\"more\":" + std::to_string(more_);
  return e;
}

Error repeated_row(int first_line, int repeat_line) {
  return Error{"duplicate_row",
               say({"line {0}: repeats the outage at line {1}", "in Zeile {0}: wiederholt den Ausfall aus Zeile {1}",
                    "regel {0}: herhaalt de storing van regel {1}", "linje {0}: gentager nedbruddet fra linje {1}"},
                   {std::to_string(repeat_line), std::to_string(first_line)}),
               "/text"};
}

namespace {

// A monitor's export: its outages as records, checked as measure checks them.
Result<json> monitor_answer(Result<MonitorReading> reading, const OutageContext& context, std::size_t rows) {
  if (!reading.ok()) return reading.error();
  json records = monitor_records(reading.value());
  if (auto checked = monitor_outages(reading.value(), records, context); !checked.ok()) return checked.error();
  json out;
  describe_reading(reading.value(), out);
  out["outages"] = std::move(records);
  out["rows"] = rows;
  return out;
}

// A start/end table, every row checked; all bad rows named by line and column.
Result<json> table_answer(const CsvTable& table, const OutageContext& context, DateOrder asked_order) {
  auto columns = outage_columns(table.header, table.header_line);
  if (!columns.ok()) return columns.error();
  // Slashed dates are read in the order all of the file's settle, or the one asked.
  DateOrderEvidence evidence;
  for (const auto& row : table.rows)
    if (auto e = evidence.note(columns.value(), row)) return *e;
  auto order = evidence.order(asked_order);
  if (!order.ok()) return order.error();

  json outages = json::array();
  std::vector<Outage> checked;
  std::vector<AdjustedTime> adjusted;
  std::vector<bool> moved;  // rows with a local time read by disambiguation
  RowProblems problems;
  for (const auto& row : table.rows) {
    std::size_t before = adjusted.size();
    int column = 0;
    auto o = read_row_outage(columns.value(), row, context, order.value(), &adjusted, &column);
    if (!o.ok()) {
      problems.add(o.error(), row.line, column);
      continue;
    }
    for (std::size_t i = before; i < adjusted.size(); ++i) {
      adjusted[i].path.clear();
      adjusted[i].line = row.line;
    }
    moved.push_back(adjusted.size() > before);
    checked.push_back(o.value());
    outages.push_back(row_outage(columns.value(), row, order.value()));
  }
  if (!problems.empty()) return problems.error();
  if (auto repeat = sort_outages(checked, &moved))
    return repeated_row(table.rows[repeat->first].line, table.rows[repeat->second].line);
  MonitorReading table_reading;  // says the format
  json out;
  describe_reading(table_reading, out);
  if (auto line = adjusted_times_line(adjusted, context.local, *context.zone))
    out["explain"].push_back(object({{"code", line->code}, {"text", line->text}}));
  out["outages"] = outages;
  out["columns"] = columns.value().names;
  out["rows"] = table.rows.size();
  return out;
}

}  // namespace

Result<json> parse_outages_endpoint(const json& r) {
  if (!r.is_object())
    return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"text", "profile", "disambiguation", "dateOrder", "monitor", "zone",
                                             "ongoingUntil"}))
    return *e;
  const json* text_field = find_field(r, "text");
  if (!text_field) return missing_field("/text", say({"the CSV text", "der CSV-Text", "de CSV-tekst", "CSV-teksten"}));
  auto text = read_string(*text_field, "/text");
  if (!text.ok()) return text.error();
  std::shared_ptr<const Profile> profile;
  if (const json* p = find_field(r, "profile")) {
    auto resolved = resolve_profile(*p, "/profile");
    if (!resolved.ok()) return resolved.error();
    profile = resolved.value();
  }
  OutageContext context = outage_context(profile.get());
  auto local = read_local_reading(r);
  if (!local.ok()) return local.error();
  context.local = local.value();
  auto asked_order = read_date_order(r);
  if (!asked_order.ok()) return asked_order.error();
  auto options = read_monitor_options(r, context);
  if (!options.ok()) return options.error();
  context.zone = options.value().zone;

  if (looks_like_json(text.value())) {
    std::size_t records = 0;
    auto reading = read_monitor_json(text.value(), options.value(), &records);
    return monitor_answer(std::move(reading), context, records);
  }
  CsvFailure why;
  auto table = parse_csv(text.value(), &why);
  if (!table) return csv_error(why, 0);
  std::optional<json> answer;
  if (auto format = monitor_csv_format(table->header)) {
    auto read = monitor_answer(read_monitor_csv(*table, *format, options.value()), context, table->rows.size());
    if (!read.ok()) return read.error();
    answer = std::move(read.value());
  } else {
    if (auto e = monitor_options_unused(options.value())) return *e;
    auto read = table_answer(*table, context, asked_order.value());
    if (!read.ok()) return read.error();
    answer = std::move(read.value());
  }
  (*answer)["delimiter"] = std::string(1, table->delimiter);
  return std::move(*answer);
}

Error csv_error(const CsvFailure& why, int lines_before) {
  return Error{"invalid_csv",
               say({"line {0}, column {1}: {2}", "in Zeile {0}, Spalte {1}: {2}", "regel {0}, kolom {1}: {2}",
                    "linje {0}, kolonne {1}: {2}"},
                   {std::to_string(why.line + lines_before), std::to_string(why.column), why.message}),
               "/text"};
}

}  // namespace slacalc
