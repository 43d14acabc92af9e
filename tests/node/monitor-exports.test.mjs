// Monitors' own exports (docs/importing.md), read through the wasm module's
// parseOutages and openOutageFile and the native CLI's --outages, against
// the outages worked out by hand from each format's documentation
// (tests/fixtures/monitors/*.expected.json, its README says how).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { importSite, nativeCli, root } from './site.mjs';

const { createSlaCalc } = await importSite('slacalc.mjs');
const sla = await createSlaCalc();
const dir = path.join(root, 'tests/fixtures/monitors');
const fixture = (name) => readFileSync(path.join(dir, name), 'utf8');
const expected = (name) => JSON.parse(fixture(name.replace(/\.[a-z]+$/, '.expected.json')));

// How each fixture is read: UptimeRobot's times are the account's zone; the
// unresolved Better Stack incident is given an end.
const ONGOING_END = '2026-03-05T00:00:00Z';
const FIXTURES = {
  'uptimerobot-logs.csv': { format: 'uptimerobot', options: { zone: 'Europe/Berlin' } },
  'uptime-kuma-heartbeat.csv': { format: 'uptime-kuma', options: {} },
  'betterstack-incidents.json': { format: 'betterstack', options: { ongoingUntil: ONGOING_END } },
  'pingdom-summary-outage.json': { format: 'pingdom', options: {} },
  'prometheus-up.json': { format: 'prometheus', options: {} },
  'prometheus-probe-success.json': { format: 'prometheus', options: {} },
};

