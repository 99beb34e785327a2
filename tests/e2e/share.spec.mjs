// Share links, presets, the copy-link button and the scenario kept in localStorage.
// Contract: the scenario lives in the query string (only non-defaults, plus v=1), the URL follows
// edits by history.replaceState (debounced, so every wait below is an expect poll); a malformed
// or out-of-range parameter is not applied and gets `url-note-<param>` in `url-notes`; presets
// (`preset=`) apply first and explicit parameters override them; the standalone page keeps the
// scenario in localStorage['capex-calculator:v1'] as a query string, and a link wins over it.
import { test, expect } from '@playwright/test';
import {
  APP,
  STORAGE_KEY,
  DEFAULTS,
  INPUTS,
  DIGITS,
  field,
  out,
  ready,
  dataValue,
  snapshot,
  expectOutputs,
  expectNumber,
  typeInto,
  params,
  guard,
} from './fixtures/support.mjs';

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page);
});
test.afterEach(() => g.check());

async function open(page, query = '') {
  await page.goto('/' + query);
  await expect(ready(page)).toHaveCount(1);
}

const currency = (page) => page.getByTestId('input-currency');

/** Open `url` in a new browser context: no storage, nothing shared with the first page. */
async function openFresh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fresh = guard(page);
  await page.goto(url);
  await expect(ready(page)).toHaveCount(1);
  return { page, context, fresh };
}

// ---------------------------------------------------------------- round trip

test('share link: typed capex, chip and currency survive the URL into a fresh browser', async ({ page, browser }) => {
  await open(page);
  const historyLength = await page.evaluate(() => history.length);

  await typeInto(field(page, 'capex'), '200');
  await typeInto(field(page, 'chip'), '27000');
  await currency(page).selectOption('eur');
  const inputs = { ...DEFAULTS, capex: 200, chip: 27000 };
  await expectOutputs(page, inputs);

  // Only the non-defaults, plus the format version.
  await expect
    .poll(() => params(page.url()), { message: 'URL follows the edits (debounced)' })
    .toEqual({ v: '1', capex: '200', chip: '27000', currency: 'eur' });
  const url = new URL(page.url());
  expect(url.origin + url.pathname).toBe(APP + '/');
  expect(await page.evaluate(() => history.length), 'replaceState: no history entry per edit').toBe(historyLength);

  const before = await snapshot(page);
  const { page: other, context, fresh } = await openFresh(browser, page.url());
  await expectOutputs(other, inputs);
  expect(await snapshot(other)).toEqual(before);
  await expect(currency(other)).toHaveValue('eur');
  await expect(out(other, 'capex-usd')).toContainText('€');
  await expectNumber(field(other, 'capex'), 200);
  await expectNumber(field(other, 'chip'), 27000);
  fresh.check();
  await context.close();
});

test('share link: a value set back to its default leaves the URL', async ({ page }) => {
  await open(page);
  await typeInto(field(page, 'capex'), '200');
  await typeInto(field(page, 'order'), '50000');
  await expect.poll(() => params(page.url())).toEqual({ v: '1', capex: '200', order: '50000' });

  await typeInto(field(page, 'capex'), String(DEFAULTS.capex));
  await expect.poll(() => params(page.url())).toEqual({ v: '1', order: '50000' });
});

test('share link: every scenario parameter is read', async ({ page }) => {
  const inputs = {
    capex: 250,
    capex25: 120,
    ai: 100,
    chip: 30000,
    order: 10000,
    usdcny: 7.2,
    eurusd: 1.1,
    msft: 100,
    googl: 95,
    amzn: 130,
    meta: 75,
    tokens: 40,
    'tokens-google': 50,
  };
  const query = new URLSearchParams({ v: '1', ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])), currency: 'cny' });
  await open(page, '?' + query);
  await expectOutputs(page, inputs);
  for (const name of INPUTS) await expectNumber(field(page, name), inputs[name], `input-${name}`);
  await expect(currency(page)).toHaveValue('cny');
  await expect(page.getByTestId('url-notes')).toBeHidden();
});

// ---------------------------------------------------------------- malformed links

