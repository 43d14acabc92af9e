// The navigation's names (web/partials/nav.html, web/locales/*/common.json)
// in headless Chromium: a page's menu item uses the word its heading uses,
// in all four languages. The words expected are chosen by hand from the
// headings (the Danish contract speaks of "kreditering").
//   node --test tests/e2e/nav-names.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/** The menu item of the page open and the page's heading, in `lang`. */
async function navAndHeading(file, lang) {
  const { page, context, log } = await openPage(site.browser, new URL(`${file}?lang=${lang}`, site.baseUrl).href);
  try {
    const nav = await page.locator('.site-nav a[aria-current="page"]').textContent();
    const heading = await page.locator('h1 .tagline').textContent();
    assert.deepEqual(log.errors, []);
    return { nav, heading };
  } finally {
    await context.close();
  }
}

test('the credit page: menu item and heading name the credit with one word in every language', async () => {
  for (const [lang, word] of [['en', /credit/], ['de', /Gutschrift/], ['nl', /creditering/], ['da', /kreditering/]]) {
    const { nav, heading } = await navAndHeading('credit.html', lang);
    assert.match(nav, word, `${lang} menu: ${nav}`);
    assert.match(heading, word, `${lang} heading: ${heading}`);
  }
  const { nav } = await navAndHeading('credit.html', 'da');
  assert.doesNotMatch(nav, /kompensation/i);
});

test('the term page: its menu item names the cost as well as the term, in every language', async () => {
  for (const [lang, name] of [['en', 'Term & cost'], ['de', 'Laufzeit & Kosten'], ['nl', 'Looptijd & kosten'],
    ['da', 'Løbetid & pris']]) {
    const { nav, heading } = await navAndHeading('term.html', lang);
    assert.equal(nav, name);
    // The heading asks what it costs ("cost", "kostet", "kost", "koster"), the menu item says so too.
    assert.match(heading, /cost|kost/i, heading);
    assert.match(nav, /cost|kost|pris/i, nav);
  }
});
