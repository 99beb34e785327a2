// Share links, presets and the copy-link button.
// Contract: the scenario lives in the query string (only non-defaults, plus v=1), the URL follows
// edits by history.replaceState (debounced, so every wait below is a poll); a malformed or
// out-of-range parameter is not applied and gets `url-note-<param>` in `url-notes`; presets
// (`preset=`) apply first and explicit parameters override them.
import assert from 'node:assert/strict';
import { APP, DEFAULTS, INPUTS, DIGITS, params } from './model.mjs';
import { tid, field, out, until, close } from './driver.mjs';

const CURRENCY = tid('input-currency');
const PRESET = tid('input-preset');
const ACTUALS = { msft: 118, googl: 91.45, amzn: 125, meta: 72.2 };

async function open(t, query = '') {
  await t.goto('/' + query);
  await t.ready();
}

/** Polls until the page's URL carries exactly these query parameters. */
async function expectParams(t, expected, message = 'URL follows the edits (debounced)') {
  await until(async () => assert.deepEqual(params(await t.url()), expected), message);
}

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

// ---------------------------------------------------------------- round trip

scenario('share link: typed capex, chip and currency survive the URL into a fresh visit', async (t) => {
  await open(t);
  const historyLength = await t.eval(() => history.length);

  await t.fill(field('capex'), '200');
  await t.fill(field('chip'), '27000');
  await t.select(CURRENCY, 'eur');
  const inputs = { ...DEFAULTS, capex: 200, chip: 27000 };
  await t.expectOutputs(inputs);

  // Only the non-defaults, plus the format version.
  await expectParams(t, { v: '1', edition: '1', capex: '200', chip: '27000', currency: 'eur', lang: 'en' });
  const url = new URL(await t.url());
  assert.equal(url.origin + url.pathname, APP + '/');
  assert.equal(await t.eval(() => history.length), historyLength, 'replaceState: no history entry per edit');

  const before = await t.snapshot();
  const other = await t.fresh(url.href);
  await other.ready();
  await other.expectOutputs(inputs);
  assert.deepEqual(await other.snapshot(), before);
  assert.equal(await other.value(CURRENCY), 'eur');
  assert.match(await other.text(out('capex-usd')), /€/);
  await other.expectNumber(field('capex'), 200);
  await other.expectNumber(field('chip'), 27000);
});

scenario('share link: ?v=1&capex=200&chip=27000&currency=eur opens that scenario', async (t) => {
  await open(t, '?v=1&capex=200&chip=27000&currency=eur');
  await t.expectOutputs({ ...DEFAULTS, capex: 200, chip: 27000 });
  await t.expectNumber(field('capex'), 200);
  await t.expectNumber(field('chip'), 27000);
  assert.equal(await t.value(CURRENCY), 'eur');
  assert.match(await t.text(out('capex-usd')), /€/);
  assert.equal(await t.visible(tid('url-notes')), false, 'a valid link shows no notes');
});

scenario('share link: a value set back to its default leaves the URL', async (t) => {
  await open(t);
  await t.fill(field('capex'), '200');
  await t.fill(field('order'), '50000');
  await expectParams(t, { v: '1', edition: '1', capex: '200', order: '50000', lang: 'en' });

  await t.fill(field('capex'), String(DEFAULTS.capex));
  await expectParams(t, { v: '1', edition: '1', order: '50000', lang: 'en' });
});

scenario('share link: every scenario parameter is read', async (t) => {
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
  await open(t, '?' + query);
  await t.expectOutputs(inputs);
  for (const name of INPUTS) await t.expectNumber(field(name), inputs[name], `input-${name}`);
  assert.equal(await t.value(CURRENCY), 'cny');
  assert.equal(await t.visible(tid('url-notes')), false);
});

// ---------------------------------------------------------------- malformed links

