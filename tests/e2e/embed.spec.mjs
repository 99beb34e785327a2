// Embedding: the chromeless `embed=1` layout, auto-height in host pages on another origin (our
// embed.js, a Datawrapper-style listener, an AMP-style listener), embed.js's own checks against
// stub pages, the theme from the first frame, and the embed dialog's code.
// Host pages are tests/e2e/fixtures/*.html, served on http://localhost:4174 (second webServer).
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  APP,
  HOST,
  HOST_ALT,
  DEFAULTS,
  DIGITS,
  field,
  out,
  ready,
  dataValue,
  expectOutputs,
  typeInto,
  params,
  guard,
  luminance,
} from './fixtures/support.mjs';

const EMBED_JS = fileURLToPath(new URL('../../static/embed.js', import.meta.url));
const TYPE = 'capex-calculator:height';
const BOOT = { timeout: 15_000 }; // an iframe's wasm start, on a busy 2-core machine

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP, HOST, HOST_ALT]);
});
test.afterEach(() => g.check());

// ---------------------------------------------------------------- helpers for iframes

/** The Playwright Frame inside an <iframe> (cross-origin frames included). */
async function frameIn(page, selector) {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

/** Wait until the calculator inside `selector` is ready. */
async function calculatorIn(page, selector) {
  await expect(page.frameLocator(selector).locator('[data-ready="true"]')).toHaveCount(1, BOOT);
  return frameIn(page, selector);
}

/** The iframe's box on the host page and its document's sizes inside. */
async function measure(page, selector) {
  const frame = await frameIn(page, selector);
  const box = await page.locator(selector).evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    width: el.getBoundingClientRect().width,
    scrolling: el.getAttribute('scrolling'),
  }));
  const doc = await frame.evaluate(() => {
    const d = document.documentElement;
    return {
      // The document's own height (the root box does not stretch to the viewport).
      content: d.getBoundingClientRect().height,
      scrollHeight: d.scrollHeight,
      clientHeight: d.clientHeight,
      scrollWidth: d.scrollWidth,
      clientWidth: d.clientWidth,
      innerWidth: window.innerWidth,
    };
  });
  return { box, ...doc };
}

/** What is wrong with an iframe's height, as readable strings; [] when it fits its content. */
function misfit(m) {
  const wrong = [];
  if (Math.abs(m.box.height - m.content) > 2) wrong.push(`iframe ${m.box.height}px, content ${m.content}px`);
  if (Math.abs(m.box.height - m.scrollHeight) > 2) wrong.push(`iframe ${m.box.height}px, scrollHeight ${m.scrollHeight}px`);
  if (m.scrollHeight > m.clientHeight + 1) wrong.push(`vertical overflow: scrollHeight ${m.scrollHeight} > clientHeight ${m.clientHeight}`);
  if (m.innerWidth - m.clientWidth > 0) wrong.push(`a vertical scrollbar takes ${m.innerWidth - m.clientWidth}px`);
  if (m.scrollWidth > m.clientWidth) wrong.push(`horizontal overflow: scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}`);
  return wrong;
}

/** Poll until the iframe's height equals its content's and nothing scrolls inside it. */
async function expectFits(page, selector) {
  await expect
    .poll(async () => misfit(await measure(page, selector)), { message: `${selector} fits its content`, timeout: 10_000 })
    .toEqual([]);
  return measure(page, selector);
}

/**
 * Type into a field inside the iframe so that an error line appears (content grows), check the
 * iframe follows, then fix it (content shrinks) and check again.
 */
async function expectHeightFollows(page, selector) {
  const inside = page.frameLocator(selector);
  const start = (await expectFits(page, selector)).content;

  await inside.getByTestId('input-capex').fill('abc');
  await expect(inside.getByTestId('error-capex')).toBeVisible();
  await expect.poll(async () => (await measure(page, selector)).content, { message: 'the error line adds height' }).toBeGreaterThan(start);
  const grown = (await expectFits(page, selector)).content;

  await inside.getByTestId('input-capex').fill('200');
  await expect(inside.getByTestId('error-capex')).toBeHidden();
  await expect.poll(async () => (await measure(page, selector)).content, { message: 'fixing it removes the line' }).toBeLessThan(grown);
  await expectFits(page, selector);
  await expect.poll(() => dataValue(inside, 'capex-usd')).toBeCloseTo(200 / 7.04, DIGITS);
}

