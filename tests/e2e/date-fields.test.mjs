// Month, date and date-and-time fields in headless Chromium: every visible
// one shows its whole value in the page's language (web/locale-input.js:
// "28.09.2026 23:59:59", "28-09-2026", "09.2026") — its text ends inside the
// box, nothing scrolled out of sight — on every page with such fields (those
// a choice would show, too), at 390 px and 1366 px, in all four languages,
// the browser's locale set to match.
//   node --test tests/e2e/date-fields.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

// Not index.html: its one month field, inside the closed conventions, is not reliably laid
// out for measuring in headless Chromium when revealed by a script; not yet checked here.
const PAGES = ['compare.html', 'deadline.html', 'credit.html', 'term.html'];
const LOCALES = { en: 'en-US', de: 'de-DE', nl: 'nl-NL', da: 'da-DK' };
// Long values: a two-digit day and month, an evening time with seconds.
const VALUES = { month: '2026-09', date: '2026-09-28', datetime: '2026-09-28T23:59:59' };

/**
 * Each field filled, and shown with what holds it (a what-if's fields; a
 * closed <details> is opened by a click, see openDetails); whether one of them is laid out. Run until it is: the
 * page may still be making its fields when it says it is ready.
 */
function fillShown(values) {
  const fields = [...document.querySelectorAll('input[data-locale-input]')].filter((i) => i.dataset.localeInput in values);
  for (const input of fields) {
    input.value = values[input.dataset.localeInput];
    for (let e = input; e; e = e.parentElement) e.hidden = false;
  }
  return fields.some((i) => i.getBoundingClientRect().width > 0);
}

/** Each closed <details> with such a field opened as a person does: a click on its summary. */
async function openDetails(page) {
  for (const summary of await page.locator('details:not([open]):has(input[data-locale-input]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
}

/** Every field whose value does not fit: "id: text needs x px, has y"; and how many fields were seen. */
function clipped(values) {
  const found = [];
  let seen = 0;
  for (const input of document.querySelectorAll('input[data-locale-input]')) {
    if (!(input.dataset.localeInput in values) || input.getBoundingClientRect().width === 0) continue;
    seen += 1;
    if (input.scrollWidth > input.clientWidth) {
      found.push(`${input.id}: "${input.placeholder}" ${input.scrollWidth} px of text, room for ${input.clientWidth}`);
    }
  }
  return { found, seen };
}

for (const file of PAGES) {
  test(`${file}: every month, date and time field shows its whole value at 390 and 1366 px in en, de, nl, da`, async () => {
    const found = [];
    for (const [lang, locale] of Object.entries(LOCALES)) {
      for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
        const { page, context, log } = await openPage(site.browser, new URL(`${file}?lang=${lang}`, site.baseUrl).href,
          { locale, viewport });
        try {
          // The page may still be laying out a field it has just shown:
          // revealed, then measured, up to three times.
          let seen = { found: [], seen: 0 };
          for (let attempt = 0; attempt < 3 && seen.seen === 0; attempt += 1) {
            await openDetails(page);
            await page.waitForFunction(fillShown, VALUES, { timeout: 5000 }).catch(() => {});
            await page.locator(Object.keys(VALUES).map((k) => `input[data-locale-input="${k}"]`).join(', ')).first()
              .scrollIntoViewIfNeeded({ timeout: 5000 }).catch(() => {});
            await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
            seen = await page.evaluate(clipped, VALUES);
          }
          assert.ok(seen.seen > 0, `${file} ${lang} ${viewport.width}px: no date field shown`);
          found.push(...seen.found.map((f) => `${lang} ${viewport.width}px ${f}`));
          assert.deepEqual(log.errors, []);
        } finally {
          await context.close();
        }
      }
    }
    assert.deepEqual(found, []);
  });
}
