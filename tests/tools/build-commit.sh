#!/usr/bin/env bash
# Builds the release of another commit into a directory, for `bench.mjs --compare <dir>`: the
# start time of two builds measured in one run, on one machine, in one state of load.
#
#   tests/tools/build-commit.sh <commit> <out-dir>      # e.g. 3cc09a1 target/bench-before
#
# The commit is checked out in a temporary git worktree and built by its own `npm run build`
# (its own Trunk.toml and build settings), with this checkout's node_modules (its wasm-opt).
# <out-dir> gets the commit's dist/ and a `.commit` file naming it; a directory that already
# holds that commit's build is kept as it is. Cargo's output is kept in target/commit-build, so
# a rebuild is quick.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
commit=$(git rev-parse --verify "${1:?usage: build-commit.sh <commit> <out-dir>}^{commit}")
out=${2:?usage: build-commit.sh <commit> <out-dir>}

if [ "$(cat "$out/.commit" 2>/dev/null)" = "$commit" ] && [ -f "$out/index.html" ]; then
  echo "build-commit: $out already holds ${commit:0:7}"
  exit 0
fi

tree=$root/target/commit-build/tree-${commit:0:12}
cleanup() { git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"; git worktree prune; }
trap cleanup EXIT
cleanup
mkdir -p "$(dirname "$tree")"
git worktree add --detach --quiet "$tree" "$commit"
ln -s "$root/node_modules" "$tree/node_modules"
echo "build-commit: building ${commit:0:7} ($(git log -1 --format=%s "$commit"))"
(
  cd "$tree"
  export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true
  export CARGO_TARGET_DIR="$root/target/commit-build/cargo"
  npm run build
)
rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$tree/dist" "$out"
echo "$commit" >"$out/.commit"
echo "build-commit: ${commit:0:7} built into $out"
