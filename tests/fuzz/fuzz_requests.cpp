// libFuzzer target for every entry point of the public surface:
// the input is "FUNCTION\nREQUEST" (tests/fuzz/corpus/requests); a first line
// that names no function picks one by its bytes, so every mutation reaches
// some calculator. "openOutageFile" drives a LedgerSession instead: the
// request is CSV text, appended in two pieces, then measured.
// Invariants: every answer is a JSON object; an error has a code, a message
// and a path that is "" or a JSON pointer; the same call twice answers the
// same bytes. Any crash, sanitizer report, leak or broken invariant is a
// finding. Build and run: tests/fuzz/run.sh [seconds].
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "require.hpp"

namespace {

using nlohmann::json;

void check(const slacalc::Response& r, const std::string& function) {
  json value = json::parse(r.body, nullptr, false);
  require(!value.is_discarded() && value.is_object(), function.c_str(), r.body);
  if (r.ok) return;
  require(value["code"].is_string() && !value["code"].get<std::string>().empty(), "an error has a code", r.body);
  require(value["message"].is_string() && !value["message"].get<std::string>().empty(), "an error says why", r.body);
  require(value["path"].is_string(), "an error has a path", r.body);
  const std::string path = value["path"];
  require(path.empty() || path[0] == '/', "the path is a JSON pointer", r.body);
}

void outage_file(std::string_view csv) {
  slacalc::LedgerSession session;
  const slacalc::Response opened = session.open(R"({"profile":"wp-heaven"})");
  require(opened.ok, "open", opened.body);
  const std::size_t half = csv.size() / 2;
  for (std::string_view piece : {csv.substr(0, half), csv.substr(half)}) {
    const slacalc::Response appended = session.append(piece);
    check(appended, "append");
    if (!appended.ok) return;
  }
  const slacalc::Response finished = session.finish();
  check(finished, "finish");
  if (!finished.ok) return;
  check(session.call("measure", R"({"tier":"standard","from":"2026-01","to":"2026-12"})"), "ledger measure");
  check(session.call("credit", R"({"tier":"standard","month":"2026-05","fee":160000})"), "ledger credit");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<std::string> functions = [] {
    auto names = slacalc::function_names();
    names.push_back("openOutageFile");
    return names;
  }();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  std::string function(input.substr(0, newline == std::string_view::npos ? 0 : newline));
  const std::string_view request = newline == std::string_view::npos ? input : input.substr(newline + 1);
  if (std::find(functions.begin(), functions.end(), function) == functions.end()) {
    std::size_t pick = 0;
    for (char c : function) pick = pick * 31 + static_cast<unsigned char>(c);
    function = functions[(pick + size) % functions.size()];
  }

  if (function == "openOutageFile") {
    outage_file(request);
    return 0;
  }
  const slacalc::Response first = slacalc::call(function, request);
  check(first, function);
  const slacalc::Response again = slacalc::call(function, request);
  require(again.ok == first.ok && again.body == first.body, "the same call twice answers the same", first.body);
  return 0;
}
