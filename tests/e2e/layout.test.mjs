// Nothing wider than the window, in headless Chromium: on every page at
// 390×844, 1366×768 and 1920×1080, in every language, the document does not
// scroll sideways, no visible element's right edge lies beyond the viewport
// and none is wider than the element that holds it — except inside a table
// wrapper that scrolls on purpose (.table-scroll and the like: overflow-x
// auto), which then shows that it scrolls (a shadow at the edge that hides
// columns). The credit page's period table: cards on a phone, every column
// labelled; whole, "Remaining budget" included, beside the form.
//   node --test tests/e2e/layout.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';
import { choose, outage, range } from './credit-page.mjs';

const site = useLocalSite();

const PAGES = ['index.html', 'compare.html', 'compose.html', 'deadline.html', 'credit.html', 'term.html'];
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }];
const LANGS = ['en', 'de', 'nl', 'da'];

/** What sticks out of the page: the document's overflow and each element beyond the right edge. */
function overflow() {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => /auto|scroll/.test(getComputedStyle(e).overflowX);
  const inScroller = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return p;
    return null;
  };
  // Inside a box clipped to nothing (text for screen readers only, as .visually-hidden): not seen.
  const clippedAway = (e) => {
    for (let p = e; p; p = p.parentElement) if (getComputedStyle(p).clip === 'rect(0px, 0px, 0px, 0px)') return true;
    return false;
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
    // Wider than what holds it (taken out of the flow, an element answers to no parent box).
    const parent = e.parentElement;
    if (parent && parent !== document.body && !/absolute|fixed/.test(getComputedStyle(e).position)
      && parent.clientWidth > 0 && r.width > parent.getBoundingClientRect().width + 0.5 && !clippedAway(e)) {
      out.push(`${name(e)} ${Math.round(r.width)} px wide in ${name(parent)} of ${Math.round(parent.getBoundingClientRect().width)}`);
    }
  }
  // A wrapper that scrolls says so: a shadow (background or box-shadow) on the side with more.
  for (const s of scrollers) {
    const style = getComputedStyle(s);
    if (style.backgroundImage === 'none' && style.boxShadow === 'none') out.push(`${name(s)} scrolls without a sign`);
  }
  return out;
}

// Each page opened once per language at the widest window, then narrowed: the media queries answer each width.
const WIDEST_FIRST = [...VIEWPORTS].reverse();

for (const file of PAGES) {
  test(`${file}: nothing wider than the window or its container at 390, 1366 and 1920 px, in every language`, async () => {
    const found = [];
    for (const lang of LANGS) {
      const { page, context, log } = await openPage(site.browser, new URL(`${file}?lang=${lang}`, site.baseUrl).href,
        { viewport: WIDEST_FIRST[0] });
      try {
        await page.waitForLoadState('networkidle');
        for (const viewport of WIDEST_FIRST) {
          await page.setViewportSize(viewport);
          await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
          found.push(...(await page.evaluate(overflow)).map((f) => `${lang} ${viewport.width}px ${f}`));
        }
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
}

/** The credit page at the widest window with three months of Flying Circus Guided 1 (two commitments, one month missed). */
async function creditTables(lang) {
  const opened = await openPage(site.browser, new URL(`credit.html?lang=${lang}`, site.baseUrl).href,
    { viewport: WIDEST_FIRST[0] });
  const { page } = opened;
  await choose(page, 'flying-circus', 'guided-1');
  await range(page, '2026-01', '2026-03');
  await outage(page, 0, '2026-02-01T10:00', '2026-02-02T11:00');
  await page.waitForSelector('.period-table tr[data-period="2026-03-01"]');
  return opened;
}

/** What the period tables' wrappers and cells show at `viewport`. */
async function tablesAt(page, viewport) {
  await page.setViewportSize(viewport);
  await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
  const tables = await page.locator('.period-table').evaluateAll((ts) => ts.map((table) => {
    const box = table.closest('.table-scroll');
    const inside = box.getBoundingClientRect();
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    return {
      scrolls: box.scrollWidth > box.clientWidth,
      rowDisplay: getComputedStyle(table.querySelector('tbody tr')).display,
      // Each cell's label (before it on a phone) and whether the cell lies within the wrapper.
      cells: [...table.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.cells].slice(1).map((td) => ({
        label: getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''),
        header: headers[td.cellIndex],
        within: td.getBoundingClientRect().right <= inside.right + 0.5 && td.getBoundingClientRect().width > 0,
      }))),
      remainingWithin: table.querySelector('thead th:last-child').getBoundingClientRect().right <= inside.right + 0.5,
    };
  }));
  return tables;
}

test('credit: the period table as cards on a phone, every column labelled; whole beside the form', async () => {
  for (const lang of LANGS) {
    const { page, context, log } = await creditTables(lang);
    try {
      for (const viewport of VIEWPORTS.slice(1)) {
        for (const table of await tablesAt(page, viewport)) {
          assert.equal(table.scrolls, false, `${lang} ${viewport.width} px: the table scrolls sideways`);
          assert.equal(table.rowDisplay, 'table-row');
          assert.ok(table.remainingWithin, `${lang} ${viewport.width} px: "Remaining budget" out of view`);
          assert.ok(table.cells.every((cell) => cell.within));
        }
      }
      const phone = await tablesAt(page, VIEWPORTS[0]);
      assert.equal(phone.length, 2);
      for (const table of phone) {
        assert.equal(table.scrolls, false, `${lang} 390 px: the table scrolls sideways`);
        assert.equal(table.rowDisplay, 'block');
        // 3 months × 7 columns, each named as its header names it, none cut off.
        assert.equal(table.cells.length, 21);
        for (const cell of table.cells) {
          assert.equal(cell.label, cell.header);
          assert.ok(cell.within, `${lang} 390 px: ${cell.header} cut off`);
        }
      }
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});
