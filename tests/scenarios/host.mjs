// The article drives the embedded calculator through embed.js's API (host-api.html, on another
// origin than the calculator): ready, set, a bad value reported by name, results after a
// subscribe, reset. Host messages cross windows and origins, where engines differ, so these
// run in all three; the Playwright suite (tests/e2e/host.spec.mjs) adds who may not talk to it,
// Pym.js and the scrollytelling demo.
import assert from 'node:assert/strict';
import { HOST, DEFAULTS, DIGITS, model } from './model.mjs';
import { out, until, close, drawn, BOOT } from './driver.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

async function open(t, extra = '') {
  await t.goto(`${HOST}/host-api.html?calc=${encodeURIComponent('embed=1&id=api')}${extra}`);
  await until(async () => assert.equal((await events(t, 'ready')).length, 1), 'ready from the calculator', BOOT);
}

const events = (t, type) => t.eval((ty) => (window.events || []).filter((e) => e.type === ty), type);
const inFrame = (t, name) => t.frame('#calc', async (f) => Number(await f.attr(out(name), 'data-value')));

scenario('ready, then a set applies Reuters’ chip price and the results follow', async (t) => {
  await open(t, '&subscribe=1');
  const [ready] = await events(t, 'ready');
  assert.equal(ready.info.id, 'api');
  await until(async () => assert.ok((await events(t, 'results')).length > 0), 'results after subscribing');
  await t.eval(() => window.calc.set({ chip: 27000 }));
  // RMB 85 bn at 7.04 buys 447,180 chips at US$27,000.
  const expected = model({ ...DEFAULTS, chip: 27000 });
  await until(async () => assert.equal(await inFrame(t, 'chips'), expected.chips), 'chips in the frame');
  await until(async () => {
    const last = (await events(t, 'results')).at(-1);
    assert.equal(last.results.chips, expected.chips);
    close(last.results['capex-usd'], expected['capex-usd'], DIGITS, 'capex-usd in the results');
  }, 'results posted to the host');
  assert.equal(await t.text('#live-chips'), expected.chips.toLocaleString('en-US'));
});

scenario('a bad value changes nothing and comes back as an error naming it; reset goes back', async (t) => {
  await open(t);
  await t.eval(() => window.calc.set({ chip: 1, capex: 200, flux: 2 }));
  await until(async () => assert.equal((await events(t, 'error')).length, 1), 'an error from the calculator');
  const [error] = await events(t, 'error');
  const reasons = Object.fromEntries(error.errors.map((e) => [e.field, e.reason]));
  assert.deepEqual(reasons, { chip: 'below-min', flux: 'unknown-field' });
  await until(async () => close(await inFrame(t, 'capex-usd'), 200 / 7.04, DIGITS, 'capex-usd'), 'capex applied');
  assert.equal(await inFrame(t, 'chips'), model(DEFAULTS).chips, 'the chip price is unchanged');
  await t.eval(() => window.calc.reset());
  await until(async () => close(await inFrame(t, 'capex-usd'), 160 / 7.04, DIGITS, 'capex-usd'), 'reset');
});

scenario('a set with a range turns the frame into the explore page, which draws it', async (t) => {
  await open(t);
  await t.eval(() => window.calc.set({ chip: '20000..27000' }));
  // The first view cannot show ranges: the frame becomes the explore page, embedded still,
  // and says it is ready again.
  await until(async () => assert.equal((await events(t, 'ready')).length, 2), 'ready from the explore page', BOOT);
  await t.frame('#calc', async (f) => {
    const url = new URL(await f.url());
    assert.equal(url.pathname, '/explore.html');
    assert.equal(url.searchParams.get('embed'), '1');
    await drawn(f);
    // Chips at US$27,000 and US$20,000 bound the interval, as on the standalone page.
    const low = Number(await f.attr(out('chips'), 'data-low'));
    assert.ok(Math.abs(low / model({ ...DEFAULTS, chip: 27000 }).chips - 1) < 0.005, `5th percentile ${low}`);
  });
});

export default scenarios;
