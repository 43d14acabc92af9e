// The page in headless Chromium, served with its strict CSP by scripts/serve.mjs.
// Expected numbers are computed here with integer arithmetic, not by the module.
//   node --test tests/e2e/          (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';
import { allowedDowntime, human } from '../oracle.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- oracle

test('oracle self-check', () => {
  assert.equal(human(allowedDowntime(7 * 86400, 99900)), '10m 4.8s'); // 604.8 s
  assert.equal(human(allowedDowntime(30 * 86400, 99900)), '43m 12s'); // 2592 s
  assert.equal(human(allowedDowntime(29 * 86400, 99900)), '41m 45.6s'); // 2505.6 s
});

// ---------------------------------------------------------------- helpers

const openPage = (options) => openPageAt(site.browser, site.baseUrl, options);

const text = (page, selector) => page.locator(selector).textContent();
const value = (page, kind) => text(page, `#results [data-period="${kind}"] #value-${kind}`);

// ---------------------------------------------------------------- tests

test('target → downtime per period, comma and dot', async () => {
  const { page, context, log } = await openPage();
  try {
    // Defaults rendered right away.
    assert.equal(await page.inputValue('#target'), '99.9');
    const week = human(allowedDowntime(7 * 86400, 99900));
    const rolling30 = human(allowedDowntime(30 * 86400, 99900));
    assert.equal(await value(page, 'week'), week);

    for (const typed of ['99,9', '99.9']) {
      await page.fill('#target', '');
      await page.locator('#target').pressSequentially(typed);
      assert.equal(await page.inputValue('#target'), typed);
      assert.equal(await value(page, 'week'), week, typed);
      assert.equal(await value(page, 'rolling-30d'), rolling30, typed);
      assert.equal(await text(page, '#exact-week'), '604.8 s');
      assert.equal(await text(page, '#exact-rolling-30d'), '2592 s');
    }

    // Every period has a result.
    for (const kind of ['day', 'week', 'month', 'quarter', 'year', 'rolling-28d', 'rolling-30d']) {
      assert.equal(await page.getAttribute(`#result-${kind}`, 'data-state'), 'ok', kind);
      assert.match(await value(page, kind), /\d/, kind);
    }
    assert.equal(await value(page, 'day'), human(allowedDowntime(86400, 99900)));
    assert.equal(await value(page, 'rolling-28d'), human(allowedDowntime(28 * 86400, 99900)));

    // Updates while typing: one more nine.
    await page.locator('#target').pressSequentially('9');
    assert.equal(await value(page, 'week'), human(allowedDowntime(7 * 86400, 99990))); // 60.48 s
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('calendar month and conventions', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.fill('#target', '99.9');
    await page.fill('#month', '2028-02');
    const feb2028 = human(allowedDowntime(29 * 86400, 99900));
    assert.equal(feb2028, '41m 45.6s');
    assert.equal(await value(page, 'month'), feb2028);
    assert.equal(await text(page, '#exact-month'), '2505.6 s');
    assert.match(await text(page, '#label-month'), /February 2028/);

    // The explanation names the period length and the formula.
    const explain = await page.locator('#explain-month li').allTextContents();
    assert.ok(explain.some((t) => t.includes('2505600 s')), explain.join('\n'));
    assert.ok(explain.some((t) => /downtime/i.test(t) && t.includes('2505.6 s')), explain.join('\n'));

    // Month convention 30 days, then 750 h, then custom hours.
    await page.selectOption('#month-basis', '30d');
    assert.equal(await value(page, 'month'), human(allowedDowntime(30 * 86400, 99900)));
    await page.selectOption('#month-basis', '750h');
    assert.equal(await value(page, 'month'), human(allowedDowntime(750 * 3600, 99900))); // 45m
    assert.ok(await page.locator('#month-hours').isHidden());
    await page.selectOption('#month-basis', 'custom');
    assert.ok(await page.locator('#month-hours').isVisible());
    await page.fill('#month-hours', '744');
    assert.equal(await value(page, 'month'), human(allowedDowntime(744 * 3600, 99900)));

    // Quarter and year.
    await page.fill('#quarter', '2026-Q2');
    assert.equal(await value(page, 'quarter'), human(allowedDowntime(91 * 86400, 99900)));
    await page.fill('#year', '2028');
    assert.equal(await value(page, 'year'), human(allowedDowntime(366 * 86400, 99900)));
    await page.selectOption('#year-basis', '365d');
    assert.equal(await value(page, 'year'), human(allowedDowntime(365 * 86400, 99900)));

    // Custom period appears with a duration.
    assert.ok(await page.locator('#result-custom').isHidden());
    await page.fill('#duration', '90d');
    assert.ok(await page.locator('#result-custom').isVisible());
    assert.equal(await value(page, 'custom'), human(allowedDowntime(90 * 86400, 99900)));
    assert.equal(await page.locator('#nines thead th[data-period="custom"]').count(), 1);

    // Rounding.
    await page.fill('#target', '99.99');
    await page.selectOption('#rounding', 'truncate-second');
    assert.equal(await value(page, 'week'), '1m'); // 60.48 s → 60 s
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('reverse direction: downtime → availability', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.check('#dir-downtime');
    assert.ok(await page.locator('#downtime').isVisible());
    assert.ok(await page.locator('#target').isHidden());
    await page.fill('#month', '2012-02');
    await page.locator('#downtime').pressSequentially('49m');
    // 1 − 2940 / 2505600 = 0.998826628…: check the digits with BigInt.
    const digits = ((2505600n - 2940n) * 10n ** 8n / 2505600n).toString(); // "99882662"
    const expected = `${digits.slice(0, 2)}.${digits.slice(2, 6)}`;
    assert.equal(expected, '99.8826');
    // Shown to two decimals, cut and marked; the digits in its title.
    assert.equal(await value(page, 'month'), '99.88… %');
    const whole = await page.getAttribute('#value-month', 'title');
    assert.ok(whole.startsWith(expected), whole);
    assert.match(await text(page, '#results-title'), /availability/i);

    // A downtime longer than a day is refused for the day only.
    await page.fill('#downtime', '2d');
    assert.equal(await page.getAttribute('#result-day', 'data-state'), 'error');
    assert.match(await text(page, '#note-day'), /longer than the period/);
    assert.equal(await page.getAttribute('#result-week', 'data-state'), 'ok');
    assert.equal(await page.getAttribute('#downtime', 'aria-invalid'), null);

    // A bare number is an error on the field.
    await page.fill('#downtime', '49');
    assert.equal(await page.getAttribute('#downtime', 'aria-invalid'), 'true');
    assert.match(await text(page, '#downtime-error'), /unit/);
    assert.equal(await page.inputValue('#downtime'), '49');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('errors are shown next to the field, input untouched, cleared when fixed', async () => {
  const { page, context, log } = await openPage();
  try {
    const week = human(allowedDowntime(7 * 86400, 99900));
    for (const bad of ['abc', '101']) {
      await page.fill('#target', '');
      await page.locator('#target').pressSequentially(bad);
      const error = page.locator('#target-error');
      assert.ok(await error.isVisible(), bad);
      assert.notEqual((await error.textContent()).trim(), '', bad);
      assert.equal(await page.getAttribute('#target', 'aria-invalid'), 'true');
      const describedBy = (await page.getAttribute('#target', 'aria-describedby')).split(/\s+/);
      assert.ok(describedBy.includes('target-error'), describedBy.join(' '));
      assert.equal(await page.inputValue('#target'), bad);
      // The error sits next to the target field.
      assert.equal(await page.locator('#target-field #target-error').count(), 1);
      // Previous results are marked out of date.
      assert.equal(await page.getAttribute('#result-week', 'data-state'), 'stale');
      assert.ok(await page.locator('#badge-week').isVisible());
    }
    await page.fill('#target', '99.9');
    assert.ok(await page.locator('#target-error').isHidden());
    assert.equal(await page.getAttribute('#target', 'aria-invalid'), null);
    assert.ok(!((await page.getAttribute('#target', 'aria-describedby')) ?? '').includes('target-error'));
    assert.equal(await page.getAttribute('#result-week', 'data-state'), 'ok');
    assert.equal(await value(page, 'week'), week);

    // A bad month: error on the month field, other periods unaffected.
    await page.fill('#quarter', '2026-Q5');
    assert.ok(await page.locator('#quarter-error').isVisible());
    assert.match(await text(page, '#quarter-error'), /Q1–Q4/);
    assert.equal(await page.getAttribute('#quarter', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#quarter'), '2026-Q5');
    assert.equal(await value(page, 'week'), week);
    assert.equal(await page.locator('#nines tbody td[data-period="quarter"].missing').count(), 8);
    await page.fill('#quarter', '2026-Q2');
    assert.ok(await page.locator('#quarter-error').isHidden());
    assert.equal(await page.locator('#nines tbody td[data-period="quarter"].missing').count(), 0);

    await page.fill('#duration', 'x');
    assert.ok(await page.locator('#duration-error').isVisible());
    await page.fill('#duration', '');
    assert.ok(await page.locator('#duration-error').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('only same-origin requests, no console errors, no CSP violations', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.locator('#target').pressSequentially('9');
    await page.check('#dir-downtime');
    await page.fill('#downtime', '1h 30m');
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/', '/style.css', '/locales/en/budget.json', '/slacalc-budget.mjs', '/slacalc-budget.wasm']);
  } finally {
    await context.close();
  }
});

test('nines table', async () => {
  const { page, context, log } = await openPage();
  try {
    const rows = page.locator('#nines tbody tr');
    assert.equal(await rows.count(), 8);
    const targets = await page.locator('#nines tbody th[scope="row"]').allTextContents();
    assert.deepEqual(targets, ['90 %', '95 %', '99 %', '99.5 %', '99.9 %', '99.95 %', '99.99 %', '99.999 %']);
    const cell = (t, kind) => text(page, `#nines tr[data-target="${t}"] td[data-period="${kind}"]`);
    assert.equal(await cell('99.9', 'week'), human(allowedDowntime(7 * 86400, 99900)));
    assert.equal(await cell('99.999', 'day'), human(allowedDowntime(86400, 99999))); // 0.864 s
    assert.equal(await cell('90', 'rolling-28d'), human(allowedDowntime(28 * 86400, 90000)));
    assert.equal(await page.locator('#nines thead th[data-period]').count(), 7);
    // Follows the conventions.
    await page.selectOption('#month-basis', '750h');
    assert.equal(await cell('99.9', 'month'), human(allowedDowntime(750 * 3600, 99900)));
    await page.fill('#month', '2028-02');
    await page.selectOption('#month-basis', 'calendar');
    assert.equal(await cell('99.9', 'month'), human(allowedDowntime(29 * 86400, 99900)));
    // The row of the current target is marked.
    assert.equal(await page.getAttribute('#nines tr.current', 'data-target'), '99.9');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('keyboard: Tab reaches the direction switch and the target', async () => {
  const { page, context } = await openPage();
  try {
    const seen = [];
    for (let i = 0; i < 20 && !(seen.includes('dir-target') && seen.includes('target')); i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    assert.ok(seen.includes('dir-target'), seen.join(','));
    assert.ok(seen.includes('target'), seen.join(','));
    // Arrow keys switch direction; Tab then lands on the downtime input.
    await page.focus('#dir-target');
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.isChecked('#dir-downtime'));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'downtime');
    await page.keyboard.type('49m');
    assert.match(await value(page, 'week'), /^99\.\d+/);
    // The focused control is visibly outlined.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
  } finally {
    await context.close();
  }
});

test('layout: screenshots at 1280 and 375 px, no overflow at 320 px', () =>
  checkLayout(openPage, {
    name: 'page', shotDir, scrollBox: '.table-scroll',
    async stress(page) {  // an error shown and a custom period (conventions start collapsed on phones)
      if (!(await page.locator('#duration').isVisible())) await page.click('#conventions > summary');
      await page.fill('#target', 'abc');
      await page.fill('#duration', '90d');
    },
  }));

test('in German, Dutch and Danish: the page\'s words and the numbers as each language writes them', async () => {
  // German from ?lang=, Dutch and Danish from the browser's language.
  const english = ['Question', 'Allowed downtime', 'Availability left', 'The nines'];
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { h2: 'Fragestellung', label: 'Verfügbarkeitsziel', nav: 'Ausfallbudget', target: '99,9',
      week: 'Woche', row: '99,9\u00a0%', exact: '2.505,6 s', left: 'Verbleibende Verfügbarkeit', availability: /^99,88\d*…?\u00a0%$/ }],
    [{ locale: 'nl-NL' }, { h2: 'Vraag', label: 'Beschikbaarheidsdoel', nav: 'Downtimebudget', target: '99,9',
      week: 'Week', row: '99,9%', exact: '2.505,6 s', left: 'Resterende beschikbaarheid', availability: /^99,88\d*…?%$/ }],
    [{ locale: 'da-DK' }, { h2: 'Spørgsmål', label: 'Tilgængelighedsmål', nav: 'Nedetidsbudget', target: '99,9',
      week: 'Uge', row: '99,9\u00a0%', exact: '2.505,6 s', left: 'Tilbageværende tilgængelighed',
      availability: /^99,88\d*…?\u00a0%$/ }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser, new URL(how.query ?? '', site.baseUrl).href,
      how.locale ? { locale: how.locale } : {});
    try {
      assert.equal(await page.getAttribute('html', 'lang'), how.query ? 'de' : how.locale.slice(0, 2));
      assert.equal(await text(page, '#inputs-title'), expected.h2);
      assert.equal(await text(page, 'label[for="target"]'), expected.label);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      assert.equal(await page.inputValue('#target'), expected.target);
      assert.equal(await text(page, '#result-week .period-name'), expected.week);
      // The nines in the language's own form; the row of the target typed with its decimal comma is marked.
      assert.equal(await text(page, '#nines tr[data-target="99.9"] th'), expected.row);
      assert.equal(await page.getAttribute('#nines tr.current', 'data-target'), '99.9');
      // Exact seconds grouped as the language groups them: 29 days of February 2028 at 99.9 %.
      await page.fill('#month', '2028-02');
      assert.equal(await text(page, '#exact-month'), expected.exact);
      // The other direction: 49 min of that month leave 99.8826…; the heading follows.
      await page.check('#dir-downtime');
      await page.fill('#downtime', '49m');
      assert.equal(await text(page, '#results-title'), expected.left);
      assert.match(await value(page, 'month'), expected.availability);
      const headings = await page.locator('h1, h2, h3, th, label, legend, summary').allTextContents();
      for (const h of english) assert.ok(!headings.some((x) => x.trim() === h), `"${h}" left in English`);
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});
