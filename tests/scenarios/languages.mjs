// Italian, English and Chinese: the language a link or the browser asks for, every visible
// string translated, numbers written by each locale, typed numbers read in the reader's own
// notation, and a switch that keeps the scenario. `Intl` in three locales is where engines
// differ, so these run in all three. Expected numbers are worked from the inputs here; the
// expected wording is the language's own (Intl's grouping and decimal marks for it-IT and
// zh-CN).
import assert from 'node:assert/strict';
import { DEFAULTS, model, DIGITS } from './model.mjs';
import { tid, field, slider, error, out, until, close } from './driver.mjs';

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

async function open(t, query = '') {
  await t.goto('/' + query);
  await t.ready();
}

/** Every string the page shows, its hidden folds opened (and built: a folded section is built
 *  when first opened): what a reader can get to see. */
async function visibleText(t) {
  await t.openFolds();
  return t.eval(() => {
    const parts = [document.title, document.querySelector('meta[name=description]')?.content ?? ''];
    parts.push(document.body.innerText);
    for (const el of document.querySelectorAll('[aria-label]')) parts.push(el.getAttribute('aria-label'));
    for (const el of document.querySelectorAll('option')) if (!el.hasAttribute('lang')) parts.push(el.textContent);
    return parts.join('\n');
  });
}

// Words the pages share whatever their language: names, codes and symbols.
const NAMES = new Set(
  ('ByteDance TikTok Nvidia H100 H200 B200 Microsoft Alphabet Amazon Meta Google Reuters Financial Times FT ' +
    'Goldman Sachs Sifma PBOC RMB US CSV JSON SVG HTML AI IA Covid Doubao Volcano Engine English Italiano ' +
    'capex hyperscaler hyperscalers token investment grade chip scenario Scenario Chip Capex Dati ' +
    'PNG GPU Jensen Huang').split(' '),
);

// Italian words that are English words too, or loanwords Italian newsrooms use as they are
// ("un file", "il browser", "offline", "il Budget", "il cambio onshore").
const ITALIAN_TOO = new Set('budget Budget per data euro record link investment-grade file browser offline onshore'.split(' '));

/** English words (three letters or more) on a page that should speak another language. */
function englishLeft(textOnPage, englishWords, sharedWords = new Set()) {
  const words = textOnPage.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => englishWords.has(w) && !NAMES.has(w) && !sharedWords.has(w)))];
}

scenario('lang=it: the page, its title and its numbers in Italian', async (t) => {
  await open(t, '?lang=it');
  assert.equal(await t.eval(() => document.documentElement.lang), 'it');
  assert.match(await t.eval(() => document.title), /Il budget IA di ByteDance/);
  // 160 / 7.04 = 22.73 bn: "22,7 miliardi di dollari"; 603,693 chips with Italian grouping.
  await until(async () => assert.equal(await t.text(out('capex-usd')), '22,7 miliardi di dollari'), 'capex in Italian');
  assert.equal(await t.text(out('chips')), (603693).toLocaleString('it-IT'));
  assert.equal(await t.text(out('chips')), '603.693');
  // The machine-readable value does not change with the language.
  close(await t.dataValue('capex-usd'), 160 / 7.04, DIGITS, 'capex-usd');
  // Fields write their numbers the Italian way.
  assert.equal(await t.value(field('usdcny')), '7,04');
  assert.match(await t.attr(slider('capex'), 'aria-valuetext'), /^160 miliardi di RMB$/);
});

scenario('lang=zh: amounts in 亿, fields in 亿 too, Chinese dates', async (t) => {
  await open(t, '?lang=zh');
  assert.equal(await t.eval(() => document.documentElement.lang), 'zh-CN');
  // US$22.73 bn is 227亿美元; RMB 85 bn at 7.04 is US$12.07 bn, 121亿美元.
  await until(async () => assert.equal(await t.text(out('capex-usd')), '227亿美元'), 'capex in 亿');
  assert.equal(await t.text(out('ai-usd')), '121亿美元');
  assert.equal(await t.text(out('bigfour-ratio')), '16.6倍');
  // RMB 160 bn is 1,600亿元: the field shows 1600, the slider runs 100 to 5,000.
  assert.equal(await t.value(field('capex')), '1600');
  assert.deepEqual([await t.attr(slider('capex'), 'min'), await t.attr(slider('capex'), 'max')], ['100', '5000']);
  close(await t.dataValue('capex-usd'), 160 / 7.04, DIGITS, 'capex-usd');
  // A source's date: December 2025 in Chinese.
  assert.match(await t.text(tid('preset-source')), /2025年12月/);
});

