// A user task on the credit page, done as a German Arena customer does it on
// a phone (and on a laptop): the German page, the contract chosen, the annual
// fee typed, a CSV file of the first quarter saved from German Excel (dotted
// dates, "Störung" and "Wartung") uploaded — and the quarter evaluated follows
// the file without From or To being touched; the headline says the claim
// deadline has passed.
//   node --test --test-timeout=300000 tests/e2e/user-tasks-german-csv.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, taskScreenshot, TASK_VIEWPORTS, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/*
 * The numbers, by hand from the seed (004, Arena; presets/arena.json assumes
 * UTC and USD):
 * - Q1 2026 = 31 + 28 + 31 = 90 days = 129 600 min.
 * - "Wartung" is a planned outage: not in O, and T = the quarter's minutes
 *   minus planned outages = 129 600 − 360 = 129 240 min.
 * - "Störung": 15 Jan 10:00–16:00 = 360 min, 9 Mar 20:00 – 10 Mar 01:00 =
 *   300 min; ΣO = 660 min.
 * - Availability = (T − ΣO) / T × 100 = 128 580 / 129 240 × 100
 *   = 107 150 / 1 077 = 99.489322… % < 99.5 % → credit.
 * - Credit = 1.25 % of the current annual fee 48 000.00 USD = 600.00 USD.
 * - Claim in writing within 15 days after the quarter ends: 31 March + 15 days
 *   = 15 April 2026. Today, for the page, is 5 December 2026: passed.
 */
const CSV = 'Beginn;Ende;Art\r\n15.01.2026 10:00;15.01.2026 16:00;Störung\r\n' +
  '10.02.2026 08:00;10.02.2026 14:00;Wartung\r\n09.03.2026 20:00;10.03.2026 01:00;Störung\r\n';

for (const viewport of TASK_VIEWPORTS) {
  test(`${viewport.width} px: a German CSV of Q1 2026 uploaded; the quarter follows the file; the passed deadline is the headline`, async () => {
    const { page, context, log } = await openPage(site.browser, new URL('credit.html?lang=de', site.baseUrl).href,
      { viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    try {
      // The page's clock: 5 December 2026, 10:00 (its "today" for the claim deadline).
      await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+01:00'));
      await page.getByLabel('Vertrag', { exact: true }).selectOption({ label: 'Arena — Service Level Commitment — Anwendungsdienst Arena PLM' });
      await page.getByLabel('Jahresentgelt').fill('48.000,00');
      const from = page.getByLabel('Von', { exact: true });
      const to = page.getByLabel(/^Bis\b/);
      // Untouched, From and To show a default (not the first quarter); the file will move them.
      assert.notEqual(await from.inputValue(), '01.2026');

      await page.getByText('Ausfälle importieren').click();
      // UTF-8 with a byte order mark, as Excel's "CSV UTF-8" writes it.
      await page.getByLabel(/^Oder eine Datei/).setInputFiles({ name: 'Ausfälle Q1.csv', mimeType: 'text/csv',
        buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]) });
      await page.locator('#import-message', { hasText: 'Ausfälle Q1.csv' }).waitFor();
      assert.equal(await page.locator('#import-message').textContent(),
        '3 Ausfälle aus Ausfälle Q1.csv importiert, anstelle der bisherigen Zeilen.');

      // The months follow the file: January to March, the first quarter alone.
      await page.waitForFunction(() => document.querySelector('#verdict').textContent.includes('Q1'));
      assert.equal(await from.inputValue(), '01.2026');
      assert.equal(await to.inputValue(), '03.2026');
      const rows = page.locator('[data-testid="commitment"] tr[data-testid="period-row"]');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.locator('th').textContent(), /Q1/);
      assert.equal(await rows.locator('.availability').textContent(), '99,48…\u00a0% (genau 99,489322…\u00a0%)');
      assert.equal(await rows.locator('.met').textContent(), '✗ verfehlt');

      // The headline: the claim deadline has passed, with the amount and the day.
      const verdict = page.locator('#verdict');
      assert.match(await verdict.textContent(),
        /^Antragsfrist abgelaufen: Die Gutschrift für .*Q1.* \(600,00\s\$\) war bis 15\.04\.2026 zu beantragen \(Stand 05\.12\.2026\)\.$/);
      assert.ok(!(await verdict.textContent()).includes('✓'));
      assert.equal(await page.locator('#credit-facts dd.claim-deadline').textContent(), '15.04.2026 — abgelaufen (Stand 05.12.2026)');
      // The headline is in view without scrolling sideways (a phone's width).
      const box = await verdict.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, JSON.stringify(box));

      await verdict.scrollIntoViewIfNeeded();
      await taskScreenshot(page, 'german-csv-q1');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
