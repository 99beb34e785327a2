#!/usr/bin/env sh
# Runs trunk (build or serve) with the release settings that keep the wasm small: the standard
# library rebuilt for size (`-Z build-std` with `optimize_for_size`) and panics that abort at
# once with no message (`-Cpanic=immediate-abort`, Rust 1.95's form of the old
# `panic_immediate_abort`). Both are nightly options; RUSTC_BOOTSTRAP=1 allows them on the
# stable toolchain. Measured on the calculator: the wasm went from 86.1 to 74.5 KB brotli.
# ARCHITECTURE.md weighs the trade. The settings apply to the wasm target only (host build
# scripts and proc macros are built as usual) and use their own target directory, so the
# component tests' own wasm builds never rebuild because of them.
#
#   build/trunk.sh build --release
#   build/trunk.sh serve --release --dist target/serve
#
# CAPEX_TOOLS_FIRST names a directory searched before the pinned tools: the profiling build's
# wasm-opt, which keeps the functions' names (tests/tools/profile.mjs).
set -eu
cd "$(dirname "$0")/.."
export PATH="${CAPEX_TOOLS_FIRST:+$CAPEX_TOOLS_FIRST:}$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/size}"
exec trunk "$@"