/** Record every message the host page receives, from the start, with the iframe that sent it. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener('message', (event) => {
      const frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
      const from = frames.find((f) => f.contentWindow === event.source);
      let data;
      try {
        data = JSON.parse(JSON.stringify(event.data));
      } catch {
        data = String(event.data);
      }
      window.__messages.push({ from: from ? from.id : null, origin: event.origin, data });
    });
  });
}

/** The calculator in iframe `frameId` posted all three shapes, with its id and a finite height. */
async function expectThreeShapes(page, frameId, embedId) {
  const from = () => page.evaluate((id) => window.__messages.filter((m) => m.from === id), frameId);
  const shapes = async () => {
    const msgs = await from();
    return {
      ours: msgs.some((m) => m.data && m.data.type === TYPE),
      datawrapper: msgs.some((m) => m.data && m.data['datawrapper-height']),
      amp: msgs.some((m) => m.data && m.data.sentinel === 'amp' && m.data.type === 'embed-size'),
    };
  };
  await expect.poll(shapes, { message: `messages from #${frameId}` }).toEqual({ ours: true, datawrapper: true, amp: true });

  const msgs = await from();
  for (const m of msgs) expect(m.origin, 'sent from the calculator origin').toBe(APP);
  for (const m of msgs.filter((x) => x.data && x.data.type === TYPE)) {
    expect(m.data.id).toBe(embedId);
    expect(Number.isFinite(m.data.height)).toBe(true);
  }
  for (const m of msgs.filter((x) => x.data && x.data['datawrapper-height'])) {
    expect(Object.keys(m.data['datawrapper-height'])).toEqual([embedId]);
    expect(Number.isFinite(m.data['datawrapper-height'][embedId])).toBe(true);
  }
  for (const m of msgs.filter((x) => x.data && x.data.sentinel === 'amp')) {
    expect(Number.isFinite(m.data.height)).toBe(true);
  }
  // The latest height posted is the content height.
  const last = msgs.filter((x) => x.data && x.data.type === TYPE).pop();
  const m = await measure(page, `#${frameId}`);
  expect(Math.abs(last.data.height - m.content), `last posted ${last.data.height}, content ${m.content}`).toBeLessThanOrEqual(2);
}

// ---------------------------------------------------------------- embed=1 layout

test('embed=1: no masthead or footer, open-full link keeps the scenario without embed', async ({ page, context }) => {
  await page.goto('/?embed=1&id=x&capex=200&currency=eur');
  const root = ready(page);
  await expect(root).toHaveCount(1);
  await expect(root).toHaveAttribute('data-embed', 'true');
  await expect(page.locator('header.masthead')).toHaveCount(0);
  await expect(page.locator('footer')).toHaveCount(0);
  await expectOutputs(page, { ...DEFAULTS, capex: 200 });

  const link = page.getByTestId('open-full');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  const href = async () => new URL(await link.getAttribute('href'), page.url());
  const first = await href();
  expect(first.origin).toBe(APP);
  expect(first.searchParams.has('embed'), 'open-full is not embedded').toBe(false);
  expect(first.searchParams.get('capex')).toBe('200');
  expect(first.searchParams.get('currency')).toBe('eur');

  // It follows edits.
  await typeInto(field(page, 'chip'), '30000');
  await expect.poll(async () => (await href()).searchParams.get('chip')).toBe('30000');

  // And opens the full page, with the same scenario, in a new tab.
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(ready(tab)).toHaveCount(1);
  await expect(ready(tab)).not.toHaveAttribute('data-embed', 'true');
  await expect(tab.locator('header.masthead')).toHaveCount(1);
  await expectOutputs(tab, { ...DEFAULTS, capex: 200, chip: 30000 });
  await expect(tab.getByTestId('input-currency')).toHaveValue('eur');
  await tab.close();
});

test('standalone page keeps its masthead and footer', async ({ page }) => {
  await page.goto('/');
  await expect(ready(page)).toHaveCount(1);
  await expect(ready(page)).not.toHaveAttribute('data-embed', 'true');
  await expect(page.locator('header.masthead')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
});

for (const width of [300, 360, 700]) {
  test(`embed=1 in a ${width} px column: no horizontal scrolling, charts inside`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?embed=1');
    await expect(ready(page)).toHaveCount(1);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await expect(field(page, 'capex')).toBeVisible();
    await expect(out(page, 'capex-usd')).toBeVisible();
    for (const id of ['chart-breakdown', 'chart-hyperscalers']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, `${id} is laid out`).not.toBeNull();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    }
  });
}

// ---------------------------------------------------------------- auto-height in host pages

