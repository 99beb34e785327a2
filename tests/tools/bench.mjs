#!/usr/bin/env node
// Performance figures of the release build.
//
//   node tests/tools/bench.mjs [--no-build] [--dir dist] [--loads 5] [--steps 300] [--rounds 3]
//   (or: make bench)
//
// Measures, in Debian's Chromium (headless, via Playwright):
//   start        navigation start -> first result in the DOM (out-capex-usd has data-value),
//                and -> the next animation frame after it; median of fresh page loads
//                (each in a new browser context: empty HTTP and code cache). Also where the
//                time goes: the HTML and the wasm received (Resource Timing), the wasm
//                compiled and instantiated (WebAssembly.instantiate* resolved; main() and the
//                first render follow)
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
// Prints a table and writes target/bench.json. A figure that cannot be measured is "n/a".
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { firstView, formatTable } from './first-view.mjs';
import { CHROMIUM } from '../../playwright.config.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODEL_EVALUATIONS = 200_000;

function parseArgs(argv) {
  const opts = { build: true, dir: 'dist', loads: 5, steps: 300, rounds: 3, native: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--no-native') opts.native = false;
    else if (a === '--dir') opts.dir = argv[++i];
    else if (a === '--loads') opts.loads = Number(argv[++i]);
    else if (a === '--steps') opts.steps = Number(argv[++i]);
    else if (a === '--rounds') opts.rounds = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tests/tools/bench.mjs [--no-build] [--no-native] [--dir dist] [--loads 5] [--steps 300] [--rounds 3]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  for (const key of ['loads', 'steps', 'rounds']) {
    if (!Number.isInteger(opts[key]) || opts[key] < 1) {
      console.error(`bench: --${key} needs a whole number of at least 1`);
      process.exit(2);
    }
  }
  return opts;
}

function run(cmd, args, { capture = false, timeoutMs = 0 } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
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

function startServer(dir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'tests/tools/serve.mjs'), dir, '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)\//.exec(buf);
      if (m) resolvePromise({ child, url: m[1] });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
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

// Installed before any page script: records when the first result lands in the DOM.
function startProbe() {
  const sel = '[data-testid="out-capex-usd"][data-value]';
  const done = () => {
    window.__benchFirstResult = performance.now();
    requestAnimationFrame(() => (window.__benchFirstFrame = performance.now()));
  };
  const check = () => {
    if (window.__benchFirstResult === undefined && document.querySelector(sel)) {
      obs.disconnect();
      done();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
  // When the wasm is compiled and instantiated: the moment wasm-bindgen's init gets it back,
  // before main() and the first render.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      window.__benchInstantiated ??= performance.now();
      return result;
    };
  }
}

async function measureStart(browser, url, loads) {
  const dom = [];
  const frame = [];
  const html = [];
  const wasm = [];
  const instantiated = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(startProbe);
    await page.goto(url + '/');
    await page.waitForFunction(() => window.__benchFirstFrame !== undefined, null, { timeout: 30_000 });
    const t = await page.evaluate(() => ({
      dom: window.__benchFirstResult,
      frame: window.__benchFirstFrame,
      instantiated: window.__benchInstantiated ?? null,
      html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
    }));
    dom.push(t.dom);
    frame.push(t.frame);
    if (t.html !== null) html.push(t.html);
    if (t.wasm !== null) wasm.push(t.wasm);
    if (t.instantiated !== null) instantiated.push(t.instantiated);
    await context.close();
  }
  return {
    dom_ms: median(dom),
    frame_ms: median(frame),
    html_ms: median(html),
    wasm_ms: median(wasm),
    instantiated_ms: median(instantiated),
    runs_dom_ms: dom,
    runs_frame_ms: frame,
    runs_html_ms: html,
    runs_wasm_ms: wasm,
    runs_instantiated_ms: instantiated,
  };
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

// ---------------------------------------------------------------- main

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(digits));

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    console.log('bench: npm run build');
    const { code } = await run('npm', ['run', 'build']);
    if (code !== 0) throw new Error(`npm run build failed (${code})`);
  }
  const dir = resolve(ROOT, opts.dir);
  const sizes = await firstView(dir);

  const server = await startServer(dir);
  let browser;
  let start, latency;
  try {
    browser = await chromium.launch(CHROMIUM);
    console.log(`bench: Chromium ${browser.version()}, ${server.url}`);
    start = await measureStart(browser, server.url, opts.loads);
    latency = await measureLatency(browser, server.url, opts.steps, opts.rounds);
  } finally {
    if (browser) await browser.close();
    server.child.kill('SIGTERM');
  }
  const native = opts.native ? await nativeModel() : { ns: null, note: 'skipped (--no-native)' };

  const wasmMs = latency.wasmRunsMs ? median(latency.wasmRunsMs) : null;
  const wasmNs = wasmMs === null ? null : (wasmMs * 1e6) / MODEL_EVALUATIONS;

  const rows = [
    ['start: navigation -> first result in DOM', `${fmt(start.dom_ms)} ms`, `median of ${opts.loads} fresh loads`],
    ['start: navigation -> next frame', `${fmt(start.frame_ms)} ms`, `median of ${opts.loads} fresh loads`],
    ['  of which: HTML received', `${fmt(start.html_ms)} ms`, 'navigation responseEnd'],
    ['  of which: wasm received', `${fmt(start.wasm_ms)} ms`, 'wasm responseEnd (preloaded)'],
    ['  of which: wasm instantiated', `${fmt(start.instantiated_ms)} ms`, 'compiled and instantiated; main() and the first render follow'],
    ...[
      ['slider input -> update', latency.slider],
      ['typed chip -> update', latency.typed],
    ].flatMap(([label, s]) =>
      s
        ? [
            [label, `p50 ${fmt(s.p50, 2)} / p95 ${fmt(s.p95, 2)} / max ${fmt(s.max, 2)} ms`, `${s.n} steps in ${s.rounds} fresh loads${s.timeouts ? `, ${s.timeouts} timed out` : ''}`],
            ['  p95: warm-up / steady / each load', `${fmt(s.warm_up_p95, 2)} / ${fmt(s.steady_p95, 2)} / ${s.rounds_p95.map((v) => fmt(v, 2)).join(', ')} ms`, `first ${WARM_UP_STEPS} steps of each sweep / the rest`],
          ]
        : [[label, 'n/a', 'control not found']],
    ),
    ['wasm model (bench_model)', wasmNs === null ? 'n/a' : `${fmt(wasmNs, 1)} ns/scenario`, wasmNs === null ? 'window.wasmBindings.bench_model not exported' : `${MODEL_EVALUATIONS} evaluations, median of 3`],
    ['native model (cargo bench)', native.ns === null ? 'n/a' : `${fmt(native.ns, 1)} ns/scenario`, native.note || 'cargo bench --bench model'],
    ['first view, brotli', `${sizes.total.brotli.toLocaleString('en-US')} B`, `${sizes.files.length} files, gzip ${sizes.total.gzip.toLocaleString('en-US')} B, raw ${sizes.total.raw.toLocaleString('en-US')} B`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log('\n' + rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`).join('\n'));
  console.log('\n' + formatTable(sizes.files, sizes.total));

  const report = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    node: process.version,
    start_ms: {
      first_result_dom: start.dom_ms,
      first_result_frame: start.frame_ms,
      html_received: start.html_ms,
      wasm_received: start.wasm_ms,
      wasm_instantiated: start.instantiated_ms,
      loads: opts.loads,
      runs_dom: start.runs_dom_ms,
      runs_frame: start.runs_frame_ms,
      runs_html: start.runs_html_ms,
      runs_wasm: start.runs_wasm_ms,
      runs_wasm_instantiated: start.runs_instantiated_ms,
    },
    input_latency_ms: { slider_capex: latency.slider, typed_chip: latency.typed },
    wasm_model: { ns_per_scenario: wasmNs, evaluations: MODEL_EVALUATIONS, runs_total_ms: latency.wasmRunsMs },
    native_model: { ns_per_scenario: native.ns, note: native.note },
    first_view: { files: sizes.files, total: sizes.total, missing: sizes.missing },
  };
  await mkdir(join(ROOT, 'target'), { recursive: true });
  const round = (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  await writeFile(join(ROOT, 'target', 'bench.json'), JSON.stringify(report, round, 2) + '\n');
  console.log('\nwrote target/bench.json');
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err.message}`);
  process.exit(1);
});
