// The built wasm module from Node: results, errors, survival after errors.
// Expected numbers come from BigInt arithmetic here, not from the module.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';
import { allowedDowntime } from '../oracle.mjs';

let sla, SlaError;
before(async () => {
  const mod = await importSite('slacalc.mjs');
  SlaError = mod.SlaError;
  sla = await mod.createSlaCalc();
});

// Allowed downtime as the exact decimal text the module prints.
function oracle(periodSeconds, targetMilli) {
  const { whole, frac } = allowedDowntime(periodSeconds, targetMilli);
  return frac ? `${whole}.${frac}` : `${whole}`;
}

test('worked examples of the budget', () => {
  const cases = [
    [{ target: '99.9', period: 'week' }, oracle(604800, 99900), '604.8'],
    [{ target: '99.9', period: 'month', monthBasis: '30d' }, oracle(30 * 86400, 99900), '2592'],
    [{ target: '99.9', period: 'month', monthBasis: '730h' }, oracle(730 * 3600, 99900), '2628'],
    [{ target: '99.9', period: 'month', monthBasis: 'mean-gregorian' }, oracle(2629746, 99900), '2629.746'],
    [{ target: '99.99', period: 'week' }, oracle(604800, 99990), '60.48'],
    [{ target: '99.9', period: 'month', month: '2028-02' }, oracle(29 * 86400, 99900), '2505.6'],
    [{ target: '99.6', period: 'month', monthBasis: '750h' }, oracle(750 * 3600, 99600), '10800'],
    [{ target: '99.5', period: 'quarter', quarter: '2026-Q2' }, oracle(91 * 86400, 99500), '39312'],
    [{ target: 99, period: 'year', yearBasis: 'mean-gregorian' }, oracle(31556952, 99000), '315569.52'],
  ];
  for (const [request, expected, worked] of cases) {
    assert.equal(expected, worked, 'oracle agrees with the worked example');
    assert.equal(sla.budget(request).downtime.exact, expected, JSON.stringify(request));
  }
  assert.equal(sla.budget({ target: 99, period: 'year', yearBasis: 'mean-gregorian' }).downtime.human,
    '3d 15h 39m 29.52s');
  assert.equal(sla.budget({ target: '99.9', period: 'month', monthBasis: '30d' }).downtime.human, '43m 12s');
});

test('reverse direction', () => {
  const feb = sla.budget({ downtime: '49m', period: 'month', month: '2012-02' });
  assert.equal(feb.direction, 'downtime-to-availability');
  assert.ok(feb.availability.text.startsWith('99.8826'));
  // The double nearest to the exact 100 × 41711/41760, from 30 exact digits.
  const digits = (4171100n * 10n ** 30n / 41760n).toString();
  assert.equal(feb.availability.percent, Number(`${digits.slice(0, 2)}.${digits.slice(2)}`));
  const r = sla.budget({ downtime: '420m', period: 'rolling-28d' });
  assert.ok(r.availability.text.startsWith('98.958'));
  assert.ok(r.explain.some((e) => e.code === 'formula'));
});

test('results explain convention, period length and formula', () => {
  const r = sla.budget({ target: '99.9', period: 'month', monthBasis: '750h' });
  assert.deepEqual(r.explain.map((e) => e.code), ['period', 'formula', 'rounding']);
  assert.match(r.explain[0].text, /750 h/);
  assert.equal(r.period.basis, '750h');
  assert.equal(r.rounding, 'exact');
});

test('nines table: 8 standard targets × 7 periods', () => {
  const t = sla.nines({ month: '2026-02', quarter: '2026-Q1', year: 2026 });
  assert.deepEqual(t.rows.map((r) => r.target.exact),
    ['90', '95', '99', '99.5', '99.9', '99.95', '99.99', '99.999']);
  assert.deepEqual(t.periods.map((p) => p.kind),
    ['day', 'week', 'month', 'quarter', 'year', 'rolling-28d', 'rolling-30d']);
  assert.equal(t.rows[7].downtime[0].exact, oracle(86400, 99999));
});

const bad = [
  [{ target: '101', period: 'day' }, 'out_of_range', '/target'],
  [{ target: NaN, period: 'day' }, 'invalid_number', '/target'],
  [{ target: Infinity, period: 'day' }, 'invalid_number', '/target'],
  [{ target: '', period: 'day' }, 'invalid_number', '/target'],
  [{ target: 'abc', period: 'day' }, 'invalid_number', '/target'],
  [{ target: '99', period: 'eon' }, 'unknown_value', '/period'],
  [{ target: '99', period: 'month', month: '2026-13' }, 'invalid_date', '/month'],
  [{ target: '99', period: 'quarter', quarter: '2026-Q5' }, 'invalid_date', '/quarter'],
  [{ downtime: '-1m', period: 'day' }, 'out_of_range', '/downtime'],
  [{ downtime: '2d', period: 'day' }, 'out_of_range', '/downtime'],
  [{ target: {}, period: 'day' }, 'wrong_type', '/target'],
  [{ target: '99' }, 'missing_field', '/period'],
  [null, 'wrong_type', ''],
  [undefined, 'wrong_type', ''],
  ['{"target":"99"}', 'wrong_type', ''],
];

test('bad input throws SlaError with code, message and path', () => {
  for (const [request, code, path] of bad) {
    assert.throws(() => sla.budget(request), (err) => {
      assert.ok(err instanceof SlaError);
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'SlaError');
      assert.equal(err.code, code, JSON.stringify(request));
      assert.equal(err.path, path, JSON.stringify(request));
      assert.ok(err.message.length > 5);
      return true;
    });
  }
  const cyclic = {}; cyclic.self = cyclic;
  assert.throws(() => sla.budget(cyclic), (err) => err instanceof SlaError && err.code === 'invalid_request');
});

test('the instance survives bad input', () => {
  for (let i = 0; i < 2000; i++) {
    const [request] = bad[i % bad.length];
    assert.throws(() => sla.budget(request), SlaError);
  }
  assert.equal(sla.budget({ target: '99.9', period: 'week' }).downtime.exact, '604.8');
});
