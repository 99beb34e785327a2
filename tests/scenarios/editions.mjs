// Editions (src/editions/): links and embeds keep the figures they were made on. These run on
// the editions test build (`make build-editions`, target/editions-dist): the release with a
// fixture edition 2 (tests/fixtures/editions/2.toml: capex RMB 200 bn from later reports,
// dated 2026-06) beside edition 1 (the article's, RMB 160 bn), served on a port of its own.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, DEFAULTS, DIGITS, model, params } from './model.mjs';
import { tid, field, out, until, close, BOOT } from './driver.mjs';
import { EDITIONS_DIST, site } from './sites.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

/** Edition 2's figures: edition 1's with capex at RMB 200 bn. */
const NEWEST = { ...DEFAULTS, capex: 200 };

/** The editions build served for one scenario; `run(app)` then the server stops. */
async function withEditions(t, run) {
  if (!existsSync(join(EDITIONS_DIST, 'index.html'))) {
    throw new Error(`no editions test build in ${EDITIONS_DIST}: run \`make build-editions\` first`);
  }
  const app = await site(EDITIONS_DIST);
  t.allow(app.origin);
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}

scenario('an old v=1 link and a link pinned to edition 1 open as they always did, with a line saying newer figures exist', async (t) => {
  await withEditions(t, async (app) => {
    for (const query of ['?v=1&chip=27000', '?v=1&edition=1&chip=27000']) {
      await t.goto(app.url + query);
      await t.ready();
      await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
      await t.expectNumber(field('capex'), 160, `${query}: capex of edition 1`);
      await t.expectVisible(tid('edition-newer'));
      assert.match((await t.text(tid('edition-newer'))) ?? '', /Jan 2026/, `${query}: the line names the figures' date`);
    }
    // Its action opens the same change on the newest figures.
    await t.click(tid('edition-open-newest'));
    await t.expectOutputs({ ...NEWEST, chip: 27000 });
    await t.expectVisible(tid('edition-newer'), false);
    await until(async () => {
      const p = params(await t.url());
      assert.equal(p.edition, '2');
      assert.equal(p.chip, '27000');
    }, 'the address moves to edition 2 with the same change');
  });
});

scenario('a new visit and every link it writes are on the newest figures', async (t) => {
  await withEditions(t, async (app) => {
    await t.goto(app.url);
    await t.ready();
    await t.expectOutputs(NEWEST);
    await t.expectVisible(tid('edition-newer'), false);
    await t.fill(field('chip'), '25000');
    await until(async () => assert.deepEqual(params(await t.url()), { v: '1', edition: '2', chip: '25000', lang: 'en' }), 'the link pins edition 2');
    // That link opens the same on a fresh visit.
    const other = await t.fresh(await t.url());
    await other.ready();
    await other.expectOutputs({ ...NEWEST, chip: 25000 });
  });
});

scenario('an embed pinned to edition 1 stays there; edition=latest follows the newest', async (t) => {
  await withEditions(t, async (app) => {
    await t.goto(`${app.url}?v=1&edition=1&embed=1`);
    await t.ready();
    await t.expectOutputs(DEFAULTS);
    await t.goto(`${app.url}?v=1&edition=latest&embed=1`);
    await t.ready();
    await t.expectOutputs(NEWEST);
    await t.expectVisible(tid('edition-newer'), false);
  });
});

// What changed between edition 1 and 2: capex, with both values and both sources.
const CHANGED = {
  en: { date: 'Jan 2026', values: ['RMB 160 bn', 'RMB 200 bn'], sources: ['Financial Times', 'Secondary reports'] },
  it: { date: '2026', values: ['160', '200'], sources: ['Financial Times', 'Fonti secondarie'] },
  zh: { date: '2026', values: ['1,600', '2,000'], sources: ['英国《金融时报》', '二手报道'] },
};
for (const [lang, expected] of Object.entries(CHANGED)) {
  scenario(`what changed since edition 1, in ${lang}: the figure with its old and new value and both sources`, async (t) => {
    await withEditions(t, async (app) => {
      await t.goto(`${app.url}?v=1&edition=1&lang=${lang}`);
      await t.ready();
      assert.match((await t.text(tid('edition'))) ?? '', new RegExp(expected.date), 'the sources name their edition\'s date');
      await t.click(`${tid('sources')} > summary`);
      await until(async () => assert.equal(await t.count(`${tid('what-changed')} li`), 1), 'one figure changed');
      const item = (await t.text(`${tid('what-changed')} li`)) ?? '';
      for (const needle of [...expected.values, ...expected.sources]) assert.ok(item.includes(needle), `${needle} in ${JSON.stringify(item)}`);
    });
  });
}

scenario('the host API names the edition in ready and results, and refuses one the build does not have', async (t) => {
  await withEditions(t, async (app) => {
    const events = (type) => t.eval((ty) => (window.events || []).filter((e) => e.type === ty), type);
    const calc = encodeURIComponent('v=1&edition=1&embed=1&id=api');
    await t.goto(`${HOST}/host-api.html?app=${encodeURIComponent(app.url)}&calc=${calc}&subscribe=1`);
    await until(async () => assert.equal((await events('ready')).length, 1), 'ready', BOOT);
    assert.equal((await events('ready'))[0].info.edition, 1, 'ready names edition 1');
    await until(async () => assert.equal((await events('results')).at(-1)?.edition, 1), 'results name edition 1');
    await t.eval(() => window.calc.set({ edition: 7 }));
    await until(async () => assert.equal((await events('error')).length, 1), 'an error for edition 7');
    const [error] = await events('error');
    assert.deepEqual(error.errors.map((e) => [e.field, e.reason]), [['edition', 'unknown-edition']]);
    await t.eval(() => window.calc.set({ edition: 2 }));
    await until(async () => assert.equal((await events('results')).at(-1)?.edition, 2), 'results on edition 2');
    const chips = await t.frame('#calc', async (f) => Number(await f.attr(out('capex-usd'), 'data-value')));
    close(chips, model(NEWEST)['capex-usd'], DIGITS, 'capex-usd on edition 2');
  });
});

export default scenarios;
