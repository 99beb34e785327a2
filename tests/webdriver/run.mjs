#!/usr/bin/env node
// The end-to-end scenarios (tests/scenarios) in Firefox and WebKit over W3C WebDriver, against
// the release build in dist/ (make it with `npm run build`).
//
//   node tests/webdriver/run.mjs                       # every scenario, Firefox then WebKit
//   node tests/webdriver/run.mjs --engine webkit       # one engine
//   node tests/webdriver/run.mjs --grep 'share link'   # scenarios whose name matches
//   node tests/webdriver/run.mjs --timeout 90          # seconds per scenario (default 60)
//   node tests/webdriver/run.mjs --reuse-servers       # use servers already on 4173 and 4174
//   node tests/webdriver/run.mjs --retries 1           # runs a failed scenario again, in a
//                                                      # new session (default 0; make test: 1)
//
// Starts the two static servers as playwright.config.mjs does (the app on 127.0.0.1:4173, the
// host pages on localhost:4174; one already there is an error unless --reuse-servers is given),
// then one browser session per engine (a second one for the scenarios that need a dark system
// colour scheme). Every line of output starts with the engine's name; the exit code is 1 if
// any scenario failed in any engine. A scenario that fails or times out gets a new session for
// the next one, so one failure does not cascade. A scenario that fails and then passes on a
// retry counts as passed and is listed as flaky at the end, with its first failure shown, as
// Playwright's retries do: the machines here are noisy, and a browser driver sometimes drops a
// command; a scenario that fails every time still fails the run.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from '../scenarios/index.mjs';
import { Skip } from '../scenarios/driver.mjs';
import { APP, HOST, HOST_ALT, APP_PORT, HOST_PORT } from '../scenarios/model.mjs';
import { ENGINES, newSession } from './engines.mjs';
import { SeleniumDriver } from './selenium-driver.mjs';
import { KNOWN_PROBLEMS, EXPECTED_FAILURES } from './known-issues.mjs';
import { start, stop } from './processes.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values: opts } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    'reuse-servers': { type: 'boolean', default: false },
    retries: { type: 'string', default: '0' },
  },
});
const engines = opts.engine?.length ? opts.engine : Object.keys(ENGINES);
for (const e of engines) if (!ENGINES[e]) fail(`unknown engine ${e} (known: ${Object.keys(ENGINES).join(', ')})`);
const grep = opts.grep ? new RegExp(opts.grep, 'i') : null;
const TIMEOUT = Number(opts.timeout) * 1000;
const RETRIES = Number(opts.retries);
const scenarios = SCENARIOS.filter((s) => !grep || grep.test(`${s.area} › ${s.name}`));

function fail(message) {
  console.error(`webdriver: ${message}`);
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- the static servers

const servers = [];

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves `dir` on `port` for this run. A server already answering there is reused only with
 * --reuse-servers: it may serve another checkout's build.
 */
async function startServer(dir, port, url) {
  if (await answers(url)) {
    if (opts['reuse-servers']) return;
    fail(`something already serves ${url}: stop it, or pass --reuse-servers if it serves this dist/`);
  }
  const child = start(process.execPath, ['build/serve.mjs', dir, String(port)], { cwd: ROOT });
  servers.push(child);
  const deadline = Date.now() + 30_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) fail(`the server for ${dir} did not start on ${url}: ${child.log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopServers() {
  for (const child of servers) await stop(child);
}

// ---------------------------------------------------------------- one engine

/** Runs `fn`, or rejects after `ms` ms. */
function within(ms, fn) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${seconds(ms)}`)), ms);
  });
  return Promise.race([fn(), timeout]).finally(() => clearTimeout(timer));
}

/** Ends a session; a browser that does not answer within 30 s does not hold the run. */
async function quit(session) {
  await within(30_000, () => session.quit()).catch(() => {});
}

/** Back to one tab, at the top document, with the app origin's storage, workers and caches empty. */
async function reset(session) {
  const wd = session.driver;
  const [first, ...others] = await wd.getAllWindowHandles();
  for (const handle of others) {
    await wd.switchTo().window(handle);
    await wd.close();
  }
  await wd.switchTo().window(first);
  for (const script of session.preloads.splice(0)) {
    await session.bidi.send({ method: 'script.removePreloadScript', params: { script } });
  }
  // A file of the app's origin that runs none of the app: it neither writes storage nor
  // registers the service worker (whose install would race the clean-up below).
  await wd.get(`${APP}/robots.txt`);
  await wd.executeScript('localStorage.clear(); sessionStorage.clear();');
  // No service worker or cache left from the last scenario: each starts as in a new profile.
  // Bounded, so that a worker still installing cannot hold the run (it is then reported).
  const cleaned = await wd.executeScript(`let step = 'getRegistrations'; return Promise.race([(async () => {
    if ('serviceWorker' in navigator) for (const r of await navigator.serviceWorker.getRegistrations()) { step = 'unregister'; await r.unregister(); step = 'next'; }
    step = 'caches.keys';
    if (self.caches) for (const key of await caches.keys()) { step = 'caches.delete'; await caches.delete(key); }
    return 'ok';
  })(), new Promise((resolve) => setTimeout(() => resolve('not finished within 5 s: ' + step), 5000))])`);
  await wd.get('about:blank');
  session.problems.length = 0;
  session.allowed.length = 0;
  session.requests.length = 0;
  session.notes.length = 0;
  if (cleaned !== 'ok') session.notes.push(`clearing the app origin's service workers and caches: ${cleaned}`);
}

/** The reason `title` is expected to fail in `engine` (with this error, if given), or null. */
function expected(engine, title, error) {
  const entry = EXPECTED_FAILURES.find(
    (x) => x.engine === engine && x.scenario.test(title) && (!error || x.error.test(String(error.message))),
  );
  return entry ? entry.why : null;
}

