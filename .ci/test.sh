#!/usr/bin/env bash
# Builds and runs every test: a normal build with warnings as errors, the
# same tests under AddressSanitizer and UndefinedBehaviorSanitizer, then each
# libFuzzer target for FUZZ_SECONDS (default 60) on its seed corpus.
# Both test runs use one throwaway PostgreSQL 15 cluster
# (tests/postgres/cluster.sh) with CLINIC_TEST_PG_REQUIRED=1: the server
# tests may not skip here. The normal build's run also runs the storage,
# security and CLI suites on the server (the "... [server]" tests); the
# sanitizer build runs those on SQLite only.
# Expects the Debian packages of .ci/install-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# The cluster is stopped and removed however the script ends: at the end, on
# a failure, on Ctrl-C or kill (bash runs the trap once the running step has
# ended) and, if the script is killed outright (kill -9), by the watchdog.
pg_cluster=""
pg_watchdog=""
stop_pg_cluster() {
  if [ -n "$pg_watchdog" ]; then
    kill "$pg_watchdog" 2>/dev/null || true
    pg_watchdog=""
  fi
  if [ -n "$pg_cluster" ]; then
    tests/postgres/cluster.sh stop "$pg_cluster" || echo "warning: the test cluster in $pg_cluster did not stop cleanly" >&2
    pg_cluster=""
  fi
}
trap stop_pg_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

jobs=${JOBS:-2}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

echo "== formatting (.clang-format)"
git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLINIC_WERROR=ON
cmake --build build -j"$jobs"
echo "== test names (ctest takes a ';' in a Catch2 test name for a list separator)"
for binary in build/tests/*/*_tests; do
  if "$binary" --list-test-names-only | grep ';'; then
    echo "error: $binary: a test name above has a ';', so ctest would run a part of it that matches nothing"
    exit 1
  fi
done
pg_cluster=$(mktemp -d)
script_pid=$$
(
  while kill -0 "$script_pid" 2>/dev/null; do sleep 1; done
  tests/postgres/cluster.sh stop "$pg_cluster" # waits for a start still running
) >/dev/null 2>&1 &
pg_watchdog=$!
tests/postgres/cluster.sh start "$pg_cluster"
# shellcheck source=/dev/null # written by cluster.sh start
source "$pg_cluster/env"
export CLINIC_TEST_PG_REQUIRED=1
echo "== PostgreSQL 15 test cluster on port $CLINIC_TEST_PG_PORT"

echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build with AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLINIC_WERROR=ON -DCLINIC_SANITIZE=ON
cmake --build build-sanitize -j"$jobs"
echo "== tests under the sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
stop_pg_cluster

echo "== fuzzing (libFuzzer, clang): each target for ${FUZZ_SECONDS:-60} s"
CLINIC_FUZZ_JOBS="$jobs" bash tests/fuzz/run-fuzzers.sh "${FUZZ_SECONDS:-60}" build-fuzz
