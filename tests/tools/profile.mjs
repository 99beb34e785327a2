#!/usr/bin/env node
// Where the start's main-thread time goes, by function, the wasm's functions named.
//
//   node tests/tools/profile.mjs [--no-build] [--loads 5] [--rate 4] [--top 25] [--query lang=it]
//                                [--eager-wasm]
//   (or: make profile)
//
// 1. Builds the standalone first view as build/build.sh's last step does (features `sharing`),
//    into target/profile-dist, with one difference: wasm-opt keeps the name section
//    (`--debuginfo`, added by a wrapper put first on build/trunk.sh's PATH), so a profile
//    names the Rust functions where the release has only indices. The code is otherwise the
//    release's: the same compiler settings, the same wasm-opt passes. Needs the other builds
//    that step takes in (target/frame-dist, target/explore-dist, target/engine-dist): run
//    `make build` first. --no-build profiles target/profile-dist as it is.
// 2. Loads it --loads times, each in a fresh browser context with Chromium's CPU throttled
//    --rate times (as bench.mjs's throttled section), V8's sampling profiler running (every
//    100 µs) from before navigation until the page is whole (.calc[data-ready="true"]).
//    --query adds a query string (`lang=it`, `embed=1`). --eager-wasm starts Chromium with
//    `--js-flags=--no-wasm-lazy-compilation`, to see what V8's lazy compilation of each wasm
//    function on its first call costs (a page cannot choose it).
// 3. Prints the mean time per load by kind (wasm, each script, V8's own work, GC), the
//    functions with the most self time, and the wasm functions with the most time inclusive
//    of what they call (the components' views, the texts' parsing...), named by their Rust paths.
//    Writes each load's profile to target/profile/start-<n>.cpuprofile (DevTools' Performance
//    panel opens them).
// Times are the throttled machine's, not a benchmark: compare builds with bench.mjs.
import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { pageBuilds } from '../../build/builds.mjs';
import { compressDir } from '../../build/compress.mjs';
import { CHROMIUM } from '../../playwright.config.mjs';
import { startServer } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'target/profile-dist');
const OUT = join(ROOT, 'target/profile');
const TOOLS = join(ROOT, 'target/profile-tools');
const WHOLE = '.calc[data-ready="true"]';
const SAMPLING_US = 100;
const USAGE = 'usage: node tests/tools/profile.mjs [--no-build] [--loads 5] [--rate 4] [--top 25] [--query lang=it] [--eager-wasm]';

function parseArgs(argv) {
  const opts = { build: true, loads: 5, rate: 4, top: 25, query: '', eagerWasm: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--eager-wasm') opts.eagerWasm = true;
    else if (a === '--query' && argv[i + 1] !== undefined) opts.query = argv[++i];
    else if (['--loads', '--rate', '--top'].includes(a) && /^[1-9]\d*$/.test(argv[i + 1] ?? '')) opts[a.slice(2)] = Number(argv[++i]);
    else {
      console.error(USAGE);
      process.exit(2);
    }
  }
  return opts;
}

function run(cmd, args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`))));
  });
}

/** The first view with its wasm's names kept, into target/profile-dist (see the header). */
async function buildProfile() {
  for (const dir of ['target/frame-dist', 'target/explore-dist', 'target/engine-dist']) {
    if (!(await readdir(join(ROOT, dir)).catch(() => null))) throw new Error(`${dir} is missing: run make build first`);
  }
  const real = join(ROOT, 'node_modules/.bin/wasm-opt');
  await mkdir(TOOLS, { recursive: true });
  // trunk asks the tool for its version first: that call goes through unchanged.
  await writeFile(
    join(TOOLS, 'wasm-opt'),
    `#!/bin/sh\ncase "$1" in --version) exec "${real}" "$@";; esac\nexec "${real}" "$@" --debuginfo\n`,
  );
  await chmod(join(TOOLS, 'wasm-opt'), 0o755);
  await run('build/trunk.sh', ['build', '--release', '--dist', DIST], {
    CAPEX_TOOLS_FIRST: TOOLS,
    TRUNK_BUILD_NO_DEFAULT_FEATURES: 'true',
    TRUNK_BUILD_FEATURES: 'sharing',
  });
  await compressDir(DIST, { log: () => {} });
}

/** Whether a wasm has a name section (custom section `name`). */
function hasNameSection(buf) {
  let at = 8;
  const leb = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = buf[at++];
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return v;
    }
  };
  while (at < buf.length) {
    const id = buf[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) {
      const len = leb();
      if (buf.toString('utf8', at, at + len) === 'name') return true;
    }
    at = end;
  }
  return false;
}

