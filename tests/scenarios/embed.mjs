// Embedding: the chromeless `embed=1` layout, auto-height in host pages on another origin (our
// embed.js, a Datawrapper-style listener, an AMP-style listener), embed.js's own checks against
// stub pages, and the embed dialog's code pasted into another site.
// Host pages are tests/e2e/fixtures/*.html, served on http://localhost:4174.
import assert from 'node:assert/strict';
import { APP, HOST, DEFAULTS, DIGITS, params } from './model.mjs';
import { tid, field, READY, until, close, BOOT } from './driver.mjs';

const TYPE = 'capex-calculator:height';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

// ---------------------------------------------------------------- helpers for iframes

/** Waits until the calculator inside the iframe `sel` is ready. */
async function calculatorIn(t, sel) {
  await until(async () => assert.equal(await t.frame(sel, (f) => f.count(READY)), 1), `${sel}: the calculator is ready`, BOOT);
}

/** The iframe's box on the host page and its document's sizes inside. */
async function measure(t, sel) {
  const box = await t.eval((s) => {
    const el = document.querySelector(s);
    const r = el.getBoundingClientRect();
    return { height: r.height, width: r.width, scrolling: el.getAttribute('scrolling') };
  }, sel);
  const doc = await t.frame(sel, (f) =>
    f.eval(() => {
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
    }),
  );
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

/** Polls until the iframe's height equals its content's and nothing scrolls inside it. */
async function expectFits(t, sel) {
  await until(async () => assert.deepEqual(misfit(await measure(t, sel)), []), `${sel} fits its content`, 10_000);
  return measure(t, sel);
}

/**
 * Types into a field inside the iframe so that an error line appears (content grows), checks
 * the iframe follows, then fixes it (content shrinks) and checks again.
 */
async function expectHeightFollows(t, sel) {
  const start = (await expectFits(t, sel)).content;

  await t.frame(sel, (f) => f.fill(field('capex'), 'abc'));
  await until(async () => assert.ok(await t.frame(sel, (f) => f.visible(tid('error-capex')))), 'error-capex shown');
  await until(async () => assert.ok((await measure(t, sel)).content > start), 'the error line adds height');
  const grown = (await expectFits(t, sel)).content;

  await t.frame(sel, (f) => f.fill(field('capex'), '200'));
  await until(async () => assert.equal(await t.frame(sel, (f) => f.visible(tid('error-capex'))), false), 'error-capex gone');
  await until(async () => assert.ok((await measure(t, sel)).content < grown), 'fixing it removes the line');
  await expectFits(t, sel);
  await until(async () => close(await t.frame(sel, (f) => f.dataValue('capex-usd')), 200 / 7.04, DIGITS, 'capex-usd'), 'capex 200 inside');
}

/** Records every message the host page receives from now on, with the iframe that sent it. */
function recordMessages(t) {
  return t.eval(() => {
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

/**
 * Since the recorder started, the calculator in iframe `frameId` posted all three shapes, with
 * its id and a finite height, and the latest is its content height.
 */
async function expectThreeShapes(t, frameId, embedId) {
  const from = () => t.eval((id) => window.__messages.filter((m) => m.from === id), frameId);
  await until(async () => {
    const msgs = await from();
    assert.deepEqual(
      {
        ours: msgs.some((m) => m.data && m.data.type === TYPE),
        datawrapper: msgs.some((m) => m.data && m.data['datawrapper-height']),
        amp: msgs.some((m) => m.data && m.data.sentinel === 'amp' && m.data.type === 'embed-size'),
      },
      { ours: true, datawrapper: true, amp: true },
    );
  }, `messages from #${frameId}`);

  const msgs = await from();
  for (const m of msgs) assert.equal(m.origin, APP, 'sent from the calculator origin');
  for (const m of msgs.filter((x) => x.data && x.data.type === TYPE)) {
    assert.equal(m.data.id, embedId);
    assert.ok(Number.isFinite(m.data.height), `finite height ${m.data.height}`);
  }
  for (const m of msgs.filter((x) => x.data && x.data['datawrapper-height'])) {
    assert.deepEqual(Object.keys(m.data['datawrapper-height']), [embedId]);
    assert.ok(Number.isFinite(m.data['datawrapper-height'][embedId]));
  }
  for (const m of msgs.filter((x) => x.data && x.data.sentinel === 'amp')) assert.ok(Number.isFinite(m.data.height));
  // The latest height posted is the content height (once the page has settled).
  await until(async () => {
    const last = (await from()).filter((x) => x.data && x.data.type === TYPE).pop();
    const m = await measure(t, `#${frameId}`);
    assert.ok(Math.abs(last.data.height - m.content) <= 2, `last posted ${last.data.height}, content ${m.content}`);
  }, `#${frameId}: the last height posted is its content height`);
}

// ---------------------------------------------------------------- embed=1 layout

scenario('embed=1: no masthead or footer, open-full link keeps the scenario without embed', async (t) => {
  await t.goto('/?embed=1&id=x&capex=200&currency=eur');
  await t.ready();
  assert.equal(await t.attr(READY, 'data-embed'), 'true');
  assert.equal(await t.count('header.masthead'), 0);
  assert.equal(await t.count('footer'), 0);
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });

  const link = tid('open-full');
  assert.ok(await t.visible(link), 'open-full visible');
  assert.equal(await t.attr(link, 'target'), '_blank');
  const href = async () => new URL(await t.attr(link, 'href'), await t.url());
  const first = await href();
  assert.equal(first.origin, APP);
  assert.equal(first.searchParams.has('embed'), false, 'open-full is not embedded');
  assert.equal(first.searchParams.get('capex'), '200');
  assert.equal(first.searchParams.get('currency'), 'eur');

  // It follows edits.
  await t.fill(field('chip'), '30000');
  await until(async () => assert.equal((await href()).searchParams.get('chip'), '30000'), 'open-full follows the edit');

  // And opens the full page, with the same scenario, in a new tab.
  await t.newTab(link, async (tab) => {
    await tab.ready();
    assert.notEqual(await tab.attr(READY, 'data-embed'), 'true');
    assert.equal(await tab.count('header.masthead'), 1);
    await tab.expectOutputs({ ...DEFAULTS, capex: 200, chip: 30000 });
    assert.equal(await tab.value(tid('input-currency')), 'eur');
  });
});

scenario('standalone page keeps its masthead and footer', async (t) => {
  await t.goto('/');
  await t.ready();
  assert.notEqual(await t.attr(READY, 'data-embed'), 'true');
  assert.equal(await t.count('header.masthead'), 1);
  assert.equal(await t.count('footer'), 1);
});

// ---------------------------------------------------------------- auto-height in host pages

scenario('host page with embed.js (another origin, strict CSP): both iframes fit, and follow changes', async (t) => {
  await t.goto(`${HOST}/host-embedjs.html`);
  await recordMessages(t);
  for (const sel of ['#calc-a', '#calc-narrow']) await calculatorIn(t, sel);

  for (const sel of ['#calc-a', '#calc-narrow']) {
    const m = await expectFits(t, sel);
    assert.ok(m.box.height > 150, `${sel} was resized from its 150 px (${m.box.height})`);
    assert.equal(m.box.scrolling, 'no', 'embed.js turns iframe scrolling off');
  }
  // The narrow column is 320 px: nothing scrolls sideways (checked in misfit) and it is that wide.
  assert.equal((await measure(t, '#calc-narrow')).innerWidth, 320);

  await expectHeightFollows(t, '#calc-a');
  await expectHeightFollows(t, '#calc-narrow');
  // One iframe's change leaves the other alone.
  await expectFits(t, '#calc-narrow');

  await expectThreeShapes(t, 'calc-a', 'a');
  await expectThreeShapes(t, 'calc-narrow', 'narrow');
});

scenario('host page with embed.js ignores a forged message from another window', async (t) => {
  await t.goto(`${HOST}/host-embedjs.html`);
  await calculatorIn(t, '#calc-a');
  const before = (await expectFits(t, '#calc-a')).box.height;

  // Posted by the host page itself, our shape, a huge height. Resolves once the message has
  // been dispatched to every listener (embed.js registered its own before this one).
  await t.eval(
    (type) =>
      new Promise((resolve) => {
        window.addEventListener('message', function seen(e) {
          if (e.data && e.data.forged) {
            window.removeEventListener('message', seen);
            resolve(true);
          }
        });
        window.postMessage({ type, id: 'a', height: 5000, forged: true }, '*');
      }),
    TYPE,
  );
  const after = (await measure(t, '#calc-a')).box.height;
  assert.ok(after < 5000, `height ${after}`);
  assert.ok(Math.abs(after - before) <= 2, `height ${after}, was ${before}`);
  await expectFits(t, '#calc-a');
});

scenario('embed.js loaded after the calculator has reported still sizes it (it asks again)', async (t) => {
  await t.goto(`${HOST}/host-paste.html`);
  await recordMessages(t);
  await t.eval((src) => {
    const f = document.createElement('iframe');
    f.id = 'late';
    f.src = src;
    f.height = '150';
    f.setAttribute('data-capex-calculator', '');
    f.title = 'calculator';
    document.getElementById('slot').appendChild(f);
  }, `${APP}/?embed=1&id=late`);
  await calculatorIn(t, '#late');
  // The calculator's first report has gone by, heard by nobody who resizes.
  await until(async () => assert.ok((await t.eval(() => window.__messages.filter((m) => m.from === 'late').length)) > 0), 'the first report');
  assert.equal(await t.eval(() => document.getElementById('late').getBoundingClientRect().height), 150);
  await t.eval((src) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    document.head.appendChild(s);
  }, `${APP}/embed.js`);
  await expectFits(t, '#late');
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
  scenario(`host page with ${host.name}`, async (t) => {
    await t.goto(`${HOST}/${host.page}`);
    await recordMessages(t);
    for (const frameId of Object.keys(host.ids)) await calculatorIn(t, `#${frameId}`);
    for (const frameId of Object.keys(host.ids)) {
      const m = await expectFits(t, `#${frameId}`);
      assert.ok(m.box.height > 150, `#${frameId} was resized (${m.box.height})`);
    }
    await expectHeightFollows(t, `#${host.follows}`);
    await expectFits(t, `#${host.still}`);
    // Every iframe posts all three shapes whenever it reports; make the other one report too.
    await t.frame(`#${host.still}`, (f) => f.fill(field('capex'), '210'));
    for (const [frameId, embedId] of Object.entries(host.ids)) await expectThreeShapes(t, frameId, embedId);
    await expectFits(t, `#${host.still}`);
  });
}

// ---------------------------------------------------------------- embed.js on its own

// NaN and Infinity do not survive JSON (WebDriver's wire format): sent as tagged objects and
// rebuilt in the page.
const encode = (v) => {
  if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
};

/** host-unit.html: embed.js (twice) against stub child pages the scenario posts from. */
async function openStubs(t) {
  await t.goto(`${HOST}/host-unit.html`); // after `load`: the async scripts and iframes are in
  // Count messages the host receives; listeners run in one dispatch, so once this one has
  // counted a message, embed.js has handled it too.
  await t.eval(() => {
    window.__seen = 0;
    window.addEventListener('message', () => {
      window.__seen += 1;
    });
  });
}

const heightOf = (t, sel) => t.eval((s) => document.querySelector(s).getBoundingClientRect().height, sel);

/** Posts `data` from the frame in `sel` to the host and waits until the host has handled it. */
async function post(t, sel, data) {
  const seen = await t.eval(() => window.__seen);
  await t.frame(sel, (f) =>
    f.eval((d) => {
      const decode = (v) => {
        if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).join() === '$number') return Number(v.$number);
        if (Array.isArray(v)) return v.map(decode);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
        return v;
      };
      window.parent.postMessage(decode(d), '*');
    }, encode(data)),
  );
  await until(async () => assert.equal(await t.eval(() => window.__seen), seen + 1), 'host received the message');
}

