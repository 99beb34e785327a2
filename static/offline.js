// Offline use, the registration (see src/browser/offline.rs): workbox-window, Workbox's own
// library for the page's side of its service worker, wired to the calculator. Bundled with
// workbox-window by build/postbuild.mjs into the build's offline.js, which the page
// loads once it has loaded, on a served page whose build names its worker in
// <meta name="capex-calculator:service-worker">.
//
// It tells the page `capex-calculator:update-ready` when a new version is ready to replace the
// running one:
//   * `waiting`: a new worker has installed while this version controls the page (also one
//     already waiting when the page opened);
//   * `controlling` from another worker than ours (`isExternal`): another tab switched to a
//     new version; this page still runs the old one, whole and working, and offers the reload.
// Only a page a worker served can be behind: one that opened without a worker came from the
// network, the newest there is. Workbox calls a worker `waiting` when it stays installed for
// 200 ms, which a first visit's worker can (Firefox keeps it there while the reader moves on to
// another page of the app), so those pages never offer the update.
// On `capex-calculator:apply-update` (the reader's click) the waiting worker takes over
// (`SKIP_WAITING`, which the generated worker listens for) and the page reloads once it
// controls the page; with none waiting, the page reloads at once. When the tab becomes visible
// again it asks for an update, for a reader who keeps it open for days.
import { Workbox } from 'workbox-window/build/workbox-window.prod.mjs';

// A frame sandboxed without allow-same-origin (WordPress's) has no service worker: reading
// `navigator.serviceWorker` there throws; the page carries on online.
const workers = (() => {
  try {
    return navigator.serviceWorker || null;
  } catch {
    return null;
  }
})();
const meta = document.querySelector('meta[name="capex-calculator:service-worker"]');
if (meta && meta.content && workers && /^https?:$/.test(location.protocol)) {
  const wb = new Workbox(meta.content);
  const served = Boolean(workers.controller);
  const ready = () => served && window.dispatchEvent(new Event('capex-calculator:update-ready'));
  wb.addEventListener('waiting', ready);
  wb.addEventListener('controlling', (event) => {
    if (event.isExternal) ready();
  });
  // Whether a worker waits is asked at the click: another tab may have switched since.
  window.addEventListener('capex-calculator:apply-update', async () => {
    const registration = await workers.getRegistration().catch(() => null);
    if (!registration || !registration.waiting) return location.reload();
    workers.addEventListener('controllerchange', () => location.reload());
    wb.messageSkipWaiting();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') wb.update().catch(() => {});
  });
  wb.register().catch(() => {});
}
