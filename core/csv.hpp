// CSV as spreadsheets write it (RFC 4180 plus what German and Danish Excel
// do): comma, semicolon or tab separators, found from the header line; a
// UTF-8 byte-order mark; fields in double quotes with "" for a quote and line
// breaks inside; CRLF, LF or CR line ends; blank lines skipped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace slacalc {

struct CsvTable {
  char delimiter = ',';
  std::vector<std::string> header;
  int header_line = 1;  // after blank lines, further down
  struct Row {
    int line;  // 1-based line of the row's first character in the text
    std::vector<std::string> fields;
  };
  std::vector<Row> rows;
};

struct CsvFailure {
  int line = 0, column = 0;  // 1-based; column counts characters (UTF-8 code points)
  std::string message;
};

// The table, or where and why it is not CSV. Every row must have as many
// fields as the header.
std::optional<CsvTable> parse_csv(std::string_view text, CsvFailure* why);

}  // namespace slacalc
