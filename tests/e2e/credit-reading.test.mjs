// The credit page's reading of a contract, as a person sees it: which hours a
// downtime budget is a share of (docs/design.md, "One reading of a contract"),
// what an outage hit (Flying Circus §9.2: the platform or the application),
// and when planned work was announced (WP Heaven §10.1: at least 48 h ahead).
// The budgets and credits expected below are worked out by hand from the
// contracts' rules, not taken from the module.
//   node --test tests/e2e/credit-reading.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, fact, outage, periodTable, range, text } from './credit-page.mjs';

const site = useLocalSite();

const openPage = creditPageOf(site, openPageAt);

/** Flying Circus §9.7: the previous month's resource group, 100 + 20 + 30 + 5 = 155.00 EUR. */
async function resourceGroup(page) {
  await page.fill('#rg-serviceLevel', '100');
  await page.fill('#rg-vcpu', '20');
  await page.fill('#rg-ram', '30');
  await page.fill('#rg-storage', '5');
}

/** The commitment block of `scope` ("" for a contract whose commitments name none). */
const block = (page, scope) => page.locator(`[data-testid="commitment"][data-scope="${scope}"]`);

/** A commitment's period table as { period: { downtime, met, budget, remaining } }. */
const periods = (page, scope) => periodTable(block(page, scope),
  { downtime: 'downtime', met: 'met', budget: 'budget', remaining: 'remaining' });

const heads = (page, scope) => block(page, scope).locator('.period-table thead th').allTextContents();

/** The outage rows as the page holds them, scope and announcement included. */
function rows(page) {
  return page.locator('#outage-list > li').evaluateAll((lis) => lis.map((li) => {
    const value = (part) => li.querySelector(`[id$="-${part}"]`).value;
    return { start: value('start'), end: value('end'), kind: value('kind'), scope: value('scope'),
      announced: value('announced'), note: value('note') };
  }));
}

/** The view a link holds (share.js: "#v1." and base64url of deflate-raw JSON), or null without one. */
function viewOf(url) {
  const { hash } = new URL(url);
  return hash.startsWith('#v1.') ? JSON.parse(inflateRawSync(Buffer.from(hash.slice(4), 'base64url')).toString('utf8')) : null;
}

async function chooseFile(page, file) {
  const before = await page.evaluate(() => [document.querySelector('#import-message').textContent,
    document.querySelector('#import-file-error').textContent]);
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction((old) => document.querySelector('#import-message').textContent !== old[0] ||
    document.querySelector('#import-file-error').textContent !== old[1], before);
}

// ---------------------------------------------------------------- the reading

