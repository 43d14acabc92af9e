// Native throughput of the public surface: `budget` calls per second over the
// request mix in bench/requests.json (the wasm twin is bench/budget_wasm.mjs).
//   bench_budget bench/requests.json [seconds]
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
    std::fprintf(stderr, "usage: bench_budget REQUESTS_JSON [SECONDS]\n");
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
  for (const auto& r : mix) requests.emplace_back(r[0].get<std::string>(), r[1].dump());
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
