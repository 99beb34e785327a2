#!/usr/bin/env node
// The explore page's figures (make bench runs it after the first view's; it also runs alone
// against a served build):
//
//   node tests/tools/bench-explore.mjs [--dir dist] [--steps 100]
//
//   draws        window.wasmBindings.bench_draws(10000) on explore.html: the sources-disagree
//                preset's 10,000 draws and their summary, in the explore page's wasm (the
//                engine's worker runs the same code): ms, and draws per ms; median of 5 runs
//                (n/a on a build that does not export it: the release does not)
//   with ranges  on explore.html?preset=sources-disagree (five inputs as ranges), the
//                input-usdcny-slider moved step by step as the first view's bench does:
//                  point     input -> the story's US$ AI budget (story-ai-usd, a point value:
//                            out-*'s data-value is the median while ranges are active)
//                            changed, layout forced: what the first view measures;
//                  intervals input -> the draws for the new scenario on screen (data-drawn
//                            back to "true", out-capex-usd's data-low changed), from the
//                            engine's worker, on a later frame.
//                p50 / p95 / max, after the page has gone quiet.
// Prints a table and returns the figures (exported for tests/tools/bench.mjs).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM } from '../../playwright.config.mjs';

const DRAWS = 10_000;

function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
}
const summary = (xs) => ({ n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : null });

/** In the page: moves a slider through `values`, timing the point update and the intervals. */
async function rangedLatencyInPage({ values }) {
  const input = document.querySelector('[data-testid="input-usdcny-slider"]');
  const out = () => document.querySelector('[data-testid="out-capex-usd"]');
  const story = () => document.querySelector('[data-testid="story-ai-usd"]');
  const root = document.querySelector('.calc');
  const point = [];
  const intervals = [];
  let timeouts = 0;
  const until = (test) =>
    new Promise((done) => {
      if (test()) return done(true);
      const obs = new MutationObserver(() => {
        if (test()) {
          obs.disconnect();
          clearTimeout(timer);
          done(true);
        }
      });
      obs.observe(root, { attributes: true, subtree: true, attributeFilter: ['value', 'data-low', 'data-drawn'] });
      const timer = setTimeout(() => {
        obs.disconnect();
        done(false);
      }, 5000);
    });
  for (const v of values) {
    const [value, low] = [story().getAttribute('value'), out().getAttribute('data-low')];
    const t0 = performance.now();
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const moved = await until(() => story().getAttribute('value') !== value);
    void document.body.offsetHeight;
    const t1 = performance.now();
    const drawn = await until(() => root.getAttribute('data-drawn') === 'true' && out().getAttribute('data-low') !== low);
    void document.body.offsetHeight;
    const t2 = performance.now();
    if (moved && drawn) {
      point.push(t1 - t0);
      intervals.push(t2 - t0);
    } else timeouts++;
    await new Promise((res) => setTimeout(res, 0));
  }
  return { point, intervals, timeouts };
}

function quiet() {
  return new Promise((done) => {
    let n = 0;
    const giveUp = performance.now() + 10_000;
    const wait = () =>
      requestIdleCallback((d) => {
        n = !d.didTimeout && d.timeRemaining() >= 45 ? n + 1 : 0;
        if (n >= 5 || performance.now() > giveUp) done();
        else wait();
      }, { timeout: 2000 });
    wait();
  });
}

/** The explore figures against a build served at `base` (http://127.0.0.1:<port>). */
export async function measureExplore(browser, base, steps = 100) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/explore.html?v=1&preset=sources-disagree`);
  await page.waitForSelector('[data-drawn="true"]', { timeout: 30_000 });
  await page.evaluate(quiet);
  // Only a build with the `bench` feature exports it, and only a loader that exposes the
  // bindings as `window.wasmBindings` (trunk's default) reaches it; the release has neither.
  const exported = await page.evaluate(() => typeof window.wasmBindings?.bench_draws === 'function');
  const runs = [];
  for (let i = 0; exported && i < 5; i++) runs.push(await page.evaluate((n) => window.wasmBindings.bench_draws(n), DRAWS));
  const ms = exported ? percentile(runs, 50) : null;
  // 7.04 to 7.14 and back by 0.01 (the rate is one value in this preset).
  const values = Array.from({ length: steps }, (_, i) => Number((7.04 + 0.01 * (1 + (i % 10))).toFixed(2)));
  const { point, intervals, timeouts } = await page.evaluate(rangedLatencyInPage, { values });
  await context.close();
  return {
    draws: { draws: DRAWS, ms, perMs: ms > 0 ? DRAWS / ms : null },
    withRanges: { point: summary(point), intervals: summary(intervals), timeouts },
  };
}

export function formatExplore(f) {
  const n = (v, d = 2) => (v == null ? 'n/a' : v.toFixed(d));
  return [
    f.draws.ms == null
      ? 'explore page: draws in wasm n/a (window.wasmBindings.bench_draws not exported by this build)'
      : `explore page: ${DRAWS.toLocaleString('en-US')} draws in ${n(f.draws.ms, 1)} ms in wasm (${n(f.draws.perMs, 0)} draws/ms)`,
    `  with ranges, input -> point results   p50 ${n(f.withRanges.point.p50)} ms  p95 ${n(f.withRanges.point.p95)} ms  max ${n(f.withRanges.point.max)} ms  (n=${f.withRanges.point.n})`,
    `  with ranges, input -> intervals       p50 ${n(f.withRanges.intervals.p50)} ms  p95 ${n(f.withRanges.intervals.p95)} ms  max ${n(f.withRanges.intervals.max)} ms  (timeouts ${f.withRanges.timeouts})`,
  ].join('\n');
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const dir = arg('--dir', 'dist');
  const steps = Number(arg('--steps', 100));
  const port = 4190 + Math.floor(Math.random() * 9);
  const server = spawn('node', ['build/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (await fetch(base + '/').then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch(CHROMIUM);
    console.log(formatExplore(await measureExplore(browser, base, steps)));
    await browser.close();
  } finally {
    server.kill();
  }
}
