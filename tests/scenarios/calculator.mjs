// The calculator itself: defaults, sliders, typed values, bad input, currency, reset, keyboard.
// Page contract: data-testid="input-<name>", "input-<name>-slider", "input-currency", "reset",
// "error-<name>", "out-<name>" (data-value = unformatted number), "chart-*"; root gets
// data-ready="true".
import assert from 'node:assert/strict';
import { model as fullModel, DEFAULTS as ALL_DEFAULTS, DIGITS, PLAIN_DECIMAL } from './model.mjs';
import { tid, field, slider, error, out, until, close } from './driver.mjs';

// The seven inputs of the article's story; the model also knows the hyperscalers' and token
// figures, at their defaults.
const DEFAULTS = { capex: 160, capex25: 150, ai: 85, chip: 20000, order: 20000, usdcny: 7.04, eurusd: 1.17 };
const INPUTS = Object.keys(DEFAULTS);
const model = (inputs) => fullModel({ ...ALL_DEFAULTS, ...inputs });
const OUTPUTS = Object.keys(model(DEFAULTS));
const USD_OUTPUTS = OUTPUTS.filter((n) => n.endsWith('-usd'));
const withAll = (inputs) => ({ ...ALL_DEFAULTS, ...inputs });

async function open(t) {
  await t.goto('/');
  await t.ready();
}

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

// ---------------------------------------------------------------- defaults

scenario('defaults: outputs match the model computed from the default inputs', async (t) => {
  await open(t);
  for (const name of OUTPUTS) {
    assert.ok(await t.visible(out(name)), `out-${name} visible`);
    assert.match(await t.attr(out(name), 'data-value'), PLAIN_DECIMAL, `out-${name} data-value`);
    assert.match(await t.text(out(name)), /\d/, `out-${name} shows a number`);
  }
  await t.expectOutputs(withAll(DEFAULTS));

  // Spot checks of the worked numbers, still computed from the inputs.
  close(await t.dataValue('capex-usd'), 160 / 7.04, DIGITS, 'capex-usd');
  close(await t.dataValue('capex-eur'), 160 / 7.04 / 1.17, DIGITS, 'capex-eur');
  close(await t.dataValue('growth'), (160 / 150 - 1) * 100, DIGITS, 'growth');
  close(await t.dataValue('ai-share'), (85 / 160) * 100, DIGITS, 'ai-share');
  assert.equal(await t.dataValue('chips'), Math.floor(((85 / 7.04) * 1e9) / 20000));
  close(await t.dataValue('order-cost'), (20000 * 20000) / 1e9, DIGITS, 'order-cost');
  close(await t.dataValue('bigfour-usd'), 88.2 + 92 + 125 + 71, DIGITS, 'bigfour-usd');
  close(await t.dataValue('bigfour-ratio'), (88.2 + 92 + 125 + 71) / (160 / 7.04), DIGITS, 'bigfour-ratio');

  for (const name of INPUTS) {
    assert.equal(await t.attr(field(name), 'type'), 'text', `input-${name} type`);
    assert.equal(await t.attr(field(name), 'inputmode'), 'decimal', `input-${name} inputmode`);
    await t.expectNumber(field(name), DEFAULTS[name]);
    assert.equal(await t.attr(slider(name), 'type'), 'range', `input-${name}-slider type`);
    await t.expectNumber(slider(name), DEFAULTS[name]);
    assert.equal(await t.visible(error(name)), false, `error-${name} hidden`);
  }
  const range = async (name) => [Number(await t.attr(slider(name), 'min')), Number(await t.attr(slider(name), 'max'))];
  assert.deepEqual(await range('capex'), [10, 500]);
  assert.deepEqual(await range('chip'), [5000, 60000]);
  assert.deepEqual(await range('usdcny'), [6, 8]);

  assert.equal(await t.value(tid('input-currency')), 'usd');
  const options = await t.eval((s) => Array.from(document.querySelectorAll(`${s} option`), (o) => o.value), tid('input-currency'));
  assert.deepEqual(options.sort(), ['cny', 'eur', 'usd']);

  for (const id of ['chart-breakdown', 'chart-hyperscalers']) {
    assert.ok(await t.visible(tid(id)), `${id} visible`);
    assert.equal(await t.attr(tid(id), 'role'), 'img');
    assert.match((await t.attr(tid(id), 'aria-label')) ?? '', /\S/, `${id} has a text alternative`);
    assert.equal(await t.eval((s) => document.querySelector(s).tagName.toLowerCase(), tid(id)), 'svg');
  }
});

