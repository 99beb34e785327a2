// Every engine-neutral end-to-end scenario, by area. Each is { name, run(driver), colorScheme? };
// tests/e2e/scenarios.spec.mjs runs them in Chromium (Playwright) and tests/webdriver/run.mjs
// in Firefox and WebKit. See driver.mjs for what a scenario may ask of the browser.
import calculator from './calculator.mjs';
import share from './share.mjs';
import storage from './storage.mjs';
import embed from './embed.mjs';
import theme from './theme.mjs';
import languages from './languages.mjs';
import host from './host.mjs';
import offline from './offline.mjs';
import explore from './explore.mjs';
import editions from './editions.mjs';
import pages from './pages.mjs';

export const AREAS = { calculator, share, storage, embed, theme, languages, host, offline, explore, editions, pages };

export const SCENARIOS = Object.entries(AREAS).flatMap(([area, list]) => list.map((s) => ({ area, ...s })));
