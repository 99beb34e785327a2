// What every end-to-end test needs to know about the page, with no test framework in it: the
// origins, the inputs' defaults and the model that turns inputs into results. Expected numbers
// are always computed here from the inputs, never read from the page. Shared by the Playwright
// specs (tests/e2e) and the engine-neutral scenarios (tests/scenarios) that run in every engine.

// The app (dist/, served on 127.0.0.1) and the host pages of tests/e2e/fixtures/, served by a
// second server on the same port under another host name, so they are another origin and site.
export const APP_PORT = 4173;
export const HOST_PORT = 4174;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOST = `http://localhost:${HOST_PORT}`;
// The fixtures server under its other name: a third origin, for embed.js's own tests.
export const HOST_ALT = `http://127.0.0.1:${HOST_PORT}`;

export const STORAGE_KEY = 'capex-calculator:v1';

export const DEFAULTS = {
  capex: 160,
  capex25: 150,
  ai: 85,
  chip: 20000,
  order: 20000,
  usdcny: 7.04,
  eurusd: 1.17,
  msft: 88.2,
  googl: 92,
  amzn: 125,
  meta: 71,
  tokens: 30,
  'tokens-google': 43,
};
export const INPUTS = Object.keys(DEFAULTS);

export function model(i) {
  const capexUsd = i.capex / i.usdcny;
  const aiUsd = i.ai / i.usdcny;
  const orderCost = (i.chip * i.order) / 1e9;
  const bigfour = i.msft + i.googl + i.amzn + i.meta;
  return {
    'capex-usd': capexUsd,
    'capex-eur': capexUsd / i.eurusd,
    growth: (i.capex / i.capex25 - 1) * 100,
    'ai-usd': aiUsd,
    'ai-share': (i.ai / i.capex) * 100,
    'rest-usd': (i.capex - i.ai) / i.usdcny,
    chips: Math.floor((aiUsd * 1e9) / i.chip),
    'order-cost': orderCost,
    'order-share': (orderCost / aiUsd) * 100,
    'bigfour-usd': bigfour,
    'bigfour-ratio': bigfour / capexUsd,
    'tokens-bytedance': capexUsd / i.tokens,
    'tokens-google': i.googl / i['tokens-google'],
  };
}
export const OUTPUTS = Object.keys(model(DEFAULTS));
export const DIGITS = 4; // toBeCloseTo precision: |actual - expected| < 0.00005
export const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** The query parameters of a URL as a plain object (last value wins). */
export function params(url) {
  return Object.fromEntries(new URL(url).searchParams);
}

/** Relative luminance (0 black .. 1 white) of a CSS rgb()/rgba() colour; null if transparent. */
export function luminance(css) {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css || '');
  if (!m) return null;
  if (m[4] !== undefined && parseFloat(m[4]) === 0) return null;
  const lin = (c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}
