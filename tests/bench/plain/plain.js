// The calculator's first view in plain JavaScript: the reference the product is measured
// against (tests/tools/bench.mjs, "start under 4x CPU throttling"). Not the product.
//
// The same job as the product's first view in English, written by hand with no framework and
// no build step: the 13 assumptions (a slider and a typed field each, bounds and steps from
// src/model/scenario.rs `Field::range`), the chip and figure-set pickers, the currency picker,
// the key results, the budget breakdown and the comparison with the US hyperscalers (SVG
// bar charts), the trial-order maths, tokens, financing and the sources table (26 figures of
// src/model/figures.rs, texts of src/ui/text/en.rs, as in the build the bench compares).
// Numbers by `Intl.NumberFormat('en', ...)`, dates by `Intl.DateTimeFormat('en-GB', ...)`.
// Same `data-testid`s and `data-value`s as the product.
//
// Like the product, the whole page is built by script from these tables (index.html holds an
// empty root); `data-ready="true"` goes on the root once it is built. Every `input` event
// reparses the fields, recomputes every result and writes only the text and attributes that
// show them; nothing is rebuilt but the chart's axis when its scale changes.
//
// Left out, as not part of the measured first view's job: the language and preset pickers,
// links and storage, sharing, embedding, downloads, the explore page.
'use strict';

