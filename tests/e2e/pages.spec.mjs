// Where the article travels beyond a browser tab (build/entry-pages.mjs, build/entry.rs,
// build/pictures.rs): the HTML crawlers and chat apps read for a link's card, oEmbed for CMSes
// (as Ghost inserts it, and as WordPress filters and sandboxes it), the page with no script,
// print, and the picture of the reader's scenario. The engine-neutral part (entry pages, the
// sandboxed frame) is in tests/scenarios/pages.mjs, in all three engines.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { HOST, DEFAULTS, model, ready, expectOutputs, guard, dataValue } from './fixtures/support.mjs';
import { publishedSite } from '../scenarios/sites.mjs';

const PAGES = [
  // The capex as each language writes it: RMB 160 bn is 1,600亿 (hundreds of millions) in Chinese.
  { lang: 'en', file: '', locale: 'en', og: 'en_US', capex: '160', chips: '603,700' },
  { lang: 'it', file: 'it.html', locale: 'it', og: 'it_IT', capex: '160', chips: '603.700' },
  { lang: 'zh', file: 'zh.html', locale: 'zh-CN', og: 'zh_CN', capex: '1,600亿', chips: '603,700' },
];

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(1, 4).toString('latin1'), 'a PNG').toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** What a crawler reads in a page's head, with no script run. */
async function headOf(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const head = await page.evaluate(() => {
    const meta = {};
    for (const m of document.querySelectorAll('meta[property], meta[name]')) {
      const key = m.getAttribute('property') || m.getAttribute('name');
      (meta[key] ??= []).push(m.getAttribute('content'));
    }
    const alternates = {};
    for (const l of document.querySelectorAll('link[rel="alternate"][hreflang]')) alternates[l.getAttribute('hreflang')] = l.href;
    const oembed = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      meta,
      alternates,
      manifest: document.querySelector('link[rel="manifest"]')?.href,
      oembed: oembed && { href: oembed.href, title: oembed.title },
      noscript: document.querySelector('noscript')?.textContent ?? '',
    };
  });
  await context.close();
  return head;
}

/** The title and description the page itself sets once it runs, in its language. */
async function shownHead(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await expect(ready(page)).toHaveCount(1);
  const shown = await page.evaluate(() => ({ title: document.title, description: document.querySelector('meta[name=description]').content }));
  await context.close();
  return shown;
}

let site;
test.beforeAll(async () => {
  // A copy of the build with its address, its entry pages and pictures made again: on a
  // loaded 2-core machine this took over 30 s, Playwright's default for a hook.
  test.setTimeout(120_000);
  site = await publishedSite();
});
test.afterAll(async () => site?.stop());

test('crawlers: each entry page is in its language before any script, with its card, alternates, manifest and oEmbed', async ({ browser, request }) => {
  // Three entry pages, each read without scripts and then fetched with every file it names.
  test.slow();
  for (const p of PAGES) {
    const url = site.url + p.file;
    const head = await headOf(browser, url);
    const shown = await shownHead(browser, url);
    expect(head.lang, `${p.lang}: <html lang>`).toBe(p.locale);
    // The HTML says what the page says once it runs, in the same language.
    expect(head.title, `${p.lang}: <title>`).toBe(shown.title);
    expect(head.meta.description, `${p.lang}: description`).toEqual([shown.description]);
    expect(head.meta['og:title']).toEqual([shown.title]);
    expect(head.meta['og:description']).toEqual([shown.description]);
    expect(head.meta['og:type']).toEqual(['website']);
    expect(head.meta['og:url']).toEqual([url]);
    expect(head.meta['og:locale']).toEqual([p.og]);
    expect([...head.meta['og:locale:alternate']].sort()).toEqual(PAGES.filter((o) => o !== p).map((o) => o.og).sort());
    expect(head.meta['twitter:card']).toEqual(['summary_large_image']);
    const [image] = head.meta['og:image'];
    expect(image.startsWith(site.url), `${p.lang}: og:image absolute on the site (${image})`).toBe(true);
    const picture = await request.get(image);
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    expect(pngSize(await picture.body())).toEqual({ width: 1200, height: 630 });
    expect(head.meta['og:image:width']).toEqual(['1200']);
    expect(head.meta['og:image:height']).toEqual(['630']);
    const [alt] = head.meta['og:image:alt'];
    // The finding with the model's numbers: RMB 85 bn at 7.04 buys about 603,700 chips.
    expect(alt).toContain(p.capex);
    if (p.chips) expect(alt).toContain(p.chips);
    expect(head.alternates).toEqual({ en: site.url, it: site.url + 'it.html', 'zh-CN': site.url + 'zh.html', 'x-default': site.url });
    const manifest = await (await request.get(head.manifest)).json();
    expect(manifest.name, `${p.lang}: the manifest's name`).toBe(shown.title);
    expect(manifest.lang).toBe(p.locale);
    expect(head.oembed.href).toBe(`${site.url}oembed-${p.lang}.json`);
  }
});

