// The credit page with monitors' own exports (docs/importing.md): each
// fixture of tests/fixtures/monitors chosen as a file and read as its format
// says, the format said next to the import, one monitor chosen, an
// unresolved incident's end asked next to its field, and a large Prometheus
// export read in the worker. Outage counts are worked out here from the
// hand-written expectations, not from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, range, text } from './credit-page.mjs';

const site = useLocalSite();
const openPage = creditPageOf(site, openPageAt);
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/monitors');
const fixture = (name) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
  buffer: readFileSync(path.join(dir, name)) });
const expected = (name) => JSON.parse(readFileSync(path.join(dir, name.replace(/\.[a-z]+$/, '.expected.json')), 'utf8'));

/** How many outages "all monitors as one service" leaves: overlapping ones of a kind joined. */
function joinedCount(outages, ongoingEnd) {
  const spans = outages.map((o) => [Date.parse(o.start), Date.parse(o.end ?? ongoingEnd), o.kind])
    .sort((a, b) => a[2].localeCompare(b[2]) || a[0] - b[0]);
  let count = 0, last = null;
  for (const s of spans) {
    if (last && last[2] === s[2] && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else { last = s; count += 1; }
  }
  return count;
}

const rowCount = (page) => page.locator('#outage-list > li').count();

/** Chooses `file` and waits until the page has answered (a message or an error). */
async function chooseFile(page, file) {
  const before = await page.evaluate(() => [...document.querySelectorAll('#import .error, #import-message')]
    .map((e) => e.textContent).join('|'));
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction((old) => [...document.querySelectorAll('#import .error, #import-message')]
    .map((e) => e.textContent).join('|') !== old, before);
}

test('each monitor\'s export as a file: read as its format, the format said, the outages as worked out by hand', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'platform');  // Europe/Berlin: UptimeRobot's times are read there
    await range(page, '2026-01', '2026-12');
    await page.click('#import summary');
    await page.fill('#import-ongoing', '2026-03-05T01:00');  // the unresolved Better Stack incident's end
    for (const [name, said] of [
      ['uptimerobot-logs.csv', /^Imported \d+ outages from uptimerobot-logs\.csv\b.*\. Read as an UptimeRobot log export\. /],
      ['uptime-kuma-heartbeat.csv', /Read as uptime-kuma heartbeats\. .*pending 2/],
      ['betterstack-incidents.json', /Read as Better Stack incidents\. .*1 incidents unresolved in the file, counted until 2026-03-05T00:00:00Z/],
      ['pingdom-summary-outage.json', /Read as a Pingdom outage summary\. .*unknown 1, up 4/],
      ['prometheus-up.json', /Read as a Prometheus range query\. A sample every 1m/],
      ['prometheus-probe-success.json', /Read as a Prometheus range query\./],
    ]) {
      await chooseFile(page, fixture(name));
      assert.match(await text(page, '#import-message'), said, name);
      assert.equal(await rowCount(page), joinedCount(expected(name).outages, '2026-03-05T00:00:00Z'), name);
    }
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('one monitor of several, chosen after the import; an unresolved incident\'s end asked next to its field', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'platform');
    await range(page, '2026-01', '2026-12');
    await page.click('#import summary');
    await chooseFile(page, fixture('uptimerobot-logs.csv'));
    const want = expected('uptimerobot-logs.csv').outages;
    assert.equal(await rowCount(page), joinedCount(want));
    assert.deepEqual(await page.locator('#import-monitor option').evaluateAll((os) => os.map((o) => o.textContent)),
      ['All monitors, as one service', 'api', 'shop']);
    await page.selectOption('#import-monitor', 'shop');
    await page.waitForFunction(() => /read: shop only/.test(document.querySelector('#import-message').textContent));
    assert.equal(await rowCount(page), want.filter((o) => o.monitor === 'shop').length);
    // The first shop outage, 2026-03-02 09:14:05Z, shown in the provider's time (CET).
    assert.equal(await page.locator('#outage-list > li').first().locator('[id$="-start"]').inputValue(), '2026-03-02T10:14:05');

    // Better Stack's unresolved incident with nothing after it: the question goes next to "end at", the rows stay.
    const rowsBefore = await rowCount(page);
    await chooseFile(page, fixture('betterstack-incidents.json'));
    assert.ok(await page.isVisible('#import-ongoing-error'));
    assert.match(await text(page, '#import-ongoing-error'), /2026-03-04T22:10:00Z is not resolved in the file.*ongoingUntil/);
    assert.equal(await rowCount(page), rowsBefore);
    await page.fill('#import-ongoing', '2026-03-05T01:00');
    await page.locator('#import-ongoing').dispatchEvent('change');
    await page.waitForFunction(() => /Better Stack/.test(document.querySelector('#import-message').textContent));
    assert.ok(await page.isHidden('#import-ongoing-error'));
    assert.equal(await rowCount(page), joinedCount(expected('betterstack-incidents.json').outages, '2026-03-05T00:00:00Z'));

    // A file of no known format: the formats are named, the rows stay.
    const rowsNow = await rowCount(page);
    await chooseFile(page, fixture('unknown-nagios.log'));
    assert.match(await text(page, '#import-file-error'), /^unknown-nagios\.log: .*UptimeRobot.*Prometheus/);
    assert.equal(await rowCount(page), rowsNow);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a Prometheus export over 256 KiB is read in the worker: its outages measured as a file, the format said', async () => {
  // Two days of `up` every 15 s for two instances; instance a is down for runs
  // of 4 samples starting every 200th sample, b for runs of 2 starting at
  // every 300th: worked out here, as [start, start + run × 15 s).
  const t0 = Date.UTC(2026, 2, 2) / 1000, step = 15, samples = 11520;
  const series = (instance, every, run) => ({ metric: { __name__: 'up', instance, job: 'shop' },
    values: Array.from({ length: samples }, (_, i) => [t0 + i * step, i % every < run && i >= every ? '0' : '1']) });
  const body = JSON.stringify({ status: 'success', data: { resultType: 'matrix',
    result: [series('a', 200, 4), series('b', 300, 2)] } });
  assert.ok(body.length > 256 * 1024, `${body.length} bytes`);
  const outagesA = Math.floor((samples - 1) / 200), outagesB = Math.floor((samples - 1) / 300);
  // Runs of a and b start together every 600 samples (a's 4 cover b's 2): those join.
  const together = Math.floor((samples - 1) / 600);
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await range(page, '2026-03', '2026-03');
    await page.click('#import summary');
    await page.setInputFiles('#import-file', { name: 'up.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.locator('#outage-file').waitFor();
    assert.match(await text(page, '#outage-file-summary'), new RegExp(`^${outagesA + outagesB - together} outages from up\\.json`));
    assert.match(await text(page, '#import-message'), /Read as a Prometheus range query\. A sample every 15s/);
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok' &&
      !/Measuring/.test(document.querySelector('#status').textContent));
    // Downtime: a's runs of 60 s, b's of 30 s outside a's.
    const downtime = outagesA * 60 + (outagesB - together) * 30;
    const human = [[Math.floor(downtime / 3600), 'h'], [Math.floor(downtime / 60) % 60, 'm'], [downtime % 60, 's']]
      .filter(([n]) => n).map(([n, unit]) => `${n}${unit}`).join(' ');
    assert.equal(await page.locator('[data-testid="commitment"] .downtime').first().textContent(), human);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
