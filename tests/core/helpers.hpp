// Test helpers: call the public surface exactly as the CLI and wasm do.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "api.hpp"

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

}  // namespace test
