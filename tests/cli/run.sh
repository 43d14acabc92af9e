#!/usr/bin/env bash
# CLI contract: result JSON on stdout (exit 0), error JSON on stderr (exit 1),
# usage errors exit 2; the request comes from the argument or stdin.
set -u
cli=${1:?usage: run.sh PATH_TO_SLACALC}
passed=0 failed=0
check() {  # name, condition...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
contains() { [[ $1 == *"$2"* ]]; }

out=$("$cli" budget '{"target":"99.9","period":"week"}'); status=$?
check "argument request succeeds" test "$status" -eq 0
check "week budget is 604.8 s" contains "$out" '"downtime":{"exact":"604.8","human":"10m 4.8s","seconds":604.8}'

out=$(echo '{"target":"99,6","period":"month","monthBasis":"750h"}' | "$cli" budget); status=$?
check "stdin request succeeds" test "$status" -eq 0
check "750 h basis gives 3 h" contains "$out" '"human":"3h"'

pretty=$("$cli" --pretty budget '{"target":"99.9","period":"week"}')
check "--pretty indents" contains "$pretty" $'\n  "direction": "target-to-downtime"'

err=$("$cli" budget '{"target":"abc","period":"week"}' 2>&1 >/dev/null); status=$?
check "bad target exits 1" test "$status" -eq 1
check "bad target error JSON" contains "$err" '"code":"invalid_number"'
check "bad target error path" contains "$err" '"path":"/target"'

out=$("$cli" budget '{"target":"101","period":"week"}' 2>/dev/null); status=$?
check "error writes nothing to stdout" test -z "$out"
check "out-of-range exits 1" test "$status" -eq 1

err=$(echo '{bad' | "$cli" budget 2>&1); status=$?
check "invalid JSON exits 1" test "$status" -eq 1
check "invalid JSON code" contains "$err" '"code":"invalid_json"'

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$("$cli" validateProfile < "$root/presets/arena.json"); status=$?
check "a preset file validates from stdin" contains "$out" '"valid":true'
out=$(echo '{"format": ' | "$cli" --lang nl validateProfile)
check "--lang words a document's problems" contains "$out" 'het document: geen geldige JSON (regel 2, kolom 1)'
"$cli" --lang fr budget '{}' 2>/dev/null; status=$?
check "an unknown --lang is a usage error" test "$status" -eq 2
out=$(sed 's/"currency": "USD"/"currency": "usd"/' "$root/presets/arena.json" | "$cli" validateProfile); status=$?
check "validation problems are a result (exit 0)" test "$status" -eq 0
check "the bad currency is reported with its path" contains "$out" '"path":"/currency"'
out=$("$cli" compare '{"columns":[{"profile":"flying-circus","tier":"managed-4"},{"profile":"arena","tier":"plm-service"}]}')
check "compare shows the contract's stated maximum (§9.2)" contains "$out" "\"3h — Stated in the contract (0.4 % of 750 h)"

# Without a request: profiles and zones ask for everything ({}) — from an
# empty pipe, and at a terminal without waiting on it; any other function at a
# terminal shows its help (a usage error).
out=$("$cli" profiles </dev/null); status=$?
check "profiles without a request succeeds" test "$status" -eq 0
check "profiles without a request answers as profiles {}" test "$out" = "$("$cli" profiles '{}')"
check "profiles without a request lists the presets" contains "$out" '"id":"flying-circus"'
out=$("$cli" zones </dev/null)
check "zones without a request lists the zones" contains "$out" '"name":"Europe/Berlin"'
out=$(echo '{"zone":"Europe/Copenhagen","from":2026,"to":2026}' | "$cli" zones)
check "zones still reads a request from stdin" contains "$out" '"transitions":'
if script -qec true /dev/null </dev/null >/dev/null 2>&1; then
  # script(1) runs the command with a terminal as its stdin; the terminal stays
  # open, so a CLI reading it would wait until the timeout ends it (124).
  at_terminal() { timeout 20 script -qec "$(printf '%q' "$cli") $1" /dev/null < <(sleep 30 </dev/null 2>/dev/null); }
  out=$(at_terminal profiles); status=$?
  check "profiles at a terminal answers without waiting" test "$status" -eq 0
  check "profiles at a terminal lists the presets" contains "$out" '"id":"flying-circus"'
  out=$(at_terminal zones); status=$?
  check "zones at a terminal answers without waiting" test "$status" -eq 0
  out=$(at_terminal credit); status=$?
  check "credit at a terminal without a request exits 2" test "$status" -eq 2
  check "credit at a terminal shows its help" contains "$out" "claimDeadline"
else
  echo "SKIP: no script(1) (util-linux) to give the CLI a terminal"
fi

# help: the functions in a line each; help FUNCTION: its section of docs/api.md.
out=$("$cli" help); status=$?
check "help exits 0" test "$status" -eq 0
functions=$("$cli" --help | sed -n 's/^  FUNCTION: //p' | tr -d ,)
check "--help names the functions" test "$(wc -w <<<"$functions")" -ge 16
missing=""; for f in $functions; do [[ $out == *$'\n'"  $f "* ]] || missing+=" $f"; done
check "help lists every function:$missing" test -z "$missing"
check "help gives the options" contains "$out" "--lang"
# The fields docs/api.md's credit section names (`fee`, `asOf`, …) are in
# `help credit`, with their backticks and links gone.
fields=$(awk '/^## /{on = ($0 == "## `credit`")} on' "$root/docs/api.md" | grep -o '`[A-Za-z]*`' | tr -d '`' | sort -u)
check "docs/api.md's credit section names its fields" test "$(wc -w <<<"$fields")" -ge 10
out=$("$cli" help credit); status=$?
check "help credit exits 0" test "$status" -eq 0
missing=""; for f in $fields; do contains "$out" "$f" || missing+=" $f"; done
check "help credit shows every field docs/api.md's credit section names:$missing" test -z "$missing"
check "help credit: no backticks" test "${out//\`/}" = "$out"
check "help credit: not the next section" test "${out/parseOutages/}" = "$out"
check "help budget: its table aligned" grep -Eq '^monthBasis +calendar \(default' <<<"$("$cli" help budget)"
err=$("$cli" help nosuch 2>&1 >/dev/null); status=$?
check "help nosuch exits 2" test "$status" -eq 2
check "help nosuch names the functions" contains "$err" "budget, nines"
"$cli" help view >/dev/null 2>&1; check "help of a heading that is no function exits 2" test $? -eq 2
check "--help mentions help [FUNCTION]" contains "$("$cli" --help)" "slacalc help [FUNCTION]"

"$cli" >/dev/null 2>&1; check "no function exits 2" test $? -eq 2
"$cli" budget '{}' extra >/dev/null 2>&1; check "extra argument exits 2" test $? -eq 2
err=$("$cli" frobnicate '{}' 2>&1); status=$?
check "unknown function exits 1" test "$status" -eq 1
check "unknown function code" contains "$err" '"code":"unknown_function"'
out=$(printf 'budget\t{"target":"99.9","period":"week"}\nfrobnicate\t{}\n' | "$cli" --lines); status=$?
check "--lines answers each line" test "$(printf '%s\n' "$out" | wc -l)" -eq 2
check "--lines: a result line" contains "$out" '{"body":"{\"availability\":'
check "--lines: an error line" contains "$out" '"ok":false}'
printf 'no tab here\n' | "$cli" --lines >/dev/null 2>&1; check "--lines: a line without a tab exits 2" test $? -eq 2
out=$("$cli" --help); check "--help lists functions" contains "$out" "budget, nines"
check "--help says the exit codes" contains "$out" "Exit status: 0 a result"

# --outages: a file of any size; a path that is not a readable file says why.
tmp=$(mktemp -d)
printf 'start;end\n2026-03-29 01:30;2026-03-29 04:00\n' > "$tmp/outages.csv"
measure='{"profile":"wp-heaven","tier":"standard","from":"2026-03","to":"2026-03"}'
out=$("$cli" --outages "$tmp/outages.csv" measure "$measure"); status=$?
check "--outages file measured" test "$status" -eq 0
# 01:30–04:00 CET on the night the clocks go forward: 1 h 30 min.
check "--outages: the night's 1h 30m" contains "$out" '"downtime":{"exact":"5400"'
err=$("$cli" --outages "$tmp" measure "$measure" 2>&1 >/dev/null); status=$?
check "--outages a folder exits 1" test "$status" -eq 1
check "--outages a folder: io_error" contains "$err" '"code":"io_error"'
check "--outages a folder says so" contains "$err" "cannot read $tmp: it is a folder, not a file"
err=$("$cli" --lang de --outages "$tmp" measure "$measure" 2>&1 >/dev/null)
check "--outages a folder, in German" contains "$err" "kann nicht gelesen werden: es ist ein Ordner, keine Datei"
err=$("$cli" --outages "$tmp/missing.csv" measure "$measure" 2>&1 >/dev/null); status=$?
check "--outages a missing file exits 1" test "$status" -eq 1
check "--outages a missing file says so" contains "$err" "cannot read $tmp/missing.csv: there is no such file"
# --date-order: 03/04/2026 is 3 April read day-month, 4 March read month-day;
# 10:00–10:30 either way, and only the month asked for counts.
printf 'start;end\n03/04/2026 10:00;03/04/2026 10:30\n' > "$tmp/slashed.csv"
april='{"profile":"wp-heaven","tier":"standard","from":"2026-04","to":"2026-04"}'
err=$("$cli" --outages "$tmp/slashed.csv" measure "$april" 2>&1 >/dev/null); status=$?
check "slashed dates without --date-order exit 1" test "$status" -eq 1
check "slashed dates without --date-order: ambiguous" contains "$err" '"code":"ambiguous_date_order"'
out=$("$cli" --outages "$tmp/slashed.csv" --date-order day-month measure "$april")
check "--date-order day-month: 30 min in April" contains "$out" '"downtime":{"exact":"1800"'
out=$("$cli" --outages "$tmp/slashed.csv" --date-order month-day measure "$april")
check "--date-order month-day: nothing in April" contains "$out" '"downtime":{"exact":"0"'
err=$("$cli" --outages "$tmp/slashed.csv" --date-order sideways measure "$april" 2>&1 >/dev/null)
check "--date-order sideways: its path" contains "$err" '"path":"/dateOrder"'
"$cli" --date-order day-month measure "$april" >/dev/null 2>&1; status=$?
check "--date-order without --outages is a usage error" test "$status" -eq 2

# --outages takes a monitor's export (docs/importing.md) with its options.
monitors="$root/tests/fixtures/monitors"
march='{"profile":"arena","tier":"plm-service","from":"2026-03","to":"2026-03"}'
out=$("$cli" --outages "$monitors/uptimerobot-logs.csv" --zone Europe/Berlin --monitor shop measure "$march")
# shop in March: 12 min, a 0-minute row ended 35 s later by its Up row, 20 min over the DST night.
check "--outages UptimeRobot, shop: 12m + 35s + 20m" contains "$out" '"downtime":{"exact":"1955"'
check "--outages UptimeRobot: the format said" contains "$out" '"text":"Read as an UptimeRobot log export."'
err=$("$cli" --outages "$monitors/betterstack-incidents.json" measure "$march" 2>&1 >/dev/null); status=$?
check "--outages Better Stack unresolved: exits 1" test "$status" -eq 1
check "--outages Better Stack unresolved: asks --ongoing-until" contains "$err" '"path":"/ongoingUntil"'
out=$("$cli" --outages "$monitors/betterstack-incidents.json" --ongoing-until 2026-03-05T00:00:00Z measure "$march")
check "--ongoing-until ends it" contains "$out" '"text":"Read as Better Stack incidents."'
err=$("$cli" --outages "$monitors/unknown-nagios.log" measure "$march" 2>&1 >/dev/null)
check "--outages of no known format names the formats" contains "$err" '"code":"unknown_format"'
# compare replays the file on every tier: WP Heaven's March (743 h: summer time from the 29th) with the
# Prometheus export's 8 minutes down (3 + 5, the two instances as one service) is 1 − 8/44580.
two='{"columns":[{"profile":"arena","tier":"plm-service"},{"profile":"wp-heaven","tier":"standard"}],"from":"2026-03","to":"2026-03"}'
out=$("$cli" --outages "$monitors/prometheus-up.json" compare "$two")
check "--outages compare: the replay row" contains "$out" '"id":"replay"'
check "--outages compare: WP Heaven's March" contains "$out" 'March 2026: 99.982054… %'
"$cli" --monitor shop measure "$march" >/dev/null 2>&1; status=$?
check "--monitor without --outages is a usage error" test "$status" -eq 2

# --closed-days: a provider's .ics (tests/fixtures/calendars/README.md) joins a deadline's closed days.
calendars="$(dirname "$0")/../fixtures/calendars"
window='{"window":{"weekly":{"mon-fri":["09:00-17:00"]},"holidaysClosed":true},"timeZone":"Europe/Berlin","holidays":"DE-ST","workingDays":2,"reported":"2026-12-23T10:00"}'
out=$("$cli" deadline "$window")
# Without the file: Thursday 24 December is 1 working day, Monday 28 (after Christmas) the 2nd.
check "2 working days from 23 Dec 2026 10:00 (DE-ST): Monday 28th" contains "$out" '"local":"2026-12-28T10:00:00+01:00"'
out=$("$cli" --closed-days "$calendars/provider-closed-days.ics" deadline "$window")
# With it: the 24th and 28th-31st closed, the 25th and 1 January holidays: Monday 4th and Tuesday 5 January 2027.
check "--closed-days: the provider's days skipped, due Tuesday 5 January 2027" contains "$out" '"local":"2027-01-05T10:00:00+01:00"'
check "--closed-days: its days listed as closed" contains "$out" '{"date":"2026-12-31","name":"custom closed day"}'
out=$("$cli" --closed-days "$calendars/provider-closed-days.ics" --closed-days-years 2027 deadline "$window")
check "--closed-days-years 2027: 2026's days not read" contains "$out" '"local":"2026-12-28T10:00:00+01:00"'
err=$("$cli" --closed-days "$calendars/timed-event.ics" deadline "$window" 2>&1 >/dev/null); status=$?
check "--closed-days with a timed event exits 1" test "$status" -eq 1
check "--closed-days: the timed event's line" contains "$err" '"line":11'
check "--closed-days: the file named" contains "$err" 'timed-event.ics: line 11: the event'
err=$("$cli" --closed-days "$calendars/weekly-rule.ics" deadline "$window" 2>&1 >/dev/null)
check "--closed-days: a weekly rule refused at its line" contains "$err" '"code":"unsupported_rule"'
"$cli" --closed-days-years 2026 deadline "$window" >/dev/null 2>&1; status=$?
check "--closed-days-years without --closed-days is a usage error" test "$status" -eq 2

# batch: NDJSON in, a line out for each line in, in order; a failing line yields its error and the rest go on.
{
  echo '{"fn":"budget","request":{"target":"99.9","period":"week"}}'
  echo 'not json'
  echo '{"fn":"nope","request":{}}'
  printf '{"fn":"budget","request":{"target":"99.99","period":"week"}}\r\n'
} > "$tmp/batch.ndjson"
out=$("$cli" batch "$tmp/batch.ndjson"); status=$?
check "batch exits 0 with failing lines" test "$status" -eq 0
check "batch: a line out for each line in" test "$(wc -l <<<"$out")" -eq 4
check "batch: line 1 the week's 604.8 s" contains "$(sed -n 1p <<<"$out")" '{"ok":true,"result":{'
check "batch: line 1 the week's 604.8 s" contains "$(sed -n 1p <<<"$out")" '"exact":"604.8"'
check "batch: line 2 not JSON" contains "$(sed -n 2p <<<"$out")" '{"ok":false,"error":{"code":"invalid_json"'
check "batch: line 3 no such function" contains "$(sed -n 3p <<<"$out")" '"code":"unknown_function"'
check "batch: line 4 after the errors, its CR dropped" contains "$(sed -n 4p <<<"$out")" '"exact":"60.48"'
check "batch from stdin: the same" test "$("$cli" batch < "$tmp/batch.ndjson")" = "$out"
"$cli" batch "$tmp/missing.ndjson" >/dev/null 2>&1; status=$?
check "batch: a missing file exits 1" test "$status" -eq 1
# Spread over two processes with GNU parallel (docs/batch.md): the same bytes in the same order.
if command -v parallel >/dev/null; then
  for i in $(seq 1 50); do
    echo "{\"fn\":\"budget\",\"request\":{\"target\":\"99.$i\",\"period\":\"day\"}}"
    echo '{"fn":"budget","request":{"target":"x"}}'
  done > "$tmp/many.ndjson"
  one=$("$cli" batch "$tmp/many.ndjson")
  two=$(parallel --will-cite --pipe --keep-order -j2 -N 7 "$cli" batch < "$tmp/many.ndjson")
  check "batch over two processes (parallel --pipe --keep-order): the same 100 lines" test "$two" = "$one"
  check "batch over two processes: 100 lines" test "$(wc -l <<<"$two")" -eq 100
else
  echo "SKIP batch over two processes: GNU parallel is not installed (scripts/setup.sh --tests installs it)"
fi
rm -rf "$tmp"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
