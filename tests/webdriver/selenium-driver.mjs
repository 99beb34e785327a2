// The scenarios' driver (tests/scenarios/driver.mjs) over a W3C WebDriver session
// (selenium-webdriver), for Firefox (geckodriver) and WebKit (WebKitWebDriver + MiniBrowser).
import webdriver from 'selenium-webdriver';
import { Driver, Skip, until } from '../scenarios/driver.mjs';
import { APP } from '../scenarios/model.mjs';

const { By, Key } = webdriver;

const KEYS = {
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  End: Key.END,
  Enter: Key.ENTER,
  Tab: Key.TAB,
  Backspace: Key.BACK_SPACE,
};

export class SeleniumDriver extends Driver {
  /**
   * @param session  { engine, driver (a selenium WebDriver), bidi (or null), preloads, notes }
   *                 from tests/webdriver/engines.mjs, shared by every driver of one scenario
   */
  constructor(session) {
    super();
    this.session = session;
    this.wd = session.driver;
    this.engine = session.engine;
    this.can = { initScript: !!session.bidi };
  }

  async goto(url) {
    await this.wd.get(new URL(url, APP).href);
  }

  /** The URL of the document in the current frame (the session's URL is the top one). */
  url() {
    return this.eval(() => location.href);
  }

  eval(fn, arg) {
    return this.wd.executeScript(`return (${fn}).call(null, arguments[0]);`, arg);
  }

  async fill(sel, text) {
    const kind = await this.eval((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      return el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase();
    }, sel);
    if (kind === null) throw new Error(`fill: no element ${sel}`);
    if (kind === 'range') {
      // What dragging the thumb does: the value changes, then `input` and `change` fire.
      await this.eval(([s, v]) => {
        const el = document.querySelector(s);
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, [sel, text]);
      return;
    }
    // The whole text at once, as pasting, autofill or Playwright's fill() give it: the text
    // is selected and replaced by one editing command, so one `input` event carries the new
    // value (typing key by key would pass through prefixes such as 1e4 on the way to 1e400).
    const replace = () =>
      this.eval(([s, v]) => {
        const el = document.querySelector(s);
        el.focus();
        el.select();
        return v === '' ? document.execCommand('delete') : document.execCommand('insertText', false, v);
      }, [sel, text]);
    if ((await replace()) || (await this.value(sel)) === text) return;
    // WebKit edits only in the focused frame, and a script cannot move focus into an iframe:
    // a click on the field, as a reader's, does.
    await this.click(sel);
    if (!(await replace()) && (await this.value(sel)) !== text) throw new Error(`fill: could not replace the text of ${sel}`);
  }

  async type(sel, text) {
    if (sel) {
      await this.eval((s) => {
        const el = document.querySelector(s);
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }, sel);
    }
    await this.wd.actions().sendKeys(text).perform();
  }

  async select(sel, value) {
    await this.wd.findElement(By.css(`${sel} option[value="${value}"]`)).click();
  }

  async click(sel) {
    try {
      await this.wd.findElement(By.css(sel)).click();
    } catch (e) {
      if (e.name !== 'ElementClickInterceptedError' || e.message) throw e;
      // WebKit's driver names no culprit: say what lies over the element's centre.
      const over = await this.eval((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return `${top ? top.outerHTML.slice(0, 120) : 'nothing'} at (${Math.round(r.x)}, ${Math.round(r.y)}) in a ${innerWidth}x${innerHeight} window`;
      }, sel);
      e.message = `${sel} is not clickable: ${over} covers it`;
      throw e;
    }
  }

  focus(sel) {
    return this.eval((s) => document.querySelector(s).focus(), sel);
  }

  async press(key) {
    if (key === 'ControlOrMeta+A') {
      await this.wd.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
      return;
    }
    if (!KEYS[key]) throw new Error(`press: unknown key ${key}`);
    await this.wd.actions().sendKeys(KEYS[key]).perform();
  }

  async frame(sel, fn) {
    const element = await this.wd.findElement(By.css(sel));
    await this.wd.switchTo().frame(element);
    try {
      return await fn(new SeleniumDriver(this.session));
    } finally {
      await this.wd.switchTo().parentFrame();
    }
  }

  async newTab(sel, fn) {
    const here = await this.wd.getWindowHandle();
    const before = await this.wd.getAllWindowHandles();
    await this.click(sel);
    const tab = await until(async () => {
      const added = (await this.wd.getAllWindowHandles()).filter((h) => !before.includes(h));
      if (added.length !== 1) throw new Error(`${added.length} new tabs`);
      return added[0];
    }, `${sel} opens a tab`);
    await this.wd.switchTo().window(tab);
    try {
      await until(async () => {
        if ((await this.eval(() => document.readyState)) !== 'complete') throw new Error('still loading');
      }, 'the new tab loads');
      return await fn(new SeleniumDriver(this.session));
    } finally {
      await this.wd.close();
      await this.wd.switchTo().window(here);
    }
  }

  /** The same session with the app origin's storage emptied: nothing kept from before. */
  async fresh(url) {
    await this.goto('/?embed=1'); // a page of the app's origin that never writes storage
    await this.eval(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await this.goto(url);
    return this;
  }

  async initScript(fn) {
    if (!this.session.bidi) throw new Error(`initScript: ${this.engine} has no WebDriver BiDi here`);
    const response = await this.session.bidi.send({
      method: 'script.addPreloadScript',
      params: { functionDeclaration: String(fn) },
    });
    this.session.preloads.push(response.result.script);
  }

  allow(origin) {
    this.session.allowed.push(origin);
  }

  note(text) {
    this.session.notes.push(text);
  }

  skip(reason) {
    throw new Skip(reason);
  }
}
