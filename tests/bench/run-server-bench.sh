#!/usr/bin/env bash
# The PostgreSQL server's benchmarks of docs/performance.md ("Server"), side
# by side with psql on the same data in one run. Starts a throwaway cluster
# with PostgreSQL's durable defaults (fsync on), a database set up as
# docs/server.md sets one up (an owner and the program's own role), and
# talks to it over loopback TCP with TLS (verify-full), as a workstation
# would. Expects BENCH_BIN, STORAGE_BENCH_BIN and CLI_BIN (the bench-server
# target sets them); BENCH_DIR chooses the scratch folder (about 6 GB for
# the default BENCH_BIG of 1,000,000 records).
set -euo pipefail
export CLINIC_INTAKE_NEW_PASSWORD=bench-password CLINIC_INTAKE_PASSWORD=bench-password
: "${BENCH_BIN:?}" "${STORAGE_BENCH_BIN:?}" "${CLI_BIN:?}"
big=${BENCH_BIG:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/clinic-server-bench.XXXXXX")
chmod 755 "$work" # the cluster may run as the postgres user
cluster="$work/cluster"
mkdir "$cluster"
stop() {
  bash "$here/../postgres/cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
CLINIC_PG_CLUSTER_DURABLE=1 bash "$here/../postgres/cluster.sh" start "$cluster" >"$work/cluster.log"
# shellcheck disable=SC1091
source "$cluster/env"
admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$CLINIC_TEST_PG_SOCKET" -p "$CLINIC_TEST_PG_PORT" -U "$CLINIC_TEST_PG_ADMIN" "$@"; }

seconds() {
  local start end
  start=$EPOCHREALTIME
  "$@"
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}' >"$work/last-time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# A database like docs/server.md's: its owner makes the schema, the program
# connects as clinic_app over TLS with the server's name checked.
new_database() { # NAME
  admin -d postgres -c "CREATE DATABASE $1 OWNER bench_owner"
  PGPASSWORD=owner-password "$CLI_BIN" --db "$(uri bench_owner "$1")" init --manager bench \
    --grant bench_app >/dev/null
}
uri() { # ROLE DATABASE
  echo "postgresql://$1@localhost:$CLINIC_TEST_PG_PORT/$2?sslmode=verify-full&sslrootcert=$CLINIC_TEST_PG_CA"
}
admin -d postgres -c "CREATE ROLE bench_owner LOGIN PASSWORD 'owner-password'" \
  -c "CREATE ROLE bench_app LOGIN PASSWORD 'app-password'"
export PGPASSWORD=app-password
psql_app() { # DATABASE, then psql's arguments
  local database=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 "$(uri bench_app "$database")" "$@"
}

echo "== import of 100,000 intakes vs psql \\copy of the same rows (loopback TCP, TLS)"
"$BENCH_BIN" generate 100000 "$work/intakes.jsonl"
new_database clinic
seconds "$CLI_BIN" --db "$(uri bench_app clinic)" --user bench import "$work/intakes.jsonl" >/dev/null
ours=$(cat "$work/last-time")
# The same rows as stored (client, list columns, the record's and the
# suggestion's JSON, rules version and hash), into a table with those
# columns and no index, in the same database, by the same role.
psql_app clinic -c "\\copy (SELECT c.name, c.date_of_birth, c.phone, c.email, i.visit_date,
  i.status, i.approach, i.urgency, i.refer_out, v.record_json, s.result_json, s.rules_version,
  s.rules_sha256, i.created_at, i.created_by FROM intakes i JOIN clients c ON c.id = i.client_id
  JOIN intake_versions v ON v.intake_id = i.id JOIN suggestions s ON s.intake_version_id = v.id)
  TO '$work/rows.csv' CSV"
admin -d clinic -c "CREATE TABLE intakes_flat (name TEXT, date_of_birth TEXT, phone TEXT,
  email TEXT, visit_date TEXT, status TEXT, approach TEXT, urgency TEXT, refer_out INTEGER,
  record_json TEXT, result_json TEXT, rules_version TEXT, rules_sha256 TEXT, created_at TEXT,
  created_by TEXT)" -c "GRANT INSERT, SELECT ON intakes_flat TO bench_app"
seconds psql_app clinic -c "\\copy intakes_flat FROM '$work/rows.csv' CSV"
theirs=$(cat "$work/last-time")
echo "clinic-intake-cli import: $ours s; psql \\copy: $theirs s; ratio $(ratio "$ours" "$theirs") (target <= 2)"
echo "rows: $(psql_app clinic -tAc 'SELECT count(*) FROM intakes_flat'), CSV $(du -m "$work/rows.csv" | cut -f1) MB"

echo "== a single add on the server over loopback TCP (TLS), on the 100,000-record database"
"$STORAGE_BENCH_BIN" add-latency "$(uri bench_app clinic)" 200

if [ "$big" -le 0 ]; then
  exit 0 # BENCH_BIG=0: the import and the add only
fi
echo "== list --search at $big records on the server"
"$BENCH_BIN" generate "$big" "$work/big.jsonl"
new_database big
seconds "$CLI_BIN" --db "$(uri bench_app big)" --user bench import "$work/big.jsonl" >/dev/null
echo "import of $big intakes: $(cat "$work/last-time") s"
rm -f "$work/big.jsonl"
admin -d big -c "VACUUM ANALYZE"
"$STORAGE_BENCH_BIN" search "$(uri bench_app big)" "garcia" "zoe nunez" "o'brien" "ana g" "müller" "zzz"
for words in garcia "ana g"; do
  seconds "$CLI_BIN" --db "$(uri bench_app big)" --user bench list --search "$words" >/dev/null
  echo "whole process: clinic-intake-cli list --search \"$words\": $(cat "$work/last-time") s"
done
