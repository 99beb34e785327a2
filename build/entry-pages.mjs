// Each language's own entry page, so that a link shared in Italian or Chinese is a page whose
// HTML speaks that language before any script runs (crawlers, chat apps and CMSes run none):
// `index.html` (English, and the page for a reader whose language is not known), `it.html`,
// `zh.html`. Made from the finished index.html and `entry.json`, which build/entry.rs writes
// from the same texts, model and embed code as the page. Each page gets:
//   * its `lang`, `<title>` and description;
//   * Open Graph and Twitter tags: the social card of its language (card-e<N>-<lang>.png,
//     drawn by build/pictures.rs) with its text alternative;
//   * hreflang alternates for all three, and x-default for index.html;
//   * where no script runs, the picture of the article's scenario with its finding as text;
//   * its web app manifest (the name in its language) and oEmbed discovery: a static oEmbed
//     response per language (oembed-<lang>.json) whose html is the embed dialog's code.
// Addresses are absolute with SITE_URL set (build/entry.rs), else relative.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runExample } from './examples.mjs';

/** The entry pages, English first. */
export const ENTRY_PAGES = ['index.html', 'it.html', 'zh.html'];

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The head tags a page of `entry` adds after its description. */
export function headTags(page, entry) {
  const meta = (property, content) => `<meta property="${property}" content="${attr(content)}">`;
  const others = entry.pages.filter((p) => p !== page);
  return [
    meta('og:type', 'website'),
    meta('og:title', page.title),
    meta('og:description', page.description),
    meta('og:url', page.href),
    meta('og:image', page.card.url),
    meta('og:image:width', page.card.width),
    meta('og:image:height', page.card.height),
    meta('og:image:alt', page.alt),
    meta('og:locale', page.og_locale),
    ...others.map((p) => meta('og:locale:alternate', p.og_locale)),
    '<meta name="twitter:card" content="summary_large_image">',
    ...entry.pages.map((p) => `<link rel="alternate" hreflang="${p.locale}" href="${attr(p.href)}">`),
    `<link rel="alternate" hreflang="x-default" href="${attr(entry.pages[0].href)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${attr(page.oembed.url)}" title="${attr(page.oembed.response.title)}">`,
  ].join('');
}

/** `html` (the English index.html as trunk and the post-build step left it, or as this step
 *  wrote it: its own tags are replaced, not added twice) for `page`. */
export function pageHtml(html, page, entry) {
  html = html.replace(/<meta property="og:[^>]*>|<meta name="twitter:[^>]*>|<link rel="alternate"[^>]*>/g, '');
  const swap = (re, to, what) => {
    if (!re.test(html)) throw new Error(`entry pages: no ${what} in index.html`);
    html = html.replace(re, () => to);
  };
  swap(/<html\b[^>]*>/i, `<html lang="${page.locale}">`, '<html>');
  swap(/<title>[^<]*<\/title>/i, `<title>${text(page.title)}</title>`, '<title>');
  swap(/<meta\b[^>]*name=["']?description["']?[^>]*>/i, `<meta name="description" content="${attr(page.description)}">${headTags(page, entry)}`, 'meta description');
  swap(/<link\b[^>]*rel=["']?manifest["']?[^>]*>/i, `<link rel="manifest" href="${attr(page.manifest.file)}">`, 'manifest link');
  // Where no script runs: the article's scenario as a picture, with its finding as text.
  const f = page.fallback;
  swap(
    /<noscript>[\s\S]*?<\/noscript>/i,
    `<noscript><p>${text(page.no_script)}</p><img src="${attr(f.file)}" width="${f.width / 2}" height="${f.height / 2}" alt="${attr(page.alt)}"></noscript>`,
    '<noscript>',
  );
  return html;
}

/** Writes the entry pages, their manifests and oEmbed responses into `dir`, from its index.html. */
export async function writeEntryPages(dir, log = console.log) {
  // The social cards and fallback pictures of every edition and language (build/pictures.rs:
  // resvg, natively; release-built, as drawing in a debug build takes seconds a picture).
  runExample('pictures', [dir], { release: true });
  await rm(join(dir, 'pictures.json'), { force: true });
  runExample('entry', [dir]);
  const entry = JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8'));
  await rm(join(dir, 'entry.json'));
  const index = await readFile(join(dir, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.webmanifest'), 'utf8'));
  for (const page of entry.pages) {
    await writeFile(join(dir, page.file), pageHtml(index, page, entry));
    const { file, start_url, ...named } = page.manifest;
    await writeFile(join(dir, file), JSON.stringify({ ...manifest, ...named, id: start_url, start_url }, null, 2));
    await writeFile(join(dir, page.oembed.file), JSON.stringify(page.oembed.response));
  }
  log(`entry pages: ${entry.pages.map((p) => p.file).join(', ')}, with their manifests and oEmbed responses${entry.site ? ` at ${entry.site}` : ' (relative addresses: no SITE_URL)'}`);
}
