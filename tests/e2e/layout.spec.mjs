// The result stays in view while the reader moves a number: at phone, tablet and desktop sizes,
// on the standalone page and embedded in an article on another origin (boxes measured in the
// host page's viewport), each primary input is scrolled to the middle of the screen and moved,
// and the key results must be on screen and show the new values. Also: the frame's height
// budget, reflow at 320 px and 200% zoom, focus never hidden under the sticky results, and
// screenshots for the README.
import { test, expect } from '@playwright/test';
import { mkdir, copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { APP, HOST, DEFAULTS, DIGITS, model, out, guard } from './fixtures/support.mjs';

const SIZES = [
  [375, 667],
  [390, 844],
  [768, 1024],
  [1280, 800],
];
const KEY = ['capex-usd', 'ai-usd', 'chips', 'bigfour-ratio'];
// Each primary input, how moving it changes the inputs (one keyboard step of its slider), and
// what the reader then expects to see.
const PRIMARY = [
  { name: 'capex', step: (i) => ({ ...i, capex: i.capex + 1 }) },
  { name: 'ai', step: (i) => ({ ...i, ai: i.ai + 1 }) },
  { name: 'chip', step: (i) => ({ ...i, chip: i.chip + 500 }) },
  { name: 'usdcny', step: (i) => ({ ...i, usdcny: Math.round((i.usdcny + 0.01) * 100) / 100 }) },
  { name: 'currency' },
];
const BOOT = { timeout: 15_000 };
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const KEPT_SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP, HOST]);
});
test.afterEach(() => g.check());

/** Opens the calculator standalone, or in host-article.html at the viewport's width. */
async function open(page, embedded, query = '') {
  if (!embedded) {
    await page.goto(`${APP}/?${query}`);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    return { scope: page, frameTop: async () => 0 };
  }
  await page.goto(`${HOST}/host-article.html`);
  // The code the embed dialog writes, put into the article as a CMS would.
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = 'What-if calculator';
    iframe.height = '900';
    iframe.setAttribute('data-capex-calculator', '');
    document.getElementById('slot').append(iframe);
  }, `${APP}/?embed=1&id=article${query ? '&' + query : ''}`);
  const scope = page.frameLocator('#slot iframe');
  await expect(scope.locator('[data-ready="true"]')).toHaveCount(1, BOOT);
  const iframe = page.locator('#slot iframe');
  // embed.js has sized the frame to its content: the host page scrolls, not the frame.
  await expect
    .poll(async () => {
      const frameHeight = (await iframe.boundingBox()).height;
      const content = await scope.locator('html').evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(frameHeight - Math.ceil(content));
    }, { message: 'iframe as tall as its content' })
    .toBeLessThanOrEqual(1);
  return { scope, frameTop: async () => (await iframe.boundingBox()).y };
}

/** The element's box in the top-level viewport. */
async function boxInViewport(view, locator) {
  const inner = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  const top = await view.frameTop();
  return { ...inner, top: inner.top + top, bottom: inner.bottom + top };
}

/** Scrolls the top-level page so that the element's middle is the viewport's middle. */
async function centre(page, view, locator) {
  const box = await boxInViewport(view, locator);
  const height = page.viewportSize().height;
  const delta = (box.top + box.bottom) / 2 - height / 2;
  await page.evaluate((dy) => window.scrollBy(0, dy), delta);
  return boxInViewport(view, locator);
}

