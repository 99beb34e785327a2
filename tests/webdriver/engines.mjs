// How the WebDriver suite starts each engine, from Debian's and crates.io's builds only:
//   firefox  Debian's firefox-esr, headless, driven by geckodriver (cargo install geckodriver)
//   webkit   Debian's WebKitGTK MiniBrowser (the engine of Safari), driven by WebKitWebDriver
//            (webkit2gtk-driver) on a virtual X display (Xvfb): MiniBrowser has no headless mode
// Each path can be overridden by the environment (FIREFOX_BIN, GECKODRIVER, WEBKIT_DRIVER,
// MINIBROWSER, XVFB). Sessions are made with selenium-webdriver's generic WebDriver over the
// driver we started, never its per-browser builders: those call Selenium Manager, which
// downloads drivers and browsers. SE_MANAGER_PATH points nowhere so that any such call fails
// at once instead of reaching the network.
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import webdriver from 'selenium-webdriver';
import http from 'selenium-webdriver/http/index.js';
import { start, stop } from './processes.mjs';

process.env.SE_MANAGER_PATH = '/nonexistent/selenium-manager-is-not-used';
process.env.SE_OFFLINE = 'true';

const { WebDriver, Capabilities } = webdriver;

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

export const PATHS = {
  firefox: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
  geckodriver: process.env.GECKODRIVER || onPath('geckodriver') || join(homedir(), '.cargo/bin/geckodriver'),
  webkitDriver: process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: process.env.XVFB || '/usr/bin/Xvfb',
};

/** The same window size in every engine (Playwright's default viewport is 1280 x 720). */
const WINDOW = { width: 1280, height: 800 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls the driver's /status until it answers, or fails with the driver's own output. */
async function waitForDriver(url, child, name) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${child.log}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not answer on ${url} within 20 s: ${child.log}`);
}

/** A virtual X display for MiniBrowser: Xvfb picks a free display number and tells us (fd 3). */
async function startXvfb() {
  const child = start(PATHS.xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { extraStdio: ['pipe'] });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within 10 s: ${child.log}`)), 10_000);
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', () => reject(new Error(`Xvfb exited: ${child.log}`)));
  });
  return { child, display };
}

/**
 * What each engine needs: `check()` lists what is missing, `service()` starts its driver and
 * returns { url, stop }, `capabilities({ colorScheme })` the new-session request, `bidi`
 * whether the driver speaks WebDriver BiDi (script preloads and log events).
 */
export const ENGINES = {
  firefox: {
    bidi: true,
    check: () => [PATHS.firefox, PATHS.geckodriver].filter((p) => !existsSync(p)),
    async service() {
      const [port, wsPort] = [await freePort(), await freePort()];
      const child = start(PATHS.geckodriver, ['--port', String(port), '--websocket-port', String(wsPort), '--log', 'warn']);
      const url = `http://127.0.0.1:${port}`;
      await waitForDriver(url, child, 'geckodriver');
      return { url, stop: () => stop(child), log: () => child.log };
    },
    capabilities({ colorScheme } = {}) {
      const prefs = {
        // No first-run pages, updates or telemetry: nothing but the test's own requests.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      };
      if (colorScheme === 'dark') {
        // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
        prefs['layout.css.prefers-color-scheme.content-override'] = 0;
        prefs['ui.systemUsesDarkTheme'] = 1;
      }
      return {
        browserName: 'firefox',
        webSocketUrl: true,
        'moz:firefoxOptions': {
          binary: PATHS.firefox,
          args: ['-headless', `--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
          prefs,
        },
      };
    },
  },
  webkit: {
    bidi: false,
    check: () => [PATHS.webkitDriver, PATHS.miniBrowser, PATHS.xvfb].filter((p) => !existsSync(p)),
    async service() {
      const xvfb = await startXvfb();
      const port = await freePort();
      const child = start(PATHS.webkitDriver, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display } });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForDriver(url, child, 'WebKitWebDriver');
      } catch (e) {
        await stop(child);
        await stop(xvfb.child);
        throw e;
      }
      return {
        url,
        async stop() {
          await stop(child);
          await stop(xvfb.child);
        },
        log: () => child.log,
      };
    },
    capabilities({ colorScheme } = {}) {
      return {
        'webkitgtk:browserOptions': {
          binary: PATHS.miniBrowser,
          args: ['--automation', ...(colorScheme === 'dark' ? ['--dark-mode'] : [])],
        },
      };
    },
  },
};

/**
 * A new session of `engine` on its running driver `service`: { engine, driver, bidi, problems,
 * requests, preloads, notes, allowed (origins a scenario allows), quit }. With BiDi, console errors, uncaught exceptions and failed
 * responses from any frame land in `problems`, and every request URL in `requests`.
 */
export async function newSession(engine, service, options = {}) {
  const spec = ENGINES[engine];
  const executor = new http.Executor(new http.HttpClient(service.url));
  const driver = await WebDriver.createSession(executor, new Capabilities(spec.capabilities(options)));
  const session = { engine, driver, bidi: null, problems: [], requests: [], preloads: [], notes: [], allowed: [] };
  await driver.manage().window().setRect(WINDOW);
  if (spec.bidi) {
    const bidi = await driver.getBidi();
    await bidi.subscribe(['log.entryAdded', 'network.beforeRequestSent', 'network.responseCompleted']);
    const socket = await bidi.socket;
    socket.on('message', (raw) => {
      const { method, params } = JSON.parse(raw.toString());
      if (method === 'log.entryAdded' && params.level === 'error') {
        session.problems.push(`${params.type === 'javascript' ? 'uncaught' : 'console.error'}: ${params.text}`);
      } else if (method === 'network.beforeRequestSent') {
        session.requests.push(params.request.url);
      } else if (method === 'network.responseCompleted' && params.response.status >= 400) {
        session.problems.push(`HTTP ${params.response.status} ${params.request.url}`);
      }
    });
    session.bidi = bidi;
  }
  session.quit = async () => {
    try {
      if (session.bidi) session.bidi.close();
    } catch {
      // the socket may be gone with a crashed browser
    }
    await driver.quit();
  };
  return session;
}
