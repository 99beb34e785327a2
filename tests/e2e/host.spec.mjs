// The article drives the embedded calculator: embed.js's API on a host page on another origin
// (tests/e2e/fixtures/host-api.html), each message type, who may talk to the calculator and
// where its answers go, Pym.js's own script, and the scrollytelling demo. Expected numbers are
// worked from the inputs (the shared model), never read from the page.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { APP, HOST, DEFAULTS, DIGITS, model, guard } from './fixtures/support.mjs';

const BOOT = { timeout: 15_000 };

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP, HOST]);
});
test.afterEach(() => g.check());

/** Opens host-api.html with the calculator's iframe query `calc`, waits for `ready`. */
async function open(page, calc = 'embed=1&id=api', extra = '') {
  await page.goto(`${HOST}/host-api.html?calc=${encodeURIComponent(calc)}${extra}`);
  await expect.poll(() => events(page, 'ready'), BOOT).toHaveLength(1);
  return page.frameLocator('#calc');
}

const events = (page, type) => page.evaluate((t) => window.events.filter((e) => e.type === t), type);
const dataValue = async (frame, name) => Number(await frame.getByTestId(`out-${name}`).getAttribute('data-value'));

test('ready: the frame says it is ready, with its id and version', async ({ page }) => {
  await open(page, 'embed=1&id=story-calc');
  const [ready] = await events(page, 'ready');
  expect(ready.info.id).toBe('story-calc');
  expect(ready.info.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('set: values, the currency and a preset are applied and reported to a subscriber', async ({ page }) => {
  const frame = await open(page, 'embed=1&id=api', '&subscribe=1');
  // Subscribing sends the results at once: the article's figures.
  await expect.poll(async () => (await events(page, 'results')).length).toBeGreaterThan(0);
  let [first] = await events(page, 'results');
  expect(first.results.chips).toBe(model(DEFAULTS).chips);
  expect(first.scenario.capex).toBe(160);

  // Reuters' US$27,000 per chip: RMB 85 bn at 7.04 buys 447,180 chips.
  await page.evaluate(() => window.calc.set({ chip: 27000, currency: 'eur' }));
  const expected = model({ ...DEFAULTS, chip: 27000 });
  await expect.poll(() => dataValue(frame, 'chips')).toBe(expected.chips);
  await expect(frame.getByTestId('input-currency')).toHaveValue('eur');
  await expect.poll(async () => (await events(page, 'results')).at(-1).results.chips).toBe(expected.chips);
  const last = (await events(page, 'results')).at(-1);
  expect(last.currency).toBe('eur');
  expect(last.scenario.chip).toBe(27000);
  expect(last.results['capex-usd']).toBeCloseTo(expected['capex-usd'], DIGITS);
  // The article's sentence quotes the live number.
  await expect(page.locator('#live-chips')).toHaveText(expected.chips.toLocaleString('en-US'));

  // A preset replaces the scenario, as picking it on the page does.
  await page.evaluate(() => window.calc.set({ preset: 'capex-200' }));
  const capex200 = model({ ...DEFAULTS, capex: 200 });
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(capex200['capex-usd'], DIGITS);
  expect(await dataValue(frame, 'chips')).toBe(model(DEFAULTS).chips);
  expect(await events(page, 'error')).toEqual([]);
});

test('set: a bad value changes nothing and is reported by name; an unknown one is reported, the rest applies', async ({ page }) => {
  const frame = await open(page);
  await page.evaluate(() => window.calc.set({ chip: 1 }));
  await expect.poll(async () => (await events(page, 'error')).length).toBe(1);
  const [bad] = await events(page, 'error');
  expect(bad.errors).toEqual([expect.objectContaining({ field: 'chip', reason: 'below-min' })]);
  expect(bad.request).toEqual({ type: 'capex-calculator:set', values: { chip: 1 } });
  expect(await dataValue(frame, 'chips')).toBe(model(DEFAULTS).chips);

  await page.evaluate(() => window.calc.set({ capex: 200, flux: 3, ai: 'lots', currency: true }));
  await expect.poll(async () => (await events(page, 'error')).length).toBe(2);
  const second = (await events(page, 'error'))[1];
  const reasons = Object.fromEntries(second.errors.map((e) => [e.field, e.reason]));
  expect(reasons).toEqual({ flux: 'unknown-field', ai: 'not-a-number', currency: 'wrong-kind' });
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(200 / 7.04, DIGITS);
  expect(await dataValue(frame, 'ai-usd')).toBeCloseTo(85 / 7.04, DIGITS);

  // The rule between fields, as on the page: the AI budget cannot exceed capex.
  await page.evaluate(() => window.calc.set({ ai: 250 }));
  await expect.poll(async () => (await events(page, 'error')).length).toBe(3);
  expect((await events(page, 'error'))[2].errors[0]).toMatchObject({ field: 'ai', reason: 'ai-above-capex' });
  expect(await dataValue(frame, 'ai-usd')).toBeCloseTo(85 / 7.04, DIGITS);
});

test('reset: back to the article’s figures', async ({ page }) => {
  const frame = await open(page);
  await page.evaluate(() => window.calc.set({ capex: 300, chip: 40000 }));
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(300 / 7.04, DIGITS);
  await page.evaluate(() => window.calc.reset());
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(160 / 7.04, DIGITS);
  expect(await dataValue(frame, 'chips')).toBe(model(DEFAULTS).chips);
});

test('set: a language the host asks for is loaded before it shows', async ({ page }) => {
  const frame = await open(page);
  await page.evaluate(() => window.calc.set({ lang: 'it', capex: 200 }));
  await expect(frame.getByTestId('out-capex-usd')).toHaveText('28,4 miliardi di dollari');
});

test('no results before a subscribe, and none to anyone but the subscriber', async ({ page }) => {
  const frame = await open(page);
  // The host page listens for everything the calculator posts, subscribed or not.
  await page.evaluate(() => {
    window.seen = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'capex-calculator:results') window.seen.push(e.origin);
    });
  });
  await page.evaluate(() => window.calc.set({ capex: 210 }));
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(210 / 7.04, DIGITS);
  expect(await page.evaluate(() => window.seen)).toEqual([]);
  // The sibling iframe (the host's origin too) subscribes by posting to the calculator: the
  // calculator does not listen to it, so nothing is sent anywhere.
  await page.frameLocator('#sibling').locator('body').evaluate(() => {
    window.parent.frames[0].postMessage({ type: 'capex-calculator:subscribe' }, '*');
  });
  await frame.getByTestId('input-capex').fill('215');
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(215 / 7.04, DIGITS);
  expect(await page.evaluate(() => window.seen), 'no results after the sibling’s subscribe').toEqual([]);
  // The host subscribes: results now come, at once and on every change. (That they are posted
  // to the subscriber's origin only is checked where the engine routes them: tests/browser.rs.)
  await page.evaluate(() => window.calc.on('results', () => {}));
  await expect.poll(() => page.evaluate(() => window.seen.length)).toBeGreaterThan(0);
  const count = await page.evaluate(() => window.seen.length);
  await frame.getByTestId('input-capex').fill('216');
  await expect.poll(() => page.evaluate(() => window.seen.length)).toBeGreaterThan(count);
});
const HOST_ORIGIN = () => new URL(HOST).origin;
// The app's server under its other name: another origin for the scrollytelling demo's article.
const APP_OTHER = APP.replace('127.0.0.1', 'localhost');

