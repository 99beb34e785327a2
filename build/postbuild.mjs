#!/usr/bin/env node
// trunk's post_build hook (Trunk.toml): finishes a build in trunk's staging directory, before
// trunk moves it to dist/. Also runs on `trunk serve`. build/build.sh runs four builds; this
// step finishes each and, in the last (the standalone page, index.html), takes the others in:
//
//   1. Minifies wasm-bindgen's JS glue with esbuild (trunk copies it as written): 6.1 to
//      4.8 KB brotli, measured; and theme.js, the other script of the first view.
//   2. Writes the language tables the page loads before it speaks a language (the wasm carries
//      none): `lang-en.json`, `lang-it.json`, `lang-zh.json` and their later parts, with
//      `cargo run --example texts`, a native build of the same tables (src/text/).
//   3. The explore page's build (TRUNK_BUILD_HTML_OUTPUT=explore.html) writes its own tables
//      (`explore-lang-it.json`). The standalone build takes that page in from
//      target/explore-dist: explore.html, its glue and wasm and its tables; the page's trunk
//      loader becomes one that shows the reader why its code could not load, as index.html's.
//   4. The frame's build (TRUNK_BUILD_HTML_OUTPUT=frame.html, features `frame` only) is the
//      first view for an article's frame. The standalone build takes its glue and wasm in from
//      target/frame-dist, and index.html loads the one its address asks for
//      (`withBuildChooser`): static/theme.js picks `frame` for `embed=1` and preloads its files.
//   5. The engine's worker (build/engine.sh, target/engine-dist) is taken in as it is.
//   6. Bundles the service worker's registration, static/offline.js with workbox-window, into
//      offline.js (esbuild); the page loads it after its own load (src/browser/offline.rs).
//   7. Release builds only (`finishRelease`, also run by the tests on a copy of a build):
//      a. the Content-Security-Policy meta tag, with the SHA-256 of the inline loader
//         (build/csp.mjs), and the meta tag that names the service worker for the page,
//         in index.html and explore.html;
//      b. the single-file edition, capex-calculator-offline.html (build/single-file.mjs);
//      c. the service worker, sw.js, precaching the files above (build/service-worker.mjs):
//         last, so that its list and revisions are those of the finished files.
//   A `trunk serve` build gets none of 4 and 7: it is one build with both features; trunk adds
//   its live-reload script to index.html and rewrites it on every request (no hash can hold),
//   and a worker would serve stale files between reloads. Its page registers no worker, as it
//   finds no meta tag naming one.
//
// Reads TRUNK_STAGING_DIR (or a directory given as the first argument, to run it by hand:
// `node build/postbuild.mjs dist` finishes dist/ again and gives the same files).
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transform } from 'esbuild';
import { policyFor, withPolicy } from './csp.mjs';
import { writeSingleFile } from './single-file.mjs';
import { writeServiceWorker, WORKER } from './service-worker.mjs';
import { BUILDS_META, inlineModules, loaderAssets, pageBuilds, reportingLoader } from './builds.mjs';
import { ENTRY_PAGES, writeEntryPages } from './entry-pages.mjs';
import { runExample } from './examples.mjs';

const EXPLORE_PAGE = 'explore.html';
const EXPLORE_DIST = 'target/explore-dist';
const FRAME_PAGE = 'frame.html';
const FRAME_DIST = 'target/frame-dist';
const ENGINE_DIST = 'target/engine-dist';
const ENGINE_FILES = ['engine.js', 'engine_bg.wasm', 'engine_loader.js'];

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

/**
 * Short names for the wasm's imports, their module and its exports (binaryen's
 * `--minify-imports-and-exports-and-modules`), and the same names in its glue. wasm-bindgen
 * names each import after its function and a 16-digit hash (`__wbg_createElement_de4a31ed…`),
 * twice per import (the wasm and the glue): measured on the first view, 2.3 KB brotli of the
 * wasm and more of the glue that compress no further. Run on the glue as wasm-bindgen wrote it
 * (`import0 = { NAME: function…`, `wasm.NAME`), before esbuild minifies it. Throws if a name of
 * the mapping is not in the glue, so a change in wasm-bindgen's output cannot pass unnoticed.
 * The same last pass drops the `producers` and `target_features` sections, which no browser
 * reads (the toolchain's versions and the features the wasm was built with): 182 B brotli.
 */
