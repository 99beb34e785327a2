// How sure the numbers are: the explore page (explore.html), its ranges and intervals, the
// draws' seed, the tornado, two scenarios side by side and the story with live numbers, and how
// the first view hands a reader over to it.
//
// Numbers are worked from the article: RMB 85 bn at 7.04 RMB/US$ is US$12.07 bn; at US$20,000
// a chip that is 603,693 chips, at Reuters' US$27,000 it is 447,180. Chips fall as the price
// rises, so with the price as the range 20,000..27,000 (a 90% interval) the chips' 5th and
// 95th percentiles land near the counts at the two ends; with 10,000 draws, within half a
// percent.
import assert from 'node:assert/strict';
import { APP, DEFAULTS, model, params } from './model.mjs';
import { tid, field, out, until, close, drawn } from './driver.mjs';

const chipsAt = (chip) => model({ ...DEFAULTS, chip }).chips;

function near(actual, expected, relative, message) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual / expected - 1) <= relative,
    `${message}: expected ${expected} within ${relative * 100}%, got ${actual}`,
  );
}

/** A result's 5th percentile, median and 95th percentile, as its element carries them. */
async function interval(t, name) {
  const read = async (attr) => Number(await t.attr(out(name), attr));
  return { low: await read('data-low'), mid: await read('data-value'), high: await read('data-high') };
}

/** Every result's data-low, data-value and data-high at once. */
function intervals(t) {
  return t.eval(() =>
    [...document.querySelectorAll('[data-testid^="out-"]')].map((el) =>
      [el.dataset.testid, el.dataset.low, el.dataset.value, el.dataset.high].join(' '),
    ),
  );
}

const scenarios = [];
const scenario = (name, run, options = {}) => scenarios.push({ name, run, ...options });

scenario('ranges: a link with chip=20000..27000 opens the explore page, chips between the two prices', async (t) => {
  await t.goto('/?v=1&chip=20000..27000&seed=3#story');
  await t.ready();
  const url = new URL(await t.url());
  assert.equal(url.pathname, '/explore.html', 'the first view hands the link over');
  assert.equal(url.hash, '#story', 'with its fragment');
  assert.equal(params(url.href).chip, '20000..27000', 'and its query, whole');
  await drawn(t);
  const chips = await interval(t, 'chips');
  near(chips.low, chipsAt(27000), 0.005, 'chips, 5th percentile: the count at US$27,000');
  near(chips.high, chipsAt(20000), 0.005, 'chips, 95th percentile: the count at US$20,000');
  // The median at the lognormal's median price, the geometric mean of the ends.
  near(chips.mid, chipsAt(Math.sqrt(20000 * 27000)), 0.005, 'chips, median');
  // Results that do not depend on the price stay points: low, median and high coincide.
  const capex = await interval(t, 'capex-usd');
  close(capex.low, model(DEFAULTS)['capex-usd'], 6, 'capex, low');
  close(capex.high, model(DEFAULTS)['capex-usd'], 6, 'capex, high');
  // The chip price shows its median, locked; its range has its two ends.
  assert.notEqual(await t.attr(field('chip'), 'disabled'), null, 'the single price is locked');
  await t.expectNumber(field('chip-low'), 20000);
  await t.expectNumber(field('chip-high'), 27000);
  assert.equal(await t.count(tid('hist-chips')), 1, 'a histogram of the chips');
  assert.match(await t.attr(tid('hist-chips'), 'aria-label'), /10,000/, 'its text names the draws');
});

scenario('ranges: the same link gives the same figures to the last digit; new draws differ slightly', async (t) => {
  await t.goto('/explore.html?v=1&chip=20000..27000&capex=160..200&seed=7');
  await t.ready();
  await drawn(t);
  const first = await intervals(t);
  // A histogram of each key result's draws, with a text alternative naming its interval.
  for (const name of ['capex-usd', 'chips', 'bigfour-ratio']) {
    assert.equal(await t.count(tid(`hist-${name}`)), 1, `a histogram of ${name}`);
    assert.match(await t.attr(tid(`hist-${name}`), 'aria-label'), /10,000.*\d/, `${name}: its text names the draws and figures`);
    assert.ok((await t.count(`${tid(`hist-${name}`)} rect`)) >= 10, `${name}: its bars`);
  }
  const other = await t.fresh((await t.url()));
  await other.ready();
  await drawn(other);
  assert.deepEqual(await intervals(other), first, 'same seed, same draws');

  const before = await interval(other, 'chips');
  await other.click(tid('redraw'));
  await until(async () => assert.equal(params(await other.url()).seed, '8'), 'the link carries the new seed');
  await drawn(other);
  await until(async () => assert.notEqual((await interval(other, 'chips')).low, before.low), 'new draws');
  const after = await interval(other, 'chips');
  near(after.low, before.low, 0.01, 'another seed moves the 5th percentile by less than 1%');
});