/** One throttled load of the page, profiled from before navigation until it is whole. */
async function profileLoad(browser, url, rate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate });
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    let whole;
    const wholeSeen = new Promise((r) => (whole = r));
    await page.exposeFunction('__profileWhole', () => whole());
    await page.addInitScript((sel) => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector(sel)) return;
        seen.disconnect();
        window.__profileWhole();
      });
      seen.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    }, WHOLE);
    await session.send('Profiler.start');
    await page.goto(url);
    let timer;
    await Promise.race([wholeSeen, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: not whole within 60 s`)), 60_000)))]);
    clearTimeout(timer);
    const { profile } = await session.send('Profiler.stop');
    return profile;
  } finally {
    await context.close();
  }
}

const KIND_OF = { '(program)': 'V8 and Blink outside any function (compilation, parsing, style, layout...)', '(garbage collector)': 'garbage collection', '(idle)': null, '(root)': null };

const OURS = /^wasm (?:<)?capex_calculator::/;

/**
 * Each sample's function and the functions on its stack, timed: self and inclusive ms, over
 * the load and within each task. A task is a run of samples with no idle one between them (the
 * renderer marks its main thread idle between tasks); those over 50 ms are kept with the
 * project's own functions inside them (inclusive), which is what a change here can move.
 */
function tally(profile, into) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const { functionName, url } = n.callFrame;
    if (functionName in KIND_OF) return { key: functionName, kind: functionName };
    const file = url.split('/').pop().split('?')[0];
    const kind = file.endsWith('.wasm') ? 'wasm' : file || 'browser built-ins (DOM calls, wasm-JS crossings)';
    // V8 writes the name section's Rust paths demangled; the crates' hashes go.
    const name = functionName.replace(/\[[0-9a-f]{16}\]/g, '') || '(anonymous)';
    return { key: `${file.endsWith('.wasm') ? 'wasm' : file || 'built-in'} ${name}`, kind };
  };
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const tasks = [];
  let task = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.samples.length ? t + profile.timeDeltas[i + 1] : t;
    const ms = (next - t) / 1000;
    const node = byId.get(id);
    const own = keyOf(node);
    if (KIND_OF[own.key] === null) {
      task = null;
      return;
    }
    if (!task) tasks.push((task = { at: (t - profile.startTime) / 1000, ms: 0, self: new Map(), ours: new Map() }));
    task.ms += ms;
    add(task.self, own.kind === 'wasm' ? 'wasm' : own.key, ms);
    add(into.self, own.key, ms);
    add(into.kinds, own.kind, ms);
    into.busy += ms;
    const seen = new Set();
    for (let n = node; n; n = byId.get(parent.get(n.id))) {
      const k = keyOf(n);
      if (!k.key.startsWith('wasm ') || seen.has(k.key)) continue;
      seen.add(k.key);
      add(into.inclusive, k.key, ms);
      if (OURS.test(k.key)) add(task.ours, k.key, ms);
    }
  });
  into.longTasks.push(tasks.filter((k) => k.ms > LONG_TASK_MS));
}

const LONG_TASK_MS = 50;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
const short = (key) => key.replace(/^wasm /, '').replace(/^<?capex_calculator::/, '');

/** Each load's tasks over 50 ms: when, how long, what ran in them, and the project's code. */
function printTasks(loads) {
  console.log(`\ntasks over ${LONG_TASK_MS} ms (busy time within each; "ours": the project's functions, inclusive)`);
  loads.forEach((tasks, i) => {
    console.log(`load ${i + 1}: ${tasks.length} task(s)`);
    for (const k of tasks) {
      const self = top(k.self, 4).map(([key, ms]) => `${key} ${ms.toFixed(0)}`).join(', ');
      console.log(`  at ${k.at.toFixed(0)} ms, ${k.ms.toFixed(0)} ms: ${self}`);
      for (const [key, ms] of top(k.ours, 4)) console.log(`    ours ${ms.toFixed(0).padStart(4)} ms  ${short(key)}`);
    }
  });
}

function print(title, map, loads, top, busy) {
  console.log(`\n${title}`);
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, ms] of rows) {
    const per = ms / loads;
    console.log(`${per.toFixed(1).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${key}`);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) await buildProfile();
  // The standalone build's wasm (the frame's, taken in from target/frame-dist, has no names).
  const html = await readFile(join(DIST, 'index.html'), 'utf8').catch(() => null);
  const wasmName = html && pageBuilds(html)?.page?.[1];
  if (!wasmName) throw new Error('target/profile-dist has no page build: run without --no-build');
  if (!hasNameSection(await readFile(join(DIST, wasmName)))) throw new Error(`${wasmName} has no name section: the profile would name no wasm function`);
  await mkdir(OUT, { recursive: true });
  const server = await startServer(DIST);
  const args = [...CHROMIUM.args, ...(opts.eagerWasm ? ['--js-flags=--no-wasm-lazy-compilation'] : [])];
  const browser = await chromium.launch({ ...CHROMIUM, args });
  const totals = { self: new Map(), kinds: new Map(), inclusive: new Map(), busy: 0, longTasks: [] };
  try {
    const url = `${server.url}/${opts.query ? `?${opts.query}` : ''}`;
    for (let i = 1; i <= opts.loads; i++) {
      const profile = await profileLoad(browser, url, opts.rate);
      await writeFile(join(OUT, `start-${i}.cpuprofile`), JSON.stringify(profile));
      tally(profile, totals);
    }
    console.log(`profile: ${url}, ${opts.loads} loads, CPU throttled ${opts.rate}x${opts.eagerWasm ? ', wasm compiled eagerly' : ''}; mean per load, until whole`);
    console.log(`busy: ${(totals.busy / opts.loads).toFixed(1)} ms (the samples' time, idle left out)`);
    const kinds = new Map([...totals.kinds].map(([k, v]) => [KIND_OF[k] ?? k, v]));
    print('by kind', kinds, opts.loads, opts.top, totals.busy);
    print('self time', totals.self, opts.loads, opts.top, totals.busy);
    print('wasm functions, inclusive of what they call', totals.inclusive, opts.loads, opts.top, totals.busy);
    print("the project's wasm functions, inclusive", new Map([...totals.inclusive].filter(([k]) => OURS.test(k))), opts.loads, opts.top, totals.busy);
    printTasks(totals.longTasks);
    console.log(`\nwrote target/profile/start-1..${opts.loads}.cpuprofile`);
  } finally {
    await browser.close();
    server.child.kill();
  }
}

main().catch((err) => {
  console.error(`profile: ${err.stack || err.message}`);
  process.exit(1);
});
