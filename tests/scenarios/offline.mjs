// Offline use and the security policy, in every engine: after one visit the page works with its
// server gone (at the root, under a sub-path, and embedded in another site's iframe); a new
// version is offered, applied on the reader's click and never mixed with the old one; the
// single-file edition works from disk; the page's policy is strict and a session with every
// control breaks none of it.
//
// Each scenario that needs a server it can stop starts one of its own (sites.mjs): a fresh
// origin, so no worker from another scenario is involved. Where an engine has no service worker
// (or none in a third-party frame), the scenario checks that the page still works and says so.
import assert from 'node:assert/strict';
import { APP, HOST, DEFAULTS, INPUTS } from './model.mjs';
import { tid, field, slider, until, drawn, BOOT } from './driver.mjs';
import { site, deployableSite, secondVersion, singleFileUrl, TITLE } from './sites.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

/**
 * Whether each engine here runs the page's service worker, on a top-level page and in a
 * third-party iframe (partitioned storage), as measured: a scenario fails if an engine starts
 * or stops doing so, so this table stays true. Chromium refuses a worker in a third-party frame
 * when third-party cookies are blocked, as they are in Playwright's contexts (off the record,
 * like an Incognito window) and for readers who block them: the registration is refused
 * ("NotSupportedError: The user denied permission"), and the page works online as before.
 * tests/e2e/offline.spec.mjs checks a regular Chromium profile, where the frame works offline.
 */
export const WORKERS = {
  chromium: { top: true, thirdParty: false },
  firefox: { top: true, thirdParty: true },
  webkit: { top: true, thirdParty: true },
};

/** The state of the page's worker: 'unsupported', 'none', or the active/waiting/installing one's. */
function workerState(t) {
  return t.eval(() => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    return navigator.serviceWorker.getRegistration().then(
      (r) => {
        const w = r && (r.active || r.waiting || r.installing);
        return w ? w.state : 'none';
      },
      (e) => `refused: ${e.name}`,
    );
  });
}

/**
 * Waits until the page's worker is active (its precache complete), and returns true; where
 * the engine is not expected to run one (`WORKERS`), notes how the page degraded and returns
 * false.
 */
async function workerActive(t, where = 'top') {
  if (!WORKERS[t.engine][where]) {
    const state = await workerState(t);
    t.note(`no service worker here (${where === 'top' ? 'top-level page' : 'third-party iframe'}: ${state}); the page works online only`);
    return false;
  }
  await until(async () => assert.equal(await workerState(t), 'activated'), 'the service worker is active', BOOT);
  return true;
}

