// Offline use, installability and the security policy: the checks that need Playwright itself
// (switching a context offline, blocking requests by URL, a regular browser profile, downloads,
// Chromium's own installability check, response headers). What every engine can run, including
// the update flow, is in tests/scenarios/offline.mjs. Never sleep: every wait is a poll.
import { test, expect, chromium } from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP, HOST, DEFAULTS, field, ready, expectOutputs, snapshot, guard } from './fixtures/support.mjs';
import { site, deployableSite, secondVersion, singleFileUrl, DIST, TITLE } from '../scenarios/sites.mjs';
import { firstView } from '../tools/first-view.mjs';
import { CHROMIUM } from '../../playwright.config.mjs';

/** Waits until the scope's worker is active: its precache is complete. */
async function workerActive(scope) {
  await expect
    .poll(() => scope.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.state ?? 'none')), {
      message: 'the service worker is active',
      timeout: 15_000,
    })
    .toBe('activated');
}

/**
 * A regular (not off-the-record) Chromium profile, as a reader's: Chromium reports "in-incognito"
 * for Playwright's own contexts instead of checking installability. `thirdPartyCookies` allows
 * them, which Chromium needs before it lets a third-party frame have a worker (this Debian
 * Chromium blocks them by default, as Incognito windows and many readers do).
 */
async function regularProfile({ thirdPartyCookies = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'capex-profile-'));
  if (thirdPartyCookies) {
    await mkdir(join(dir, 'Default'));
    const prefs = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };
    await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  }
  const context = await chromium.launchPersistentContext(dir, CHROMIUM);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Reloads with the context offline and checks every result, all of it from the worker. */
async function expectOfflineReload(page, context, url, inputs) {
  await context.setOffline(true);
  const fromNetwork = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  await page.goto(url);
  await expect(ready(page)).toHaveCount(1);
  await expectOutputs(page, inputs);
  expect(fromNetwork, 'every file from the worker').toEqual([]);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('offline: load once, wait for the worker, go offline, reload: every result is computed', async ({ page, context }) => {
  const g = guard(page);
  await page.goto('/?v=1&capex=200&chip=27000');
  await expect(ready(page)).toHaveCount(1);
  await workerActive(page);
  await expectOfflineReload(page, context, '/?v=1&capex=200&chip=27000', { ...DEFAULTS, capex: 200, chip: 27000 });
  // The reader goes on editing, offline.
  await field(page, 'capex').fill('240');
  await expectOutputs(page, { ...DEFAULTS, capex: 240, chip: 27000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('capex')).toBe('240');
  g.check();
});

test('the worker is registered only once the page is whole: its downloads never compete with the later steps', async ({ page }) => {
  // When the last step before the page became whole changed the page, by the page's own clock,
  // beside when offline.js was asked for. (The page registers its worker in the task that marks
  // it whole, before an observer of that task's changes runs: that task's time cannot be the mark.)
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('.calc[data-ready="true"]')) seen.disconnect();
      else window.__builtAt = performance.now();
    });
    seen.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto('/');
  await expect(ready(page)).toHaveCount(1);
  await workerActive(page);
  const { builtAt, requestedAt } = await page.evaluate(() => ({
    builtAt: window.__builtAt,
    requestedAt: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('/offline.js'))?.startTime,
  }));
  expect(builtAt, 'the page was built in steps').toBeGreaterThan(0);
  expect(requestedAt, 'offline.js was loaded').toBeGreaterThan(0);
  expect(requestedAt, 'asked for after the last step').toBeGreaterThan(builtAt);
});