scenario('ranges: a reader gives the price a range, a bad end is an error and the last range stays', async (t) => {
  await t.goto('/explore.html');
  await t.ready();
  assert.equal(await t.attr(out('chips'), 'data-low'), null, 'no range, no interval');
  await t.click(tid('range-chip'));
  // The sources' disagreement is where the price's range starts: the article's and Reuters'.
  await t.expectNumber(field('chip-low'), 20000);
  await t.expectNumber(field('chip-high'), 27000);
  await drawn(t);
  const range = await interval(t, 'chips');
  near(range.low, chipsAt(27000), 0.005, 'chips, 5th percentile');

  await t.fill(field('chip-low'), '30000');
  await t.expectVisible(tid('error-chip-range'));
  assert.match(await t.text(tid('error-chip-range')), /low end is above the high end/);
  assert.equal(await t.attr(field('chip-low'), 'aria-invalid'), 'true');
  assert.equal(await t.value(field('chip-low')), '30000', 'what the reader typed stays');
  assert.deepEqual(await interval(t, 'chips'), range, 'the last valid range stays applied');
  await until(async () => assert.equal(params(await t.url()).chip, '20000..27000'), 'the link keeps the last valid range');

  await t.fill(field('chip-low'), '24000');
  await t.expectVisible(tid('error-chip-range'), false);
  await until(async () => assert.equal(params(await t.url()).chip, '24000..27000'), 'the link follows');
  await drawn(t);
  const narrower = await interval(t, 'chips');
  near(narrower.high, chipsAt(24000), 0.005, 'chips, 95th percentile at the new low price');

  await t.select(tid('input-chip-dist'), 'uniform');
  await until(async () => assert.equal(params(await t.url()).chip_dist, 'uniform'), 'the distribution is in the link');
  await drawn(t);
  // Uniform bounds: the 5th and 95th percentiles lie inside the ends, not at them.
  const uniform = await interval(t, 'chips');
  assert.ok(uniform.high < chipsAt(24000) && uniform.low > chipsAt(27000), 'inside the bounds');

  await t.click(tid('range-chip'));
  await until(async () => assert.equal(await t.attr(out('chips'), 'data-low'), null), 'back to one value');
  assert.equal(await t.attr(field('chip'), 'disabled'), null, 'the price can be typed again');
});

scenario('ranges: a malformed range in a link gets a note and is not applied', async (t) => {
  await t.goto('/explore.html?v=1&chip=27000..20000&order=0..40000&capex=5..200&usdcny_dist=banana');
  await t.ready();
  await t.expectVisible(tid('url-notes'));
  for (const param of ['chip', 'order', 'capex', 'usdcny_dist']) {
    assert.equal(await t.count(tid(`url-note-${param}`)), 1, `a note for ${param}`);
  }
  assert.match(await t.text(tid('url-note-chip')), /low end is above the high end/);
  assert.match(await t.text(tid('url-note-order')), /cannot reach zero/);
  assert.match(await t.text(tid('url-note-capex')), /minimum is 10/);
  assert.equal(await t.attr(out('chips'), 'data-low'), null, 'nothing drawn');
  await t.expectOutputs(DEFAULTS);
});

scenario('tornado: capex moves the ratio to the US four most; its bar goes to its range', async (t) => {
  await t.goto('/explore.html?v=1&preset=sources-disagree');
  await t.ready();
  await drawn(t);
  assert.equal(await t.count(tid('range-list') + ' li'), 5, "the five inputs the sources disagree on");
  assert.match(await t.text(tid('range-list')), /Reuters/, 'each range with its sources');
  await t.select(tid('tornado-result'), 'bigfour-ratio');
  await until(async () => {
    const first = await t.eval(() => document.querySelector('[data-testid="tornado"] button').dataset.testid);
    assert.equal(first, 'tornado-bar-capex');
  }, 'capex first');
  // Capex 160 to 200 (its 5th and 95th percentiles): the ratio from (US four / 160 bn at 7.04)
  // down to (US four / 200 bn), the others at their medians.
  const bar = tid('tornado-bar-capex');
  assert.ok(Number(await t.attr(bar, 'data-low')) > Number(await t.attr(bar, 'data-high')), 'the ratio falls as capex rises');
  assert.match(await t.attr(tid('tornado'), 'aria-label'), /Capex 2026/, 'its ranking in words');
  await t.focus(bar);
  await t.press('Enter');
  await until(async () => assert.equal(await t.focused(), 'input-capex-low'), 'the bar goes to its input');
});

