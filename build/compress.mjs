#!/usr/bin/env node
// Precompress a build directory: writes `<file>.br` (brotli, quality 11) and
// `<file>.gz` (gzip, level 9) beside every compressible file, recursively.
//
//   node build/compress.mjs dist
//
// Idempotent: existing .br/.gz files are never compressed again, and a
// compressed file is only rewritten when its source is newer or its content
// differs, so running it twice gives the same tree.
import { readdir, readFile, writeFile, stat, utimes } from 'node:fs/promises';
import { join, extname, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.txt', '.json', '.map', '.xml', '.webmanifest']);

export function brotli(buf) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
    },
  });
}

export function gzip(buf) {
  return gzipSync(buf, { level: 9 });
}

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (entry.isFile()) yield p;
  }
}

// Write `data` unless the file already holds it. An unchanged file whose
// mtime is older than its source is touched, because serve.mjs ignores
// precompressed files older than their source (stale after a rebuild).
async function writeIfChanged(path, data, srcMtime) {
  try {
    const old = await readFile(path);
    if (old.equals(data)) {
      const st = await stat(path);
      if (st.mtime < srcMtime) await utimes(path, new Date(), new Date());
      return false;
    }
  } catch { /* missing: write it */ }
  await writeFile(path, data);
  return true;
}

export async function compressDir(dir, { log = console.log } = {}) {
  const st = await stat(dir).catch(() => null);
  if (!st || !st.isDirectory()) throw new Error(`compress: ${dir} is not a directory`);
  let files = 0, written = 0;
  for await (const file of walk(dir)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    const src = await readFile(file);
    const { mtime } = await stat(file);
    files++;
    const br = brotli(src);
    const gz = gzip(src);
    if (await writeIfChanged(file + '.br', br, mtime)) written++;
    if (await writeIfChanged(file + '.gz', gz, mtime)) written++;
    log(`${relative(dir, file).padEnd(48)} ${String(src.length).padStart(9)}  gz ${String(gz.length).padStart(8)}  br ${String(br.length).padStart(8)}`);
  }
  log(`compress: ${files} file(s) in ${dir}, ${written} compressed file(s) written`);
  return { files, written };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node build/compress.mjs <dir>');
    process.exit(2);
  }
  compressDir(dir).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
