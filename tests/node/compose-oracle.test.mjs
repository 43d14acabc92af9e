// compose through the built wasm module against exact fractions computed
// here with BigInt: random nested trees of serial and parallel groups,
// A(serial) = Π Aᵢ, A(parallel) = 1 − Π (1 − Aᵢ); the dominant dependency is
// the one whose perfection gains most; the budget is (1 − A) × period.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';

let sla;
before(async () => {
  sla = await (await importSite('slacalc.mjs')).createSlaCalc();
});

const gcd = (a, b) => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (n, d) => { const g = gcd(n, d) || 1n; return [n / g, d / g]; };
const mul = ([a, b], [c, d]) => frac(a * c, b * d);
const oneMinus = ([a, b]) => frac(b - a, b);
/** n/d as the core writes a percentage: an exact decimal of ≤ 12 places, else "n/d" of the percent. */
function exactText([n, d]) {
  const [pn, pd] = frac(n * 100n, d);
  let twos = 0, fives = 0;
  for (let x = pd; x % 2n === 0n; x /= 2n) twos += 1;
  for (let x = pd; x % 5n === 0n; x /= 5n) fives += 1;
  const places = Math.max(twos, fives);
  if (pd !== 2n ** BigInt(twos) * 5n ** BigInt(fives) || places > 12) return `${pn}/${pd}`;
  const scaled = (pn * 10n ** BigInt(places)) / pd;
  const text = scaled.toString().padStart(places + 1, '0');
  return places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
}

/** The core's "exact" text (a decimal or "n/d") of a percentage as a fraction 0–1. */
function parseExact(text) {
  if (text.includes('/')) { const [n, d] = text.split('/').map(BigInt); return frac(n, d * 100n); }
  const [whole, part = ''] = text.split('.');
  return frac(BigInt(whole + part), 100n * 10n ** BigInt(part.length));
}

function evaluate(node, perfect) {
  if ('availability' in node) return node === perfect ? [1n, 1n] : node.fraction;
  const parts = (node.serial ?? node.parallel).map((p) => evaluate(p, perfect));
  if (node.serial) return parts.reduce(mul, [1n, 1n]);
  return oneMinus(parts.map(oneMinus).reduce(mul, [1n, 1n]));
}

test('random nested trees: the composite, every group, and the dominant dependency, exactly', () => {
  let x = 11;
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const choices = [['99.95', 9995n, 10000n], ['99.99', 9999n, 10000n], ['99.9', 999n, 1000n], ['99.5', 995n, 1000n],
    ['98', 98n, 100n], ['95.5', 955n, 1000n], ['100', 1n, 1n]];
  const leaves = [];
  const build = (depth) => {
    if (depth > 2 || rand(3) === 0) {
      const [text, n, d] = choices[rand(choices.length)];
      const leaf = { name: `d${leaves.length}`, availability: text, fraction: frac(n, d) };
      leaves.push(leaf);
      return leaf;
    }
    const parts = Array.from({ length: 1 + rand(3) }, () => build(depth + 1));
    return rand(2) ? { serial: parts } : { parallel: parts };
  };
  let exact = 0, rounded = 0;
  for (let round = 0; round < 120; round += 1) {
    leaves.length = 0;
    const tree = build(0);
    const r = sla.compose({ system: JSON.parse(JSON.stringify(tree, (k, v) => (k === 'fraction' ? undefined : v))) });
    const a = evaluate(tree, null);
    if (r.explain.some((e) => e.code === 'rounded')) {
      // Each step rounded half up to 18 decimal places of the fraction: off by less than one unit per step.
      const [cn, cd] = parseExact(r.availability.exact);
      const diff = cn * a[1] - a[0] * cd;
      assert.ok((diff < 0n ? -diff : diff) * 10n ** 18n <= BigInt(2 * leaves.length) * cd * a[1], r.availability.exact);
      rounded += 1;
      continue;
    }
    exact += 1;
    assert.equal(r.availability.exact, exactText(a));
    // The budget over the default 30-day month, (1 − A) × 2 592 000 s.
    const [dn, dd] = mul(oneMinus(a), [2592000n, 1n]);
    assert.equal(Number(r.downtime.seconds).toFixed(6), (Number(dn * 10n ** 9n / dd) / 1e9).toFixed(6));
    // Gains in the core's order (largest first); the dominant is the first with a gain.
    const gains = new Map(leaves.map((l) => [l.name, exactText(frac(...(() => {
      const [pn, pd] = evaluate(tree, l);
      return [pn * a[1] - a[0] * pd, pd * a[1]];
    })()))]));
    for (const dep of r.dependencies) assert.equal(dep.gainIfPerfect.exact, gains.get(dep.name), dep.name);
    const best = r.dependencies[0];
    assert.equal(r.dominant === null, best.gainIfPerfect.exact === '0');
  }
  assert.ok(exact >= 40 && rounded >= 5, `${exact} exact, ${rounded} rounded trees`);
});

test('bad input: an error with its path, and the instance keeps working', () => {
  assert.throws(() => sla.compose({ system: { parallel: [{ availability: '99' }, { availability: '-1' }] } }),
    (e) => e.code === 'out_of_range' && e.path === '/system/parallel/1/availability');
  assert.equal(sla.compose({ system: { serial: [{ availability: '99.95' }, { availability: '99.99' }] } }).availability.exact,
    '99.940005');
});
