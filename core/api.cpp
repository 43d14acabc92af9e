#include "api.hpp"

#include <nlohmann/json.hpp>

#include "budget_json.hpp"
#include "compare.hpp"
#include "credit_json.hpp"
#include "deadline_json.hpp"
#include "error.hpp"
#include "holidays_json.hpp"
#include "json_read.hpp"
#include "measure_json.hpp"
#include "outage_import.hpp"
#include "profile_json.hpp"
#include "window_budget.hpp"
#include "zones_json.hpp"

namespace slacalc {
namespace {

using json = nlohmann::json;
using Endpoint = Result<std::string> (*)(std::string_view request_text);

std::string dump(const json& value) {
  // Invalid UTF-8 coming back from a request is replaced, never thrown on.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<json> parse_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes) return Error{"too_large", "request is larger than 1 MiB", ""};
  auto request = parse_json_text(text);
  if (!request.ok()) return Error{request.error().code, "request: " + request.error().message, ""};
  return request;
}

// Adapters: most endpoints read a parsed request; what they return is either
// a JSON value or text that is already JSON (a preset as written).
Result<std::string> run_json_endpoint(Result<json> (*f)(const json&), std::string_view text) {
  auto request = parse_request(text);
  if (!request.ok()) return request.error();
  auto result = f(request.value());
  if (!result.ok()) return result.error();
  return dump(result.value());
}

// One thin entry per endpoint: the adapter's body above exists once in the
// wasm instead of once per endpoint.
template <Result<json> (*F)(const json&)>
Result<std::string> json_endpoint(std::string_view text) {
  return run_json_endpoint(F, text);
}

template <Result<std::string> (*F)(const json&)>
Result<std::string> text_result_endpoint(std::string_view text) {
  auto request = parse_request(text);
  if (!request.ok()) return request.error();
  return F(request.value());
}

struct Entry {
  const char* name;
  Endpoint endpoint;
};

constexpr Entry kEndpoints[] = {
    {"budget", &json_endpoint<&budget_endpoint>},
    {"nines", &json_endpoint<&nines_endpoint>},
    {"profiles", &json_endpoint<&profiles_endpoint>},
    {"profile", &text_result_endpoint<&profile_endpoint>},
    {"validateProfile", &validate_profile_endpoint},
    {"compare", &json_endpoint<&compare_endpoint>},
    {"holidays", &json_endpoint<&holidays_endpoint>},
    {"zones", &json_endpoint<&zones_endpoint>},
    {"deadline", &json_endpoint<&deadline_endpoint>},
    {"windowBudget", &json_endpoint<&window_budget_endpoint>},
    {"measure", &json_endpoint<&measure_endpoint>},
    {"credit", &json_endpoint<&credit_endpoint>},
    {"parseOutages", &json_endpoint<&parse_outages_endpoint>},
};

Response failure(const Error& e) {
  return {false, dump({{"code", e.code}, {"message", e.message}, {"path", e.path}})};
}

}  // namespace

std::vector<std::string> function_names() {
  std::vector<std::string> names;
  for (const auto& e : kEndpoints) names.emplace_back(e.name);
  return names;
}

Response call(std::string_view function, std::string_view request_json) {
  for (const auto& e : kEndpoints) {
    if (function != e.name) continue;
    auto result = e.endpoint(request_json);
    if (!result.ok()) return failure(result.error());
    return {true, result.value()};
  }
  return failure({"unknown_function", "no function \"" + std::string(function) + "\"", ""});
}

}  // namespace slacalc
