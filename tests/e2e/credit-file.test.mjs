// The credit page with a 50 MB outage file, the page responsive throughout:
// read in a worker, with progress and cancel, measured exactly, errors by line next to the file
// input, nothing the user typed lost. The expected downtime is merged here,
// in plain integers, from the rows the test wrote.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';
import { Q1, monitoringExport } from './monitoring-export.mjs';
import { human, unionMinus } from '../oracle.mjs';

const site = useLocalSite();
const openPage = () => openPageAt(site.browser, new URL('credit.html', site.baseUrl).href);

// The monitoring export (monitoring-export.mjs), once good and once with a
// bad row near its end.
let file, expected;
before(async () => {
  const { lines, text, planned, unplanned } = monitoringExport();
  const dir = await mkdtemp(path.join(tmpdir(), 'slacalc-file-'));
  file = { path: path.join(dir, 'monitoring-q1.csv'), rows: lines.length - 1, bytes: Buffer.byteLength(text) };
  await writeFile(file.path, text);
  // The same file with one bad row near its end (its line: the header is line 1).
  const bad = [...lines];
  bad[lines.length - 3] = '2026-03-30T10:00:00Z;2026-03-30T09:00:00Z;ungeplant;bad';
  file.badPath = path.join(dir, 'broken.csv');
  file.badLine = lines.length - 2;
  await writeFile(file.badPath, `${bad.join('\r\n')}\r\n`);

  // Arena: planned time leaves T; unplanned time minus planned is downtime.
  const { minus: downtime, outLength: plannedTime } = unionMinus(unplanned, planned);
  const measured = Q1.to - Q1.from - plannedTime;
  // Met ⇔ (measured − downtime) / measured ≥ 99.5 %.
  expected = { downtime: human(downtime), measured: human(measured),
    met: (measured - downtime) * 1000 >= measured * 995 ? '✓ met' : '✗ missed' };
});

async function q1Row(page) {
  const row = page.locator('[data-testid="commitment"] tr[data-testid="period-row"]').first();
  await row.waitFor();
  return {
    period: await row.locator('th').textContent(),
    downtime: await row.locator('.downtime').textContent(),
    measured: await row.locator('.measured-time').textContent(),
    met: await row.locator('.met').textContent(),
  };
}

test('a 50 MB CSV file: read in a worker with progress, the page answers meanwhile, Q1 measured exactly', async () => {
  assert.ok(file.bytes > 50e6 && file.bytes < 60e6, `${file.bytes} bytes`);
  const { page, context, log } = await openPage();
  try {
    await page.selectOption('#profile', 'arena');
    await page.selectOption('#tier', 'plm-service');
    await page.fill('#from-month', '2026-01');
    await page.fill('#to-month', '2026-03');
    await page.fill('#o0-start', '2026-02-01T10:00');
    await page.fill('#o0-end', '2026-02-01T11:00');
    await page.fill('#o0-note', 'typed by hand');
    await page.click('#import summary');

    await page.setInputFiles('#import-file', file.path);
    // Progress while reading, in pieces …
    await page.waitForFunction(() => Number(document.querySelector('#file-progress-bar').value) > 0);
    assert.match(await page.textContent('#file-progress-label'),
      /^Reading monitoring-q1\.csv: [\d.]+ of 5\d\.\d MB, [\d,]+ outages so far$/);
    // … and the page takes input meanwhile: the fee is typed while the file is still being read.
    await page.fill('#fee', '48.000,00');
    assert.equal(await page.isVisible('#file-progress'), true, 'the read was over before the fee was typed');

    await page.locator('#outage-file').waitFor();
    assert.ok(await page.isHidden('#file-progress'));
    assert.match(await page.textContent('#outage-file-summary'),
      new RegExp(`^${file.rows.toLocaleString('en')} outages from monitoring-q1\\.csv, 2026-01-01 `));
    assert.ok(await page.isHidden('#outage-list'));
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok' &&
      !/Measuring/.test(document.querySelector('#status').textContent));
    assert.deepEqual(await q1Row(page), { period: '2026-Q1', ...expected });
    assert.match(await page.textContent('#verdict'), /2026-Q1/);

    // Back to the rows: the typed one is still there, and measured again.
    await page.click('#leave-file');
    assert.equal(await page.inputValue('#o0-note'), 'typed by hand');
    await page.waitForFunction(() => document.querySelector('[data-testid="commitment"] .downtime')?.textContent === '1h');
    assert.equal(await page.inputValue('#fee'), '48.000,00');
    assert.deepEqual(log.errors, []);
    // The worker's own requests are seen too: everything came from the page's origin.
    assert.ok(log.requests.some((u) => u.endsWith('/outage-worker.js')), log.requests.join('\n'));
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
  } finally {
    await context.close();
  }
});

test('a large file with a bad row: the line next to the file input, the file before stays; cancel changes nothing', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.selectOption('#profile', 'arena');
    await page.fill('#from-month', '2026-01');
    await page.fill('#to-month', '2026-03');
    await page.click('#import summary');
    await page.setInputFiles('#import-file', file.path);
    await page.locator('#outage-file').waitFor();
    const summary = await page.textContent('#outage-file-summary');

    await page.setInputFiles('#import-file', file.badPath);
    await page.locator('#import-file-error').waitFor();
    assert.equal(await page.textContent('#import-file-error'), `broken.csv: line ${file.badLine}, column 2 (Ende): ` +
      'the outage ends before or when it starts');
    assert.equal(await page.textContent('#outage-file-summary'), summary);
    assert.ok(await page.isHidden('#file-progress'));

    await page.setInputFiles('#import-file', file.path);
    await page.waitForFunction(() => Number(document.querySelector('#file-progress-bar').value) > 0);
    await page.click('#cancel-read');
    await page.locator('#import-message', { hasText: 'cancelled' }).waitFor();
    assert.equal(await page.textContent('#import-message'), 'Reading monitoring-q1.csv was cancelled. Nothing changed.');
    assert.equal(await page.textContent('#outage-file-summary'), summary);
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok');
    assert.deepEqual(await q1Row(page), { period: '2026-Q1', ...expected });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
