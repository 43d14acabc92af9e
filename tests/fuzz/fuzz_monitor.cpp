// libFuzzer target for the readers of monitors' exports (docs/importing.md:
// core/monitor_*_readers.cpp, json_records.cpp): the input is a file's text,
// read whole by parseOutages and in two pieces, cut where the input says, by
// the outage-file session. Both must agree; an import's outages must be
// measurable. Any crash, sanitizer report, leak or broken invariant is a
// finding. Seeded from tests/fixtures/monitors (tests/fuzz/run.sh).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "require.hpp"

namespace {

using nlohmann::json;

json body(const slacalc::Response& r, const char* what) {
  json value = json::parse(r.body, nullptr, false);
  require(!value.is_discarded() && value.is_object(), what, r.body);
  if (!r.ok) require(value.contains("code") && value.contains("message") && value.contains("path"), what, r.body);
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // How to read it, from the input's size: a profile's zone or UTC, one end
  // for unresolved incidents.
  json options = {{"ongoingUntil", "2027-01-01T00:00:00Z"}};
  if (size % 3 == 0) options["profile"] = "arena";
  if (size % 3 == 1) options["zone"] = "Europe/Berlin";

  json request = options;
  request["text"] = text;
  const auto parsed = slacalc::call("parseOutages", request.dump(-1, ' ', false, json::error_handler_t::replace));
  json result = body(parsed, "parseOutages");

  slacalc::LedgerSession file;
  require(file.open(options.dump()).ok, "open");
  const std::size_t cut = size ? data[0] % (size + 1) : 0;
  bool read = file.append(std::string_view(text).substr(0, cut)).ok && file.append(std::string_view(text).substr(cut)).ok;
  const auto finished = read ? file.finish() : slacalc::Response{};
  if (read) body(finished, "finish");
  // A text under the request limit reads the same whole and in pieces
  // (only JSON escapes, replaced for invalid UTF-8 above, may differ).
  if (parsed.ok && read && finished.ok)
    require(json::parse(finished.body)["outages"] == result["outages"].size(), "whole and in pieces agree", finished.body);
  if (!parsed.ok) return 0;
  json measure = {{"profile", "arena"}, {"tier", "plm-service"}, {"from", "2026-01"}, {"to", "2026-12"},
                  {"outages", result["outages"]}};
  const auto measured = slacalc::call("measure", measure.dump());
  body(measured, "measure");
  require(measured.ok || json::parse(measured.body)["code"] == "too_large", "measure accepts an import", measured.body);
  return 0;
}