/** What the session's BiDi events say went wrong (Firefox only): errors, foreign requests. */
function guardProblems(session, scenario) {
  const origins = [...(['embed', 'host', 'editions', 'pages'].includes(scenario.area) ? [APP, HOST, HOST_ALT] : [APP]), ...session.allowed];
  const allowed = origins.map((o) => (o.startsWith('file:') ? 'file://' : new URL(o).origin + '/'));
  const foreign = session.requests.filter(
    (u) => !allowed.some((o) => u.startsWith(o)) && !/^(data|blob|about):/.test(u),
  );
  const problems = [...session.problems, ...foreign.map((u) => `request to another origin: ${u}`)];
  const known = (p) => KNOWN_PROBLEMS.find((k) => k.engine === session.engine && k.problem.test(p));
  return {
    problems: problems.filter((p) => !known(p)),
    known: [...new Set(problems.filter(known).map((p) => `${p}: ${known(p).why}`))],
  };
}

async function runEngine(engine) {
  const say = (line) => console.log(`[${engine}] ${line}`);
  const spec = ENGINES[engine];
  const missing = spec.check();
  if (missing.length) {
    say(`✗ cannot start: missing ${missing.join(', ')} (run bash .ci/setup)`);
    return { engine, passed: 0, failed: scenarios.length, skipped: 0, ms: 0 };
  }
  const started = Date.now();
  const service = await spec.service();
  // `failures`: each failed scenario with its first error line; the count is their number.
  const result = { engine, passed: 0, failed: 0, skipped: 0, expected: 0, flaky: [], failures: [], ms: 0 };
  // Scenarios that need a dark system scheme share a session of their own, after the rest.
  const groups = new Map();
  for (const s of scenarios) {
    const key = s.colorScheme || 'default';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  try {
    for (const [key, group] of groups) {
      const options = key === 'default' ? {} : { colorScheme: key };
      let session = null;
      for (const scenario of group) {
        const title = `${scenario.area} › ${scenario.name}`;
        for (let attempt = 0; ; attempt++) {
          const t0 = Date.now();
          const retry = attempt < RETRIES;
          try {
            session ??= await within(TIMEOUT, () => newSession(engine, service, options));
            await reset(session);
            await within(TIMEOUT, () => scenario.run(new SeleniumDriver(session)));
            const { problems, known } = guardProblems(session, scenario);
            if (problems.length) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
            for (const k of known) say(`    known issue: ${k}`);
            if (expected(engine, title)) {
              result.failures.push(`${title}: passed, but known-issues.mjs expects it to fail`);
              say(`✗ ${title}: passed, but known-issues.mjs expects it to fail: delete that entry`);
            } else {
              result.passed++;
              say(`✓ ${title} (${seconds(Date.now() - t0)})${attempt ? `, flaky: passed on retry ${attempt}` : ''}`);
              if (attempt) result.flaky.push(title);
            }
          } catch (e) {
            const why = expected(engine, title, e);
            if (why) {
              result.expected++;
              say(`✓ ${title}: fails as expected (${seconds(Date.now() - t0)})`);
              say(`    known issue: ${why}`);
              say(`    ${String(e.message).split('\n').find((l) => EXPECTED_FAILURES.some((x) => x.error.test(l))) ?? e.message}`);
              if (session) await quit(session);
              session = null;
            } else if (e instanceof Skip) {
              result.skipped++;
              say(`- ${title}: skipped, ${e.message}`);
            } else {
              say(`✗ ${title} (${seconds(Date.now() - t0)})${retry ? ': retrying in a new session' : ''}`);
              const where = String(e.stack || '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4);
              // Some driver errors carry only their name (an empty message).
              const message = String(e?.message || e?.name || e);
              if (!retry) result.failures.push(`${title}: ${message.split('\n')[0]}`);
              for (const line of [...message.split('\n').slice(0, 14), ...where]) say(`    ${line.trim()}`);
              // A new session for the next scenario: nothing left over from this one.
              if (session) await quit(session);
              session = null;
              if (retry) continue;
            }
          }
          for (const note of session?.notes ?? []) say(`    note: ${note}`);
          break;
        }
      }
      if (session) await quit(session);
    }
  } finally {
    await service.stop();
  }
  result.ms = Date.now() - started;
  result.failed = result.failures.length;
  say(
    `${result.passed} passed (${result.flaky.length} flaky), ${result.expected} known failures, ${result.failed} failed, ${result.skipped} skipped (${scenarios.length} scenarios, ${seconds(result.ms)})`,
  );
  for (const title of result.flaky) say(`flaky: ${title}`);
  // Named again last: a log cut to its tail still says what failed, and why.
  for (const failure of result.failures) say(`failed: ${failure}`);
  return result;
}

// ---------------------------------------------------------------- main

if (!existsSync(`${ROOT}/dist/index.html`)) fail('dist/index.html is missing: run `npm run build` first');
if (!scenarios.length) fail(`no scenario matches ${opts.grep}`);

let results = [];
try {
  await startServer('dist', APP_PORT, `${APP}/`);
  await startServer('tests/e2e/fixtures', HOST_PORT, `${HOST}/index.html`);
  for (const engine of engines) results.push(await runEngine(engine));
} catch (e) {
  console.error(e);
  results.push({ engine: 'setup', failed: 1 });
} finally {
  await stopServers();
}

const failed = results.filter((r) => r.failed > 0);
console.log(
  `webdriver: ${results.map((r) => `${r.engine} ${r.failed ? `FAILED (${r.failed})` : 'ok'}`).join(', ')}`,
);
process.exit(failed.length ? 1 : 0);
