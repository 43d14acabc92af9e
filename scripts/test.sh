#!/usr/bin/env bash
# Sets up, builds, and runs every test: doctest + CLI (ctest), the wasm module
# from Node, the .d.ts with tsc, the page in headless Chromium, the doctest
# suite again under ASan/LSan/UBSan (tests/sanitize.sh), and 60 s of fuzzing
# (libFuzzer + ASan/UBSan, tests/fuzz/run.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests || exit 1
echo "=== setup: ${SECONDS} s"
scripts/build.sh || exit 1
echo "=== setup and builds: ${SECONDS} s"

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
suite "libFuzzer: profiles, CSV, JSON, every entry point (60 s)" tests/fuzz/run.sh 60

echo "suites: $passed passed, $failed failed, ${SECONDS} s in all"
[ "$failed" -eq 0 ]