test('malformed parameters: defaults apply, one note per ignored parameter, unknown ones silent', async ({ page }) => {
  await open(page, '?capex=abc&chip=-5&usdcny=1e400&ai=999&currency=xyz&foo=bar');

  await expectOutputs(page, DEFAULTS);
  for (const name of INPUTS) await expectNumber(field(page, name), DEFAULTS[name], `input-${name} keeps its default`);
  await expect(currency(page)).toHaveValue('usd');

  const notes = page.getByTestId('url-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toHaveRole('list');
  const ignored = ['capex', 'chip', 'usdcny', 'ai', 'currency'];
  for (const param of ignored) {
    const note = page.getByTestId(`url-note-${param}`);
    await expect(note, `note for ${param}`).toBeVisible();
    await expect(note).toContainText(param);
    await expect(note, `the note for ${param} says why, not just its name`).not.toHaveText(param);
  }
  await expect(page.getByTestId('url-note-foo'), 'unknown parameters are ignored silently').toHaveCount(0);
  await expect(notes.locator('[data-testid^="url-note-"]')).toHaveCount(ignored.length);
});

test('a valid link shows no notes', async ({ page }) => {
  await open(page, '?v=1&capex=200');
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(200 / 7.04, DIGITS);
  await expect(page.getByTestId('url-notes')).toBeHidden();
});

// ---------------------------------------------------------------- presets

const presetSelect = (page) => page.getByTestId('input-preset');
const ACTUALS = { msft: 118, googl: 91.45, amzn: 125, meta: 72.2 };

test('preset=h200-reuters: chip US$27,000 and its source', async ({ page }) => {
  await open(page, '?preset=h200-reuters');
  await expectNumber(field(page, 'chip'), 27000);
  await expect.poll(() => dataValue(page, 'chips')).toBe(Math.floor(((85 / 7.04) * 1e9) / 27000));
  await expectOutputs(page, { ...DEFAULTS, chip: 27000 });
  await expect(presetSelect(page)).toHaveValue('h200-reuters');
  await expect(page.getByTestId('preset-source')).toBeVisible();
  await expect(page.getByTestId('preset-source')).toHaveText(/\S/);
  await expect(page.getByTestId('url-notes')).toBeHidden();
});

test('preset=actuals: the hyperscalers on 2025 actuals', async ({ page }) => {
  await open(page, '?preset=actuals');
  const inputs = { ...DEFAULTS, ...ACTUALS };
  for (const [name, value] of Object.entries(ACTUALS)) await expectNumber(field(page, name), value, `input-${name}`);
  await expect.poll(() => dataValue(page, 'bigfour-usd')).toBeCloseTo(118 + 91.45 + 125 + 72.2, DIGITS);
  await expect.poll(() => dataValue(page, 'bigfour-ratio')).toBeCloseTo((118 + 91.45 + 125 + 72.2) / (160 / 7.04), DIGITS);
  await expectOutputs(page, inputs);
  await expect(presetSelect(page)).toHaveValue('actuals');
  await expect(page.getByTestId('preset-source')).toHaveText(/\S/);
});

test('preset=capex-200: capex RMB 200 bn, labelled low confidence', async ({ page }) => {
  await open(page, '?preset=capex-200');
  await expectNumber(field(page, 'capex'), 200);
  await expectOutputs(page, { ...DEFAULTS, capex: 200 });
  await expect(presetSelect(page)).toHaveValue('capex-200');
  const source = page.getByTestId('preset-source');
  await expect(source).toBeVisible();
  const label = await presetSelect(page).evaluate((s) => s.selectedOptions[0]?.textContent ?? '');
  await expect
    .poll(async () => `${label} ${await source.innerText()}`, { message: 'preset label or source says low confidence' })
    .toMatch(/low[\s-]+confidence|confidence\W+low\b/i);
});

for (const query of ['?preset=h200-reuters&chip=30000', '?chip=30000&preset=h200-reuters']) {
  test(`an explicit parameter overrides the preset, wherever it stands: ${query}`, async ({ page }) => {
    await open(page, query);
    await expectNumber(field(page, 'chip'), 30000);
    await expect.poll(() => dataValue(page, 'chips')).toBe(Math.floor(((85 / 7.04) * 1e9) / 30000));
    await expectOutputs(page, { ...DEFAULTS, chip: 30000 });
  });
}

test('preset=actuals&msft=100: the other actuals stay', async ({ page }) => {
  await open(page, '?preset=actuals&msft=100');
  await expectOutputs(page, { ...DEFAULTS, ...ACTUALS, msft: 100 });
  await expect.poll(() => dataValue(page, 'bigfour-usd')).toBeCloseTo(100 + 91.45 + 125 + 72.2, DIGITS);
});

test('choosing a preset updates the results, its source and the link', async ({ page, browser }) => {
  await open(page);
  const options = await presetSelect(page).locator('option').evaluateAll((os) => os.map((o) => o.value));
  // The four presets (the page may add an entry of its own, e.g. for an edited scenario).
  expect(options).toEqual(expect.arrayContaining(['article', 'h200-reuters', 'capex-200', 'actuals']));
  await expect(presetSelect(page)).toHaveValue('article');

  await presetSelect(page).selectOption('h200-reuters');
  await expectOutputs(page, { ...DEFAULTS, chip: 27000 });
  await expect(page.getByTestId('preset-source')).toHaveText(/\S/);
  // The link names the preset or carries its values: either way it reproduces the scenario.
  await expect
    .poll(() => {
      const p = params(page.url());
      return p.preset === 'h200-reuters' || p.chip === '27000';
    }, { message: 'URL carries the preset' })
    .toBe(true);
  const before = await snapshot(page);
  const { page: other, context, fresh } = await openFresh(browser, page.url());
  await expectOutputs(other, { ...DEFAULTS, chip: 27000 });
  expect(await snapshot(other)).toEqual(before);
  fresh.check();
  await context.close();
});

// ---------------------------------------------------------------- copy link

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy-link puts the current link on the clipboard and says so', async ({ page }) => {
    await open(page);
    await typeInto(field(page, 'capex'), '210');
    await currency(page).selectOption('cny');
    await expect.poll(() => params(page.url())).toEqual({ v: '1', capex: '210', currency: 'cny' });

    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('copy-status')).toBeVisible();
    await expect(page.getByTestId('copy-status')).toHaveText(/\S/);

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied); // absolute: throws on a relative link
    const here = new URL(page.url());
    expect(link.origin + link.pathname).toBe(here.origin + here.pathname);
    expect(params(link.href)).toEqual({ v: '1', capex: '210', currency: 'cny' });
  });
});