test('host page with embed.js (another origin, strict CSP): both iframes fit, and follow changes', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/host-embedjs.html`);
  for (const sel of ['#calc-a', '#calc-narrow']) await calculatorIn(page, sel);

  for (const sel of ['#calc-a', '#calc-narrow']) {
    const m = await expectFits(page, sel);
    expect(m.box.height, `${sel} was resized from its 150 px`).toBeGreaterThan(150);
    expect(m.box.scrolling, 'embed.js turns iframe scrolling off').toBe('no');
  }
  // The narrow column is 320 px: nothing scrolls sideways (checked in misfit) and it is that wide.
  expect((await measure(page, '#calc-narrow')).innerWidth).toBe(320);

  await expectThreeShapes(page, 'calc-a', 'a');
  await expectThreeShapes(page, 'calc-narrow', 'narrow');

  await expectHeightFollows(page, '#calc-a');
  await expectHeightFollows(page, '#calc-narrow');
  // One iframe's change leaves the other alone.
  await expectFits(page, '#calc-narrow');
});

test('host page with embed.js ignores a forged message from another window', async ({ page }) => {
  await page.goto(`${HOST}/host-embedjs.html`);
  await calculatorIn(page, '#calc-a');
  const before = (await expectFits(page, '#calc-a')).box.height;

  // Posted by the host page itself, our shape, a huge height. Resolves once the message has
  // been dispatched to every listener (embed.js registered its own before this one).
  await page.evaluate(
    (type) =>
      new Promise((resolve) => {
        window.addEventListener('message', function seen(e) {
          if (e.data && e.data.forged) {
            window.removeEventListener('message', seen);
            resolve();
          }
        });
        window.postMessage({ type, id: 'a', height: 5000, forged: true }, '*');
      }),
    TYPE,
  );
  const after = (await measure(page, '#calc-a')).box.height;
  expect(after).toBeLessThan(5000);
  expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
  await expectFits(page, '#calc-a');
});

test('embed.js loaded after the calculator has reported still sizes it (it asks again)', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/host-paste.html`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'late';
    f.src = src;
    f.height = '150';
    f.setAttribute('data-capex-calculator', '');
    f.title = 'calculator';
    document.getElementById('slot').appendChild(f);
  }, `${APP}/?embed=1&id=late`);
  await calculatorIn(page, '#late');
  // The calculator's first report has gone by, heard by nobody who resizes.
  await expect.poll(() => page.evaluate(() => window.__messages.filter((m) => m.from === 'late').length)).toBeGreaterThan(0);
  expect(await page.locator('#late').evaluate((el) => el.getBoundingClientRect().height)).toBe(150);
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    document.head.appendChild(s);
  }, `${APP}/embed.js`);
  await expectFits(page, '#late');
});

// Host pages with another resizer's listener: each iframe fits and carries all three message
// shapes; one follows a height change, and the other keeps fitting.
for (const host of [
  {
    name: 'a Datawrapper-style listener: both iframes fit, and follow changes',
    page: 'host-datawrapper.html',
    ids: { 'datawrapper-chart-dw1': 'dw1', 'datawrapper-chart-dw2': 'dw2' },
    follows: 'datawrapper-chart-dw2',
    still: 'datawrapper-chart-dw1',
  },
  {
    name: 'an AMP-style listener: both iframes fit (default id too), and follow changes',
    page: 'host-amp.html',
    ids: { 'amp-default': 'capex-calculator', 'amp-2': 'amp2' },
    follows: 'amp-default',
    still: 'amp-2',
  },
]) {
  test(`host page with ${host.name}`, async ({ page }) => {
    await recordMessages(page);
    await page.goto(`${HOST}/${host.page}`);
    for (const frameId of Object.keys(host.ids)) await calculatorIn(page, `#${frameId}`);
    for (const [frameId, embedId] of Object.entries(host.ids)) {
      const m = await expectFits(page, `#${frameId}`);
      expect(m.box.height).toBeGreaterThan(150);
      await expectThreeShapes(page, frameId, embedId);
    }
    await expectHeightFollows(page, `#${host.follows}`);
    await expectFits(page, `#${host.still}`);
  });
}

// ---------------------------------------------------------------- embed.js on its own

