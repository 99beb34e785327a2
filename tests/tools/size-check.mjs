#!/usr/bin/env node
// Size budget of the first view (see first-view.mjs for what counts).
//
//   node tests/tools/size-check.mjs dist      # or: npm run size
//
// Prints file, raw, gzip and brotli sizes and the first-view brotli total, for each build the
// page loads (a standalone reader's, and an article's frame's: build/postbuild.mjs).
// Exits 1 if either total is over the budget, if index.html references a file that is not in
// the directory, or if the directory has no index.html.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildsOf, firstView, formatTable } from './first-view.mjs';

/**
 * First-view budget: brotli-compressed bytes of HTML + JS + wasm + CSS + icon + language table.
 * The whole budget, for every capability the page has or will have: a capability that does not
 * fit makes room or loads later. Never raise it (it was 100,000 B until the room made for the
 * social cards, print and the editions).
 */
export const FIRST_VIEW_BROTLI_BUDGET_BYTES = 95_000;

const READERS = { page: 'a standalone reader', frame: "an article's frame (embed=1)" };

const n = (v) => v.toLocaleString('en-US');

export async function sizeCheck(dir) {
  let builds;
  try {
    builds = Object.keys(await buildsOf(dir));
  } catch (err) {
    if (err.code === 'ENOENT') {
      console.error(`size-check: ${join(dir, 'index.html')} not found. Run \`npm run build\` first.`);
      return 1;
    }
    throw err;
  }
  let status = 0;
  for (const build of builds.length ? builds : ['page']) {
    const { files, total, missing } = await firstView(dir, { build });
    console.log(`First view for ${READERS[build] ?? build}, in ${dir}/ (gzip -9 and brotli 11 computed in-process):\n`);
    console.log(formatTable(files, total));
    console.log('');
    if (missing.length) {
      console.error(`FAIL: index.html references file(s) missing from ${dir}/: ${missing.join(', ')}`);
      status = 1;
    }
    if (!files.some((f) => f.file.endsWith('.wasm'))) {
      console.error(`FAIL: no *_bg.wasm in ${dir}/ for ${build}: is this a trunk build?`);
      status = 1;
    }
    const pct = ((total.brotli / FIRST_VIEW_BROTLI_BUDGET_BYTES) * 100).toFixed(1);
    if (total.brotli > FIRST_VIEW_BROTLI_BUDGET_BYTES) {
      console.error(
        `FAIL: first-view brotli total ${n(total.brotli)} B exceeds the budget of ${n(FIRST_VIEW_BROTLI_BUDGET_BYTES)} B ` +
          `(${pct}%, ${n(total.brotli - FIRST_VIEW_BROTLI_BUDGET_BYTES)} B over).\n`,
      );
      status = 1;
    } else {
      console.log(
        `OK: first-view brotli total ${n(total.brotli)} B of the ${n(FIRST_VIEW_BROTLI_BUDGET_BYTES)} B budget ` +
          `(${pct}%): ${n(FIRST_VIEW_BROTLI_BUDGET_BYTES - total.brotli)} B left.\n`,
      );
    }
  }
  return status;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const dir = process.argv[2] || 'dist';
  sizeCheck(dir).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`size-check: ${err.stack || err.message}`);
      process.exit(1);
    },
  );
}