test('messages from a sibling iframe, from the frame itself, or from another origin than host= are ignored', async ({ page }) => {
  let frame = await open(page);
  // A sibling iframe on the same article posts a set to the calculator.
  await page.frameLocator('#sibling').locator('body').evaluate(() => {
    window.parent.frames[0].postMessage({ type: 'capex-calculator:set', values: { capex: 400 } }, '*');
  });
  // The calculator's own window posts to itself (a forged source).
  await frame.locator('body').evaluate(() => window.postMessage({ type: 'capex-calculator:set', values: { capex: 450 } }, '*'));
  // Then the host itself: only this one applies.
  await page.evaluate(() => window.calc.set({ capex: 220 }));
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(220 / 7.04, DIGITS);
  expect(await events(page, 'error')).toEqual([]);

  // With host= naming another site, this page's messages are ignored: no change, no answer.
  frame = await page.goto(`${HOST}/host-api.html?calc=${encodeURIComponent('embed=1&id=locked&host=https://news.example')}`).then(() => page.frameLocator('#calc'));
  await expect(frame.locator('[data-ready="true"]')).toHaveCount(1, BOOT);
  await page.evaluate(() => {
    const iframe = document.getElementById('calc');
    iframe.contentWindow.postMessage({ type: 'capex-calculator:set', values: { capex: 300 } }, new URL(iframe.src).origin);
    iframe.contentWindow.postMessage({ type: 'capex-calculator:hello' }, new URL(iframe.src).origin);
  });
  await page.evaluate(() => window.calc.set({ capex: 310 }));
  // Give the calculator every chance to act on them: a later change of ours goes through the
  // page, the same event loop.
  await frame.getByTestId('input-capex').fill('250');
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(250 / 7.04, DIGITS);
  expect(await events(page, 'ready')).toEqual([]);
  expect(await events(page, 'error')).toEqual([]);
});

