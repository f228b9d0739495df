#!/usr/bin/env bash
# Fails when a counted text (tr("%n ...(s)", nullptr, n)) has no English
# forms in its catalogue's translations/<catalogue>_en.ts: the user would
# read "1 minute(s)". Each catalogue is checked against its own sources
# (gui: src/gui and ui; core: src/core; cli: src/cli). lupdate updates a
# copy; any message it adds or changes means the file is behind the sources.
# Fix: run the lupdate line below on the real file and fill in the two
# <numerusform> of each new message.
#   plural-forms-complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
status=0
check() {
  local catalogue=$1
  shift
  local file=translations/${catalogue}_en.ts
  local reference=$file
  if [ ! -f "$file" ]; then
    # No English catalogue: then there must be no counted text either.
    reference=$work/empty.ts
    printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_US">\n</TS>\n' > "$reference"
  fi
  cp "$reference" "$work/check.ts"
  "$lupdate" -pluralonly -locations none -no-obsolete "$@" -ts "$work/check.ts" > "$work/log" 2>&1
  if ! diff -u "$reference" "$work/check.ts"; then
    echo "error: $file lacks the English forms of the counted texts above"
    status=1
  fi
}
check gui src/gui ui
check core src/core
check cli src/cli
[ "$status" -eq 0 ] && echo "every counted text has its English forms"
exit "$status"
