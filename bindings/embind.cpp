// The whole Embind surface: one function, JSON text in and out (and a
// ledger for files beyond a request's 1 MiB). Keeping the
// boundary this thin makes wasm results byte-identical to the CLI's and keeps
// exceptions, BigInt and optional out of Embind (design.md, traps).
#include <emscripten/bind.h>

#include <string>

#include "api.hpp"

namespace {

slacalc::Response call(const std::string& function, const std::string& request) {
  return slacalc::call(function, request);
}

// A large outage file in pieces (api.hpp, LedgerSession): the same
// strings-in, Response-out shape, kept by the caller between calls.
struct Ledger {
  slacalc::LedgerSession session;
  slacalc::Response open(const std::string& request) { return session.open(request); }
  slacalc::Response append(const std::string& piece) { return session.append(piece); }
  slacalc::Response finish() { return session.finish(); }
  slacalc::Response call(const std::string& function, const std::string& request) {
    return session.call(function, request);
  }
};

}  // namespace

EMSCRIPTEN_BINDINGS(slacalc) {
  emscripten::value_object<slacalc::Response>("Response")
      .field("ok", &slacalc::Response::ok)
      .field("body", &slacalc::Response::body);
  emscripten::function("call", &call);
  emscripten::class_<Ledger>("Ledger")
      .constructor<>()
      .function("open", &Ledger::open)
      .function("append", &Ledger::append)
      .function("finish", &Ledger::finish)
      .function("call", &Ledger::call);
}
