#!/usr/bin/env bash
# The one list of Debian 12 packages this project needs. The README's run and
# test commands and .ci/run all call this script, so a missing package shows
# up everywhere at once.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  # Qt's own texts in French (dialog buttons, context menus): qtbase_fr.qm.
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql
  catch2 nlohmann-json3-dev libsodium-dev
  sqlite3 libsqlite3-dev xvfb xauth
  clang-format
  # The wording checks and the pseudo-translation (tests/wording, tests/i18n).
  python3
  clang libclang-rt-14-dev
  qtkeychain-qt6-dev
  # PostgreSQL 15 for the clinic server backend: tests/postgres/cluster.sh runs
  # a throwaway cluster of its own. Installing the server also creates Debian's
  # own cluster "main"
  # (started where a service manager runs); the tests never use it.
  postgresql-15 postgresql-client-15 openssl
  # libpq itself (transaction state, COPY) beside Qt's QPSQL driver.
  libpq-dev
  # Installing and packaging (cmake/ClinicPackaging.cmake): the man pages'
  # scdoc, CPack's `file` and dpkg-shlibdeps, and the checks of the package,
  # its menu entry and its AppStream metainfo.
  scdoc file dpkg-dev lintian desktop-file-utils appstream
)

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -q
run_as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