test.describe('embed.js against stub pages (no calculator needed)', () => {
  // The host page loads http://127.0.0.1:4173/embed.js; serve it from static/ so these checks
  // test the source. (The shipped copy in dist/ is checked by the next test.)
  test.beforeEach(async ({ page }) => {
    await page.route(`${APP}/embed.js`, (route) =>
      route.fulfill({ path: EMBED_JS, contentType: 'text/javascript; charset=utf-8' }),
    );
    await page.goto(`${HOST}/host-unit.html`); // 'load' waits for the async scripts and iframes
    // Count messages the host receives; listeners run in one dispatch, so once this one has
    // counted a message, embed.js has handled it too.
    await page.evaluate(() => {
      window.__seen = 0;
      window.addEventListener('message', () => {
        window.__seen += 1;
      });
    });
  });

  const heightOf = (page, sel) => page.locator(sel).evaluate((el) => el.getBoundingClientRect().height);

  /** Post `data` from the frame in `sel` to the host and wait until the host has handled it. */
  async function post(page, sel, data) {
    const seen = await page.evaluate(() => window.__seen);
    const frame = await frameIn(page, sel);
    await frame.evaluate((d) => window.parent.postMessage(d, '*'), data);
    await expect.poll(() => page.evaluate(() => window.__seen), { message: 'host received the message' }).toBe(seen + 1);
  }

  test('sets the height of the iframe that sent our message, and turns scrolling off', async ({ page }) => {
    expect(await heightOf(page, '#ours')).toBe(150);
    await post(page, '#ours', { type: TYPE, id: 'stub', height: 640 });
    expect(await heightOf(page, '#ours')).toBe(640);
    expect(await page.locator('#ours').getAttribute('scrolling')).toBe('no');
    expect(await page.locator('#ours').evaluate((el) => el.style.overflow)).toBe('hidden');
    expect(await heightOf(page, '#other'), 'the other iframe is untouched').toBe(150);

    await post(page, '#ours', { type: TYPE, height: 432.2 }); // no id needed; rounded up
    expect(await heightOf(page, '#ours')).toBe(433);
  });

  test('clamps the height to 100..20000 px', async ({ page }) => {
    await post(page, '#ours', { type: TYPE, height: 50 });
    expect(await heightOf(page, '#ours')).toBe(100);
    await post(page, '#ours', { type: TYPE, height: -300 });
    expect(await heightOf(page, '#ours')).toBe(100);
    await post(page, '#ours', { type: TYPE, height: 1e9 });
    expect(await heightOf(page, '#ours')).toBe(20000);
  });

  test('ignores messages that are not exactly our shape', async ({ page }) => {
    await post(page, '#ours', { type: TYPE, height: 400 });
    expect(await heightOf(page, '#ours')).toBe(400);
    const bad = [
      { type: TYPE, height: '700' },
      { type: TYPE, height: NaN },
      { type: TYPE, height: Infinity },
      { type: TYPE, height: null },
      { type: TYPE },
      { type: TYPE, height: { valueOf: 700 } },
      { type: 'other', height: 700 },
      { height: 700 },
      { 'datawrapper-height': { stub: 700 } },
      { sentinel: 'amp', type: 'embed-size', height: 700 },
      JSON.stringify({ type: TYPE, height: 700 }),
      TYPE,
      700,
      [700],
      null,
    ];
    for (const data of bad) {
      await post(page, '#ours', data);
      expect(await heightOf(page, '#ours'), `ignored: ${JSON.stringify(data)}`).toBe(400);
    }
  });

  test('ignores our shape from an iframe without data-capex-calculator, and from the host itself', async ({ page }) => {
    await post(page, '#other', { type: TYPE, height: 700 });
    expect(await heightOf(page, '#other')).toBe(150);
    expect(await heightOf(page, '#ours')).toBe(150);

    const seen = await page.evaluate(() => window.__seen);
    await page.evaluate((type) => window.postMessage({ type, height: 700 }, '*'), TYPE);
    await expect.poll(() => page.evaluate(() => window.__seen)).toBe(seen + 1);
    expect(await heightOf(page, '#ours')).toBe(150);
    expect(await heightOf(page, '#other')).toBe(150);
  });

  test('ignores a message from our iframe once it shows another origin than its src', async ({ page }) => {
    // The host navigates the iframe's window to the same page on localhost:4174; its src
    // attribute still says 127.0.0.1:4174, so the origins differ.
    const elsewhere = `${HOST}/child.html?moved=1`;
    await page.evaluate((url) => {
      document.getElementById('ours').contentWindow.location.href = url;
    }, elsewhere);
    await expect.poll(async () => (await frameIn(page, '#ours')).url()).toBe(elsewhere);
    await post(page, '#ours', { type: TYPE, height: 700 });
    expect(await heightOf(page, '#ours')).toBe(150);
  });

  test('never treats message content as markup or a selector', async ({ page }) => {
    const nasty = '"]<img src=x onerror="window.__pwned=1">,iframe,[x="';
    await post(page, '#ours', { type: TYPE, id: nasty, height: 555 });
    expect(await heightOf(page, '#ours')).toBe(555);
    expect(await heightOf(page, '#other')).toBe(150);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test('included twice, it listens once', async ({ page }) => {
    // Chromium's own view of the window's listeners: the one the beforeEach added, plus embed.js's.
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const message = listeners.filter((l) => l.type === 'message');
    expect(message.length, 'message listeners: the test\'s counter and one embed.js').toBe(2);
    await cdp.detach();
  });
});

test('dist/ ships embed.js (identical to static/embed.js) and embed-demo.html', async ({ request }) => {
  const js = await request.get(`${APP}/embed.js`);
  expect(js.status()).toBe(200);
  expect(js.headers()['content-type']).toMatch(/javascript/);
  expect(await js.text()).toBe(await readFile(EMBED_JS, 'utf8'));
  const demo = await request.get(`${APP}/embed-demo.html`);
  expect(demo.status()).toBe(200);
  expect(await demo.text()).toContain('data-capex-calculator');
});

test('embed-demo.html: both calculators fit their columns', async ({ page }) => {
  await page.goto('/embed-demo.html');
  const frames = page.locator('iframe[data-capex-calculator]');
  await expect(frames).toHaveCount(2);
  await frames.nth(0).evaluate((el) => (el.id = 'demo-a'));
  await frames.nth(1).evaluate((el) => (el.id = 'demo-b'));
  for (const sel of ['#demo-a', '#demo-b']) {
    await calculatorIn(page, sel);
    await expectFits(page, sel);
  }
  const b = page.frameLocator('#demo-b');
  await expect.poll(() => dataValue(b, 'chips')).toBe(Math.floor(((85 / 7.04) * 1e9) / 27000));
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');
});

// ---------------------------------------------------------------- theme from the first frame

/**
 * Record, at each animation frame until <body> exists, the theme attribute and the colours
 * that would be painted: the root's background if it has one, else the body's (CSS propagates
 * it to the canvas). The first rAF callback runs before the first paint.
 */
async function recordFirstFrames(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const frames = [];
    window.__frames = frames;
    const step = () => {
      const html = document.documentElement;
      const body = document.body;
      frames.push({
        theme: html ? html.getAttribute('data-theme') : null,
        html: html ? getComputedStyle(html).backgroundColor : null,
        body: body ? getComputedStyle(body).backgroundColor : null,
        scheme: html ? getComputedStyle(html).colorScheme : null,
      });
      if (!body && frames.length < 60) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

async function firstPaintedFrame(page) {
  await expect(ready(page)).toHaveCount(1);
  const frames = await page.evaluate(() => window.__frames);
  expect(frames.length, 'animation frames recorded').toBeGreaterThan(0);
  const withBody = frames.find((f) => f.body !== null);
  expect(withBody, 'a frame with <body> recorded').toBeTruthy();
  const painted = luminance(withBody.html) ?? luminance(withBody.body);
  return { first: frames[0], frames, painted };
}

for (const query of ['?theme=dark', '?embed=1&theme=dark']) {
  test(`${query}: dark from the first frame`, async ({ page }) => {
    await recordFirstFrames(page);
    await page.goto('/' + query);
    const { first, frames, painted } = await firstPaintedFrame(page);
    expect(first.theme, 'data-theme set before the first frame').toBe('dark');
    for (const f of frames.filter((x) => x.body === null)) {
      // Before <body>: only the root can paint; it must be dark or transparent on a dark scheme.
      const l = luminance(f.html);
      if (l === null) expect(f.scheme).toContain('dark');
      else expect(l).toBeLessThan(0.2);
    }
    expect(painted, `first painted background ${JSON.stringify(frames.find((f) => f.body))}`).toBeLessThan(0.2);
    const now = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(now)).toBeLessThan(0.2);
  });
}

test.describe('under a dark system colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('theme=light: light from the first frame', async ({ page }) => {
    await recordFirstFrames(page);
    await page.goto('/?embed=1&theme=light');
    const { first, painted } = await firstPaintedFrame(page);
    expect(first.theme).toBe('light');
    expect(painted).toBeGreaterThan(0.5);
    expect(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeGreaterThan(0.5);
  });

  test('theme=auto follows the system: dark', async ({ page }) => {
    await recordFirstFrames(page);
    await page.goto('/?theme=auto');
    const { painted } = await firstPaintedFrame(page);
    expect(painted).toBeLessThan(0.2);
  });
});

// ---------------------------------------------------------------- the embed dialog

/** The embed code's iframe and script elements, parsed (never run) in the page. */
async function parseEmbedCode(page, code) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const attrs = (el) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
    return {
      iframes: Array.from(doc.querySelectorAll('iframe')).map((f) => ({
        attrs: attrs(f),
        styleWidth: f.style.width,
        styleHeight: f.style.height,
      })),
      scripts: Array.from(doc.querySelectorAll('script')).map((s) => ({ attrs: attrs(s), text: s.textContent.trim() })),
    };
  }, code);
}