scenario('embed.js: sets the height of the iframe that sent our message, and turns scrolling off', async (t) => {
  await openStubs(t);
  assert.equal(await heightOf(t, '#ours'), 150);
  await post(t, '#ours', { type: TYPE, id: 'stub', height: 640 });
  assert.equal(await heightOf(t, '#ours'), 640);
  assert.equal(await t.attr('#ours', 'scrolling'), 'no');
  assert.equal(await t.eval(() => document.getElementById('ours').style.overflow), 'hidden');
  assert.equal(await heightOf(t, '#other'), 150, 'the other iframe is untouched');

  await post(t, '#ours', { type: TYPE, height: 432.2 }); // no id needed; rounded up
  assert.equal(await heightOf(t, '#ours'), 433);
});

scenario('embed.js: clamps the height to 100..20000 px', async (t) => {
  await openStubs(t);
  await post(t, '#ours', { type: TYPE, height: 50 });
  assert.equal(await heightOf(t, '#ours'), 100);
  await post(t, '#ours', { type: TYPE, height: -300 });
  assert.equal(await heightOf(t, '#ours'), 100);
  await post(t, '#ours', { type: TYPE, height: 1e9 });
  assert.equal(await heightOf(t, '#ours'), 20000);
});

scenario('embed.js: ignores messages that are not exactly our shape', async (t) => {
  await openStubs(t);
  await post(t, '#ours', { type: TYPE, height: 400 });
  assert.equal(await heightOf(t, '#ours'), 400);
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
    await post(t, '#ours', data);
    assert.equal(await heightOf(t, '#ours'), 400, `ignored: ${JSON.stringify(data)}`);
  }
});

