/*
 * embed.js: automatic height, and a small API for web teams, for the "ByteDance's 2026 AI
 * budget: what if?" calculator iframe.
 *
 * Usage, on the page that embeds the calculator (copy it from the calculator's "Embed" dialog):
 *
 *   <iframe src="https://<host>/?embed=1&id=capex" title="ByteDance's 2026 AI budget: what if?"
 *           width="100%" height="900" loading="lazy" data-capex-calculator></iframe>
 *   <script src="https://<host>/embed.js" async></script>
 *
 * (Give the iframe `border: 0` in your own stylesheet if you like.) The `id` parameter is
 * optional: it names the iframe in the messages (default "capex-calculator"). `host=<origin>`
 * in the iframe's URL (the embed dialog writes it when you give your site's address) makes
 * the calculator listen to that origin only.
 *
 * 1. Height. The calculator posts its content height to its parent whenever it changes, as
 *    {type: "capex-calculator:height", id: "<id>", height: <px>}. This script sets the height
 *    of the iframe that sent it, so the reader never sees a scrollbar inside the iframe.
 *
 * 2. Driving it from the article (scrollytelling, live numbers in the text):
 *
 *      var calc = CapexCalculator.get('#my-calculator');   // an <iframe> or a CSS selector
 *      calc.on('ready', function (info) { ... });          // {id, version, edition}
 *      calc.set({chip: 27000, currency: 'eur'});           // any input of the link contract,
 *                                                          // a preset, the currency, the language
 *      calc.reset();                                       // back to the article's figures
 *      calc.on('results', function (r) { ... });           // {scenario, results, currency, lang,
 *                                                          //  edition}
 *                                                          // on every change (subscribes)
 *      calc.on('error', function (e) { ... });             // {errors: [{field, reason, message}],
 *                                                          //  request}: what a set could not apply
 *
 *    Values use the names and base units of the page's `data-value` contract (README.md lists the inputs, tests/README.md the results). What
 *    `set` sends before the calculator is ready waits until it is.
 *
 * It only acts on a message that
 *   - has exactly one of our shapes (type "capex-calculator:..."; a finite number height),
 *   - comes from the contentWindow of an <iframe data-capex-calculator> on this page,
 *   - comes from the origin of that iframe's src,
 * and it sends messages to that origin only, never to "*". The height is clamped to
 * 100..20000 px. Nothing from a message is ever used as HTML, as a selector or as a URL. No
 * dependencies, no inline script, no eval: it works under a strict Content-Security-Policy
 * (allow this file's origin in script-src and frame-src). Including it twice is harmless.
 * Several calculators on one page are fine: each is its own.
 *
 * The calculator may have reported before this script ran (it loads async): on start, and
 * whenever a calculator iframe (re)loads, the script asks each one for its height
 * ({type: "capex-calculator:request-height"}) and whether it is ready
 * ({type: "capex-calculator:hello"}).
 */
