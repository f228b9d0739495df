#!/usr/bin/env bash
# Builds clinic-intake-cli of an earlier commit in a git worktree, for the
# side-by-side comparison in run-bench.sh (OLD_CLI_BIN). Uses ccache when the
# caller sets CMAKE_CXX_COMPILER_LAUNCHER=ccache.
#   tests/bench/build-old-cli.sh [COMMIT] [DIR]     (default 61f482c, /tmp/clinic-intake-<commit>)
# Prints the path of the built binary on the last line.
set -euo pipefail
commit=${1:-61f482c}
dir=${2:-/tmp/clinic-intake-$commit}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
if [ ! -d "$dir" ]; then
  git -C "$repo" worktree add --detach "$dir" "$commit" >&2
fi
export CCACHE_BASEDIR="$dir"
cmake -S "$dir" -B "$dir/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build "$dir/build" -j"${JOBS:-2}" --target clinic-intake-cli >&2
echo "$dir/build/src/cli/clinic-intake-cli"