test('oEmbed: a rich response per language with the embed code, its picture and the no-script fallback', async ({ request }) => {
  for (const p of PAGES) {
    const response = await request.get(`${site.url}oembed-${p.lang}.json`);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const o = await response.json();
    expect(o.version).toBe('1.0');
    expect(o.type).toBe('rich');
    expect(typeof o.title).toBe('string');
    expect(o.title.length).toBeGreaterThan(10);
    expect(typeof o.provider_name).toBe('string');
    expect([o.width, o.height]).toEqual([600, 900]);
    expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 860]);
    const thumbnail = await request.get(o.thumbnail_url);
    expect(pngSize(await thumbnail.body())).toEqual({ width: 1200, height: 860 });
    // The html: the embed dialog's iframe, pinned to this edition, with its title, and the
    // picture inside a link to the standalone page where no script runs.
    const iframe = /<iframe src="([^"]+)" title="([^"]+)"/.exec(o.html);
    expect(iframe, o.html).not.toBeNull();
    const src = new URL(iframe[1].replaceAll('&amp;', '&'));
    expect(src.origin + src.pathname).toBe(site.url + p.file);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ v: '1', edition: '1', lang: p.lang, embed: '1' });
    expect(iframe[2]).toBe(o.title);
    const fallback = /<noscript><a href="([^"]+)"><img src="([^"]+)" width="600" height="430" alt="([^"]+)"><\/a><\/noscript>/.exec(o.html);
    expect(fallback, o.html).not.toBeNull();
    expect(new URL(fallback[1].replaceAll('&amp;', '&')).searchParams.get('embed')).toBeNull();
    expect(fallback[2]).toBe(o.thumbnail_url);
    expect(o.html).toContain(`<script src="${site.url}embed.js" async></script>`);
  }
});

test('Ghost: the oEmbed html inserted as given into an article on another origin shows the scenario, sized', async ({ page, request }) => {
  const g = guard(page, [HOST, site.origin]);
  const { html } = await (await request.get(`${site.url}oembed-it.json`)).json();
  await page.goto(`${HOST}/host-cms.html`);
  await page.evaluate((h) => window.ghost(h), html);
  const frame = page.frameLocator('#slot iframe');
  await expect(ready(frame)).toHaveCount(1, { timeout: 15_000 });
  await expectOutputs(frame, DEFAULTS);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'it');
  // embed.js sized the frame to its content.
  await expect.poll(() => page.locator('#slot iframe').evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
  g.check();
});

test('WordPress: filtered and sandboxed as WordPress does it, the frame works and sizes itself with the secret', async ({ page, request }) => {
  const g = guard(page, [HOST, site.origin]);
  const { html } = await (await request.get(`${site.url}oembed-en.json`)).json();
  await page.goto(`${HOST}/host-cms.html`);
  const secret = await page.evaluate((h) => window.wordpress(h), html);
  const iframe = page.locator('#slot iframe');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  expect(await iframe.getAttribute('src')).toMatch(new RegExp(`#\\?secret=${secret}$`));
  const frame = page.frameLocator('#slot iframe');
  await expect(ready(frame)).toHaveCount(1, { timeout: 15_000 });
  await expectOutputs(frame, DEFAULTS);
  await frame.getByTestId('input-chip').fill('27000');
  await expect.poll(() => dataValue(frame, 'chips')).toBe(model({ ...DEFAULTS, chip: 27000 }).chips);
  // The frame's height reached WordPress's listener, with the secret, within its clamp.
  await expect.poll(() => page.evaluate(() => window.cms.heights.length)).toBeGreaterThan(0);
  const heights = await page.evaluate(() => window.cms.heights);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(200);
  await expect.poll(() => iframe.getAttribute('height')).toBe(String(heights.at(-1)));
  g.check();
});

test('no script: the page and the embed code show the picture of the article\'s scenario, with its finding as text', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url + 'it.html');
  const img = page.locator('noscript img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i) => i.naturalWidth)).toBe(1200);
  expect(await img.getAttribute('alt')).toContain('603.700');
  // The embed code in an article whose CMS runs no script: the picture inside a link.
  const { html } = await (await request.get(`${site.url}oembed-it.json`)).json();
  await page.setContent(`<!doctype html><html lang="it"><body><article>${html}</article></body></html>`);
  const link = page.locator('article noscript a');
  await expect(link).toBeVisible();
  expect(new URL(await link.getAttribute('href')).pathname).toBe(new URL(site.url).pathname + 'it.html');
  await expect.poll(() => page.locator('article noscript img').evaluate((i) => i.naturalWidth)).toBe(1200);
  await context.close();
});

