// slacalc — the command-line front end over the same core as the wasm module.
//
//   slacalc budget '{"target":"99.9","period":"week"}'
//   echo '{"target":"99.9","period":"week"}' | slacalc budget
//
// Prints the result JSON on stdout (exit 0), or the error JSON
// {code, message, path} on stderr (exit 1). Usage errors exit 2.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "api.hpp"

namespace {

int usage(std::FILE* to, int status) {
  std::string names;
  for (const auto& n : slacalc::function_names()) names += (names.empty() ? "" : ", ") + n;
  std::fprintf(to,
               "usage: slacalc [--pretty] FUNCTION [REQUEST_JSON]\n"
               "  FUNCTION: %s\n"
               "  REQUEST_JSON is read from standard input when not given.\n",
               names.c_str());
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  bool pretty = false;
  std::string function, request;
  bool have_request = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") return usage(stdout, 0);
    if (arg == "--pretty") pretty = true;
    else if (function.empty()) function = arg;
    else if (!have_request) request = arg, have_request = true;
    else return usage(stderr, 2);
  }
  if (function.empty()) return usage(stderr, 2);
  if (!have_request)
    request.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());

  slacalc::Response response = slacalc::call(function, request);
  std::string out = response.body;
  if (pretty) out = nlohmann::json::parse(out).dump(2, ' ', false,
                                                    nlohmann::json::error_handler_t::replace);
  std::fputs((out + "\n").c_str(), response.ok ? stdout : stderr);
  return response.ok ? 0 : 1;
}
