#!/usr/bin/env bash
# The desktop application's benchmarks of docs/performance.md, in real windows
# under Xvfb. Expects BENCH_BIN, GUI_BENCH_BIN and CLI_BIN (the bench-gui
# target sets them). BENCH_DIR chooses the scratch folder (about 2.5 GB).
set -euo pipefail
# Every database command signs in; the benchmark's manager account.
export CLINIC_INTAKE_NEW_PASSWORD=bench-password CLINIC_INTAKE_PASSWORD=bench-password
: "${BENCH_BIN:?}" "${GUI_BENCH_BIN:?}" "${CLI_BIN:?}"
work=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/clinic-gui-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
gui() { QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$@"; }

"$BENCH_BIN" generate 100000 "$work/100k.jsonl"
"$CLI_BIN" --db "$work/100k.sqlite" init --manager bench >/dev/null
"$CLI_BIN" --db "$work/100k.sqlite" --user bench import "$work/100k.jsonl" >/dev/null
echo "== start-up with a 100,000-record database (3 runs)"
for run in 1 2 3; do
  /usr/bin/time -f "whole process, including X connection and exit: %e s, peak %M KB" \
    bash -c "QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x900x24' '$GUI_BENCH_BIN' startup '$work/100k.sqlite'"
done

echo "== suggestion panel update"
gui "$GUI_BENCH_BIN" suggestion

echo "== records search at 1,000,000 records"
"$BENCH_BIN" generate 1000000 "$work/1m.jsonl"
"$CLI_BIN" --db "$work/1m.sqlite" init --manager bench >/dev/null
"$CLI_BIN" --db "$work/1m.sqlite" --user bench import "$work/1m.jsonl" >/dev/null
rm -f "$work/1m.jsonl"
gui "$GUI_BENCH_BIN" typing "$work/1m.sqlite" "garcia"
gui "$GUI_BENCH_BIN" typing "$work/1m.sqlite" "zoe nunez"
