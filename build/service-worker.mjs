// The service worker of the release build: Workbox 7's generateSW, with its precache list made
// from the files the build wrote (never by hand: trunk hashes the names).
//
//   import { writeServiceWorker } from './service-worker.mjs';
//   await writeServiceWorker(dir);   // writes <dir>/sw.js
//
// What the worker does, and why:
//   * precaches every file of the build except the worker itself, the precompressed .br/.gz
//     copies (the browser asks for the plain name; the host picks the encoding) and the
//     single-file edition (the whole app again, about as many bytes as the rest together: a
//     download for archiving, not something every reader's browser should fetch twice), the
//     social cards, fallback pictures and oEmbed responses (for crawlers and CMSes). Workbox
//     skips .wasm, .svg, .webmanifest and files over 2 MiB by default: the globs name them;
//   * content-hashed names (`-<16 hex>`) are their own revision; the rest (index.html, theme.js,
//     the manifest, the icons) carry Workbox's revision hash, so a new build never serves an
//     old copy under an unchanged name;
//   * a version never mixes with another: each worker answers only from the entries of its own
//     build (Workbox keys them by revision), a new worker waits until the reader asks for it
//     (`skipWaiting: false`; the page posts {type: 'SKIP_WAITING'}), and once it takes over
//     it deletes the entries of the old build (`cleanupOutdatedCaches` also removes caches of
//     older Workbox versions);
//   * every query parameter is ignored when matching the precache, so a share link
//     (`./?v=1&capex=200`, `./?embed=1`) opens offline from the cached index.html;
//   * the runtime is inlined (`inlineWorkboxRuntime`): one file, `sw.js`, no importScripts.
// Scope is the directory of sw.js, so the build works under any sub-path.
import { generateSW } from 'workbox-build';
import { join } from 'node:path';
import { SINGLE_FILE } from './single-file.mjs';

export const WORKER = 'sw.js';

/** The options generateSW gets for a build in `dir`: exported for the tests. */
export function workboxOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: ['**/*.{html,js,css,wasm,svg,png,webmanifest,txt,json}'],
    // The pictures and oEmbed responses are for crawlers, CMSes and feeds, not for a reader's
    // visit: not precached.
    globIgnores: [WORKER, SINGLE_FILE, '**/*.br', '**/*.gz', 'card-*.png', 'fallback-*.png', 'oembed-*.json'],
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    dontCacheBustURLsMatching: /-[0-9a-f]{12,16}(?:_bg)?\.[a-z0-9]+$/,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cacheId: 'capex-calculator',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    swDest: join(dir, WORKER),
  };
}

/** Writes `<dir>/sw.js`; returns how many files it precaches and their bytes. */
export async function writeServiceWorker(dir) {
  const { count, size, warnings } = await generateSW(workboxOptions(dir));
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { name: WORKER, count, size };
}
