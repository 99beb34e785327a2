// First-view files of a build: what a reader downloads before the calculator shows results.
//
//   import { firstView } from './first-view.mjs';
//   const { files, total, missing } = await firstView('dist');
//
// Reads `<dir>/index.html` (or another entry page) and lists the HTML plus every local asset it
// references, for one of the builds the page can load (the standalone reader's or the frame's):
//   * <script src>, <link href> with rel stylesheet / modulepreload / preload / icon,
//   * module specifiers and asset paths quoted inside inline <script> blocks
//     (trunk 0.21 loads its JS glue with `import init from '/name-<hash>.js'`), or the glue
//     of the chosen build, where the page names its builds in a meta tag,
//   * local url(...) references inside first-view stylesheets,
//   * the `*_bg.wasm` of each referenced JS glue (the glue fetches it; a worker's is not counted:
//     it starts after the first view),
//   * the largest `lang-*.json`: the wasm carries no texts, a reader waits for their language's
//     table before the first render (static/theme.js starts it early), so the first view counts
//     the worst.
// External URLs (http:, https:, //host, data:) are not counted.
// Sizes (raw, gzip -9, brotli 11) are computed in-process, so no .br/.gz files are needed.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve, relative, sep, posix } from 'node:path';
import { brotli, gzip } from '../../build/compress.mjs';
import { BUILDS_META, pageBuilds } from '../../build/builds.mjs';

const LINK_RELS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon']);

function parseAttrs(src) {
  const attrs = {};
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  let m;
  while ((m = re.exec(src))) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

function isLocal(ref) {
  return ref && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);
}

// Map a reference (relative to `base`, a path inside dir) to a path relative to dir.
function toRel(ref, base = '') {
  const clean = ref.split(/[?#]/)[0];
  let p;
  try {
    p = decodeURIComponent(clean);
  } catch {
    p = clean;
  }
  const joined = p.startsWith('/') ? posix.normalize(p) : posix.normalize(posix.join('/', posix.dirname('/' + base), p));
  return joined.replace(/^\/+/, '');
}

export function referencesInHtml(html) {
  const refs = [];
  const add = (ref, kind) => {
    if (isLocal(ref)) refs.push({ ref, kind });
  };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = parseAttrs(m[1]);
    if (attrs.src) add(attrs.src, 'script');
    // Inline module: `import init, * as bindings from '/x-<hash>.js'` and `module_or_path: '/x_bg.wasm'`.
    for (const q of m[2].matchAll(/["'`]([^"'`\s]+\.(?:m?js|wasm|css))["'`]/g)) add(q[1], 'inline-script');
  }
  for (const m of withoutComments.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = parseAttrs(m[1]);
    const rels = (attrs.rel || '').toLowerCase().split(/\s+/);
    const rel = rels.find((r) => LINK_RELS.has(r));
    if (rel && attrs.href) add(attrs.href, `link:${rels.join(' ')}`);
  }
  return refs;
}

export function sizes(buf) {
  return { raw: buf.length, gzip: gzip(buf).length, brotli: brotli(buf).length };
}

async function exists(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The builds a page can load (`{ page: [glue, wasm], frame: [...] }`, build/postbuild.mjs). */
export async function buildsOf(dir = 'dist', page = 'index.html') {
  return pageBuilds(await readFile(join(resolve(dir), page), 'utf8'));
}

/**
 * The first view of `page` in `dir` for a reader of `build`: `page` (standalone) or `frame`
 * (an article's frame, `embed=1`), where the page can load either.
 */
export async function firstView(dir = 'dist', { page = 'index.html', build = 'page' } = {}) {
  const root = resolve(dir);
  const html = await readFile(join(root, page), 'utf8');

  const order = [page];
  const kinds = new Map([[page, 'html']]);
  const missing = [];
  const addFile = async (rel, kind) => {
    const full = resolve(root, rel);
    if (full !== root && !full.startsWith(root + sep)) return; // outside dir: ignore
    if (kinds.has(rel)) return;
    if (!(await exists(full))) {
      if (!missing.includes(rel)) missing.push(rel);
      return;
    }
    kinds.set(rel, kind);
    order.push(rel);
  };

  for (const { ref, kind } of referencesInHtml(html)) await addFile(toRel(ref), kind);
  // The glue of the build static/theme.js picks and preloads for this reader.
  const chosen = pageBuilds(html)[build];
  if (chosen && html.includes(BUILDS_META)) await addFile(toRel(chosen[0]), 'script');

  // The wasm the page's JS glue loads: the *_bg.wasm beside each script the page references.
  // (Workers' wasm, started later on, is not the first view.)
  for (const name of (await readdir(root)).sort()) {
    if (!name.endsWith('_bg.wasm')) continue;
    const glue = name.replace(/_bg\.wasm$/, '.js');
    if (order.includes(glue)) await addFile(name, 'wasm');
  }

  // The largest language table: the worst first view, whichever language's it is.
  let largest = null;
  for (const name of (await readdir(root)).sort()) {
    if (!/^lang-[a-z]+\.json$/.test(name)) continue;
    const { size } = await stat(join(root, name));
    if (!largest || size > largest.size) largest = { name, size };
  }
  if (largest) await addFile(largest.name, 'language');

  // Local url(...) in first-view stylesheets (fonts, background images).
  for (const rel of [...order]) {
    if (!rel.endsWith('.css')) continue;
    const css = await readFile(join(root, rel), 'utf8');
    for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
      if (isLocal(m[2])) await addFile(toRel(m[2], rel), 'css-url');
    }
  }

  const files = [];
  for (const rel of order) {
    const buf = await readFile(join(root, rel));
    files.push({ file: rel, kind: kinds.get(rel), ...sizes(buf) });
  }
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { dir: relative(process.cwd(), root) || '.', files, total, missing };
}

export function formatTable(files, total) {
  const rows = [['file', 'raw', 'gzip', 'brotli'], ...files.map((f) => [f.file, f.raw, f.gzip, f.brotli])];
  if (total) rows.push(['total (first view)', total.raw, total.gzip, total.brotli]);
  const fmt = (v) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
  const cells = rows.map((r) => r.map(fmt));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const sepLine = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(cells[0]), sepLine, ...cells.slice(1, total ? -1 : undefined).map(line)];
  if (total) out.push(sepLine, line(cells[cells.length - 1]));
  return out.join('\n');
}
