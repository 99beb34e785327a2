// End-to-end tests of the release build (dist/, served by tests/tools/serve.mjs).
// Page contract: data-testid="input-<name>", "input-<name>-slider", "input-currency", "reset",
// "error-<name>", "out-<name>" (data-value = unformatted number), "chart-*"; root gets data-ready="true".
// Never sleep: every wait is an expect poll.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { model as fullModel, DEFAULTS as ALL_DEFAULTS, DIGITS, PLAIN_DECIMAL } from './fixtures/support.mjs';

// ---------------------------------------------------------------- the model, from the inputs

// The seven inputs of the article's story; the model (shared with the other specs) also knows
// the hyperscalers' and token figures, at their defaults.
const DEFAULTS = { capex: 160, capex25: 150, ai: 85, chip: 20000, order: 20000, usdcny: 7.04, eurusd: 1.17 };
const INPUTS = Object.keys(DEFAULTS);
const model = (inputs) => fullModel({ ...ALL_DEFAULTS, ...inputs });
const OUTPUTS = Object.keys(model(DEFAULTS));
const USD_OUTPUTS = OUTPUTS.filter((n) => n.endsWith('-usd'));

// ---------------------------------------------------------------- helpers

const field = (page, name) => page.getByTestId(`input-${name}`);
const slider = (page, name) => page.getByTestId(`input-${name}-slider`);
const error = (page, name) => page.getByTestId(`error-${name}`);
const out = (page, name) => page.getByTestId(`out-${name}`);

async function dataValue(page, name) {
  const v = await out(page, name).getAttribute('data-value');
  return v === null ? NaN : Number(v);
}

/** All outputs' raw data-value strings. */
async function snapshot(page) {
  const values = {};
  for (const name of OUTPUTS) values[name] = await out(page, name).getAttribute('data-value');
  return values;
}

/** Poll until every listed output matches the model for `inputs`. */
async function expectOutputs(page, inputs, names = OUTPUTS) {
  const expected = model(inputs);
  for (const name of names) {
    const poll = expect.poll(() => dataValue(page, name), { message: `out-${name} data-value for ${JSON.stringify(inputs)}` });
    if (name === 'chips') await poll.toBe(expected.chips);
    else await poll.toBeCloseTo(expected[name], DIGITS);
  }
}

/** Poll until a field (text or range) holds `value`, compared as a number. */
async function expectNumber(locator, value) {
  await expect.poll(async () => Number(await locator.inputValue()), { message: 'field value' }).toBeCloseTo(value, 6);
}

// ---------------------------------------------------------------- per-test guards (g), (h)

let problems; // console errors, page errors, failed responses
let requests; // every URL the page requested