// ---------------------------------------------------------------- localStorage

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

test('storage: the scenario is kept and restored on the next visit of the bare URL', async ({ page, context }) => {
  await open(page);
  await typeInto(field(page, 'capex'), '210');
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(210 / 7.04, DIGITS);
  await expect.poll(() => stored(page), { message: `localStorage[${STORAGE_KEY}]` }).toContain('capex=210');
  expect(Object.fromEntries(new URLSearchParams(await stored(page)))).toEqual({ v: '1', capex: '210' });

  const second = await context.newPage();
  const g2 = guard(second);
  await second.goto('/');
  await expect(ready(second)).toHaveCount(1);
  await expectNumber(field(second, 'capex'), 210);
  await expectOutputs(second, { ...DEFAULTS, capex: 210 });
  await expect(second.getByTestId('storage-note')).toBeHidden();
  g2.check();
});

/** Put `value` in storage before any script of each page load runs. */
async function seedStorage(page, value) {
  await page.addInitScript(
    ([key, v]) => {
      if (location.origin === 'http://127.0.0.1:4173') localStorage.setItem(key, v);
    },
    [STORAGE_KEY, value],
  );
}

test('storage: a link with any scenario parameter or a preset wins over the stored scenario', async ({ page }) => {
  await seedStorage(page, 'v=1&capex=200');

  await open(page); // bare URL: storage applies
  await expectNumber(field(page, 'capex'), 200);
  await expectOutputs(page, { ...DEFAULTS, capex: 200 });

  await open(page, '?v=1&capex=300');
  await expectNumber(field(page, 'capex'), 300);
  await expectOutputs(page, { ...DEFAULTS, capex: 300 });

  // A link is a whole scenario: what it does not set is the default, not the stored value.
  await open(page, '?v=1&chip=30000');
  await expectNumber(field(page, 'chip'), 30000);
  await expectNumber(field(page, 'capex'), DEFAULTS.capex);
  await expectOutputs(page, { ...DEFAULTS, chip: 30000 });

  await open(page, '?preset=h200-reuters');
  await expectNumber(field(page, 'capex'), DEFAULTS.capex);
  await expectOutputs(page, { ...DEFAULTS, chip: 27000 });

  await open(page, '?currency=eur');
  await expect(currency(page)).toHaveValue('eur');
  await expectNumber(field(page, 'capex'), DEFAULTS.capex);
  await expectOutputs(page, DEFAULTS);
});

test('storage: the embedded page ignores the stored scenario', async ({ page }) => {
  await seedStorage(page, 'v=1&capex=200');
  await open(page, '?embed=1');
  await expectNumber(field(page, 'capex'), DEFAULTS.capex);
  await expectOutputs(page, DEFAULTS);
});

for (const bad of ['%%%garbage', 'v=99&capex=1']) {
  test(`storage: corrupt or old-format data (${JSON.stringify(bad)}) gives the defaults and a note`, async ({ page }) => {
    await seedStorage(page, bad);
    await open(page);
    await expectOutputs(page, DEFAULTS);
    for (const name of INPUTS) await expectNumber(field(page, name), DEFAULTS[name], `input-${name}`);
    await expect(currency(page)).toHaveValue('usd');
    await expect(page.getByTestId('storage-note')).toBeVisible();
    await expect(page.getByTestId('storage-note')).toHaveText(/\S/);
    // The page still works: an edit updates the results.
    await typeInto(field(page, 'capex'), '250');
    await expectOutputs(page, { ...DEFAULTS, capex: 250 });
  });
}
