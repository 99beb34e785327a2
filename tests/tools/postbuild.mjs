#!/usr/bin/env node
// trunk's post_build hook (Trunk.toml): finishes a build in trunk's staging directory, before
// trunk moves it to dist/. Also runs on `trunk serve`.
//
//   1. Minifies wasm-bindgen's JS glue with esbuild (trunk copies it as written): 6.1 to
//      4.8 KB brotli, measured; and theme.js, the other script of the first view.
//   2. Writes the language tables the page loads before it speaks a language (the wasm carries
//      none): `lang-en.json`, `lang-it.json`, `lang-zh.json`, with `cargo run --example texts`,
//      a native build of the same tables (src/ui/text/).
//   3. The explore page's build (TRUNK_BUILD_HTML_OUTPUT=explore.html, tests/tools/build.sh)
//      writes its own tables (`explore-lang-it.json`, with its texts). The first view's build
//      then takes that page in from target/explore-dist: explore.html, its glue and wasm and
//      its tables (the engine's worker is the same build in both, so it is there already).
//   4. Bundles the service worker's registration, static/offline.js with workbox-window, into
//      offline.js (esbuild); the page loads it after its own load (src/browser/offline.rs).
//   5. Release builds only (`finishRelease`, also run by the tests on a copy of a build):
//      a. the Content-Security-Policy meta tag, with the SHA-256 of trunk's inline loader
//         (tests/tools/csp.mjs), and the meta tag that names the service worker for the page,
//         in index.html and explore.html;
//      b. the single-file edition, capex-calculator-offline.html (tests/tools/single-file.mjs);
//      c. the service worker, sw.js, precaching the files above (tests/tools/service-worker.mjs):
//         last, so that its list and revisions are those of the finished files.
//   A `trunk serve` build gets none of 5: trunk adds its live-reload script to index.html and
//   rewrites it on every request (no hash can hold), and a worker would serve stale files
//   between reloads. Its page registers no worker, as it finds no meta tag naming one.
//
// Reads TRUNK_STAGING_DIR (or a directory given as the first argument, to run it by hand:
// `node tests/tools/postbuild.mjs dist` finishes dist/ again and gives the same files).
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transform } from 'esbuild';
import { policyFor, withPolicy } from './csp.mjs';
import { writeSingleFile } from './single-file.mjs';
import { writeServiceWorker, WORKER } from './service-worker.mjs';

const EXPLORE_PAGE = 'explore.html';
const EXPLORE_DIST = 'target/explore-dist';

/** The glue wasm-bindgen wrote for the app (`capex-calculator-<hash>.js`), and theme.js: the
 *  scripts of the first view, whose comments are for this repository, not for readers. */
async function glueFiles(dir) {
  return (await readdir(dir)).filter((name) => /^capex-calculator-[0-9a-f]{12,16}\.js$/.test(name) || name === 'theme.js');
}

/** Minifies the script at `path` in place (an ES module, or a classic script as `iife`);
 *  returns its text before and after. Also used by the bench on the size floor's glue. */
export async function minifyScript(path, format = 'esm') {
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, { minify: true, format, target: 'es2020' });
  await writeFile(path, code);
  return { source, code };
}

async function minifyGlue(dir) {
  for (const name of await glueFiles(dir)) {
    const { source, code } = await minifyScript(join(dir, name), name === 'theme.js' ? 'iife' : 'esm');
    console.log(`postbuild: ${name} minified, ${source.length} -> ${code.length} B`);
  }
}

/** The language tables, from a native build: without the wasm-only settings trunk.sh sets. */
function writeLanguageTables(dir, exploring) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('CARGO_UNSTABLE_') || key === 'CARGO_TARGET_DIR' || key === 'RUSTC_BOOTSTRAP') delete env[key];
  }
  const args = exploring
    ? ['run', '--quiet', '--features', 'explore', '--example', 'texts', '--', dir, '--explore']
    : ['run', '--quiet', '--example', 'texts', '--', dir];
  const run = spawnSync('cargo', args, { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`postbuild: cargo run --example texts failed (${run.status})`);
}

