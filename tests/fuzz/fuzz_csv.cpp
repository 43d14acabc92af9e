// libFuzzer target for the CSV outage import (core/csv.cpp, outage_import.cpp)
// and what it feeds: the input is CSV text; when it imports, the outages go
// through measure and credit too. Any crash, sanitizer report, leak or broken
// invariant is a finding. Run: tests/fuzz/run.sh [seconds] (both targets).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "require.hpp"
#include "csv.hpp"

namespace {

using nlohmann::json;

json body(const slacalc::Response& r, const char* function) {
  json value = json::parse(r.body, nullptr, false);
  require(!value.is_discarded() && value.is_object(), function, r.body);
  if (!r.ok) require(value.contains("code") && value.contains("message") && value.contains("path"), function, r.body);
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  // The reader: a table whose rows all have the header's width, or a place.
  slacalc::CsvFailure why;
  auto table = slacalc::parse_csv(text, &why);
  if (table) {
    for (const auto& row : table->rows) require(row.fields.size() == table->header.size(), "row width");
  } else {
    require(why.line >= 1 && why.column >= 0 && !why.message.empty(), "a failure names its place");
  }

  // The entry point, and — when it imports — measure and credit on the result.
  json request = {{"text", text}, {"profile", size % 2 ? "arena" : "wp-heaven"}};
  const slacalc::Response imported =
      slacalc::call("parseOutages", request.dump(-1, ' ', false, json::error_handler_t::replace));
  json result = body(imported, "parseOutages");
  if (!imported.ok) return 0;
  json measure = {{"profile", request["profile"]}, {"tier", size % 2 ? "plm-service" : "standard"},
                  {"from", "2026-01"}, {"to", "2026-12"}, {"outages", result["outages"]}};
  const slacalc::Response measured = slacalc::call("measure", measure.dump());
  body(measured, "measure");
  require(measured.ok, "measure accepts what parseOutages produced", measured.body);
  json credit = {{"profile", measure["profile"]}, {"tier", measure["tier"]}, {"month", "2026-05"}, {"fee", 160000},
                 {"outages", result["outages"]}};
  const slacalc::Response credited = slacalc::call("credit", credit.dump());
  body(credited, "credit");
  return 0;
}
