#!/usr/bin/env node
// The Content-Security-Policy of the built pages: strict, and computed from the build itself.
//
//   node build/csp.mjs dist/index.html   # prints the header a host should send
//
// trunk 0.21 always writes its loader as an inline <script type="module">, and the loader names
// the content-hashed glue and wasm, so it changes with every build: the policy allows it by its
// SHA-256 (`'sha256-…'`), computed after the build (build/postbuild.mjs), never by
// 'unsafe-inline'. Everything else comes from the page's own origin ('self'); WebAssembly needs
// 'wasm-unsafe-eval' (Chrome 97, Firefox 102, Safari 16), never 'unsafe-eval'.
//
// The policy goes into a <meta http-equiv> right after <meta charset>, so a plain static host
// enforces it too. A meta policy cannot carry `frame-ancestors` (nor report-to or sandbox): the
// header form, `headerPolicy()`, is the page's own policy plus `frame-ancestors *`, which keeps
// embedding by any site possible even where a host adds a stricter default.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** `'sha256-<base64>'` of a script's or style's text, exactly as it stands between its tags. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The attributes of a tag's attribute text (quoted, unquoted or bare, as minified HTML has them). */
export function parseAttrs(src) {
  const attrs = {};
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  let m;
  while ((m = re.exec(src))) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

const withoutComments = (html) => html.replace(/<!--[\s\S]*?-->/g, '');

/** The text of every inline <script> (one without `src`; not a JSON data block, which is
 *  never run), in document order. */
export function inlineScripts(html) {
  return [...withoutComments(html).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => parseAttrs(m[1]).src === undefined && !/json/i.test(parseAttrs(m[1]).type || ''))
    .map((m) => m[2]);
}

/** The text of every <style> element. */
export function inlineStyles(html) {
  return [...withoutComments(html).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
}

/**
 * The policy for a page of the build, served over http(s): its inline scripts and styles by
 * hash, everything else from its own origin. `origin` is the site's public origin where the
 * build knows it (SITE_URL): it stands beside 'self', because in a frame sandboxed without
 * `allow-same-origin` (WordPress's oEmbed frame) the document's origin is opaque and WebKit
 * matches 'self' to nothing there, so the page could load none of its own files. `local` is
 * the single-file edition, opened from disk (origin `null`): it loads nothing at all, so only
 * hashes and its data: icon.
 */
export function policyFor(html, { local = false, origin = null } = {}) {
  const scripts = [...new Set(inlineScripts(html).map(hashSource))];
  const styles = [...new Set(inlineStyles(html).map(hashSource))];
  const self = local ? [] : ["'self'", ...(origin ? [origin] : [])];
  const list = (...sources) => (sources.length ? sources.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(...self, ...scripts, "'wasm-unsafe-eval'")}`,
    `style-src ${list(...self, ...styles)}`,
    // blob: for the picture download, drawn from an SVG the page holds (static/picture.js).
    `img-src ${local ? 'data:' : list(...self, 'blob:')}`,
    // The glue fetches the wasm; the worker precaches the build.
    `connect-src ${list(...self)}`,
    ...(local ? [] : ["manifest-src 'self'", "worker-src 'self'"]),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/** The policy in a page's <meta http-equiv>, or null. */
export function metaPolicy(html) {
  const m = withoutComments(html).match(META);
  return m ? parseAttrs(m[0].slice(5)).content ?? null : null;
}

/** What a host sends as the `Content-Security-Policy` header: the meta policy and frame-ancestors. */
export function headerPolicy(html) {
  const policy = metaPolicy(html);
  return policy ? `${policy}; frame-ancestors *` : null;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with `policy` in a <meta http-equiv> right after <meta charset> (before any script
 * or style it governs), replacing a policy already there: running the build's last step twice
 * gives the same page.
 */
export function withPolicy(html, policy) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(policy)}">`;
  const rest = html.replace(META, '');
  const charset = /<meta\b[^>]*\bcharset\s*=[^>]*>/i.exec(rest);
  if (!charset) throw new Error('csp: the page has no <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return rest.slice(0, at) + tag + rest.slice(at);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const file = process.argv[2] || 'dist/index.html';
  const policy = headerPolicy(await readFile(file, 'utf8'));
  if (!policy) {
    console.error(`csp: ${file} has no Content-Security-Policy meta tag (a trunk serve build?)`);
    process.exit(1);
  }
  console.log(`Content-Security-Policy: ${policy}`);
}
