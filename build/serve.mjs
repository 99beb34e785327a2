#!/usr/bin/env node
// How to serve the release build: a dependency-free static server.
//
//   npm run build                          # trunk build --release + precompress (.br/.gz)
//   node build/serve.mjs dist 4173   # or: npm run serve:dist
//   open http://127.0.0.1:4173/
//
// What any production host should do with `dist/`, and what this server does:
//   * Content negotiation: if the browser sends `Accept-Encoding: br` (or gzip) and
//     `<file>.br` (or `.gz`) exists beside the file, send it with `Content-Encoding`.
//     Every compressible response carries `Vary: Accept-Encoding` so caches keep them apart.
//   * Correct MIME types, above all `application/wasm` for the `*_bg.wasm` file:
//     `WebAssembly.instantiateStreaming` refuses anything else.
//   * Caching: trunk puts a content hash in asset names (`name-<16 hex>.js`,
//     `name-<16 hex>_bg.wasm`, `style-<16 hex>.css`). Those never change, so they get
//     `Cache-Control: public, max-age=31536000, immutable`. `index.html` and every
//     unhashed file (favicon.svg, robots.txt) get `no-cache` (revalidate by ETag) so
//     a new release is picked up at once.
//     The service worker (`sw.js`) is unhashed too: `no-cache`, so the browser's check for a
//     new version always reaches the server.
//   * Security headers on HTML pages: the page's own Content-Security-Policy (from its
//     <meta http-equiv>) plus `frame-ancestors *`, which only a header can carry, so any site
//     may embed the calculator (build/csp.mjs); `Referrer-Policy: no-referrer`. Never
//     `X-Frame-Options`: it would stop the embeds.
//   * `Access-Control-Allow-Origin: *` on every asset (not the pages): a frame sandboxed
//     without allow-same-origin (as WordPress frames a discovered oEmbed) has an opaque origin,
//     so its module script, wasm and language tables are cross-origin requests. GitHub Pages
//     and most CDNs send it already.
//   * `.webmanifest` as `application/manifest+json`.
//   * A directory asked for without its trailing slash is redirected to it (the page's
//     relative paths and the worker's scope need it).
//   * Only files under the served directory; `..`, encoded or not, gives 404.
//
//   node build/serve.mjs dist 4175 --prefix /tools/capex/
//
// serves dist/ under a sub-path (http://127.0.0.1:4175/tools/capex/), as a site that hosts the
// calculator beside its articles would; anything outside the prefix is 404.
//
// Port 0 picks a free port; the first line printed is `listening http://127.0.0.1:<port>/`.
// It binds to 127.0.0.1 only: it is a local preview and test server.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { resolve, join, extname, sep, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { headerPolicy } from './csp.mjs';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.br': 'application/octet-stream',
  '.gz': 'application/gzip',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.txt', '.json', '.map', '.xml', '.webmanifest']);

// trunk's content hash: `-` + lowercase hex digits before the extension (or before
// `_bg.wasm`). Example: capex-calculator-3f9c0a1b2c3d4e5f_bg.wasm. It is 64 bits written
// without leading zeros: 16 digits, 15 one build in 16; fewer than 12 one in 2^16.
export const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.[a-z0-9]+$/;

export function cacheControl(file) {
  const name = basename(file);
  if (extname(name) === '.html' || !HASHED.test(name)) return 'no-cache';
  return 'public, max-age=31536000, immutable';
}

// Parse `Accept-Encoding` into { br, gzip } acceptability, honouring q=0.
export function acceptedEncodings(header = '') {
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(token, weight);
  }
  const ok = (enc) => (q.has(enc) ? q.get(enc) > 0 : q.has('*') && q.get('*') > 0);
  return { br: ok('br'), gzip: ok('gzip') };
}

