// Chromium-only checks of the release build that need Playwright itself: axe-core's
// accessibility rules and a narrow viewport. The calculator's behaviour (defaults, sliders,
// typed and bad input, currency, reset, keyboard) is in tests/scenarios/calculator.mjs and runs
// in every engine. Never sleep: every wait is an expect poll.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { field, out, ready, guard } from './fixtures/support.mjs';

const error = (page, name) => page.getByTestId(`error-${name}`);

let g; // console errors, page errors, failed responses, requests to other origins
test.beforeEach(async ({ page }) => {
  g = guard(page);
  await page.goto('/');
  await expect(ready(page)).toHaveCount(1);
});
test.afterEach(() => g.check());

// ---------------------------------------------------------------- accessibility

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('axe-core: no serious or critical violations, also with an error shown', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);

  await field(page, 'capex').fill('abc');
  await expect(error(page, 'capex')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

// ---------------------------------------------------------------- embeddable: narrow viewport

test('narrow embed (320 px): no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
  await expect(field(page, 'capex')).toBeVisible();
  await expect(out(page, 'capex-usd')).toBeVisible();
});
