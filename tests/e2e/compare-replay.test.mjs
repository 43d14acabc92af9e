// The comparison page's outage ledger (compare.html, "Outages") in headless
// Chromium: a pasted CSV replayed on Arena, Flying Circus and WP Heaven. The
// expected figures are worked out by hand from the contracts' rules, not
// taken from the module.
//   node --test tests/e2e/compare-replay.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const openPage = (options) => openPageAt(site.browser, new URL('compare.html', site.baseUrl).href, options);
const replayLines = (page, col) =>
  page.locator(`#compare tr[data-row="replay"] td[data-col="${col}"] .line`).allTextContents();

// Times without an offset: read in the first column's zone (Arena: UTC) for every column.
const LEDGER = `start,end,kind
2026-02-10 10:00,2026-02-10 16:00,unplanned
2026-05-03 08:00,2026-05-05 08:00,unplanned
`;

async function pasteLedger(page, text) {
  await page.locator('#outages-text').evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

test('a pasted ledger replayed on every column: periods, breaches and credits', async () => {
  const { page, context, log } = await openPage();
  try {
    // Collapsed until opened; no replay row without a ledger.
    assert.equal(await page.locator('#outages-section').getAttribute('open'), null);
    assert.equal(await page.locator('#compare tr[data-row="replay"]').count(), 0);

    await page.selectOption('#col-0-profile', 'preset:arena');
    await page.fill('#col-0-price', '1000');
    await page.selectOption('#col-2-profile', 'preset:wp-heaven');
    await page.fill('#col-2-price', '500');
    await page.fill('#month', '2027-01');
    await page.click('#outages-section summary');
    // The months by default: the 12 full months before the page's month.
    assert.match(await page.textContent('#replay-range-hint'), /2026-01 to 2026-12/);
    await pasteLedger(page, LEDGER);
    await page.waitForSelector('#compare tr[data-row="replay"]');

    // Arena, per quarter: Q1 has 90 days = 129 600 min, 360 down: 99.722222…% ≥ 99.5 %.
    // Q2 has 91 days = 131 040 min, 2 880 down: 97.802197…% < 99.5 % — 1.25 % of the annual fee,
    // 12 × 1 000.00 USD ("Gutschriften") = 150.00 USD.
    const arena = await replayLines(page, 0);
    assert.equal(arena[0], '2026-Q1: 99.722222… % — 99.5 % met');
    assert.equal(arena[1], '2026-Q2: 97.802197… % — below 99.5 %, breached; credit 150.00 USD');
    assert.equal(arena[2], '2026-Q3: 100 % — 99.5 % met');
    assert.equal(arena.at(-1), 'Credits in all: 150.00 USD');

    // WP Heaven, per month, credit (GT − FT) × MP / 100 (§11.3) on 500.00 DKK:
    // February 2026 (Copenhagen) 672 h, 6 h down: FT 99.107142…%, 55/28 DKK → 1.96 DKK;
    // May 744 h, 48 h down: FT 93.548387…%, 1845/62 DKK → 29.76 DKK.
    const wp = await replayLines(page, 2);
    assert.equal(wp[1], 'February 2026: 99.107142… % — below 99.5 %, breached; credit 1.96 DKK');
    assert.equal(wp[4], 'May 2026: 93.548387… % — below 99.5 %, breached; credit 29.76 DKK');
    assert.equal(wp.at(-1), 'Credits in all: 31.72 DKK');

    // Flying Circus without a price: the periods, and a prompt for the price.
    const fc = await replayLines(page, 1);
    assert.ok(fc.some((line) => /^February 2026, .*breached$/.test(line)), fc.join('\n'));
    assert.equal(fc.at(-1), 'Enter a monthly price');

    // The zone is said under the table.
    assert.match(await page.textContent('#explain li[data-code="outage-zone"]'), /UTC for every column/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('errors in the ledger and the months stand next to their field; nothing typed is lost', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.click('#outages-section summary');
    const bad = `${LEDGER}2026-06-01 12:00,2026-06-01 11:00,unplanned\n`;
    await pasteLedger(page, bad);
    await page.waitForSelector('#outages-text-error:not([hidden])');
    assert.ok((await page.textContent('#outages-text-error')).length > 5);
    assert.equal(await page.inputValue('#outages-text'), bad);

    await pasteLedger(page, LEDGER);
    await page.waitForSelector('#outages-text-error[hidden]', { state: 'attached' });
    await page.waitForSelector('#compare tr[data-row="replay"]');
    await page.fill('#replay-from', '2026-06');
    await page.fill('#replay-to', '2026-01');
    await page.waitForSelector('#replay-to-error:not([hidden])');
    assert.match(await page.textContent('#replay-to-error'), /before/);
    assert.equal(await page.inputValue('#replay-from'), '2026-06');

    // Slashed dates no date of the ledger settles: the order is asked beside them, then the row comes.
    await page.fill('#replay-from', '2026-01');
    await page.fill('#replay-to', '2026-12');
    await pasteLedger(page, 'start,end\n03/04/2026 10:00,03/04/2026 11:00\n');
    await page.waitForSelector('#outages-date-order-error:not([hidden])');
    assert.match(await page.textContent('#outages-date-order-error'), /day first/);
    await page.selectOption('#outages-date-order', 'month-day');
    await page.waitForSelector('#outages-date-order-error[hidden]', { state: 'attached' });
    await page.waitForSelector('#compare tr[data-row="replay"]');
    // Flying Circus Managed 4, March 2026 (month first: 4 March): 1 h down on the 750 h its
    // stated maxima are a share of (§9.2): 749/750 = 99.866666…%, below the platform's 99.9 %.
    assert.ok((await replayLines(page, 0)).includes('March 2026, platform: 99.866666… % — below 99.9 %, breached'),
      (await replayLines(page, 0)).join('\n'));

    // A scope the second column's contract does not know (Flying Circus §9.2: platform, application).
    await pasteLedger(page, 'start,end,scope\n2026-02-10 10:00,2026-02-10 16:00,database\n');
    await page.waitForSelector('#outages-text-error:not([hidden])');
    assert.match(await page.textContent('#outages-text-error'), /database/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
