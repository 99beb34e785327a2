// The scenarios' driver (tests/scenarios/driver.mjs) over a Playwright page, for Chromium.
// Not a spec: scenarios.spec.mjs makes one test of each scenario with it.
import { test } from '@playwright/test';
import { Driver } from '../scenarios/driver.mjs';
import { APP } from '../scenarios/model.mjs';

export class PlaywrightDriver extends Driver {
  /**
   * @param page   the Playwright Page (keyboard, tabs, init scripts)
   * @param scope  the Page or a Frame inside it, where reads and inputs go
   * @param watch  called with every page this driver opens (fresh contexts, tabs), to guard it
   * @param allow  called with each origin a scenario allows requests to (see driver.mjs)
   */
  constructor(page, scope = page, watch = () => {}, allow = () => {}) {
    super();
    this.page = page;
    this.scope = scope;
    this.watch = watch;
    this.allowed = allow;
    this.engine = 'chromium';
    this.can = { initScript: true };
    this.contexts = [];
  }

  async goto(url) {
    await this.scope.goto(new URL(url, APP).href);
  }

  url() {
    return this.scope.url();
  }

  eval(fn, arg) {
    return this.scope.evaluate(fn, arg);
  }

  fill(sel, text) {
    return this.scope.locator(sel).fill(text);
  }

  async type(sel, text) {
    if (sel) {
      const field = this.scope.locator(sel);
      await field.focus();
      await field.evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
    }
    await this.page.keyboard.type(text);
  }

  async select(sel, value) {
    await this.scope.locator(sel).selectOption(value);
  }

  click(sel) {
    return this.scope.locator(sel).click();
  }

  focus(sel) {
    return this.scope.locator(sel).focus();
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  async frame(sel, fn) {
    const handle = await this.scope.locator(sel).elementHandle();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error(`${sel} has no frame`);
    return fn(new PlaywrightDriver(this.page, frame, this.watch, this.allowed));
  }

  async newTab(sel, fn) {
    const [tab] = await Promise.all([this.page.context().waitForEvent('page'), this.scope.locator(sel).click()]);
    this.watch(tab);
    await tab.waitForLoadState('load');
    try {
      return await fn(new PlaywrightDriver(tab, tab, this.watch, this.allowed));
    } finally {
      await tab.close();
    }
  }

  /** A new browser context: no storage, nothing shared with this page. */
  async fresh(url) {
    const context = await this.page.context().browser().newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    this.watch(page);
    await page.goto(new URL(url, APP).href);
    return new PlaywrightDriver(page, page, this.watch, this.allowed);
  }

  initScript(fn) {
    return this.page.addInitScript(fn);
  }

  allow(origin) {
    this.allowed(origin);
  }

  note(text) {
    test.info().annotations.push({ type: 'note', description: text });
  }

  skip(reason) {
    test.skip(true, reason);
  }

  async close() {
    for (const context of this.contexts) await context.close();
  }
}