for (const [lang, english, shared] of [
  ['it', 'Italian', ITALIAN_TOO],
  ['zh', 'Chinese', new Set()],
]) {
  scenario(`the ${english} page leaves no English behind, apart from names`, async (t) => {
    await open(t, '?lang=en');
    const englishWords = new Set(((await visibleText(t)).match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []));
    await open(t, `?lang=${lang}`);
    const left = englishLeft(await visibleText(t), englishWords, shared);
    assert.deepEqual(left, [], `English words on the ${english} page`);
  });
}

scenario('switching language keeps the scenario and rewrites the numbers', async (t) => {
  await open(t, '?lang=en');
  await t.fill(field('capex'), '200');
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
  await t.select(tid('input-lang'), 'it');
  // 200 / 7.04 = 28.41 bn.
  await until(async () => assert.equal(await t.text(out('capex-usd')), '28,4 miliardi di dollari'), 'Italian after the switch');
  assert.equal(await t.eval(() => document.documentElement.lang), 'it');
  assert.equal(await t.value(field('capex')), '200');
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
  await until(async () => assert.equal(new URL(await t.url()).searchParams.get('lang'), 'it'), 'lang=it in the URL');
  await t.select(tid('input-lang'), 'zh');
  await until(async () => assert.equal(await t.value(field('capex')), '2000'), 'the field in 亿');
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
});

scenario('typed Italian numbers: 27.000 is twenty-seven thousand, 6,96 a rate, 20,000 a question', async (t) => {
  await open(t, '?lang=it');
  await t.fill(field('chip'), '27.000');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
  assert.equal(await t.dataValue('chips'), model({ ...DEFAULTS, chip: 27000 }).chips);
  await t.fill(field('usdcny'), '6,96');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000, usdcny: 6.96 });
  // An English habit where it can only mean one thing.
  await t.fill(field('usdcny'), '7.04');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
  // A trial order of 20 chips or 20,000? Both are possible: the reader is asked, nothing changes.
  await t.fill(field('order'), '20,000');
  await t.expectVisible(error('order'));
  assert.match(await t.text(error('order')), /20\b.*20\.000|20\.000.*20\b/);
  assert.equal(await t.value(field('order')), '20,000');
  await t.expectOutputs({ ...DEFAULTS, chip: 27000 });
});

scenario('typed Chinese numbers: capex in 亿元', async (t) => {
  await open(t, '?lang=zh');
  // 2,000亿元 is RMB 200 bn.
  await t.fill(field('capex'), '2000');
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
  await t.fill(field('capex'), '50');
  await t.expectVisible(error('capex'));
  assert.match(await t.text(error('capex')), /100/);
  await t.expectOutputs({ ...DEFAULTS, capex: 200 });
});

scenario('the browser’s languages choose when the link does not', async (t) => {
  if (!t.can.initScript) t.skip('this engine cannot set navigator.languages before the page runs');
  await t.initScript(() => {
    Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'it-IT', 'en'] });
  });
  await open(t);
  assert.equal(await t.eval(() => document.documentElement.lang), 'it');
  await until(async () => assert.equal(await t.text(out('capex-usd')), '22,7 miliardi di dollari'), 'Italian from the browser');
  // A link's language wins over the browser's.
  await open(t, '?lang=en');
  assert.equal(await t.eval(() => document.documentElement.lang), 'en');
});

scenario('an unknown language in a link: a note, and English', async (t) => {
  await open(t, '?lang=xx');
  await t.expectVisible(tid('url-note-lang'));
  assert.equal(await t.eval(() => document.documentElement.lang), 'en');
  close(await t.dataValue('capex-usd'), 160 / 7.04, DIGITS, 'capex-usd');
});

export default scenarios;
