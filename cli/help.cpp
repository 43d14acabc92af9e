#include "help.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace slacalc::cli {
namespace {

using Lines = std::vector<std::string_view>;

Lines split_lines(std::string_view text) {
  Lines lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  std::size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

bool is_fence(std::string_view line) { return trim(line).starts_with("```"); }
bool is_section_heading(std::string_view line) { return line.starts_with("## "); }

// Columns a UTF-8 text takes: one per code point (the docs' arrows, dashes
// and umlauts are one column wide).
std::size_t columns(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// --- inline Markdown ----------------------------------------------------------

std::string plain(std::string_view md);

// `code` (any run of backticks, closed by a run as long) → its text as written.
bool take_code_span(std::string_view md, std::size_t& i, std::string& out) {
  std::size_t run = md.find_first_not_of('`', i);
  if (run == std::string_view::npos) run = md.size();
  std::string_view ticks = md.substr(i, run - i);
  for (std::size_t close = md.find(ticks, run); close != std::string_view::npos; close = md.find(ticks, close + 1)) {
    if (close + ticks.size() < md.size() && md[close + ticks.size()] == '`') continue;
    std::string_view code = md.substr(run, close - run);
    if (ticks.size() > 1 && code.size() > 1 && code.front() == ' ' && code.back() == ' ') code = code.substr(1, code.size() - 2);
    out += code;
    i = close + ticks.size();
    return true;
  }
  return false;
}

// [text](target) → text.
bool take_link(std::string_view md, std::size_t& i, std::string& out) {
  std::size_t close = md.find("](", i);
  if (close == std::string_view::npos || md.substr(i + 1, close - i - 1).find_first_of("[]") != std::string_view::npos)
    return false;
  std::size_t end = md.find(')', close + 2);
  if (end == std::string_view::npos) return false;
  out += plain(md.substr(i + 1, close - i - 1));
  i = end + 1;
  return true;
}

// *text* or **text** → text; a lone * (a footnote mark, "× *n*" written
// without a partner) stays.
bool take_emphasis(std::string_view md, std::size_t& i, std::string& out) {
  std::size_t run = md.substr(i, 2) == "**" ? 2 : 1;
  std::size_t start = i + run;
  if (start >= md.size() || md[start] == ' ') return false;
  std::size_t close = md.find(md.substr(i, run), start);
  if (close == std::string_view::npos || md[close - 1] == ' ') return false;
  out += plain(md.substr(start, close - start));
  i = close + run;
  return true;
}

std::string plain(std::string_view md) {
  std::string out;
  for (std::size_t i = 0; i < md.size();) {
    char c = md[i];
    if (c == '\\' && i + 1 < md.size() && std::string_view("\\`*_[]()|#-.!").find(md[i + 1]) != std::string_view::npos) {
      out += md[i + 1];
      i += 2;
      continue;
    }
    if ((c == '`' && take_code_span(md, i, out)) || (c == '[' && take_link(md, i, out)) ||
        (c == '*' && take_emphasis(md, i, out)))
      continue;
    out += c;
    ++i;
  }
  return out;
}

// --- blocks -----------------------------------------------------------------

// `text` wrapped to `width`: the first line after `first`, the others after
// `hanging` spaces. A word longer than a line keeps a line of its own.
void wrap(std::string_view text, const std::string& first, std::size_t hanging, std::size_t width, std::string& out) {
  std::string line = first;
  std::size_t used = columns(first);
  bool empty = true;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    if (!empty && used + 1 + columns(word) > width) {
      out += line + '\n';
      line.assign(hanging, ' ');
      used = hanging;
      empty = true;
    }
    if (!empty) line += ' ', ++used;
    line += word;
    used += columns(word);
    empty = false;
  }
  out += line + '\n';
}

std::vector<std::string> table_cells(std::string_view row) {
  row = trim(row);
  if (row.starts_with("|")) row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.remove_suffix(1);
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= row.size(); ++i) {
    if (i < row.size() && (row[i] != '|' || (i > 0 && row[i - 1] == '\\'))) continue;
    cells.push_back(plain(trim(row.substr(start, i - start))));
    start = i + 1;
  }
  return cells;
}

bool is_delimiter_row(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return !c.empty() && c.find_first_not_of("-: ") == std::string::npos;
  });
}

// A table: each row's first cell, padded to the widest (up to a limit), then
// the other cells joined by " — " and wrapped beside it. A header that only
// names the first column ("| field | |") is left out.
void render_table(const Lines& rows, std::size_t width, std::string& out) {
  constexpr std::size_t kWidestFirstCell = 26;
  std::size_t indent = indent_of(rows.front());
  std::vector<std::vector<std::string>> table;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto cells = table_cells(rows[r]);
    if (is_delimiter_row(cells)) continue;
    bool header_naming_first_only =
        r == 0 && std::all_of(cells.begin() + 1, cells.end(), [](const std::string& c) { return c.empty(); });
    if (!header_naming_first_only) table.push_back(std::move(cells));
  }
  std::size_t first_width = 0;
  for (const auto& cells : table)
    if (columns(cells[0]) <= kWidestFirstCell) first_width = std::max(first_width, columns(cells[0]));
  std::size_t text_column = indent + first_width + 2;
  for (const auto& cells : table) {
    std::string rest;
    for (std::size_t c = 1; c < cells.size(); ++c)
      if (!cells[c].empty()) rest += (rest.empty() ? "" : " — ") + cells[c];
    if (rest.empty() || columns(cells[0]) > first_width) {  // the text, if any, below
      wrap(cells[0], std::string(indent, ' '), indent + 2, width, out);
      if (!rest.empty()) wrap(rest, std::string(text_column, ' '), text_column, width, out);
      continue;
    }
    std::string first = std::string(indent, ' ') + cells[0];
    first.append(text_column - columns(first), ' ');
    wrap(rest, first, text_column, width, out);
  }
}