// ---------------------------------------------------------------- slider

scenario('capex slider: keyboard and a set value drive the field and the results', async (t) => {
  await open(t);
  const s = slider('capex');
  const capexOutputs = ['capex-usd', 'capex-eur', 'growth', 'ai-share', 'rest-usd', 'bigfour-ratio'];
  const sliderValue = async () => Number(await t.value(s));
  // The typed field and the results follow the slider's value.
  const expectCapexEverywhere = async (capex) => {
    await t.expectNumber(field('capex'), capex);
    await t.expectOutputs(withAll({ ...DEFAULTS, capex }), capexOutputs);
  };

  await t.focus(s);
  await t.press('ArrowRight');
  await until(async () => assert.ok((await sliderValue()) > DEFAULTS.capex, 'slider moved right'), 'ArrowRight');
  await expectCapexEverywhere(await sliderValue());

  await t.press('ArrowLeft');
  await t.press('ArrowLeft');
  await until(async () => assert.ok((await sliderValue()) < DEFAULTS.capex, 'slider moved left'), 'ArrowLeft');
  await expectCapexEverywhere(await sliderValue());

  await t.press('End');
  await t.expectNumber(s, 500);
  await expectCapexEverywhere(500);

  await t.fill(s, '250');
  await expectCapexEverywhere(250);

  // Other sliders feed the model too.
  await t.fill(slider('chip'), '40000');
  await t.expectNumber(field('chip'), 40000);
  await t.expectOutputs(withAll({ ...DEFAULTS, capex: 250, chip: 40000 }));
});

// ---------------------------------------------------------------- typed values

scenario('typed values: chip price 40000 halves the chip count', async (t) => {
  await open(t);
  await t.fill(field('chip'), '40000');
  await t.expectOutputs(withAll({ ...DEFAULTS, chip: 40000 }));
  const halved = await t.dataValue('chips');
  assert.ok(Math.abs(halved - model(DEFAULTS).chips / 2) <= 1, `chips ${halved} is half of ${model(DEFAULTS).chips}`);
  await t.expectNumber(slider('chip'), 40000);
});

scenario('typed values: RMB/USD 6.96 gives capex ≈ US$ 22.99 bn, typed key by key', async (t) => {
  await open(t);
  const f = field('usdcny');
  await t.fill(f, '6.96');
  await until(async () => close(await t.dataValue('capex-usd'), 22.99, 2, 'capex-usd'), 'capex at 6.96');
  await t.expectOutputs(withAll({ ...DEFAULTS, usdcny: 6.96 }));

  // A reader typing character by character: every input event updates, the end state is right.
  await t.fill(f, '');
  await t.type(f, '7.2');
  await until(async () => assert.equal(await t.value(f), '7.2'), 'field holds 7.2');
  assert.equal(await t.visible(error('usdcny')), false, 'no error for 7.2');
  await t.expectOutputs(withAll({ ...DEFAULTS, usdcny: 7.2 }));
});

scenario('typed values: every input feeds the model', async (t) => {
  await open(t);
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
    await t.fill(field(name), String(value));
    inputs = { ...inputs, [name]: value };
    await t.expectVisible(error(name), false);
    await t.expectOutputs(withAll(inputs));
  }
  await t.expectNumber(slider('capex'), 200);
});

// ---------------------------------------------------------------- invalid input

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
  scenario(`invalid input in ${name}: error shown, text kept, results unchanged, fix clears it`, async (t) => {
    await open(t);
    const f = field(name);
    const err = error(name);
    for (const bad of cases) {
      const before = await t.snapshot();
      await t.fill(f, bad);
      await t.expectVisible(err);
      assert.equal(await t.attr(err, 'role'), 'alert', `error-${name} role`);
      assert.match(await t.text(err), /\S/, `error-${name} says why`);
      assert.equal(await t.value(f), bad, "the reader's text stays in the field");
      assert.deepEqual(await t.snapshot(), before, `results keep the last valid values after ${JSON.stringify(bad)}`);

      await t.fill(f, String(FIX[name]));
      await t.expectVisible(err, false);
      await t.expectOutputs(withAll({ ...DEFAULTS, [name]: FIX[name] }));
    }
  });
}