test('offline under a sub-path (/tools/capex/): the worker covers it, no absolute path', async ({ page, context }) => {
  const app = await site(DIST, { prefix: '/tools/capex/' });
  const g = guard(page, [app.origin]);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${app.url}?v=1&capex=200`);
    await expect(ready(page)).toHaveCount(1);
    await workerActive(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope))).toBe(app.url);
    expect(requests.filter((p) => !p.startsWith('/tools/capex/')), 'every request under the sub-path').toEqual([]);
    await expectOfflineReload(page, context, `${app.url}?v=1&capex=200&embed=1`, { ...DEFAULTS, capex: 200 });
    g.check();
  } finally {
    await app.stop();
  }
});

test('offline in another site\'s iframe (embed=1), third-party cookies allowed: works after one visit', async () => {
  // Chromium lets a third-party frame have a worker (its storage partitioned per top-level
  // site) only where third-party cookies are allowed; elsewhere the page works online only
  // (tests/scenarios/offline.mjs checks that).
  const profile = await regularProfile({ thirdPartyCookies: true });
  const app = await site();
  try {
    const { page } = profile;
    const g = guard(page, [HOST, app.origin]);
    const host = `${HOST}/host-frame.html?src=${encodeURIComponent(`${app.url}?v=1&embed=1&capex=200`)}`;
    await page.goto(host);
    const frame = page.frameLocator('#calc');
    await expect(frame.locator('[data-ready="true"]')).toHaveCount(1);
    const inFrame = page.frames().find((f) => f.url().startsWith(app.url));
    await workerActive(inFrame);
    await app.stop(); // the calculator's server is gone; the article's is not
    await page.goto(host);
    await expect(frame.locator('[data-ready="true"]')).toHaveCount(1);
    await expectOutputs(page.frames().find((f) => f.url().startsWith(app.url)), { ...DEFAULTS, capex: 200 });
    g.check();
  } finally {
    await profile.close();
    await app.stop();
  }
});

test('update in one tab: the other tab keeps its version, offers the reload, and reloads only on click', async ({ context }) => {
  await secondVersion();
  const app = await deployableSite();
  const h1 = (page) => page.locator('h1');
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    const guards = [guard(a, [app.origin]), guard(b, [app.origin])];
    await a.goto(app.url);
    await expect(ready(a)).toHaveCount(1);
    await workerActive(a);
    for (const [page, query] of [[a, '?v=1&capex=200'], [b, '?v=1&capex=300']]) {
      await page.goto(app.url + query); // both served by the worker
      await expect(ready(page)).toHaveCount(1);
      await expect(h1(page)).toContainText(TITLE.v1);
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
    }
    await app.deploy();
    await a.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    for (const page of [a, b]) await expect(page.getByTestId('update-reload')).toBeVisible({ timeout: 15_000 });

    await a.getByTestId('update-reload').click();
    await expect(h1(a)).toContainText(TITLE.v2, { timeout: 15_000 });
    await expectOutputs(a, { ...DEFAULTS, capex: 200 });
    // The other tab runs the old version, whole, until its reader chooses.
    await field(b, 'chip').fill('25000');
    await expectOutputs(b, { ...DEFAULTS, capex: 300, chip: 25000 });
    expect(await b.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(h1(b)).toContainText(TITLE.v1);
    await expect(b.getByTestId('update-reload')).toBeVisible();
    await expect.poll(() => new URL(b.url()).searchParams.get('chip')).toBe('25000');
    await b.getByTestId('update-reload').click();
    await expect(h1(b)).toContainText(TITLE.v2, { timeout: 15_000 });
    await expectOutputs(b, { ...DEFAULTS, capex: 300, chip: 25000 });
    for (const g of guards) g.check();
  } finally {
    await app.stop();
  }
});

test('single-file edition from file://, every other request blocked: the article\'s numbers, the sources', async ({ browser }) => {
  // What the served page shows for a share link, to compare.
  const served = await browser.newPage();
  await served.goto('/?v=1&capex=200&currency=cny');
  await expect(ready(served)).toHaveCount(1);
  const expected = await snapshot(served);
  await served.close();

  const context = await browser.newContext();
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await context.setOffline(true);
  const page = await context.newPage();
  const g = guard(page, ['file://']);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
  });
  await page.goto(singleFileUrl());
  await expect(ready(page)).toHaveCount(1);
  await expectOutputs(page, DEFAULTS);
  await expect(page.getByTestId('out-chips')).toHaveAttribute('data-value', '603693');
  await page.getByTestId('sources').locator('summary').click();
  await expect(page.getByTestId('sources').locator('tbody tr').first()).toBeVisible();

  await page.goto(singleFileUrl('?v=1&capex=200&currency=cny'));
  await expect(ready(page)).toHaveCount(1);
  expect(await snapshot(page), 'the same results as the served page').toEqual(expected);
  await field(page, 'capex').fill('230');
  await expectOutputs(page, { ...DEFAULTS, capex: 230 });

  expect(blocked, 'it asks for nothing but itself').toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  g.check();
  await context.close();
});

test('policy: no violation in a session with every control, the embed dialog and every download; no cookies', async ({ page, context }) => {
  const g = guard(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/');
  await expect(ready(page)).toHaveCount(1);

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(response.headers()['content-security-policy'], 'the header: the same policy and frame-ancestors').toBe(`${meta}; frame-ancestors *`);
  expect(response.headers()['x-frame-options'], 'nothing that stops embedding').toBeUndefined();

  for (const name of Object.keys(DEFAULTS)) {
    await field(page, name).fill(String(DEFAULTS[name] * 2));
    await page.getByTestId(`input-${name}-slider`).fill(String(DEFAULTS[name]));
  }
  for (const [testid, values] of [
    ['input-currency', ['eur', 'cny', 'usd']],
    ['input-chip-model', ['h100', 'b200', 'h200']],
    ['input-hyperscaler-set', ['actual', 'guidance']],
    ['input-preset', ['capex-200', 'actuals', 'article']],
  ]) {
    for (const v of values) await page.getByTestId(testid).selectOption(v);
  }
  await page.getByTestId('reset').click();
  await page.getByTestId('copy-link').click();
  await page.getByTestId('embed-open').click();
  await expect(page.getByTestId('embed-code')).toBeVisible();
  await page.getByTestId('embed-copy').click();
  await page.getByTestId('embed-close').click();

  const downloads = {};
  for (const testid of ['export-csv', 'export-json', 'export-svg-breakdown', 'export-svg-hyperscalers', 'download-offline']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    expect(await download.failure(), testid).toBeNull();
    downloads[testid] = download;
  }
  // The offline edition is the build's own file, byte for byte.
  const offline = downloads['download-offline'];
  expect(offline.suggestedFilename()).toBe('capex-calculator-offline.html');
  expect(await readFile(await offline.path())).toEqual(await readFile(join(DIST, 'capex-calculator-offline.html')));

  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  g.check(); // also: every request went to the page's own origin
});

test('installable: manifest fields, icons of the sizes it claims, a worker; Chromium finds no installability error', async ({ request }) => {
  const profile = await regularProfile();
  try {
    await installable(profile.page, request);
  } finally {
    await profile.close();
  }
});

async function installable(page, request) {
  const g = guard(page);
  await page.goto(`${APP}/`);
  await expect(ready(page)).toHaveCount(1);
  await workerActive(page);
  await page.reload(); // now the worker serves the page, as on any later visit
  await expect(ready(page)).toHaveCount(1);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href, 'relative: works under a sub-path').not.toMatch(/^(\/|[a-z]+:)/);
  const manifestUrl = new URL(href, page.url()).href;
  const res = await request.get(manifestUrl);
  expect(res.headers()['content-type']).toBe('application/manifest+json');
  const manifest = await res.json();
  expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
  for (const key of ['name', 'short_name', 'description', 'theme_color', 'background_color']) {
    expect(manifest[key], key).toMatch(/\S/);
  }
  expect(manifest.short_name.length, 'short_name fits under a home-screen icon').toBeLessThanOrEqual(12);
  // Theme colours for both schemes: the page's own meta tags (the manifest holds one of each).
  const themes = await page.locator('meta[name="theme-color"]').evaluateAll((els) => els.map((e) => e.media));
  expect(themes.sort()).toEqual(['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)']);

  const sizes = {};
  for (const icon of manifest.icons) {
    const png = await (await request.get(new URL(icon.src, manifestUrl).href)).body();
    expect(png.subarray(1, 4).toString(), `${icon.src} is a PNG`).toBe('PNG');
    const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`; // the IHDR chunk
    expect(size, `${icon.src} is ${icon.sizes}`).toBe(icon.sizes);
    for (const purpose of (icon.purpose || 'any').split(/\s+/)) sizes[`${purpose} ${size}`] = true;
  }
  expect(Object.keys(sizes).sort()).toEqual(['any 192x192', 'any 512x512', 'maskable 512x512']);

  // Chromium's own check: manifest, icons and a worker with a fetch handler controlling the page.
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), {
      message: 'installability errors',
    })
    .toEqual([]);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toBe(manifestUrl);
  expect(errors).toEqual([]);
  await cdp.detach();
  g.check();
}

