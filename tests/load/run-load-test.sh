#!/usr/bin/env bash
# The load test of issue 13 (docs/performance.md, "Workstations at once"):
# sets a clinic up, runs clinic-intake-load on it and leaves nothing behind.
#
#   run-load-test.sh server   a cluster of its own (tests/postgres/cluster.sh),
#                             the workstations on loopback TCP with TLS
#                             (verify-full), the server restarted mid-way
#   run-load-test.sh sqlite   one SQLite file, the workstations on this computer;
#                             another program holds its write lock for 11 s
#
# Expects LOAD_BIN (clinic-intake-load) and CLI_BIN (clinic-intake-cli).
# LOAD_WORKERS (8; sqlite 3), LOAD_SECONDS (60), LOAD_IMPORT (intakes imported
# first, 0), LOAD_THINK_MS (20), LOAD_DURABLE=1 (the cluster with fsync on),
# LOAD_DIR (the scratch folder's parent). LOAD_CI=1 follows the test suite's
# rule for the server: without the shared test cluster's variables the test
# is skipped (77), or fails when CLINIC_TEST_PG_REQUIRED=1. Its exit status
# is the driver's: 0 when no acknowledged write is lost or duplicated, the
# audit chain is intact and `check` is clean.
set -euo pipefail
: "${LOAD_BIN:?}" "${CLI_BIN:?}"
backend=${1:?usage: run-load-test.sh server|sqlite}
here=$(cd "$(dirname "$0")" && pwd)
seconds=${LOAD_SECONDS:-60}
manager_password=load-manager-password
export CLINIC_INTAKE_NEW_PASSWORD=$manager_password CLINIC_INTAKE_PASSWORD=$manager_password

if [ "$backend" = server ] && [ "${LOAD_CI:-0}" = 1 ] && [ -z "${CLINIC_TEST_PG_SOCKET:-}" ]; then
  if [ "${CLINIC_TEST_PG_REQUIRED:-0}" = 1 ]; then
    echo "FAIL: CLINIC_TEST_PG_REQUIRED=1 but no test cluster is set up (tests/postgres/cluster.sh)" >&2
    exit 1
  fi
  echo "skipped: no PostgreSQL test cluster (tests/postgres/cluster.sh start DIR; source DIR/env)"
  exit 77
fi

work=$(mktemp -d "${LOAD_DIR:-${TMPDIR:-/tmp}}/clinic-load.XXXXXX")
chmod 755 "$work" # the cluster may run as the postgres user
cluster="$work/cluster"
cleanup() {
  if [ -d "$cluster" ]; then
    bash "$here/../postgres/cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/logs"

run() {
  "$LOAD_BIN" --manager loadmgr --out "$work/logs" --seconds "$seconds" \
    --think-ms "${LOAD_THINK_MS:-20}" --import "${LOAD_IMPORT:-0}" "$@"
}

case "$backend" in
sqlite)
  "$CLI_BIN" --db "$work/clinic.sqlite" init --manager loadmgr >/dev/null
  # Another program holds the write lock for longer than the busy timeout
  # (10 s) a quarter of the way in: the writers are told it is busy.
  run --db "$work/clinic.sqlite" --workers "${LOAD_WORKERS:-3}" \
    --lock-at "$(awk -v s="$seconds" 'BEGIN {print s / 4}')"
  ;;
server)
  # Only this script's variables count (as in cluster.sh).
  for variable in $(compgen -e | grep '^PG[A-Z]'); do unset "$variable"; done
  mkdir "$cluster"
  if [ "${LOAD_DURABLE:-0}" = 1 ]; then export CLINIC_PG_CLUSTER_DURABLE=1; fi
  bash "$here/../postgres/cluster.sh" start "$cluster" >"$work/cluster.log"
  # shellcheck disable=SC1091 # written by cluster.sh start
  source "$cluster/env"
  "${PG_BIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -h "$CLINIC_TEST_PG_SOCKET" -p "$CLINIC_TEST_PG_PORT" \
    -U "$CLINIC_TEST_PG_ADMIN" -d postgres \
    -c "CREATE ROLE load_owner LOGIN PASSWORD 'owner-password'" \
    -c "CREATE ROLE load_app LOGIN PASSWORD 'app-password'" \
    -c "CREATE DATABASE clinic OWNER load_owner"
  uri() { # ROLE
    echo "postgresql://$1@localhost:$CLINIC_TEST_PG_PORT/clinic?sslmode=verify-full&sslrootcert=$CLINIC_TEST_PG_CA"
  }
  PGPASSWORD=owner-password "$CLI_BIN" --db "$(uri load_owner)" init --manager loadmgr \
    --grant load_app >/dev/null
  export PGPASSWORD=app-password
  run --db "$(uri load_app)" --workers "${LOAD_WORKERS:-8}" \
    --restart-at "$(awk -v s="$seconds" 'BEGIN {print s / 2}')" --cluster "$cluster"
  ;;
*)
  echo "usage: run-load-test.sh server|sqlite" >&2
  exit 2
  ;;
esac
