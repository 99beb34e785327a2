# The README's commands. trunk must find binaryen's wasm-opt (npm) before any other on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR := never

.PHONY: setup serve build lint test-native test-browser test-browser-firefox test-browser-webkit \
	build-editions test-e2e test-e2e-firefox test-e2e-webkit size fuzz test bench lighthouse profile

# Each engine's step runs under a banner, and a failure names the engine:
# $(call in-engine,<engine>,<what>,<command>)
in-engine = @printf '\n== %s: %s\n' '$(1)' '$(2)'; $(3) || { printf '\n== FAILED in %s: %s\n' '$(1)' '$(2)'; exit 1; }

# wasm-bindgen-test-runner drives the first of GECKODRIVER, SAFARIDRIVER, CHROMEDRIVER that is
# set, else the first driver it finds on PATH (~/.cargo/bin holds geckodriver): name it always.
ONE_DRIVER := env -u GECKODRIVER -u SAFARIDRIVER -u CHROMEDRIVER \
	-u GECKODRIVER_REMOTE -u SAFARIDRIVER_REMOTE -u CHROMEDRIVER_REMOTE
COMPONENT_TESTS := cargo test --target wasm32-unknown-unknown --features bundled-languages

setup:
	bash .ci/setup

## Build the release and serve it at http://127.0.0.1:8080 (rebuilds the first view on change, as
## one build with every feature; the engine and the explore page are built once, first).
serve: setup
	build/engine.sh
	TRUNK_BUILD_FEATURES=explore TRUNK_BUILD_HTML_OUTPUT=explore.html \
		build/trunk.sh build --release --dist target/explore-dist
	build/trunk.sh serve --release --dist target/serve

## The release build in dist/, with .br and .gz beside each asset.
build: setup
	npm run build

## The same release with a fixture second edition of the figures (tests/fixtures/editions), in
## target/editions-dist, for the end-to-end tests of links and embeds pinned to an edition.
build-editions: setup
	CAPEX_EXTRA_EDITIONS=tests/fixtures/editions CAPEX_DIST=target/editions-dist build/build.sh

lint: setup
	cargo fmt --check
	cargo fmt --check --manifest-path tests/bench/floor/Cargo.toml
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features explore -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features explore -- -D warnings

## Native tests of both builds: the first view's, and the explore build's (ranges).
test-native: setup
	cargo test
	cargo test --features explore

## Component tests (tests/browser.rs) in each engine. Firefox: Debian's firefox-esr, headless
## (tests/webdriver/wasm-bindgen-firefox.json). WebKit: WebKitWebDriver's own default browser,
## Debian's MiniBrowser, on a virtual display (the runner sends no capabilities to it).
test-browser: setup
	$(call in-engine,chromium,component tests,$(ONE_DRIVER) CHROMEDRIVER=$$(command -v chromedriver) $(COMPONENT_TESTS))

test-browser-firefox: setup
	$(call in-engine,firefox,component tests,$(ONE_DRIVER) GECKODRIVER=$$(command -v geckodriver) \
		WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver/wasm-bindgen-firefox.json $(COMPONENT_TESTS))

test-browser-webkit: setup
	$(call in-engine,webkit,component tests,$(ONE_DRIVER) SAFARIDRIVER=$$(command -v WebKitWebDriver) \
		xvfb-run -a -s '-screen 0 1280x1024x24' $(COMPONENT_TESTS))

size: build
	npm run size

## End-to-end: Playwright in Chromium (every spec, the shared scenarios among them), and the
## shared scenarios (tests/scenarios) over WebDriver in Firefox and in WebKit. A test that fails
## runs once more: one that then passes is reported as flaky and does not fail the step (these
## machines are noisy and browser drivers sometimes drop a command); one that fails twice does.
E2E_RETRIES ?= 1
test-e2e: build build-editions
	$(call in-engine,chromium,end-to-end tests (Playwright),npm run e2e -- --retries $(E2E_RETRIES))

test-e2e-firefox: build build-editions
	$(call in-engine,firefox,end-to-end scenarios (WebDriver),node tests/webdriver/run.mjs --engine firefox --retries $(E2E_RETRIES))

test-e2e-webkit: build build-editions
	$(call in-engine,webkit,end-to-end scenarios (WebDriver),node tests/webdriver/run.mjs --engine webkit --retries $(E2E_RETRIES))

## The share-link decoder and the editor, then host pages' messages, each under libFuzzer for
## FUZZ_SECONDS (cargo-fuzz; its
## nightly flags are allowed on stable by RUSTC_BOOTSTRAP, as the toolchain here is stable),
## starting from the inputs that once failed (tests/fuzz/regressions).
FUZZ_SECONDS ?= 30
fuzz: setup
	mkdir -p tests/fuzz/corpus/share_link tests/fuzz/corpus/host_message
	RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none share_link \
		tests/fuzz/corpus/share_link tests/fuzz/regressions -- -max_total_time=$(FUZZ_SECONDS)
	RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none host_message \
		tests/fuzz/corpus/host_message tests/fuzz/seeds/host_message -- -max_total_time=$(FUZZ_SECONDS)

## Every check and test: lint, native model tests, browser component tests in Chromium, Firefox
## and WebKit, the fuzz target, the size budget, end-to-end tests on the release build in
## Chromium, Firefox and WebKit.
test: lint test-native test-browser test-browser-firefox test-browser-webkit fuzz size \
	test-e2e test-e2e-firefox test-e2e-webkit

## Sizes (and their multiple of an empty Yew page's, tests/bench/floor), start time against
## BENCH_BEFORE's build (the release before the start-time work; built once into
## target/bench-before; BENCH_BEFORE= skips it), input-to-update latency and model speed;
## writes target/bench.json.
BENCH_BEFORE ?= 3cc09a1
bench: build
	$(if $(BENCH_BEFORE),tests/tools/build-commit.sh $(BENCH_BEFORE) target/bench-before)
	node tests/tools/bench.mjs --no-build $(if $(BENCH_BEFORE),--compare target/bench-before)
	node tests/tools/bench-explore.mjs

## Lighthouse 12's performance, accessibility, best-practices and SEO scores of the served
## release build (printed, and written to target/lighthouse.json). Not part of `test`: the scores
## move with the machine's load, so they are reported, not asserted.
lighthouse: build
	npm run lighthouse

## Where the start's main-thread time goes, by function, with the wasm's functions named: the
## first view rebuilt with its names kept, loaded with the CPU throttled 4x under V8's sampling
## profiler (tests/tools/profile.mjs; PROFILE_ARGS="--query lang=it --loads 9", for instance).
profile: build
	node tests/tools/profile.mjs $(PROFILE_ARGS)
