// Runs before first paint, as a plain blocking script in <head> (no inline script: works under
// a strict Content-Security-Policy):
//   * sets the page's colour scheme from the link's ?theme=light|dark|auto, so an embedded
//     calculator is never a white box on a dark page, and the scheme it resolves to;
//   * picks the build the page runs (build/postbuild.mjs): the frame's for `embed=1` (an
//     article's frame: a host page's messages, its height), else the standalone one (sharing),
//     and starts loading its glue and wasm at once;
//   * starts loading the texts of the language the page will speak (`lang-<code>.json`; the
//     wasm carries none), so they arrive while the wasm downloads rather than after it. The
//     choice mirrors the page's own (src/browser/mod.rs): the link's `lang`, else the entry
//     page's (it.html), else the one kept
//     from the last visit (not in an article's frame), else the first of the browser's
//     languages the page speaks, else English. Were it to guess wrong, the page loads the
//     right table itself; nothing depends on this but speed. Not from disk: the single-file
//     edition carries its tables.
(function () {
  var params;
  try {
    params = new URLSearchParams(window.location.search);
  } catch (e) {
    return;
  }
  var theme = params.get('theme') || 'auto';
  if (theme !== 'light' && theme !== 'dark') theme = 'auto';
  var root = document.documentElement;
  root.setAttribute('data-theme', theme);
  // The scheme the page shows, resolved, for what the page draws without its stylesheet (the
  // chart files, the picture): the link's theme, else the system's, followed as it changes.
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
  var scheme = function () {
    root.setAttribute('data-scheme', theme === 'auto' ? (dark && dark.matches ? 'dark' : 'light') : theme);
  };
  scheme();
  if (dark && dark.addEventListener) dark.addEventListener('change', scheme);

  var preload = function (href, as, type) {
    var link = document.createElement('link');
    link.rel = as ? 'preload' : 'modulepreload';
    if (as) {
      link.as = as;
      link.crossOrigin = 'anonymous';
      if (type) link.type = type;
    }
    link.href = href;
    document.head.appendChild(link);
  };
  // The link's last `embed` wins, as the page reads it (src/model/share_link/read.rs).
  var embed = params.getAll('embed').pop();
  var build = embed === '1' || embed === 'true' ? 'frame' : 'page';
  root.setAttribute('data-build', build);
  var builds = document.querySelector('meta[name="capex-calculator:builds"]');
  try {
    var files = builds && JSON.parse(builds.content)[build];
    if (files) {
      preload(files[0]);
      preload(files[1], 'fetch', 'application/wasm');
    }
  } catch (e) {}

  // The single-file edition, opened from disk, carries its tables and fetches nothing.
  if (!/^https?:$/.test(location.protocol)) return;
  var spoken = function (tag) {
    var parts = String(tag || '').toLowerCase().split(/[-_]/);
    if (parts[0] === 'en' || parts[0] === 'it') return parts[0];
    var traditional = parts.slice(1).some(function (p) { return /^(hant|tw|hk|mo)$/.test(p); });
    if (parts[0] === 'zh' && !traditional) return 'zh';
    return null;
  };
  var lang = spoken(params.getAll('lang').pop());
  // A language's own page (it.html, zh.html: build/entry-pages.mjs).
  var entry = /\/(it|zh)\.html$/.exec(location.pathname);
  if (!lang && entry) lang = entry[1];
  if (!lang && build !== 'frame') {
    try {
      lang = spoken(new URLSearchParams(localStorage.getItem('capex-calculator:v1') || '').get('lang'));
    } catch (e) {}
  }
  var wanted = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < wanted.length; i++) lang = spoken(wanted[i]);
  lang = lang || 'en';
  preload('lang-' + lang + '.json', 'fetch');
  if (/explore\.html$/.test(location.pathname)) preload('explore-lang-' + lang + '.json', 'fetch');
})();
