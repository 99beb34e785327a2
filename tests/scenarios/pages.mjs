// Where the article travels: each language's own entry page (it.html, zh.html), whose HTML
// speaks its language before any script runs, and a frame sandboxed as WordPress sandboxes a
// discovered oEmbed (`sandbox="allow-scripts"`: an opaque origin, no storage, no service
// worker). Both turn on what engines do differently (history paths, CORS from an opaque
// origin), so they run in all three; the Playwright suite (tests/e2e/pages.spec.mjs) adds the
// raw HTML a crawler reads, oEmbed, WordPress's filter and height messages, print and the
// picture download.
import assert from 'node:assert/strict';
import { HOST, DEFAULTS, model } from './model.mjs';
import { tid, field, out, until, BOOT } from './driver.mjs';
import { publishedSite } from './sites.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

const TITLES = { en: 'ByteDance', it: 'Il budget IA di ByteDance', zh: '字节跳动' };

scenario('it.html and zh.html speak their language from the first byte, and a switch moves to that language\'s page', async (t) => {
  for (const [page, lang] of [['it.html', 'it'], ['zh.html', 'zh']]) {
    await t.goto(`/${page}`);
    const before = await t.eval(() => ({ lang: document.documentElement.lang, title: document.title }));
    assert.match(before.lang, new RegExp(`^${lang}`), `${page}: <html lang>`);
    assert.ok(before.title.includes(TITLES[lang]), `${page}: its title, ${before.title}`);
    await t.ready();
    assert.equal(await t.value(tid('input-lang')), lang, `${page}: the page speaks it`);
    await t.expectOutputs(DEFAULTS);
  }
  // From the Chinese page, picking Italian: the address becomes the Italian page's.
  await t.select(tid('input-lang'), 'it');
  await until(async () => assert.equal(new URL(await t.url()).pathname, '/it.html'), 'the address is the Italian page');
  await t.fill(field('chip'), '27000');
  await until(async () => assert.equal(new URL(await t.url()).searchParams.get('chip'), '27000'), 'the link follows');
  const shared = await t.url();
  const other = await t.fresh(shared);
  await other.ready();
  assert.equal(await other.value(tid('input-lang')), 'it', 'the shared link opens in Italian');
  await other.expectOutputs({ ...DEFAULTS, chip: 27000 });
  // Back to English: the folder's own page.
  await other.select(tid('input-lang'), 'en');
  await until(async () => assert.equal(new URL(await other.url()).pathname, '/'), 'English is the folder\'s page');
});

scenario('a language\'s own page wins over the language kept from another visit', async (t) => {
  await t.goto('/?lang=zh');
  await t.ready();
  await t.fill(field('chip'), '25000');
  await until(async () => assert.equal(new URL(await t.url()).searchParams.get('chip'), '25000'), 'kept');
  await t.goto('/it.html');
  await t.ready();
  assert.equal(await t.value(tid('input-lang')), 'it');
});

// On a site built with its address (SITE_URL), as a site that offers oEmbed is: its policy
// names its origin, which WebKit needs in an opaque origin (build/csp.mjs).
scenario('in a frame sandboxed as WordPress sandboxes an embed (allow-scripts only), the page shows and updates its results', async (t) => {
  const app = await publishedSite();
  t.allow(app.origin);
  try {
    const src = `${app.url}?v=1&embed=1&id=wp`;
    await t.goto(`${HOST}/host-frame.html?sandbox=allow-scripts&src=${encodeURIComponent(src)}`);
    await t.frame('#calc', async (f) => {
      await f.ready(BOOT);
      await f.expectOutputs(DEFAULTS);
      await f.fill(field('chip'), '27000');
      await until(async () => assert.equal(Number(await f.attr(out('chips'), 'data-value')), model({ ...DEFAULTS, chip: 27000 }).chips), 'the results follow');
      // An opaque origin: no storage here, and the page carried on without it.
      assert.equal(await f.eval(() => { try { return typeof localStorage.length; } catch { return 'refused'; } }), 'refused');
    });
  } finally {
    await app.stop();
  }
});

export default scenarios;
