#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md. Expects BENCH_BIN and CLI_BIN
# (the bench target sets them). Pinned to one core where taskset exists.
set -euo pipefail
: "${BENCH_BIN:?}" "${CLI_BIN:?}"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f 'wall %e s, user %U s, system %S s, peak memory %M KB')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== rule evaluation on parsed intakes (one core)"
"${pin[@]}" "$BENCH_BIN" evaluate 20000

TIMEFORMAT='wall %R s (user %U s, system %S s)'
for kind in generate generate-full; do
  echo "== recommend --jsonl over 100,000 intakes from '$kind' (one core, whole process, 3 runs)"
  "$BENCH_BIN" "$kind" 100000 "$work/intakes.jsonl"
  echo "input: $(wc -l <"$work/intakes.jsonl") lines, $(du -m "$work/intakes.jsonl" | cut -f1) MB"
  for run in 1 2 3; do
    if [ ${#timer[@]} -gt 0 ]; then
      "${timer[@]}" "${pin[@]}" "$CLI_BIN" recommend --jsonl "$work/intakes.jsonl" >"$work/results.jsonl"
    else
      time "${pin[@]}" "$CLI_BIN" recommend --jsonl "$work/intakes.jsonl" >"$work/results.jsonl"
    fi
  done
  echo "output: $(wc -l <"$work/results.jsonl") lines"
done
