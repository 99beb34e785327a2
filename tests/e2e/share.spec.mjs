// The copy-link button with the clipboard permission granted, reading the clipboard back: only
// Playwright can grant and read it. Share links, presets, storage and the copy-by-hand fallback
// are in tests/scenarios (share.mjs, storage.mjs) and run in every engine.
import { test, expect } from '@playwright/test';
import { field, ready, typeInto, params, guard } from './fixtures/support.mjs';

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page);
});
test.afterEach(() => g.check());

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy-link puts the current link on the clipboard and says so', async ({ page }) => {
    await page.goto('/');
    await expect(ready(page)).toHaveCount(1);
    await typeInto(field(page, 'capex'), '210');
    await page.getByTestId('input-currency').selectOption('cny');
    await expect.poll(() => params(page.url())).toEqual({ v: '1', edition: '1', capex: '210', currency: 'cny', lang: 'en' });

    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('copy-status')).toBeVisible();
    await expect(page.getByTestId('copy-status')).toHaveText(/\S/);
    await expect(page.getByTestId('share-url'), 'copied: no field to copy by hand').toHaveCount(0);

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied); // absolute: throws on a relative link
    const here = new URL(page.url());
    expect(link.origin + link.pathname).toBe(here.origin + here.pathname);
    expect(params(link.href)).toEqual({ v: '1', edition: '1', capex: '210', currency: 'cny', lang: 'en' });
  });
});
