#!/usr/bin/env node
// Lighthouse 12 on the served release build: performance, accessibility, best practices and SEO.
//
//   npm run build && npm run lighthouse     # prints the four scores of the page in English,
//                                           # Italian and Chinese; writes target/lighthouse.json
//
// Serves dist/ with build/serve.mjs (brotli, the headers a host should send, the CSP
// header among them) on a free port of 127.0.0.1, and audits it with Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium; headless, no sandbox) as Lighthouse's default mobile
// run with simulated throttling. Lighthouse 12 has no PWA category: tests/e2e/offline.spec.mjs
// checks installability (manifest, icons, worker) instead. Lighthouse 12.2.3 exactly: 13
// needs Node 22.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../build/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const server = await serve(`${ROOT}dist`, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});
let status = 0;
// The page in each of its languages: the labels, text alternatives and contrast are audited in
// each (the performance figures of the three differ only by the table each loads).
const PAGES = ['', '?lang=it', '?lang=zh'];
try {
  const runs = [];
  for (const query of PAGES) {
    const page = url + query;
    const { lhr } = await lighthouse(page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m].displayValue]));
    console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${page}`);
    for (const c of CATEGORIES) console.log(`${lhr.categories[c].title.padEnd(16)} ${String(scores[c]).padStart(3)}`);
    console.log(METRICS.map((m) => `${lhr.audits[m].title}: ${metrics[m]}`).join('; '));
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary');
    for (const a of failing) console.log(`  not passed: ${a.id} (${a.title})`);
    runs.push({ url: page, scores, metrics, lighthouse: lhr.lighthouseVersion });
  }
  await mkdir(`${ROOT}target`, { recursive: true });
  await writeFile(`${ROOT}target/lighthouse.json`, JSON.stringify(runs, null, 2));
} catch (err) {
  console.error(`lighthouse: ${err.stack || err.message}`);
  status = 1;
} finally {
  chrome.kill();
  server.close();
  server.closeAllConnections();
}
process.exit(status);
