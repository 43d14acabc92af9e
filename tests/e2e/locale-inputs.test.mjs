// Number, date, month and date-and-time fields in the page's language
// (web/locale-input.js), in a browser that speaks English (context locale
// en-US): a German, Dutch or Danish page shows and reads its own forms, the
// page reads the ISO date and the dot decimal, and a link made in one
// language opens the same values in another. Dates and results are worked out
// by hand below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const ENGLISH_BROWSER = { locale: 'en-US', timezoneId: 'Europe/Berlin' };
const open = (path) => openPageAt(site.browser, new URL(path, site.baseUrl).href, ENGLISH_BROWSER);
const text = (page, selector) => page.locator(selector).textContent();
/** What the page's own script reads from a field (its canonical value), not what it shows. */
const read = (page, id) => page.evaluate((x) => document.getElementById(x).value, id);

/** The page's forms: placeholder of a date, a month and a date and time field; a date and a decimal as shown. */
const FORMS = {
  de: { date: 'TT.MM.JJJJ', month: 'MM.JJJJ', datetime: 'TT.MM.JJJJ hh:mm', day: '15.01.2026', month1: '01.2026',
    time: '15.01.2026 10:30', decimal: '99,95' },
  nl: { date: 'dd-mm-jjjj', month: 'mm-jjjj', datetime: 'dd-mm-jjjj uu:mm', day: '15-01-2026', month1: '01-2026',
    time: '15-01-2026 10:30', decimal: '99,95' },
  da: { date: 'dd.mm.åååå', month: 'mm.åååå', datetime: 'dd.mm.åååå tt.mm', day: '15.01.2026', month1: '01.2026',
    time: '15.01.2026 10.30', decimal: '99,95' },
};

for (const [lang, form] of Object.entries(FORMS)) {
  test(`${lang} page in an English browser: the fields show and read the page's forms`, async () => {
    const term = await open(`term.html?lang=${lang}`);
    try {
      const { page } = term;
      for (const id of ['start', 'as-of']) {
        assert.equal(await page.getAttribute(`#${id}`, 'type'), 'text');
        assert.equal(await page.getAttribute(`#${id}`, 'placeholder'), form.date);
      }
      await page.check('#cost-meter-on');
      assert.equal(await page.getAttribute('#cost-meter-month', 'placeholder'), form.month);
      // A canonical value the page wrote is shown in the language's order: 2026-01-15 → 15.01.2026.
      await page.evaluate(() => { document.getElementById('as-of').value = '2026-01-15'; });
      assert.equal(await page.inputValue('#as-of'), form.day);
      // Typed in the language's order, read as the ISO date.
      await page.fill('#start', form.day);
      assert.equal(await read(page, 'start'), '2026-01-15');
      await page.fill('#cost-meter-month', form.month1);
      assert.equal(await read(page, 'cost-meter-month'), '2026-01');
      assert.deepEqual(term.log.errors, []);
    } finally {
      await term.context.close();
    }

    const deadline = await open(`deadline.html?lang=${lang}`);
    try {
      const { page } = deadline;
      assert.equal(await page.getAttribute('#reported', 'placeholder'), form.datetime);
      await page.fill('#reported', form.time);
      assert.equal(await read(page, 'reported'), '2026-01-15T10:30');
      assert.equal(await page.getAttribute('#reported', 'aria-invalid'), null);
      assert.deepEqual(deadline.log.errors, []);
    } finally {
      await deadline.context.close();
    }
  });
}

test('a decimal comma on a German page gives what the dot gives on an English one', async () => {
  // The chain 0.9999 × 0.999 × 0.995 with the application at 99.95 %:
  // 0.9999 × 0.999 = 0.9989001; × 0.9995 = 0.99840064995 → 99.840064995 %.
  const results = {};
  for (const [lang, typed] of [['en', '99.95'], ['de', '99,95']]) {
    const { page, context, log } = await open(`compose.html?lang=${lang}`);
    try {
      const field = page.locator('[data-testid="leaf-availability"]').nth(2);
      await field.fill(typed);
      assert.equal(await field.inputValue(), typed);
      assert.equal(await field.evaluate((x) => x.value), '99.95');
      results[lang] = await page.getAttribute('#composite', 'data-exact');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
  assert.equal(results.en, '99.840064995');
  assert.equal(results.de, '99.840064995');
});

test('a date typed 15.01.2026 on a German page is 2026-01-15; one that does not exist is said next to it', async () => {
  const { page, context, log } = await open('term.html?lang=de');
  try {
    await page.fill('#as-of', '15.01.2026');
    assert.equal(await read(page, 'as-of'), '2026-01-15');
    assert.equal(await page.getAttribute('#as-of', 'aria-invalid'), null);
    // 31 February does not exist: the format is said next to the field, the text kept.
    await page.fill('#as-of', '31.02.2026');
    await page.waitForSelector('#as-of-error:not([hidden])');
    assert.match(await text(page, '#as-of-error'), /TT\.MM\.JJJJ/);
    assert.equal(await page.getAttribute('#as-of', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#as-of', 'aria-describedby'), /\bas-of-error\b/);
    assert.equal(await page.inputValue('#as-of'), '31.02.2026');
    // ISO 8601 is read in every language.
    await page.fill('#as-of', '2026-01-15');
    assert.equal(await read(page, 'as-of'), '2026-01-15');
    await page.waitForSelector('#as-of-error', { state: 'hidden' });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a link made on a German page opens the same values on an English one', async () => {
  const made = await open('term.html?lang=de');
  let link;
  try {
    const { page } = made;
    await page.waitForSelector('body[data-view]');
    await page.fill('#start', '31.01.2025');
    await page.fill('#as-of', '15.01.2026');
    await page.check('#temp-on');  // its "from" starts as the as-of day
    await page.fill('#temp-from', '01.03.2026');
    await page.waitForSelector('body[data-link="current"]');
    link = page.url();
    assert.deepEqual(made.log.errors, []);
  } finally {
    await made.context.close();
  }
  const english = await open(link.replace('?lang=de', '?lang=en'));
  try {
    const { page } = english;
    await page.waitForSelector('body[data-view="restored"]');
    assert.equal(await page.inputValue('#start'), '2025-01-31');
    assert.equal(await page.inputValue('#as-of'), '2026-01-15');
    assert.equal(await page.inputValue('#temp-from'), '2026-03-01');
    assert.deepEqual(english.log.errors, []);
  } finally {
    await english.context.close();
  }
  const dutch = await open(link.replace('?lang=de', '?lang=nl'));
  try {
    await dutch.page.waitForSelector('body[data-view="restored"]');
    assert.equal(await dutch.page.inputValue('#as-of'), '15-01-2026');
  } finally {
    await dutch.context.close();
  }
});
