// price through the built wasm module against arithmetic done here: random
// resource groups (Flying Circus §3.7: a component counts once per vCPU of
// each VM it is on; the first instance 1, each further 1/3), the monthly
// price from the factor and infrastructure prices in exact fractions, and
// the §3.7.1 break-even k* = M / 1.3 of options A and B.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';

let sla;
before(async () => {
  sla = await (await importSite('slacalc.mjs')).createSlaCalc();
});

const gcd = (a, b) => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
/** "n/d" or "n" in lowest terms, as the core writes an exact fraction. */
function fraction(n, d) {
  const g = gcd(n, d);
  [n, d] = [n / g, d / g];
  return d === 1n ? String(n) : `${n}/${d}`;
}
/** Half up to a whole number (n/d ≥ 0). */
const halfUp = (n, d) => (2n * n + d) / (2n * d);

test('Flying Circus: the component factor and the monthly price of random resource groups', () => {
  let x = 7;
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const names = ['postgresql', 'nginx', 'redis', 'rabbitmq', 'solr'];
  for (let round = 0; round < 60; round += 1) {
    const vms = [];
    for (let v = 0, n = 1 + rand(5); v < n; v += 1) {
      const components = names.filter(() => rand(3) === 0);
      vms.push({ name: `vm${v}`, vcpus: 1 + rand(16), ramGb: 1 + rand(64), storageGb: rand(500), components });
    }
    const prices = { vcpu: rand(3000), ramGb: rand(800), storageGb: rand(50) };
    const perUnit = 1 + rand(20000);
    // Factor in thirds: each component with n instances adds 3 + (n − 1).
    let thirds = 0n;
    for (const c of names) {
      const n = vms.filter((vm) => vm.components.includes(c)).reduce((s, vm) => s + vm.vcpus, 0);
      if (n > 0) thirds += BigInt(3 + n - 1);
    }
    const sum = (key) => BigInt(vms.reduce((s, vm) => s + vm[key], 0));
    const infrastructure = sum('vcpus') * BigInt(prices.vcpu) + sum('ramGb') * BigInt(prices.ramGb) +
      sum('storageGb') * BigInt(prices.storageGb);
    const serviceThirds = thirds * BigInt(perUnit);  // service level in thirds of a minor unit
    const r = sla.price({ profile: 'flying-circus', tier: 'managed-2', pricePerFactorUnit: perUnit,
      infrastructurePrices: prices, resourceGroup: { vms } });
    assert.equal(r.factor.total.exact, fraction(thirds, 3n));
    assert.equal(BigInt(r.monthly.serviceLevel.minor), halfUp(serviceThirds, 3n));
    assert.equal(BigInt(r.monthly.infrastructure.minor), infrastructure);
    assert.equal(BigInt(r.monthly.total.minor), halfUp(serviceThirds + 3n * infrastructure, 3n));
  }
});

test('§3.7.1: option A (+30 % on the difference) against B (new minimum term): cheaper side and break-even', () => {
  const group = (vcpus) => ({ vms: [{ name: 'db', vcpus, components: ['postgresql'] }] });
  // Old factor 1 + 3/3 = 2, new 1 + 7/3 = 10/3: Δ = 4/3. M = 12 months, k* = 12 / 1.3 = 120/13 ≈ 9.23.
  for (const k of [1, 6, 9, 10, 12, 20]) {
    const r = sla.price({ profile: 'flying-circus', tier: 'managed-2', pricePerFactorUnit: 30000,
      resourceGroup: group(4), factorIncrease: { resourceGroup: group(8), neededMonths: k, horizonMonths: 24 } });
    assert.equal(r.factorIncrease.breakEven.months.exact, '120/13');
    // A = 24 × old + k × Δ × 1.3; B = max(k, 12) × new + (24 − max(k, 12)) × old; in thirds of a cent × 10.
    const old = 2n * 30000n, delta = 30000n * 4n;  // delta in thirds
    const a = 24n * old * 30n + BigInt(k) * delta * 13n;
    const m = BigInt(Math.max(k, 12));
    const b = m * 30000n * 10n * 10n + (24n - m) * old * 30n;
    const expected = a < b ? 'A' : a > b ? 'B' : 'equal';
    assert.equal(r.factorIncrease.cheaper, expected, `k = ${k}`);
    assert.equal(expected, k < 120 / 13 ? 'A' : 'B');
  }
});
