// The scrollytelling example (scrolly-demo.html): embeds the calculator, and as each step of the
// story reaches the middle of the screen, sets the step's scenario (its data-step, a JSON object
// of calculator values); every [data-live="<result>"] in the text shows that result, live.
// Uses only embed.js's documented API (CapexCalculator.get, .set, .on) and IntersectionObserver.
(function () {
  'use strict';
  var base = new URL(new URLSearchParams(location.search).get('calculator') || './', location.href);

  var iframe = document.createElement('iframe');
  iframe.src = new URL('?embed=1&id=scrolly', base).href;
  iframe.title = 'What-if calculator: ByteDance’s 2026 AI budget';
  iframe.height = '900';
  iframe.setAttribute('data-capex-calculator', '');
  document.getElementById('calculator-slot').appendChild(iframe);

  var script = document.createElement('script');
  script.src = new URL('embed.js', base).href;
  script.onload = start;
  document.head.appendChild(script);

  function show(results) {
    var fields = document.querySelectorAll('[data-live]');
    for (var i = 0; i < fields.length; i++) {
      var name = fields[i].getAttribute('data-live');
      var value = results[name];
      if (typeof value !== 'number') continue;
      fields[i].textContent =
        name === 'chips'
          ? Math.round(value).toLocaleString('en-US')
          : 'US$' + value.toLocaleString('en-US', { maximumFractionDigits: 1 }) + ' bn';
    }
  }

  function start() {
    var calc = window.CapexCalculator.get(iframe);
    calc.on('results', function (r) {
      show(r.results);
    });
    var steps = document.querySelectorAll('[data-step]');
    var current = null;
    var observer = new IntersectionObserver(
      function (entries) {
        for (var i = 0; i < entries.length; i++) {
          var step = entries[i].target;
          if (!entries[i].isIntersecting || step === current) continue;
          current = step;
          calc.set(JSON.parse(step.getAttribute('data-step')));
        }
      },
      // A step counts once it crosses the middle of the screen.
      { rootMargin: '-50% 0px -50% 0px' },
    );
    for (var i = 0; i < steps.length; i++) observer.observe(steps[i]);
  }
})();