export async function minifyNames(dir, glue) {
  const wasm = join(dir, glue.replace(/\.js$/, '_bg.wasm'));
  if (!existsSync(wasm)) return null;
  const run = spawnSync('wasm-opt', [wasm, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', '-o', wasm], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`postbuild: wasm-opt --minify-imports-and-exports-and-modules failed: ${run.stderr}`);
  const mapping = JSON.parse(run.stdout);
  let source = await readFile(join(dir, glue), 'utf8');
  const swap = (from, to, what) => {
    if (!from.test(source)) throw new Error(`postbuild: ${what} not found in ${glue}`);
    source = source.replace(from, () => to);
  };
  const word = (name) => name.replace(/[$]/g, '\\$&');
  const modules = new Map();
  for (const [module, name, short] of mapping.imports) {
    swap(new RegExp(`(?<=^\\s*)${word(name)}(?=: )`, 'm'), short, `import ${name}`);
    modules.set(module, null);
  }
  // binaryen names the modules `a`, `b`, ... in the order it meets them.
  const minified = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasm)));
  for (const module of modules.keys()) {
    const short = minified.find((i) => mapping.imports.some(([m, , s]) => m === module && s === i.name))?.module;
    swap(new RegExp(`${JSON.stringify(module).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=: import)`, 'g'), JSON.stringify(short), `module ${module}`);
  }
  for (const [name, short] of mapping.exports) {
    if (!source.includes(`wasm.${name}`)) continue; // exports the glue never calls (main)
    source = source.replace(new RegExp(`\\bwasm\\.${word(name)}\\b`, 'g'), () => `wasm.${short}`);
  }
  await writeFile(join(dir, glue), source);
  return mapping.imports.length;
}

async function minifyGlue(dir) {
  for (const name of await glueFiles(dir)) {
    if (name !== 'theme.js') {
      const renamed = await minifyNames(dir, name);
      if (renamed) console.log(`postbuild: ${name} and its wasm: ${renamed} imports and the exports renamed short`);
    }
    const { source, code } = await minifyScript(join(dir, name), name === 'theme.js' ? 'iife' : 'esm');
    console.log(`postbuild: ${name} minified, ${source.length} -> ${code.length} B`);
  }
}

/** The language tables, from a native build of the same tables. */
function writeLanguageTables(dir, exploring) {
  runExample('texts', exploring ? [dir, '--explore'] : [dir], { features: exploring ? ['explore'] : [] });
}

/** The explore page and what it loads, from its own build, beside the first view. */
async function takeInExplorePage(dir) {
  const from = EXPLORE_DIST;
  if (!existsSync(join(from, EXPLORE_PAGE))) {
    console.warn(`postbuild: no ${from}/${EXPLORE_PAGE}: build it first (build/build.sh)`);
    return;
  }
  // The page, its own glue and wasm (their names carry their content's hash), its tables.
  const ours = (name) =>
    name === EXPLORE_PAGE || /^capex-calculator-[0-9a-f]{12,16}(_bg\.wasm|\.js)$/.test(name) || /^explore-lang-[a-z]+\.json$/.test(name);
  await takeIn(from, dir, ours);
  // trunk's loader replaced by one that tells the reader why, if its code cannot load.
  const page = join(dir, EXPLORE_PAGE);
  const html = await readFile(page, 'utf8');
  const loader = inlineModules(html).find((m) => loaderAssets(m[1]));
  if (!loader) throw new Error(`postbuild: no trunk loader in ${EXPLORE_PAGE}`);
  const [glue, wasm] = loaderAssets(loader[1]).map((file) => JSON.stringify(file));
  await writeFile(page, html.replace(loader[0], `<script type=module>${reportingLoader(glue, wasm)}</script>`));
}

async function takeIn(from, dir, ours) {
  const staged = new Set(await readdir(dir));
  const taken = (await readdir(from)).filter((name) => ours(name) && !staged.has(name));
  for (const name of taken) await copyFile(join(from, name), join(dir, name));
  console.log(`postbuild: took in ${taken.join(', ') || 'nothing new'} from ${from}`);
}

/** The engine's worker, from its own build. */
async function takeInEngine(dir) {
  if (!ENGINE_FILES.every((name) => existsSync(join(ENGINE_DIST, name)))) {
    console.warn(`postbuild: no engine in ${ENGINE_DIST}: build it first (build/engine.sh)`);
    return;
  }
  await takeIn(ENGINE_DIST, dir, (name) => ENGINE_FILES.includes(name));
}