// Code that cannot load (the network gone between the page and its files, a policy that
// refuses them): the reader is told why on the page, in either build of the first view and on
// the explore page, and nothing is left unhandled. (The single-file edition's: offline.spec.mjs.)
const REFUSED = [
  ['/it.html', /capex-calculator-[0-9a-f]+\.js$/],
  ['/?embed=1', /_bg\.wasm$/],
  ['/explore.html', /capex-calculator-[0-9a-f]+\.js$/],
  ['/explore.html?lang=zh', /capex-calculator-[0-9a-f]+_bg\.wasm$/],
];
for (const [where, refused] of REFUSED) {
  test(`code that cannot load (${where}, ${refused.source}): the reason on the page, not an empty box`, async ({ page }) => {
    // The refused file's own console error and failed request are the point: only page errors
    // (an unhandled rejection) of guard()'s record count here.
    const { problems } = guard(page);
    await page.route(refused, (route) => route.abort());
    await page.goto(where);
    await expect(page.locator('body')).toContainText('TypeError');
    await expect(page.locator('.calc')).toHaveCount(0);
    expect(problems.filter((p) => p.startsWith('pageerror')), 'no unhandled error').toEqual([]);
  });
}

// Print, where it is longest (Italian, standalone, with the masthead and footer) and in a frame.
// The capex field as each language writes it: RMB 200 bn is 2000 in hundreds of millions (亿).
for (const [where, capexField] of [['/?v=1&capex=200&embed=1', '200'], ['/it.html?v=1&capex=200', '200'], ['/zh.html?v=1&capex=200&embed=1', '2000']]) {
  test(`print ${where}: the scenario as text, the results, both charts and the sources with the link; nothing to press`, async ({ page }) => {
    const g = guard(page);
    await page.goto(where);
    await expect(ready(page)).toHaveCount(1);
    // What the browser does before it prints: the folded sections open and are built.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('details[data-built="false"]')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    // An A4 page's width between 14 mm margins.
    await page.setViewportSize({ width: 688, height: 1000 });
    for (const hidden of ['input[type="range"]', 'button', 'dialog', 'select[data-testid="input-lang"]']) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      expect(shown, `${hidden} on paper`).toBe(0);
    }
    for (const id of ['input-capex', 'out-capex-usd', 'out-chips', 'chart-breakdown', 'chart-hyperscalers', 'sources', 'print-link']) {
      await expect(page.getByTestId(id), `${id} on paper`).toBeVisible();
    }
    expect(await page.getByTestId('input-capex').inputValue()).toBe(capexField);
    // Every value is printed whole: no field cuts its text.
    const cut = await page.locator('.number, select').evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1).map((e) => `${e.dataset.testid}: ${e.value}`));
    expect(cut, 'fields whose text is cut on paper').toEqual([]);
    await expect(page.getByTestId('print-link')).toContainText('capex=200');
    await expect(page.locator('[data-testid="sources"] tbody tr').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'nothing wider than the paper').toBeLessThanOrEqual(0);
    // And as a PDF, on A4 and on Letter.
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
      expect(pages, `${format} pages`).toBeGreaterThan(0);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(4);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByTestId('sources')).not.toHaveAttribute('open', '');
    g.check();
  });
}

for (const theme of ['light', 'dark']) {
  test(`download-png: a PNG at least 1,200 px wide of the scenario on screen, in Italian, ${theme}`, async ({ page }) => {
    const g = guard(page);
    await page.goto(`/it.html?v=1&capex=200&theme=${theme}`);
    await expect(ready(page)).toHaveCount(1);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('download-png').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    const { width } = pngSize(bytes);
    expect(width).toBeGreaterThanOrEqual(1200);
    // Its background is the page's theme: sampled in a bottom corner (an accent band runs
    // along the top).
    const corner = await page.evaluate(async (b64) => {
      // A blob: URL, as the page's policy allows for images.
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const [r, g, b] = ctx.getImageData(4, image.height - 4, 1, 1).data;
      return (r + g + b) / 3;
    }, bytes.toString('base64'));
    if (theme === 'dark') expect(corner).toBeLessThan(60);
    else expect(corner).toBeGreaterThan(200);
    g.check();
  });
}
