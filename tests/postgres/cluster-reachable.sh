#!/usr/bin/env bash
# The ctest "postgres: the test cluster is reachable when required".
# With CLINIC_TEST_PG_SOCKET and the other variables of DIR/env (see
# cluster.sh) the cluster must answer: as the admin on the socket, and as the
# admin with the password over TLS to 127.0.0.1 with verify-full against the
# run's CA (and not against the unrelated CA). Without them the test passes
# saying it skipped, unless CLINIC_TEST_PG_REQUIRED=1: then a missing cluster
# fails, so a CI run whose server tests would all skip fails here.
set -uo pipefail

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

if [ -z "${CLINIC_TEST_PG_SOCKET:-}" ]; then
  if [ "${CLINIC_TEST_PG_REQUIRED:-0}" = 1 ]; then
    fail "CLINIC_TEST_PG_REQUIRED=1 but there is no test cluster (CLINIC_TEST_PG_SOCKET is not set): start one with tests/postgres/cluster.sh start DIR and source DIR/env"
  fi
  echo "skipped: no test cluster (CLINIC_TEST_PG_SOCKET is not set); the PostgreSQL tests run only with tests/postgres/cluster.sh start DIR and DIR/env sourced, as .ci/test.sh does"
  exit 0
fi

for name in CLINIC_TEST_PG_PORT CLINIC_TEST_PG_ADMIN CLINIC_TEST_PG_ADMIN_PASSWORD CLINIC_TEST_PG_CA CLINIC_TEST_PG_OTHER_CA; do
  [ -n "${!name:-}" ] || fail "CLINIC_TEST_PG_SOCKET is set but $name is not (source the cluster's DIR/env)"
done
for name in CLINIC_TEST_PG_CA CLINIC_TEST_PG_OTHER_CA; do
  [ -r "${!name}" ] || fail "$name=${!name} is not a readable file"
done

psql=${PG_BIN:-/usr/lib/postgresql/15/bin}/psql
[ -x "$psql" ] || psql=$(command -v psql) || fail "psql is missing (apt-get install postgresql-client-15)"

# Only what is written here counts: no ~/.pgpass, no PG* settings from outside.
for variable in $(compgen -e | grep '^PG[A-Z]'); do unset "$variable"; done
export PGPASSFILE=$CLINIC_TEST_PG_SOCKET/no-such-pgpass PGCONNECT_TIMEOUT=10

# Runs a query; prints its one value.
query() {
  local conninfo=$1 sql=$2
  "$psql" -X -q -At -v ON_ERROR_STOP=1 -d "$conninfo" -c "$sql"
}

socket="host=$CLINIC_TEST_PG_SOCKET port=$CLINIC_TEST_PG_PORT user=$CLINIC_TEST_PG_ADMIN dbname=postgres"
answer=$(query "$socket" "select current_user || ' ' || current_setting('server_version_num')") ||
  fail "the admin cannot connect on the socket ($socket)"
read -r user version <<<"$answer"
[ "$user" = "$CLINIC_TEST_PG_ADMIN" ] || fail "on the socket: connected as '$user', not $CLINIC_TEST_PG_ADMIN"
[ "${version:0:2}" = 15 ] || fail "on the socket: server version $version, not PostgreSQL 15"
echo "ok: $CLINIC_TEST_PG_ADMIN on the socket in $CLINIC_TEST_PG_SOCKET (server $version)"

tls="host=127.0.0.1 port=$CLINIC_TEST_PG_PORT user=$CLINIC_TEST_PG_ADMIN dbname=postgres sslmode=verify-full"
answer=$(PGPASSWORD=$CLINIC_TEST_PG_ADMIN_PASSWORD query "$tls sslrootcert=$CLINIC_TEST_PG_CA" \
  "select ssl from pg_stat_ssl where pid = pg_backend_pid()") ||
  fail "the admin cannot connect with the password over TLS ($tls sslrootcert=$CLINIC_TEST_PG_CA)"
[ "$answer" = t ] || fail "over TCP: the connection is not encrypted"
echo "ok: $CLINIC_TEST_PG_ADMIN with the password over TLS to 127.0.0.1:$CLINIC_TEST_PG_PORT, verify-full against $CLINIC_TEST_PG_CA"

if PGPASSWORD=$CLINIC_TEST_PG_ADMIN_PASSWORD query "$tls sslrootcert=$CLINIC_TEST_PG_OTHER_CA" "select 1" >/dev/null 2>&1; then
  fail "verify-full accepted the server against CLINIC_TEST_PG_OTHER_CA, which must be an unrelated CA"
fi
echo "ok: verify-full refuses the server against the unrelated CA $CLINIC_TEST_PG_OTHER_CA"