scenario('embed.js: ignores our shape from an iframe without data-capex-calculator, and from the host itself', async (t) => {
  await openStubs(t);
  await post(t, '#other', { type: TYPE, height: 700 });
  assert.equal(await heightOf(t, '#other'), 150);
  assert.equal(await heightOf(t, '#ours'), 150);

  const seen = await t.eval(() => window.__seen);
  await t.eval((type) => window.postMessage({ type, height: 700 }, '*'), TYPE);
  await until(async () => assert.equal(await t.eval(() => window.__seen), seen + 1), 'host received its own message');
  assert.equal(await heightOf(t, '#ours'), 150);
  assert.equal(await heightOf(t, '#other'), 150);
});

scenario('embed.js: ignores a message from our iframe once it shows another origin than its src', async (t) => {
  await openStubs(t);
  // The host navigates the iframe's window to the same page on localhost:4174; its src
  // attribute still says 127.0.0.1:4174, so the origins differ.
  const elsewhere = `${HOST}/child.html?moved=1`;
  await t.eval((url) => {
    document.getElementById('ours').contentWindow.location.href = url;
  }, elsewhere);
  await until(async () => assert.equal(await t.frame('#ours', (f) => f.url()), elsewhere), 'the iframe moved');
  await post(t, '#ours', { type: TYPE, height: 700 });
  assert.equal(await heightOf(t, '#ours'), 150);
});

