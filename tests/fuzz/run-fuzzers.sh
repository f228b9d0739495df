#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer and UBSan, in
# BUILD_DIR) and runs each for SECONDS on a throwaway copy of its seed corpus
# (tests/fuzz/corpus/<target>/ plus tests/fuzz/regressions/<target>/), so the
# committed corpus never grows. Fails if any fuzzer finds a crash, a leak, a
# timeout or an out-of-memory; what it found is kept in BUILD_DIR/fuzz-findings/,
# and each fuzzer's log (with its final "DONE cov: ... exec/s" line and
# statistics) in BUILD_DIR/fuzz-logs/.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
#
# SECONDS defaults to 60, BUILD_DIR to build-fuzz, the targets to all three:
# intake_parser rules_loader jsonl_import. Set CLINIC_FUZZ_JOBS for the build's
# parallelism (default: the number of cores).
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$root/build-fuzz}
shift $(($# < 2 ? $# : 2))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(intake_parser rules_loader jsonl_import)
fi
jobs=${CLINIC_FUZZ_JOBS:-$(nproc)}

for tool in clang clang++ cmake ninja; do
  if ! command -v "$tool" >/dev/null; then
    echo "run-fuzzers: $tool is missing (apt-get install clang libclang-rt-14-dev cmake ninja-build)" >&2
    exit 2
  fi
done

# Only the fuzzers and what they need are built: not the GUI, the CLI or the tests.
echo "== configuring and building the fuzzers in $build"
started=$SECONDS
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCLINIC_FUZZ=ON \
  -DCLINIC_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/%/_fuzzer}"
echo "== built in $((SECONDS - started)) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/clinic-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
findings=$build/fuzz-findings
mkdir -p "$build/fuzz-logs"
failed=()
summary=()

for target in "${targets[@]}"; do
  case $target in
    intake_parser) max_len=16384 dict=intake.dict ;;
    rules_loader) max_len=65536 dict=rules.dict ;;
    jsonl_import) max_len=65536 dict=intake.dict ;;
    *) echo "run-fuzzers: unknown target $target" >&2; exit 2 ;;
  esac
  corpus=$work/$target/corpus
  artifacts=$work/$target/artifacts
  mkdir -p "$corpus" "$artifacts"
  cp "$root/tests/fuzz/corpus/$target/"* "$corpus/"
  # Regressions too, but not the *.expand.json recipes for inputs above -max_len.
  find "$root/tests/fuzz/regressions/$target" -maxdepth 1 -type f ! -name '*.expand.json' \
    -exec cp {} "$corpus/" \; 2>/dev/null || true
  log=$build/fuzz-logs/$target.log
  echo "== $target: ${seconds} s"
  status=0
  # -rss_limit_mb: also the largest single allocation allowed (malloc_limit_mb).
  "$build/tests/fuzz/${target}_fuzzer" "$corpus" \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 \
    -dict="$root/tests/fuzz/$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    -close_fd_mask=1 >"$log" 2>&1 || status=$?
  done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  echo "${done_line:-(no DONE line)}"
  summary+=("$target: ${done_line:-no DONE line}")
  if [ "$status" -ne 0 ] || [ -n "$(ls -A "$artifacts")" ]; then
    failed+=("$target")
    mkdir -p "$findings/$target"
    cp "$log" "$findings/$target/"
    cp "$artifacts/"* "$findings/$target/" 2>/dev/null || true
    echo "run-fuzzers: $target failed (exit $status); the log and inputs are in $findings/$target/" >&2
    grep -aE 'ERROR|SUMMARY|terminate|what\(\)' "$log" | head -n 20 >&2 || true
  fi
done

echo "== summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: failed: ${failed[*]}" >&2
  echo "Fix the code, then add each input to tests/fuzz/regressions/<target>/ (storage_tests replays them)." >&2
fi
echo "run-fuzzers: no crash in $((${#targets[@]} - ${#failed[@]})) of ${#targets[@]} fuzzers"
echo "fuzzers: $((${#targets[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
