#!/usr/bin/env bash
# Runs the rule benchmarks of docs/performance.md. Expects BENCH_BIN and
# CLI_BIN (the bench target sets them). With OLD_CLI_BIN (a clinic-intake-cli
# built from an earlier commit, see build-old-cli.sh) it also times that build
# side by side with this one, interleaved, on the same input.
set -euo pipefail
: "${BENCH_BIN:?}" "${CLI_BIN:?}"
RUNS=${RUNS:-5}
COUNT=${COUNT:-100000}
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== rule evaluation on parsed intakes (one core)"
"${pin[@]}" "$BENCH_BIN" evaluate 20000

# Wall seconds of one `recommend --jsonl` run: cores ("one" or "both"), binary, input.
wall() {
  local cores=$1 bin=$2 input=$3 start end
  local run=("$bin" recommend --jsonl "$input")
  [ "$cores" = one ] && run=("${pin[@]}" "${run[@]}")
  start=$EPOCHREALTIME
  "${run[@]}" >"$work/out.jsonl" || [ $? -eq 2 ]
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

"$BENCH_BIN" generate-v1 "$COUNT" "$work/v1.jsonl"
"$BENCH_BIN" generate "$COUNT" "$work/v2.jsonl"
"$BENCH_BIN" generate-full "$COUNT" "$work/v2-full.jsonl"
for input in v1 v2 v2-full; do
  echo "input $input: $(wc -l <"$work/$input.jsonl") lines, $(du -m "$work/$input.jsonl" | cut -f1) MB"
done
for input in v1 v2 v2-full; do
  echo "== reading $input (one core): the common-case reader and the full reader apart"
  "${pin[@]}" "$BENCH_BIN" parse "$work/$input.jsonl"
done

for cores in both one; do
  echo "== recommend --jsonl over $COUNT intakes, $cores core(s), median of $RUNS runs (wall s)"
  declare -A times=()
  for ((run = 1; run <= RUNS; ++run)); do
    if [ -n "${OLD_CLI_BIN:-}" ]; then
      times[old-v1]+="$(wall "$cores" "$OLD_CLI_BIN" "$work/v1.jsonl") "
    fi
    times[new-v1]+="$(wall "$cores" "$CLI_BIN" "$work/v1.jsonl") "
    times[new-v2]+="$(wall "$cores" "$CLI_BIN" "$work/v2.jsonl") "
    times[new-v2-full]+="$(wall "$cores" "$CLI_BIN" "$work/v2-full.jsonl") "
  done
  for key in old-v1 new-v1 new-v2 new-v2-full; do
    [ -n "${times[$key]:-}" ] || continue
    printf '  %-12s %s   (runs: %s)\n' "$key" "$(echo "${times[$key]}" | median)" "${times[$key]% }"
  done
  if [ -n "${OLD_CLI_BIN:-}" ]; then
    old=$(echo "${times[old-v1]}" | median)
    for key in new-v1 new-v2; do
      awk -v n="$(echo "${times[$key]}" | median)" -v o="$old" -v k="$key" \
        'BEGIN { printf "  %s / old-v1 = %.2f (limit 1.25)\n", k, n / o }'
    done
  fi
  unset times
done
