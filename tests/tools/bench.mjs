#!/usr/bin/env node
// Performance figures of the release build.
//
//   node tests/tools/bench.mjs [--no-build] [--no-floor] [--no-native] [--start-only]
//                              [--blocking-only] [--dir dist] [--compare <dir>]... [--loads 15]
//                              [--blocking-loads 7] [--steps 300] [--rounds 3]
//   (or: make bench, which also builds the start-time baseline: see the Makefile)
//
// Measures, in Debian's Chromium (headless, via Playwright):
//   start        navigation start -> first result in the DOM (out-capex-usd has data-value),
//                and -> the next animation frame after it; median of fresh page loads
//                (each in a new browser context: empty HTTP and code cache). Also where the
//                time goes: the HTML received, the wasm requested and received (Resource
//                Timing: a fresh context's requests wait before they are sent), the loader
//                asking for the wasm (WebAssembly.instantiate* called), the wasm compiled and
//                instantiated (resolved; main() and the first render follow).
//                With --compare <dir> (repeatable), another build (an older commit's dist/:
//                see build-commit.sh) is served too and measured in the same run, and the
//                size floor as well: their loads take turns with this build's (the order
//                flips every round), so drift in the machine's load falls on all of them
//                alike. --start-only stops after the start figures
//   floor        the size floor (tests/bench/floor: a Yew 0.23 page with one slider and one
//                output), built with the product's compiler settings (build/trunk.sh)
//                and its glue minified as postbuild.mjs does, and with the plain release
//                profile (its own Trunk.toml: trunk's defaults, std not rebuilt, glue not
//                minified); the first view as a multiple
//                of each floor's first view (brotli), and the floor's start beside the
//                product's
//   slider       input-capex-slider: set value, dispatch bubbling `input`, wait for
//                out-capex-usd's data-value to change, force layout; p50 / p95 / max over
//                every step of --rounds rounds, each a fresh page load (so each round
//                includes the engine's warm-up) starting once the page is quiet after the
//                first result (five idle periods in a row), and p95
//                of the first 50 steps of each round (warm-up) and of the rest (steady)
//   typed        the same for typed values in input-chip, waiting on out-chips, after the
//                slider sweep in the same page (its first 50 steps are not a warm-up)
//   wasm model   window.wasmBindings.bench_model(200000) (total ms) -> ns per scenario
//   native model `cargo bench --bench model` (if Cargo.toml has that bench target),
//                its stdout line `ns_per_scenario: <number>`
//   sizes        first-view files (raw, gzip, brotli) from first-view.mjs
//   start under 4x CPU throttling
//                three pages side by side, their loads taking turns as in `start`: this
//                build, the floor (built as the product), and a plain-JavaScript page of the
//                same first view (tests/bench/plain: the reference for how much the main
//                thread need do; copied to target/bench/plain and precompressed). Each load
//                in a fresh context with Chromium's CPU throttled 4x
//                (Emulation.setCPUThrottlingRate), --blocking-loads of each (default 7: a
//                throttled load is slow). Until the page is whole (this build:
//                .calc[data-ready="true"]; plain: [data-ready="true"]; floor: out-value has a
//                data-value), from navigation: long tasks over 50 ms (a buffered `longtask`
//                PerformanceObserver installed before any page script: their count, the
//                longest, their sum over 50 ms each, and their list), and the main thread's
//                busy time, from a CDP trace (see mainThreadTime). Medians over the loads,
//                and this build's main-thread time as a multiple of the plain page's and of
//                the floor's. Then Lighthouse 12 (its default mobile run, simulated
//                throttling) on the three, this build twice: performance score, total
//                blocking time, LCP, FCP. Each --compare build is a column here too (its
//                loads in the same turns, Lighthouse twice), so a lever is measured against
//                the build without it in one run. With --no-floor, without the floor; --start-only
//                skips it; --blocking-only runs only it (and the builds it needs) and adds
//                its figures to target/bench.json's others
// Prints a table and writes target/bench.json. A figure that cannot be measured is "n/a".
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { minifyScript } from '../../build/postbuild.mjs';
import { firstView, formatTable } from './first-view.mjs';
import { compressDir } from '../../build/compress.mjs';
import { CHROMIUM } from '../../playwright.config.mjs';
import { startServer } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODEL_EVALUATIONS = 200_000;

const USAGE =
  'usage: node tests/tools/bench.mjs [--no-build] [--no-floor] [--no-native] [--start-only] [--blocking-only] [--dir dist] [--compare <dir>]... [--loads 15] [--blocking-loads 7] [--steps 300] [--rounds 3]';

