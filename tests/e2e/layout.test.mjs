// Nothing wider than the window, in headless Chromium: on every page at
// 390×844 and 1366×768, in English, German and Danish, the document does not
// scroll sideways and no visible element's right edge lies beyond the
// viewport — except inside a table wrapper that scrolls on purpose
// (.table-scroll and the like: overflow-x auto), which then shows that it
// scrolls (a shadow at the edge that hides columns).
//   node --test tests/e2e/layout.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

const PAGES = ['index.html', 'compare.html', 'compose.html', 'deadline.html', 'credit.html', 'term.html'];
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1366, height: 768 }];

/** What sticks out of the page: the document's overflow and each element beyond the right edge. */
function overflow() {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => /auto|scroll/.test(getComputedStyle(e).overflowX);
  const inScroller = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return p;
    return null;
  };
  const out = [];
  const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
  if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth} > ${width}`);
  const scrollers = new Set();
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
    const scroller = inScroller(e);
    if (scroller) {
      if (scroller.scrollWidth > scroller.clientWidth) scrollers.add(scroller);
      continue;
    }
    if (r.right > width + 0.5) out.push(`${name(e)} ends at ${Math.round(r.right)} > ${width}`);
  }
  // A wrapper that scrolls says so: a shadow (background or box-shadow) on the side with more.
  for (const s of scrollers) {
    const style = getComputedStyle(s);
    if (style.backgroundImage === 'none' && style.boxShadow === 'none') out.push(`${name(s)} scrolls without a sign`);
  }
  return out;
}

for (const file of PAGES) {
  test(`${file}: nothing wider than the window at 390 and 1366 px, in en, de and da`, async () => {
    const found = [];
    for (const lang of ['en', 'de', 'da']) {
      for (const viewport of VIEWPORTS) {
        const { page, context, log } = await openPage(site.browser, new URL(`${file}?lang=${lang}`, site.baseUrl).href,
          { viewport });
        try {
          await page.waitForLoadState('networkidle');
          found.push(...(await page.evaluate(overflow)).map((f) => `${lang} ${viewport.width}px ${f}`));
          assert.deepEqual(log.errors, []);
        } finally {
          await context.close();
        }
      }
    }
    assert.deepEqual(found, []);
  });
}