(function () {
  'use strict';

  var PREFIX = 'capex-calculator:';
  var HEIGHT = PREFIX + 'height';
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

  function frames() {
    return document.querySelectorAll('iframe[data-capex-calculator]');
  }

  function findFrame(source) {
    if (!source) return null;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === source) return all[i];
    }
    return null;
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

  // Sends a message to one calculator, at the origin of its src only. False if it cannot yet.
  function send(iframe, message) {
    var origin = srcOrigin(iframe);
    if (!origin || !iframe.contentWindow || showsOtherOrigin(iframe, origin)) return false;
    try {
      iframe.contentWindow.postMessage(message, origin);
      return true;
    } catch (e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- the API

  // Each calculator iframe's state: whether it said it is ready, what waits for that, and the
  // handlers registered with `on`.
  function stateOf(iframe) {
    if (!iframe.__capexCalculator) {
      iframe.__capexCalculator = { ready: null, waiting: [], subscribed: false, handlers: { ready: [], results: [], error: [] } };
    }
    return iframe.__capexCalculator;
  }

  // Sends now if the calculator is ready, else when it is.
  function whenReady(iframe, message) {
    var state = stateOf(iframe);
    if (state.ready) send(iframe, message);
    else state.waiting.push(message);
  }

  function call(handlers, value) {
    for (var i = 0; i < handlers.length; i++) {
      try {
        handlers[i](value);
      } catch (e) {
        if (window.console) window.console.error(e);
      }
    }
  }

  // A plain copy of what a web team passes to `set`: numbers and texts, nothing that cannot
  // cross to another window.
  function plain(values) {
    return JSON.parse(JSON.stringify(values || {}));
  }

  function Controller(iframe) {
    this.iframe = iframe;
  }
  Controller.prototype.set = function (values) {
    whenReady(this.iframe, { type: PREFIX + 'set', values: plain(values) });
    return this;
  };
  Controller.prototype.reset = function () {
    whenReady(this.iframe, { type: PREFIX + 'reset' });
    return this;
  };
  Controller.prototype.on = function (event, fn) {
    var state = stateOf(this.iframe);
    if (typeof fn !== 'function' || !state.handlers[event]) return this;
    state.handlers[event].push(fn);
    if (event === 'ready' && state.ready) fn(state.ready);
    if (event === 'results' && !state.subscribed) {
      state.subscribed = true;
      whenReady(this.iframe, { type: PREFIX + 'subscribe' });
    }
    return this;
  };

  function get(target) {
    var iframe = typeof target === 'string' ? document.querySelector(target) : target;
    if (!iframe || iframe.tagName !== 'IFRAME') throw new Error('CapexCalculator.get: not an iframe: ' + String(target));
    if (!iframe.hasAttribute('data-capex-calculator')) iframe.setAttribute('data-capex-calculator', '');
    return new Controller(iframe);
  }

  try {
    Object.defineProperty(window, 'CapexCalculator', { value: Object.freeze({ get: get }), enumerable: true });
  } catch (e) {
    window.CapexCalculator = { get: get };
  }

  // ---------------------------------------------------------------- messages from calculators

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var type;
    try {
      type = data.type;
    } catch (e) {
      return;
    }
    if (typeof type !== 'string' || type.indexOf(PREFIX) !== 0) return;

    var iframe = findFrame(event.source);
    if (!iframe) return;
    if (!event.origin || event.origin !== srcOrigin(iframe)) return;

    var state = stateOf(iframe);
    if (type === HEIGHT) {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      var px = Math.ceil(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
      if (iframe.getAttribute('scrolling') !== 'no') iframe.setAttribute('scrolling', 'no');
      iframe.style.overflow = 'hidden';
      // No border, set here rather than in the code the newsroom pastes: an inline style
      // attribute is refused under a host page's strict style-src.
      iframe.style.border = '0';
      if (iframe.style.height !== px + 'px') iframe.style.height = px + 'px';
    } else if (type === PREFIX + 'ready') {
      var first = !state.ready;
      // edition: the figures' edition the frame shows (a number), as its link pinned it.
      state.ready = { id: String(data.id), version: String(data.version), edition: data.edition };
      var waiting = state.waiting;
      state.waiting = [];
      for (var i = 0; i < waiting.length; i++) send(iframe, waiting[i]);
      if (first) call(state.handlers.ready, state.ready);
    } else if (type === PREFIX + 'results') {
      call(state.handlers.results, { scenario: data.scenario, results: data.results, currency: data.currency, lang: data.lang, edition: data.edition });
    } else if (type === PREFIX + 'error') {
      call(state.handlers.error, { errors: data.errors, request: data.request });
    }
  }

  // Ask one calculator for its height and whether it is ready, in case it said so before we
  // listened. A frame that (re)loads starts over: not ready, its subscription to renew.
  function greet(iframe) {
    send(iframe, { type: PREFIX + 'request-height' });
    send(iframe, { type: PREFIX + 'hello' });
  }

  function greetAll() {
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      var iframe = all[i];
      if (!iframe.__capexCalculatorLoad) {
        iframe.__capexCalculatorLoad = true;
        iframe.addEventListener(
          'load',
          function (event) {
            var state = stateOf(event.target);
            state.ready = null;
            if (state.subscribed) state.waiting.push({ type: PREFIX + 'subscribe' });
            greet(event.target);
          },
          false,
        );
      }
      greet(iframe);
    }
  }

  window.addEventListener('message', onMessage, false);
  greetAll();
  // Iframes later in the page than this script.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', greetAll, false);
  }
})();
