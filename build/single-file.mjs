// The single-file edition: the release page as one self-contained HTML file that works opened
// from disk (file://) with no network, for readers on a plane and newsrooms that archive pieces.
//
//   import { writeSingleFile } from './single-file.mjs';
//   await writeSingleFile(dir, indexHtml);   // writes <dir>/capex-calculator-offline.html
//
// Made from the finished index.html of the same build, so both editions are the same page:
//   * the glue and the loader become one inline module script (esbuild bundles them): a module
//     script with `src` is refused on file:// (origin `null`), an inline one is not;
//   * the wasm travels inside it as base64 and is handed to the glue's init as bytes, so the
//     glue fetches nothing (`WebAssembly.instantiate` from bytes works on file://);
//   * the stylesheet becomes a <style>, theme.js an inline script, the favicon a data: URL;
//   * every language table (`lang-*.json`) travels as a JSON data block the page reads by id
//     (`capex-lang-en.json`; src/browser/texts.rs) instead of fetching it;
//   * no manifest, no service worker, no preloads: nothing to fetch;
//   * its own policy allows exactly these inline scripts and the style, by hash.
// The page reads share links from its own URL (`?v=1&capex=200`) as the served one does.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseAttrs, policyFor, withPolicy } from './csp.mjs';
import { BUILDS_META, pageBuilds } from './builds.mjs';

export const SINGLE_FILE = 'capex-calculator-offline.html';

const relative = (ref) => ref.replace(/^\.\//, '');

/** The glue bundled with a loader that hands it the wasm's bytes: one module, no imports. */
async function moduleScript(dir, { glue, wasm }) {
  const entry = [
    `import init from ${JSON.stringify('./' + glue)};`,
    'const bytes = Uint8Array.from(atob(__WASM_BASE64__), (c) => c.charCodeAt(0));',
    // A wasm the browser refuses (a policy without 'wasm-unsafe-eval'): its reason on the page.
    'init({ module_or_path: bytes }).catch((e) => document.body.append(e));',
  ].join('\n');
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: dir, sourcefile: 'single-file-loader.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = outputFiles[0].text.trim();
  if (!code.includes('__WASM_BASE64__')) throw new Error('single-file: the wasm placeholder did not survive bundling');
  const base64 = (await readFile(join(dir, wasm))).toString('base64');
  // Never a closing tag inside the inline script (base64 has no '<').
  return code.replace('__WASM_BASE64__', JSON.stringify(base64)).replace(/<\/(script)/gi, '<\\/$1');
}

const dataUrl = (mime, bytes) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

/**
 * The single-file page made from a finished index.html (`html`) and the files beside it in
 * `dir`. Throws if the page has a reference it cannot inline.
 */
export async function singleFileHtml(dir, html) {
  let out = html;
  let loader = null;
  // Scripts: the trunk loader becomes the bundle; a local classic script is inlined.
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = parseAttrs(m[1]);
    if (attrs.src !== undefined) {
      if (/^(?:[a-z]+:|\/\/)/i.test(attrs.src)) throw new Error(`single-file: external script ${attrs.src}`);
      const text = (await readFile(join(dir, relative(attrs.src)), 'utf8')).replace(/<\/(script)/gi, '<\\/$1');
      scripts.push([m[0], `<script>${text}</script>`]);
    } else if (attrs.type === 'module' && !loader) {
      // The loader: the standalone reader's build, bundled with its wasm.
      const [glue, wasm] = (pageBuilds(html).page ?? []).map(relative);
      if (!glue || !wasm) continue;
      loader = { glue, wasm };
      scripts.push([m[0], `<script type="module">${await moduleScript(dir, loader)}</script>`]);
    }
  }
  if (!loader) throw new Error('single-file: no trunk loader (<script type="module"> importing the glue) in the page');
  for (const [from, to] of scripts) out = out.replace(from, () => to);

  // Links: the stylesheet inline, the icon as data:, the rest (preloads, manifest) dropped.
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = parseAttrs(m[1]);
    const rel = (attrs.rel || '').toLowerCase().split(/\s+/);
    let to = '';
    if (rel.includes('stylesheet')) {
      const css = await readFile(join(dir, relative(attrs.href)), 'utf8');
      to = `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
    } else if (rel.includes('icon')) {
      const mime = attrs.type || (attrs.href.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
      to = `<link rel="icon" type="${mime}" href="${dataUrl(mime, await readFile(join(dir, relative(attrs.href))))}">`;
    }
    out = out.replace(m[0], () => to);
  }
  // The language tables, as data blocks (never executed: no policy entry needed).
  const tables = (await readdir(dir)).filter((name) => /^lang-[a-z]+(-later)?\.json$/.test(name)).sort();
  const blocks = [];
  for (const name of tables) {
    const json = (await readFile(join(dir, name), 'utf8')).replace(/<\//g, '<\\/');
    blocks.push(`<script type="application/json" id="capex-${name}">${json}</script>`);
  }
  const head = /<\/head\s*>/i.exec(out);
  if (!head) throw new Error('single-file: the page has no </head> for the language tables');
  out = out.slice(0, head.index) + blocks.join('') + out.slice(head.index);
  // The served page's worker, by name: nothing to register here.
  out = out.replace(/<meta\b[^>]*name\s*=\s*["']?capex-calculator:service-worker["']?[^>]*>/gi, '');
  // Its one build travels inline: no files to choose from.
  out = out.replace(new RegExp(`<meta\\b[^>]*name=["']?${BUILDS_META}["']?[^>]*>`, 'gi'), '');
  return withPolicy(out, policyFor(out, { local: true }));
}

/** Writes the single-file edition beside index.html; returns its name and size. */
export async function writeSingleFile(dir, html) {
  const page = await singleFileHtml(dir, html);
  await writeFile(join(dir, SINGLE_FILE), page);
  return { name: SINGLE_FILE, bytes: Buffer.byteLength(page) };
}
