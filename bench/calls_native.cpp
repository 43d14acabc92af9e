// Native throughput of the public surface: calls per second over a request
// mix (the wasm twin is bench/calls_wasm.mjs). A mix is a JSON array of
// [function, request]; a request "@path" is that file's text (path from the
// repository root), e.g. a preset for validateProfile.
//   bench_calls bench/budget-mix.json [seconds]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_calls MIX_JSON [SECONDS]\n");
    return 2;
  }
  std::ifstream file(argv[1]);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto mix = nlohmann::json::parse(text, nullptr, false);
  if (mix.is_discarded() || !mix.is_array()) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> requests;
  for (const auto& r : mix) {
    std::string body = r[1].dump();
    if (r[1].is_string() && body.rfind("\"@", 0) == 0) {
      std::ifstream in(std::string(SLACALC_SOURCE_DIR) + "/" + r[1].get<std::string>().substr(1));
      body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    requests.emplace_back(r[0].get<std::string>(), body);
  }
  double seconds = argc > 2 ? std::stod(argv[2]) : 1.0;

  using clock = std::chrono::steady_clock;
  size_t calls = 0, checksum = 0;
  auto start = clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    for (const auto& [fn, body] : requests) checksum += slacalc::call(fn, body).body.size();
    calls += requests.size();
    elapsed = std::chrono::duration<double>(clock::now() - start).count();
  }
  std::printf("native: %.0f calls/s (%zu calls in %.2f s, checksum %zu)\n", calls / elapsed, calls,
              elapsed, checksum);
  return 0;
}
