#!/usr/bin/env bash
# Builds and runs every test: a normal build with warnings as errors, the
# same tests under AddressSanitizer and UndefinedBehaviorSanitizer, then each
# libFuzzer target for FUZZ_SECONDS (default 60) on its seed corpus.
# Expects the Debian packages of .ci/install-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

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
echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build with AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLINIC_WERROR=ON -DCLINIC_SANITIZE=ON
cmake --build build-sanitize -j"$jobs"
echo "== tests under the sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

echo "== fuzzing (libFuzzer, clang): each target for ${FUZZ_SECONDS:-60} s"
CLINIC_FUZZ_JOBS="$jobs" bash tests/fuzz/run-fuzzers.sh "${FUZZ_SECONDS:-60}" build-fuzz