(() => {
  // ------------------------------------------------------------------ figures and texts

  const FIGURES = [
    // [key, label, value, unit, range, when, confidence, source]; `{0}` in a source is the range.
    ['capex', 'ByteDance capex 2026 (preliminary budget)', 160, 'rmb-bn', null, [2025, 12], 'article', 'Financial Times'],
    ['capexUsd', 'The same in US$, the article’s conversion (about 6.96 RMB per US$)', 23, 'usd-bn', null, [2025, 12], 'article', 'Financial Times'],
    ['ai25', 'ByteDance spending on AI systems, 2025', 150, 'rmb-bn', null, [2025, 12], 'article', 'Financial Times'],
    ['semis', 'Share of the 2026 budget for advanced semiconductors', 50, 'percent', null, [2025, 12], 'article', 'Financial Times (“about half”)'],
    ['ai', 'Of 2026 capex, set aside for AI processors', 85, 'rmb-bn', null, [2025, 12], 'article', 'Financial Times'],
    ['order', 'Planned trial order of Nvidia H200s, if sales go ahead', 20000, 'chips', null, [2025, 12], 'article', 'Financial Times'],
    ['h200', 'Price per H200 (article)', 20000, 'usd', null, [2025, 12], 'article', 'Financial Times'],
    ['h200r', 'Price per H200 (Reuters)', 27000, 'usd', null, [2026, 1], 'medium', 'Reuters'],
    ['h100', 'Price per H100', 27500, 'usd', [25000, 30000], [2023], 'medium', 'Analyst estimates ({0}, midpoint)'],
    ['b200', 'Price per B200', 35000, 'usd', [30000, 40000], [2024, 10], 'medium', 'Nvidia CEO interview ({0}, midpoint)'],
    ['usdcny', 'Exchange rate, RMB per US$', 7.04, 'rmb-per-usd', null, [2025, 12, 25], 'high', 'PBOC central parity 7.0392 (Reuters)'],
    ['eurusd', 'Exchange rate, US$ per euro', 1.17, 'usd-per-eur', [1.17, 1.18], [2025, 12, 'late'], 'high', 'Market reports ({0})'],
    ['four', 'Microsoft, Alphabet, Amazon and Meta, 2025 capex (article)', 300, 'usd-bn', null, [2025, 12], 'article', 'The article (“over US$300 bn”)'],
    ['msftFy', 'Microsoft capex, fiscal 2025', 88.2, 'usd-bn', null, [2025, 7], 'high', 'Microsoft, fiscal year July 2024–June 2025, incl. finance leases'],
    ['msftCal', 'Microsoft capex, calendar 2025', 118, 'usd-bn', null, [2025], 'high', 'Microsoft quarterly reports, sum of calendar 2025'],
    ['googlG', 'Alphabet capex 2025, guidance', 92, 'usd-bn', [91, 93], [2025, 10], 'high', 'Alphabet guidance {0} (midpoint)'],
    ['googlA', 'Alphabet capex 2025, actual', 91.45, 'usd-bn', null, [2025], 'high', 'Alphabet annual results'],
    ['amznG', 'Amazon capex 2025, guidance', 125, 'usd-bn', null, [2025, 10], 'medium', 'Amazon guidance (also used for actuals: none in our sources)'],
    ['metaG', 'Meta capex 2025, guidance', 71, 'usd-bn', [70, 72], [2025, 10], 'high', 'Meta guidance {0} (midpoint)'],
    ['metaA', 'Meta capex 2025, actual', 72.2, 'usd-bn', null, [2025], 'high', 'Meta annual results'],
    ['tokens', 'ByteDance tokens processed a day, October', 30, 'tokens', null, [2025, 10], 'article', 'Goldman Sachs (“more than 30 trillion”)'],
    ['tokensG', 'Google tokens processed a day, October', 43, 'tokens', null, [2025, 10], 'article', 'Goldman Sachs; Google: 1.3 quadrillion a month'],
    ['ig25', 'US investment-grade bonds sold, 2025', 1700, 'usd-bn', null, [2025], 'article', 'Sifma, to the end of November'],
    ['ig20', 'US investment-grade bonds sold, 2020', 1800, 'usd-bn', null, [2020], 'article', 'Sifma (the Covid record)'],
    ['aiIg', 'AI-related share of net investment-grade issuance', 30, 'percent', null, [2025, 12], 'article', 'Goldman Sachs'],
    ['capex200', 'ByteDance capex 2026, later unconfirmed reports (preset only)', 200, 'rmb-bn', null, [2026], 'low', 'Secondary reports (a “what if”, not confirmed)'],
  ].map(([key, label, value, unit, range, when, confidence, source]) => ({ key, label, value, unit, range, when, confidence, source }));
  const FIG = Object.fromEntries(FIGURES.map((f) => [f.key, f]));
  const CONFIDENCE = { article: 'in the article', high: 'high', medium: 'medium', low: 'low', derived: 'derived' };

  // The assumptions: [name, label, min, max, step, default figure, how a slider says a value].
  const FIELDS = [
    ['capex', 'Capex 2026, RMB bn', 10, 500, 1, 'capex', (v) => `RMB ${v} bn`],
    ['capex25', 'AI spending 2025, RMB bn', 10, 500, 1, 'ai25', (v) => `RMB ${v} bn`],
    ['ai', 'Of 2026 capex, AI processors, RMB bn', 1, 500, 1, 'ai', (v) => `RMB ${v} bn`],
    ['chip', 'Price per AI chip, US$', 5000, 60000, 500, 'h200', (v) => `US$${v}`],
    ['order', 'Trial order, chips', 0, 1000000, 1000, 'order', (v) => `${v} chips`],
    ['usdcny', 'RMB per US$', 6, 8, 0.01, 'usdcny', (v) => `${v} RMB per US$`],
    ['eurusd', 'US$ per €', 0.8, 1.6, 0.01, 'eurusd', (v) => `US$${v} per €`],
    ['msft', 'Microsoft, US$ bn', 0, 300, 0.5, 'msftFy', (v) => `US$${v} bn`],
    ['googl', 'Alphabet, US$ bn', 0, 300, 0.5, 'googlG', (v) => `US$${v} bn`],
    ['amzn', 'Amazon, US$ bn', 0, 300, 0.5, 'amznG', (v) => `US$${v} bn`],
    ['meta', 'Meta, US$ bn', 0, 300, 0.5, 'metaG', (v) => `US$${v} bn`],
    ['tokens', 'ByteDance, trillions', 1, 200, 1, 'tokens', (v) => `${v} trillion tokens a day`],
    ['tokens-google', 'Google, trillions', 1, 200, 1, 'tokensG', (v) => `${v} trillion tokens a day`],
  ].map(([name, label, min, max, step, figure, valueText]) => ({ name, label, min, max, step, value: FIG[figure].value, valueText }));
  const FIELD = Object.fromEntries(FIELDS.map((f) => [f.name, f]));

  const CHIPS = [
    ['h200', 'Nvidia H200, article price (FT)', 'h200'],
    ['h200-reuters', 'Nvidia H200, Reuters price', 'h200r'],
    ['h100', 'Nvidia H100, analyst estimate', 'h100'],
    ['b200', 'Nvidia B200, Nvidia CEO', 'b200'],
  ];
  const SETS = [
    ['guidance', '2025 guidance (Oct 2025)', ['msftFy', 'googlG', 'amznG', 'metaG']],
    ['actual', 'Calendar-2025 actuals', ['msftCal', 'googlA', 'amznG', 'metaA']],
  ];
  const US_FOUR = ['msft', 'googl', 'amzn', 'meta'];
  const CURRENCIES = [['usd', 'US$'], ['cny', 'RMB'], ['eur', '€']];

  // ------------------------------------------------------------------ formatting

  const decimals = [0, 1, 2].map((d) => new Intl.NumberFormat('en', { maximumFractionDigits: d }));
  const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
  const num = (v, d) => decimals[d].format(v);
  const percent = (v) => percentFormat.format(v / 100);
  // Two decimals of a billion below ten (US$0.76 bn), one above (US$22.7 bn).
  const billions = (v) => num(v, Math.abs(v) < 10 ? 2 : 1);
  const BN = { usd: (s) => `US$${s} bn`, cny: (s) => `RMB ${s} bn`, eur: (s) => `€${s} bn` };
  const bn = (v, cur) => BN[cur](billions(v));
  const usd = (v) => `US$${num(v, 0)}`;
  const times = (v) => `${num(v, 1)}×`;
  // What tests and hosts read (data-value): at most nine decimals, no grouping.
  const plain = (v) => (Number.isFinite(v) ? v.toFixed(9).replace(/\.?0+$/, '') : 'NaN');
  const coord = (v) => plain(Math.round(v * 10) / 10);

  const dateFormats = {};
  function date([year, month, day]) {
    const parts = month === undefined ? ['year'] : typeof day === 'number' ? ['day', 'month', 'year'] : ['month', 'year'];
    const key = parts.join();
    dateFormats[key] ??= new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      ...Object.fromEntries(parts.map((p) => [p, p === 'month' ? 'short' : 'numeric'])),
    });
    const text = dateFormats[key].format(Date.UTC(year, (month ?? 1) - 1, typeof day === 'number' ? day : 1));
    return day === 'late' ? `late ${text}` : text;
  }

  const UNIT = {
    'rmb-bn': [billions, (s) => `RMB ${s} bn`],
    'usd-bn': [billions, (s) => `US$${s} bn`],
    usd: [(v) => num(v, 0), (s) => `US$${s}`],
    chips: [(v) => num(v, 0), (s) => `${s} chips`],
    'rmb-per-usd': [(v) => num(v, 2), (s) => `${s} RMB per US$`],
    'usd-per-eur': [(v) => num(v, 2), (s) => `US$${s} per €`],
    tokens: [(v) => num(v, 1), (s) => `${s} trillion a day`],
    percent: [percent, (s) => s],
  };
  function figureValue(f, withRange) {
    const [write, unit] = UNIT[f.unit];
    return unit(withRange && f.range ? f.range.map(write).join('–') : write(f.value));
  }
  const figureSource = (f) => f.source.replace('{0}', figureValue(f, true));
  function sourceLine(keys) {
    const items = [...new Set(keys.map((k) => `${figureSource(FIG[k])}, ${date(FIG[k].when)}`))];
    return `Sources: ${items.join('; ')}`;
  }

  // ------------------------------------------------------------------ the model

  function evaluate(s) {
    const capexUsd = s.capex / s.usdcny;
    const aiUsd = s.ai / s.usdcny;
    const orderCostUsd = (s.order * s.chip) / 1e9;
    const fourUsd = s.msft + s.googl + s.amzn + s.meta;
    return {
      capexUsd,
      capexEur: capexUsd / s.eurusd,
      growth: ((s.capex - s.capex25) / s.capex25) * 100,
      aiUsd,
      aiShare: (s.ai / s.capex) * 100,
      restUsd: (s.capex - s.ai) / s.usdcny,
      // The tiny epsilon keeps an exact fit from losing a chip to binary rounding.
      chips: Math.floor(((aiUsd * 1e9) / s.chip) * (1 + 1e-12)),
      orderCostUsd,
      orderShare: (orderCostUsd / aiUsd) * 100,
      fourUsd,
      fourRatio: fourUsd / capexUsd,
      tokensByteDance: capexUsd / s.tokens,
      tokensGoogle: s.googl / s['tokens-google'],
    };
  }
  const inCurrency = (usdBn, cur, s) => (cur === 'cny' ? usdBn * s.usdcny : cur === 'eur' ? usdBn / s.eurusd : usdBn);

  // Parts rounded to `d` decimals so that they add up to their rounded sum.
  function roundPartsToTotal(parts, d) {
    const scale = 10 ** d;
    const target = Math.round(parts.reduce((a, b) => a + b, 0) * scale);
    const units = parts.map((p) => Math.floor(p * scale));
    const order = parts.map((p, i) => [p * scale - units[i], i]).sort((a, b) => b[0] - a[0]);
    for (let missing = target - units.reduce((a, b) => a + b, 0), k = 0; missing >= 1 && k < order.length; missing--, k++) units[order[k][1]]++;
    return units.map((u) => u / scale);
  }

  // About four round steps (1, 2 or 5 times a power of ten) that cover `largest`.
  function axisCovering(largest) {
    if (!(largest > 0 && Number.isFinite(largest))) return { max: 1, step: 0.25 };
    const raw = largest / 4;
    let magnitude = 10 ** Math.floor(Math.log10(raw));
    if (magnitude * 10 <= raw) magnitude *= 10; // log10 a hair off either way
    if (magnitude > raw) magnitude /= 10;
    const step = [1, 2, 5, 10].map((m) => m * magnitude).find((x) => x >= raw * (1 - 1e-12));
    return { max: Math.ceil(largest / step) * step, step };
  }

  // A typed number: digits, an optional decimal point, commas only to group thousands.
  function parse(text, field) {
    const t = text.trim();
    if (!t) return { error: 'Enter a number.' };
    if (!/^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$/.test(t) || !/\d/.test(t)) {
      return { error: 'Not a number: use digits and a decimal point, e.g. 7.04.' };
    }
    const v = Number(t.replace(/,/g, ''));
    if (!Number.isFinite(v)) return { error: 'Too large a number.' };
    if (v < field.min) return { error: `Too small: the minimum is ${num(field.min, 2)}.` };
    if (v > field.max) return { error: `Too large: the maximum is ${num(field.max, 2)}.` };
    return { value: v };
  }

  // ------------------------------------------------------------------ building the page

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const SVG_TAGS = new Set(['svg', 'defs', 'pattern', 'rect', 'line', 'text', 'g']);
  function h(tag, attrs, ...children) {
    const el = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
    for (const name in attrs) el.setAttribute(name, attrs[name]);
    for (const child of children) if (child !== null && child !== undefined) el.append(child);
    return el;
  }
  const out = (testid) => h('data', { class: 'out', 'data-testid': testid });
  function setOut(el, value, text) {
    const v = plain(value);
    if (el.getAttribute('data-value') !== v) {
      el.setAttribute('data-value', v);
      el.setAttribute('value', v);
    }
    setText(el, text);
  }
  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }
  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  const section = (name, heading, ...body) =>
    h('section', { 'aria-labelledby': `h-${name}` }, h('h3', { id: `h-${name}` }, heading), ...body);
  const source = (text = '') => h('p', { class: 'source' }, text);
  const row = (label, value, attrs = {}) => h('div', attrs, h('dt', {}, ...[label].flat()), h('dd', {}, ...[value].flat()));

  function picker(id, testid, label, options) {
    const select = h('select', { id, 'data-testid': testid }, ...options.map(([value, text]) => h('option', { value }, text)));
    return [h('div', { class: 'field' }, h('label', { for: id }, label), select), select];
  }

  // The page's state: the text of every field, the last valid scenario, the currency.
  const texts = Object.fromEntries(FIELDS.map((f) => [f.name, plain(f.value)]));
  const scenario = Object.fromEntries(FIELDS.map((f) => [f.name, f.value]));
  let currency = 'usd';
  const ui = { fields: {} };

  function numberField(f) {
    const slider = h('input', {
      type: 'range', class: 'slider', 'data-testid': `input-${f.name}-slider`, 'aria-labelledby': `l-${f.name}`,
      min: plain(f.min), max: plain(f.max), step: plain(f.step),
    });
    const input = h('input', {
      type: 'text', inputmode: 'decimal', class: 'number', id: `f-${f.name}`, 'data-testid': `input-${f.name}`,
      autocomplete: 'off', spellcheck: 'false',
    });
    slider.dataset.field = input.dataset.field = f.name;
    ui.fields[f.name] = { slider, input, error: null, sliderAt: null };
    return h('div', { class: 'field' }, h('label', { id: `l-${f.name}`, for: `f-${f.name}` }, f.label), slider, input);
  }

  function build(root) {
    // The form.
    const [chipField, chipSelect] = picker('f-chip-model', 'input-chip-model', 'Chip', [...CHIPS, ['custom', 'Custom price']]);
    const [setField, setSelect] = picker('f-set', 'input-hyperscaler-set', 'Figures', [...SETS, ['custom', 'Custom']]);
    const [currencyField, currencySelect] = picker('f-currency', 'input-currency', 'Show amounts in', CURRENCIES);
    chipSelect.lastChild.disabled = setSelect.lastChild.disabled = true;
    Object.assign(ui, { chipSelect, setSelect, currencySelect });

    const keys = {
      capex: out('out-capex-usd'), ai: out('out-ai-usd'), chips: out('out-chips'), ratio: out('out-bigfour-ratio'),
      chipsLabel: h('dt', {}),
    };
    ui.keys = keys;
    const summary = h('section', { class: 'summary', 'aria-labelledby': 'h-summary', 'data-testid': 'summary' },
      h('div', { class: 'summary-head' }, h('h3', { id: 'h-summary' }, 'Key results'), currencyField),
      h('dl', { class: 'key' },
        row('ByteDance capex 2026', keys.capex),
        row('of it for AI processors', keys.ai),
        h('div', {}, keys.chipsLabel, h('dd', {}, keys.chips)),
        row('the US four’s 2025 capex vs ByteDance’s', keys.ratio)));

    const form = h('form', { class: 'assumptions', 'aria-labelledby': 'h-assumptions' },
      h('h2', { id: 'h-assumptions' }, 'Assumptions'),
      h('fieldset', { class: 'primary' }, h('legend', {}, 'ByteDance’s budget'), ...['capex', 'ai', 'usdcny'].map((n) => numberField(FIELD[n]))),
      summary,
      h('fieldset', { class: 'primary' }, h('legend', {}, 'Chips'), chipField, numberField(FIELD.chip)),
      h('details', { class: 'more', open: '' }, h('summary', {}, 'More assumptions'),
        ...['capex25', 'order', 'eurusd'].map((n) => numberField(FIELD[n])),
        h('fieldset', {}, h('legend', {}, 'US hyperscalers’ 2025 capex'), setField, ...US_FOUR.map((n) => numberField(FIELD[n]))),
        h('fieldset', {}, h('legend', {}, 'Daily tokens (October)'), numberField(FIELD.tokens), numberField(FIELD['tokens-google']))));

    // Budget breakdown.
    const bd = {
      chart: h('svg', { class: 'chart breakdown-chart', 'data-testid': 'chart-breakdown', role: 'img', viewBox: '0 0 600 40', preserveAspectRatio: 'none' }),
      ai: h('rect', { 'data-bar': 'ai', y: '0', height: '40' }),
      rest: h('rect', { 'data-bar': 'rest', y: '0', height: '40' }),
      aiAmount: document.createTextNode(''), share: out('out-ai-share'), restUsd: out('out-rest-usd'),
      total: h('dd', { 'data-testid': 'breakdown-total' }), note: h('p', { class: 'note' }),
    };
    bd.chart.append(
      h('defs', {}, h('pattern', { id: 'hatch-rest', patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' },
        h('rect', { class: 'hatch', width: '6', height: '6' }), h('rect', { class: 'hatch-line', width: '3', height: '6' }))),
      bd.ai, bd.rest);
    const swatch = (bar, label) => [h('span', { class: 'swatch', 'data-bar': bar, 'aria-hidden': 'true' }), label];
    ui.bd = bd;
    const breakdown = section('breakdown', 'Budget breakdown', bd.chart,
      h('dl', {},
        row(swatch('ai', 'AI processors'), [bd.aiAmount, ' (', bd.share, ')']),
        row(swatch('rest', 'Rest of capex'), bd.restUsd),
        h('div', { class: 'total' }, h('dt', {}, 'Total capex'), bd.total)),
      bd.note,
      h('p', { class: 'note opex', 'data-testid': 'opex-note' }, 'Not in this budget: ByteDance also spends billions of dollars renting data centres abroad to use Nvidia’s most advanced hardware legally. Those payments are operating costs, not capital spending (FT).'),
      source(sourceLine(['ai', 'semis'])));

    // 2026 capex in each currency.
    const cx = { usd: h('span', {}), eur: out('out-capex-eur'), cny: h('span', { title: 'RMB' }), growth: out('out-growth'), growthText: document.createTextNode('') };
    ui.cx = cx;
    const currencies = section('capex', 'ByteDance capex 2026 in each currency',
      h('p', { class: 'in-currencies' }, h('span', { class: 'visually-hidden' }, 'In each currency: '), cx.usd, ' · ', cx.eur, ' · ', cx.cny),
      h('p', { class: 'growth' }, cx.growth, cx.growthText),
      source(sourceLine(['capex', 'ai25', 'usdcny', 'eurusd'])));

    // What the money buys.
    const ch = { bought: h('p', {}), cost: out('out-order-cost'), order: document.createTextNode(''), share: out('out-order-share'), source: source() };
    ui.ch = ch;
    const chips = section('chips', 'What the money buys', ch.bought,
      h('p', {}, h('strong', {}, ch.cost), ch.order, ch.share, ' of the AI-processor budget'), ch.source);

    // Beside the US hyperscalers: a label above each bar, the axis under them.
    const hc = {
      four: out('out-bigfour-usd'), source: source(), axis: null, ticks: h('g', {}),
      chart: h('svg', { class: 'chart hyperscaler-chart', 'data-testid': 'chart-hyperscalers', role: 'img', viewBox: '0 0 600 368' }),
      rows: ['ByteDance 2026', 'Microsoft', 'Alphabet', 'Amazon', 'Meta', 'US four combined'].map((name, i) => ({
        name,
        bar: h('rect', { 'data-bar': i === 0 ? 'bytedance' : i === 5 ? 'sum' : 'us', x: '0', y: coord(2 + 56 * i + 30), height: '18' }),
        value: h('text', { class: 'row-value', y: coord(2 + 56 * i + 45) }),
      })),
    };
    hc.chart.append(hc.ticks, ...hc.rows.map((r, i) => h('g', {}, h('text', { class: 'row-label', x: '0', y: coord(2 + 56 * i + 22) }, r.name), r.bar, r.value)));
    ui.hc = hc;
    const comparison = section('comparison', 'Beside the US hyperscalers',
      h('p', {}, 'Microsoft, Alphabet, Amazon and Meta, 2025: ', h('strong', {}, hc.four)),
      hc.chart,
      h('p', { class: 'note' }, 'Definitions differ: Microsoft’s 2025 guidance is its fiscal year to June 2025, including finance leases; the others are calendar years. The article rounds the four to “over US$300 bn”.'),
      hc.source);

    // Capex per trillion daily tokens.
    const tk = { note: h('p', { class: 'note' }), bytedance: out('out-tokens-bytedance'), google: out('out-tokens-google') };
    ui.tk = tk;
    const tokens = section('tokens', 'Capex per trillion daily tokens', tk.note,
      h('dl', {}, row('ByteDance 2026', tk.bytedance), row('Alphabet / Google 2025', tk.google)),
      source(sourceLine(['tokens', 'tokensG'])));

    // How the US build-out is financed: fixed figures.
    const trillion = (k) => `US$${num(FIG[k].value / 1000, 1)} trillion`;
    const financing = section('financing', 'How the US build-out is financed',
      h('p', {}, `US companies sold ${trillion('ig25')} of investment-grade bonds in 2025 (to the end of November, Sifma), close to the ${trillion('ig20')} record of 2020. Goldman Sachs estimates that AI-related borrowing is about ${percent(FIG.aiIg.value)} of net investment-grade issuance, and expects it to rise in 2026.`),
      source(sourceLine(['ig25', 'ig20', 'aiIg'])));

    // Sources and assumptions.
    const sources = h('details', { class: 'sources', 'data-testid': 'sources' },
      h('summary', {}, 'Sources and assumptions'),
      h('p', {}, 'Every default, with its source and date. Figures the article does not give are assumptions from public reporting, marked by confidence.'),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ...['Figure', 'Value', 'Source', 'Date', 'Confidence'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...FIGURES.map((f) => h('tr', {},
          h('th', { scope: 'row' }, f.label), h('td', { class: 'num' }, figureValue(f, false)),
          h('td', {}, figureSource(f)), h('td', {}, date(f.when)), h('td', {}, CONFIDENCE[f.confidence])))))));

    root.replaceChildren(
      h('header', { class: 'masthead' },
        h('h1', {}, 'ByteDance’s 2026 AI budget: what if?'),
        h('p', { class: 'lede' }, 'ByteDance, TikTok’s owner, has drafted a preliminary capital-spending budget for 2026 with a large share for AI processors, according to the Financial Times. Every figure below starts from the article; change any assumption and the results follow.')),
      h('div', { class: 'layout' }, form,
        h('section', { class: 'results', 'aria-labelledby': 'h-results' }, h('h2', { id: 'h-results' }, 'Results'),
          breakdown, currencies, chips, comparison, tokens, financing)),
      sources,
      h('footer', { class: 'colophon' }, h('p', {}, 'Figures: Financial Times, Reuters, Goldman Sachs, Sifma and company reports, as listed in the sources. Nothing you enter leaves this page.')));

    root.setAttribute('lang', 'en');
    form.addEventListener('input', onInput);
    form.addEventListener('submit', (e) => e.preventDefault());
  }

  // ------------------------------------------------------------------ updating

  // Every field's text parsed; AI processors may not exceed capex (the field just edited is
  // the one in error). Valid values go into the scenario; a field in error keeps its last one.
  function revalidate(edited) {
    const errors = {};
    const candidate = {};
    for (const f of FIELDS) {
      const r = parse(texts[f.name], f);
      if (r.error) errors[f.name] = r.error;
      else candidate[f.name] = r.value;
    }
    // The field just edited is checked against the other's value first; the other is then
    // checked against what stands, so a pair in conflict never enters the scenario.
    const below = (capex, ai) => {
      errors.capex = `Cannot be below the AI-processor budget (${bn(ai, 'cny')}).`;
      delete candidate.capex;
    };
    const above = (ai, capex) => {
      errors.ai = `Cannot exceed total capex (${bn(capex, 'cny')}).`;
      delete candidate.ai;
    };
    if (edited === 'capex') {
      const ai = candidate.ai ?? scenario.ai;
      if (candidate.capex !== undefined && candidate.capex < ai) below(candidate.capex, ai);
      const capex = candidate.capex ?? scenario.capex;
      if (candidate.ai !== undefined && candidate.ai > capex) above(candidate.ai, capex);
    } else {
      const capex = candidate.capex ?? scenario.capex;
      if (candidate.ai !== undefined && candidate.ai > capex) above(candidate.ai, capex);
      const ai = candidate.ai ?? scenario.ai;
      if (candidate.capex !== undefined && candidate.capex < ai) below(candidate.capex, ai);
    }
    for (const f of FIELDS) {
      if (candidate[f.name] !== undefined) scenario[f.name] = candidate[f.name];
      // The message beside the field, there only while the field is in error.
      const ref = ui.fields[f.name];
      const message = errors[f.name];
      if (message) {
        ref.error ??= h('p', { class: 'error', id: `e-${f.name}`, role: 'alert', 'data-testid': `error-${f.name}` });
        setText(ref.error, message);
        if (!ref.error.isConnected) {
          ref.input.after(ref.error);
          ref.input.setAttribute('aria-invalid', 'true');
          ref.input.setAttribute('aria-describedby', ref.error.id);
        }
      } else if (ref.error?.isConnected) {
        ref.error.remove();
        ref.input.removeAttribute('aria-invalid');
        ref.input.removeAttribute('aria-describedby');
      }
    }
  }

  function onInput(e) {
    const t = e.target;
    if (t === ui.currencySelect) currency = t.value;
    else if (t === ui.chipSelect) setFields({ chip: FIG[CHIPS.find((c) => c[0] === t.value)[2]].value });
    else if (t === ui.setSelect) {
      const set = SETS.find((s) => s[0] === t.value)[2];
      setFields(Object.fromEntries(US_FOUR.map((n, i) => [n, FIG[set[i]].value])));
    } else if (t.dataset.field) {
      const name = t.dataset.field;
      texts[name] = t.type === 'range' ? plain(t.valueAsNumber) : t.value;
      revalidate(name);
      render(t);
      return;
    } else return;
    revalidate(null);
    render(t);
  }

  function setFields(values) {
    for (const name in values) texts[name] = plain(values[name]);
  }

  // Writes the scenario into the page; `source` is the control the reader is using, left alone.
  function render(source) {
    const s = scenario;
    const o = evaluate(s);
    const money = (usdBn) => bn(inCurrency(usdBn, currency, s), currency);

    for (const f of FIELDS) {
      const ref = ui.fields[f.name];
      const { slider, input } = ref;
      // (A slider rounds its value to its step: compare with what was set, not what it holds.)
      if (slider !== source && ref.sliderAt !== s[f.name]) slider.value = String(s[f.name]);
      ref.sliderAt = s[f.name];
      setAttr(slider, 'aria-valuetext', f.valueText(num(s[f.name], 2)));
      if (input !== source && input.value !== texts[f.name]) input.value = texts[f.name];
    }
    const chip = CHIPS.find((c) => FIG[c[2]].value === s.chip);
    if (ui.chipSelect !== source) ui.chipSelect.value = chip ? chip[0] : 'custom';
    const set = SETS.find((st) => st[2].every((k, i) => FIG[k].value === s[US_FOUR[i]]));
    if (ui.setSelect !== source) ui.setSelect.value = set ? set[0] : 'custom';
    if (ui.currencySelect.value !== currency) ui.currencySelect.value = currency;

    // Key results.
    const k = ui.keys;
    setOut(k.capex, o.capexUsd, money(o.capexUsd));
    setOut(k.ai, o.aiUsd, money(o.aiUsd));
    setText(k.chipsLabel, `chips at ${usd(s.chip)} each`);
    setOut(k.chips, o.chips, num(o.chips, 0));
    setOut(k.ratio, o.fourRatio, times(o.fourRatio));

    // Budget breakdown: the two parts rounded so that they add up to the total as shown.
    const bd = ui.bd;
    const parts = roundPartsToTotal([o.aiUsd, o.restUsd].map((v) => inCurrency(v, currency, s)), 1);
    const amounts = [parts[0], parts[1], parts[0] + parts[1]].map((v) => bn(v, currency));
    const sum = Math.max(parts[0], 0) + Math.max(parts[1], 0);
    const aiWidth = sum > 0 ? (Math.max(parts[0], 0) / sum) * 600 : 0;
    const restWidth = sum > 0 ? (Math.max(parts[1], 0) / sum) * 600 : 0;
    setAttr(bd.chart, 'aria-label', `Bar chart of the 2026 capex: AI processors ${amounts[0]}, rest of capex ${amounts[1]}, total ${amounts[2]}.`);
    setAttr(bd.ai, 'x', '0');
    setAttr(bd.ai, 'width', coord(aiWidth));
    setAttr(bd.rest, 'x', coord(aiWidth));
    setAttr(bd.rest, 'width', coord(restWidth));
    bd.aiAmount.data = amounts[0];
    setOut(bd.share, o.aiShare, percent(o.aiShare));
    setOut(bd.restUsd, o.restUsd, amounts[1]);
    setText(bd.total, amounts[2]);
    setText(bd.note, `The FT reports that about half of the 2026 budget is for advanced semiconductors; the AI-processor line alone is ${percent(o.aiShare)} of capex, so it is most or all of that half.`);

    // 2026 capex in each currency.
    const cx = ui.cx;
    setText(cx.usd, bn(o.capexUsd, 'usd'));
    setOut(cx.eur, o.capexEur, bn(o.capexEur, 'eur'));
    setText(cx.cny, bn(s.capex, 'cny'));
    setOut(cx.growth, o.growth, (o.growth > 0 ? '+' : '') + percent(o.growth));
    cx.growthText.data = ` on the ${bn(s.capex25, 'cny')} ByteDance put into AI systems in 2025`;

    // What the money buys.
    const ch = ui.ch;
    setText(ch.bought, `The AI-processor budget buys ${num(o.chips, 0)} chips at ${usd(s.chip)} each.`);
    setOut(ch.cost, o.orderCostUsd, money(o.orderCostUsd));
    ch.order.data = ` for a trial order of ${num(s.order, 0)} chips: `;
    setOut(ch.share, o.orderShare, percent(o.orderShare));
    setText(ch.source, sourceLine([chip ? chip[2] : 'h200', 'order']));

    // Beside the US hyperscalers.
    const hc = ui.hc;
    setOut(hc.four, o.fourUsd, money(o.fourUsd));
    const usdValues = [o.capexUsd, s.msft, s.googl, s.amzn, s.meta, o.fourUsd];
    const shown = usdValues.map((v) => inCurrency(v, currency, s));
    const axis = axisCovering(Math.max(0, ...shown));
    const at = (v) => (axis.max > 0 && v > 0 ? (Math.min(v / axis.max, 1) * 450) : 0);
    if (!hc.axis || hc.axis.max !== axis.max || hc.axis.step !== axis.step) {
      hc.axis = axis;
      const ticks = [];
      for (let i = 0, n = Math.round(axis.max / axis.step); i <= n; i++) {
        const tick = i * axis.step;
        const x = coord(at(tick));
        ticks.push(h('line', { class: 'grid', x1: x, x2: x, y1: '2', y2: '338' }),
          h('text', { class: 'tick', x, y: '362', 'text-anchor': i === 0 ? 'start' : 'middle' }, num(tick, 0)));
      }
      hc.ticks.replaceChildren(...ticks);
    }
    const labels = [];
    hc.rows.forEach((r, i) => {
      const amount = bn(shown[i], currency);
      setAttr(r.bar, 'width', coord(at(shown[i])));
      setAttr(r.value, 'x', coord(at(shown[i]) + 8));
      setText(r.value, amount);
      labels.push(`${r.name} ${amount}`);
    });
    setAttr(hc.chart, 'aria-label', `Bar chart of capex, ByteDance 2026 and the US hyperscalers 2025: ${labels.join('; ')}.`);
    setText(hc.source, sourceLine((set ?? SETS[0])[2]));

    // Capex per trillion daily tokens.
    const tk = ui.tk;
    setText(tk.note, `Goldman Sachs counted more than ${num(s.tokens, 1)} trillion tokens a day at ByteDance in October and ${num(s['tokens-google'], 1)} trillion at Google: capex per trillion daily tokens, ByteDance 2026 vs Alphabet 2025.`);
    setOut(tk.bytedance, o.tokensByteDance, money(o.tokensByteDance));
    setOut(tk.google, o.tokensGoogle, money(o.tokensGoogle));
  }

  const root = document.getElementById('calc');
  build(root);
  render(null);
  root.setAttribute('data-ready', 'true');
})();
