// Test helpers: call the public surface exactly as the CLI and wasm do.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "api.hpp"
#include "quantity.hpp"
#include "zones.hpp"

// A failed check prints a percent or a duration as its exact value.
namespace doctest {
template <>
struct StringMaker<slacalc::Percent> {
  static String convert(const slacalc::Percent& p) { return (p.value().to_decimal(12) + " %").c_str(); }
};
template <>
struct StringMaker<slacalc::Duration> {
  static String convert(const slacalc::Duration& d) { return (d.seconds().to_decimal(12) + " s").c_str(); }
};
}  // namespace doctest

namespace test {

using json = nlohmann::json;

// A JSON file of the repository, e.g. "tests/profiles/base.json".
inline json read_json(const std::string& relative) {
  std::ifstream in(std::string(SLACALC_SOURCE_DIR) + "/" + relative);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

inline json ok(const std::string& function, const json& request) {
  slacalc::Response r = slacalc::call(function, request.dump());
  INFO("request: ", request.dump(), "\nresponse: ", r.body);
  REQUIRE(r.ok);
  return json::parse(r.body);
}

inline json fails(const std::string& function, const std::string& request_text) {
  slacalc::Response r = slacalc::call(function, request_text);
  INFO("request: ", request_text, "\nresponse: ", r.body);
  REQUIRE_FALSE(r.ok);
  json e = json::parse(r.body);
  CHECK(e.at("message").get<std::string>().size() > 5);
  return e;
}

inline json fails(const std::string& function, const json& request) {
  return fails(function, request.dump());
}

// The request fails with `code` at `path`; the error, for further checks.
inline json fails_at(const std::string& function, const json& request, const char* code,
                     const char* path) {
  json e = fails(function, request);
  CHECK(e["code"] == code);
  CHECK(e["path"] == path);
  return e;
}

// The text of the nth explain line with this code; `lines` is an explain list
// or a whole result holding one under "explain".
inline std::string explain_text(const json& lines, const std::string& code, int nth = 0) {
  const json& list = lines.is_object() ? lines.at("explain") : lines;
  for (const auto& e : list)
    if (e["code"] == code && nth-- == 0) return e["text"].get<std::string>();
  FAIL("no explain line " << code);
  return "";
}

// The choice a result's options list for the reading `id` (term, price, deadline); null when absent.
inline json option_choice(const json& result, const std::string& id) {
  for (const auto& o : result.at("options"))
    if (o["id"] == id) return o["choice"];
  return nullptr;
}

// A zone of the core's table by its IANA name.
inline const slacalc::Zone& zone(const char* name) {
  const slacalc::Zone* z = slacalc::find_zone(name);
  REQUIRE_MESSAGE(z != nullptr, name);
  return *z;
}

// A compare result's row by its id.
inline const json& row(const json& result, const std::string& id) {
  for (const auto& r : result["rows"])
    if (r["id"] == id) return r;
  FAIL("no row ", id);
  return result;
}

// The entry of a list (a measure's commitments, a credit's achieved) for a scope.
inline const json& by_scope(const json& list, const std::string& scope) {
  for (const auto& item : list)
    if (item["scope"] == scope) return item;
  FAIL("no scope ", scope);
  return list;
}

// The one deadline of a deadline result.
inline json only(const json& result) {
  REQUIRE(result["deadlines"].size() == 1);
  return result["deadlines"][0];
}

}  // namespace test
