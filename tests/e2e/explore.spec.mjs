// The explore page in Chromium, where Playwright itself is needed: a live number dragged with
// a real pointer, axe-core with ranges, a comparison and the story on screen, a phone's width,
// and the first view loading none of it. Its behaviour in every engine is in
// tests/scenarios/explore.mjs.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, DEFAULTS, model, guard, openFolds } from './fixtures/support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const chipsAt = (chip) => model({ ...DEFAULTS, chip }).chips;

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP]);
});
test.afterEach(() => g.check());

async function open(page, query = '') {
  await page.goto(`${APP}/explore.html${query}`);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

test('story: dragging the price sideways moves it by steps, and the chip count follows', async ({ page }) => {
  await open(page);
  const live = page.getByTestId('live-chip');
  await live.scrollIntoViewIfNeeded();
  const box = await live.boundingBox();
  const step = Number(await page.getByTestId('input-chip-slider').getAttribute('step'));
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  // 40 px to the right: ten steps of 4 px.
  for (let dx = 4; dx <= 40; dx += 4) await page.mouse.move(x + dx, y);
  await page.mouse.up();
  const price = 20000 + 10 * step;
  await expect(live).toHaveAttribute('aria-valuenow', String(price));
  await expect(page.getByTestId('story-chips')).toHaveAttribute('value', String(chipsAt(price)));
  await expect(page.getByTestId('out-chips')).toHaveAttribute('data-value', String(chipsAt(price)));
});

test('axe: no violation with ranges, intervals, a comparison and the story on screen', async ({ page }) => {
  // Two loads and two axe passes over the whole explore page: more than the default 30 s on a
  // busy two-core machine.
  test.slow();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '?v=1&preset=sources-disagree&a=1&a.chip=27000');
    await expect(page.locator('[data-drawn="true"]')).toHaveCount(1);
    await page.getByTestId('input-chip-low').fill('30000');
    await expect(page.getByTestId('error-chip-range')).toBeVisible();
    await openFolds(page);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), scheme).toEqual([]);
  }
});

test('at 375 px, nothing scrolls sideways but the comparison table in its own box', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page, '?v=1&preset=sources-disagree&a=1&a.chip=27000');
  await expect(page.locator('[data-drawn="true"]')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId('hist-chips')).toBeVisible();
  const bar = page.getByTestId('tornado-bar-chip');
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  expect(box.width).toBeLessThanOrEqual(375);
});

test('at 375 px in Italian, every value of the comparison stays inside its own cell', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // Long Italian amounts (19,4 miliardi di euro) in euros, A pinned at the article, B dearer.
  await open(page, '?v=1&lang=it&currency=eur&a=1&chip=27000');
  await expect(page.getByTestId('compare')).toBeVisible();
  const spilled = await page.getByTestId('compare').evaluate((table) =>
    [...table.querySelectorAll('td')].filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent),
  );
  expect(spilled, 'cells whose text runs past their edge').toEqual([]);
});

test('the first view loads nothing of the explore page until a reader opens it', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${APP}/`);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const explore = await page.evaluate(async () => {
    const html = await (await fetch('explore.html')).text();
    return [...html.matchAll(/capex-calculator-[0-9a-f]+_bg\.wasm/g)].map((m) => '/' + m[0]);
  });
  expect(explore.length).toBeGreaterThan(0);
  for (const file of explore) expect(requested, 'the first view never asks for ' + file).not.toContain(file);
  expect(requested).not.toContain('/explore.css');
  expect(requested.some((p) => /^\/explore-lang-/.test(p))).toBe(false);
});