test('headers: index.html and sw.js revalidate (no-cache), hashed files are immutable', async ({ request }) => {
  for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/capex-calculator-offline.html']) {
    const res = await request.get(APP + path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  const html = await (await request.get(`${APP}/`)).text();
  const wasm = /[\w-]+_bg\.wasm/.exec(html)[0];
  expect((await request.get(`${APP}/${wasm}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const app = await site(DIST, { prefix: '/tools/capex/' });
  try {
    const bare = await request.get(`${app.origin}/tools/capex?v=1&capex=200`, { maxRedirects: 0 });
    expect(bare.status(), 'the sub-path without its slash is redirected').toBe(301);
    expect(bare.headers().location).toBe('/tools/capex/?v=1&capex=200');
    expect((await request.get(`${app.origin}/index.html`)).status(), 'nothing outside the sub-path').toBe(404);
  } finally {
    await app.stop();
  }
});

test('single-file edition whose wasm the browser refuses: the reason on the page, nothing unhandled', async ({ page }) => {
  // As a browser without WebAssembly, or a policy without 'wasm-unsafe-eval', would refuse it.
  await page.addInitScript(() => {
    WebAssembly.instantiate = () => Promise.reject(new WebAssembly.CompileError('refused by this test'));
  });
  const { problems } = guard(page, ['file://']);
  await page.goto(singleFileUrl());
  await expect(page.locator('body')).toContainText('CompileError: refused by this test');
  await expect(page.locator('.calc')).toHaveCount(0);
  expect(problems.filter((p) => p.startsWith('pageerror')), 'no unhandled error').toEqual([]);
});

test('first view: neither the worker, the manifest nor the single-file edition is part of it', async () => {
  const { files } = await firstView(DIST);
  const names = files.map((f) => f.file);
  for (const later of ['sw.js', 'manifest.webmanifest', 'capex-calculator-offline.html']) {
    expect(names, later).not.toContain(later);
  }
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  expect(html, 'the page names its worker for the wasm to register after load').toContain('content="sw.js"');
  expect(html).not.toMatch(/<script[^>]*src=["']?sw\.js/);
});
