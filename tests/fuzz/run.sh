#!/usr/bin/env bash
# Fuzzes the readers for a bounded time:  tests/fuzz/run.sh [seconds]
# Builds the fuzz configuration (clang++, libFuzzer, ASan + UBSan) into
# build/fuzz and runs six targets, 30 %, 20 %, 10 %, 20 %, 10 % and 10 % of the time:
#   fuzz_profile  the SLA-profile reader and what reads profiles (validateProfile,
#                 compare, deadline, windowBudget), seeded from
#                 tests/fuzz/corpus/profile and presets/;
#   fuzz_csv      the CSV outage import and what reads outages (measure,
#                 credit), seeded from tests/fuzz/corpus/csv;
#   fuzz_json     the JSON reader and writer against nlohmann's parser and
#                 dump() as the oracle, seeded from tests/fuzz/corpus/json;
#   fuzz_requests every function of the public surface and the outage-file
#                 session, seeded from tests/fuzz/corpus/requests;
#   fuzz_monitor  the readers of monitors' exports, whole and in pieces,
#                 seeded from tests/fixtures/monitors;
#   fuzz_ics      the calendar-file reader (parseClosedDays), seeded from
#                 tests/fixtures/calendars.
# A longer run is the same script with more seconds: each target prints its
# runs, executions per second and coverage.
# It fails on any crash, exception, sanitizer report, leak, input slower than
# 10 s or over 2 GB. Working corpora live in build/fuzz/<target>-corpus (kept
# between runs, so coverage accumulates; delete them to start over); a failing
# input is saved in build/fuzz/<target>-artifacts. Replay one:
#   build/fuzz/fuzz_profile FILE   (or fuzz_csv, fuzz_json, fuzz_requests, fuzz_monitor, fuzz_ics)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz

cmake -S . -B $build -DCMAKE_CXX_COMPILER=clang++ -DSLACALC_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build $build -j"$(nproc)" --target fuzz_profile fuzz_csv fuzz_json fuzz_requests fuzz_monitor fuzz_ics >/dev/null

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# fuzz TARGET SECONDS [libFuzzer options...]
fuzz() {
  local target=$1 time=$2; shift 2
  ((time >= 1)) || time=1  # libFuzzer reads -max_total_time=0 as "no limit"
  local corpus=$build/$target-corpus artifacts=$build/$target-artifacts log=$build/$target.log
  local marker=$build/$target-run.started status=0
  echo "fuzzing $target for ${time}s (log: $log)"
  touch "$marker"
  $build/$target $corpus "$@" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=$artifacts/ -print_final_stats=1 >"$log" 2>&1 || status=$?
  # The last status line: "#N DONE cov: C ft: F corp: K/S ... exec/s: E rss: R".
  local done_line
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  if ((status != 0)) || [[ -z $done_line ]] || grep -qE 'runtime error:|ERROR: (Address|Leak)Sanitizer' "$log"; then
    echo "$target FAILED (exit $status); end of $log:"
    tail -n 60 "$log"
    echo "reproducer(s), replay with $build/$target FILE:"
    find $artifacts -type f -newer "$marker"
    return 1
  fi
  final_stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$log"; }
  field() { grep -oE "$1: [0-9/]+[a-zA-Z]*" <<<"$done_line" | cut -d' ' -f2; }
  local edges
  edges=$(grep -oE '[0-9]+ inline 8-bit counters' "$log" | head -n 1 | cut -d' ' -f1)
  echo "$target passed: $(final_stat number_of_executed_units) runs in ${time}s," \
    "$(final_stat average_exec_per_sec) exec/s, coverage $(field cov) of ${edges} edges" \
    "($(field ft) features), corpus $(field corp)"
}

for target in fuzz_profile fuzz_csv fuzz_json fuzz_requests fuzz_monitor fuzz_ics; do mkdir -p $build/$target-corpus $build/$target-artifacts; done
cp tests/fuzz/corpus/profile/* $build/fuzz_profile-corpus/
node tests/fuzz/preset_seeds.mjs presets $build/fuzz_profile-corpus
cp tests/fuzz/corpus/csv/* $build/fuzz_csv-corpus/
cp tests/fuzz/corpus/json/* $build/fuzz_json-corpus/
cp tests/fuzz/corpus/requests/* $build/fuzz_requests-corpus/
cp tests/fixtures/monitors/* $build/fuzz_monitor-corpus/
cp tests/fixtures/calendars/*.ics $build/fuzz_ics-corpus/

profile_time=$((seconds * 3 / 10)) csv_time=$((seconds / 5)) json_time=$((seconds / 10)) monitor_time=$((seconds / 10))
ics_time=$((seconds / 10))
fuzz fuzz_profile "$profile_time" -dict=tests/fuzz/profile.dict -max_len=16384
fuzz fuzz_csv "$csv_time" -max_len=4096
fuzz fuzz_json "$json_time" -max_len=4096
fuzz fuzz_requests $((seconds - profile_time - csv_time - json_time - monitor_time - ics_time)) -dict=tests/fuzz/profile.dict -max_len=8192
fuzz fuzz_monitor "$monitor_time" -max_len=8192
fuzz fuzz_ics "$ics_time" -max_len=4096