/**
 * index.html loading the build its address asks for: the frame's glue and wasm taken in from
 * its build, a tag naming both builds' files, and trunk's loader and preloads replaced by a
 * loader that imports the build static/theme.js chose (and preloaded). Returns the new HTML,
 * or null with no frame build to take in.
 */
async function withBuildChooser(dir, html) {
  const framePage = join(FRAME_DIST, FRAME_PAGE);
  if (!existsSync(framePage)) {
    console.warn(`postbuild: no ${framePage}: build it first (build/build.sh); every reader gets the standalone build`);
    return null;
  }
  const frame = pageBuilds(await readFile(framePage, 'utf8')).page;
  const loader = inlineModules(html).find((m) => loaderAssets(m[1]));
  if (!frame || !loader) throw new Error('postbuild: no trunk loader in index.html or frame.html');
  const page = loaderAssets(loader[1]);
  await takeIn(FRAME_DIST, dir, (name) => frame.some((f) => f.replace(/^\.\//, '') === name));
  const builds = JSON.stringify({ page, frame });
  const choose =
    `const b=JSON.parse(document.querySelector('meta[name="${BUILDS_META}"]').content)` +
    `[document.documentElement.dataset.build==="frame"?"frame":"page"];` +
    reportingLoader('b[0]', 'b[1]');
  let out = html.replace(loader[0], `<script type=module>${choose}</script>`);
  // trunk's preloads name the standalone build: theme.js preloads the chosen one instead.
  const escaped = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const file of page) out = out.replace(new RegExp(`<link\\b[^>]*href=["']?${escaped(file)}["']?[^>]*>`, 'g'), '');
  // Before theme.js, which reads it.
  const theme = /<script\b[^>]*src=["']?(?:\.\/)?theme\.js["']?[^>]*>/i.exec(out);
  if (!theme) throw new Error('postbuild: no theme.js script in index.html');
  out = out.slice(0, theme.index) + `<meta name=${BUILDS_META} content='${builds}'>` + out.slice(theme.index);
  console.log(`postbuild: index.html loads the frame build (${frame[1]}) for embed=1, else ${page[1]}`);
  return out;
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

/** Step 5a on one page of the build; returns its finished HTML. `origin`: the site's, if known. */
async function finishPage(path, origin) {
  // trunk 0.21 leaves `data-integrity=none` on the stylesheet's tag: the attribute means nothing
  // in the page.
  let html = withWorkerMeta((await readFile(path, 'utf8')).replace(/\s?data-integrity=["']?none["']?/g, ''));
  html = withPolicy(html, policyFor(html, { origin }));
  await writeFile(path, html);
  return html;
}

/** Steps 5a-5c on a build directory whose index.html (and explore.html) trunk has written; the
 *  site's public address from SITE_URL, if set. */
export async function finishRelease(dir, log = console.log, site = process.env.SITE_URL) {
  const origin = site ? new URL(site).origin : null;
  const html = await finishPage(join(dir, 'index.html'), origin);
  const others = [...ENTRY_PAGES.filter((page) => page !== 'index.html'), EXPLORE_PAGE].filter((page) => existsSync(join(dir, page)));
  for (const page of others) await finishPage(join(dir, page), origin);
  log(`postbuild: index.html, ${others.join(', ')} carry their Content-Security-Policy and name sw.js`);

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
  const output = process.env.TRUNK_BUILD_HTML_OUTPUT;
  const exploring = output === EXPLORE_PAGE;
  const framing = output === FRAME_PAGE;
  try {
    // The engine's own build is finished as trunk wrote it.
    if (/engine\.html$/.test(process.env.TRUNK_HTML_FILE || '')) process.exit(0);
    await minifyGlue(dir);
    if (framing) process.exit(0);
    writeLanguageTables(dir, exploring);
    if (!exploring) await bundleRegistration(dir);
    const page = join(dir, exploring ? EXPLORE_PAGE : 'index.html');
    const serving = isServeBuild(await readFile(page, 'utf8'));
    // The explore page is finished with the first view's build, once taken in.
    if (!exploring) {
      await takeInExplorePage(dir);
      await takeInEngine(dir);
    }
    if (serving) {
      console.log('postbuild: trunk serve build: one build for every reader, no policy, worker or single-file edition');
    } else if (!exploring) {
      const chooser = await withBuildChooser(dir, await readFile(page, 'utf8'));
      if (chooser) await writeFile(page, chooser);
      await writeEntryPages(dir);
      await finishRelease(dir);
    }
  } catch (err) {
    console.error(`postbuild: ${err.stack || err.message}`);
    process.exit(1);
  }
}
