#!/usr/bin/env bash
# Saves a screenshot of each page and dialog of the application, on a demo
# database, to docs/screenshots/ (or the folder given), in a real X window
# under Xvfb, on a 1366x768 screen (a common clinic laptop). In French with
# the language "fr" (the French user guide's docs/screenshots/fr/).
#   bash tests/gui/make-screenshots.sh [BUILD_DIR] [OUTPUT_DIR] [en|fr]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-docs/screenshots}
language=${3:-en}
mkdir -p "$out"
cmake --build "$build" --target clinic-intake-tour
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
  "$build/tests/gui/clinic-intake-tour" "$out" --language "$language"