// ---------------------------------------------------------------- display currency

scenario('currency: visible text follows the currency, data-value stays in US$', async (t) => {
  await open(t);
  const select = tid('input-currency');
  const capex = out('capex-usd');
  const before = await t.snapshot();
  const text = () => t.text(capex);

  assert.match(await text(), /\$/);
  assert.match(await text(), /22[.,]7/);
  const usdText = await text();

  await t.select(select, 'eur');
  await until(async () => assert.match(await text(), /€/), 'capex in €');
  assert.match(await text(), /19[.,]4/); // 160 / 7.04 / 1.17
  const eurText = await text();
  assert.notEqual(eurText, usdText);
  assert.deepEqual(await t.snapshot(), before);
  for (const name of USD_OUTPUTS) assert.match(await t.text(out(name)), /€/, `out-${name} in €`);

  await t.select(select, 'cny');
  await until(async () => assert.match(await text(), /RMB|¥/), 'capex in RMB');
  assert.match(await text(), /160/); // the RMB input itself
  assert.notEqual(await text(), eurText);
  assert.deepEqual(await t.snapshot(), before);
  close(await t.dataValue('capex-usd'), 160 / 7.04, DIGITS, 'capex-usd stays in US$');

  await t.select(select, 'usd');
  await until(async () => assert.match(await text(), /\$/), 'capex in US$');
  assert.doesNotMatch(await text(), /€/);
  assert.deepEqual(await t.snapshot(), before);
});

// ---------------------------------------------------------------- reset

scenario('reset restores every default and clears errors', async (t) => {
  await open(t);
  await t.fill(slider('capex'), '300');
  await t.fill(field('chip'), '40000');
  await t.fill(field('usdcny'), '6.5');
  await t.fill(field('ai'), 'abc');
  await t.expectVisible(error('ai'));
  await until(async () => close(await t.dataValue('capex-usd'), 300 / 6.5, DIGITS, 'capex-usd'), 'edits applied');

  await t.click(tid('reset'));

  await t.expectOutputs(withAll(DEFAULTS));
  for (const name of INPUTS) {
    await t.expectNumber(field(name), DEFAULTS[name]);
    await t.expectNumber(slider(name), DEFAULTS[name]);
    await t.expectVisible(error(name), false);
  }
});

// ---------------------------------------------------------------- keyboard only

scenario('keyboard only: Tab reaches the capex field, typing updates, every control is reachable', async (t) => {
  await open(t);
  // Every control focused on the way counts as reachable (in Firefox, Tab past the last
  // control leaves the page for the browser's own toolbar instead of wrapping around).
  const seen = new Set();
  let presses = 0;
  while ((await t.focused()) !== 'input-capex' && presses < 40) {
    await t.press('Tab');
    presses++;
    const id = await t.focused();
    if (id) seen.add(id);
  }
  assert.equal(await t.focused(), 'input-capex', 'Tab reaches input-capex');
  const focusShown = await t.eval(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return el.matches(':focus-visible') && (cs.outlineStyle !== 'none' || cs.boxShadow !== 'none');
  });
  assert.equal(focusShown, true, 'focused field has a visible focus indicator');

  await t.press('ControlOrMeta+A');
  await t.type(null, '200');
  await until(async () => assert.equal(await t.value(field('capex')), '200'), 'typed 200');
  await until(async () => close(await t.dataValue('capex-usd'), 200 / 7.04, DIGITS, 'capex-usd'), 'capex 200 applied');

  // Walk the tab order (wrapping around): every control must be in it.
  const wanted = [...INPUTS.flatMap((n) => [`input-${n}`, `input-${n}-slider`]), 'input-currency', 'reset'];
  for (let i = 0; i < 80 && !wanted.every((id) => seen.has(id)); i++) {
    await t.press('Tab');
    const id = await t.focused();
    if (id) seen.add(id);
  }
  assert.deepEqual(wanted.filter((id) => !seen.has(id)), [], 'controls not reachable by Tab');

  // Reset by keyboard.
  await t.focus(tid('reset'));
  await t.press('Enter');
  await t.expectOutputs(withAll(DEFAULTS));
});

export default scenarios;
