#include "outage_import.hpp"

#include <cctype>

#include "csv.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

// "Begin Time" → "begintime": case, spaces, '-' and '_' do not matter.
std::string folded(std::string_view name) {
  std::string out;
  for (char c : name)
    if (c != ' ' && c != '-' && c != '_' && c != '\t') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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

// Spreadsheet words for the kinds; anything else is passed on as written
// and refused by the outage reader with its line and column.
std::string kind_of(std::string_view text) {
  std::string f = folded(text);
  if (f == "ungeplant") return "unplanned";
  if (f == "geplant" || f == "maintenance" || f == "wartung") return "planned";
  if (f == "ausgeschlossen") return "excluded";
  return f;
}

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
  if (!columns.names.contains("start"))
    return Error{"invalid_csv",
                 say({"line {0}: no column for the outage's start (e.g. \"start\"; found: {1}…)",
                      "in Zeile {0}: keine Spalte für den Beginn des Ausfalls (z. B. \"start\"; gefunden: {1}…)",
                      "regel {0}: geen kolom voor het begin van de storing (bijv. \"start\"; gevonden: {1}…)",
                      "linje {0}: ingen kolonne for nedbruddets start (f.eks. \"start\"; fundet: {1}…)"},
                     {std::to_string(line), header.front()}),
                 "/text"};
  if (!columns.names.contains("end"))
    return Error{"invalid_csv",
                 say({"line {0}: no column for the outage's end (e.g. \"end\"; found: {1}…)",
                      "in Zeile {0}: keine Spalte für das Ende des Ausfalls (z. B. \"end\"; gefunden: {1}…)",
                      "regel {0}: geen kolom voor het einde van de storing (bijv. \"end\"; gevonden: {1}…)",
                      "linje {0}: ingen kolonne for nedbruddets slutning (f.eks. \"end\"; fundet: {1}…)"},
                     {std::to_string(line), header.front()}),
                 "/text"};
  return columns;
}

json row_outage(const OutageColumns& columns, const CsvTable::Row& row) {
  json o = json::object();
  for (std::size_t c = 0; c < row.fields.size(); ++c) {
    const std::string& field = columns.fields[c];
    if (field.empty() || row.fields[c].empty()) continue;
    o[field] = field == "kind" ? kind_of(row.fields[c]) : row.fields[c];
  }
  return o;
}

Result<Outage> read_row_outage(const OutageColumns& columns, const CsvTable::Row& row, const OutageContext& context,
                               std::vector<AdjustedTime>* adjusted) {
  auto o = read_outage(row_outage(columns, row), "", context, adjusted);
  if (o.ok()) return o;
  // The path is "/<field>": name the sheet's column instead.
  const Error& e = o.error();
  std::string field = e.path.empty() ? "" : e.path.substr(1);
  std::size_t column = 0;
  while (column < columns.fields.size() && columns.fields[column] != field) ++column;
  if (column < columns.fields.size())
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

Error repeated_row(int first_line, int repeat_line) {
  return Error{"duplicate_row",
               say({"line {0}: repeats the outage at line {1}", "in Zeile {0}: wiederholt den Ausfall aus Zeile {1}",
                    "regel {0}: herhaalt de storing van regel {1}", "linje {0}: gentager nedbruddet fra linje {1}"},
                   {std::to_string(repeat_line), std::to_string(first_line)}),
               "/text"};
}

Result<json> parse_outages_endpoint(const json& r) {
  if (!r.is_object())
    return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"text", "profile", "disambiguation"})) return *e;
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

  CsvFailure why;
  auto table = parse_csv(text.value(), &why);
  if (!table) return csv_error(why, 0);
  auto columns = outage_columns(table->header, table->header_line);
  if (!columns.ok()) return columns.error();

  // Each row as measure reads it; a problem names its line and column.
  json outages = json::array();
  std::vector<Outage> checked;
  std::vector<AdjustedTime> adjusted;
  std::vector<bool> moved;  // rows with a local time read by disambiguation
  for (const auto& row : table->rows) {
    std::size_t before = adjusted.size();
    auto o = read_row_outage(columns.value(), row, context, &adjusted);
    if (!o.ok()) return o.error();
    for (std::size_t i = before; i < adjusted.size(); ++i) {
      adjusted[i].path.clear();
      adjusted[i].line = row.line;
    }
    moved.push_back(adjusted.size() > before);
    checked.push_back(o.value());
    outages.push_back(row_outage(columns.value(), row));
  }
  if (auto repeat = sort_outages(checked, &moved))
    return repeated_row(table->rows[repeat->first].line, table->rows[repeat->second].line);
  json explain = json::array();
  if (auto line = adjusted_times_line(adjusted, context.local, *context.zone))
    explain.push_back(object({{"code", line->code}, {"text", line->text}}));
  json out;
  out["explain"] = explain;
  out["outages"] = outages;
  out["delimiter"] = std::string(1, table->delimiter);
  out["columns"] = columns.value().names;
  out["rows"] = table->rows.size();
  return out;
}

Error csv_error(const CsvFailure& why, int lines_before) {
  return Error{"invalid_csv",
               say({"line {0}, column {1}: {2}", "in Zeile {0}, Spalte {1}: {2}", "regel {0}, kolom {1}: {2}",
                    "linje {0}, kolonne {1}: {2}"},
                   {std::to_string(why.line + lines_before), std::to_string(why.column), why.message}),
               "/text"};
}

}  // namespace slacalc