// The wasm the page's HTML loads for this reader: the build static/theme.js picked, as the
// builds tag names it (build/postbuild.mjs).
const loaderWasm = (t) =>
  t.eval(() => {
    const meta = document.querySelector('meta[name="capex-calculator:builds"]');
    const build = document.documentElement.dataset.build || 'page';
    const wasm = meta ? JSON.parse(meta.content)[build]?.[1] : null;
    return wasm ? wasm.replace(/^\.?\//, '') : null;
  });

const heading = (t) => t.eval(() => (document.querySelector('h1') ? document.querySelector('h1').textContent : null));

// ---------------------------------------------------------------- after one visit

scenario('offline: after one visit the page, and the explore page, open and compute with the server gone', async (t) => {
  const app = await site();
  t.allow(app.origin);
  try {
    await t.goto(`${app.url}?v=1&capex=200`);
    await t.ready();
    await t.expectOutputs({ ...DEFAULTS, capex: 200 });
    const offline = await workerActive(t);
    await app.stop();
    if (!offline) return;
    // Another share link, opened with no server: the cached page reads it.
    await t.goto(`${app.url}?v=1&capex=210&chip=30000&currency=eur`);
    await t.ready();
    await t.expectOutputs({ ...DEFAULTS, capex: 210, chip: 30000 });
    assert.equal(await t.value(tid('input-currency')), 'eur');
    // The embedded layout, too, from the same cache.
    await t.goto(`${app.url}?embed=1`);
    await t.ready();
    await t.expectOutputs(DEFAULTS);
    // And the explore page, its tables and the engine that draws the ranges.
    await t.goto(`${app.url}explore.html?v=1&chip=20000..27000&seed=3&lang=it`);
    await t.ready();
    await drawn(t);
    assert.equal(await t.eval(() => document.documentElement.lang), 'it');
    assert.notEqual(await t.attr(tid('out-chips'), 'data-low'), null, 'chips as an interval');
  } finally {
    await app.stop();
  }
});

scenario('offline: under a sub-path (/tools/capex/) every request stays under it, and it works offline', async (t) => {
  const app = await site(undefined, { prefix: '/tools/capex/' });
  t.allow(app.origin);
  try {
    await t.goto(`${app.url}?v=1&capex=200`);
    await t.ready();
    await t.expectOutputs({ ...DEFAULTS, capex: 200 });
    const offline = await workerActive(t);
    const resources = await t.eval(() => performance.getEntriesByType('resource').map((e) => e.name));
    const outside = resources.filter((u) => !u.startsWith(app.url) && !u.startsWith('data:'));
    assert.deepEqual(outside, [], `every file from ${app.url}`);
    if (offline) {
      const scope = await t.eval(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
      assert.equal(scope, app.url, 'the worker covers the sub-path only');
    }
    await app.stop();
    if (!offline) return;
    await t.goto(`${app.url}?v=1&capex=250`);
    await t.ready();
    await t.expectOutputs({ ...DEFAULTS, capex: 250 });
  } finally {
    await app.stop();
  }
});

scenario('offline: embedded in another site (embed=1 in an iframe), it works offline after one visit', async (t) => {
  const app = await site();
  t.allow(app.origin);
  t.allow(HOST);
  const host = `${HOST}/host-frame.html?src=${encodeURIComponent(`${app.url}?v=1&embed=1&capex=200`)}`;
  const inFrame = (fn) => t.frame('#calc', fn);
  try {
    await t.goto(host);
    await until(async () => assert.equal(await inFrame((f) => f.count('[data-ready="true"]')), 1), 'the calculator is ready in its frame', BOOT);
    await inFrame((f) => f.expectOutputs({ ...DEFAULTS, capex: 200 }));
    const offline = await inFrame((f) => workerActive(f, 'thirdParty'));
    await app.stop();
    if (!offline) return;
    await t.goto(host); // the host page is still online; the calculator's server is not
    await until(async () => assert.equal(await inFrame((f) => f.count('[data-ready="true"]')), 1), 'the calculator is ready in its frame, offline', BOOT);
    await inFrame((f) => f.expectOutputs({ ...DEFAULTS, capex: 200 }));
  } finally {
    await app.stop();
  }
});

// ---------------------------------------------------------------- a new version

scenario('update: the open page offers a new version, applies it on click, never mixes versions', async (t) => {
  const { wasm } = await secondVersion();
  const app = await deployableSite();
  t.allow(app.origin);
  /** Which build the HTML names, and which the running wasm is (its <h1>): always one. */
  const version = async () => {
    const html = await loaderWasm(t);
    const h1 = await heading(t);
    const fromHtml = html === wasm.v1 ? 'v1' : html === wasm.v2 ? 'v2' : `unknown (${html})`;
    const fromWasm = h1?.endsWith(TITLE.v1) ? 'v1' : h1?.endsWith(TITLE.v2) ? 'v2' : `unknown (${h1})`;
    assert.equal(fromWasm, fromHtml, 'the HTML and the wasm it runs are of one version');
    return fromHtml;
  };
  try {
    await t.goto(`${app.url}?v=1&capex=200`);
    await t.ready();
    if (!(await workerActive(t))) return;
    // The reader comes back: now the worker serves the page. (On a first visit the page is not
    // the worker's, so a new worker installed meanwhile has nothing to wait for.)
    await t.goto(`${app.url}?v=1&capex=200`);
    await t.ready();
    assert.equal(await t.eval(() => !!navigator.serviceWorker.controller), true, 'the worker serves the page');
    assert.equal(await version(), 'v1');
    await t.eval(() => {
      window.__sameDocument = true;
    });

    await app.deploy();
    // The reader comes back to the tab: the page asks for a new worker when it becomes visible
    // (the event the browser fires then; a headless tab never stops being visible).
    await t.eval(() => document.dispatchEvent(new Event('visibilitychange')));
    await t.expectVisible(tid('update-reload'), true, BOOT);
    assert.match(await t.text(tid('update-status')), /new version/i);
    assert.equal(await t.attr(tid('update-status'), 'role'), 'status', 'a polite live region');
    // Nothing reloads by itself: the reader keeps working in the old version.
    await t.fill(field('capex'), '220');
    await t.expectOutputs({ ...DEFAULTS, capex: 220 });
    assert.equal(await t.eval(() => window.__sameDocument === true), true, 'the same document');
    assert.equal(await version(), 'v1');
    await until(async () => assert.equal(new URL(await t.url()).searchParams.get('capex'), '220'), 'the URL follows the edit');

    await t.click(tid('update-reload'));
    await until(async () => assert.equal(await t.eval(() => window.__sameDocument === true), false), 'the page reloads', BOOT);
    await t.ready();
    assert.equal(await version(), 'v2');
    assert.equal(await t.count(tid('update-reload')), 0, 'no update offered any more');
    // What the reader entered survives: the URL holds it.
    await t.expectOutputs({ ...DEFAULTS, capex: 220 });
    // The old build's files leave the cache once the new worker has taken over.
    await until(async () => {
      const cached = await t.eval(async () => {
        const urls = [];
        for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) urls.push(r.url);
        return urls;
      });
      assert.ok(cached.some((u) => u.includes(wasm.v2)), 'the new wasm is cached');
      assert.deepEqual(cached.filter((u) => u.includes(wasm.v1)), [], 'the old wasm is gone');
    }, 'old entries deleted', BOOT);
  } finally {
    await app.stop();
  }
});

scenario('update: a first visit that moves on while the worker installs is offered no update', async (t) => {
  const app = await site();
  t.allow(app.origin);
  try {
    // The reader opens the explore page, the calculator, then a link back: each page before
    // the worker is active came from the network, the newest version there is.
    await t.goto(`${app.url}explore.html`);
    await t.ready();
    // Each page is left once it runs: one left while its module is still loading has Firefox
    // report the cancelled import as an uncaught error of that page, which no reader sees.
    await t.goto(`${app.url}?embed=1`);
    await t.ready();
    await t.goto(`${app.url}explore.html?v=1&chip=25000`);
    await t.ready();
    if (!WORKERS[t.engine].top) return void (await workerActive(t));
    // WebKit sometimes leaves a worker installing while its page is left, and finishes it at
    // the next page load: then there is nothing to offer either, and the scenario says so.
    // The page registers its worker only once it is whole, so on a loaded machine the precache
    // may take as long as a start does.
    try {
      await until(async () => assert.equal(await workerState(t), 'activated'), 'the service worker is active', BOOT);
    } catch (e) {
      if (t.engine !== 'webkit') throw e;
      t.note(`the worker is ${await workerState(t)} on this page (WebKit completes it at the next load)`);
    }
    // Where the worker was active before the last page loaded (WebKit, at times), that page is
    // the worker's, of the same version: nothing to offer either.
    if (await t.eval(() => !!navigator.serviceWorker.controller)) t.note('the last page came from the worker');
    // Workbox calls a worker that stays installed for 200 ms `waiting`: longer than that.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await t.count(tid('update-reload')), 0, 'nothing to update');
  } finally {
    await app.stop();
  }
});

// ---------------------------------------------------------------- the single-file edition

scenario('single-file edition: from disk (file://), no server, it computes what the served page does', async (t) => {
  t.allow('file://');
  const query = '?v=1&capex=200&chip=27000&currency=eur';
  await t.goto(`${APP}/${query}`);
  await t.ready();
  const served = await t.snapshot();

  await t.goto(singleFileUrl(query));
  await t.ready();
  assert.deepEqual(await t.snapshot(), served, 'the same results as the served page');
  await t.expectOutputs({ ...DEFAULTS, capex: 200, chip: 27000 });
  assert.equal(await t.value(tid('input-currency')), 'eur');
  assert.equal(await t.visible(tid('sources')), true, 'the sources are shown');
  // Folded, and built when the reader opens them.
  await t.click(`${tid('sources')} summary`);
  await until(async () => assert.ok((await t.count(`${tid('sources')} tbody tr`)) > 10), 'with every figure');
  // Nothing that would point at the reader's disk.
  assert.equal(await t.count(tid('embed-open')), 0);
  assert.equal(await t.count(tid('download-offline')), 0);
  const policy = await t.attr('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'self'|unsafe-inline|'unsafe-eval'/);

  await t.goto(singleFileUrl());
  await t.ready();
  await t.expectOutputs(DEFAULTS);
});

// ---------------------------------------------------------------- the security policy

/** Records every `securitypolicyviolation` of the page in window.__violations. */
function recordViolations() {
  if (window.__violations) return;
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`);
  });
}

const DIRECTIVES = ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'", "form-action 'none'"];

scenario('policy: a strict CSP, and a session with every control and the embed dialog breaks none of it', async (t) => {
  if (t.can.initScript) await t.initScript(recordViolations);
  else t.note('violations recorded from the load event on: no script can run before the page here');
  await t.goto('/');
  await t.ready();
  if (!t.can.initScript) await t.eval(recordViolations);

  const policy = await t.attr('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const d of DIRECTIVES) assert.ok(policy.includes(d), `${d} in ${policy}`);
  assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(policy, /style-src 'self'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.equal(await t.eval(() => document.cookie), '', 'no cookies');

  // An error line, every field typed and slid, every picker, reset, the link, the embed dialog.
  await t.fill(field('capex'), 'abc');
  await t.expectVisible(tid('error-capex'));
  await t.fill(field('capex'), '170');
  for (const name of INPUTS) {
    await t.fill(field(name), String(Math.round(DEFAULTS[name] * 105) / 100));
    await t.fill(slider(name), String(DEFAULTS[name]));
  }
  for (const [picker, values] of [
    ['input-currency', ['eur', 'cny', 'usd']],
    ['input-chip-model', ['h200-reuters', 'h100', 'b200', 'h200']],
    ['input-hyperscaler-set', ['actual', 'guidance']],
    ['input-preset', ['h200-reuters', 'capex-200', 'actuals', 'article']],
  ]) {
    for (const v of values) await t.select(tid(picker), v);
  }
  await t.fill(field('capex'), '190');
  await t.click(tid('reset'));
  await t.expectOutputs(DEFAULTS);
  await t.click(tid('copy-link'));
  await until(async () => assert.match((await t.text(tid('copy-status'))) ?? '', /\S/), 'copy-status');
  await t.click(tid('embed-open'));
  await t.expectVisible(tid('embed-code'));
  await t.click(tid('embed-copy'));
  await t.click(tid('embed-close'));
  // The sources, opened from the keyboard (WebKitWebDriver will not click a <summary>).
  await t.focus(`${tid('sources')} summary`);
  await t.press('Enter');
  await t.expectVisible(`${tid('sources')} table`);

  assert.deepEqual(await t.eval(() => window.__violations), [], 'no policy violations');
  assert.equal(await t.eval(() => document.cookie), '', 'no cookies');
});

scenario('policy: markup in a link, in storage or from a host page is shown as text, never inserted as HTML', async (t) => {
  const markup = '<img src=x onerror="window.__injected=1"><b>bold</b>';
  // In storage, as a damaged kept scenario would be (written from the embedded page, which
  // never writes the kept scenario itself).
  await t.goto('/?embed=1');
  await t.eval(([key, value]) => localStorage.setItem(key, value), ['capex-calculator:v1', `v=1&capex=${encodeURIComponent(markup)}`]);
  await t.goto(`/?v=1&capex=${encodeURIComponent(markup)}&id=${encodeURIComponent(markup)}`);
  await t.ready();
  await until(async () => assert.match((await t.text(tid('url-notes'))) ?? '', /“<img src=x onerror=/), 'the note quotes the value as text');
  const injected = () =>
    t.eval(() => ({ elements: document.querySelectorAll('.calc img, .calc b').length, ran: window.__injected === 1 }));
  assert.deepEqual(await injected(), { elements: 0, ran: false });
  // A host page's message, as embed.js's request would come, with markup in it.
  await t.eval((m) => window.postMessage({ type: 'capex-calculator:request-height', html: m }, '*'), markup);
  assert.deepEqual(await injected(), { elements: 0, ran: false });
  await t.goto('/'); // the kept scenario now: damaged, ignored, said so
  await t.ready();
  await t.expectVisible(tid('storage-note'));
  await t.expectOutputs(DEFAULTS);
  assert.deepEqual(await injected(), { elements: 0, ran: false });
});

export default scenarios;
