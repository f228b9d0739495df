#!/usr/bin/env bash
# The Debian package as a clinic's computer gets it: made by CPack from the
# build folder .ci/test.sh left (`cmake --build build --target package`),
# checked by lintian (an error or a warning fails), installed with apt-get,
# both programs run from /usr/bin, the window started under Xvfb, then
# purged: nothing of it may be left in /usr.
#   package-check.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

echo "== Debian package"
rm -f "$build"/clinic-intake_*.deb
cmake --build "$build" --target package
deb=$(realpath "$build"/clinic-intake_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,/Installed-Size:/p'

echo "== lintian"
# Infos left (docs/packaging.md says why): unneeded .comment sections, and
# French words lintian's English spelling list takes for misspellings.
lintian --fail-on error,warning "$deb"

echo "== apt-get install"
# A package left by an earlier run would hide what this one leaves behind.
if [ "$(dpkg-query -W -f='${Status}' clinic-intake 2>/dev/null || true)" = 'install ok installed' ]; then
  run_as_root apt-get purge -y -q clinic-intake > /dev/null
fi
# Caches that triggers of other packages rebuild when a menu entry or an
# icon comes or goes; they are theirs, not this package's.
snapshot() {
  find /usr -xdev \( -name mimeinfo.cache -o -name icon-theme.cache \) -prune -o -print | sort
}
snapshot > "$work/before"
DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -q "$deb"
dpkg -L clinic-intake > "$work/files"
[ "$(command -v clinic-intake-cli)" = /usr/bin/clinic-intake-cli ] || fail "clinic-intake-cli is not /usr/bin's"

echo "== the installed programs"
clinic-intake-cli --version
env -u DISPLAY clinic-intake --version > /dev/null
export HOME=$work/home
mkdir -p "$HOME"
clinic-intake-cli recommend tests/golden/03-cauda-equina.json > "$work/suggestion.json"
grep -q '"refer_out"' "$work/suggestion.json" ||
  fail "recommend from /usr/bin gave no referral for cauda equina symptoms"
echo "recommend: ok"
# The window on a new database waits for its first manager: still running
# after five seconds.
xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
  'QT_QPA_PLATFORM=xcb timeout 5 clinic-intake --db "$1/window.sqlite" > "$1/window.log" 2>&1; echo $? > "$1/window.status"' \
  sh "$work"
[ "$(cat "$work/window.status")" = 124 ] || { cat "$work/window.log"; fail "the window ended by itself"; }
echo "the window ran for 5 s under Xvfb"

echo "== apt-get purge"
DEBIAN_FRONTEND=noninteractive run_as_root apt-get purge -y -q clinic-intake
snapshot > "$work/after"
diff "$work/before" "$work/after" || fail "the package left the above in /usr"
while read -r path; do
  case "$path" in /usr/share/doc/clinic-intake* | /usr/bin/clinic-intake* | /usr/share/clinic-intake*)
    [ ! -e "$path" ] || fail "left after purge: $path" ;;
  esac
done < "$work/files"
echo "package: built, lintian clean, installed, run, purged; nothing left in /usr ($(wc -l < "$work/files") paths)"
