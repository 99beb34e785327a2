// Exports: CSV and JSON of the scenario and results, and the two charts as standalone SVG files.
// Every download must carry the numbers on screen: compared with the page's data-values, and
// with the model computed here from the inputs.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  DEFAULTS,
  INPUTS,
  DIGITS,
  PLAIN_DECIMAL,
  model,
  field,
  ready,
  dataValue,
  snapshot,
  expectOutputs,
  typeInto,
  guard,
} from './fixtures/support.mjs';

const INPUTS_200 = { ...DEFAULTS, capex: 200 };

let g;
test.beforeEach(async ({ page }) => {
  g = guard(page);
  await page.goto('/');
  await expect(ready(page)).toHaveCount(1);
  await typeInto(field(page, 'capex'), '200');
  await expectOutputs(page, INPUTS_200);
});
test.afterEach(() => g.check());

async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  expect(await dl.failure(), `${testid} download failed`).toBeNull();
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** RFC 4180-ish: commas, double quotes ("" inside quotes), CRLF or LF line ends. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

test("CSV in the reader's language: the header and units in Italian and Chinese, the same names and numbers", async ({ page }) => {
  const csv = async () => parseCsv((await download(page, 'export-csv')).text.replace(/^\uFEFF/, ''));
  const english = await csv();
  expect(english[0]).toEqual(['name', 'value', 'unit']);
  for (const [lang, header, capex, chips] of [
    ['it', ['nome', 'valore', 'unità'], 'miliardi di RMB', 'chip'],
    ['zh', ['名称', '数值', '单位'], '十亿元人民币', '枚芯片'],
  ]) {
    await page.getByTestId('input-lang').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
    const rows = await csv();
    expect(rows[0]).toEqual(header);
    expect(rows.find((r) => r[0] === 'input:capex')).toEqual(['input:capex', '200', capex]);
    expect(rows.find((r) => r[0] === 'chips')?.[2]).toBe(chips);
    expect(rows.slice(1).map((r) => r.slice(0, 2)), 'the names and numbers of the English CSV').toEqual(english.slice(1).map((r) => r.slice(0, 2)));
  }
});

test('CSV: name,value,unit with every input and every result on the page', async ({ page }) => {
  const onPage = await snapshot(page);
  const { name, text } = await download(page, 'export-csv');
  expect(name).toBe('capex-scenario.csv');

  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(['name', 'value', 'unit']);
  const body = rows.slice(1);
  for (const r of body) expect(r, `three columns: ${JSON.stringify(r)}`).toHaveLength(3);
  const value = Object.fromEntries(body.map(([n, v]) => [n, v]));
  expect(body.length, 'no duplicate names').toBe(Object.keys(value).length);

  for (const n of INPUTS) {
    const v = value[`input:${n}`];
    expect(v, `row input:${n}`).toMatch(PLAIN_DECIMAL);
    expect(Number(v)).toBeCloseTo(INPUTS_200[n], 9);
  }
  const expected = model(INPUTS_200);
  expect(Object.keys(onPage).length).toBeGreaterThan(0);
  for (const [n, shown] of Object.entries(onPage)) {
    const v = value[n];
    expect(v, `row ${n}`).toMatch(PLAIN_DECIMAL);
    expect(Number(v), `${n}: CSV ${v}, page ${shown}`).toBeCloseTo(Number(shown), DIGITS);
  }
  expect(Number(value['capex-usd'])).toBeCloseTo(200 / 7.04, DIGITS);
  expect(Number(value.chips)).toBe(expected.chips);
  expect(Number(value['bigfour-ratio'])).toBeCloseTo(expected['bigfour-ratio'], DIGITS);
});

test('JSON: v, currency, the scenario and the results on the page', async ({ page }) => {
  const onPage = await snapshot(page);
  const { name, text } = await download(page, 'export-json');
  expect(name).toBe('capex-scenario.json');

  const data = JSON.parse(text);
  expect(data.v).toBe(1);
  expect(data.currency).toBe('usd');
  expect(data.scenario.capex).toBe(200);
  for (const n of INPUTS) {
    expect(typeof data.scenario[n], `scenario.${n}`).toBe('number');
    expect(data.scenario[n]).toBeCloseTo(INPUTS_200[n], 9);
  }
  for (const [n, shown] of Object.entries(onPage)) {
    expect(typeof data.results[n], `results.${n}`).toBe('number');
    expect(data.results[n], `${n}: JSON ${data.results[n]}, page ${shown}`).toBeCloseTo(Number(shown), DIGITS);
  }
  expect(data.results.chips).toBe(await dataValue(page, 'chips'));
  expect(data.results.chips).toBe(model(INPUTS_200).chips);
  expect(data.results['capex-usd']).toBeCloseTo(200 / 7.04, DIGITS);
});

test('JSON: the display currency is recorded, the results stay in US$', async ({ page }) => {
  await page.getByTestId('input-currency').selectOption('eur');
  await expect(page.getByTestId('out-capex-usd')).toContainText('€');
  const { text } = await download(page, 'export-json');
  const data = JSON.parse(text);
  expect(data.currency).toBe('eur');
  expect(data.results['capex-usd']).toBeCloseTo(200 / 7.04, DIGITS);
  expect(data.results['capex-eur']).toBeCloseTo(200 / 7.04 / 1.17, DIGITS);
});

const CHARTS = [
  ['export-svg-breakdown', 'chart-breakdown', 'chart-breakdown.svg'],
  ['export-svg-hyperscalers', 'chart-hyperscalers', 'chart-hyperscalers.svg'],
];

for (const [button, chart, filename] of CHARTS) {
  test(`SVG: ${filename} is a standalone SVG with the bars on screen`, async ({ page }) => {
    const { name, text } = await download(page, button);
    expect(name).toBe(filename);
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toMatch(/<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const rectsOnPage = await page.getByTestId(chart).locator('rect').count();
    expect(rectsOnPage, `${chart} has bars`).toBeGreaterThan(0);
    expect((text.match(/<rect[\s/>]/g) || []).length, '<rect count').toBe(rectsOnPage);

    // Parsed as a standalone SVG document, as an editor or browser would open the file.
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      const geometry = (el) => ['x', 'y', 'width', 'height'].map((a) => el.getAttribute(a)).join(' ');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        ns: root.namespaceURI,
        sized: root.hasAttribute('viewBox') || (root.hasAttribute('width') && root.hasAttribute('height')),
        rects: Array.from(doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'rect')).map(geometry).sort(),
      };
    }, text);
    expect(parsed.error, 'parses as XML').toBe(false);
    expect(parsed.root).toBe('svg');
    expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
    expect(parsed.sized, 'viewBox or width and height').toBe(true);
    const onScreen = await page
      .getByTestId(chart)
      .locator('rect')
      .evaluateAll((els) => els.map((el) => ['x', 'y', 'width', 'height'].map((a) => el.getAttribute(a)).join(' ')).sort());
    expect(parsed.rects, 'the same bars as the chart on screen').toEqual(onScreen);
  });
}
