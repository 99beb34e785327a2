// The driver a scenario gets: a small, engine-neutral view of one browser tab. Two adapters
// implement it: tests/e2e/playwright-driver.mjs (Chromium, in the Playwright suite) and
// tests/webdriver/selenium-driver.mjs (Firefox and WebKit, over W3C WebDriver).
//
// What an adapter provides (everything else here is built on `eval`):
//   engine                  'chromium' | 'firefox' | 'webkit'
//   can.initScript          whether `initScript` works (Playwright; WebDriver BiDi in Firefox)
//   goto(url)               an absolute URL, or a path on the app; resolves after `load`
//   url()                   the current document's URL (of the frame, inside `frame`)
//   eval(fn, arg)           fn(arg) in the page (or frame); awaits a promise; JSON result
//   fill(sel, text)         replaces a field's whole text at once, as pasting it would (one
//                           `input` event with the new value); on a range input, sets its
//                           value and fires `input` and `change`, as a drag would
//   type(sel, text)         types `text` key by key at the end of the field
//   select(sel, value)      picks an <option> of a <select>
//   click(sel)              a real click (scrolled into view)
//   press(key)              one key to the focused element: ArrowLeft, ArrowRight, ArrowUp,
//                           ArrowDown, End, Enter, Tab, Backspace, or 'ControlOrMeta+A'
//   frame(sel, fn)          fn(driver inside the iframe `sel`), then back to this document
//   newTab(sel, fn)         clicks `sel`, which opens a tab; fn(driver in that tab); closes it
//   fresh(url)              `url` with no storage from this scenario; returns the driver to use
//   initScript(fn)          fn() runs before any script of every later page load
//   allow(origin)           lets the page (and its frames) request `origin` too: a server the
//                           scenario started itself, or 'file://' for a file opened from disk
//   note(text)              records what a scenario could not check in this engine, and why
//   skip(reason)            stops the scenario as skipped (throws)
//
// Selectors are CSS. Waiting is always polling a condition (`until`), never a fixed sleep.
import assert from 'node:assert/strict';
import { OUTPUTS, DIGITS, model } from './model.mjs';

export const tid = (id) => `[data-testid="${id}"]`;
export const field = (name) => tid(`input-${name}`);
export const slider = (name) => tid(`input-${name}-slider`);
export const error = (name) => tid(`error-${name}`);
export const out = (name) => tid(`out-${name}`);
export const READY = '[data-ready="true"]';

/** How long a poll waits by default, and for an app starting inside an iframe. */
export const WAIT = 5_000;
export const BOOT = 15_000;

/** Thrown by `skip`: the runner reports the scenario as skipped, with the reason. */
export class Skip extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'Skip';
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `fn` until it returns without throwing; returns its value. An assertion inside `fn`
 * that still fails after `timeout` ms is rethrown with `message` in front.
 */
export async function until(fn, message = 'condition', timeout = WAIT) {
  const deadline = Date.now() + timeout;
  const intervals = [0, 20, 50, 100, 100, 250];
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof Skip) throw e;
      if (Date.now() >= deadline) {
        e.message = `${message} (still failing after ${timeout} ms): ${e.message}`;
        throw e;
      }
    }
    await pause(intervals[Math.min(i, intervals.length - 1)]);
  }
}

/** The explore page's intervals are the latest scenario's (`data-drawn`): waits for it. */
export async function drawn(t) {
  await until(async () => assert.equal(await t.count('[data-drawn="true"]'), 1), 'the draws are in', BOOT);
}

/** |actual - expected| < 10^-digits / 2, as Playwright's toBeCloseTo. */
export function close(actual, expected, digits = DIGITS, message = 'value') {
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) < 10 ** -digits / 2;
  assert.ok(ok, `${message}: expected ${expected} (to ${digits} digits), got ${actual}`);
}

/** The reads every adapter shares, built on its `eval`. */
export class Driver {
  /** An attribute of the first element matching `sel`; null if absent. */
  attr(sel, name) {
    return this.eval(([s, n]) => {
      const el = document.querySelector(s);
      return el ? el.getAttribute(n) : null;
    }, [sel, name]);
  }

  /** The rendered text (innerText); null if absent. */
  text(sel) {
    return this.eval((s) => {
      const el = document.querySelector(s);
      return el ? el.innerText : null;
    }, sel);
  }

  /** A form control's current value; null if absent. */
  value(sel) {
    return this.eval((s) => {
      const el = document.querySelector(s);
      return el ? el.value : null;
    }, sel);
  }

  /** Present, with a box, and not visibility:hidden (Playwright's toBeVisible). */
  visible(sel) {
    return this.eval((s) => {
      const el = document.querySelector(s);
      if (!el || getComputedStyle(el).visibility === 'hidden') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    }, sel);
  }

  count(sel) {
    return this.eval((s) => document.querySelectorAll(s).length, sel);
  }

  /** The data-testid of the focused element, or null. */
  focused() {
    return this.eval(() => (document.activeElement ? document.activeElement.getAttribute('data-testid') : null));
  }

  async dataValue(name) {
    const v = await this.attr(out(name), 'data-value');
    return v === null ? NaN : Number(v);
  }

  /** Every `out-*` data-value on the page at once, as raw strings keyed by result name. */
  snapshot() {
    return this.eval(() => {
      const values = {};
      for (const el of document.querySelectorAll('[data-testid^="out-"][data-value]')) {
        values[el.getAttribute('data-testid').slice(4)] = el.getAttribute('data-value');
      }
      return values;
    });
  }

  /** Waits until the calculator has rendered (its root carries data-ready="true"). */
  async ready(timeout = BOOT) {
    await until(async () => assert.equal(await this.count(READY), 1), 'the calculator is ready', timeout);
  }

  /** Opens every folded section and waits until each is built: a narrow embed folds its
   *  charts and secondary results, and builds a fold only when it is first opened. */
  async openFolds() {
    await this.eval(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await until(async () => assert.equal(await this.count('details[data-built="false"]'), 0), 'every folded section built');
  }

  /** Opens an article's frame's folded results in detail if they are not yet built, and waits
   *  for them (the frame builds them when first opened). The other folds hold no result and
   *  are left as they are. */
  async openResults() {
    const fold = tid('more-results');
    if ((await this.attr(fold, 'data-built')) !== 'false') return;
    await this.eval((sel) => (document.querySelector(sel).open = true), fold);
    await until(async () => assert.equal(await this.attr(fold, 'data-built'), 'true'), 'the results in detail built');
  }

  /** Polls until every listed output matches the model for `inputs` (the folded results opened
   *  first: a result in a fold not yet built is not on the page). */
  async expectOutputs(inputs, names = OUTPUTS) {
    await this.openResults();
    const expected = model(inputs);
    for (const name of names) {
      await until(async () => {
        const got = await this.dataValue(name);
        if (name === 'chips') assert.equal(got, expected.chips, 'out-chips data-value');
        else close(got, expected[name], DIGITS, `out-${name} data-value`);
      }, `out-${name} for ${JSON.stringify(inputs)}`);
    }
  }

  /** Polls until a field (text or range) holds `value`, compared as a number. */
  async expectNumber(sel, value, message = sel) {
    await until(async () => close(Number(await this.value(sel)), value, 6, message), message);
  }

  /** Polls until `sel` is (or is not) visible. */
  async expectVisible(sel, visible = true, timeout = WAIT) {
    await until(async () => assert.equal(await this.visible(sel), visible), `${sel} ${visible ? 'visible' : 'hidden'}`, timeout);
  }
}
