// The one public surface: a function name and a request as JSON text in,
// JSON text out. The wasm module, the CLI and the tests all call this, so a
// result is byte-identical everywhere (design.md, "The shape").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace slacalc {

struct Response {
  bool ok = false;
  std::string body;  // the result object, or the error {code, message, path}
};

// Never throws, never aborts on bad input.
Response call(std::string_view function, std::string_view request_json);

// Names accepted by call(), in the order the docs list them.
std::vector<std::string> function_names();

// Requests above this size are refused before parsing.
inline constexpr size_t kMaxRequestBytes = 1 << 20;

}  // namespace slacalc