// Fractions of a second are dropped (docs/importing.md): outages count whole seconds.
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);
const span = (o) => [seconds(o.start), seconds(o.end ?? ONGOING_END), o.kind];
/** The hand-worked outages, an unresolved one ended where the request says. */
const handOutages = (want, monitor) => want.outages.filter((o) => monitor === undefined || o.monitor === monitor).map(span);
/** Overlapping spans of one kind as one, as "all monitors as one service" reads them. */
function union(spans) {
  const sorted = [...spans].sort((a, b) => a[2].localeCompare(b[2]) || a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && last[2] === s[2] && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([...s]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
const bySpan = (list) => list.map(span).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

for (const [name, { format, options }] of Object.entries(FIXTURES)) {
  test(`${name}: detected as ${format}, each monitor's outages as worked out by hand`, () => {
    const text = fixture(name);
    const want = expected(name);
    const all = sla.parseOutages({ text, ...options });
    assert.equal(all.format, format);
    assert.equal(all.explain[0].code, 'format');
    const monitors = [...new Set(want.outages.map((o) => o.monitor))];
    if (monitors.length > 1) {
      assert.deepEqual(all.monitors.map((m) => m.name).sort(), monitors.map(String).sort());
      for (const monitor of monitors) {
        const one = sla.parseOutages({ text, ...options, monitor: String(monitor) });
        assert.deepEqual(bySpan(one.outages), handOutages(want, monitor).sort((a, b) => a[0] - b[0]), String(monitor));
      }
    }
    assert.deepEqual(bySpan(all.outages), union(handOutages(want)));
    // Notes are the monitors' causes.
    for (const o of all.outages.filter((x) => x.note)) assert.ok(want.outages.some((w) => w.note === o.note), o.note);
  });

  test(`${name}: openOutageFile in pieces of 7 bytes and the CLI's --outages measure what parseOutages gives`, () => {
    const text = fixture(name);
    const outages = sla.parseOutages({ text, ...options }).outages;
    const request = { profile: 'arena', tier: 'plm-service', from: '2026-01', to: '2026-12' };
    const listed = sla.measure({ ...request, outages });
    const file = sla.openOutageFile(options);
    try {
      const bytes = Buffer.from(text);
      for (let i = 0; i < bytes.length; i += 7) file.append(bytes.subarray(i, i + 7));
      const summary = file.finish();
      assert.equal(summary.format, format);
      assert.equal(summary.outages, outages.length);
      const measured = file.measure(request);
      assert.deepEqual(measured.commitments, listed.commitments);
      assert.equal(measured.explain[0].code, 'format');
    } finally {
      file.close();
    }
    const flags = Object.entries(options).flatMap(([key, value]) => [`--${key === 'ongoingUntil' ? 'ongoing-until' : key}`, value]);
    const cli = JSON.parse(execFileSync(nativeCli, ['--outages', path.join(dir, name), ...flags, 'measure', JSON.stringify(request)]));
    assert.deepEqual(cli.commitments, listed.commitments);
  });
}

test('what is not an outage is counted: Up rows, pending beats, up and unknown states', () => {
  assert.deepEqual(sla.parseOutages({ text: fixture('uptimerobot-logs.csv'), zone: 'Europe/Berlin' }).ignored, { up: 5 });
  assert.equal(sla.parseOutages({ text: fixture('uptime-kuma-heartbeat.csv') }).ignored.pending, 2);
  assert.deepEqual(sla.parseOutages({ text: fixture('pingdom-summary-outage.json') }).ignored, { up: 4, unknown: 1 });
  const prometheus = sla.parseOutages({ text: fixture('prometheus-up.json') });
  assert.ok(prometheus.ignored.gap >= 1, 'the missing samples are said');
  assert.match(prometheus.explain.map((l) => l.text).join(' '), /A sample every 1m/);
});

test('the zone of times without an offset: the profile\'s by default, or as asked', () => {
  const text = fixture('uptimerobot-logs.csv');
  const berlin = sla.parseOutages({ text, profile: 'flying-circus' });  // Europe/Berlin
  const utc = sla.parseOutages({ text });
  const first = (r) => r.outages[0].start;
  assert.equal(first(berlin), '2026-03-02T09:14:05Z');
  assert.equal(first(utc), '2026-03-02T10:14:05Z');
  assert.equal(first(sla.parseOutages({ text, profile: 'flying-circus', zone: 'UTC' })), '2026-03-02T10:14:05Z');
  assert.match(berlin.explain.map((l) => l.text).join(' '), /in Europe\/Berlin/);
});

test('bad input: each error names where, and the module keeps working', () => {
  const fails = (request, code, pattern, where = '/text') => {
    assert.throws(() => sla.parseOutages(request), (e) => {
      assert.equal(e.code, code, e.message);
      assert.equal(e.path, where);
      assert.match(e.message, pattern);
      return true;
    });
  };
  fails({ text: fixture('betterstack-incidents-truncated.json') }, 'invalid_json', /^line 1, column \d+: the JSON stops before it is complete/);
  fails({ text: fixture('uptimerobot-logs-bad-duration.csv'), zone: 'Europe/Berlin' }, 'invalid_format',
    /^line 3, column 7 \(Duration \(in mins\.\)\): "12 mins" is not a whole number of minutes/);
  for (const text of [fixture('unknown-nagios.log'), '{"hello": "world"}', 'timestamp;value\n1;2\n']) {
    fails({ text }, 'unknown_format', /UptimeRobot.*uptime-kuma.*Better Stack.*Pingdom.*Prometheus/);
  }
  fails({ text: fixture('betterstack-incidents.json') }, 'missing_field', /2026-03-04T22:10:00Z is not resolved.*ongoingUntil/,
    '/ongoingUntil');
  fails({ text: fixture('prometheus-up.json'), monitor: 'nope' }, 'unknown_value', /no monitor "nope" in the file/, '/monitor');
  fails({ text: fixture('uptimerobot-logs.csv'), zone: 'Mars/Olympus' }, 'unknown_value', /unknown time zone "Mars\/Olympus"/, '/zone');
  fails({ text: 'start,end\n2026-01-01 10:00,2026-01-01 11:00\n', monitor: 'x' }, 'unknown_field', /monitor/, '/monitor');
  // The outage file reads a table as parseOutages does: a monitor asked of it is refused there too.
  const table = sla.openOutageFile({ monitor: 'x' });
  try {
    assert.throws(() => { table.append('start,end\n2026-01-01 10:00,2026-01-01 11:00\n'); table.finish(); },
      (e) => e.code === 'unknown_field' && e.path === '/monitor');
  } finally {
    table.close();
  }
  const instant = '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"0"]}]}}';
  fails({ text: instant }, 'unknown_format', /resultType "vector": not a range query/);
  const badSample = '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"instance":"a"},\n' +
    '"values":[[1772442000,"1"],\n[1772442060,"0.5"]]}]}}';
  fails({ text: badSample }, 'invalid_format', /^line 3 \(\/data\/result\/0\/values\/1\): the value "0\.5" is not 0/);
  assert.equal(sla.parseOutages({ text: fixture('pingdom-summary-outage.json') }).outages.length, 2);
});

test('found by fuzzing: a heartbeat table without msg, a series given twice, a time past 9999', () => {
  const kuma = 'id,monitor_id,status,time\n1,1,1,2026-03-02 09:00:00\n2,1,0,2026-03-02 09:01:00\n3,1,1,2026-03-02 09:02:00\n';
  assert.deepEqual(sla.parseOutages({ text: kuma }).outages,
    [{ start: '2026-03-02T09:01:00Z', end: '2026-03-02T09:02:00Z', kind: 'unplanned' }]);
  // The same instance twice: one monitor, its outage once, and measure takes it.
  const series = { metric: { instance: 'a' }, values: [[1772442000, '0'], [1772442060, '1']] };
  const twice = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [series, series] } });
  const read = sla.parseOutages({ text: twice });
  assert.equal(read.outages.length, 1);
  sla.measure({ profile: 'arena', tier: 'plm-service', from: '2026-03', to: '2026-03', outages: read.outages });
  const far = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1.7e19, '0']] }] } });
  assert.throws(() => sla.parseOutages({ text: far }), /line 1 \(\/data\/result\/0\/values\/0\): .*Unix seconds of 1970 to 9999/);
});

test('a Prometheus series: a sample stands for the step from it (worked by hand)', () => {
  // Samples every 30 s from 10:00:00Z; 0 at 10:00:30 and 10:01:00, a missing
  // sample at 10:02:00, 0 at 10:02:30 (the last): two outages,
  // [10:00:30, 10:01:30) and [10:02:30, 10:03:00).
  const t0 = seconds('2026-03-02T10:00:00Z');
  const values = [[0, '1'], [30, '0'], [60, '0'], [90, '1'], [150, '0']].map(([d, v]) => [t0 + d, v]);
  const text = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { instance: 'a' }, values }] } });
  const read = sla.parseOutages({ text });
  assert.deepEqual(read.outages.map((o) => [o.start, o.end]), [
    ['2026-03-02T10:00:30Z', '2026-03-02T10:01:30Z'], ['2026-03-02T10:02:30Z', '2026-03-02T10:03:00Z']]);
  assert.equal(read.ignored.gap, 1);
});

test('every fixture in the folder is read by a test here', () => {
  const files = readdirSync(dir).filter((f) => !f.endsWith('.expected.json') && !f.startsWith('.') && f !== 'README.md');
  const broken = ['betterstack-incidents-truncated.json', 'uptimerobot-logs-bad-duration.csv', 'unknown-nagios.log'];
  assert.deepEqual(files.sort(), [...Object.keys(FIXTURES), ...broken].sort());
});
