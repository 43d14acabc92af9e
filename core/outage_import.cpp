#include "outage_import.hpp"

#include <cctype>

#include "csv.hpp"
#include "json_read.hpp"
#include "measure_json.hpp"
#include "profile_json.hpp"
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

Result<json> parse_outages_endpoint(const json& r) {
  if (!r.is_object()) return wrong_type("", "a request object", r);
  if (auto e = reject_unknown_fields(r, "", {"text", "profile"})) return *e;
  const json* text_field = find_field(r, "text");
  if (!text_field) return missing_field("/text", "the CSV text");
  auto text = read_string(*text_field, "/text");
  if (!text.ok()) return text.error();
  const Zone* zone = find_zone("UTC");
  if (const json* p = find_field(r, "profile")) {
    auto profile = resolve_profile(*p, "/profile");
    if (!profile.ok()) return profile.error();
    zone = find_zone(profile.value()->time_zone);
  }

  CsvFailure why;
  auto table = parse_csv(text.value(), &why);
  if (!table)
    return Error{"invalid_csv", "line " + std::to_string(why.line) + ", column " + std::to_string(why.column) + ": " +
                                    why.message,
                 "/text"};
  // Which column holds which field.
  std::vector<std::string> fields;
  json columns = json::object();
  for (std::size_t c = 0; c < table->header.size(); ++c) {
    std::string f = field_of(table->header[c]);
    if (!f.empty() && columns.contains(f))
      return Error{"invalid_csv", "line 1, column " + std::to_string(c + 1) + ": a second column for " + f, "/text"};
    if (!f.empty()) columns[f] = table->header[c];
    fields.push_back(f);
  }
  for (const char* required : {"start", "end"})
    if (!columns.contains(required))
      return Error{"invalid_csv", std::string("line 1: no column for the outage's ") + required +
                                      " (e.g. \"" + required + "\"; found: " + table->header.front() + "…)",
                   "/text"};

  json outages = json::array();
  for (const auto& row : table->rows) {
    json o = json::object();
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
      if (fields[c].empty() || row.fields[c].empty()) continue;
      o[fields[c]] = fields[c] == "kind" ? kind_of(row.fields[c]) : row.fields[c];
    }
    outages.push_back(o);
  }
  // Each row as measure reads it; a problem names its line and column.
  auto checked = read_outages(outages, "/outages", *zone);
  if (!checked.ok()) {
    const Error& e = checked.error();
    // The path is "/outages/<i>/<field>" (or "/outages" for too many rows).
    std::size_t index = 0, at = 9;
    if (e.path.size() <= at) return Error{e.code, e.message, "/text"};
    for (; at < e.path.size() && std::isdigit(static_cast<unsigned char>(e.path[at])); ++at)
      index = index * 10 + static_cast<std::size_t>(e.path[at] - '0');
    std::string field = at < e.path.size() ? e.path.substr(at + 1) : "";
    std::size_t column = 0;
    while (column < fields.size() && fields[column] != field) ++column;
    // "repeats the outage at /outages/<j>" names the sheet's line instead.
    std::string message = e.message;
    std::string prefix = "/outages/";
    if (auto at_ref = message.find(prefix); at_ref != std::string::npos) {
      std::size_t other = 0, end = at_ref + prefix.size();
      for (; end < message.size() && std::isdigit(static_cast<unsigned char>(message[end])); ++end)
        other = other * 10 + static_cast<std::size_t>(message[end] - '0');
      if (other < table->rows.size()) message.replace(at_ref, end - at_ref, "line " + std::to_string(table->rows[other].line));
    }
    std::string where = "line " + std::to_string(table->rows[index].line) +
                        (column < fields.size() ? ", column " + std::to_string(column + 1) + " (" +
                                                      table->header[column] + ")"
                                                : "");
    return Error{e.code, where + ": " + message, "/text"};
  }
  json out;
  out["outages"] = outages;
  out["delimiter"] = std::string(1, table->delimiter);
  out["columns"] = columns;
  out["rows"] = table->rows.size();
  return out;
}

}  // namespace slacalc
