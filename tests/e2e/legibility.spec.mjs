// Every number legible in every language (issue 20): no result's text overlaps another's and
// none runs out of its card, at 375, 768, 1024, 1280 and 1440 px, embedded in a 600 px column,
// in English, Italian and Chinese, with the article's figures and with long values (large
// amounts in euros), on the first view and on the explore page. Amounts wrap, or the strip
// changes its columns; nothing is clipped.
//
// What is measured is the text, not the elements: each text node's line boxes, as a DOM Range
// gives them (`getClientRects()`), in the key results strip, the key figures, the budget
// breakdown, the chip maths, the comparison with the US four (its total and its chart's
// labels), the tokens panel and the explore page's A/B table. For each case:
//   (a) no two different items' text boxes (a label, a value, a paragraph, a chart label, a
//       table cell) intersect by more than half a pixel;
//   (b) every text box lies inside its cell's client box (a key result, a row of a list, a
//       paragraph, a chart, a table cell), inside its section's, and inside the viewport's
//       width; and no cell or section scrolls sideways (`scrollWidth` over `clientWidth`).
// A text box is its Range rect trimmed to the line's height (centred, as CSS centres a line's
// content in its line box), and in a chart, which has no line boxes, to the em square: a CJK
// font's content area is taller than `line-height: 1.2`, and pokes out of its line box above
// and below with nothing drawn there. Sideways, where text runs into text, the rects are used
// as they are.
//
// One page per language, page and values: loaded once and resized through the widths; the
// embed (`embed=1`) is one more load in a 600 px viewport, its folded results opened. On a
// failure, what was measured is attached to the test as JSON.
import { test, expect } from '@playwright/test';
import { guard, ready, openFolds } from './fixtures/support.mjs';

const WIDTHS = [375, 768, 1024, 1280, 1440];
const HEIGHT = 800;
const EMBED_WIDTH = 600;
const LANGS = ['en', 'it', 'zh'];
const BOOT = { timeout: 15_000 };

// The largest amounts the inputs allow, shown in euros (src/model/field.rs): capex and the AI
// budget at RMB 500 bn, the renminbi at its strongest (6 per US$) and the euro at its dearest
// (US$0.80), so RMB 500 bn is €104.2 bn; chips at US$5,000, so the budget buys 16,666,666;
// each of the US four at US$300 bn, so their sum is €1.5 trn ("1,5 mila miliardi di euro").
const LONG = 'currency=eur&capex=500&ai=500&usdcny=6&eurusd=0.8&chip=5000&order=1000000&msft=300&googl=300&amzn=300&meta=300';
const VALUES = [
  { name: "the article's figures", query: '' },
  { name: 'long values in euros', query: LONG },
];
// The explore page also shows scenario A beside B (the A/B table) and, with inputs as ranges,
// each key result's 90% interval under it: A is pinned at the article's chip price of
// US$27,000 there; with the long values, A is the article and two inputs are ranges.
const PAGES = [
  { name: 'first view', path: '/', extra: () => '' },
  {
    name: 'explore page',
    path: '/explore.html',
    extra: (values) => (values.query ? 'a=1&usdcny=6..6.2&chip=5000..5500' : 'a=1&a.chip=27000'),
  },
];

// Where results are shown, each with its cells and, in each cell, the items whose text is
// measured: a key result's label and value, a row's term and amount, a paragraph, a chart's
// labels, a table's cells.
const REGIONS = [
  { name: 'key results', selector: '[data-testid="summary"]' },
  { name: 'budget breakdown', selector: 'section[aria-labelledby="h-breakdown"]' },
  { name: 'key figures', selector: 'section[aria-labelledby="h-capex"]' },
  { name: 'chip maths', selector: 'section[aria-labelledby="h-chips"]' },
  { name: 'US four comparison', selector: 'section[aria-labelledby="h-comparison"]' },
  { name: 'tokens', selector: 'section[aria-labelledby="h-tokens"]' },
  { name: 'A/B comparison', selector: 'section#compare' },
];
const CELLS = [
  { cell: 'dl > div', items: 'dt, dd' },
  { cell: ':scope > p, :scope > h3, .summary-head h3', items: ':scope' },
  { cell: 'svg.chart', items: 'text' },
  { cell: 'th, td', items: ':scope' },
];

let g;
test.beforeEach(async ({ page, baseURL }) => {
  g = guard(page, [baseURL]);
});
test.afterEach(() => g.check());

/** Opens a page and waits until it is whole (and its intervals drawn, if it has ranges). */
async function open(page, path, query) {
  await page.goto(`${path}?${query}`);
  await expect(ready(page)).toHaveCount(1, BOOT);
  if (query.includes('..')) await expect(page.locator('[data-drawn="true"]')).toHaveCount(1, BOOT);
}

