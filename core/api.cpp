#include "api.hpp"

#include <nlohmann/json.hpp>

#include "budget_json.hpp"
#include "error.hpp"

namespace slacalc {
namespace {

using json = nlohmann::json;
using Endpoint = Result<json> (*)(const json&);

struct Entry {
  const char* name;
  Endpoint endpoint;
};

constexpr Entry kEndpoints[] = {
    {"budget", &budget_endpoint},
    {"nines", &nines_endpoint},
};

Response failure(const Error& e) {
  json body = {{"code", e.code}, {"message", e.message}, {"path", e.path}};
  return {false, body.dump(-1, ' ', false, json::error_handler_t::replace)};
}

}  // namespace

std::vector<std::string> function_names() {
  std::vector<std::string> names;
  for (const auto& e : kEndpoints) names.emplace_back(e.name);
  return names;
}

Response call(std::string_view function, std::string_view request_json) {
  const Entry* entry = nullptr;
  for (const auto& e : kEndpoints)
    if (function == e.name) entry = &e;
  if (!entry) return failure({"unknown_function", "no function \"" + std::string(function) + "\"", ""});
  if (request_json.size() > kMaxRequestBytes)
    return failure({"too_large", "request is larger than 1 MiB", ""});

  json request = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  if (request.is_discarded()) return failure({"invalid_json", "request is not valid JSON", ""});
  auto result = entry->endpoint(request);
  if (!result.ok()) return failure(result.error());
  // Invalid UTF-8 coming back from the request is replaced, never thrown on.
  return {true, result.value().dump(-1, ' ', false, json::error_handler_t::replace)};
}

}  // namespace slacalc