test.beforeEach(async ({ page, baseURL }) => {
  problems = [];
  requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${res.url()}`);
  });
  await page.goto(baseURL + '/');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
});

test.afterEach(async ({ baseURL }) => {
  expect.soft(problems, 'no console errors, page errors or failed requests').toEqual([]);
  const origin = new URL(baseURL).origin + '/';
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect.soft(foreign, `every request stays on ${origin}`).toEqual([]);
});

// ---------------------------------------------------------------- (a) defaults

test('defaults: outputs match the model computed from the default inputs', async ({ page }) => {
  for (const name of OUTPUTS) {
    await expect(out(page, name)).toBeVisible();
    await expect(out(page, name)).toHaveAttribute('data-value', PLAIN_DECIMAL);
    await expect(out(page, name)).toHaveText(/\d/);
  }
  await expectOutputs(page, DEFAULTS);

  // Spot checks of the worked numbers, still computed from the inputs.
  expect(await dataValue(page, 'capex-usd')).toBeCloseTo(160 / 7.04, DIGITS);
  expect(await dataValue(page, 'capex-eur')).toBeCloseTo(160 / 7.04 / 1.17, DIGITS);
  expect(await dataValue(page, 'growth')).toBeCloseTo((160 / 150 - 1) * 100, DIGITS);
  expect(await dataValue(page, 'ai-share')).toBeCloseTo((85 / 160) * 100, DIGITS);
  expect(await dataValue(page, 'chips')).toBe(Math.floor(((85 / 7.04) * 1e9) / 20000));
  expect(await dataValue(page, 'order-cost')).toBeCloseTo((20000 * 20000) / 1e9, DIGITS);
  expect(await dataValue(page, 'bigfour-usd')).toBeCloseTo(88.2 + 92 + 125 + 71, DIGITS);
  expect(await dataValue(page, 'bigfour-ratio')).toBeCloseTo((88.2 + 92 + 125 + 71) / (160 / 7.04), DIGITS);

  for (const name of INPUTS) {
    await expect(field(page, name)).toHaveAttribute('type', 'text');
    await expect(field(page, name)).toHaveAttribute('inputmode', 'decimal');
    await expectNumber(field(page, name), DEFAULTS[name]);
    await expect(slider(page, name)).toHaveAttribute('type', 'range');
    await expectNumber(slider(page, name), DEFAULTS[name]);
    await expect(error(page, name)).toBeHidden();
  }
  const range = async (name) => [Number(await slider(page, name).getAttribute('min')), Number(await slider(page, name).getAttribute('max'))];
  expect(await range('capex')).toEqual([10, 500]);
  expect(await range('chip')).toEqual([5000, 60000]);
  expect(await range('usdcny')).toEqual([6, 8]);

  await expect(page.getByTestId('input-currency')).toHaveValue('usd');
  const options = await page.getByTestId('input-currency').locator('option').evaluateAll((os) => os.map((o) => o.value));
  expect(options.sort()).toEqual(['cny', 'eur', 'usd']);

  for (const id of ['chart-breakdown', 'chart-hyperscalers']) {
    const chart = page.getByTestId(id);
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAttribute('aria-label', /\S/);
    expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  }
});

// ---------------------------------------------------------------- (b) slider

test('capex slider: keyboard and fill() drive the field and the results', async ({ page }) => {
  const s = slider(page, 'capex');
  const capexOutputs = ['capex-usd', 'capex-eur', 'growth', 'ai-share', 'rest-usd', 'bigfour-ratio'];
  // The typed field and the results follow the slider's value.
  const expectCapexEverywhere = async (capex) => {
    await expectNumber(field(page, 'capex'), capex);
    await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(capex / 7.04, DIGITS);
    await expectOutputs(page, { ...DEFAULTS, capex }, capexOutputs);
  };

  await s.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await s.inputValue())).toBeGreaterThan(DEFAULTS.capex);
  await expectCapexEverywhere(Number(await s.inputValue()));

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Number(await s.inputValue())).toBeLessThan(DEFAULTS.capex);
  await expectCapexEverywhere(Number(await s.inputValue()));

  await page.keyboard.press('End');
  await expectNumber(s, 500);
  await expectCapexEverywhere(500);

  await s.fill('250');
  await expectCapexEverywhere(250);

  // Other sliders feed the model too.
  await slider(page, 'chip').fill('40000');
  await expectNumber(field(page, 'chip'), 40000);
  await expectOutputs(page, { ...DEFAULTS, capex: 250, chip: 40000 });
});

// ---------------------------------------------------------------- (c) typed values

test('typed values: chip price 40000 halves the chip count', async ({ page }) => {
  await field(page, 'chip').fill('40000');
  await expectOutputs(page, { ...DEFAULTS, chip: 40000 });
  const halved = await dataValue(page, 'chips');
  expect(Math.abs(halved - model(DEFAULTS).chips / 2)).toBeLessThanOrEqual(1);
  await expectNumber(slider(page, 'chip'), 40000);
});

test('typed values: RMB/USD 6.96 gives capex ≈ US$ 22.99 bn, typed key by key', async ({ page }) => {
  const f = field(page, 'usdcny');
  await f.fill('6.96');
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(22.99, 2);
  await expectOutputs(page, { ...DEFAULTS, usdcny: 6.96 });

  // A reader typing character by character: every input event updates, the end state is right.
  await f.fill('');
  await f.pressSequentially('7.2');
  await expect(f).toHaveValue('7.2');
  await expect(error(page, 'usdcny')).toBeHidden();
  await expectOutputs(page, { ...DEFAULTS, usdcny: 7.2 });
});

test('typed values: every input feeds the model', async ({ page }) => {
  const steps = [
    ['capex', 200],
    ['capex25', 100],
    ['ai', 120],
    ['chip', 25000],
    ['order', 50000],
    ['usdcny', 7.3],
    ['eurusd', 1.08],
  ];
  let inputs = { ...DEFAULTS };
  for (const [name, value] of steps) {
    await field(page, name).fill(String(value));
    inputs = { ...inputs, [name]: value };
    await expect(error(page, name)).toBeHidden();
    await expectOutputs(page, inputs);
  }
  await expectNumber(slider(page, 'capex'), 200);
});

// ---------------------------------------------------------------- (d) invalid input

const INVALID = ['abc', '-5', '1e400', ''];
const INVALID_CASES = {
  capex: [...INVALID, '99999'], // range 0..400
  chip: [...INVALID, '99999'], // range 5000..60000
  usdcny: [...INVALID, '99999'], // range 6..8
  ai: [...INVALID, '170'], // above capex (160)
  capex25: INVALID,
  order: INVALID,
  eurusd: INVALID,
};
const FIX = { capex: 200, capex25: 120, ai: 90, chip: 25000, order: 30000, usdcny: 7.2, eurusd: 1.1 };

for (const [name, cases] of Object.entries(INVALID_CASES)) {
  test(`invalid input in ${name}: error shown, text kept, results unchanged, fix clears it`, async ({ page }) => {
    const f = field(page, name);
    const err = error(page, name);
    for (const bad of cases) {
      const before = await snapshot(page);
      await f.fill(bad);
      await expect(err, `error-${name} for ${JSON.stringify(bad)}`).toBeVisible();
      await expect(err).toHaveAttribute('role', 'alert');
      await expect(err).toHaveText(/\S/);
      await expect(f, 'the reader\'s text stays in the field').toHaveValue(bad);
      expect(await snapshot(page), `results keep the last valid values after ${JSON.stringify(bad)}`).toEqual(before);

      await f.fill(String(FIX[name]));
      await expect(err, `error-${name} cleared after fixing ${JSON.stringify(bad)}`).toBeHidden();
      await expectOutputs(page, { ...DEFAULTS, [name]: FIX[name] });
    }
  });
}

// ---------------------------------------------------------------- (e) display currency

test('currency: visible text follows the currency, data-value stays in US$', async ({ page }) => {
  const select = page.getByTestId('input-currency');
  const capex = out(page, 'capex-usd');
  const before = await snapshot(page);

  await expect(capex).toContainText('$');
  await expect(capex).toContainText(/22[.,]7/);
  const usdText = await capex.innerText();

  await select.selectOption('eur');
  await expect(capex).toContainText('€');
  await expect(capex).toContainText(/19[.,]4/); // 160 / 7.04 / 1.17
  const eurText = await capex.innerText();
  expect(eurText).not.toBe(usdText);
  expect(await snapshot(page)).toEqual(before);
  for (const name of USD_OUTPUTS) {
    await expect(out(page, name)).toContainText('€');
  }

  await select.selectOption('cny');
  await expect(capex).toContainText(/RMB|¥/);
  await expect(capex).toContainText('160'); // the RMB input itself
  expect(await capex.innerText()).not.toBe(eurText);
  expect(await snapshot(page)).toEqual(before);
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(160 / 7.04, DIGITS);

  await select.selectOption('usd');
  await expect(capex).toContainText('$');
  await expect(capex).not.toContainText('€');
  expect(await snapshot(page)).toEqual(before);
});

// ---------------------------------------------------------------- (f) reset

test('reset restores every default and clears errors', async ({ page }) => {
  await slider(page, 'capex').fill('300');
  await field(page, 'chip').fill('40000');
  await field(page, 'usdcny').fill('6.5');
  await field(page, 'ai').fill('abc');
  await expect(error(page, 'ai')).toBeVisible();
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(300 / 6.5, DIGITS);

  await page.getByTestId('reset').click();

  await expectOutputs(page, DEFAULTS);
  for (const name of INPUTS) {
    await expectNumber(field(page, name), DEFAULTS[name]);
    await expectNumber(slider(page, name), DEFAULTS[name]);
    await expect(error(page, name)).toBeHidden();
  }
});

// ---------------------------------------------------------------- (i) accessibility

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('axe-core: no serious or critical violations, also with an error shown', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);

  await field(page, 'capex').fill('abc');
  await expect(error(page, 'capex')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

// ---------------------------------------------------------------- (j) keyboard only

test('keyboard only: Tab reaches the capex field, typing updates, every control is reachable', async ({ page }) => {
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  let presses = 0;
  while ((await active()) !== 'input-capex' && presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await active(), 'Tab reaches input-capex').toBe('input-capex');
  const focusShown = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return el.matches(':focus-visible') && (cs.outlineStyle !== 'none' || cs.boxShadow !== 'none');
  });
  expect(focusShown, 'focused field has a visible focus indicator').toBe(true);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('200');
  await expect(field(page, 'capex')).toHaveValue('200');
  await expect.poll(() => dataValue(page, 'capex-usd')).toBeCloseTo(200 / 7.04, DIGITS);

  // Walk the tab order (wrapping around): every control must be in it.
  const wanted = [...INPUTS.flatMap((n) => [`input-${n}`, `input-${n}-slider`]), 'input-currency', 'reset'];
  const seen = new Set(['input-capex']);
  for (let i = 0; i < 80 && !wanted.every((id) => seen.has(id)); i++) {
    await page.keyboard.press('Tab');
    const id = await active();
    if (id) seen.add(id);
  }
  expect(wanted.filter((id) => !seen.has(id)), 'controls not reachable by Tab').toEqual([]);

  // Reset by keyboard.
  await page.getByTestId('reset').focus();
  await page.keyboard.press('Enter');
  await expectOutputs(page, DEFAULTS);
});

// ---------------------------------------------------------------- embeddable: narrow viewport

test('narrow embed (320 px): no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
  await expect(field(page, 'capex')).toBeVisible();
  await expect(out(page, 'capex-usd')).toBeVisible();
});