async function fileStat(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

// Map a URL path to a file inside root, or null if it is outside or malformed.
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  // Dotfiles (.git, .env, ...) are never served.
  if (segments.some((s) => s.startsWith('.') && s.length > 0)) return null;
  const full = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

/** `/tools/capex/` from `tools/capex`, `/tools/capex`, `/tools/capex/`; `/` for none. */
export function normalPrefix(prefix = '/') {
  const trimmed = String(prefix).replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

// The header form of each page's policy, read once per version of the file.
const policies = new Map();
async function pagePolicy(file, mtimeMs) {
  const known = policies.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.policy;
  const policy = headerPolicy(await readFile(file, 'utf8'));
  policies.set(file, { mtimeMs, policy });
  return policy;
}

export function createStaticServer(dir, { log = false, prefix = '/' } = {}) {
  const root = resolve(dir);
  const base = normalPrefix(prefix);

  return createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      }
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname + '/' === base) return send(301, 'Moved Permanently\n', { Location: base + url.search });
      if (!url.pathname.startsWith(base)) return send(404, 'Not Found\n');
      const path = url.pathname.slice(base.length - 1);
      let file = resolveInside(root, path);
      if (!file) return send(404, 'Not Found\n');
      if (path.endsWith('/')) file = join(file, 'index.html');
      let st = await fileStat(file);
      if (!st && (await fileStat(join(file, 'index.html')))) {
        // A directory without its trailing slash: relative paths inside need it.
        return send(301, 'Moved Permanently\n', { Location: url.pathname + '/' + url.search });
      }
      if (!st) return send(404, 'Not Found\n');

      const ext = extname(file).toLowerCase();
      const headers = {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'Cache-Control': cacheControl(file),
        'X-Content-Type-Options': 'nosniff',
      };
      // The assets are public: a frame sandboxed without allow-same-origin (WordPress's) has
      // an opaque origin, and fetches the page's module, wasm and tables with CORS.
      if (ext !== '.html') headers['Access-Control-Allow-Origin'] = '*';
      if (ext === '.html') {
        const policy = await pagePolicy(file, st.mtimeMs);
        if (policy) headers['Content-Security-Policy'] = policy;
        headers['Referrer-Policy'] = 'no-referrer';
      }

      let body = file;
      let bodyStat = st;
      if (COMPRESSIBLE.has(ext)) {
        headers['Vary'] = 'Accept-Encoding';
        const accept = acceptedEncodings(req.headers['accept-encoding']);
        for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
          if (!accept[enc]) continue;
          const cst = await fileStat(file + suffix);
          // Ignore a stale precompressed file older than its source.
          if (cst && cst.mtimeMs >= st.mtimeMs) {
            body = file + suffix;
            bodyStat = cst;
            headers['Content-Encoding'] = enc;
            break;
          }
        }
      }

      const etag = `"${bodyStat.size.toString(16)}-${Math.floor(bodyStat.mtimeMs).toString(16)}${headers['Content-Encoding'] ? '-' + headers['Content-Encoding'] : ''}"`;
      headers['ETag'] = etag;
      headers['Last-Modified'] = new Date(st.mtimeMs).toUTCString();
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').map((s) => s.trim()).includes(etag)) {
        res.writeHead(304, headers);
        return res.end();
      }
      headers['Content-Length'] = bodyStat.size;
      res.writeHead(200, headers);
      if (log) console.log(`${req.method} ${url.pathname} 200 ${headers['Content-Encoding'] || 'identity'}`);
      if (req.method === 'HEAD') return res.end();
      createReadStream(body).on('error', () => res.destroy()).pipe(res);
    } catch (err) {
      if (!res.headersSent) send(500, 'Internal Server Error\n');
      else res.destroy();
      console.error(err);
    }
  });
}

export function serve(dir, port = 4173, host = '127.0.0.1', options = {}) {
  const server = createStaticServer(dir, options);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values, positionals } = parseArgs({ options: { prefix: { type: 'string', default: '/' } }, allowPositionals: true });
  const [dir = 'dist', portArg = '4173'] = positionals;
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node build/serve.mjs <dir> <port> [--prefix /sub/path/]');
    process.exit(2);
  }
  const prefix = normalPrefix(values.prefix);
  const index = await fileStat(join(resolve(dir), 'index.html'));
  if (!index) console.error(`warning: ${join(dir, 'index.html')} does not exist (run \`npm run build\` first)`);
  try {
    const server = await serve(dir, port, '127.0.0.1', { prefix });
    const { port: actual } = server.address();
    console.log(`listening http://127.0.0.1:${actual}${prefix} (serving ${resolve(dir)})`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  }
}
