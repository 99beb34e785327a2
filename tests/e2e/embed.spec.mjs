// Embedding checks that need Playwright itself: viewport widths, Chromium's own list of event
// listeners (CDP) and plain HTTP requests. The embedded layout, auto-height in host pages on
// another origin, embed.js against stub pages, the theme from the first frame and the embed
// dialog's code are in tests/scenarios (embed.mjs, theme.mjs) and run in every engine.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { APP, HOST, HOST_ALT, field, out, ready, guard, openFolds } from './fixtures/support.mjs';

const EMBED_JS = fileURLToPath(new URL('../../static/embed.js', import.meta.url));

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP, HOST, HOST_ALT]);
});
test.afterEach(() => g.check());

for (const width of [300, 360, 700]) {
  test(`embed=1 in a ${width} px column: no horizontal scrolling, charts inside`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?embed=1');
    await expect(ready(page)).toHaveCount(1);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await expect(field(page, 'capex')).toBeVisible();
    await expect(out(page, 'capex-usd')).toBeVisible();
    // In a narrow column the charts are folded, and built when opened: open them as a reader
    // would, and check the page still does not scroll sideways with them laid out.
    await openFolds(page);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    for (const id of ['chart-breakdown', 'chart-hyperscalers']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, `${id} is laid out`).not.toBeNull();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    }
  });
}

test('embed.js included twice listens once', async ({ page }) => {
  // The host page loads http://127.0.0.1:4173/embed.js twice; serve it from static/ so this
  // checks the source. (The shipped copy in dist/ is checked by the next test.)
  await page.route(`${APP}/embed.js`, (route) => route.fulfill({ path: EMBED_JS, contentType: 'text/javascript; charset=utf-8' }));
  await page.goto(`${HOST}/host-unit.html`); // 'load' waits for the async scripts and iframes
  await page.evaluate(() => window.addEventListener('message', () => {}));
  // Chromium's own view of the window's listeners: the one added above, plus embed.js's.
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  const message = listeners.filter((l) => l.type === 'message');
  expect(message.length, "message listeners: the test's own and one embed.js").toBe(2);
  await cdp.detach();
});

test('dist/ ships embed.js (identical to static/embed.js) and embed-demo.html', async ({ request }) => {
  const js = await request.get(`${APP}/embed.js`);
  expect(js.status()).toBe(200);
  expect(js.headers()['content-type']).toMatch(/javascript/);
  expect(await js.text()).toBe(await readFile(EMBED_JS, 'utf8'));
  const demo = await request.get(`${APP}/embed-demo.html`);
  expect(demo.status()).toBe(200);
  expect(await demo.text()).toContain('data-capex-calculator');
});