scenario('malformed parameters: defaults apply, one note per ignored parameter, unknown ones silent', async (t) => {
  await open(t, '?capex=abc&chip=-5&usdcny=1e400&ai=999&currency=xyz&foo=bar');

  await t.expectOutputs(DEFAULTS);
  for (const name of INPUTS) await t.expectNumber(field(name), DEFAULTS[name], `input-${name} keeps its default`);
  assert.equal(await t.value(CURRENCY), 'usd');

  const notes = tid('url-notes');
  await t.expectVisible(notes);
  const role = await t.eval((s) => {
    const el = document.querySelector(s);
    return el.getAttribute('role') || ({ UL: 'list', OL: 'list' })[el.tagName] || null;
  }, notes);
  assert.equal(role, 'list', 'url-notes is a list');
  const ignored = ['capex', 'chip', 'usdcny', 'ai', 'currency'];
  for (const param of ignored) {
    const note = tid(`url-note-${param}`);
    assert.ok(await t.visible(note), `note for ${param}`);
    const text = (await t.text(note)).trim();
    assert.ok(text.includes(param), `the note for ${param} names it: ${text}`);
    assert.notEqual(text, param, `the note for ${param} says why, not just its name`);
  }
  assert.equal(await t.count(tid('url-note-foo')), 0, 'unknown parameters are ignored silently');
  assert.equal(await t.count(`${notes} [data-testid^="url-note-"]`), ignored.length);
});

scenario('a valid link shows no notes', async (t) => {
  await open(t, '?v=1&capex=200');
  await until(async () => close(await t.dataValue('capex-usd'), 200 / 7.04, DIGITS, 'capex-usd'), 'capex 200');
  assert.equal(await t.visible(tid('url-notes')), false);
});

// ---------------------------------------------------------------- presets

scenario('preset=h200-reuters: chip US$27,000 and its source', async (t) => {
  await open(t, '?preset=h200-reuters');
  await t.expectNumber(field('chip'), 27000);
  await until(async () => assert.equal(await t.dataValue('chips'), Math.floor(((85 / 7.04) * 1e9) / 27000)), 'chips at 27,000');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
  assert.equal(await t.value(PRESET), 'h200-reuters');
  assert.ok(await t.visible(tid('preset-source')), 'preset-source visible');
  assert.match(await t.text(tid('preset-source')), /\S/);
  assert.equal(await t.visible(tid('url-notes')), false);
});

scenario('preset=actuals: the hyperscalers on 2025 actuals', async (t) => {
  await open(t, '?preset=actuals');
  for (const [name, value] of Object.entries(ACTUALS)) await t.expectNumber(field(name), value, `input-${name}`);
  await until(async () => close(await t.dataValue('bigfour-usd'), 118 + 91.45 + 125 + 72.2, DIGITS, 'bigfour-usd'), 'bigfour');
  await until(async () => close(await t.dataValue('bigfour-ratio'), (118 + 91.45 + 125 + 72.2) / (160 / 7.04), DIGITS, 'ratio'), 'ratio');
  await t.expectOutputs({ ...DEFAULTS, ...ACTUALS });
  assert.equal(await t.value(PRESET), 'actuals');
  assert.match(await t.text(tid('preset-source')), /\S/);
});

scenario('preset=capex-200: capex RMB 200 bn, labelled low confidence', async (t) => {
  await open(t, '?preset=capex-200');
  await t.expectNumber(field('capex'), 200);
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
  assert.equal(await t.value(PRESET), 'capex-200');
  assert.ok(await t.visible(tid('preset-source')), 'preset-source visible');
  const label = await t.eval((s) => document.querySelector(s).selectedOptions[0]?.textContent ?? '', PRESET);
  await until(
    async () => assert.match(`${label} ${await t.text(tid('preset-source'))}`, /low[\s-]+confidence|confidence\W+low\b/i),
    'preset label or source says low confidence',
  );
});

for (const query of ['?preset=h200-reuters&chip=30000', '?chip=30000&preset=h200-reuters']) {
  scenario(`an explicit parameter overrides the preset, wherever it stands: ${query}`, async (t) => {
    await open(t, query);
    await t.expectNumber(field('chip'), 30000);
    await until(async () => assert.equal(await t.dataValue('chips'), Math.floor(((85 / 7.04) * 1e9) / 30000)), 'chips at 30,000');
    await t.expectOutputs({ ...DEFAULTS, chip: 30000 });
  });
}

