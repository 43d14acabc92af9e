// A large outage file in pieces (api.hpp, LedgerSession), for the modules
// that measure and credit: the same strings-in, Response-out shape as call(),
// each session named by a number the caller keeps between calls. Plain
// functions, not an Embind class: class support (handles, pointer wrappers,
// finalizers) would add kilobytes to the page's JS glue.
#include <emscripten/bind.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "api.hpp"
#include "endpoints.hpp"
#include "json_text.hpp"
#include "json_write.hpp"
#include "lang.hpp"

namespace {

// Open sessions by handle. A handle is never given twice (while the count
// lasts, then only one no open session holds): a file closed by one part of
// a program cannot come to mean a file opened later by another.
struct OpenSession {
  int handle;
  std::unique_ptr<slacalc::LedgerSession> session;
};
std::vector<OpenSession> sessions;
int next_handle = 0;

// The whole core passes a file to compare too; a page's module (a view with
// SLACALC_VIEW set) to measure and credit only, so it links no comparison.
std::unique_ptr<slacalc::LedgerSession> new_session() {
#ifdef SLACALC_VIEW
  return std::make_unique<slacalc::LedgerSession>();
#else
  return std::make_unique<slacalc::LedgerSession>(slacalc::kFileEndpoints);
#endif
}

slacalc::LedgerSession* live(int handle) {
  for (auto& s : sessions)
    if (s.handle == handle) return s.session.get();
  return nullptr;
}

int ledger_new() {
  do next_handle = next_handle == INT_MAX ? 0 : next_handle + 1;
  while (live(next_handle));
  sessions.push_back({next_handle, new_session()});
  return next_handle;
}

// A closed or unknown handle. In JS every session is opened by
// openOutageFile(), so it is one that close() ended, or that was collected.
slacalc::Response closed() {
  return {false, slacalc::json_text(slacalc::object(
                     {{"code", "conflict"},
                      {"message", slacalc::say({"this file is closed: open it again with openOutageFile()",
                                                "diese Datei ist geschlossen: öffnen Sie sie mit openOutageFile() erneut",
                                                "dit bestand is gesloten: open het opnieuw met openOutageFile()",
                                                "denne fil er lukket: åbn den igen med openOutageFile()"})},
                      {"path", ""}}))};
}

slacalc::Response ledger_open(int handle, const std::string& request) {
  auto* s = live(handle);
  return s ? s->open(request) : closed();
}
slacalc::Response ledger_append(int handle, const std::string& piece) {
  auto* s = live(handle);
  return s ? s->append(piece) : closed();
}
slacalc::Response ledger_finish(int handle) {
  auto* s = live(handle);
  return s ? s->finish() : closed();
}
slacalc::Response ledger_call(int handle, const std::string& function, const std::string& request) {
  auto* s = live(handle);
  return s ? s->call(function, request) : closed();
}
void ledger_close(int handle) {
  std::erase_if(sessions, [handle](const OpenSession& s) { return s.handle == handle; });
  // Thousands of files once open leave no large table behind.
  if (sessions.size() < sessions.capacity() / 4) sessions.shrink_to_fit();
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
