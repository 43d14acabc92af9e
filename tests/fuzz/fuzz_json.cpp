// libFuzzer target for the JSON reader and writer (core/json_text.cpp),
// checked against nlohmann's own parser and dump() as the oracle:
// - whatever nlohmann refuses, parse_json_text refuses too;
// - whatever both accept is the same value;
// - what parse_json_text refuses and nlohmann accepts is a number it cannot
//   read exactly, nesting beyond kMaxJsonDepth, or a repeated key;
// - json_text writes exactly what dump() with error_handler_t::replace
//   writes, for the parsed value and for the raw input as one string (any
//   bytes, so the U+FFFD replacement of broken UTF-8 is compared too).
// Run: tests/fuzz/run.sh [seconds].
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "json_text.hpp"
#include "require.hpp"

namespace {

std::string oracle_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  auto ours = slacalc::parse_json_text(text);
  // nlohmann stops at a NUL byte as if the text ended there: not the oracle.
  if (text.find('\0') == std::string::npos) {
    auto theirs = nlohmann::json::parse(text, nullptr, false);
    if (theirs.is_discarded()) {
      require(!ours.ok(), "accepts what nlohmann refuses", text);
    } else if (ours.ok()) {
      require(ours.value() == theirs, "reads another value than nlohmann", text);
      require(slacalc::json_text(ours.value()) == oracle_text(theirs), "writes other text than dump()", text);
    } else {
      std::string_view code = ours.error().code;
      require(code == "inexact_number" || code == "too_deep" || code == "duplicate_key", "refuses valid JSON", text);
    }
  } else {
    require(!ours.ok(), "accepts a raw NUL byte", text);
  }
  require(slacalc::json_text(nlohmann::json(text)) == oracle_text(nlohmann::json(text)),
          "writes a string otherwise than dump()", text);
  return 0;
}
