// A large outage file in pieces (api.hpp, LedgerSession), for the modules
// that measure and credit: the same strings-in, Response-out shape as call(),
// each session named by a number the caller keeps between calls. Plain
// functions, not an Embind class: class support (handles, pointer wrappers,
// finalizers) would add 2.6 KB gzip to the page's JS glue.
#include <emscripten/bind.h>

#include <memory>
#include <string>
#include <vector>

#include "api.hpp"

namespace {

// Index = handle; a closed session's slot is empty until reused.
std::vector<std::unique_ptr<slacalc::LedgerSession>> sessions;

int ledger_new() {
  std::size_t handle = 0;
  while (handle < sessions.size() && sessions[handle]) ++handle;
  if (handle == sessions.size()) sessions.emplace_back();
  sessions[handle] = std::make_unique<slacalc::LedgerSession>();
  return static_cast<int>(handle);
}

// The session of a handle; a closed or unknown one answers as a session
// never opened does ("no file is open"), open() included.
slacalc::LedgerSession* live(int handle) {
  auto at = static_cast<std::size_t>(handle);
  return handle >= 0 && at < sessions.size() ? sessions[at].get() : nullptr;
}

slacalc::Response not_open() { return slacalc::LedgerSession().finish(); }

slacalc::Response ledger_open(int handle, const std::string& request) {
  auto* s = live(handle);
  return s ? s->open(request) : not_open();
}
slacalc::Response ledger_append(int handle, const std::string& piece) {
  auto* s = live(handle);
  return s ? s->append(piece) : not_open();
}
slacalc::Response ledger_finish(int handle) {
  auto* s = live(handle);
  return s ? s->finish() : not_open();
}
slacalc::Response ledger_call(int handle, const std::string& function, const std::string& request) {
  auto* s = live(handle);
  return s ? s->call(function, request) : not_open();
}
void ledger_close(int handle) {
  if (live(handle)) sessions[static_cast<std::size_t>(handle)].reset();
}

}  // namespace

EMSCRIPTEN_BINDINGS(slacalc_ledger) {
  emscripten::function("ledgerNew", &ledger_new);
  emscripten::function("ledgerOpen", &ledger_open);
  emscripten::function("ledgerAppend", &ledger_append);
  emscripten::function("ledgerFinish", &ledger_finish);
  emscripten::function("ledgerCall", &ledger_call);
  emscripten::function("ledgerClose", &ledger_close);
}
