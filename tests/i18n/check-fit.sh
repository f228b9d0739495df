#!/usr/bin/env bash
# Runs the screenshot tour (every page and dialog) on a 1366x768 X screen in
# one language and fails when a text does not fit its widget or a window
# does not fit the screen (clinic-intake-tour --check-fit says which).
#   en, fr  the program's own catalogues;
#   pseudo  every text 40 % longer and accented (pseudo-translate.py), over
#           English: untranslated text shows unaccented, cut text unbracketed.
# The screenshots stay in OUTPUT_DIR when one is given, to look at.
#   check-fit.sh TOUR LRELEASE SOURCE_DIR en|fr|pseudo [OUTPUT_DIR]
set -euo pipefail
tour=$1
lrelease=$2
source_dir=$3
language=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${5:-$work/shots}
mkdir -p "$out"
arguments=(--check-fit)
if [ "$language" = pseudo ]; then
  python3 "$source_dir/tests/i18n/pseudo-translate.py" "$work/pseudo" "$source_dir"/translations/*_fr.ts
  for ts in "$work"/pseudo/*.ts; do "$lrelease" -silent "$ts"; done
  arguments+=(--translations "$work/pseudo")
else
  arguments+=(--language "$language")
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
  "$tour" "$out" "${arguments[@]}" > "$work/tour.log"
echo "every page and dialog fits at 1366x768 ($language)"