scenario('embed.js: never treats message content as markup or a selector', async (t) => {
  await openStubs(t);
  const nasty = '"]<img src=x onerror="window.__pwned=1">,iframe,[x="';
  await post(t, '#ours', { type: TYPE, id: nasty, height: 555 });
  assert.equal(await heightOf(t, '#ours'), 555);
  assert.equal(await heightOf(t, '#other'), 150);
  assert.equal(await t.count('img'), 0);
  assert.equal(await t.eval(() => typeof window.__pwned), 'undefined');
});

// ---------------------------------------------------------------- the demo page

scenario('embed-demo.html: both calculators fit their columns', async (t) => {
  await t.goto('/embed-demo.html');
  const sel = 'iframe[data-capex-calculator]';
  assert.equal(await t.count(sel), 2);
  await t.eval((s) => {
    const frames = document.querySelectorAll(s);
    frames[0].id = 'demo-a';
    frames[1].id = 'demo-b';
  }, sel);
  for (const id of ['#demo-a', '#demo-b']) {
    await calculatorIn(t, id);
    await expectFits(t, id);
  }
  await until(async () => assert.equal(await t.frame('#demo-b', (f) => f.dataValue('chips')), Math.floor(((85 / 7.04) * 1e9) / 27000)), 'demo-b chips');
  assert.equal(await t.frame('#demo-b', (f) => f.attr('html', 'data-theme')), 'dark');
});

// ---------------------------------------------------------------- the embed dialog

