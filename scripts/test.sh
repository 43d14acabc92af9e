#!/usr/bin/env bash
# Sets up, builds, and runs every test: doctest + CLI (ctest), the wasm module
# from Node, the .d.ts with tsc, the page in headless Chromium, the doctest
# suite again under ASan/LSan/UBSan (tests/sanitize.sh), and 30 s of fuzzing
# (libFuzzer + ASan/UBSan, tests/fuzz/run.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests || exit 1
echo "=== setup: ${SECONDS} s"
# The sanitizer and fuzz build (clang, build/fuzz) runs beside the product's,
# at low priority: the wasm modules link one at a time and leave a core idle.
# A failure here is reported by the suites below, which build what is missing.
mkdir -p build
(cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DSLACALC_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
  nice cmake --build build/fuzz -j1 --target core_tests fuzz_profile fuzz_csv fuzz_json fuzz_requests fuzz_monitor fuzz_ics) \
  >build/fuzz-build.log 2>&1 &
fuzz_build=$!
scripts/build.sh || exit 1
echo "=== setup and builds: ${SECONDS} s"
wait "$fuzz_build"
echo "=== sanitizer and fuzz build done: ${SECONDS} s"

passed=0 failed=0
suite() {  # name, command...
  local name=$1 start=$SECONDS; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "=== $name FAILED"; fi
  echo "=== $name: $((SECONDS - start)) s"
}
suite "core (doctest) and CLI" ctest --test-dir build/native --output-on-failure
suite "wasm module (node:test)" node --test tests/node/
suite "type declarations (tsc)" npx --no-install tsc -p tests/node/tsconfig.json
# A test file that hangs fails after 6 min instead of holding CI up. Two
# files at a time: a Chromium test waits on the page more than it computes.
suite "page (Chromium)" node --test --test-concurrency=2 --test-timeout=360000 tests/e2e/
suite "core (doctest) under ASan, LSan and UBSan" tests/sanitize.sh
suite "libFuzzer: profiles, CSV, JSON, every entry point, monitors' exports, calendar files (30 s)" tests/fuzz/run.sh 30

echo "suites: $passed passed, $failed failed, ${SECONDS} s in all"
[ "$failed" -eq 0 ]
