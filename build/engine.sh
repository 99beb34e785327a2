#!/usr/bin/env sh
# Builds the engine's worker (build/engine.html) into target/engine-dist, with the standard
# release settings: not the page's size settings (build/trunk.sh), since the worker starts after
# the first view and is not counted in it, and a panic there should say what went wrong.
#
#   build/engine.sh
set -eu
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk build build/engine.html --release --dist target/engine-dist
