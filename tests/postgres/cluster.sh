#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (the contract every
# PostgreSQL test relies on):
#
#   tests/postgres/cluster.sh start DIR   # create and start; writes DIR/env
#   tests/postgres/cluster.sh stop DIR    # stop and remove DIR (safe to repeat,
#                                         # and after a failed or running start)
#
# DIR holds everything: the data directory, the Unix socket, the server log
# (DIR/server.log), the run's certificates (DIR/tls) and DIR/env, the shell
# `export` lines a test run sources:
#   CLINIC_TEST_PG_SOCKET          the socket directory (DIR)
#   CLINIC_TEST_PG_PORT            the port: TLS on 127.0.0.1, and the socket's
#   CLINIC_TEST_PG_ADMIN           clinic_admin, a superuser
#   CLINIC_TEST_PG_ADMIN_PASSWORD  its random password (needed over TCP)
#   CLINIC_TEST_PG_CA              DIR/tls/ca.crt, the CA of the server certificate
#   CLINIC_TEST_PG_OTHER_CA        DIR/tls/other-ca.crt, an unrelated CA
# Over TCP only TLS with a password is accepted; on the socket clinic_admin
# needs none and every other role gives its password.
#
# initdb refuses root, so as root the server runs as the `postgres` system
# user (DIR is handed to it); otherwise as the calling user. The cluster
# trades durability for speed (fsync off): nothing in it is worth keeping.
# Set CLINIC_PG_CLUSTER_DURABLE=1 to keep PostgreSQL's defaults, e.g. for
# timings that should include the cost of a commit.
# PG_BIN overrides the PostgreSQL binaries (default /usr/lib/postgresql/15/bin).
set -euo pipefail

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
# Only what this script says counts (PGPORT, PGSSLMODE, PGDATA... from the
# caller's environment would change the server or the checks).
for variable in $(compgen -e | grep '^PG[A-Z]'); do unset "$variable"; done
admin=clinic_admin
marker=.clinic-test-cluster
start_timeout=30