// "- ", "* " or "1. " at the start of a list item: its length, or 0.
std::size_t list_marker(std::string_view line) {
  std::string_view t = line.substr(indent_of(line));
  if (t.starts_with("- ") || t.starts_with("* ")) return 2;
  std::size_t digits = t.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string_view::npos && t.substr(digits, 2) == ". ") return digits + 2;
  return 0;
}

bool is_table_row(std::string_view line) { return trim(line).starts_with("|"); }

// A paragraph or list item: its lines up to a blank line or another block.
std::size_t paragraph_end(const Lines& lines, std::size_t i) {
  std::size_t end = i + 1;
  while (end < lines.size() && !trim(lines[end]).empty() && !list_marker(lines[end]) && !is_fence(lines[end]) &&
         !is_table_row(lines[end]) && !trim(lines[end]).starts_with("#"))
    ++end;
  return end;
}

}  // namespace

std::string_view doc_section(std::string_view doc, std::string_view function) {
  const std::string named = "`" + std::string(function) + "`";
  Lines lines = split_lines(doc);
  std::size_t start = lines.size(), exact = lines.size();
  bool in_code = false;
  std::vector<std::size_t> headings;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_fence(lines[i])) in_code = !in_code;
    if (in_code || !is_section_heading(lines[i])) continue;
    headings.push_back(i);
    std::string_view title = trim(lines[i].substr(3));
    if (title == named && exact == lines.size()) exact = i;
    if (title.find(named) != std::string_view::npos && start == lines.size()) start = i;
  }
  if (exact != lines.size()) start = exact;
  if (start == lines.size()) return {};
  auto next = std::upper_bound(headings.begin(), headings.end(), start);
  const char* begin = lines[start].data();
  const char* end = next == headings.end() ? doc.data() + doc.size() : lines[*next].data();
  return std::string_view(begin, static_cast<std::size_t>(end - begin));
}

std::string terminal_text(std::string_view markdown, std::size_t width) {
  Lines lines = split_lines(markdown);
  std::string out;
  for (std::size_t i = 0; i < lines.size();) {
    std::string_view line = lines[i];
    if (trim(line).empty()) {
      ++i;
      continue;
    }
    // A blank line between blocks, none between the items of one list.
    bool next_item = list_marker(line) && i > 0 && !trim(lines[i - 1]).empty();
    if (!out.empty() && !out.ends_with("\n\n") && !next_item) out += '\n';
    if (is_fence(line)) {  // as written, indented
      for (++i; i < lines.size() && !is_fence(lines[i]); ++i) out += "    " + std::string(lines[i]) + '\n';
      ++i;
    } else if (line.starts_with("#")) {
      std::size_t level = line.find_first_not_of('#');
      std::string title = plain(trim(line.substr(level)));
      out += title + '\n' + std::string(columns(title), level <= 2 ? '=' : '-') + '\n';
      ++i;
    } else if (is_table_row(line)) {
      std::size_t end = i;
      while (end < lines.size() && is_table_row(lines[end])) ++end;
      render_table(Lines(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(end)),
                   width, out);
      i = end;
    } else {
      std::size_t end = paragraph_end(lines, i);
      std::size_t indent = indent_of(line), marker = list_marker(line);
      std::string text;
      for (std::size_t j = i; j < end; ++j) text += std::string(trim(lines[j])) + ' ';
      std::string first = std::string(indent, ' ') + std::string(trim(line).substr(0, marker));
      wrap(plain(std::string_view(text).substr(marker)), first, indent + marker, width, out);
      i = end;
    }
  }
  return out;
}

std::string_view summary(std::string_view function) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kSummaries{{
      {"budget", "a target → its allowed downtime, or downtime → availability"},
      {"nines", "common targets × periods: the downtime each allows"},
      {"profiles", "the contracts and examples built in, with their tiers"},
      {"profile", "one built-in profile as written, to edit into your own"},
      {"validateProfile", "checks a profile document and lists every problem at once"},
      {"compare", "2 to 6 tiers side by side, for sales"},
      {"holidays", "public holidays of a calendar (DE and its states, NL, DK)"},
      {"zones", "the time zones slacalc knows, or one zone's clock changes"},
      {"deadline", "when the reaction, response or resolution to a report is due"},
      {"closedDaysIcs", "a year's public holidays and closed days as an .ics calendar file"},
      {"parseClosedDays", "closed days from an .ics file's all-day events (--closed-days)"},
      {"windowBudget", "each commitment's downtime budget in a month, every reading"},
      {"measure", "outages → the availability achieved per period of a tier"},
      {"credit", "is a credit owed, how much, and by when to claim it"},
      {"parseOutages", "outages from CSV text as spreadsheets write it"},
      {"term", "when the customer can leave: terms, renewals, notice"},
      {"price", "what a tier costs a month, and its contract's what-ifs"},
      {"compose", "availability of dependencies in series and in parallel"},
  }};
  for (const auto& [name, line] : kSummaries)
    if (name == function) return line;
  return {};
}

bool needs_no_request(std::string_view function) { return function == "profiles" || function == "zones"; }

}  // namespace slacalc::cli