async function openEmbedDialog(page) {
  await page.getByTestId('embed-open').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName.toLowerCase() === 'dialog' && d.open)).toBe(true);
  const code = page.getByTestId('embed-code');
  await expect(code).toBeVisible();
  expect(await code.evaluate((el) => el.tagName.toLowerCase())).toBe('textarea');
  return code.inputValue();
}

test('embed dialog: iframe code with title, lazy loading, full width, the scenario, and embed.js', async ({ page }) => {
  await page.goto('/');
  await expect(ready(page)).toHaveCount(1);
  await typeInto(field(page, 'capex'), '200');
  await typeInto(field(page, 'chip'), '30000');
  await page.getByTestId('input-currency').selectOption('eur');
  await expect.poll(() => params(page.url())).toMatchObject({ capex: '200', chip: '30000', currency: 'eur' });

  const code = await openEmbedDialog(page);
  const { iframes, scripts } = await parseEmbedCode(page, code);

  expect(iframes).toHaveLength(1);
  const f = iframes[0];
  expect(f.attrs.title, 'iframe title').toMatch(/\S/);
  expect(f.attrs.loading).toBe('lazy');
  expect(f.attrs.width === '100%' || f.styleWidth === '100%', `width 100% (${JSON.stringify(f)})`).toBe(true);
  const height = parseFloat(f.attrs.height ?? f.styleHeight);
  expect(height, 'a sensible starting height').toBeGreaterThanOrEqual(300);
  expect(height).toBeLessThanOrEqual(5000);
  expect(f.attrs).toHaveProperty('data-capex-calculator');

  const src = new URL(f.attrs.src); // absolute: it is pasted into another site
  expect(src.origin).toBe(APP);
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('capex')).toBe('200');
  expect(src.searchParams.get('chip')).toBe('30000');
  expect(src.searchParams.get('currency')).toBe('eur');

  expect(scripts).toHaveLength(1);
  const s = scripts[0];
  const scriptSrc = new URL(s.attrs.src);
  expect(scriptSrc.origin).toBe(APP);
  expect(scriptSrc.pathname).toMatch(/\/embed\.js$/);
  expect(s.attrs).toHaveProperty('async');
  expect(s.text, 'no inline script').toBe('');
  expect(code).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>/);
});

