// Sites the offline scenarios start for themselves, in the test process (Node), beside the
// runner's own servers: the release build on a port of its own (a fresh origin, so no worker
// from another scenario, and a server a scenario may stop to go offline), under a sub-path,
// and as a site that deploys a second version while a page is open.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../../build/serve.mjs';
import { finishRelease } from '../../build/postbuild.mjs';
import { SINGLE_FILE } from '../../build/single-file.mjs';
import { ENTRY_PAGES, writeEntryPages } from '../../build/entry-pages.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The editions test build (`make build-editions`): the release with a fixture edition 2
 *  (tests/fixtures/editions) beside edition 1. */
export const EDITIONS_DIST = fileURLToPath(new URL('../../target/editions-dist/', import.meta.url));

/** The single-file edition of the build, as a file: URL (with a query, if given). */
export const singleFileUrl = (query = '') => pathToFileURL(join(DIST, SINGLE_FILE)).href + query;

/** The text of the page's <h1> in each version (the second version changes it in its wasm). */
export const TITLE = { v1: 'what if?', v2: 'what now' };

/**
 * Serves `dir` on a free port of 127.0.0.1, under `prefix`. `url` ends with the prefix;
 * `stop()` closes the server and every open connection: the site is gone, as on a plane.
 */
export async function site(dir = DIST, { prefix = '/' } = {}) {
  const server = await serve(dir, 0, '127.0.0.1', { prefix });
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  let stopped = false;
  return {
    url,
    origin: new URL(url).origin,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
    },
  };
}

/** Copies a build without its precompressed copies (a test deploy serves the plain files). */
async function copyBuild(from, to) {
  await cp(from, to, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
}

let second = null;

/** Temporary directories of this run, removed when the process exits. */
const temporary = [];
process.once('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
async function temporaryDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/**
 * A second version of the release build, made once per run: dist/ with one visible text
 * changed in its English table (the <h1>, "what if?" to "what now"), one text changed in its
 * wasm (the sentence it shows if it cannot load its texts, the same number of bytes), the wasm
 * renamed by its new content hash, and the entry pages, the policy, the single-file edition and the
 * worker made again by the same post-build step (`finishRelease`). That is what a rebuild after
 * a change writes, without a second compile of one to two minutes.
 */
export function secondVersion() {
  second ??= (async () => {
    const dir = await temporaryDir('capex-v2-');
    await copyBuild(DIST, dir);
    // The first view's wasm, as index.html names it (the explore page has its own beside it).
    const oldWasm = /capex-calculator-[0-9a-f]{12,16}_bg\.wasm/.exec(await readFile(join(dir, 'index.html'), 'utf8'))[0];
    const wasm = await readFile(join(dir, oldWasm));
    const from = Buffer.from('Check the connection and reload the page.');
    const to = Buffer.from('Check the connection and Reload the page.');
    const at = wasm.indexOf(from);
    assert.ok(at >= 0 && wasm.indexOf(from, at + 1) < 0, 'the sentence is in the wasm once');
    to.copy(wasm, at);
    const table = join(dir, 'lang-en.json');
    const english = await readFile(table, 'utf8');
    const title = `2026 AI budget: ${TITLE.v1}`;
    assert.ok(english.includes(title), 'the title is in the English table');
    await writeFile(table, english.replaceAll(title, `2026 AI budget: ${TITLE.v2}`));
    const hash = createHash('sha256').update(wasm).digest('hex').slice(0, 16);
    const newWasm = `capex-calculator-${hash}_bg.wasm`;
    await rm(join(dir, oldWasm));
    await writeFile(join(dir, newWasm), wasm);
    for (const page of ENTRY_PAGES) {
      const path = join(dir, page);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll(oldWasm, newWasm));
    }
    await finishRelease(dir, () => {});
    return { dir, wasm: { v1: oldWasm, v2: newWasm } };
  })();
  return second;
}

/**
 * A site that starts with the release build and can deploy the second version in place, as a
 * host replaces its files: `deploy('v2')` removes every file and copies the new build in.
 */
export async function deployableSite() {
  const root = await temporaryDir('capex-site-');
  await copyBuild(DIST, root);
  const served = await site(root);
  return {
    ...served,
    async deploy() {
      const { dir } = await secondVersion();
      for (const name of await readdir(root)) await rm(join(root, name), { recursive: true });
      await copyBuild(dir, root);
    },
    async stop() {
      await served.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * The release build published at a known address, as `SITE_URL=<address> make build` makes
 * it: a copy of dist/ served on a port of its own, its entry pages, manifests and oEmbed
 * responses written again for that address (build/entry-pages.mjs) and the pages finished
 * again. For what crawlers and CMSes read: absolute addresses.
 */
export async function publishedSite() {
  const dir = await temporaryDir('capex-site-');
  await copyBuild(DIST, dir);
  const app = await site(dir);
  const before = process.env.SITE_URL;
  process.env.SITE_URL = app.url;
  try {
    await writeEntryPages(dir, () => {});
  } finally {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  }
  await finishRelease(dir, () => {}, app.url);
  return app;
}