function parseArgs(argv) {
  const opts = { build: true, floor: true, startOnly: false, blockingOnly: false, dir: 'dist', compare: [], loads: 15, blockingLoads: 7, steps: 300, rounds: 3, native: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--no-floor') opts.floor = false;
    else if (a === '--no-native') opts.native = false;
    else if (a === '--dir') opts.dir = argv[++i];
    else if (a === '--start-only') opts.startOnly = true;
    else if (a === '--blocking-only') opts.blockingOnly = true;
    else if (a === '--blocking-loads') opts.blockingLoads = Number(argv[++i]);
    else if (a === '--compare') opts.compare.push(argv[++i]);
    else if (a === '--loads') opts.loads = Number(argv[++i]);
    else if (a === '--steps') opts.steps = Number(argv[++i]);
    else if (a === '--rounds') opts.rounds = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (opts.compare.includes(undefined) || opts.dir === undefined) {
    console.error(USAGE);
    process.exit(2);
  }
  for (const [key, flag] of [['loads', 'loads'], ['blockingLoads', 'blocking-loads'], ['steps', 'steps'], ['rounds', 'rounds']]) {
    if (!Number.isInteger(opts[key]) || opts[key] < 1) {
      console.error(`bench: --${flag} needs a whole number of at least 1`);
      process.exit(2);
    }
  }
  return opts;
}

function run(cmd, args, { capture = false, timeoutMs = 0, env = process.env } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
    let stdout = '';
    if (capture) child.stdout.on('data', (d) => (stdout += d));
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : null;
    child.on('error', (err) => resolvePromise({ code: -1, stdout, error: err.message }));
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolvePromise({ code, stdout });
    });
  });
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length); // nearest-rank
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}
const summary = (xs) => ({ n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : null });
// The first steps after a page load run while the engine is still compiling and optimising
// the code they use; a reader's first drag meets them, so they count, and are also shown apart.
const WARM_UP_STEPS = 50;
// A reader looks at the page before reaching for a slider; the sweep starts once the page has
// gone quiet, not while the browser is still busy with the load (the first paints, optimising
// the code that just ran). Measured here: starting at once put the load's tail into the first
// 50 steps (their p95 near 10 ms against 3 ms after). Quiet: five idle periods in a row, each
// with at least 45 ms to spare (the most a browser grants is 50 ms); about 0.3 s here.
function untilQuiet() {
  return new Promise((done) => {
    let quiet = 0;
    const giveUp = performance.now() + 10_000; // a page that never goes quiet is measured anyway
    const wait = () =>
      requestIdleCallback(
        (deadline) => {
          quiet = !deadline.didTimeout && deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
          if (quiet >= 5 || performance.now() > giveUp) done();
          else wait();
        },
        { timeout: 2000 },
      );
    wait();
  });
}

// ---------------------------------------------------------------- (a) start

// Installed before any page script: records when the first result (`sel`) lands in the DOM, the
// frame after it and, for a page built in steps, when it is whole (`readySel`), then hands every
// figure to the bench through `__benchStart`, a binding
// (page.exposeFunction). Nothing of Playwright's runs in the page while it starts: evaluating a
// script or waiting for a selector there first compiles Playwright's own injected script, 5-10 ms
// of the page's main thread, measured in traces, which fell on the start it measured.
function startProbe([sel, readySel]) {
  const t = {};
  const report = () => {
    if (t.frame === undefined || (readySel && t.ready === undefined)) return;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    window.__benchStart({
      ...t,
      html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      wasmRequested: wasm?.requestStart ?? null,
      wasm: wasm?.responseEnd ?? null,
    });
  };
  const check = () => {
    if (t.dom === undefined && document.querySelector(sel)) {
      t.dom = performance.now();
      requestAnimationFrame(() => {
        t.frame = performance.now();
        report();
      });
    }
    if (readySel && t.ready === undefined && document.querySelector(readySel)) {
      t.ready = performance.now();
      report();
    }
    if (t.dom !== undefined && (!readySel || t.ready !== undefined)) obs.disconnect();
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-ready'] });
  // When the loader asks for the wasm (the module script has run), and when the wasm is compiled
  // and instantiated: the moment wasm-bindgen's init gets it back, before main() and the first
  // render.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      t.called ??= performance.now();
      const result = await original.apply(this, args);
      t.instantiated ??= performance.now();
      return result;
    };
  }
}

/** The phases of a start, in order; each is a median over the loads. */
const START_PHASES = [
  ['html', 'HTML received', 'navigation responseEnd'],
  ['wasmRequested', 'wasm requested', 'wasm requestStart (preloaded): the browser sends the request'],
  ['wasm', 'wasm received', 'wasm responseEnd'],
  ['called', 'loader asks for the wasm', 'WebAssembly.instantiate* called: the module script has run'],
  ['instantiated', 'wasm instantiated', 'compiled and instantiated; main() and the first render follow'],
  ['dom', 'first result in the DOM', 'the start figure'],
  ['frame', 'next frame', 'requestAnimationFrame after the first result'],
  ['ready', 'whole page built', 'data-ready="true": every step of the page built'],
];

async function loadOnce(browser, { url, sel, readySel }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let timer;
    let resolveReport;
    const reported = new Promise((resolvePromise, reject) => {
      resolveReport = resolvePromise;
      timer = setTimeout(() => reject(new Error(`${url}: no first result within 30 s`)), 30_000);
    });
    await page.exposeFunction('__benchStart', (t) => resolveReport(t));
    await page.addInitScript(startProbe, [sel, readySel]);
    await page.goto(url + '/');
    const t = await reported.finally(() => clearTimeout(timer));
    return { html: null, wasmRequested: null, wasm: null, called: null, instantiated: null, ready: null, ...t };
  } finally {
    await context.close();
  }
}

/**
 * `loads` fresh loads of each target ({ name, url, sel }), taking turns: round i loads every
 * target once, in turn, and every other round in the reverse order, so a drift in the
 * machine's load over the run falls on each target alike. Returns, per target, the median of
 * each phase and every load's figures.
 */
async function measureStart(browser, targets, loads) {
  const runs = new Map(targets.map((t) => [t.name, []]));
  for (let i = 0; i < loads; i++) {
    const order = i % 2 ? [...targets].reverse() : targets;
    for (const target of order) runs.get(target.name).push(await loadOnce(browser, target));
  }
  const result = {};
  for (const { name } of targets) {
    const loadsOf = runs.get(name);
    const phases = {};
    for (const [key] of START_PHASES) phases[key] = median(loadsOf.map((r) => r[key]).filter((v) => v !== null));
    result[name] = { median_ms: phases, loads: loadsOf };
  }
  return result;
}

// ---------------------------------------------------------------- (b) input latency