test('embed code pasted into a page on another origin works: right scenario, right height', async ({ page }) => {
  await page.goto('/?v=1&capex=200&currency=eur');
  await expect(ready(page)).toHaveCount(1);
  const code = await openEmbedDialog(page);

  await page.goto(`${HOST}/host-paste.html`);
  await page.evaluate((html) => {
    const slot = document.getElementById('slot');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const node of Array.from(doc.body.childNodes)) {
      if (node.nodeName === 'SCRIPT') {
        // A parsed script never runs: insert a fresh one, as the browser would from the markup.
        const s = document.createElement('script');
        for (const a of Array.from(node.attributes)) s.setAttribute(a.name, a.value);
        slot.appendChild(s);
      } else {
        slot.appendChild(document.importNode(node, true));
      }
    }
  }, code);
  const frameEl = page.locator('#slot iframe');
  await expect(frameEl).toHaveCount(1);
  await frameEl.evaluate((el) => (el.id = 'pasted'));
  const inside = page.frameLocator('#pasted');
  await calculatorIn(page, '#pasted');
  await expect.poll(() => dataValue(inside, 'capex-usd')).toBeCloseTo(200 / 7.04, DIGITS);
  await expect(inside.getByTestId('input-currency')).toHaveValue('eur');
  await expect(inside.locator('[data-ready="true"]')).toHaveAttribute('data-embed', 'true');
  await expectFits(page, '#pasted');
});
