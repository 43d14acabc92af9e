// Every function of call() by name, in the order the docs list them, and
// only(): the same entries for a module that holds some of them — a page's
// wasm module links the calculators it shows and nothing else
// (bindings/views.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "budget_json.hpp"
#include "closed_days_json.hpp"
#include "compare.hpp"
#include "compose_json.hpp"
#include "credit_json.hpp"
#include "deadline_json.hpp"
#include "error.hpp"
#include "holidays_json.hpp"
#include "json_read.hpp"
#include "measure_json.hpp"
#include "outage_import.hpp"
#include "price_json.hpp"
#include "profile_json.hpp"
#include "term_json.hpp"
#include "window_budget_json.hpp"
#include "zones_json.hpp"

namespace slacalc {

struct Endpoint {
  const char* name;
  Result<std::string> (*answer)(std::string_view request_json);
};

// The adapters (api.cpp): parse the request, take its "lang", run the
// endpoint; it returns a JSON value, or text that is already JSON (a preset
// as written).
Result<std::string> run_json_endpoint(Result<json> (*endpoint)(const json&), std::string_view request_json);
Result<std::string> run_text_endpoint(Result<std::string> (*endpoint)(const json&), std::string_view request_json);

// One thin entry per endpoint: the adapter's body exists once in the wasm.
template <Result<json> (*F)(const json&)>
Result<std::string> json_endpoint(std::string_view request_json) {
  return run_json_endpoint(F, request_json);
}
template <Result<std::string> (*F)(const json&)>
Result<std::string> text_endpoint(std::string_view request_json) {
  return run_text_endpoint(F, request_json);
}

// measure and credit as requests: their outages come with the request (a
// ledger session passes a file's instead).
inline Result<json> measure_request(const json& r) { return measure_endpoint(r); }
inline Result<json> credit_request(const json& r) { return credit_endpoint(r); }
inline Result<json> compare_request(const json& r) { return compare_endpoint(r); }

// The functions a large outage file's session (api.hpp, LedgerSession)
// passes the file to, in place of a request's "outages".
struct FileEndpoint {
  const char* name;
  Result<json> (*answer)(const json& request, const OutageFile* file);
};
inline constexpr FileEndpoint kMeasureAndCredit[] = {{"measure", &measure_endpoint}, {"credit", &credit_endpoint}};
inline constexpr FileEndpoint kFileEndpoints[] = {
    {"measure", &measure_endpoint}, {"credit", &credit_endpoint}, {"compare", &compare_endpoint}};

inline constexpr Endpoint kEndpoints[] = {
    {"budget", &json_endpoint<&budget_endpoint>},
    {"nines", &json_endpoint<&nines_endpoint>},
    {"profiles", &json_endpoint<&profiles_endpoint>},
    {"profile", &text_endpoint<&profile_endpoint>},
    {"validateProfile", &validate_profile_endpoint},
    {"compare", &json_endpoint<&compare_request>},
    {"holidays", &json_endpoint<&holidays_endpoint>},
    {"zones", &json_endpoint<&zones_endpoint>},
    {"deadline", &json_endpoint<&deadline_endpoint>},
    {"closedDaysIcs", &json_endpoint<&closed_days_ics_endpoint>},
    {"parseClosedDays", &json_endpoint<&parse_closed_days_endpoint>},
    {"windowBudget", &json_endpoint<&window_budget_endpoint>},
    {"measure", &json_endpoint<&measure_request>},
    {"credit", &json_endpoint<&credit_request>},
    {"parseOutages", &json_endpoint<&parse_outages_endpoint>},
    {"term", &json_endpoint<&term_endpoint>},
    {"price", &json_endpoint<&price_endpoint>},
    {"compose", &json_endpoint<&compose_endpoint>},
};

// Never defined and not constexpr: only() calls it for a name that is not in
// kEndpoints, which stops the compilation with this name in the message.
void no_endpoint_has_this_name();

// The entries of kEndpoints with these names, at compile time: the other
// endpoints are not referenced, so the linker leaves their code out.
template <std::size_t N>
consteval std::array<Endpoint, N> only(const char* const (&names)[N]) {
  std::array<Endpoint, N> chosen{};
  for (std::size_t i = 0; i < N; ++i) {
    bool found = false;
    for (const Endpoint& e : kEndpoints)
      if (std::string_view(e.name) == names[i]) {
        chosen[i] = e;
        found = true;
      }
    if (!found) no_endpoint_has_this_name();
  }
  return chosen;
}

}  // namespace slacalc