scenario('preset=actuals&msft=100: the other actuals stay', async (t) => {
  await open(t, '?preset=actuals&msft=100');
  await t.expectOutputs({ ...DEFAULTS, ...ACTUALS, msft: 100 });
  await until(async () => close(await t.dataValue('bigfour-usd'), 100 + 91.45 + 125 + 72.2, DIGITS, 'bigfour-usd'), 'bigfour');
});

scenario('choosing a preset updates the results, its source and the link', async (t) => {
  await open(t);
  const options = await t.eval((s) => Array.from(document.querySelectorAll(`${s} option`), (o) => o.value), PRESET);
  // The four presets (the page may add an entry of its own, e.g. for an edited scenario).
  for (const p of ['article', 'h200-reuters', 'capex-200', 'actuals']) assert.ok(options.includes(p), `preset ${p} offered`);
  assert.equal(await t.value(PRESET), 'article');

  await t.select(PRESET, 'h200-reuters');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
  assert.match(await t.text(tid('preset-source')), /\S/);
  // The link names the preset or carries its values: either way it reproduces the scenario.
  await until(async () => {
    const p = params(await t.url());
    assert.ok(p.preset === 'h200-reuters' || p.chip === '27000', `URL carries the preset: ${JSON.stringify(p)}`);
  }, 'URL carries the preset');
  const before = await t.snapshot();
  const other = await t.fresh(await t.url());
  await other.ready();
  await other.expectOutputs({ ...DEFAULTS, chip: 27000 });
  assert.deepEqual(await other.snapshot(), before);
});

// ---------------------------------------------------------------- copy link

/** The full link of the page, as copy-link should give it: same page, same parameters. */
function assertShareLink(href, page, expected) {
  const link = new URL(href); // absolute: throws on a relative link
  assert.equal(link.origin + link.pathname, page.origin + page.pathname);
  assert.deepEqual(params(link.href), expected);
}

scenario('copy link: copied, or offered to copy by hand where the browser refuses', async (t) => {
  await open(t);
  await t.fill(field('capex'), '210');
  await t.select(CURRENCY, 'cny');
  const expected = { v: '1', edition: '1', capex: '210', currency: 'cny', lang: 'en' };
  await expectParams(t, expected);

  await t.click(tid('copy-link'));
  await until(async () => assert.match((await t.text(tid('copy-status'))) ?? '', /\S/), 'copy-status says what happened');
  // Whether a script may write the clipboard here is the engine's call (a WebDriver click
  // is a user gesture in some engines, not in others): either outcome must serve the reader.
  if (await t.visible(tid('share-url'))) {
    t.note('the browser refused the clipboard: the link is offered in a text field');
    assertShareLink(await t.value(tid('share-url')), new URL(await t.url()), expected);
  } else {
    t.note('the browser accepted the clipboard write');
  }
});

scenario('copy link where the clipboard is refused: the link in a read-only field to copy by hand', async (t) => {
  await open(t);
  await t.fill(field('capex'), '210');
  await expectParams(t, { v: '1', edition: '1', capex: '210', lang: 'en' });
  // What a browser without the permission does: the write rejects (or there is no API).
  await t.eval(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    if (navigator.clipboard) navigator.clipboard.writeText = refuse;
  });

  await t.click(tid('copy-link'));
  await t.expectVisible(tid('share-url'));
  assert.notEqual(await t.attr(tid('share-url'), 'readonly'), null, 'the field is read-only');
  assert.equal(await t.attr(tid('share-url'), 'type'), 'text');
  assertShareLink(await t.value(tid('share-url')), new URL(await t.url()), { v: '1', edition: '1', capex: '210', lang: 'en' });
  assert.match(await t.text(tid('copy-status')), /\S/, 'the status says to copy it by hand');
});

export default scenarios;
