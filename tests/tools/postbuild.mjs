#!/usr/bin/env node
// trunk's post_build hook (Trunk.toml): finishes a build in trunk's staging directory, before
// trunk moves it to dist/. Also runs on `trunk serve`.
//
//   1. Minifies wasm-bindgen's JS glue with esbuild (trunk copies it as written): 6.1 to
//      4.8 KB brotli, measured; and theme.js, the other script of the first view.
//   2. Writes the language tables the page loads when a reader needs Italian or Chinese
//      (`lang-it.json`, `lang-zh.json`) with `cargo run --example texts`, a native build of the
//      same tables the wasm's English comes from (src/ui/text/).
//   3. The explore page's build (TRUNK_BUILD_HTML_OUTPUT=explore.html, tests/tools/build.sh)
//      writes its own tables (`explore-lang-it.json`, with its texts). The first view's build
//      then takes that page in from target/explore-dist: explore.html, the files it loads and
//      its tables (the engine's worker is the same build in both, so it is there already).
//
// Reads TRUNK_STAGING_DIR (or a directory given as the first argument, to run it by hand).
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('postbuild: no TRUNK_STAGING_DIR and no directory given');
  process.exit(2);
}

/** The glue wasm-bindgen wrote for the app (`capex-calculator-<hash>.js`), and theme.js: the
 *  scripts of the first view, whose comments are for this repository, not for readers. */
async function glueFiles() {
  return (await readdir(dir)).filter((name) => /^capex-calculator-[0-9a-f]{16}\.js$/.test(name) || name === 'theme.js');
}

async function minifyGlue() {
  for (const name of await glueFiles()) {
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const format = name === 'theme.js' ? 'iife' : 'esm';
    const { code } = await transform(source, { minify: true, format, target: 'es2020' });
    await writeFile(path, code);
    console.log(`postbuild: ${name} minified, ${source.length} -> ${code.length} B`);
  }
}

const EXPLORE_PAGE = 'explore.html';
const EXPLORE_DIST = 'target/explore-dist';
const exploring = process.env.TRUNK_BUILD_HTML_OUTPUT === EXPLORE_PAGE;

/** The language tables, from a native build: without the wasm-only settings trunk.sh sets. */
function writeLanguageTables() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('CARGO_UNSTABLE_') || key === 'CARGO_TARGET_DIR' || key === 'RUSTC_BOOTSTRAP') delete env[key];
  }
  const args = exploring
    ? ['run', '--quiet', '--features', 'explore', '--example', 'texts', '--', dir, 'explore-']
    : ['run', '--quiet', '--example', 'texts', '--', dir];
  const run = spawnSync('cargo', args, { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`postbuild: cargo run --example texts failed (${run.status})`);
}

/** The explore page and what it loads, from its own build, beside the first view. */
async function takeInExplorePage() {
  const from = EXPLORE_DIST;
  if (!existsSync(join(from, EXPLORE_PAGE))) {
    console.warn(`postbuild: no ${from}/${EXPLORE_PAGE}: build it first (tests/tools/build.sh)`);
    return;
  }
  // The page, its own glue and wasm (their names carry their content's hash), its tables.
  const ours = (name) =>
    name === EXPLORE_PAGE || /^capex-calculator-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(name) || /^explore-lang-[a-z]+\.json$/.test(name);
  const staged = new Set(await readdir(dir));
  const taken = (await readdir(from)).filter((name) => ours(name) && !staged.has(name));
  for (const name of taken) await copyFile(join(from, name), join(dir, name));
  console.log(`postbuild: took in ${taken.join(', ')} from ${from}`);
}

await minifyGlue();
writeLanguageTables();
if (!exploring) await takeInExplorePage();