/** The embed code's iframe and script elements, parsed (never run) in the page. */
/**
 * The embed code's elements, parsed where a newsroom pastes it: on a host page. (Parsed inside
 * the calculator, its inline `style` would meet the calculator's own policy, which rightly
 * refuses inline styles in any document the page creates.)
 */
async function parseEmbedCode(t, code) {
  await t.goto(`${HOST}/host-paste.html`);
  return t.eval((html) => {
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

async function openEmbedDialog(t) {
  await t.click(tid('embed-open'));
  const dialog = tid('embed-dialog');
  await t.expectVisible(dialog);
  assert.equal(await t.eval((s) => {
    const d = document.querySelector(s);
    return d.tagName.toLowerCase() === 'dialog' && d.open;
  }, dialog), true, 'an open <dialog>');
  const code = tid('embed-code');
  await t.expectVisible(code);
  assert.equal(await t.eval((s) => document.querySelector(s).tagName.toLowerCase(), code), 'textarea');
  // The engine writes the code: it arrives a moment after the dialog opens.
  await until(async () => assert.match((await t.value(code)) ?? '', /<iframe /), 'the embed code is written');
  return t.value(code);
}

scenario('embed dialog: iframe code with title, lazy loading, full width, the scenario, and embed.js', async (t) => {
  await t.goto('/');
  await t.ready();
  await t.fill(field('capex'), '200');
  await t.fill(field('chip'), '30000');
  await t.select(tid('input-currency'), 'eur');
  await until(async () => {
    const p = params(await t.url());
    assert.deepEqual([p.capex, p.chip, p.currency], ['200', '30000', 'eur']);
  }, 'the URL follows the edits');

  const code = await openEmbedDialog(t);
  const { iframes, scripts } = await parseEmbedCode(t, code);

  assert.equal(iframes.length, 1);
  const f = iframes[0];
  assert.match(f.attrs.title ?? '', /\S/, 'iframe title');
  assert.equal(f.attrs.loading, 'lazy');
  assert.ok(f.attrs.width === '100%' || f.styleWidth === '100%', `width 100% (${JSON.stringify(f)})`);
  const height = parseFloat(f.attrs.height ?? f.styleHeight);
  assert.ok(height >= 300 && height <= 5000, `a sensible starting height: ${height}`);
  assert.ok('data-capex-calculator' in f.attrs, 'data-capex-calculator');

  const src = new URL(f.attrs.src); // absolute: it is pasted into another site
  assert.equal(src.origin, APP);
  assert.equal(src.searchParams.get('embed'), '1');
  assert.equal(src.searchParams.get('capex'), '200');
  assert.equal(src.searchParams.get('chip'), '30000');
  assert.equal(src.searchParams.get('currency'), 'eur');

  assert.equal(scripts.length, 1);
  const s = scripts[0];
  const scriptSrc = new URL(s.attrs.src);
  assert.equal(scriptSrc.origin, APP);
  assert.match(scriptSrc.pathname, /\/embed\.js$/);
  assert.ok('async' in s.attrs, 'async');
  assert.equal(s.text, '', 'no inline script');
  assert.match(code, /<script src="[^"]+\/embed\.js" async><\/script>/);
});

scenario('embed code pasted into a page on another origin works: right scenario, right height', async (t) => {
  await t.goto('/?v=1&capex=200&currency=eur');
  await t.ready();
  const code = await openEmbedDialog(t);

  await t.goto(`${HOST}/host-paste.html`);
  await t.eval((html) => {
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
  assert.equal(await t.count('#slot iframe'), 1);
  await t.eval(() => {
    document.querySelector('#slot iframe').id = 'pasted';
  });
  await calculatorIn(t, '#pasted');
  await until(async () => close(await t.frame('#pasted', (f) => f.dataValue('capex-usd')), 200 / 7.04, DIGITS, 'capex-usd'), 'capex 200 inside');
  assert.equal(await t.frame('#pasted', (f) => f.value(tid('input-currency'))), 'eur');
  assert.equal(await t.frame('#pasted', (f) => f.attr(READY, 'data-embed')), 'true');
  await expectFits(t, '#pasted');
});

export default scenarios;
