// measure and credit through the built wasm module against an independent
// computation here: random ledgers (overlapping, nested, planned, excluded)
// for WP Heaven (all hours; planned service windows leave the denominator,
// §3.1, §4.2) and Arena (quarterly; force majeure excluded), merged and
// summed with plain integers, availability compared exactly with BigInt, and
// WP Heaven's credit (GT − FT) × MP / 100 (§11.3) rounded half up by hand.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';
import { unionMinus } from '../oracle.mjs';

let sla;
before(async () => {
  sla = await (await importSite('slacalc.mjs')).createSlaCalc();
});

const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

function* ledgers(seed, count, from, to) {
  let x = seed;
  const rand = (n) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
  for (let l = 0; l < count; l += 1) {
    const outages = [];
    for (let i = 0, n = 1 + rand(12); i < n; i += 1) {
      const begin = from + rand(to - from - 1);
      const end = Math.min(to, begin + 1 + rand(6 * 3600));
      const kind = ['unplanned', 'unplanned', 'planned', 'excluded'][rand(4)];
      outages.push({ begin, end, kind });
    }
    yield outages;
  }
}

test('WP Heaven, April 2026: downtime, measured time, availability and credit', () => {
  const from = Date.UTC(2026, 3, 1) / 1000 - 2 * 3600, to = Date.UTC(2026, 4, 1) / 1000 - 2 * 3600;  // CEST
  const period = to - from;  // 2 592 000 s
  for (const ledger of ledgers(7, 60, from, to)) {
    const records = ledger.map((o) => ({ start: iso(o.begin), end: iso(o.end), kind: o.kind,
      ...(o.kind === 'excluded' ? { reason: 'third-party' } : {}) }));
    // WP Heaven excludes announced service windows (planned) only; an
    // excluded third-party cause still counts as downtime here.
    const planned = ledger.filter((o) => o.kind === 'planned').map((o) => [o.begin, o.end]);
    const counting = ledger.filter((o) => o.kind !== 'planned').map((o) => [o.begin, o.end]);
    const { minus: downtime, outLength: plannedTime } = unionMinus(counting, planned);
    const measured = period - plannedTime;
    const p = sla.measure({ profile: 'wp-heaven', tier: 'standard', from: '2026-04', outages: records })
      .commitments[0].periods[0];
    assert.equal(p.downtime.exact, String(downtime));
    assert.equal(p.measured.exact, String(measured));
    // met ⇔ (measured − downtime) / measured ≥ 99.5 / 100
    const met = BigInt(measured - downtime) * 1000n >= BigInt(measured) * 995n;
    assert.equal(p.met, met);
    // Credit: (99.5 − FT) × 160 000 øre / 100, FT = 100 (measured − downtime) / measured.
    // In øre: (995 measured − 1000 (measured − downtime)) × 160 000 / (1000 measured), half up.
    const num = (995n * BigInt(measured) - 1000n * BigInt(measured - downtime)) * 160000n;
    const den = 1000n * BigInt(measured);
    const owed = met ? 0n : (2n * num + den) / (2n * den);
    const credit = sla.credit({ profile: 'wp-heaven', tier: 'standard', month: '2026-04', fee: 160000, outages: records });
    assert.equal(BigInt(credit.amount.minor), owed);
    assert.equal(credit.eligible, owed > 0n);
  }
});

