#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then both programs run from
# there as a clinic's computer would run them: every file where a desktop
# expects it, the menu entry and the AppStream metainfo valid, the man pages
# clean and complete, --version from CMake's one version, a suggestion, a
# stored intake, the window started, and the installed translations used.
#   install-prefix.sh BUILD_DIR SOURCE_DIR LRELEASE VERSION
set -euo pipefail
# (No `program | grep -q`: grep's early exit would end the program with
# SIGPIPE, which pipefail reports as a failure now and then.)
build=$1
source_dir=$2
lrelease=$3
version=$4 # CMake's project(VERSION)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
app_id=ca.clinicintake.ClinicIntake
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

cmake --install "$build" --prefix "$prefix" > "$work/install.log"

# Every file in its place.
expected=(
  bin/clinic-intake bin/clinic-intake-cli
  "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$app_id.svg"
  share/man/man1/clinic-intake.1.gz share/man/man1/clinic-intake-cli.1.gz
  share/doc/clinic-intake/copyright share/doc/clinic-intake/changelog.gz
)
for catalogue in core cli gui; do
  for language in fr en; do
    expected+=("share/clinic-intake/translations/${catalogue}_$language.qm")
  done
done
for size in 16 22 24 32 48 64 128 256; do
  expected+=("share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
for file in "${expected[@]}"; do
  [ -f "$prefix/$file" ] || fail "not installed: $file"
done
for program in clinic-intake clinic-intake-cli; do
  [ -x "$prefix/bin/$program" ] || fail "not executable: bin/$program"
done
# Each PNG is the size its folder says (the IHDR width and height).
for size in 16 22 24 32 48 64 128 256; do
  png=$prefix/share/icons/hicolor/${size}x$size/apps/$app_id.png
  dimensions=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dimensions" = "${size}x$size" ] || fail "$png is $dimensions"
done
# Nothing installed that the list above does not name.
installed=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
listed=$(printf '%s\n' "${expected[@]}" | sort)
[ "$installed" = "$listed" ] || fail "installed files differ from the list:
$(diff <(echo "$listed") <(echo "$installed"))"

# The menu entry and the software centre's description.
desktop-file-validate "$prefix/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" > "$work/appstream.log" ||
  { cat "$work/appstream.log"; fail "appstreamcli validate"; }
grep -qx "Icon=$app_id" "$prefix/share/applications/$app_id.desktop" || fail "the menu entry's icon"
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$prefix/share/applications/$app_id.desktop")
[ -x "$prefix/bin/$exec_program" ] || fail "the menu entry starts $exec_program, not installed"

# The man pages: no warning from groff, and the command line's page names
# every command and every option its --help lists.
for page in clinic-intake clinic-intake-cli; do
  zcat "$prefix/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2> "$work/groff.log"
  [ ! -s "$work/groff.log" ] || { cat "$work/groff.log"; fail "$page(1) has groff warnings"; }
done
manual=$(zcat "$prefix/share/man/man1/clinic-intake-cli.1.gz" | groff -man -Tutf8 2>/dev/null | sed 's/.\x08//g')
help=$("$prefix/bin/clinic-intake-cli" --lang en --help)
options=$(echo "$help" | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | grep -v -- '--help-all')
[ "$(echo "$options" | wc -l)" -gt 30 ] || fail "--help lists too few options: $options"
for option in $options; do
  grep -q -- "$option" <<< "$manual" || fail "clinic-intake-cli(1) does not name $option"
done
for command in recommend "rules check" "rules show" init add import list show amend review \
  export audit backup restore check "users add" "users list" "users disable" \
  "users reset-password" passwd; do
  grep -qE "^  (.*\| )?$command( |$)" <<< "$help" || fail "--help does not list $command"
  grep -q "^       $command" <<< "$manual" || fail "clinic-intake-cli(1) does not describe $command"
done

# Both programs from the prefix: --version (the desktop one with no display).
cli_version=$("$prefix/bin/clinic-intake-cli" --version)
[ "$(echo "$cli_version" | head -1)" = "clinic-intake-cli $version" ] || fail "cli --version: $cli_version"
grep -q '^rules: default-' <<< "$cli_version" || fail "cli --version names no rules: $cli_version"
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$prefix/bin/clinic-intake" --version)
[ "$(echo "$gui_version" | head -1)" = "clinic-intake $version" ] || fail "gui --version: $gui_version"
[ "$(echo "$gui_version" | tail -n +2)" = "$(echo "$cli_version" | tail -n +2)" ] ||
  fail "the two programs name different versions"

# A suggestion, and a stored intake, from the installed command line.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
"$prefix/bin/clinic-intake-cli" --today 2026-03-02 recommend "$source_dir/tests/golden/03-cauda-equina.json" > "$work/suggestion.json"
grep -q '"refer_out"' "$work/suggestion.json" || fail "recommend: $(cat "$work/suggestion.json")"
CLINIC_INTAKE_NEW_PASSWORD='installed program test' \
  "$prefix/bin/clinic-intake-cli" --db "$work/clinic.sqlite" init --manager mona > /dev/null
CLINIC_INTAKE_PASSWORD='installed program test' \
  "$prefix/bin/clinic-intake-cli" --db "$work/clinic.sqlite" --user mona add "$source_dir/tests/golden/01-complete-plain.json" > /dev/null
CLINIC_INTAKE_PASSWORD='installed program test' \
  "$prefix/bin/clinic-intake-cli" --db "$work/clinic.sqlite" --user mona list > "$work/list.txt"
grep -q 'Jane Doe' "$work/list.txt" ||
  fail "the stored intake is not listed"

# The window starts (a new database: it waits for its first manager) and is
# still running three seconds later.
status=0
QT_QPA_PLATFORM=offscreen timeout 3 "$prefix/bin/clinic-intake" --db "$work/window.sqlite" \
  > "$work/window.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/window.log"; fail "the window ended with status $status"; }

# The installed catalogues are the ones used: a pseudo-translated one put in
# place of the French shows in the French help.
python3 "$source_dir/tests/i18n/pseudo-translate.py" "$work/pseudo" "$source_dir/translations/cli_fr.ts"
"$lrelease" -silent "$work/pseudo/cli_pseudo.ts" -qm "$prefix/share/clinic-intake/translations/cli_fr.qm"
"$prefix/bin/clinic-intake-cli" --lang fr --help > "$work/help.txt"
grep -q 'Çlîñîç Îñtàké' "$work/help.txt" ||
  fail "the installed French catalogue is not the one used"

echo "installed into a prefix: $(echo "$installed" | wc -l) files; both programs run from it"
