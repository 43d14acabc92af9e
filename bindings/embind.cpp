// The whole Embind surface: one function, JSON text in and out (and, in the
// modules that measure, a ledger for files beyond a request's 1 MiB:
// ledger.cpp). Keeping the boundary this thin makes wasm results
// byte-identical to the CLI's and keeps exceptions, BigInt and optional out
// of Embind (docs/design.md, "The toolchain").
#include <emscripten/bind.h>

#include <string>

#include "api.hpp"
#include "lang.hpp"
#ifdef SLACALC_VIEW
#include "views.hpp"
#else
#include <emscripten/emmalloc.h>
#endif

namespace {

slacalc::Response call(const std::string& function, const std::string& request) {
#ifdef SLACALC_VIEW
  // A page's module: its own functions only (views.hpp).
  return slacalc::call_among(slacalc::views::SLACALC_VIEW, function, request);
#else
  return slacalc::call(function, request);
#endif
}

// createSlaCalc's lang: the language of every call that names none
// (lang.hpp, set_default_lang). False for a code that is not one.
bool set_language(const std::string& code) {
  auto lang = slacalc::lang_from_code(code);
  if (lang) slacalc::set_default_lang(*lang);
  return lang.has_value();
}

#ifndef SLACALC_VIEW
// One NDJSON line of a batch (api.hpp); the whole core only: no page batches.
std::string batch_line(const std::string& line) { return slacalc::batch_line(line); }

// Bytes of the heap in use: the whole core's test of leaks
// (tests/node/memory.test.mjs), not part of the API.
double heap_in_use() {
  return static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}
#endif

}  // namespace

EMSCRIPTEN_BINDINGS(slacalc) {
  emscripten::value_object<slacalc::Response>("Response")
      .field("ok", &slacalc::Response::ok)
      .field("body", &slacalc::Response::body);
  emscripten::function("call", &call);
  emscripten::function("setLanguage", &set_language);
#ifndef SLACALC_VIEW
  emscripten::function("heapInUse", &heap_in_use);
  emscripten::function("batchLine", &batch_line);
#endif
}
