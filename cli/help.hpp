// `slacalc help [FUNCTION]`: a function's request and result as docs/api.md
// documents them, read from that very text (the build embeds it), so the CLI's
// help and the reference cannot differ.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace slacalc::cli {

// docs/api.md as the build found it (cmake/embed_text.cmake).
std::string_view api_doc();

// The part of the Markdown `doc` about `function`: from the "## " heading
// that is `function` in backticks — or else the first that names it so, as
// "## Profiles: `profiles`, `profile`, …" does — to the next "## " heading.
// Empty when no heading names it.
std::string_view doc_section(std::string_view doc, std::string_view function);

// Markdown as text for a terminal of `width` columns: headings underlined,
// table rows as aligned "field  text" lines, links reduced to their text,
// backticks and emphasis dropped, paragraphs and list items wrapped.
std::string terminal_text(std::string_view markdown, std::size_t width = 80);

// What `function` does, in one line for the overview; empty for a name
// the CLI has no line for.
std::string_view summary(std::string_view function);

// The functions a call answers without a request: `{}` asks for the whole
// list (docs/api.md: profiles(), zones).
bool needs_no_request(std::string_view function);

}  // namespace slacalc::cli