die() {
  echo "cluster.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

# The user the server runs as, and a way to run a command as that user.
server_user() {
  if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$(server_user)" -- "$@"
  else
    "$@"
  fi
}

# The postmaster's pid from DIR/data/postmaster.pid, if that process is still
# this cluster's (its working directory is the data directory).
postmaster_pid() {
  local data=$1 pid
  [ -r "$data/postmaster.pid" ] || return 1
  pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$data" ] || return 1
  echo "$pid"
}

# Every process working in the data directory: the postmaster and its
# children, including ones a killed postmaster left behind.
cluster_pids() {
  local data=$1 entry pid
  for entry in /proc/[0-9]*; do
    pid=${entry#/proc/}
    [ "$(readlink "$entry/cwd" 2>/dev/null)" = "$data" ] && echo "$pid"
  done
  return 0
}

port_in_use() {
  local port=$1
  if command -v ss >/dev/null; then
    [ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ] && return 0
  fi
  # Something answers: taken. (A refused connection says nothing about
  # addresses other than 127.0.0.1, hence ss first.)
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# A port that looks free, below Linux's ephemeral range (32768 and up) so that
# outgoing connections do not take it meanwhile. Another process may still
# bind it first: start retries with another port when the server cannot bind.
pick_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || {
      echo "$port"
      return 0
    }
  done
  die "no free port found between 20000 and 32000"
}

make_certificates() {
  local tls=$1
  mkdir -p "$tls"
  (
    cd "$tls"
    umask 077
    local days=7 ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -days "$days" -keyout ca.key -out ca.crt \
      -subj "/CN=Clinic Intake test CA $$" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
    openssl req -new "${ec[@]}" -keyout server.key -out server.csr -subj /CN=localhost
    printf '%s\n' basicConstraints=CA:FALSE keyUsage=critical,digitalSignature \
      extendedKeyUsage=serverAuth subjectAltName=DNS:localhost,IP:127.0.0.1 >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -days "$days" \
      -set_serial "0x$(openssl rand -hex 8)" -extfile server.ext -out server.crt
    # The unrelated CA: a certificate signed by nobody the server knows.
    openssl req -x509 "${ec[@]}" -days "$days" -keyout other-ca.key -out other-ca.crt \
      -subj "/CN=Some other CA $$" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
    rm -f server.csr server.ext openssl.log
    chmod 644 ca.crt other-ca.crt
  ) 2>"$tls/openssl.log" || {
    cat "$tls/openssl.log" >&2
    die "could not make the test certificates (openssl above)"
  }
}

start() {
  local dir=$1
  command -v openssl >/dev/null || die "openssl is missing (apt-get install openssl)"
  [ -x "$bin/initdb" ] || die "no PostgreSQL 15 in $bin (apt-get install postgresql-15 postgresql-client-15)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres system user (it comes with postgresql-15)"
  fi

  umask 077
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if [ -n "$(ls -A "$dir")" ]; then
    die "$dir is not empty; give a new or empty directory"
  fi
  # The socket path has to fit in sun_path (108 bytes with .s.PGSQL.NNNNN).
  [ ${#dir} -le 90 ] || die "$dir is too long for a Unix socket path; use a shorter one (mktemp -d)"
  # From here on stop may remove DIR, whatever happens below; a stop that
  # comes meanwhile (the caller was killed) waits for this start to end.
  touch "$dir/$marker"
  exec 9<"$dir/$marker"
  flock 9

  local data=$dir/data tls=$dir/tls log=$dir/server.log
  local user password
  user=$(server_user)
  password=$(openssl rand -hex 24)
  make_certificates "$tls"

  # Hand DIR to the server user before initdb; the password goes in a file
  # only that user reads, and is gone once initdb has hashed it.
  printf '%s\n' "$password" >"$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$user:" "$dir"
    runuser -u "$user" -- test -w "$dir" ||
      die "the $user user cannot reach $dir (a parent folder shuts it out); give a folder of its own, e.g. DIR=\$(mktemp -d)"
  fi
  if ! as_server "$bin/initdb" -D "$data" -U "$admin" --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -f "$dir/pwfile"
    die "initdb failed (above)"
  fi
  rm -f "$dir/pwfile" "$dir/initdb.log"

  as_server tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# The test cluster: the admin on the socket without a password, everyone
# else with one, and over TCP only TLS (no plain TCP line at all).
local   all  clinic_admin                 trust
local   all  all                          scram-sha-256
hostssl all  all           127.0.0.1/32   scram-sha-256
EOF
  local durability=""
  if [ "${CLINIC_PG_CLUSTER_DURABLE:-0}" != 1 ]; then
    durability=$'fsync = off\nfull_page_writes = off\nsynchronous_commit = off'
  fi
  as_server tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- tests/postgres/cluster.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
password_encryption = scram-sha-256
$durability
include_if_exists = 'port.conf'
EOF

  local port pid ready step deadline
  for _ in 1 2 3 4 5; do
    port=$(pick_port)
    echo "port = $port" | as_server tee "$data/port.conf" >/dev/null
    rm -f "$log"
    # Its errors go to stderr; whether the server came up, the loop finds out.
    # (The server must not inherit the lock.)
    as_server "$bin/pg_ctl" -D "$data" -l "$log" -W start >/dev/null 9<&- || true
    ready=no
    step=0
    deadline=$((SECONDS + start_timeout))
    while [ "$SECONDS" -lt "$deadline" ]; do
      step=$((step + 1))
      if "$bin/pg_isready" -q -h "$dir" -p "$port" -d postgres -U "$admin" &&
        "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U "$admin"; then
        ready=yes
        break
      fi
      # After 5 s without a postmaster there is nothing left to wait for.
      if [ "$step" -ge 25 ] && ! postmaster_pid "$data" >/dev/null; then
        break
      fi
      sleep 0.2
    done
    [ "$ready" = yes ] && break
    if ! postmaster_pid "$data" >/dev/null && grep -q 'could not bind\|Address already in use' "$log"; then
      echo "cluster.sh: port $port was taken meanwhile; trying another" >&2
      continue
    fi
    break
  done
  if [ "$ready" != yes ]; then
    if pid=$(postmaster_pid "$data"); then
      echo "cluster.sh: the server did not accept connections within ${start_timeout} s; its log ($log):" >&2
      as_server "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || kill -9 "$pid" 2>/dev/null || true
    else
      echo "cluster.sh: the server stopped while starting; its log ($log):" >&2
    fi
    sed 's/^/    /' "$log" >&2 || true
    die "start failed; '$0 stop $dir' removes what is left"
  fi

  # Ready for the admin on the socket and with the password over TLS.
  "$bin/psql" -X -q -h "$dir" -p "$port" -U "$admin" -d postgres -Atc 'select 1' >/dev/null ||
    die "clinic_admin cannot connect on the socket (log: $log)"
  PGPASSWORD=$password "$bin/psql" -X -q -At -d "host=127.0.0.1 port=$port user=$admin dbname=postgres sslmode=verify-full sslrootcert=$tls/ca.crt" \
    -c 'select 1' >/dev/null || die "clinic_admin cannot connect over TLS (log: $log)"

  {
    printf 'export CLINIC_TEST_PG_SOCKET=%q\n' "$dir"
    printf 'export CLINIC_TEST_PG_PORT=%q\n' "$port"
    printf 'export CLINIC_TEST_PG_ADMIN=%q\n' "$admin"
    printf 'export CLINIC_TEST_PG_ADMIN_PASSWORD=%q\n' "$password"
    printf 'export CLINIC_TEST_PG_CA=%q\n' "$tls/ca.crt"
    printf 'export CLINIC_TEST_PG_OTHER_CA=%q\n' "$tls/other-ca.crt"
  } >"$dir/env"
  echo "cluster.sh: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') running as $user on port $port, socket and files in $dir"
}

stop() {
  local dir=$1
  if [ ! -e "$dir" ]; then
    return 0
  fi
  dir=$(cd "$dir" && pwd -P)
  if [ ! -e "$dir/$marker" ]; then
    # Only ever remove what start made.
    rmdir "$dir" 2>/dev/null && return 0
    die "$dir was not made by '$0 start'; not removing it"
  fi
  exec 9<"$dir/$marker"
  flock -w 200 9 || die "a start of $dir is still running after 200 s"
  local data=$dir/data pid
  if [ -d "$data" ]; then
    if pid=$(postmaster_pid "$data"); then
      local owner
      owner=$(stat -c %U "$data")
      if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$owner" -- "$bin/pg_ctl" -D "$data" -m fast -w -t 20 stop >/dev/null 2>&1 || true
      else
        "$bin/pg_ctl" -D "$data" -m fast -w -t 20 stop >/dev/null 2>&1 || true
      fi
    fi
    # Whatever still runs in the data directory (a postmaster that would not
    # stop, or backends of one that was killed) goes now.
    local pids
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      pids=$(cluster_pids "$data")
      [ -z "$pids" ] && break
      # shellcheck disable=SC2086 # one pid per word
      kill -9 $pids 2>/dev/null || true
      sleep 0.2
    done
    [ -z "$(cluster_pids "$data")" ] || die "server processes in $data would not end: $(cluster_pids "$data" | tr '\n' ' ')"
  fi
  rm -rf "$dir"
}

[ $# -eq 2 ] || usage
case $1 in
  start) start "$2" ;;
  stop) stop "$2" ;;
  *) usage ;;
esac
