// The whole Embind surface: one function, JSON text in and out. Keeping the
// boundary this thin makes wasm results byte-identical to the CLI's and keeps
// exceptions, BigInt and optional out of Embind (design.md, traps).
#include <emscripten/bind.h>

#include <string>

#include "api.hpp"

namespace {

slacalc::Response call(const std::string& function, const std::string& request) {
  return slacalc::call(function, request);
}

}  // namespace

EMSCRIPTEN_BINDINGS(slacalc) {
  emscripten::value_object<slacalc::Response>("Response")
      .field("ok", &slacalc::Response::ok)
      .field("body", &slacalc::Response::body);
  emscripten::function("call", &call);
}
