#!/usr/bin/env bash
# The doctest suite under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer, in the fuzz configuration
# (tests/fuzz/run.sh: clang++, RelWithDebInfo, nlohmann's assertions live).
# Any report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/fuzz

cmake -S . -B $build -DCMAKE_CXX_COMPILER=clang++ -DSLACALC_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build $build -j"$(nproc)" --target core_tests >/dev/null

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
$build/core_tests --no-intro=true --no-version=true
