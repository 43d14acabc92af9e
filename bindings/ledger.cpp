// A large outage file in pieces (api.hpp, LedgerSession), for the modules
// that measure and credit: the same strings-in, Response-out shape as call(),
// kept by the caller between calls.
#include <emscripten/bind.h>

#include <string>

#include "api.hpp"

namespace {

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

EMSCRIPTEN_BINDINGS(slacalc_ledger) {
  emscripten::class_<Ledger>("Ledger")
      .constructor<>()
      .function("open", &Ledger::open)
      .function("append", &Ledger::append)
      .function("finish", &Ledger::finish)
      .function("call", &Ledger::call);
}