/** In the page: every overlap, every text box outside its cell or section, every clipped box. */
function measure({ regions, cells, tolerance }) {
  const r1 = (v) => Math.round(v * 10) / 10;
  const rect = (r) => [r.left, r.top, r.right, r.bottom].map(r1);
  const name = (el) => {
    const id = el.getAttribute('data-testid');
    const cls = el.getAttribute('class');
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}${id ? `[data-testid=${id}]` : ''}`;
  };
  // Not drawn, or hidden from sight on purpose (`.visually-hidden`, the A/B table's head on a
  // phone): clipped away, or in a box of a pixel.
  const isHidden = (el) => {
    if (getComputedStyle(el).visibility === 'hidden') return true;
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || (s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none')) return true;
      const box = s.display !== 'inline' && (!(e instanceof SVGElement) || e.tagName === 'svg');
      if (box && s.overflow !== 'visible' && (e.clientWidth <= 1 || e.clientHeight <= 1)) return true;
    }
    return false;
  };
  const clientBox = (el) => {
    const r = el.getBoundingClientRect();
    if (el instanceof SVGElement) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const left = r.left + el.clientLeft;
    const top = r.top + el.clientTop;
    return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
  };
  const textBoxes = (el) => {
    const boxes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || isHidden(parent)) continue;
      // A line's height; in a chart (no line boxes), the em square, in screen pixels.
      const svg = parent.closest('svg');
      const style = getComputedStyle(parent);
      const line = svg ? parseFloat(style.fontSize) * Math.hypot(svg.getScreenCTM().a, svg.getScreenCTM().b) : parseFloat(style.lineHeight);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 0.5 || r.height < 0.5) continue;
        const h = Number.isFinite(line) ? Math.min(r.height, line) : r.height;
        const mid = (r.top + r.bottom) / 2;
        boxes.push({ left: r.left, right: r.right, top: mid - h / 2, bottom: mid + h / 2, text: node.data.trim() });
      }
    }
    return boxes;
  };
  const inside = (b, box) =>
    b.left >= box.left - tolerance && b.right <= box.right + tolerance && b.top >= box.top - tolerance && b.bottom <= box.bottom + tolerance;
  const scrollsSideways = (el) => !(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1;

  const items = [];
  const problems = { overlaps: [], outside: [], clipped: [] };
  const clipped = new Set();
  let measured = 0;
  for (const { name: regionName, selector } of regions) {
    for (const region of document.querySelectorAll(selector)) {
      if (isHidden(region) || region.getClientRects().length === 0) continue;
      const regionBox = clientBox(region);
      if (scrollsSideways(region) && !clipped.has(region)) {
        clipped.add(region);
        problems.clipped.push({ el: `${regionName}: ${name(region)}`, scrollWidth: region.scrollWidth, clientWidth: region.clientWidth });
      }
      for (const { cell: cellSelector, items: itemSelector } of cells) {
        for (const cell of region.querySelectorAll(cellSelector)) {
          if (isHidden(cell) || cell.getClientRects().length === 0) continue;
          const cellBox = clientBox(cell);
          if (scrollsSideways(cell) && !clipped.has(cell)) {
            clipped.add(cell);
            problems.clipped.push({ el: `${regionName} › ${name(cell)}`, text: cell.textContent.trim(), scrollWidth: cell.scrollWidth, clientWidth: cell.clientWidth });
          }
          const members = itemSelector === ':scope' ? [cell] : [...cell.querySelectorAll(itemSelector)];
          for (const item of members) {
            const boxes = textBoxes(item);
            if (boxes.length === 0) continue;
            measured += 1;
            const entry = { el: `${regionName} › ${name(item)}`, text: item.textContent.trim(), boxes };
            items.push(entry);
            for (const b of boxes) {
              const where = [
                ['its cell', name(cell), cellBox],
                ['its section', name(region), regionBox],
                ['the viewport', 'viewport', { left: 0, right: innerWidth, top: -Infinity, bottom: Infinity }],
              ].find(([, , box]) => !inside(b, box));
              if (where) {
                problems.outside.push({ el: entry.el, text: b.text, box: rect(b), outside: where[0], of: where[1], bounds: rect(where[2]) });
              }
            }
          }
        }
      }
    }
  }
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      for (const a of items[i].boxes) {
        for (const b of items[j].boxes) {
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > tolerance && dy > tolerance) {
            problems.overlaps.push({
              a: `${items[i].el} «${a.text}» ${JSON.stringify(rect(a))}`,
              b: `${items[j].el} «${b.text}» ${JSON.stringify(rect(b))}`,
              by: [r1(dx), r1(dy)],
            });
          }
        }
      }
    }
  }
  return { measured, ...problems };
}

/** Measures the page as it is now; records what is wrong under `label`, softly. */
async function check(page, label) {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Two frames: the resize's layout and paint are done.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const found = await page.evaluate(measure, { regions: REGIONS, cells: CELLS, tolerance: 0.5 });
  expect(found.measured, `${label}: results measured`).toBeGreaterThan(10);
  if (found.overlaps.length + found.outside.length + found.clipped.length > 0) {
    await test.info().attach(`measured at ${label}`, { body: JSON.stringify(found, null, 2), contentType: 'application/json' });
  }
  expect.soft(found.overlaps, `${label}: text of one result over another's`).toEqual([]);
  expect.soft(found.outside, `${label}: text outside its cell, its section or the screen`).toEqual([]);
  expect.soft(found.clipped, `${label}: a cell or section that scrolls sideways`).toEqual([]);
}

for (const where of PAGES) {
  for (const lang of LANGS) {
    for (const values of VALUES) {
      test(`${where.name}, ${lang}, ${values.name}: no result's text overlaps another's or leaves its card`, async ({ page }) => {
        const query = [`lang=${lang}`, values.query, where.extra(values)].filter(Boolean).join('&');
        await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT });
        await open(page, where.path, query);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: HEIGHT });
          await check(page, `${width}×${HEIGHT}`);
        }
        // In an article's 600 px column, as its frame sees it (the frame's viewport is the
        // column): the detail is folded there; open it as a reader would.
        await page.setViewportSize({ width: EMBED_WIDTH, height: HEIGHT });
        await open(page, where.path, `embed=1&${query}`);
        await openFolds(page);
        await check(page, `embedded at ${EMBED_WIDTH} px`);
      });
    }
  }
}