test('Arena, Q2 2026: planned time leaves T, force majeure is not downtime', () => {
  const from = Date.UTC(2026, 3, 1) / 1000, to = Date.UTC(2026, 6, 1) / 1000;  // Arena counts in UTC
  for (const ledger of ledgers(11, 40, from, to)) {
    const records = ledger.map((o) => ({ start: iso(o.begin), end: iso(o.end), kind: o.kind,
      ...(o.kind === 'excluded' ? { reason: 'force-majeure' } : {}) }));
    const notCounted = ledger.filter((o) => o.kind !== 'unplanned').map((o) => [o.begin, o.end]);
    const planned = ledger.filter((o) => o.kind === 'planned').map((o) => [o.begin, o.end]);
    const unplanned = ledger.filter((o) => o.kind === 'unplanned').map((o) => [o.begin, o.end]);
    const downtime = unionMinus(unplanned, notCounted).minus;
    const measured = (to - from) - unionMinus(planned, []).union;
    const p = sla.measure({ profile: 'arena', tier: 'plm-service', from: '2026-05', outages: records })
      .commitments[0].periods[0];
    assert.equal(p.downtime.exact, String(downtime));
    assert.equal(p.measured.exact, String(measured));
    assert.equal(p.met, BigInt(measured - downtime) * 1000n >= BigInt(measured) * 995n);
  }
});

// A file far beyond a request's 1 MiB, read in pieces cut anywhere (inside
// quotes, between CR and LF): the same oracle, and errors by the file's line.
test('WP Heaven, a 2 MB CSV file in pieces: downtime and measured time as the oracle says', () => {
  const from = Date.UTC(2026, 3, 1) / 1000 - 2 * 3600, to = Date.UTC(2026, 4, 1) / 1000 - 2 * 3600;
  let x = 5;  // xorshift32: exact in JS numbers
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const rows = [], starts = new Set();  // distinct starts: no row repeats another
  while (rows.length < 40000) {
    const begin = from + rand(to - from - 1);
    if (starts.has(begin)) continue;
    starts.add(begin);
    rows.push({ begin, end: Math.min(to, begin + 1 + rand(600)), kind: rand(5) === 0 ? 'planned' : 'unplanned' });
  }
  const lines = rows.map((o, i) => `${iso(o.begin)};${iso(o.end)};${o.kind === 'planned' ? 'Wartung' : 'ungeplant'};` +
    (i % 7 === 0 ? `"row ${i}; ""quoted""\r\nsecond line"` : ''));
  const text = '\uFEFFBeginn;Ende;Art;Bemerkung\r\n' + lines.join('\r\n') + '\r\n';
  assert.ok(text.length > 2 * (1 << 20));
  assert.throws(() => sla.parseOutages({ text }), { code: 'too_large' });

  const file = sla.openOutageFile({ profile: 'wp-heaven' });
  let progress;
  for (let at = 0, size = 1; at < text.length; at += size, size = 1 + ((size * 7919) % 300000))
    progress = file.append(text.slice(at, at + size));
  assert.ok(progress.rows > 39000);
  const done = file.finish();
  assert.equal(done.rows, 40000);
  assert.deepEqual(done.columns, { start: 'Beginn', end: 'Ende', kind: 'Art', note: 'Bemerkung' });
  const planned = rows.filter((o) => o.kind === 'planned').map((o) => [o.begin, o.end]);
  const counting = rows.filter((o) => o.kind !== 'planned').map((o) => [o.begin, o.end]);
  const { minus: downtime, outLength: plannedTime } = unionMinus(counting, planned);
  const p = file.measure({ profile: 'wp-heaven', tier: 'standard', from: '2026-04' }).commitments[0].periods[0];
  assert.equal(p.downtime.exact, String(downtime));
  assert.equal(p.measured.exact, String(to - from - plannedTime));
  file.close();

  // A bad row: its line counts the notes' extra lines (every 7th row has one).
  const bad = sla.openOutageFile({ profile: 'wp-heaven' });
  const broken = text + '2026-04-30T10:00:00Z;2026-04-30T09:00:00Z;ungeplant;\r\n';
  assert.throws(() => {
    for (let at = 0; at < broken.length; at += 65536) bad.append(broken.slice(at, at + 65536));
    bad.finish();
  }, { code: 'inverted_range', path: '/text',
    message: `line ${1 + 40000 + Math.ceil(40000 / 7) + 1}, column 2 (Ende): the outage ends before or when it starts` });
  bad.close();
  assert.equal(sla.budget({ target: '99.9', period: 'week' }).downtime.human, '10m 4.8s');
});