/** The explore page and what it loads, from its own build, beside the first view. */
async function takeInExplorePage(dir) {
  const from = EXPLORE_DIST;
  if (!existsSync(join(from, EXPLORE_PAGE))) {
    console.warn(`postbuild: no ${from}/${EXPLORE_PAGE}: build it first (tests/tools/build.sh)`);
    return;
  }
  // The page, its own glue and wasm (their names carry their content's hash), its tables.
  const ours = (name) =>
    name === EXPLORE_PAGE || /^capex-calculator-[0-9a-f]{12,16}(_bg\.wasm|\.js)$/.test(name) || /^explore-lang-[a-z]+\.json$/.test(name);
  const staged = new Set(await readdir(dir));
  const taken = (await readdir(from)).filter((name) => ours(name) && !staged.has(name));
  for (const name of taken) await copyFile(join(from, name), join(dir, name));
  console.log(`postbuild: took in ${taken.join(', ')} from ${from}`);
}

/** Step 4: static/offline.js with workbox-window, one minified module. */
async function bundleRegistration(dir) {
  const { outputFiles } = await build({
    entryPoints: ['static/offline.js'],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2020',
    logLevel: 'silent',
  });
  await writeFile(join(dir, 'offline.js'), outputFiles[0].contents);
  console.log(`postbuild: offline.js (workbox-window) bundled, ${outputFiles[0].contents.length} B`);
}

/** trunk serve's live-reload script, which trunk fills in on every request. */
export const isServeBuild = (html) => html.includes('__TRUNK_WS_BASE__') || html.includes('{{__TRUNK_ADDRESS__}}');

/** The page names the worker it registers (src/browser/offline.rs reads this tag). */
export function withWorkerMeta(html, worker = WORKER) {
  if (/name\s*=\s*["']?capex-calculator:service-worker/i.test(html)) return html;
  const tag = `<meta name="capex-calculator:service-worker" content="${worker}">`;
  const end = /<\/head\s*>|<body\b/i.exec(html);
  if (!end) throw new Error('postbuild: index.html has neither </head> nor <body>');
  return html.slice(0, end.index) + tag + html.slice(end.index);
}

/** Step 5a on one page of the build; returns its finished HTML. */
async function finishPage(path) {
  let html = withWorkerMeta(await readFile(path, 'utf8'));
  html = withPolicy(html, policyFor(html));
  await writeFile(path, html);
  return html;
}

/** Steps 5a-5c on a build directory whose index.html (and explore.html) trunk has written. */
export async function finishRelease(dir, log = console.log) {
  const html = await finishPage(join(dir, 'index.html'));
  if (existsSync(join(dir, EXPLORE_PAGE))) await finishPage(join(dir, EXPLORE_PAGE));
  log('postbuild: index.html and explore.html carry their Content-Security-Policy and name sw.js');

  const single = await writeSingleFile(dir, html);
  log(`postbuild: ${single.name} written, ${single.bytes} B`);

  const worker = await writeServiceWorker(dir);
  log(`postbuild: ${worker.name} precaches ${worker.count} files, ${worker.size} B`);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
  if (!dir) {
    console.error('postbuild: no TRUNK_STAGING_DIR and no directory given');
    process.exit(2);
  }
  const exploring = process.env.TRUNK_BUILD_HTML_OUTPUT === EXPLORE_PAGE;
  try {
    await minifyGlue(dir);
    writeLanguageTables(dir, exploring);
    if (!exploring) await bundleRegistration(dir);
    const page = join(dir, exploring ? EXPLORE_PAGE : 'index.html');
    const serving = isServeBuild(await readFile(page, 'utf8'));
    // The explore page is finished with the first view's build, once taken in.
    if (!exploring) await takeInExplorePage(dir);
    if (serving) {
      console.log('postbuild: trunk serve build: no policy, worker or single-file edition');
    } else if (!exploring) {
      await finishRelease(dir);
    }
  } catch (err) {
    console.error(`postbuild: ${err.stack || err.message}`);
    process.exit(1);
  }
}
