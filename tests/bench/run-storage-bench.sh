#!/usr/bin/env bash
# The storage benchmarks of docs/performance.md, side by side with the sqlite3
# shell on the same data in one run. Expects BENCH_BIN, STORAGE_BENCH_BIN and
# CLI_BIN (the bench target sets them). BENCH_DIR chooses the scratch folder
# (it needs about 3 GB); BENCH_BIG sets the size of the search test.
set -euo pipefail
# Every database command signs in; the benchmark's manager account.
export CLINIC_INTAKE_NEW_PASSWORD=bench-password CLINIC_INTAKE_PASSWORD=bench-password
: "${BENCH_BIN:?}" "${STORAGE_BENCH_BIN:?}" "${CLI_BIN:?}"
big=${BENCH_BIG:-1000000}
work=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/clinic-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds() { # seconds a command takes, as a number
  local start end
  start=$EPOCHREALTIME
  "$@"
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}' >"$work/last-time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "== import of 100,000 intakes vs sqlite3 .import of the same rows"
"$BENCH_BIN" generate 100000 "$work/intakes.jsonl"
"$CLI_BIN" --db "$work/clinic.sqlite" init --manager bench >/dev/null
seconds "$CLI_BIN" --db "$work/clinic.sqlite" --user bench import "$work/intakes.jsonl" >/dev/null
ours=$(cat "$work/last-time")
# The same rows, as stored (client, list columns, record and suggestion JSON), as CSV.
sqlite3 -csv "$work/clinic.sqlite" "SELECT c.name, c.date_of_birth, c.phone, c.email,
  i.visit_date, i.status, i.approach, i.urgency, i.refer_out, v.record_json, s.result_json,
  s.rules_version, s.rules_sha256, i.created_at, i.created_by FROM intakes i
  JOIN clients c ON c.id = i.client_id JOIN intake_versions v ON v.intake_id = i.id
  JOIN suggestions s ON s.intake_version_id = v.id" >"$work/rows.csv"
sqlite3 "$work/flat.sqlite" "CREATE TABLE intakes_flat (name TEXT, date_of_birth TEXT,
  phone TEXT, email TEXT, visit_date TEXT, status TEXT, approach TEXT, urgency TEXT,
  refer_out INTEGER, record_json TEXT, result_json TEXT, rules_version TEXT,
  rules_sha256 TEXT, created_at TEXT, created_by TEXT)"
seconds sqlite3 "$work/flat.sqlite" ".import --csv $work/rows.csv intakes_flat"
theirs=$(cat "$work/last-time")
echo "clinic-intake-cli import: $ours s; sqlite3 .import: $theirs s; ratio $(ratio "$ours" "$theirs") (target <= 3)"
echo "rows: $(sqlite3 "$work/flat.sqlite" 'SELECT count(*) FROM intakes_flat'), CSV $(du -m "$work/rows.csv" | cut -f1) MB"

echo "== CSV export of 100,000 records vs sqlite3 -csv with the same SELECT"
"$STORAGE_BENCH_BIN" export-query >"$work/export.sql"
# One untimed pass each first, so that both read a warm page cache.
"$CLI_BIN" --db "$work/clinic.sqlite" --user bench export -o "$work/ours.csv" >/dev/null
sqlite3 -csv -header "$work/clinic.sqlite" <"$work/export.sql" >"$work/theirs.csv"
seconds "$CLI_BIN" --db "$work/clinic.sqlite" --user bench export -o "$work/ours.csv" >/dev/null
ours=$(cat "$work/last-time")
seconds sh -c "sqlite3 -csv -header '$work/clinic.sqlite' <'$work/export.sql' >'$work/theirs.csv'"
theirs=$(cat "$work/last-time")
echo "clinic-intake-cli export: $ours s; sqlite3 -csv: $theirs s; ratio $(ratio "$ours" "$theirs") (target <= 1.5)"
echo "lines: ours $(wc -l <"$work/ours.csv"), sqlite3 $(wc -l <"$work/theirs.csv")"

echo "== a single add with synchronous=FULL, on the 100,000-record database"
"$STORAGE_BENCH_BIN" add-latency "$work/clinic.sqlite" 200

echo "== list --search at $big records"
"$BENCH_BIN" generate "$big" "$work/big.jsonl"
"$CLI_BIN" --db "$work/big.sqlite" init --manager bench >/dev/null
seconds "$CLI_BIN" --db "$work/big.sqlite" --user bench import "$work/big.jsonl" >/dev/null
echo "import of $big intakes: $(cat "$work/last-time") s, database $(du -m "$work/big.sqlite" | cut -f1) MB"
rm -f "$work/big.jsonl"
"$STORAGE_BENCH_BIN" search "$work/big.sqlite" "garcia" "zoe nunez" "o'brien" "ana g" "müller" "zzz"
for words in garcia "ana g"; do
  seconds "$CLI_BIN" --db "$work/big.sqlite" --user bench list --search "$words" >/dev/null
  echo "whole process: clinic-intake-cli list --search \"$words\": $(cat "$work/last-time") s"
done
