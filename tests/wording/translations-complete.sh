#!/usr/bin/env bash
# Fails when a translation catalogue is behind the sources, has an unfinished
# entry, or lupdate reports a text it cannot place (a tr() without a class):
# the user would read English in the middle of French, or "1 minute(s)".
#   <name>_fr.ts  every text of that part in French;
#   <name>_en.ts  only the English forms of counted texts (lupdate -pluralonly).
# lupdate updates a copy of each; any change means the file is behind. Fix:
# `cmake --build build --target update_translations`, translate what it marks
# unfinished (Qt Linguist, or by hand), and fill in the English <numerusform>s
# of a new counted text in the _en.ts file (lupdate line below).
#   translations-complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"

sources_of() {
  case $1 in
    core) echo "src/core" ;;
    cli) echo "src/cli" ;;
    gui) echo "src/gui ui src/app/main.cpp" ;;
  esac
}

failed=0
for file in translations/*.ts; do
  base=$(basename "$file" .ts)
  catalogue=${base%_*}
  language=${base##*_}
  options=(-locations none -no-obsolete)
  [ "$language" = en ] && options+=(-pluralonly)
  cp "$file" "$work/$base.ts"
  # shellcheck disable=SC2046 # the folders are words
  "$lupdate" "${options[@]}" $(sources_of "$catalogue") -ts "$work/$base.ts" > "$work/$base.log" 2>&1
  if grep -v -e '^Scanning directory' -e '^Updating ' -e '^Stripping non plural forms' -e '^    Found ' -e '^    Kept ' -e '^    Removed ' -e '^$' "$work/$base.log"; then
    echo "error: lupdate could not place the texts above ($file)"
    failed=1
  fi
  if ! diff -u "$file" "$work/$base.ts"; then
    echo "error: $file is behind the sources (the changes lupdate would make are above)"
    failed=1
  fi
  if grep -q -e 'type="unfinished"' -e 'type="vanished"' -e 'type="obsolete"' "$file"; then
    grep -B2 -e 'type="unfinished"' -e 'type="vanished"' -e 'type="obsolete"' "$file" | grep '<source>' || true
    echo "error: $file has unfinished or stale entries (their source texts are above)"
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "every catalogue matches the sources and every entry is finished"
exit "$failed"
