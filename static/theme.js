// Sets the page's colour scheme before first paint from the link's ?theme=light|dark|auto, so
// an embedded calculator is never a white box on a dark page. Loaded as a plain blocking
// script in <head> (no inline script: works under a strict Content-Security-Policy).
(function () {
  var theme = 'auto';
  try {
    theme = new URLSearchParams(window.location.search).get('theme') || 'auto';
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') theme = 'auto';
  document.documentElement.setAttribute('data-theme', theme);
})();
