// JSON text ↔ nlohmann::json values, with our own reader and writer.
// nlohmann's parser reads fractions with strtod and its serializer escapes
// with snprintf; in the wasm modules those two pull in musl's float scanner,
// printf and software long-double arithmetic, kilobytes in every module.
// Reading also becomes exact: a number is taken as written or refused with
// its path, never silently rounded (see parse_json_text).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

using json = nlohmann::json;

// Deeper nesting is refused: copying or destroying such a value would
// recurse that deep.
inline constexpr int kMaxJsonDepth = 64;

// Strict RFC 8259 text (one value, whitespace around it, an optional UTF-8
// byte order mark first, strings valid UTF-8) → value. Errors:
// - invalid_json, with line and column;
// - duplicate_key, with the repeated key's path: RFC 8259 §4 leaves the
//   meaning of a repeated name open (nlohmann keeps the last), and a request
//   whose "target" is given twice must not silently take one;
// - too_deep, nesting beyond kMaxJsonDepth;
// - inexact_number, with the number's path: a number with a fraction or an
//   exponent must fit a double exactly enough to be read back as written —
//   at most 15 significant digits, magnitude 1e-22 to 1e22 (Clinger's exact
//   case). Anything finer is asked for as a string ("99.99999999999999999"),
//   which the decimal readers take exactly.
Result<json> parse_json_text(std::string_view text);

// The compact text nlohmann's dump() writes (no spaces, keys in map order,
// shortest round-trip numbers), invalid UTF-8 replaced by U+FFFD as its
// error_handler_t::replace does: a result never fails to print.
std::string json_text(const json& value);

// The small parts of a large document, each as a value of its own, without
// the whole document in memory: a monitor's export of a year can be tens of
// megabytes of samples, each a few bytes (monitor_export.hpp).
//
// Where a record is: "/data/result/0/values/17", and the line its value starts on.
struct JsonPlace {
  std::string pointer;
  int line = 0;
  std::size_t outer_index = 0;  // its first array index (a Prometheus series)
};
// A record's path: object keys, and "*" for any element of an array; the
// unused places empty.
struct RecordPattern {
  int id;
  std::string_view path[6];
};
// Calls `found` with each value at one of `patterns`, in the text's order,
// read as parse_json_text reads. A text that is not JSON is `invalid_json`
// at `/text`, naming the line and column, and whether the text ends too
// soon (a truncated export).
std::optional<Error> json_records(std::string_view text, std::span<const RecordPattern> patterns,
                                  const std::function<void(int, const json&, const JsonPlace&)>& found);

}  // namespace slacalc
