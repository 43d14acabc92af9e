// `slacalc help`: every function of call() has its section in docs/api.md
// (a new function without one fails here), the CLI carries that very text,
// and the sections read as terminal text.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "api.hpp"
#include "help.hpp"

using slacalc::cli::doc_section;
using slacalc::cli::terminal_text;

namespace {

std::string api_md_on_disk() {
  std::ifstream in(SLACALC_SOURCE_DIR "/docs/api.md", std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string first_line(std::string_view text) { return std::string(text.substr(0, text.find('\n'))); }

}  // namespace

TEST_CASE("every function has its section in docs/api.md and a line in the overview") {
  std::string doc = api_md_on_disk();
  for (const auto& name : slacalc::function_names()) {
    CAPTURE(name);
    std::string_view section = doc_section(doc, name);
    REQUIRE_FALSE(section.empty());
    CHECK(first_line(section).starts_with("## "));
    CHECK(first_line(section).find("`" + name + "`") != std::string::npos);
    CHECK_FALSE(slacalc::cli::summary(name).empty());
  }
}

TEST_CASE("the CLI carries docs/api.md as it is") { CHECK(slacalc::cli::api_doc() == api_md_on_disk()); }

TEST_CASE("a section runs from the heading naming the function to the next ## heading") {
  std::string doc =
      "# Title\n\n## `profiles` elsewhere\n\nnot it\n\n## Lists: `profiles`, `profile`\n\nboth\n\n"
      "### Detail\n\n```\n## inside code\n```\n\n## `profiles`\n\nexactly\n\n## `next`\n\nlast\n";
  CHECK(doc_section(doc, "profile") ==
        "## Lists: `profiles`, `profile`\n\nboth\n\n### Detail\n\n```\n## inside code\n```\n\n");
  CHECK(doc_section(doc, "profiles") == "## `profiles`\n\nexactly\n\n");  // the heading that is its name
  CHECK(doc_section(doc, "next") == "## `next`\n\nlast\n");
  CHECK(doc_section(doc, "prof").empty());
  CHECK(doc_section(doc, "Detail").empty());
}

TEST_CASE("terminal text: tables aligned, links to their text, no backticks or emphasis") {
  std::string md =
      "## `f`\n\nSee [the reading](#one-reading), *which* hours, **why**.\n\n"
      "| field | |\n|---|---|\n| `a` *or* `b` | one |\n| `long` | two `x` |\n\n"
      "| code | meaning |\n|---|---|\n| `c` | three |\n";
  CHECK(terminal_text(md) ==
        "f\n=\n\nSee the reading, which hours, why.\n\n"
        "a or b  one\nlong    two x\n\n"
        "code  meaning\nc     three\n");
}

TEST_CASE("terminal text: paragraphs and list items wrapped to the width, code as written") {
  std::string md =
      "one two three four five six\nseven eight\n\n- alpha beta gamma delta\n  epsilon\n- zeta\n\n"
      "```json\n{ \"a\": 1, \"b\": 2, \"c\": 3 }\n```\n";
  CHECK(terminal_text(md, 16) ==
        "one two three\nfour five six\nseven eight\n\n"
        "- alpha beta\n  gamma delta\n  epsilon\n- zeta\n\n"
        "    { \"a\": 1, \"b\": 2, \"c\": 3 }\n");
}

TEST_CASE("every function's help is plain text") {
  for (const auto& name : slacalc::function_names()) {
    CAPTURE(name);
    std::string text = terminal_text(doc_section(slacalc::cli::api_doc(), name));
    CHECK(text.find('`') == std::string::npos);
    CHECK(text.find("](") == std::string::npos);
    CHECK(text.find("**") == std::string::npos);
  }
}
