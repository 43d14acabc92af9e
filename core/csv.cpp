#include "csv.hpp"

#include "lang.hpp"

namespace slacalc {
namespace {

// The separator the header line uses most, outside quotes: ',', ';' or '\t'.
char detect_delimiter(std::string_view text) {
  int counts[3] = {0, 0, 0};
  const char candidates[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (int i = 0; i < 3; ++i) counts[i] += c == candidates[i];
  }
  int best = 0;
  for (int i = 1; i < 3; ++i)
    if (counts[i] > counts[best]) best = i;
  return candidates[best];
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::optional<CsvTable> parse_csv(std::string_view text, CsvFailure* why) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  table.delimiter = detect_delimiter(text);
  int line = 1, column = 0;  // of the character at i
  auto fail = [&](const std::string& message) {
    *why = {line, column, message};
    return std::nullopt;
  };

  std::vector<std::string> fields;
  std::string field;
  int row_line = 1;
  bool quoted = false, was_quoted = false, row_has_content = false;
  int quote_line = 0, quote_column = 0;  // where the open quoted field began
  auto end_row = [&] {
    fields.push_back(std::move(field));
    field.clear();
    bool blank = !row_has_content && fields.size() == 1 && fields[0].empty();
    if (!blank) {
      if (table.header.empty()) table.header = std::move(fields), table.header_line = row_line;
      else table.rows.push_back({row_line, std::move(fields)});
    }
    fields.clear();
    row_has_content = false;
    was_quoted = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!is_continuation(c)) ++column;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
          ++column;
        } else {
          quoted = false;
        }
      } else {
        field += c;
        if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) {
          ++line;
          column = 0;
        }
      }
      continue;
    }
    if (c == '"') {
      if (!field.empty() || was_quoted)
        return fail(say({"a quote inside a field that does not start with one",
                         "ein Anführungszeichen in einem Feld, das nicht mit einem beginnt",
                         "een aanhalingsteken in een veld dat er niet mee begint",
                         "et anførselstegn i et felt, der ikke begynder med et"}));
      quoted = was_quoted = row_has_content = true;
      quote_line = line;
      quote_column = column;
      continue;
    }
    if (was_quoted && c != table.delimiter && c != '\n' && c != '\r')
      return fail(say({"text after a closing quote (a quote inside a field is written \"\")",
                       "weiterer Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld "
                       "wird \"\" geschrieben)",
                       "tekst na een sluitend aanhalingsteken (een aanhalingsteken in een veld schrijft u als \"\")",
                       "tekst efter et afsluttende anførselstegn (et anførselstegn i et felt skrives \"\")"}));
    if (c == table.delimiter) {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      row_has_content = true;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
      ++line;
      column = 0;
      row_line = line;
      continue;
    }
    field += c;
    row_has_content = true;
  }
  if (quoted) {
    *why = {quote_line, quote_column,
            say({"this quoted field is not closed before the end of the text",
                 "dieses Feld in Anführungszeichen wird vor dem Ende des Textes nicht geschlossen",
                 "dit veld tussen aanhalingstekens wordt niet gesloten vóór het einde van de tekst",
                 "dette felt i anførselstegn lukkes ikke før tekstens slutning"})};
    return std::nullopt;
  }
  if (row_has_content || !field.empty()) end_row();
  if (table.header.empty()) {
    *why = {1, 1,
            say({"no header line: the first line names the columns", "keine Kopfzeile: die erste Zeile benennt die Spalten",
                 "geen kopregel: de eerste regel benoemt de kolommen",
                 "ingen overskriftslinje: den første linje navngiver kolonnerne"})};
    return std::nullopt;
  }
  for (const auto& row : table.rows)
    if (row.fields.size() != table.header.size()) {
      *why = {row.line, 1,
              say({"{0} fields where the header has {1}", "{0} Felder, wo die Kopfzeile {1} hat",
                   "{0} velden waar de kopregel er {1} heeft", "{0} felter, hvor overskriftslinjen har {1}"},
                  {std::to_string(row.fields.size()), std::to_string(table.header.size())})};
      return std::nullopt;
    }
  return table;
}

}  // namespace slacalc
