#!/usr/bin/env node
// trunk's post_build hook (Trunk.toml): finishes a build in trunk's staging directory, before
// trunk moves it to dist/. Also runs on `trunk serve`.
//
//   1. Minifies wasm-bindgen's JS glue with esbuild (trunk copies it as written): 6.1 to
//      4.8 KB brotli, measured.
//   2. Release builds only (`finishRelease`, also run by the tests on a copy of a build):
//      a. the Content-Security-Policy meta tag, with the SHA-256 of trunk's inline loader
//         (tests/tools/csp.mjs), and the meta tag that names the service worker for the page;
//      b. the single-file edition, capex-calculator-offline.html (tests/tools/single-file.mjs);
//      c. the service worker, sw.js, precaching the files above (tests/tools/service-worker.mjs):
//         last, so that its list and revisions are those of the finished files.
//   A `trunk serve` build gets none of 2: trunk adds its live-reload script to index.html and
//   rewrites it on every request (no hash can hold), and a worker would serve stale files
//   between reloads. Its page registers no worker, as it finds no meta tag naming one.
//
// Reads TRUNK_STAGING_DIR (or a directory given as the first argument, to run it by hand:
// `node tests/tools/postbuild.mjs dist` finishes dist/ again and gives the same files).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { policyFor, withPolicy } from './csp.mjs';
import { writeSingleFile } from './single-file.mjs';
import { writeServiceWorker, WORKER } from './service-worker.mjs';

/** The glue wasm-bindgen wrote for the app: `capex-calculator-<hash>.js`. */
async function glueFiles(dir) {
  return (await readdir(dir)).filter((name) => /^capex-calculator-[0-9a-f]{16}\.js$/.test(name));
}

async function minifyGlue(dir) {
  for (const name of await glueFiles(dir)) {
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020' });
    await writeFile(path, code);
    console.log(`postbuild: ${name} minified, ${source.length} -> ${code.length} B`);
  }
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

/** Steps 2a-2c on a build directory whose index.html trunk has written. */
export async function finishRelease(dir, log = console.log) {
  const indexPath = join(dir, 'index.html');
  let html = withWorkerMeta(await readFile(indexPath, 'utf8'));
  html = withPolicy(html, policyFor(html));
  await writeFile(indexPath, html);
  log('postbuild: index.html carries its Content-Security-Policy and names sw.js');

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
  try {
    await minifyGlue(dir);
    if (isServeBuild(await readFile(join(dir, 'index.html'), 'utf8'))) {
      console.log('postbuild: trunk serve build: no policy, worker or single-file edition');
    } else {
      await finishRelease(dir);
    }
  } catch (err) {
    console.error(`postbuild: ${err.stack || err.message}`);
    process.exit(1);
  }
}
