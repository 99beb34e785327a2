// Accessibility (WCAG 2.2 AA) in every language: axe-core on every variant a reader can meet
// (language x colour scheme x standalone/embedded, folds open, and the embed dialog open),
// a keyboard-only session that changes every input, touch targets, the contrast of chart marks
// and focus rings (axe checks text only), chart text alternatives in the page's language, and
// the polite announcement of the key results after a pause.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, DEFAULTS, INPUTS, model, out, guard, luminance, openFolds } from './fixtures/support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page, [APP]);
});
test.afterEach(() => g.check());

async function violations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(page, query) {
  await page.goto(`${APP}/?${query}`);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  // Every fold open, so that what it hides is checked too.
  await openFolds(page);
}

for (const lang of ['en', 'it', 'zh']) {
  for (const scheme of ['light', 'dark']) {
    for (const embedded of [false, true]) {
      const variant = `${lang}, ${scheme}, ${embedded ? 'embed=1' : 'standalone'}`;
      test(`axe (${TAGS.join(', ')}): no violation, ${variant}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, `lang=${lang}${embedded ? '&embed=1' : ''}`);
        expect(await violations(page), variant).toEqual([]);
        if (!embedded) {
          await page.getByTestId('embed-open').click();
          await expect(page.getByTestId('embed-dialog')).toBeVisible();
          expect(await violations(page), `${variant}, embed dialog open`).toEqual([]);
        }
      });
    }
  }
}

test('keyboard only: every input changed with keys, every control reached, in Italian', async ({ page }) => {
  await open(page, 'lang=it');
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  let inputs = { ...DEFAULTS };
  // Each text field: reached by Tab, its text replaced by typing. Each slider: one step right.
  // Each slider's [min, step]: one step right lands on the next step of its grid (88.2 on a
  // grid of 0.5 from 0 goes to 88.5).
  const grid = { capex: [10, 1], capex25: [10, 1], ai: [1, 1], chip: [5000, 500], order: [0, 1000], usdcny: [6, 0.01], eurusd: [0.8, 0.01], msft: [0, 0.5], googl: [0, 0.5], amzn: [0, 0.5], meta: [0, 0.5], tokens: [1, 1], 'tokens-google': [1, 1] };
  const stepRight = (name, v) => {
    const [min, step] = grid[name];
    return Math.round((min + (Math.floor((v - min) / step + 1e-9) + 1) * step) * 1e6) / 1e6;
  };
  const seen = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < 120 && seen.size < 2 * INPUTS.length; i++) {
    await page.keyboard.press('Tab');
    const id = await active();
    if (!id) continue;
    const slider = /^input-(.+)-slider$/.exec(id);
    const text = /^input-(.+)$/.exec(id);
    if (slider && INPUTS.includes(slider[1]) && !seen.has(id)) {
      await page.keyboard.press('ArrowRight');
      const name = slider[1];
      inputs = { ...inputs, [name]: stepRight(name, inputs[name]) };
      seen.add(id);
    } else if (text && INPUTS.includes(text[1]) && !seen.has(id)) {
      seen.add(id);
    }
  }
  expect([...INPUTS.flatMap((n) => [`input-${n}`, `input-${n}-slider`])].filter((id) => !seen.has(id)), 'fields and sliders reached by Tab').toEqual([]);
  const expected = model(inputs);
  for (const name of ['capex-usd', 'ai-usd', 'chips', 'bigfour-ratio', 'tokens-google']) {
    const poll = expect.poll(async () => Number(await out(page, name).getAttribute('data-value')), { message: `out-${name}` });
    if (name === 'chips') await poll.toBe(expected.chips);
    else await poll.toBeCloseTo(expected[name], 4);
  }
  // Typing into a field by keyboard alone, in the Italian notation: RMB 7,10 per US$.
  await page.getByTestId('input-usdcny').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7,10');
  await expect.poll(async () => Number(await out(page, 'capex-usd').getAttribute('data-value'))).toBeCloseTo(inputs.capex / 7.1, 4);
  // The rest of the controls, in the tab order too.
  const others = ['input-lang', 'input-preset', 'reset', 'input-currency', 'input-chip-model', 'input-hyperscaler-set', 'copy-link', 'embed-open', 'export-csv'];
  const reached = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < 120 && !others.every((id) => reached.has(id)); i++) {
    await page.keyboard.press('Tab');
    const id = await active();
    if (id) reached.add(id);
  }
  expect(others.filter((id) => !reached.has(id)), 'controls reached by Tab').toEqual([]);
});

// A modal <dialog> (showModal) makes the page behind it inert, as the platform does for every
// modal: Tab goes round the dialog's controls and out to the browser's own, never to the page.
test('the embed dialog keeps focus off the page behind it and gives it back when closed', async ({ page }) => {
  await open(page, 'lang=en');
  await page.getByTestId('embed-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  let insideCount = 0;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('[data-testid="embed-dialog"]')) return 'dialog';
      return !active || active === document.body ? 'browser' : active.outerHTML.slice(0, 80);
    });
    expect(['dialog', 'browser'], `focus after ${i + 1} Tab`).toContain(where);
    if (where === 'dialog') insideCount++;
  }
  expect(insideCount, 'Tab reaches the dialog\'s controls').toBeGreaterThan(3);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-open');
});

test('every control is at least 24 by 24 px, on a phone too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, 'lang=it');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, summary, a')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('p'))
      .map((el) => ({ id: el.getAttribute('data-testid') || el.tagName + ':' + el.textContent.trim().slice(0, 20), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ id, r }) => `${id} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});

for (const scheme of ['light', 'dark']) {
  test(`chart marks and the focus ring stand out 3:1 against their background, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, 'lang=en');
    const colours = await page.evaluate(() => {
      const fill = (sel) => getComputedStyle(document.querySelector(sel)).fill;
      const panel = getComputedStyle(document.querySelector('.results section')).backgroundColor;
      const field = document.querySelector('[data-testid="input-capex"]');
      field.focus();
      return {
        panel,
        marks: {
          ai: fill('[data-testid="chart-breakdown"] [data-bar="ai"]'),
          rest: fill('[data-testid="chart-breakdown"] .hatch-line'),
          us: fill('[data-testid="chart-hyperscalers"] [data-bar="us"]'),
          sum: fill('[data-testid="chart-hyperscalers"] [data-bar="sum"]'),
          bytedance: fill('[data-testid="chart-hyperscalers"] [data-bar="bytedance"]'),
        },
        focus: getComputedStyle(field).outlineColor,
        formPanel: getComputedStyle(document.querySelector('.assumptions')).backgroundColor,
      };
    });
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    for (const [name, colour] of Object.entries(colours.marks)) {
      expect(ratio(colour, colours.panel), `${name} bars (${colour}) on ${colours.panel}`).toBeGreaterThanOrEqual(3);
    }
    expect(ratio(colours.focus, colours.formPanel), `focus ring ${colours.focus}`).toBeGreaterThanOrEqual(3);
  });
}

test('charts read out their numbers in the page’s language', async ({ page }) => {
  await open(page, 'lang=it');
  const label = await page.getByTestId('chart-breakdown').getAttribute('aria-label');
  // RMB 85 bn and 75 bn at 7.04: 12,1 and 10,6 miliardi di dollari, rounded to add up to 22,7;
  // the currency in words, as a screen reader should read it.
  expect(label).toContain('Processori IA: 12,1 miliardi di dollari');
  expect(label).toContain('totale: 22,7 miliardi di dollari');
  expect(label).toMatch(/^Grafico a barre/);
  const bars = await page.getByTestId('chart-hyperscalers').getAttribute('aria-label');
  // A name and its amount kept apart, so "ByteDance 2026" never runs into "22,7".
  expect(bars).toContain('Microsoft: 88,2 miliardi di dollari');
  expect(bars).toContain('ByteDance 2026: 22,7 miliardi di dollari');
});

test('the key results are announced once the reader pauses, not on every step', async ({ page }) => {
  await open(page, 'lang=en');
  const region = page.getByTestId('announcement');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText('');
  // A drag: ten steps in quick succession, then a pause.
  const texts = await page.evaluate(async () => {
    const seen = [];
    const el = document.querySelector('[data-testid="announcement"]');
    new MutationObserver(() => seen.push(el.textContent)).observe(el, { childList: true, subtree: true, characterData: true });
    const slider = document.querySelector('[data-testid="input-capex-slider"]');
    for (let v = 161; v <= 170; v++) {
      slider.value = String(v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 30));
    }
    await new Promise((r) => setTimeout(r, 900));
    return seen;
  });
  expect(texts.length, 'one announcement for the whole drag').toBe(1);
  // RMB 170 bn at 7.04: US$24.1 bn, read as words.
  expect(texts[0]).toContain('24.1 billion US dollars');
  expect(texts[0]).toContain('603,693');
});