test('with host= naming this page’s origin, the page drives it', async ({ page }) => {
  const frame = await open(page, `embed=1&id=mine&host=${encodeURIComponent(HOST_ORIGIN())}`);
  await page.evaluate(() => window.calc.set({ usdcny: 6.96 }));
  await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(160 / 6.96, DIGITS);
});

test('Pym.js (1.3.2, its real script) sizes the frame with no gap and no scrollbar', async ({ page }) => {
  const pym = await readFile(fileURLToPath(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url)), 'utf8');
  await page.route(`${HOST}/pym.v1.min.js`, (route) => route.fulfill({ body: pym, contentType: 'text/javascript' }));
  await page.goto(`${HOST}/host-pym.html`);
  const iframe = page.locator('#pym-container iframe');
  await expect(iframe).toHaveCount(1, BOOT);
  // Pym.Parent put its parameters in the frame's URL.
  const src = new URL(await iframe.getAttribute('src'));
  expect(src.searchParams.get('childId')).toBe('pym-container');
  expect(Number(src.searchParams.get('initialWidth'))).toBeGreaterThan(0);
  const frame = page.frameLocator('#pym-container iframe');
  await expect(frame.locator('[data-ready="true"]')).toHaveCount(1, BOOT);
  await expect
    .poll(async () => {
      const box = await iframe.boundingBox();
      const content = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      return Math.abs(box.height - content);
    }, BOOT)
    .toBeLessThanOrEqual(1);
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(inner, 'no scrollbar inside the frame').toBeLessThanOrEqual(0);
  // A change of height inside is followed.
  const before = (await iframe.boundingBox()).height;
  await frame.locator('details.more summary').first().click();
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(before + 50);
});

test('the scrollytelling demo steps the calculator through its four scenarios, and its text quotes a live number', async ({ page }) => {
  // The demo as a newsroom would run it, on another origin than the calculator: the app's
  // server reached as 127.0.0.1 serves the article, and as localhost the calculator.
  g = guard(page, [APP, APP_OTHER]);
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${APP}/scrolly-demo.html?calculator=${encodeURIComponent(APP_OTHER + '/')}`);
  const frame = page.frameLocator('iframe[data-capex-calculator]');
  await expect(frame.locator('[data-ready="true"]')).toHaveCount(1, BOOT);
  expect(new URL(await page.locator('iframe[data-capex-calculator]').getAttribute('src')).origin).toBe(new URL(APP_OTHER).origin);
  const steps = page.locator('[data-step]');
  await expect(steps).toHaveCount(4);
  // Each step's scenario, worked from the inputs.
  const scenarios = [
    { ...DEFAULTS },
    { ...DEFAULTS, chip: 27000 },
    { ...DEFAULTS, capex: 200, chip: 27000 },
    { ...DEFAULTS, capex: 200, chip: 27000, usdcny: 6.96 },
  ];
  for (let i = 0; i < 4; i++) {
    await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const expected = model(scenarios[i]);
    await expect.poll(() => dataValue(frame, 'chips'), { message: `step ${i + 1}` }).toBe(expected.chips);
    await expect.poll(() => dataValue(frame, 'capex-usd')).toBeCloseTo(expected['capex-usd'], DIGITS);
    await expect(steps.nth(i).locator('[data-live="chips"]')).toHaveText(expected.chips.toLocaleString('en-US'));
  }
  // Back up the story: the calculator follows.
  await steps.nth(0).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect.poll(() => dataValue(frame, 'chips')).toBe(model(DEFAULTS).chips);
});
