#!/usr/bin/env bash
# Fails when a counted text (tr("%n ...(s)", nullptr, n)) has no English
# forms in translations/gui_en.ts: the user would read "1 minute(s)".
# lupdate updates a copy; any message it adds or changes means the file is
# behind the sources. Fix: run the lupdate line below on the real file and
# fill in the two <numerusform> of each new message.
#   plural-forms-complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/gui_en.ts" "$work/check.ts"
cd "$source_dir"
"$lupdate" -pluralonly -locations none -no-obsolete src ui -ts "$work/check.ts" > "$work/log" 2>&1
if ! diff -u translations/gui_en.ts "$work/check.ts"; then
  echo "error: translations/gui_en.ts lacks the English forms of the counted texts above"
  exit 1
fi
echo "every counted text has its English forms"
