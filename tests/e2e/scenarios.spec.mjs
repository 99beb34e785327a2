// The engine-neutral scenarios (tests/scenarios) in Chromium, one Playwright test each. The
// same scenarios run in Firefox and WebKit over WebDriver (tests/webdriver/run.mjs). Every page
// a scenario opens is guarded: no console errors, page errors, failed responses or requests to
// other origins than the app's (and, for embedding, the host pages'; and any a scenario allows).
import { test } from '@playwright/test';
import { SCENARIOS } from '../scenarios/index.mjs';
import { PlaywrightDriver } from './playwright-driver.mjs';
import { APP, HOST, HOST_ALT, guard } from './fixtures/support.mjs';


for (const scenario of SCENARIOS) {
  test(`${scenario.area} › ${scenario.name}`, async ({ page }) => {
    const origins = ['embed', 'host', 'editions', 'pages'].includes(scenario.area) ? [APP, HOST, HOST_ALT] : [APP];
    const guards = [guard(page, origins)];
    if (scenario.colorScheme) await page.emulateMedia({ colorScheme: scenario.colorScheme });
    const driver = new PlaywrightDriver(page, page, (p) => guards.push(guard(p, origins)), (o) => origins.push(o));
    try {
      await scenario.run(driver);
    } finally {
      await driver.close();
    }
    for (const g of guards) g.check();
  });
}
