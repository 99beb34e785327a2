// The builds a page of the release loads, as its HTML names them: trunk's loader (Trunk.toml's
// pattern_script) in a page of one build, or the tag build/postbuild.mjs writes in index.html,
// which can load the standalone reader's build (`page`) or an article's frame's (`frame`).
//
//   import { pageBuilds } from './builds.mjs';
//   pageBuilds(html)   // { page: ['./capex-calculator-<hash>.js', './…_bg.wasm'], frame: [...] }

/** The meta tag that names each build's glue and wasm (static/theme.js, the loader, the tools). */
export const BUILDS_META = 'capex-calculator:builds';

/** The glue and wasm a loader names (trunk's, Trunk.toml's pattern_script, or `reportingLoader`'s
 *  with literal names), or null. */
export function loaderAssets(script) {
  const glue = /(?:from\s*|import\()["'`]([^"'`]+\.js)["'`]/.exec(script)?.[1];
  const wasm = /module_or_path\s*:\s*["'`]([^"'`]+\.wasm)["'`]/.exec(script)?.[1];
  return glue && wasm ? [glue, wasm] : null;
}

/**
 * A module script's code that loads a glue and hands it its wasm, both given as JavaScript
 * expressions. A glue or wasm that cannot load (the network gone between the page and its
 * files, a policy that refuses them) leaves the reader the browser's reason on the page rather
 * than an empty box, and no unhandled rejection (Firefox reports one for the import of a page
 * the reader is leaving).
 */
export const reportingLoader = (glue, wasm) =>
  `import(${glue}).then(m=>m.default({module_or_path:${wasm}})).catch(e=>document.body.append(e))`;

export const inlineModules = (html) => [...html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)];

/** Each build's [glue, wasm] as a page names them: from its builds tag, else its loader. */
export function pageBuilds(html) {
  const meta = new RegExp(`<meta\\b[^>]*name=["']?${BUILDS_META}["']?[^>]*>`, 'i').exec(html);
  if (meta) {
    const content = /content='([^']*)'/.exec(meta[0])?.[1];
    return JSON.parse(content);
  }
  for (const m of inlineModules(html)) {
    const assets = loaderAssets(m[1]);
    if (assets) return { page: assets };
  }
  return {};
}
