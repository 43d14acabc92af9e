#!/usr/bin/env bash
# Fuzzes the SLA-profile reader for a bounded time:  tests/fuzz/run.sh [seconds]
# Builds the fuzz configuration (clang++, libFuzzer, ASan + UBSan) into
# build/fuzz, fuzzes check_profile_text / validateProfile / compare
# (tests/fuzz/fuzz_profile.cpp) from the seeds in tests/fuzz/corpus/profile and
# presets/, and fails on any crash, exception, sanitizer report, leak, input
# slower than 10 s or over 2 GB. The working corpus lives in
# build/fuzz/profile-corpus (kept between runs, so coverage accumulates; delete
# it to start over); a failing input is saved in build/fuzz/profile-artifacts.
# Replay one:  build/fuzz/fuzz_profile FILE
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz
corpus=$build/profile-corpus
artifacts=$build/profile-artifacts
log=$build/profile-fuzz.log

cmake -S . -B $build -DCMAKE_CXX_COMPILER=clang++ -DSLACALC_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build $build -j"$(nproc)" --target fuzz_profile >/dev/null

mkdir -p $corpus $artifacts
cp tests/fuzz/corpus/profile/* $corpus/
node tests/fuzz/preset_seeds.mjs presets $corpus

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
echo "fuzzing fuzz_profile for ${seconds}s (log: $log)"
marker=$build/profile-run.started
touch "$marker"
status=0
$build/fuzz_profile $corpus -dict=tests/fuzz/profile.dict \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -artifact_prefix=$artifacts/ -print_final_stats=1 >"$log" 2>&1 || status=$?

# The last status line: "#N DONE cov: C ft: F corp: K/S ... exec/s: E rss: R".
done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
if ((status != 0)) || [[ -z $done_line ]] || grep -qE 'runtime error:|ERROR: (Address|Leak)Sanitizer' "$log"; then
  echo "fuzz_profile FAILED (exit $status); end of $log:"
  tail -n 60 "$log"
  echo "reproducer(s), replay with $build/fuzz_profile FILE:"
  find $artifacts -type f -newer "$marker"
  exit 1
fi
final_stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$log"; }
field() { grep -oE "$1: [0-9/]+[a-zA-Z]*" <<<"$done_line" | cut -d' ' -f2; }
execs=$(final_stat number_of_executed_units) rate=$(final_stat average_exec_per_sec)
cov=$(field cov) ft=$(field ft) corp=$(field corp)
edges=$(grep -oE '[0-9]+ inline 8-bit counters' "$log" | head -n 1 | cut -d' ' -f1)
echo "fuzz_profile passed: ${execs} runs in ${seconds}s, ${rate} exec/s, coverage ${cov} of ${edges} edges (${ft} features), corpus ${corp}"
