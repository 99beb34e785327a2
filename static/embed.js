/*
 * embed.js: automatic height for the "ByteDance's 2026 AI budget: what if?" calculator iframe.
 *
 * Usage, on the page that embeds the calculator (copy it from the calculator's "Embed" dialog):
 *
 *   <iframe src="https://<host>/?embed=1&id=capex" title="ByteDance's 2026 AI budget: what if?"
 *           width="100%" height="900" loading="lazy" data-capex-calculator></iframe>
 *   <script src="https://<host>/embed.js" async></script>
 *
 * (Give the iframe `border: 0` in your own stylesheet if you like.) The `id` parameter is
 * optional: it names the iframe in the messages (default "capex-calculator").
 *
 * The calculator posts its content height to its parent whenever it changes, as
 * {type: "capex-calculator:height", id: "<id>", height: <px>}. This script sets the height of
 * the iframe that sent it, so the reader never sees a scrollbar inside the iframe.
 *
 * It only acts on a message that
 *   - has exactly our shape (type "capex-calculator:height" and a finite number height),
 *   - comes from the contentWindow of an <iframe data-capex-calculator> on this page,
 *   - comes from the origin of that iframe's src.
 * The height is clamped to 100..20000 px. Nothing from a message is ever used as HTML, as a
 * selector or as a URL. No dependencies, no inline script, no eval: it works under a strict
 * Content-Security-Policy (allow this file's origin in script-src and frame-src). Including
 * it twice is harmless. Several calculators on one page are fine: each resizes on its own.
 * Without this script the iframe keeps the height given in its markup.
 *
 * The calculator may have reported before this script ran (it loads async): on start, and
 * whenever a calculator iframe (re)loads, the script asks each one for its height with
 * {type: "capex-calculator:request-height"}, sent only to the origin of the iframe's src.
 */
(function () {
  'use strict';

  var TYPE = 'capex-calculator:height';
  var REQUEST = 'capex-calculator:request-height';
  var FLAG = '__capexCalculatorEmbed';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 20000;

  if (window[FLAG]) return; // already installed on this page
  try {
    Object.defineProperty(window, FLAG, { value: true });
  } catch (e) {
    window[FLAG] = true;
  }

  // The origin of an iframe's src ('' if it has none we can read).
  function srcOrigin(iframe) {
    var src = iframe.getAttribute('src');
    if (!src) return '';
    var a = document.createElement('a');
    a.href = src; // resolved against the page's base URL
    if (a.protocol !== 'http:' && a.protocol !== 'https:') return '';
    // Drop default ports so that "https://x:443" and "https://x" compare equal, as origins do.
    var port = a.port;
    if ((a.protocol === 'http:' && port === '80') || (a.protocol === 'https:' && port === '443')) port = '';
    return a.protocol + '//' + a.hostname.toLowerCase() + (port ? ':' + port : '');
  }

  function findFrame(source) {
    if (!source) return null;
    var frames = document.querySelectorAll('iframe[data-capex-calculator]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var type, height;
    try {
      type = data.type;
      height = data.height;
    } catch (e) {
      return;
    }
    if (type !== TYPE) return;
    if (typeof height !== 'number' || !isFinite(height)) return;

    var iframe = findFrame(event.source);
    if (!iframe) return;
    if (!event.origin || event.origin !== srcOrigin(iframe)) return;

    var px = Math.ceil(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    if (iframe.getAttribute('scrolling') !== 'no') iframe.setAttribute('scrolling', 'no');
    iframe.style.overflow = 'hidden';
    if (iframe.style.height !== px + 'px') iframe.style.height = px + 'px';
  }

  // Whether the iframe shows a document of another origin than `origin`, as far as the host
  // can tell: its initial about:blank (which has the host's origin) before the calculator has
  // loaded, or a page of the host's own origin. A message for `origin` would be dropped, and
  // Firefox reports each dropped message in the host page's console. A document the host
  // cannot read is of another origin than the host's: the calculator, most likely.
  function showsOtherOrigin(iframe, origin) {
    try {
      var location = iframe.contentWindow.location;
      return location.href === 'about:blank' || location.origin !== origin;
    } catch (e) {
      return false;
    }
  }

  // Ask one calculator for its height, in case it reported before we listened.
  function request(iframe) {
    var origin = srcOrigin(iframe);
    if (!origin || !iframe.contentWindow || showsOtherOrigin(iframe, origin)) return;
    try {
      iframe.contentWindow.postMessage({ type: REQUEST }, origin);
    } catch (e) {}
  }

  function requestAll() {
    var frames = document.querySelectorAll('iframe[data-capex-calculator]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (!iframe.__capexCalculatorLoad) {
        iframe.__capexCalculatorLoad = true;
        iframe.addEventListener('load', function (event) { request(event.target); }, false);
      }
      request(iframe);
    }
  }

  window.addEventListener('message', onMessage, false);
  requestAll();
  // Iframes later in the page than this script.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', requestAll, false);
  }
})();