scenario('compare: pin A, change B, the differences follow and the link carries both', async (t) => {
  await t.goto('/explore.html');
  await t.ready();
  await t.click(tid('pin'));
  await t.fill(field('chip'), '27000');
  await until(async () => {
    close(Number(await t.attr(tid('compare-a-chips'), 'value')), chipsAt(20000), 6, 'A');
    close(Number(await t.attr(tid('compare-b-chips'), 'value')), chipsAt(27000), 6, 'B');
  }, 'both columns');
  close(Number(await t.attr(tid('compare-diff-chips'), 'value')), chipsAt(27000) - chipsAt(20000), 6, 'B - A');
  // A fall is written with a minus sign before the whole amount.
  assert.match(await t.text(tid('compare-diff-chips')), /^\u2212\d/, 'fewer chips: a minus sign first');
  close(
    Number(await t.attr(tid('compare-pct-chips'), 'value')),
    ((chipsAt(27000) - chipsAt(20000)) / chipsAt(20000)) * 100,
    4,
    'change in percent',
  );
  assert.equal(await t.attr(tid('compare-diff-capex-usd'), 'value'), '0', 'what did not change');
  await until(async () => {
    const p = params(await t.url());
    assert.equal(p.a, '1');
    assert.equal(p.chip, '27000');
    assert.equal(p['a.chip'], undefined, 'A is the article: nothing to write for it');
  }, 'the link carries the pin');

  const other = await t.fresh(await t.url());
  await other.ready();
  close(Number(await other.attr(tid('compare-a-chips'), 'value')), chipsAt(20000), 6, 'A, reopened');
  close(Number(await other.attr(tid('compare-b-chips'), 'value')), chipsAt(27000), 6, 'B, reopened');
  await other.click(tid('unpin'));
  await until(async () => assert.equal(await other.count(tid('compare')), 0), 'no table once unpinned');
  await until(async () => assert.equal(params(await other.url()).a, undefined), 'nor a pin in the link');
});

scenario('story: the price in one sentence moves the chip count in the next', async (t) => {
  await t.goto('/explore.html');
  await t.ready();
  const live = tid('live-chip');
  assert.equal(await t.attr(live, 'role'), 'spinbutton');
  assert.equal(await t.attr(live, 'aria-label'), 'Price per AI chip, US$');
  assert.equal(await t.attr(live, 'aria-valuenow'), '20000');
  await t.focus(live);
  await t.press('ArrowUp');
  const step = 20000 + Number(await t.attr(field('chip-slider'), 'step'));
  await until(async () => assert.equal(Number(await t.attr(live, 'aria-valuenow')), step), 'one step up');
  await until(async () => close(Number(await t.attr(tid('story-chips'), 'value')), chipsAt(step), 6, 'story chips'), 'the count follows');
  await t.expectNumber(field('chip'), step, 'the form shows the same price');
  await t.press('ArrowDown');
  await until(async () => assert.equal(Number(await t.attr(live, 'aria-valuenow')), 20000), 'and back');

  // Typing: the same editor as the form, its errors too.
  await t.fill(tid('live-capex'), '200');
  await t.expectNumber(field('capex'), 200, 'capex typed in the story');
  await t.fill(tid('live-capex'), 'abc');
  await until(async () => assert.equal(await t.attr(tid('live-capex'), 'aria-invalid'), 'true'), 'a bad number is flagged');
  close(await t.dataValue('capex-usd'), model({ ...DEFAULTS, capex: 200 })['capex-usd'], 6, 'the last valid capex stays');
});

scenario('first view: links into the explore page carry the scenario; a preset of ranges opens there', async (t) => {
  await t.goto('/?v=1&chip=25000');
  await t.ready();
  const href = await t.attr(tid('explore-compare'), 'href');
  const url = new URL(href, APP + '/');
  assert.equal(url.pathname, '/explore.html');
  assert.equal(url.hash, '#compare');
  assert.equal(params(url.href).chip, '25000');
  await t.select(tid('input-currency'), 'eur');
  await t.select(tid('input-preset'), 'sources-disagree');
  await until(async () => assert.equal(new URL(await t.url()).pathname, '/explore.html'), 'opens the explore page');
  await t.ready();
  await drawn(t);
  assert.equal(params(await t.url()).currency, 'eur', 'with what else the page had');
  assert.equal(params(await t.url()).lang, 'en');
  assert.equal(await t.value(tid('input-preset')), 'sources-disagree');
  await t.expectNumber(field('chip-high'), 27000);
});

scenario('explore page in Italian: the story and the intervals speak it', async (t) => {
  await t.goto('/explore.html?v=1&lang=it&chip=20000..27000&usdcny=6.9..7.2');
  await t.ready();
  await drawn(t);
  assert.match(await t.text(tid('out-chips')), /90%: da .* a /);
  assert.match(await t.text('#h-story'), /numeri interattivi/);
  // Italian writes the rate's ends its way: 6,9.
  assert.equal(await t.value(field('usdcny-low')), '6,9');
  assert.equal(await t.value(field('usdcny-high')), '7,2');
});

export default scenarios;
