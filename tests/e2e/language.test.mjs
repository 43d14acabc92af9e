// The language picker of the navigation (web/partials/nav.html, i18n.js,
// share.js) in headless Chromium: a language chosen on one page is kept by
// the navigation's links, and switching keeps everything typed (the view is
// reopened with its link state). The German words expected are the locale
// files' own; the number is worked out by hand.
//   node --test tests/e2e/language.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const text = (page, selector) => page.locator(selector).textContent();
const navHrefs = (page) => page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** Chooses `lang` in the picker and waits for the page to come back in it with its view restored. */
async function choose(page, lang) {
  await Promise.all([page.waitForURL(new RegExp(`[?&]lang=${lang}`)), page.selectOption('#lang-picker', lang)]);
  await page.waitForSelector('body[data-view="restored"]', { timeout: 15000 });
}

test('Deutsch chosen on the budget page: German there and on the next page, what was typed kept', async () => {
  const { page, context, log } = await openPage(site.browser, site.baseUrl, { locale: 'en-US' });
  try {
    assert.equal(await page.inputValue('#lang-picker'), 'en');
    assert.deepEqual(await page.locator('#lang-picker option').allTextContents(), ['English', 'Deutsch', 'Nederlands', 'Dansk']);
    assert.equal(await page.getAttribute('#lang-picker', 'aria-label'), 'Language');
    assert.deepEqual(await navHrefs(page), ['./', 'compare.html', 'deadline.html', 'credit.html', 'term.html', 'compose.html']);

    await page.fill('#target', '99.95');
    await page.fill('#month', '2028-02');
    await choose(page, 'de');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await text(page, '.tagline'), 'SLA-Ausfallzeitrechner');
    assert.equal(await page.getAttribute('#lang-picker', 'aria-label'), 'Sprache');
    assert.equal(await page.inputValue('#lang-picker'), 'de');
    // The same values, shown the German way (the view's link keeps 99.95 and 2028-02).
    assert.equal(await page.inputValue('#target'), '99,95');
    assert.equal(await page.inputValue('#month'), '02.2028');
    // Computed from them, written the German way: February 2028 has 29 days, 0.05 % of 2 505 600 s.
    assert.equal(await text(page, '#exact-month'), '1.252,8 s');
    assert.deepEqual(await navHrefs(page), ['./?lang=de', 'compare.html?lang=de', 'deadline.html?lang=de',
      'credit.html?lang=de', 'term.html?lang=de', 'compose.html?lang=de']);

    await Promise.all([page.waitForURL(/deadline\.html\?lang=de$/), page.click('.site-nav a[href^="deadline.html"]')]);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await text(page, '.tagline'), 'Wann ist die Reaktion fällig?');
    assert.equal(await page.inputValue('#lang-picker'), 'de');
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'deadline.html?lang=de');

    // Back to English there: the report, my zone and the class stay; the links need no ?lang= (the browser's own).
    await page.selectOption('#profile', 'flying-circus');
    await page.selectOption('#tier', 'guided-1');
    await page.fill('#reported', '2026-03-27T15:30');
    await page.fill('#viewer-zone', 'Asia/Tokyo');
    await page.selectOption('#class', 'request');
    await choose(page, 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await text(page, '.tagline'), 'When is the response due?');
    assert.deepEqual([await page.inputValue('#profile'), await page.inputValue('#tier'), await page.inputValue('#reported'),
      await page.inputValue('#viewer-zone'), await page.inputValue('#class')],
    ['flying-circus', 'guided-1', '2026-03-27T15:30', 'Asia/Tokyo', 'request']);
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'deadline.html');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('an embedded calculator speaks its element\'s lang and shows no picker (it has no navigation)', async () => {
  const { page, context, log } = await openPage(site.browser, new URL('examples/index.html', site.baseUrl).href,
    { locale: 'en-US', viewport: { width: 1100, height: 900 } }, 'sla-calculator:defined');
  try {
    await page.evaluate(() => document.getElementById('budget-calc').setAttribute('lang', 'de'));
    const handle = await page.waitForFunction(() => {
      const frame = document.getElementById('budget-calc').shadowRoot.querySelector('iframe');
      const doc = frame.contentDocument;
      return doc?.body?.dataset.view === 'restored' && doc.documentElement.lang === 'de' && frame;
    }, null, { timeout: 20000 });
    const frame = await handle.asElement().contentFrame();
    assert.equal(await frame.textContent('#inputs-title'), 'Fragestellung');
    assert.equal(await frame.inputValue('#lang-picker'), 'de');
    assert.ok(await frame.locator('#lang-picker').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the claim letter\'s language follows the page\'s to another language, unless the reader chose one', async () => {
  for (const [chosen, expected] of [[null, 'da'], ['de', 'de']]) {
    const { page, context, log } = await openPage(site.browser, new URL('credit.html', site.baseUrl).href, { locale: 'en-US' });
    try {
      // WP Heaven, April 2026: 4 h 30 min down of 720 h → 99.375 % < 99.5 %: a credit, so a letter.
      await page.fill('#fee', '1600');
      await page.fill('#o0-start', '2026-04-10T10:00');
      await page.fill('#o0-end', '2026-04-10T14:30');
      await page.locator('#letters').waitFor();
      assert.equal(await page.inputValue('#letter-lang'), 'en');
      if (chosen) await page.selectOption('#letter-lang', chosen);
      await choose(page, 'da');
      assert.equal(await page.inputValue('#letter-lang'), expected, `chosen: ${chosen}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});
