// compare's row "replay" against measure and credit: for every preset tier
// that profiles() lists, one ledger replayed over fourteen months, and each
// period's availability and credit held against what measure and credit
// answer for the same tier, period and fee — to the cent.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';

let sla;
before(async () => {
  sla = await (await importSite('slacalc.mjs')).createSlaCalc();
});

// Local times, read in each tier's zone as measure reads them; across a
// quarter's end, a spring-forward night and a year's end; planned work
// announced in time and too late (WP Heaven §10.1), and an excluded cause.
const outages = [
  { start: '2025-12-31T22:00', end: '2026-01-01T03:00' },
  { start: '2026-01-13T09:00', end: '2026-01-13T10:10' },
  { start: '2026-02-02T23:00', end: '2026-02-03T02:30', kind: 'planned', announced: '2026-01-30T10:00' },
  { start: '2026-03-29T01:30', end: '2026-03-29T04:00' },
  { start: '2026-03-31T20:00', end: '2026-04-01T06:00' },
  { start: '2026-05-11T13:00', end: '2026-05-11T14:00', kind: 'planned', announced: '2026-05-11T08:00' },
  { start: '2026-06-08T07:00', end: '2026-06-08T11:45', kind: 'excluded', reason: 'third-party' },
  { start: '2026-08-19T14:00', end: '2026-08-22T14:00' },
  { start: '2026-11-30T23:59', end: '2026-12-01T00:07' },
];
const FROM = '2025-12', TO = '2027-01';
const PRICE = 123457;  // minor units: an odd figure, so that every share rounds

/** Every preset's tiers as compare columns, with the fee each tier's credit rule is a share of. */
function presetColumns() {
  const columns = [];
  for (const { id, tiers } of sla.profiles({}).profiles) {
    const doc = sla.profile({ id });
    for (const { id: tier } of tiers) {
      const rule = doc.tiers.find((t) => t.id === tier).credit ?? {};
      columns.push({ profile: id, tier, fee: rule.fee === 'annual-fee' ? PRICE * 12 : PRICE });
    }
  }
  return columns;
}

test('every preset tier: the replay row says what measure and credit say, period by period', () => {
  const columns = presetColumns();
  assert.ok(columns.length >= 20, `${columns.length} tiers`);
  let periods = 0, credited = 0, owed = 0;
  for (let i = 0; i < columns.length; i += 6) {
    const batch = columns.slice(i, i + 6);
    if (batch.length < 2) batch.push(columns[0]);
    const result = sla.compare({ columns: batch.map(({ profile, tier }) => ({ profile, tier, monthlyPrice: PRICE })),
      from: FROM, to: TO, outages });
    const row = result.rows.find((r) => r.id === 'replay');
    batch.forEach(({ profile, tier, fee }, c) => {
      const cell = row.cells[c];
      const measured = sla.measure({ profile, tier, from: FROM, to: TO, outages });
      const expected = measured.commitments.flatMap((m) => m.periods.map((p) => ({ scope: m.scope, target: m.target, p })));
      assert.equal(cell.periods.length, expected.length, `${profile}/${tier}: one entry per period of each commitment`);
      let total = 0;
      const totalled = new Set();
      for (const entry of cell.periods) {
        const at = `${profile}/${tier} ${entry.scope} ${entry.period.label}`;
        const m = expected.find((e) => e.scope === entry.scope && e.p.from === entry.period.from);
        assert.ok(m, at);
        assert.deepEqual(entry.availability, m.p.availability, at);
        assert.equal(entry.target, m.target, at);
        assert.equal(entry.breached, m.p.met === false, at);
        periods += 1;
        if (entry.credit === null) continue;
        const answer = sla.credit({ profile, tier, month: entry.period.from.slice(0, 7), outages, fee });
        assert.equal(entry.credit.minor, answer.eligible ? answer.amount.minor : 0, at);
        assert.equal(entry.credit.text, answer.amount.text, at);
        credited += 1;
        if (answer.eligible) owed += 1;
        if (!totalled.has(entry.period.from)) total += entry.credit.minor;
        totalled.add(entry.period.from);
      }
      const remedy = sla.profile({ id: profile }).tiers.find((t) => t.id === tier).credit?.kind ?? 'none';
      if (remedy === 'none') assert.equal(cell.creditTotal, null, `${profile}/${tier}`);
      else assert.equal(cell.creditTotal.minor, total, `${profile}/${tier}: the credits' sum`);
    });
  }
  // The ledger must reach the rules: credits owed somewhere, not only zeros.
  assert.ok(periods > 200 && credited > 100 && owed > 10, `${periods} periods, ${credited} credited, ${owed} owed`);
});

test('a large file replayed on every column: file.compare answers as compare with the same outages', () => {
  const csv = (withAnnounced) => [`start,end,kind,reason${withAnnounced ? ',announced' : ''}`,
    ...outages.map((o) => [o.start, o.end, o.kind ?? '', o.reason ?? '', ...(withAnnounced ? [o.announced ?? ''] : [])].join(','))]
    .join('\n');
  const columns = [{ profile: 'arena', tier: 'plm-service', monthlyPrice: PRICE },
    { profile: 'wp-heaven', tier: 'standard', monthlyPrice: PRICE }, { profile: 'aws-s3', tier: 'standard', monthlyPrice: PRICE }];
  const replay = (result) => result.rows.find((r) => r.id === 'replay');
  const file = sla.openOutageFile({ profile: 'wp-heaven' });
  try {
    const text = csv(false);
    file.append(text.slice(0, 100));
    file.append(text.slice(100));
    file.finish();
    const fromFile = file.compare({ columns, from: FROM, to: TO });
    // The file's local times were read in WP Heaven's zone, for every column.
    const listed = sla.compare({ columns, from: FROM, to: TO, outageZone: 'Europe/Copenhagen',
      outages: sla.parseOutages({ text, profile: 'wp-heaven' }).outages });
    assert.deepEqual(replay(fromFile), replay(listed));
    assert.ok(replay(fromFile).cells.every((c) => c.periods.length > 0));
    assert.throws(() => file.compare({ columns, from: FROM, to: TO, outageZone: 'UTC' }),
      { name: 'SlaError', code: 'conflict', path: '/outageZone' });
  } finally {
    file.close();
  }
  // Announcements read for WP Heaven (§10.1): another contract's column is refused.
  const announced = sla.openOutageFile({ profile: 'wp-heaven' });
  try {
    announced.append(csv(true));
    announced.finish();
    assert.throws(() => announced.compare({ columns, from: FROM, to: TO }),
      { name: 'SlaError', code: 'conflict', path: '/columns/0/profile' });
    const own = announced.compare({ columns: [columns[1], { ...columns[1], monthlyPrice: 1 }], from: FROM, to: TO });
    assert.deepEqual(replay(own).cells[0].periods,
      replay(sla.compare({ columns: [columns[1], columns[1]], from: FROM, to: TO, outages })).cells[0].periods);
  } finally {
    announced.close();
  }
});
