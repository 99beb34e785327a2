#!/usr/bin/env node
// trunk's post_build hook (Trunk.toml): finishes a build in trunk's staging directory, before
// trunk moves it to dist/. Also runs on `trunk serve`.
//
//   1. Minifies wasm-bindgen's JS glue with esbuild (trunk copies it as written): 6.1 to
//      4.8 KB brotli, measured.
//   2. Writes the language tables the page loads when a reader needs Italian or Chinese
//      (`lang-it.json`, `lang-zh.json`) with `cargo run --example texts`, a native build of the
//      same tables the wasm's English comes from (src/ui/text/).
//
// Reads TRUNK_STAGING_DIR (or a directory given as the first argument, to run it by hand).
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('postbuild: no TRUNK_STAGING_DIR and no directory given');
  process.exit(2);
}

/** The glue wasm-bindgen wrote for the app: `capex-calculator-<hash>.js`. */
async function glueFiles() {
  return (await readdir(dir)).filter((name) => /^capex-calculator-[0-9a-f]{16}\.js$/.test(name));
}

async function minifyGlue() {
  for (const name of await glueFiles()) {
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020' });
    await writeFile(path, code);
    console.log(`postbuild: ${name} minified, ${source.length} -> ${code.length} B`);
  }
}

/** The language tables, from a native build: without the wasm-only settings trunk.sh sets. */
function writeLanguageTables() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('CARGO_UNSTABLE_') || key === 'CARGO_TARGET_DIR' || key === 'RUSTC_BOOTSTRAP') delete env[key];
  }
  const run = spawnSync('cargo', ['run', '--quiet', '--example', 'texts', '--', dir], { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`postbuild: cargo run --example texts failed (${run.status})`);
}

await minifyGlue();
writeLanguageTables();