test('Flying Circus platform, April 2026: 44 min is within §9.2\'s 45 min; read on the calendar month it is missed and 5 % is owed', async () => {
  for (const width of [1366, 390]) {
    const { page, context, log } = await openPage({ viewport: { width, height: 900 } });
    try {
      await choose(page, 'flying-circus', 'platform');
      await range(page, '2026-04', '2026-04');
      await resourceGroup(page);
      // The reading select: the contract's own figure by default, seven readings in words.
      assert.equal(await text(page, 'label[for="month-basis"]'), 'Downtime budget: a share of which hours');
      assert.equal(await page.inputValue('#month-basis'), 'contract');
      assert.deepEqual(await page.locator('#month-basis option').allTextContents(), [
        'What the contract says (its stated maximum where it states one)',
        "The service window's own hours in the period", 'The calendar month (28 to 31 days)', 'A month of 30 days',
        'A month of 730 h (8 760 h / 12)', 'An average month (365.2425 / 12 days)', 'A month of 750 h']);

      // Sunday 12 April, 09:00–09:44 Berlin time: 44 min. §9.2 allows the platform 45 min a month
      // (0.1 % of 750 h = 0.75 h): met, nothing owed.
      await outage(page, 0, '2026-04-12T09:00', '2026-04-12T09:44');
      assert.deepEqual(await heads(page, 'platform'), ['Period', 'Counted', 'Downtime', 'Measured', 'Availability',
        'Target met', 'Budget', 'Remaining']);
      assert.deepEqual((await periods(page, 'platform'))['April 2026'],
        { downtime: '44m', met: '✓ met', budget: '45m', remaining: '1m' });
      assert.equal(await text(page, `${'[data-scope="platform"]'} [data-testid="reading"]`),
        'Downtime budget — Stated in the contract (0.1 % of 750 h)');
      assert.equal(await text(page, '#verdict'), 'No credit for April 2026: every target was met.');
      if (width === 1366) await page.screenshot({ path: path.join(shotDir, 'credit-reading-1366.png'), fullPage: true });

      // The same month read as a calendar month: 0.1 % of 30 × 24 h = 0.72 h = 43m 12s < 44 min → missed,
      // and the flat 5 % of the resource group is owed: 5 % × 155.00 EUR = 7.75 EUR.
      await page.selectOption('#month-basis', 'calendar');
      assert.deepEqual((await periods(page, 'platform'))['April 2026'],
        { downtime: '44m', met: '✗ missed', budget: '43m 12s', remaining: 'over by 48s' });
      assert.equal(await text(page, '[data-scope="platform"] [data-testid="reading"]'),
        'Downtime budget — Month basis: April 2026 (calendar month, 30 days)');
      assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 7.75 EUR');
      assert.equal(await fact(page, 'amount'), '7.75 EUR (5% of 155.00 EUR)');

      // Every reading side by side, the applied one marked: 750 h and the contract's figure keep 45 min.
      const readings = block(page, 'platform').locator('[data-testid="readings"]');
      await readings.locator('summary').click();
      const table = await readings.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
        [tr.dataset.reading, tr.querySelector('th').textContent, tr.querySelector('td').textContent]));
      assert.deepEqual(table.find(([id]) => id === 'contract').slice(2), ['45m ✓ met']);
      assert.deepEqual(table.find(([id]) => id === 'calendar').slice(1),
        ['The calendar month (28 to 31 days) (applied)', '43m 12s ✗ missed']);
      assert.deepEqual(table.find(([id]) => id === '750h').slice(2), ['45m ✓ met']);
      // 730 h: 0.1 % = 2 628 s = 43m 48s.
      assert.deepEqual(table.find(([id]) => id === '730h').slice(2), ['43m 48s ✗ missed']);
      // The table stays open while the user types.
      await page.fill('#rg-storage', '5,00');
      assert.equal(await readings.getAttribute('open'), '');
      if (width === 390) {
        await page.screenshot({ path: path.join(shotDir, 'credit-reading-390.png'), fullPage: true });
        // A phone: the page does not overflow; the wide tables scroll inside their own boxes.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 391);
      }
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('a quarterly commitment keeps the contract\'s reading under a month basis, and says so', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await range(page, '2026-04', '2026-06');
    // Q2 2026: 91 days × 24 h = 2 184 h; 0.5 % = 10.92 h = 10h 55m 12s.
    assert.equal((await periods(page, ''))['2026-Q2'].budget, '10h 55m 12s');
    await page.selectOption('#month-basis', '30d');
    assert.equal((await periods(page, ''))['2026-Q2'].budget, '10h 55m 12s');
    assert.match(await text(page, '[data-testid="reading"]'),
      /^Downtime budget — Every hour of 2026-Q2\. A month basis does not apply per quarter: the contract's reading is kept\.$/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- what an outage hit

test('Flying Circus Guided 3: a 2 h outage of the application only is within its 3 h 45 min; of everything it breaks the platform\'s 45 min', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-3');
    await range(page, '2026-04', '2026-04');
    await resourceGroup(page);
    // The scopes as the profile writes them, after "everything".
    assert.equal(await text(page, 'label[for="o0-scope"]'), 'What it hit');
    assert.deepEqual(await page.locator('#o0-scope option').allTextContents(),
      ['Everything (all commitments)', 'platform', 'application']);
    assert.equal(await page.inputValue('#o0-scope'), 'all');

    // Tuesday 14 April, 10:00–12:00: 2 h. Application: 99.5 %, §9.2's 3 h 45 min → met.
    await outage(page, 0, '2026-04-14T10:00', '2026-04-14T12:00');
    await page.selectOption('#o0-scope', 'application');
    assert.deepEqual((await periods(page, 'application'))['April 2026'],
      { downtime: '2h', met: '✓ met', budget: '3h 45m', remaining: '1h 45m' });
    // The platform was not hit: nothing counted against its 45 min.
    assert.deepEqual((await periods(page, 'platform'))['April 2026'],
      { downtime: '0s', met: '✓ met', budget: '45m', remaining: '45m' });
    assert.equal(await text(page, '#verdict'), 'No credit for April 2026: every target was met.');

    // The same outage hit everything: 2 h > 45 min on the platform → 5 % × 155.00 EUR = 7.75 EUR.
    await page.selectOption('#o0-scope', 'all');
    assert.deepEqual((await periods(page, 'platform'))['April 2026'],
      { downtime: '2h', met: '✗ missed', budget: '45m', remaining: 'over by 1h 15m' });
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 7.75 EUR');

    // A contract whose commitments name no scope: no such field; the choice is kept for the way back.
    await page.selectOption('#o0-scope', 'application');
    await choose(page, 'wp-heaven', 'standard');
    assert.ok(await page.locator('#o0-scope').isHidden());
    await choose(page, 'flying-circus', 'guided-3');
    assert.equal(await page.inputValue('#o0-scope'), 'application');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- when planned work was announced

test('WP Heaven, November 2026: planned work announced 2 h ahead is downtime; 48 h ahead it is a service window (§10.1)', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-11', '2026-11');
    await page.fill('#fee', '1600');
    await outage(page, 0, '2026-11-02T00:00', '2026-11-02T04:00');
    // Only planned work is announced.
    assert.ok(await page.locator('#o0-announced').isHidden());
    await page.selectOption('#o0-kind', 'planned');
    assert.ok(await page.locator('#o0-announced').isVisible());
    assert.equal(await text(page, 'label[for="o0-announced"]'), 'Announced at');
    assert.equal(await text(page, '#o0-announced-hint'),
      'At least 48h ahead (§10.1), or it counts as downtime. Left empty, it is taken as announced in time.');
    // Not announced: taken as in time, so not downtime (and out of the measured time, §3.1).
    assert.equal((await periods(page, ''))['November 2026'].downtime, '0s');

    // Announced Sunday 1 November 22:00, 2 h before: no announced service window → 4 h of downtime.
    await page.fill('#o0-announced', '2026-11-01T22:00');
    assert.equal((await periods(page, ''))['November 2026'].downtime, '4h');
    assert.equal(await text(page, '[data-testid="late-notice"]'),
      '1 planned outage was announced less than 48h ahead (§10.1): its time counts as downtime.');
    // November: 720 h; 0.5 % = 3h 36m < 4 h → missed: (99.5 − (100 − 4/7.2)) × 16 DKK = 0.0555… × 16 = 0.89 DKK.
    assert.match(await text(page, '#verdict'), /^✓ Credit owed for November 2026: 0\.89 DKK$/);

    // Announced Saturday 31 October 00:00, exactly 48 h before (no clock change between): in time.
    await page.fill('#o0-announced', '2026-10-31T00:00');
    assert.equal((await periods(page, ''))['November 2026'].downtime, '0s');
    assert.equal(await page.locator('[data-testid="late-notice"]').count(), 0);
    assert.equal(await text(page, '#verdict'), 'No credit for November 2026: every target was met.');

    // A half-typed announcement: said next to it, the rest kept.
    await page.locator('#o0-announced').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    assert.equal(await text(page, '#o0-announced-error'),
      'Enter the whole date and time it was announced, or leave it empty. Format: yyyy-mm-ddThh:mm.');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    await page.fill('#o0-announced', '2026-11-01T22:00');
    assert.ok(await page.locator('#o0-announced-error').isHidden());
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');

    // An unplanned outage has no announcement: the field goes, the time typed stays for the way back.
    await page.selectOption('#o0-kind', 'unplanned');
    assert.ok(await page.locator('#o0-announced').isHidden());
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    await page.selectOption('#o0-kind', 'planned');
    assert.equal(await page.inputValue('#o0-announced'), '2026-11-01T22:00');
    // A contract without a notice rule asks for none.
    await choose(page, 'flying-circus', 'guided-3');
    assert.ok(await page.locator('#o0-announced').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- import, export

test('import and export: a scope column and announcements; a scope the contract does not know is said where it is', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-3');
    await range(page, '2026-04', '2026-04');
    await resourceGroup(page);
    await page.click('#import summary');
    await page.fill('#import-text', 'Beginn;Ende;Bereich;Bemerkung\n2026-04-14 10:00;2026-04-14 12:00;application;web\n' +
      '2026-04-20 10:00;2026-04-20 10:30;platform;\n');
    await page.click('#import-paste');
    assert.deepEqual(await rows(page), [
      { start: '2026-04-14T10:00', end: '2026-04-14T12:00', kind: 'unplanned', scope: 'application', announced: '', note: 'web' },
      { start: '2026-04-20T10:00', end: '2026-04-20T10:30', kind: 'unplanned', scope: 'platform', announced: '', note: '' },
    ]);
    // Application 2 h of 3 h 45 min, platform 30 min of 45 min: both met.
    assert.equal((await periods(page, 'application'))['April 2026'].downtime, '2h');
    assert.equal((await periods(page, 'platform'))['April 2026'].downtime, '30m');
    assert.match(await text(page, '#verdict'), /No credit/);

    // Downloaded, the scope is a column of its own; imported back, the same rows.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csvBytes = await readFile(await csv.path());
    assert.equal(csvBytes.toString('utf8'), '\uFEFFstart,end,kind,reason,scope,note\r\n' +
      '2026-04-14T10:00,2026-04-14T12:00,unplanned,,application,web\r\n' +
      '2026-04-20T10:00,2026-04-20T10:30,unplanned,,platform,\r\n');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    assert.deepEqual(JSON.parse(await readFile(await json.path(), 'utf8')).outages.map((o) => o.scope),
      ['application', 'platform']);
    const before = await rows(page);
    await chooseFile(page, { name: 'outages.csv', mimeType: 'text/csv', buffer: csvBytes });
    assert.deepEqual(await rows(page), before);

    // A scope the contract does not know, pasted: the core names line and column; the rows stay.
    await page.fill('#import-text', 'start,end,scope\n2026-04-14T10:00,2026-04-14T12:00,database\n');
    await page.click('#import-paste');
    assert.equal(await text(page, '#import-text-error'),
      'line 2, column 3 (scope): no scope "database" (all, platform, application)');
    assert.deepEqual(await rows(page), before);

    // The same in a JSON file (checked when measured, not when read): the row keeps it, marked, and the
    // core's message stands next to its select; picking a known scope clears it.
    await chooseFile(page, { name: 'ledger.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([
      { start: '2026-04-14T10:00', end: '2026-04-14T12:00', scope: 'database' }])) });
    const select = page.locator('#outage-list > li select[id$="-scope"]');
    assert.equal(await select.inputValue(), 'database');
    const id = await select.getAttribute('id');
    assert.equal(await page.locator(`#${id} option:checked`).textContent(), 'database (not in this contract)');
    assert.equal(await text(page, `#${id}-error`), 'no scope "database" (all, platform, application)');
    assert.equal(await select.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    // The calculator keeps working: a known scope, and the answer is there again.
    await select.selectOption('all');
    assert.ok(await page.locator(`#${id}-error`).isHidden());
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 7.75 EUR');

    // WP Heaven: a planned outage's announcement goes out and comes back in its own column.
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-11', '2026-11');
    await page.fill('#import-text', 'Beginn;Ende;Art;angekündigt\n2026-11-02 00:00;2026-11-02 04:00;geplant;2026-11-01 22:00\n');
    await page.click('#import-paste');
    assert.deepEqual(await rows(page), [{ start: '2026-11-02T00:00', end: '2026-11-02T04:00', kind: 'planned',
      scope: 'all', announced: '2026-11-01T22:00', note: '' }]);
    assert.equal((await periods(page, ''))['November 2026'].downtime, '4h');
    const [csv2] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.equal((await readFile(await csv2.path())).toString('utf8'), '\uFEFFstart,end,kind,reason,announced,note\r\n' +
      '2026-11-02T00:00,2026-11-02T04:00,planned,,2026-11-01T22:00,\r\n');
    // In JSON with an offset: 20:00Z is 21:00 in Copenhagen (CET in November), 3 h ahead: still late.
    await chooseFile(page, { name: 'planned.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([
      { start: '2026-11-02T00:00', end: '2026-11-02T04:00', kind: 'planned', announced: '2026-11-01T20:00:00Z' }])) });
    assert.equal((await rows(page))[0].announced, '2026-11-01T21:00');
    assert.equal((await periods(page, ''))['November 2026'].downtime, '4h');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a large file read in the background is measured under the reading chosen, its scope column included', async () => {
  // Over 256 KiB, so the worker reads it: 6 000 one-second outages in January (outside the month measured)
  // the 44 minutes of 12 April, which hit the platform, and 2 h of 20 April, which hit only the application
  // (not counted against the platform, §9.2).
  const lines = ['start,end,scope'];
  const first = Date.UTC(2026, 0, 1);
  const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  for (let i = 0; i < 6000; i += 1) lines.push(`${iso(first + i * 120000)},${iso(first + i * 120000 + 1000)},all`);
  lines.push('2026-04-12T09:00,2026-04-12T09:44,platform', '2026-04-20T10:00,2026-04-20T12:00,application');
  const buffer = Buffer.from(`${lines.join('\n')}\n`);
  assert.ok(buffer.length > 256 * 1024, `${buffer.length} bytes`);
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'platform');
    await range(page, '2026-04', '2026-04');
    await resourceGroup(page);
    await page.click('#import summary');
    await page.setInputFiles('#import-file', { name: 'monitoring.csv', mimeType: 'text/csv', buffer });
    await page.locator('#outage-file').waitFor();
    const settled = (budget) => page.waitForFunction((b) => document.querySelector('#results').dataset.state === 'ok' &&
      document.querySelector('[data-scope="platform"] td.budget')?.textContent === b, budget);
    await settled('45m');
    assert.deepEqual((await periods(page, 'platform'))['April 2026'],
      { downtime: '44m', met: '✓ met', budget: '45m', remaining: '1m' });
    await page.selectOption('#month-basis', 'calendar');
    await settled('43m 12s');
    assert.equal((await periods(page, 'platform'))['April 2026'].met, '✗ missed');
    await page.waitForFunction(() => document.querySelector('#verdict').textContent.includes('7.75 EUR'));
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 7.75 EUR');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- the link

test('the link keeps the reading, what each outage hit and when planned work was announced', async () => {
  const { page, context } = await openPage();
  let link;
  try {
    // Planned work announced, typed under WP Heaven (§10.1) …
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-04', '2026-04');
    await outage(page, 0, '2026-04-14T10:00', '2026-04-14T12:00');
    await page.click('#add-outage');
    await outage(page, 1, '2026-04-20T10:00', '2026-04-20T10:30');
    await page.selectOption('#o1-kind', 'planned');
    await page.fill('#o1-announced', '2026-04-19T09:00');
    // … then Flying Circus (no notice rule: the announcement is hidden, and kept), read on the calendar month,
    // each outage naming what it hit.
    await choose(page, 'flying-circus', 'guided-3');
    await page.selectOption('#month-basis', 'calendar');
    await page.selectOption('#o0-scope', 'application');
    await page.selectOption('#o1-scope', 'platform');
    assert.ok(await page.locator('#o1-announced').isHidden());
    // The link once it holds the last edit (it is written 300 ms after an edit).
    for (let tries = 0; viewOf(page.url())?.parts.outages[1]?.scope !== 'platform'; tries += 1) {
      assert.ok(tries < 100, `the link never held the last edit: ${page.url()}`);
      await page.waitForTimeout(100);
    }
    link = page.url();
  } finally {
    await context.close();
  }
  const fresh = await openPageAt(site.browser, link);
  try {
    const again = fresh.page;
    await again.waitForSelector('body[data-view="restored"]');
    assert.equal(await again.inputValue('#profile'), 'flying-circus');
    assert.equal(await again.inputValue('#month-basis'), 'calendar');
    assert.deepEqual(await rows(again), [
      { start: '2026-04-14T10:00', end: '2026-04-14T12:00', kind: 'unplanned', scope: 'application', announced: '', note: '' },
      { start: '2026-04-20T10:00', end: '2026-04-20T10:30', kind: 'planned', scope: 'platform', announced: '2026-04-19T09:00',
        note: '' },
    ]);
    // Measured as it was: April read as 30 days, the application's 0.5 % = 3h 36m, 2 h of it used; the platform's
    // planned half hour is maintenance (§9.2), not downtime, against 0.1 % = 43m 12s.
    assert.deepEqual((await periods(again, 'application'))['April 2026'],
      { downtime: '2h', met: '✓ met', budget: '3h 36m', remaining: '1h 36m' });
    assert.deepEqual((await periods(again, 'platform'))['April 2026'],
      { downtime: '0s', met: '✓ met', budget: '43m 12s', remaining: '43m 12s' });
    // Back under WP Heaven the announcement is there again.
    await choose(again, 'wp-heaven', 'standard');
    assert.ok(await again.locator('#outage-list > li:nth-child(2) input[id$="-announced"]').isVisible());
    assert.deepEqual(fresh.log.errors, []);
  } finally {
    await fresh.context.close();
  }
});