for (const [width, height] of SIZES) {
  for (const embedded of [false, true]) {
    const where = embedded ? 'embedded in an article on another origin' : 'standalone';
    test(`${width}×${height}, ${where}: moving each primary input keeps the key results on screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const view = await open(page, embedded);
      const { scope } = view;
      let inputs = { ...DEFAULTS };
      for (const input of PRIMARY) {
        const control = input.name === 'currency' ? scope.getByTestId('input-currency') : scope.getByTestId(`input-${input.name}-slider`);
        const box = await centre(page, view, control);
        // In the middle, unless the page cannot scroll that far (an input near its top) or the
        // control sticks with the key results.
        const { scrollY, limit } = await page.evaluate(() => ({
          scrollY: window.scrollY,
          limit: document.documentElement.scrollHeight - innerHeight,
        }));
        const stuck = embedded ? false : await control.evaluate((el) => getComputedStyle(el.closest('[data-testid="summary"]') || el).position === 'sticky');
        const atLimit = scrollY <= 0 || scrollY >= limit - 1;
        if (!atLimit && !stuck) {
          expect(Math.abs((box.top + box.bottom) / 2 - height / 2), `${input.name} is in the middle`).toBeLessThan(40);
        }
        if (input.name === 'currency') {
          await control.selectOption('eur');
          await expect(out(scope, 'capex-usd')).toContainText('€');
        } else {
          await control.focus();
          await control.press('ArrowRight');
          inputs = input.step(inputs);
        }
        const expected = model(inputs);
        for (const name of KEY) {
          const poll = expect.poll(async () => Number(await out(scope, name).getAttribute('data-value')), { message: `out-${name} after moving ${input.name}` });
          if (name === 'chips') await poll.toBe(expected.chips);
          else await poll.toBeCloseTo(expected[name], DIGITS);
          const r = await boxInViewport(view, out(scope, name));
          expect(r.top, `out-${name} top on screen after moving ${input.name}`).toBeGreaterThanOrEqual(0);
          expect(r.bottom, `out-${name} bottom on screen after moving ${input.name}`).toBeLessThanOrEqual(height);
          expect(r.left, `out-${name} left on screen`).toBeGreaterThanOrEqual(0);
          expect(r.right, `out-${name} right on screen`).toBeLessThanOrEqual(width);
        }
      }
    });
  }
}

test('embedded at 375 px: the primary inputs and the key results fit in 640 px; at 600 px the whole frame is under 1,100 px', async ({ page }) => {
  await page.setViewportSize({ width: 407, height: 800 }); // a 375 px column after the article's padding
  let view = await open(page, true);
  const top = async (testid) => (await boxInViewport(view, view.scope.getByTestId(testid))).top;
  const bottom = async (testid) => (await boxInViewport(view, view.scope.getByTestId(testid))).bottom;
  const first = Math.min(...(await Promise.all(['input-capex-slider', 'input-capex', 'out-capex-usd'].map(top))));
  const last = Math.max(...(await Promise.all(['input-usdcny', 'input-usdcny-slider', 'input-chip', 'out-chips', 'out-bigfour-ratio', 'input-currency'].map(bottom))));
  expect(last - first, 'primary inputs and key results, 375 px wide').toBeLessThanOrEqual(640);

  await page.setViewportSize({ width: 632, height: 900 }); // a 600 px column
  view = await open(page, true);
  const frame = page.locator('#slot iframe');
  expect((await frame.boundingBox()).width).toBeCloseTo(600, 0);
  expect((await frame.boundingBox()).height, 'the whole frame at 600 px').toBeLessThan(1100);
});

for (const [width, height, label] of [
  [320, 568, '320 px wide'],
  [640, 400, '200% zoom of 1280×800'],
  [187, 333, '200% zoom of a 375×667 phone'],
]) {
  test(`reflows at ${label}: no horizontal scrolling, every primary input and key result reachable`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const { scope } = await open(page, false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
    for (const testid of ['input-capex', 'input-ai', 'input-chip', 'input-usdcny', 'input-currency', ...KEY.map((k) => `out-${k}`)]) {
      const el = scope.getByTestId(testid);
      await el.scrollIntoViewIfNeeded();
      await expect(el).toBeInViewport();
    }
  });
}

test('at 375×667 a field the keyboard focuses is never hidden under the sticky key results', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, false);
  const hidden = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return { id: el.getAttribute('data-testid') || el.tagName, visible: !!hit && (hit === el || el.contains(hit) || hit.contains(el)) };
    });
    if (state && !state.visible) hidden.push(state.id);
  }
  expect(hidden, 'focused controls covered by something else').toEqual([]);
});

test('the key results are one copy, never a live region announcing every step', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const { scope } = await open(page, false);
  for (const name of KEY) await expect(scope.getByTestId(`out-${name}`)).toHaveCount(1);
  const live = await page.locator('[data-testid="summary"]').evaluate((el) => !!el.closest('[aria-live]') || !!el.querySelector('[aria-live]'));
  expect(live, 'the key results are not inside a live region').toBe(false);
});

// Screenshots for the README: light and dark, phone and desktop, standalone and embedded.
for (const [width, height] of [
  [375, 667],
  [1280, 800],
]) {
  for (const embedded of [false, true]) {
    for (const scheme of ['light', 'dark']) {
      const name = `${embedded ? 'embed' : 'page'}-${width}-${scheme}`;
      test(`screenshot ${name}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        const view = await open(page, embedded);
        // Scrolled to the chip price: what a reader sees while moving it.
        await centre(page, view, view.scope.getByTestId('input-chip-slider'));
        await mkdir(SHOTS, { recursive: true });
        const path = `${SHOTS}${name}.png`;
        await page.screenshot({ path });
        if (process.env.UPDATE_SCREENSHOTS) {
          await mkdir(KEPT_SHOTS, { recursive: true });
          await copyFile(path, `${KEPT_SHOTS}${name}.png`);
        }
        const r = await boxInViewport(view, out(view.scope, 'chips'));
        expect(r.top >= 0 && r.bottom <= height, 'chips on screen in the screenshot').toBe(true);
      });
    }
  }
}
