# The README's commands. trunk must find binaryen's wasm-opt (npm) before any other on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR := never

.PHONY: setup serve build lint test-native test-browser test-e2e size fuzz test bench

setup:
	bash .ci/setup

## Build the release and serve it at http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	tests/tools/trunk.sh serve --release --dist target/serve

## The release build in dist/, with .br and .gz beside each asset.
build: setup
	npm run build

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native: setup
	cargo test

test-browser: setup
	cargo test --target wasm32-unknown-unknown

size: build
	npm run size

test-e2e: build
	npm run e2e

## The share-link decoder and the editor under libFuzzer for FUZZ_SECONDS (cargo-fuzz; its
## nightly flags are allowed on stable by RUSTC_BOOTSTRAP, as the toolchain here is stable),
## starting from the inputs that once failed (tests/fuzz/regressions).
FUZZ_SECONDS ?= 30
fuzz: setup
	mkdir -p tests/fuzz/corpus/share_link
	RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none share_link \
		tests/fuzz/corpus/share_link tests/fuzz/regressions -- -max_total_time=$(FUZZ_SECONDS)

## Every check and test: lint, native model tests, browser component tests, the fuzz target,
## the size budget, end-to-end tests on the release build.
test: lint test-native test-browser fuzz size test-e2e

## Sizes, start time, input-to-update latency and model speed; writes target/bench.json.
bench: build
	node tests/tools/bench.mjs --no-build
