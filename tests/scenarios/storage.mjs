// The scenario kept in localStorage['capex-calculator:v1'] (a query string) on the standalone
// page: restored on a bare visit, ignored when a link sets a scenario or the page is embedded,
// and damaged data gives the defaults and a note.
import assert from 'node:assert/strict';
import { STORAGE_KEY, DEFAULTS, INPUTS, DIGITS } from './model.mjs';
import { tid, field, until, close } from './driver.mjs';

const CURRENCY = tid('input-currency');

async function open(t, query = '') {
  await t.goto('/' + query);
  await t.ready();
}

const stored = (t) => t.eval((key) => localStorage.getItem(key), STORAGE_KEY);

/**
 * Puts `value` in the app origin's storage, as an earlier visit would have left it. Written
 * from the embedded page, which never writes the stored scenario itself, once it runs: a page
 * left while the service worker still serves its files has Firefox log each cancelled one as
 * an error of that page.
 */
async function seed(t, value) {
  await t.goto('/?embed=1');
  await t.ready();
  await t.eval(([key, v]) => localStorage.setItem(key, v), [STORAGE_KEY, value]);
}

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

scenario('storage: the scenario is kept and restored on the next visit of the bare URL', async (t) => {
  await open(t);
  await t.fill(field('capex'), '210');
  await until(async () => close(await t.dataValue('capex-usd'), 210 / 7.04, DIGITS, 'capex-usd'), 'capex 210');
  await until(async () => assert.match((await stored(t)) ?? '', /capex=210/), `localStorage[${STORAGE_KEY}]`);
  assert.deepEqual(Object.fromEntries(new URLSearchParams(await stored(t))), { v: '1', edition: '1', capex: '210', lang: 'en' });

  await open(t); // the bare URL again: a new page load
  await t.expectNumber(field('capex'), 210);
  await t.expectOutputs({ ...DEFAULTS, capex: 210 });
  assert.equal(await t.visible(tid('storage-note')), false);
});

scenario('storage: a link with any scenario parameter or a preset wins over the stored scenario', async (t) => {
  // Each visit below starts from the same stored scenario.
  const visit = async (query) => {
    await seed(t, 'v=1&capex=200');
    await open(t, query);
  };

  await visit(''); // bare URL: storage applies
  await t.expectNumber(field('capex'), 200);
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });

  await visit('?v=1&capex=300');
  await t.expectNumber(field('capex'), 300);
  await t.expectOutputs({ ...DEFAULTS, capex: 300 });

  // A link is a whole scenario: what it does not set is the default, not the stored value.
  await visit('?v=1&chip=30000');
  await t.expectNumber(field('chip'), 30000);
  await t.expectNumber(field('capex'), DEFAULTS.capex);
  await t.expectOutputs({ ...DEFAULTS, chip: 30000 });

  await visit('?preset=h200-reuters');
  await t.expectNumber(field('capex'), DEFAULTS.capex);
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });

  await visit('?currency=eur');
  assert.equal(await t.value(CURRENCY), 'eur');
  await t.expectNumber(field('capex'), DEFAULTS.capex);
  await t.expectOutputs(DEFAULTS);
});

scenario('storage: the embedded page ignores the stored scenario and never writes it', async (t) => {
  await seed(t, 'v=1&capex=200');
  await open(t, '?embed=1');
  await t.expectNumber(field('capex'), DEFAULTS.capex);
  await t.expectOutputs(DEFAULTS);
  // A reader's edit in the article's frame goes to the frame's address, not to storage: the
  // page's own visits keep what the reader left there.
  await t.fill(field('capex'), '230');
  await until(async () => assert.equal(new URL(await t.url()).searchParams.get('capex'), '230'), 'the address follows');
  assert.equal(await stored(t), 'v=1&capex=200', 'storage untouched');
});

for (const bad of ['%%%garbage', 'v=99&capex=1']) {
  scenario(`storage: corrupt or old-format data (${JSON.stringify(bad)}) gives the defaults and a note`, async (t) => {
    await seed(t, bad);
    await open(t);
    await t.expectOutputs(DEFAULTS);
    for (const name of INPUTS) await t.expectNumber(field(name), DEFAULTS[name], `input-${name}`);
    assert.equal(await t.value(CURRENCY), 'usd');
    await t.expectVisible(tid('storage-note'));
    assert.match(await t.text(tid('storage-note')), /\S/);
    // The page still works: an edit updates the results.
    await t.fill(field('capex'), '250');
    await t.expectOutputs({ ...DEFAULTS, capex: 250 });
  });
}

export default scenarios;
