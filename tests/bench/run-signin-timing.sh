#!/usr/bin/env bash
# How long a refused sign-in takes, by case, so that docs/security.md can show
# that the time does not tell whether a name is an account. A new process per
# sign-in, as a script would run the tool; the cases are interleaved.
#
#   tests/bench/run-signin-timing.sh [CLI] [RUNS]
set -euo pipefail
cli=${1:-build/src/cli/clinic-intake-cli}
runs=${2:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/clinic-signin.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/clinic.sqlite
right=correct-horse-battery
CLINIC_INTAKE_NEW_PASSWORD=$right "$cli" --db "$db" init --manager mona >/dev/null
# Enough accounts for the wrong passwords to lock some of them.
others=(ben cara dan eve fay)
for name in "${others[@]}"; do
  CLINIC_INTAKE_PASSWORD=$right CLINIC_INTAKE_NEW_PASSWORD=another-good-pass \
    "$cli" --db "$db" --user mona users add "$name" --role therapist >/dev/null
done

# Milliseconds one sign-in (and `list`) takes.
millis() {
  local start=$EPOCHREALTIME
  CLINIC_INTAKE_PASSWORD=$2 "$cli" --db "$db" --user "$1" list >/dev/null 2>&1 || true
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%d\n", (b - a) * 1000}'
}
for ((i = 0; i < runs; i++)); do
  millis mona "$right" >>"$work/right"
  millis "${others[i % ${#others[@]}]}" wrong-password-123 >>"$work/wrong"
  millis "nobody$RANDOM" wrong-password-123 >>"$work/unknown"
done
# ben is locked out by now (six wrong passwords in a row).
for ((i = 0; i < runs / 2; i++)); do
  millis ben wrong-password-123 >>"$work/locked"
done
summary() {
  sort -n "$1" | awk -v what="$2" '{v[NR] = $1} END {
    printf "%-40s median %d ms, %d to %d ms (%d runs)\n", what, v[int((NR + 1) / 2)], v[1], v[NR], NR}'
}
summary "$work/right" "a known name, right password"
summary "$work/wrong" "a known name, wrong password"
summary "$work/unknown" "an unknown name"
summary "$work/locked" "a locked-out account"
