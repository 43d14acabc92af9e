// The credit page imports files as spreadsheets and monitors write them:
// German dotted dates and kinds, slashed dates whose order the page asks
// once and then reads, and every bad row listed next to the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, periodTable, range, text } from './credit-page.mjs';

const site = useLocalSite();
const openPage = creditPageOf(site, openPageAt);

const q2 = async (page) => (await periodTable(page.locator('[data-testid="commitment"]').first(),
  { availability: 'availability', met: 'met' }))['2026-Q2'];

/** The outage rows as the page holds them: { start, end, kind } each. */
const rows = (page) => page.locator('#outage-list > li').evaluateAll((lis) => lis.map((li) => {
  const value = (part) => li.querySelector(`[id$="-${part}"]`).value;
  return { start: value('start'), end: value('end'), kind: value('kind') };
}));

test('a German CSV file with dotted dates and "Störung" fills the rows and measures as the ISO times do', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await range(page, '2026-04', '2026-06');
    await page.click('#import summary');
    // Windows-1252, as German Excel writes "CSV": ö is one byte.
    const csv = Buffer.from('Beginn;Ende;Art\r\n15.05.2026 10:00;15.05.2026 21:55:12;Störung\r\n', 'latin1');
    await page.setInputFiles('#import-file', { name: 'Störungen.csv', mimeType: 'text/csv', buffer: csv });
    await page.locator('#import-message', { hasText: 'Störungen.csv' }).waitFor();
    assert.deepEqual(await rows(page), [{ start: '2026-05-15T10:00', end: '2026-05-15T21:55:12', kind: 'unplanned' }]);
    // Arena's zone is UTC: 42 912 s down of Q2's 7 862 400 s → 99.454212… % < 99.5 % → missed.
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok');
    assert.deepEqual(await q2(page), { availability: '99.45…% (exactly 99.454212…%)', met: '✗ missed' });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('slashed dates no date settles: the page asks once, then reads with the answer; a large file too', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await page.click('#import summary');
    const csv = 'start,end,kind\n03/04/2026 10:00,03/04/2026 11:00,outage\n';
    await page.fill('#import-text', csv);
    await page.click('#import-paste');
    const question = page.locator('#date-order');
    await question.waitFor();
    assert.equal(await text(page, '#date-order-question'), 'Which comes first in the dates with slashes? line 2: ' +
      '03/04/2026 10:00 could be 2026-04-03 (day first) or 2026-03-04 (month first), and no date in the file has a day ' +
      'over 12.');
    await page.click('#date-order-month');
    assert.ok(await question.isHidden());
    assert.deepEqual(await rows(page), [{ start: '2026-03-04T10:00', end: '2026-03-04T11:00', kind: 'unplanned' }]);
    await page.click('#import-paste');
    await question.waitFor();
    await page.click('#date-order-day');
    assert.deepEqual(await rows(page), [{ start: '2026-04-03T10:00', end: '2026-04-03T11:00', kind: 'unplanned' }]);
    assert.equal(await page.inputValue('#import-text'), csv);

    // A file over 256 KiB goes to the worker: the same question, then the file is read with the answer.
    // A minute-long outage every two minutes of 1–5 January: 3 600 rows, none with a day over 12.
    const two = (n) => String(n).padStart(2, '0');
    const at = (minute) => {
      const d = new Date(Date.UTC(2026, 0, 1, 0, minute));
      return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/2026 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:00`;
    };
    const lines = Array.from({ length: 3600 }, (_, i) => `${at(2 * i)},${at(2 * i + 1)},outage,web check failed (HTTP 503)`);
    const big = `start,end,kind,note\n${lines.join('\n')}\n`;
    assert.ok(big.length > 256 * 1024, `${big.length} bytes`);
    await page.setInputFiles('#import-file', { name: 'monitor.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    await question.waitFor();
    assert.match(await text(page, '#date-order-question'), /^Which comes first in the dates with slashes\? monitor\.csv: line 2: 01\/01\/2026 00:00:00 could be 2026-01-01/);
    await page.click('#date-order-month');
    await page.locator('#outage-file').waitFor();
    // Month first: the last row starts 7 198 minutes after 1 January 00:00, on 5 January at 23:58.
    assert.match(await text(page, '#outage-file-summary'), /^3,600 outages from monitor\.csv, 2026-01-01 00:00\b.*2026-01-05 23:59\b/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('every bad row at once: 25 listed as 20 and "5 more" next to the field', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await page.click('#import summary');
    const bad = Array.from({ length: 25 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')} 10:00;2026-01-01 09:00;Ausfall`);
    await page.fill('#import-text', `Beginn;Ende;Art\n${bad.join('\n')}\n`);
    await page.click('#import-paste');
    const error = page.locator('#import-text-error');
    await error.waitFor();
    const shown = (await error.textContent()).split('\n');
    assert.equal(shown.length, 22);
    assert.equal(shown[0], '25 rows could not be read:');
    assert.equal(shown[1], 'line 2, column 2 (Ende): the outage ends before or when it starts');
    assert.equal(shown[20], 'line 21, column 2 (Ende): the outage ends before or when it starts');
    assert.equal(shown[21], '… and 5 more');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
