// The colour scheme from the first frame: ?theme=dark|light|auto, set by theme.js before first
// paint, so an embedded calculator is never a white box on a dark page.
import assert from 'node:assert/strict';
import { luminance } from './model.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

/**
 * Records, at each animation frame until <body> exists, the theme attribute and the colours
 * that would be painted: the root's background if it has one, else the body's (CSS propagates
 * it to the canvas). The first rAF callback runs before the first paint. Needs a script that
 * runs before the page's own (`initScript`).
 */
function recordFirstFrames() {
  if (window.top !== window) return;
  const frames = [];
  window.__frames = frames;
  const step = () => {
    const html = document.documentElement;
    const body = document.body;
    frames.push({
      theme: html ? html.getAttribute('data-theme') : null,
      html: html ? getComputedStyle(html).backgroundColor : null,
      body: body ? getComputedStyle(body).backgroundColor : null,
      scheme: html ? getComputedStyle(html).colorScheme : null,
    });
    if (!body && frames.length < 60) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** The frames recorded up to the first one with <body>, and its painted luminance. */
async function firstPaintedFrame(t) {
  await t.ready();
  const frames = await t.eval(() => window.__frames);
  assert.ok(frames && frames.length > 0, 'animation frames recorded');
  const withBody = frames.find((f) => f.body !== null);
  assert.ok(withBody, 'a frame with <body> recorded');
  const painted = luminance(withBody.html) ?? luminance(withBody.body);
  return { first: frames[0], frames, painted };
}

const bodyLuminance = async (t) => luminance(await t.eval(() => getComputedStyle(document.body).backgroundColor));

/**
 * Opens `query` and returns the first painted frame, or null where the engine cannot run a
 * script before the page's own (then the scenario checks the loaded page only, and says so).
 */
async function openRecording(t, query) {
  if (t.can.initScript) await t.initScript(recordFirstFrames);
  else t.note('first frame not observable: no script can run before the page here (WebDriver BiDi preload scripts are missing); checked the theme attribute and colours once loaded');
  await t.goto('/' + query);
  if (!t.can.initScript) {
    await t.ready();
    return null;
  }
  return firstPaintedFrame(t);
}

for (const query of ['?theme=dark', '?embed=1&theme=dark']) {
  scenario(`${query}: dark from the first frame`, async (t) => {
    const seen = await openRecording(t, query);
    if (seen) {
      const { first, frames, painted } = seen;
      assert.equal(first.theme, 'dark', 'data-theme set before the first frame');
      for (const f of frames.filter((x) => x.body === null)) {
        // Before <body>: only the root can paint; it must be dark or transparent on a dark scheme.
        const l = luminance(f.html);
        if (l === null) assert.match(f.scheme, /dark/);
        else assert.ok(l < 0.2, `root luminance ${l} before <body>`);
      }
      assert.ok(painted < 0.2, `first painted background ${JSON.stringify(frames.find((f) => f.body))}`);
    }
    assert.equal(await t.attr('html', 'data-theme'), 'dark');
    const now = await bodyLuminance(t);
    assert.ok(now < 0.2, `body luminance ${now}`);
  });
}

// Under a dark system colour scheme: the runner starts these with the engine's dark setting
// (Playwright's emulation, Firefox's preference, MiniBrowser's --dark-mode) and the scenario
// first checks that the page really sees a dark system.
const dark = { colorScheme: 'dark' };

async function expectDarkSystem(t) {
  const sees = await t.eval(() => matchMedia('(prefers-color-scheme: dark)').matches);
  if (!sees) t.skip('this engine could not be put under a dark system colour scheme');
}

scenario('under a dark system scheme, theme=light: light from the first frame', async (t) => {
  const seen = await openRecording(t, '?embed=1&theme=light');
  await expectDarkSystem(t);
  if (seen) {
    assert.equal(seen.first.theme, 'light');
    assert.ok(seen.painted > 0.5, `first painted luminance ${seen.painted}`);
  }
  assert.equal(await t.attr('html', 'data-theme'), 'light');
  const now = await bodyLuminance(t);
  assert.ok(now > 0.5, `body luminance ${now}`);
}, dark);

scenario('under a dark system scheme, theme=auto follows the system: dark', async (t) => {
  const seen = await openRecording(t, '?theme=auto');
  await expectDarkSystem(t);
  if (seen) assert.ok(seen.painted < 0.2, `first painted luminance ${seen.painted}`);
  const now = await bodyLuminance(t);
  assert.ok(now < 0.2, `body luminance ${now}`);
}, dark);

export default scenarios;