// Runs inside the page. For each value: set it, dispatch a bubbling input event, wait for the
// output's data-value to change (MutationObserver: its callback is a microtask queued behind
// Yew's render, which updates every result and chart in one pass), force layout, record the
// elapsed time. Only the one attribute is observed, so the probe itself costs next to nothing.
// Yields a macrotask between steps like a real reader.
async function latencyInPage({ inputSel, outSel, values }) {
  const input = document.querySelector(inputSel);
  if (!input) throw new Error(`${inputSel} not found`);
  const samples = [];
  let timeouts = 0;
  for (const v of values) {
    const out = document.querySelector(outSel);
    const before = out?.getAttribute('data-value');
    const t0 = performance.now();
    const changed = new Promise((res) => {
      const check = () => {
        const now = document.querySelector(outSel)?.getAttribute('data-value');
        if (now !== before) {
          obs.disconnect();
          clearTimeout(timer);
          res(true);
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(out, { attributes: true, attributeFilter: ['data-value'] });
      const timer = setTimeout(() => {
        obs.disconnect();
        res(false);
      }, 2000);
    });
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const ok = await changed;
    void document.body.offsetHeight; // force style + layout of the update
    const t1 = performance.now();
    if (ok) samples.push(t1 - t0);
    else timeouts++;
    await new Promise((res) => setTimeout(res, 0));
  }
  return { samples, timeouts };
}

function sweep(current, min, max, step, count) {
  // Values walking up and down the range, never repeating the previous one.
  const n = Math.max(2, Math.floor((max - min) / step));
  const values = [];
  let prev = current;
  for (let i = 1; values.length < count; i++) {
    const k = i % (2 * n);
    const idx = k <= n ? k : 2 * n - k;
    const v = Number((min + idx * step).toFixed(6));
    if (v !== prev) values.push(v);
    prev = v;
  }
  return values;
}

// One fresh page load: `steps` slider steps, then `steps` typed chip prices, then (on the first
// round only) the wasm model.
async function latencyRound(browser, url, steps, withModel) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + '/');
  await page.waitForSelector('[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await page.waitForSelector('[data-testid="out-capex-usd"][data-value]', { state: 'attached' });
  await page.evaluate(untilQuiet);

  const slider = await page.evaluate(() => {
    const s = document.querySelector('[data-testid="input-capex-slider"]');
    return s && { min: Number(s.min || 0), max: Number(s.max || 100), step: Number(s.step) || 1, value: Number(s.value) };
  });
  let sliderResult = null;
  if (slider) {
    // Stay above the AI budget (85) so every step is valid: ai cannot exceed capex.
    const lo = Math.max(slider.min, 100);
    const values = sweep(slider.value, lo, slider.max, slider.step, steps);
    sliderResult = await page.evaluate(latencyInPage, {
      inputSel: '[data-testid="input-capex-slider"]',
      outSel: '[data-testid="out-capex-usd"]',
      values,
    });
  }

  // Typed chip prices (US$ 5,000..60,000): each changes the chip count.
  const chipValues = sweep(20000, 5000, 60000, 250, steps);
  const typed = await page
    .evaluate(latencyInPage, { inputSel: '[data-testid="input-chip"]', outSel: '[data-testid="out-chips"]', values: chipValues })
    .catch(() => null);

  // (c) wasm model evaluation, if the app exports bench_model.
  const wasm = !withModel
    ? null
    : await page.evaluate(async (n) => {
        const f = window.wasmBindings && window.wasmBindings.bench_model;
        if (typeof f !== 'function') return null;
        f(Math.min(n, 10_000)); // warm-up
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(Number(await f(n)));
        return runs;
      }, MODEL_EVALUATIONS);
  await context.close();
  return { slider: sliderResult, typed, wasm };
}

// Pools the rounds: every step, the warm-up steps of each round, and the rest.
function pooled(results) {
  const found = results.filter(Boolean);
  if (!found.length) return null;
  const all = found.flatMap((r) => r.samples);
  const warmUp = found.flatMap((r) => r.samples.slice(0, WARM_UP_STEPS));
  const steady = found.flatMap((r) => r.samples.slice(WARM_UP_STEPS));
  return {
    ...summary(all),
    rounds: found.length,
    timeouts: found.reduce((n, r) => n + r.timeouts, 0),
    warm_up_p95: percentile(warmUp, 95),
    steady_p95: percentile(steady, 95),
    rounds_p95: found.map((r) => percentile(r.samples, 95)),
  };
}

async function measureLatency(browser, url, steps, rounds) {
  const results = [];
  for (let i = 0; i < rounds; i++) results.push(await latencyRound(browser, url, steps, i === 0));
  return {
    slider: pooled(results.map((r) => r.slider)),
    typed: pooled(results.map((r) => r.typed)),
    wasmRunsMs: results[0]?.wasm ?? null,
  };
}

// ---------------------------------------------------------------- (d) native model

async function nativeModel() {
  let cargoToml;
  try {
    cargoToml = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  } catch {
    return { ns: null, note: 'no Cargo.toml' };
  }
  const benches = cargoToml.split(/^\s*\[\[bench\]\]\s*$/m).slice(1);
  const hasModel = benches.some((b) => /^\s*name\s*=\s*["']model["']/m.test(b.split(/^\s*\[/m)[0]));
  if (!hasModel) return { ns: null, note: 'no [[bench]] name = "model" in Cargo.toml' };
  console.log('bench: cargo bench --bench model');
  const { code, stdout, error } = await run('cargo', ['bench', '--bench', 'model'], { capture: true, timeoutMs: 15 * 60_000 });
  process.stdout.write(stdout);
  const m = /ns_per_scenario:\s*([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(stdout);
  if (code !== 0 || !m) return { ns: null, note: error || `cargo bench exited ${code}${m ? '' : ', no ns_per_scenario line'}` };
  return { ns: Number(m[1]), note: null };
}

// ---------------------------------------------------------------- (e) the size floor

const FLOOR = 'tests/bench/floor';
/** The floor's two builds: `same` as the product's release, and `plain` as trunk's defaults. */
const FLOOR_BUILDS = {
  // The product's compiler settings (trunk.sh: std rebuilt for size, immediate-abort panics)
  // and its glue minified by postbuild.mjs's minifyScript; not the product's post-build hook,
  // which adds the product's own files (language tables, the explore page, the worker).
  same: {
    dir: 'target/bench/floor',
    inputs: ['build/trunk.sh'],
    label: 'floor, built as the product',
    command: ['build/trunk.sh', ['build', '--release', '--config', `${FLOOR}/Trunk.toml`, '--dist', join(ROOT, 'target/bench/floor')]],
    env: { CARGO_TARGET_DIR: join(ROOT, 'target/floor') },
    minify: true,
  },
  plain: {
    dir: 'target/bench/floor-plain',
    inputs: [`${FLOOR}/Trunk.toml`],
    label: 'floor, plain release profile',
    command: ['trunk', ['build', '--release', '--config', `${FLOOR}/Trunk.toml`, '--dist', join(ROOT, 'target/bench/floor-plain')]],
    env: {
      CARGO_TARGET_DIR: join(ROOT, 'target/floor-plain'),
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`,
      TRUNK_SKIP_VERSION_CHECK: 'true',
    },
  },
};

/** Newest modification time of a file, or of the files under a directory. */
async function newest(path) {
  const s = await stat(path);
  if (!s.isDirectory()) return s.mtimeMs;
  const times = await Promise.all((await readdir(path)).map((name) => newest(join(path, name))));
  return Math.max(s.mtimeMs, ...times);
}

/** Builds a floor, unless its build is newer than everything it is built from. */
async function buildFloor(build) {
  const sources = [join(ROOT, FLOOR), ...build.inputs.map((p) => join(ROOT, p))];
  const built = await stat(join(ROOT, build.dir, 'index.html')).then((s) => s.mtimeMs, () => 0);
  if (built > Math.max(...(await Promise.all(sources.map(newest))))) {
    console.log(`bench: ${build.label}: up to date in ${build.dir}`);
    return firstView(join(ROOT, build.dir));
  }
  const [cmd, args] = build.command;
  console.log(`bench: ${build.label}: ${cmd} ${args.join(' ')}`);
  const { code } = await run(cmd, args, { env: { ...process.env, ...build.env } });
  if (code !== 0) throw new Error(`${build.label}: build failed (${code})`);
  if (build.minify) {
    for (const name of (await readdir(join(ROOT, build.dir))).filter((n) => /^floor-[0-9a-f]+\.js$/.test(n))) {
      const { source, code: minified } = await minifyScript(join(ROOT, build.dir, name));
      // trunk's subresource integrity names the glue it wrote: name the minified one instead.
      const html = join(ROOT, build.dir, 'index.html');
      const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
      await writeFile(html, (await readFile(html, 'utf8')).replaceAll(sri(source), sri(minified)));
    }
  }
  const compressed = await run(process.execPath, ['build/compress.mjs', build.dir]);
  if (compressed.code !== 0) throw new Error(`${build.label}: compress.mjs failed (${compressed.code})`);
  return firstView(join(ROOT, build.dir));
}

// ---------------------------------------------------------------- (f) start under 4x CPU throttling

const CPU_THROTTLING = 4;
const LONG_TASK_MS = 50;
/** The plain-JavaScript page of the same first view: copied from here and precompressed. */
const PLAIN = { src: 'tests/bench/plain', dir: 'target/bench/plain' };
// The trace's categories: `RunTask` (every top-level task of a thread) is in the second, what a
// task did (EvaluateScript, FunctionCall, Layout, ...) and console.timeStamp's `TimeStamp` in
// the first.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const WHOLE_MARK = 'bench:whole';
const DRAWN_MARK = 'bench:drawn';

/** A fresh copy of tests/bench/plain in target/bench/plain, with .br/.gz beside each file. */
async function buildPlain() {
  const dir = join(ROOT, PLAIN.dir);
  await rm(dir, { recursive: true, force: true });
  await cp(join(ROOT, PLAIN.src), dir, { recursive: true });
  await compressDir(dir, { log: () => {} });
  console.log(`bench: plain-JavaScript page: ${PLAIN.src} precompressed into ${PLAIN.dir}`);
  return dir;
}

// Installed before any page script, as startProbe is (and for the same reason nothing of
// Playwright's runs in the page until the figures are handed over). Records every long task
// (buffered: one that began before the observer was registered counts too), the moment the
// page is whole, and the moment its next frame has been drawn (a task posted from the next
// animation frame runs after that frame's style, layout and paint); marks both in the trace
// (console.timeStamp: a `TimeStamp` event on the page's main thread, which also names the
// thread). The long-task entry of the task that made the page whole is queued only once that
// task ends: the figures go out half a second later.
function blockingProbe(wholeSel) {
  const longTasks = [];
  const keep = (list) => {
    for (const e of list) longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
  };
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    observer = null; // no Long Tasks API: the count is n/a
  }
  let whole;
  const check = () => {
    if (whole !== undefined || !document.querySelector(wholeSel)) return;
    whole = performance.now();
    console.timeStamp('bench:whole');
    mutations.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const drawn = performance.now();
        console.timeStamp('bench:drawn');
        setTimeout(() => {
          if (observer) keep(observer.takeRecords());
          window.__benchBlocking({ whole, drawn, longTasks: observer ? longTasks.filter((t) => t.start < whole) : null });
        }, 500);
      };
      channel.port2.postMessage(0);
    });
  };
  const mutations = new MutationObserver(check);
  mutations.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-ready'] });
}

/**
 * The main thread's busy time from the trace: the sum of the durations of the top-level tasks
 * (`RunTask`) of the thread that ran the page's scripts (the renderer main thread on which the
 * marks landed), from the start of the trace (just before navigation) to the `bench:whole`
 * mark; a task still running at the mark counts up to it. Whatever runs there counts: parsing,
 * script compilation and evaluation, wasm compilation, style, layout, paint, GC. Overlapping
 * tasks (a nested run loop) count once. Throttled, so about 4x what the machine itself took.
 * Also the same to `bench:drawn` (the whole page's first frame: its style, layout and paint
 * included, which a page built in one task does after its mark, in the same task), and the
 * tasks over 50 ms that began before the page was whole, each with the events directly inside
 * it that took 1 ms or more (what the task did).
 */
function mainThreadTime(events, traceStart) {
  const markAt = (name) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === name);
  const mark = markAt(WHOLE_MARK);
  if (!mark) return null;
  const drawn = markAt(DRAWN_MARK);
  const onThread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const tasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const busyUntil = (until) => {
    let busy = 0;
    let reached = -Infinity;
    for (const t of tasks) {
      const start = Math.max(t.ts, reached);
      const end = Math.min(t.ts + t.dur, until);
      if (end > start) busy += end - start;
      reached = Math.max(reached, end);
    }
    return busy / 1000;
  };
  const inside = onThread.filter((e) => e.name !== 'RunTask' && e.dur >= 1000).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const long = tasks
    .filter((t) => t.ts < mark.ts && t.dur > LONG_TASK_MS * 1000)
    .map((t) => {
      const end = t.ts + t.dur;
      const children = [];
      let childEnd = -Infinity;
      for (const e of inside) {
        if (e.ts < t.ts || e.ts + e.dur > end || e.ts < childEnd) continue; // outside, or nested in a child
        const data = e.args?.data ?? e.args?.beginData ?? {};
        const file = (data.url || '').split('/').pop().split('?')[0];
        children.push({ name: e.name, ms: e.dur / 1000, ...(file ? { file } : {}) });
        childEnd = e.ts + e.dur;
      }
      return { start_ms: (t.ts - traceStart) / 1000, ms: t.dur / 1000, children };
    });
  return {
    ms: busyUntil(mark.ts),
    window_ms: (mark.ts - traceStart) / 1000,
    to_drawn_ms: drawn ? busyUntil(drawn.ts) : null,
    drawn_window_ms: drawn ? (drawn.ts - traceStart) / 1000 : null,
    tasks: tasks.filter((t) => t.ts < mark.ts).length,
    long_tasks: long,
  };
}

async function blockingLoad(browser, { url, wholeSel }) {
  const context = await browser.newContext();
  const tracing = await browser.newBrowserCDPSession();
  let traceDone = null;
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    let timer;
    let resolveReport;
    const reported = new Promise((resolvePromise, reject) => {
      resolveReport = resolvePromise;
      timer = setTimeout(() => reject(new Error(`${url}: not whole within 60 s`)), 60_000);
    });
    await page.exposeFunction('__benchBlocking', (r) => resolveReport(r));
    await page.addInitScript(blockingProbe, wholeSel);
    const events = [];
    tracing.on('Tracing.dataCollected', ({ value }) => {
      for (const e of value) events.push(e);
    });
    traceDone = new Promise((r) => tracing.once('Tracing.tracingComplete', r));
    await tracing.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url + '/');
    const r = await reported.finally(() => clearTimeout(timer));
    await tracing.send('Tracing.end');
    await traceDone;
    traceDone = null;
    const traceStart = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? events.reduce((t, e) => (e.ts > 0 ? Math.min(t, e.ts) : t), Infinity);
    const lt = r.longTasks;
    return {
      whole_ms: r.whole,
      drawn_ms: r.drawn,
      long_tasks: lt && lt.map((t) => ({ start_ms: t.start, ms: t.duration })),
      long_task_count: lt && lt.length,
      longest_ms: lt && (lt.length ? Math.max(...lt.map((t) => t.duration)) : 0),
      blocking_ms: lt && lt.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
      main_thread: mainThreadTime(events, traceStart),
    };
  } finally {
    if (traceDone) await tracing.send('Tracing.end').then(() => traceDone, () => {});
    await tracing.detach().catch(() => {});
    await context.close();
  }
}

/** Lighthouse's default run (mobile, simulated throttling), as tests/tools/lighthouse.mjs runs
 *  it (a Chromium of its own by chrome-launcher, the same flags), performance only. */
async function lighthouseRuns(pages) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const runs = [];
  try {
    for (const p of pages) {
      console.log(`bench: Lighthouse on ${p.label} (${p.url}/)`);
      try {
        const { lhr } = await lighthouse(p.url + '/', { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const metric = (id) => lhr.audits[id]?.numericValue ?? null;
        runs.push({
          page: p.name,
          label: p.label,
          lighthouse: lhr.lighthouseVersion,
          performance: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
          total_blocking_time_ms: metric('total-blocking-time'),
          largest_contentful_paint_ms: metric('largest-contentful-paint'),
          first_contentful_paint_ms: metric('first-contentful-paint'),
          error: lhr.runtimeError?.code ?? null,
        });
      } catch (err) {
        runs.push({ page: p.name, label: p.label, error: err.message });
      }
    }
  } finally {
    chrome.kill();
  }
  return runs;
}

/**
 * The section: `pages` ({ name, label, dir, wholeSel }) served side by side, `loads` throttled
 * fresh loads of each taking turns (the order flips every round), then Lighthouse on each,
 * this build (the first page) twice: first and last.
 */
async function measureBlocking(pages, loads) {
  const loadBefore = await loadAverage();
  const servers = [];
  const runs = new Map(pages.map((p) => [p.name, []]));
  let browser;
  let chromium_version = null;
  let lighthouse = [];
  try {
    for (const p of pages) {
      const server = await startServer(p.dir);
      servers.push(server);
      p.url = server.url;
    }
    browser = await chromium.launch(CHROMIUM);
    chromium_version = browser.version();
    console.log(`bench: start under ${CPU_THROTTLING}x CPU throttling, ${loads} loads each: ${pages.map((p) => `${p.label} at ${p.url}`).join(', ')}`);
    for (let i = 0; i < loads; i++) {
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        runs.get(p.name).push(await blockingLoad(browser, p).catch((err) => ({ error: err.message })));
      }
    }
    await browser.close();
    browser = null;
    // This build (and each build compared) twice, the references once.
    const twice = pages.filter((p) => p.name === 'this' || p.name.startsWith('compare'));
    lighthouse = await lighthouseRuns([...pages, ...twice.map((p) => ({ ...p, label: `${p.label} (run 2)` }))]);
  } finally {
    if (browser) await browser.close();
    for (const server of servers) server.child.kill('SIGTERM');
  }
  const result = {};
  for (const p of pages) {
    const ok = runs.get(p.name).filter((r) => !r.error);
    const of = (f) => ok.map(f).filter((v) => v !== null && v !== undefined);
    const counts = of((r) => r.long_task_count);
    // The load whose main-thread time is the median (its index in `runs`): its long tasks are
    // the ones printed.
    const byTime = [...ok].filter((r) => r.main_thread).sort((a, b) => a.main_thread.ms - b.main_thread.ms);
    result[p.name] = {
      label: p.label,
      dir: relative(ROOT, p.dir) || '.',
      whole: p.wholeSel,
      loads: ok.length,
      errors: runs.get(p.name).filter((r) => r.error).map((r) => r.error),
      median: {
        whole_ms: median(of((r) => r.whole_ms)),
        drawn_ms: median(of((r) => r.drawn_ms)),
        long_task_count: median(counts),
        longest_task_ms: median(of((r) => r.longest_ms)),
        blocking_ms: median(of((r) => r.blocking_ms)),
        main_thread_ms: median(of((r) => r.main_thread?.ms)),
        main_thread_to_drawn_ms: median(of((r) => r.main_thread?.to_drawn_ms)),
      },
      max_long_task_count: counts.length ? Math.max(...counts) : null,
      max_longest_task_ms: of((r) => r.longest_ms).reduce((a, b) => Math.max(a, b), -Infinity),
      median_load: byTime.length ? runs.get(p.name).indexOf(byTime[Math.ceil(byTime.length / 2) - 1]) : null,
      runs: runs.get(p.name),
    };
    if (result[p.name].max_longest_task_ms === -Infinity) result[p.name].max_longest_task_ms = null;
  }
  const time = (name, key = 'main_thread_ms') => result[name]?.median[key] ?? null;
  return {
    date: new Date().toISOString(),
    chromium: chromium_version,
    cpu_throttling_rate: CPU_THROTTLING,
    loads,
    load_average: { before: loadBefore, after: await loadAverage() },
    method: {
      long_tasks: `PerformanceObserver({type: 'longtask', buffered: true}) from an init script; tasks over ${LONG_TASK_MS} ms that began before the page was whole`,
      main_thread: `CDP trace (${TRACE_CATEGORIES.join(', ')}): sum of the renderer main thread's RunTask durations from the trace start (just before navigation) to the page being whole (console.timeStamp mark), a task running at the mark counted up to it; to_drawn: the same to a task posted from the next animation frame after whole (that frame's style, layout and paint included)`,
      lighthouse: 'Lighthouse default config (mobile, simulated throttling), performance category',
    },
    pages: result,
    main_thread_ratio: {
      to_plain: ratio(time('this'), time('plain')),
      to_floor: ratio(time('this'), time('floor')),
      to_drawn_to_plain: ratio(time('this', 'main_thread_to_drawn_ms'), time('plain', 'main_thread_to_drawn_ms')),
      to_drawn_to_floor: ratio(time('this', 'main_thread_to_drawn_ms'), time('floor', 'main_thread_to_drawn_ms')),
      target_to_plain: 3,
    },
    lighthouse,
  };
}

function printBlocking(b) {
  const pages = Object.values(b.pages);
  const m = (key, digits = 0) => pages.map((p) => fmt(p.median[key], digits));
  console.log('');
  printRows([
    [`start under ${b.cpu_throttling_rate}x CPU throttling (median of ${b.loads} fresh loads each)`, ...pages.map((p) => p.label)],
    ['  whole page at, ms (its next frame drawn at)', ...pages.map((p) => `${fmt(p.median.whole_ms, 0)} (${fmt(p.median.drawn_ms, 0)})`)],
    [`  long tasks over ${LONG_TASK_MS} ms until whole: median count (max)`, ...pages.map((p) => `${fmt(p.median.long_task_count, 0)} (${fmt(p.max_long_task_count, 0)})`)],
    ['  longest task, ms (max over the loads)', ...pages.map((p) => `${fmt(p.median.longest_task_ms, 0)} (${fmt(p.max_longest_task_ms, 0)})`)],
    [`  blocking time until whole, ms (each long task over ${LONG_TASK_MS} ms)`, ...m('blocking_ms')],
    ['  main-thread time until whole, ms (trace)', ...m('main_thread_ms')],
    ['  main-thread time until its next frame drawn, ms (trace)', ...m('main_thread_to_drawn_ms')],
    ...pages.filter((p) => p.errors.length).map((p) => [`  ${p.label}: failed loads`, p.errors.length, p.errors[0]]),
  ]);
  const r = b.main_thread_ratio;
  const times = (v) => (v === null ? 'n/a' : `${fmt(v, 2)}x`);
  console.log(`main-thread time until whole, this build as a multiple of the plain page's: ${times(r.to_plain)} (target: at most ${r.target_to_plain}x); of the floor's: ${times(r.to_floor)}`);
  console.log(`  until the next frame drawn: ${times(r.to_drawn_to_plain)} the plain page's; ${times(r.to_drawn_to_floor)} the floor's`);
  console.log(`  load average before / after: ${b.load_average.before ?? 'n/a'} / ${b.load_average.after ?? 'n/a'}`);
  // Each page's load with the median main-thread time: its long tasks, and from its trace what
  // each task over 50 ms did (the events directly inside it, 5 ms or more; times from the
  // trace's start, throttled).
  for (const p of pages) {
    const load = p.median_load === null ? null : p.runs[p.median_load];
    if (!load) continue;
    const observed = load.long_tasks ? load.long_tasks.map((t) => `${fmt(t.ms, 0)} ms at ${fmt(t.start_ms, 0)}`).join(', ') || 'none' : 'n/a';
    console.log(`${p.label}, the load with the median main-thread time: long tasks ${observed}`);
    for (const t of load.main_thread?.long_tasks ?? []) {
      const what = t.children.filter((c) => c.ms >= 5).map((c) => `${c.name}${c.file ? ` (${c.file})` : ''} ${fmt(c.ms, 0)}`).join(', ');
      console.log(`  trace: task at ${fmt(t.start_ms, 0)} ms, ${fmt(t.ms, 0)} ms: ${what || 'nothing inside over 5 ms'}`);
    }
  }
  console.log('');
  printRows([
    ['Lighthouse (mobile, simulated throttling)', 'performance', 'total blocking time', 'LCP', 'FCP'],
    ...b.lighthouse.map((l) =>
      l.error && l.performance === undefined
        ? [l.label, 'n/a', l.error]
        : [l.label, fmt(l.performance, 0), `${fmt(l.total_blocking_time_ms, 0)} ms`, `${fmt(l.largest_contentful_paint_ms, 0)} ms`, `${fmt(l.first_contentful_paint_ms, 0)} ms${l.error ? ` (${l.error})` : ''}`],
    ),
  ]);
}

const loadAverage = () => readFile('/proc/loadavg', 'utf8').then((t) => t.trim(), () => null);

/** The section's pages: this build, each build compared, the floor (if built), the plain page. */
function blockingPages(dir, floorDir, plainDir, compares = []) {
  const whole = '.calc[data-ready="true"]';
  return [
    { name: 'this', label: 'this build', dir, wholeSel: whole },
    ...compares.map((c) => ({ name: c.name, label: c.label, dir: c.dir, wholeSel: whole })),
    ...(floorDir ? [{ name: 'floor', label: 'floor', dir: floorDir, wholeSel: '[data-testid="out-value"][data-value]' }] : []),
    { name: 'plain', label: 'plain JS', dir: plainDir, wholeSel: '[data-ready="true"]' },
  ];
}

// ---------------------------------------------------------------- main

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(digits));
const bytes = (v) => `${v.toLocaleString('en-US')} B`;
const ratio = (a, b) => (a && b ? a / b : null);

function printRows(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  console.log(rows.map((r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
}

/** A build to compare with: its directory, its first view, and a label (its commit, if known). */
async function compareTarget(dirArg, index) {
  const dir = resolve(ROOT, dirArg);
  const commit = (await readFile(join(dir, '.commit'), 'utf8').catch(() => '')).trim().slice(0, 7) || null;
  return { name: `compare${index || ''}`, dir, label: commit ? `${commit} (${dirArg})` : dirArg, commit, sizes: await firstView(dir) };
}

/** Every --compare build, in the order given. */
const compareTargets = (opts) => Promise.all(opts.compare.map(compareTarget));

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    console.log('bench: npm run build');
    const { code } = await run('npm', ['run', 'build']);
    if (code !== 0) throw new Error(`npm run build failed (${code})`);
  }
  const dir = resolve(ROOT, opts.dir);
  if (opts.blockingOnly) return blockingOnly(opts, dir);
  const sizes = await firstView(dir);
  const floors = {};
  if (opts.floor) for (const [key, build] of Object.entries(FLOOR_BUILDS)) floors[key] = await buildFloor(build);
  const compares = await compareTargets(opts);

  const RESULT = '[data-testid="out-capex-usd"][data-value]';
  const targets = [
    { name: 'this', dir, label: 'this build', sizes },
    ...compares,
    ...(floors.same ? [{ name: 'floor', dir: join(ROOT, FLOOR_BUILDS.same.dir), sel: '[data-testid="out-value"][data-value]', readySel: null, label: 'floor' }] : []),
  ].map((t) => ({ sel: RESULT, readySel: '[data-ready="true"]', ...t }));

  const servers = [];
  let browser;
  let start;
  let latency = { slider: null, typed: null, wasmRunsMs: null };
  try {
    for (const t of targets) {
      const server = await startServer(t.dir);
      servers.push(server);
      t.url = server.url;
    }
    browser = await chromium.launch(CHROMIUM);
    console.log(`bench: Chromium ${browser.version()}, ${targets.map((t) => `${t.label} at ${t.url}`).join(', ')}`);
    start = await measureStart(browser, targets, opts.loads);
    if (!opts.startOnly) latency = await measureLatency(browser, targets[0].url, opts.steps, opts.rounds);
  } finally {
    if (browser) await browser.close();
    for (const server of servers) server.child.kill('SIGTERM');
  }
  const native = opts.native && !opts.startOnly ? await nativeModel() : { ns: null, note: 'skipped' };
  // After everything else, in a browser of its own: nothing else runs meanwhile.
  const blocking = opts.startOnly
    ? null
    : await measureBlocking(blockingPages(dir, floors.same && join(ROOT, FLOOR_BUILDS.same.dir), await buildPlain(), compares), opts.blockingLoads);

  const wasmMs = latency.wasmRunsMs ? median(latency.wasmRunsMs) : null;
  const wasmNs = wasmMs === null ? null : (wasmMs * 1e6) / MODEL_EVALUATIONS;

  // Start: one column per build, medians of the same number of interleaved loads.
  const firstResult = (t) => start[t.name].median_ms.dom;
  const startRows = [
    [`start, ms (median of ${opts.loads} fresh loads each)`, ...targets.map((t) => t.label)],
    ...START_PHASES.map(([key, label]) => [key === 'dom' ? `navigation -> ${label}` : `  ${label}`, ...targets.map((t) => fmt(start[t.name].median_ms[key]))]),
  ];
  if (compares.length) {
    const change = (c) => `${fmt(((firstResult(targets[0]) - firstResult(c)) / firstResult(c)) * 100)}%`;
    startRows.push(['first result: this build against it', '', ...compares.map(change)]);
  }
  if (floors.same) {
    const floor = firstResult(targets.at(-1));
    startRows.push(['first result: multiple of the floor', ...targets.slice(0, -1).map((t) => `${fmt(ratio(firstResult(t), floor), 2)}x`)]);
  }
  startRows.push(['first view, brotli', ...targets.map((t) => bytes((t.sizes ?? floors.same).total.brotli))]);

  const rows = [
    ...(opts.startOnly
      ? []
      : [
          ['slider input -> update', latency.slider],
          ['typed chip -> update', latency.typed],
        ]
    ).flatMap(([label, s]) =>
      s
        ? [
            [label, `p50 ${fmt(s.p50, 2)} / p95 ${fmt(s.p95, 2)} / max ${fmt(s.max, 2)} ms`, `${s.n} steps in ${s.rounds} fresh loads${s.timeouts ? `, ${s.timeouts} timed out` : ''}`],
            ['  p95: warm-up / steady / each load', `${fmt(s.warm_up_p95, 2)} / ${fmt(s.steady_p95, 2)} / ${s.rounds_p95.map((v) => fmt(v, 2)).join(', ')} ms`, `first ${WARM_UP_STEPS} steps of each sweep / the rest`],
          ]
        : [[label, 'n/a', 'control not found']],
    ),
    ...(opts.startOnly
      ? []
      : [
          ['wasm model (bench_model)', wasmNs === null ? 'n/a' : `${fmt(wasmNs, 1)} ns/scenario`, wasmNs === null ? 'window.wasmBindings.bench_model not exported' : `${MODEL_EVALUATIONS} evaluations, median of 3`],
          ['native model (cargo bench)', native.ns === null ? 'n/a' : `${fmt(native.ns, 1)} ns/scenario`, native.note || 'cargo bench --bench model'],
        ]),
    ['first view, brotli', bytes(sizes.total.brotli), `${sizes.files.length} files, gzip ${bytes(sizes.total.gzip)}, raw ${bytes(sizes.total.raw)}`],
    ...Object.entries(floors).map(([key, floor]) => [
      `first view / ${FLOOR_BUILDS[key].label}`,
      `${fmt(ratio(sizes.total.brotli, floor.total.brotli), 2)}x`,
      `floor ${bytes(floor.total.brotli)} brotli: ${floor.files.map((f) => `${f.file.endsWith('.wasm') ? 'wasm' : f.file.endsWith('.js') ? 'JS glue' : f.file} ${bytes(f.brotli)}`).join(', ')}`,
    ]),
  ];
  console.log('');
  printRows(startRows);
  console.log('');
  printRows(rows);
  console.log('\n' + formatTable(sizes.files, sizes.total));
  if (blocking) printBlocking(blocking);

  const report = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    node: process.version,
    load_average: (await readFile('/proc/loadavg', 'utf8').catch(() => '')).trim() || null,
    start_loads: opts.loads,
    start_ms: Object.fromEntries(targets.map((t) => [t.name, { dir: relative(ROOT, t.dir), commit: t.commit ?? null, ...start[t.name] }])),
    input_latency_ms: { slider_capex: latency.slider, typed_chip: latency.typed },
    wasm_model: { ns_per_scenario: wasmNs, evaluations: MODEL_EVALUATIONS, runs_total_ms: latency.wasmRunsMs },
    native_model: { ns_per_scenario: native.ns, note: native.note },
    first_view: { files: sizes.files, total: sizes.total, missing: sizes.missing },
    compare_first_view: compares.map((c) => ({ dir: relative(ROOT, c.dir), commit: c.commit, files: c.sizes.files, total: c.sizes.total })),
    floor: Object.fromEntries(
      Object.entries(floors).map(([key, floor]) => [
        key,
        { build: FLOOR_BUILDS[key].label, files: floor.files, total: floor.total, first_view_ratio: ratio(sizes.total.brotli, floor.total.brotli) },
      ]),
    ),
    [BLOCKING_KEY]: blocking,
  };
  await writeReport(report);
  console.log('\nwrote target/bench.json');
}

const BLOCKING_KEY = 'start_under_cpu_throttling';
const REPORT = join(ROOT, 'target', 'bench.json');

async function writeReport(report) {
  await mkdir(join(ROOT, 'target'), { recursive: true });
  const round = (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  await writeFile(REPORT, JSON.stringify(report, round, 2) + '\n');
}

/** --blocking-only: the floor and plain builds it needs, the section, and its figures written
 *  into target/bench.json beside the figures already there. */
async function blockingOnly(opts, dir) {
  const floorDir = opts.floor ? (await buildFloor(FLOOR_BUILDS.same), join(ROOT, FLOOR_BUILDS.same.dir)) : null;
  const compares = await compareTargets(opts);
  const blocking = await measureBlocking(blockingPages(dir, floorDir, await buildPlain(), compares), opts.blockingLoads);
  printBlocking(blocking);
  const previous = await readFile(REPORT, 'utf8').then(JSON.parse, () => ({}));
  await writeReport({ ...previous, [BLOCKING_KEY]: blocking });
  console.log(`\nwrote target/bench.json (${BLOCKING_KEY}${Object.keys(previous).length ? ', the other figures kept' : ''})`);
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err.message}`);
  process.exit(1);
});
