#!/usr/bin/env node
// Makes the installed app's icons from static/favicon.svg, once, with the Chromium the tests use:
//
//   node build/icons.mjs        # writes static/icons/*.png (checked in)
//
//   icon-192.png, icon-512.png   the favicon as drawn (rounded square, transparent corners)
//   maskable-512.png             full bleed for launchers that cut their own shape: the
//                                favicon's colour to every edge and its bars shrunk into the
//                                safe zone (the central circle of 80% of the width)
//
// The PNGs are checked in, so the build needs neither this script nor a browser. Run it again
// after changing the favicon; tests/e2e/offline.spec.mjs checks the sizes the manifest claims.
import { chromium } from '@playwright/test';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../playwright.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}static/icons/`;

const favicon = await readFile(`${ROOT}static/favicon.svg`, 'utf8');
const viewBox = /viewBox="([^"]+)"/.exec(favicon)[1].split(/\s+/).map(Number);
const [, , width] = viewBox;
const background = /<rect[^>]*fill="([^"]+)"/.exec(favicon)[1];
const inner = favicon.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

// The favicon's 16-unit square inside a 22-unit one: its bars (10 units) span 45% of the
// width, so their corners stay within the safe circle (radius 40%).
const pad = Math.round(width * 0.1875);
const side = width + 2 * pad;
const maskable =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${side} ${side}">` +
  `<rect x="${-pad}" y="${-pad}" width="${side}" height="${side}" fill="${background}"/>${inner}</svg>`;

const ICONS = [
  ['icon-192.png', favicon, 192],
  ['icon-512.png', favicon, 512],
  ['maskable-512.png', maskable, 512],
];

const browser = await chromium.launch(CHROMIUM);
try {
  await mkdir(OUT, { recursive: true });
  for (const [name, svg, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(OUT + name, png);
    console.log(`icons: static/icons/${name} ${size}x${size}, ${png.length} B`);
    await page.close();
  }
} finally {
  await browser.close();
}
