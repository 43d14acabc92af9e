// The core writes numbers, percentages, money, dates and durations in German,
// Dutch and Danish itself (core/local_text.cpp, core/human_duration.cpp).
// Here each is held against what the JavaScript engine's Intl writes for the
// same value and language — an independent implementation of CLDR's rules —
// over seeded random values through the built wasm module.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { importSite } from './site.mjs';

const LANGS = ['de', 'nl', 'da'];
let sla;
before(async () => {
  sla = await (await importSite('slacalc.mjs')).createSlaCalc();
});

// A small seeded generator (mulberry32): the same values on every run.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seconds given as the core's exact decimal text → [milliseconds rounded half up, exact?]. */
function millis(exact) {
  const [whole, fraction = ''] = exact.split('.');
  const digits = BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
  const rest = fraction.slice(3);
  return [rest && rest[0] >= '5' ? digits + 1n : digits, !/[1-9]/.test(rest)];
}

/** A duration as Intl writes its parts in `lang` (short units), joined by spaces. */
function intlDuration(lang, exact) {
  const [ms, isExact] = millis(exact);
  const unit = (u, n, fraction = 0) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: fraction }).format(n);
  const day = 86400000n, hour = 3600000n, minute = 60000n;
  const parts = [];
  if (ms >= day) parts.push(unit('day', String(ms / day)));
  if (ms % day >= hour) parts.push(unit('hour', String((ms % day) / hour)));
  if (ms % hour >= minute) parts.push(unit('minute', String((ms % hour) / minute)));
  const rest = ms % minute;
  if (rest !== 0n || parts.length === 0) parts.push(unit('second', `${rest / 1000n}.${String(rest % 1000n).padStart(3, '0')}`, 3));
  return (isExact ? '' : '≈ ') + parts.join(' ');
}

test('durations: every downtime budget as Intl writes days, hours, minutes and seconds', () => {
  const next = random(7);
  const periods = [{ period: 'day' }, { period: 'week' }, { period: 'month', monthBasis: '30d' },
    { period: 'quarter', quarter: '2026-Q1' }, { period: 'year', yearBasis: '365d' }];
  let checked = 0;
  for (let i = 0; i < 300; i++) {
    const target = (90 + next() * 10).toFixed(1 + Math.floor(next() * 5));
    const period = periods[i % periods.length];
    for (const lang of LANGS) {
      const r = sla.budget({ target, ...period, lang });
      assert.equal(r.downtime.human, intlDuration(lang, r.downtime.exact), `${lang} ${target} ${period.period}`);
      checked += 1;
    }
  }
  assert.equal(checked, 900);
});

test("percentages: the budget's working writes the target as Intl does", () => {
  const next = random(11);
  for (let i = 0; i < 100; i++) {
    const target = (95 + next() * 5).toFixed(1 + Math.floor(next() * 4)).replace(/0+$/, '');
    for (const lang of LANGS) {
      const r = sla.budget({ target, period: 'week', lang });
      const digits = target.split('.')[1]?.length ?? 0;
      const intl = new Intl.NumberFormat(lang, { style: 'unit', unit: 'percent', minimumFractionDigits: digits }).format(target);
      const formula = r.explain.find((e) => e.code === 'formula').text;
      assert.ok(formula.includes(`− ${intl})`), `${lang}: ${formula} has ${intl}`);
    }
  }
});

test('money: fees and credits in DKK, USD and EUR as Intl writes them', () => {
  const next = random(23);
  const cases = [
    { profile: 'wp-heaven', tier: 'standard', currency: 'DKK', month: '2026-04' },
    { profile: 'aws-ec2', tier: 'region-level', currency: 'USD', month: '2026-04' },
  ];
  for (let i = 0; i < 60; i++) {
    const c = cases[i % cases.length];
    const fee = Math.floor(next() * 10 ** (1 + Math.floor(next() * 9)));
    for (const lang of LANGS) {
      const r = sla.credit({ profile: c.profile, tier: c.tier, month: c.month, availability: '90', fee, lang });
      const intl = (minor) => new Intl.NumberFormat(lang, { style: 'currency', currency: c.currency }).format(`${minor / 100 | 0}.${String(minor % 100).padStart(2, '0')}`);
      assert.equal(r.fee.text, intl(fee), `${lang} ${c.currency} ${fee}`);
      assert.equal(r.amount.text, intl(r.amount.minor), `${lang} ${c.currency} amount`);
    }
  }
  // EUR, from Flying Circus's resource group (service level + vCPU + RAM + storage).
  for (const lang of LANGS) {
    const r = sla.credit({ profile: 'flying-circus', tier: 'managed-4', month: '2026-04', availability: '90',
      resourceGroup: { serviceLevel: 123456, vcpu: 100, ram: 7, storage: 0 }, lang });
    assert.equal(r.fee.text, new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format('1235.63'), lang);
  }
});

test('dates and weekdays: the claim deadline as Intl writes it', () => {
  for (const month of ['2026-01', '2026-02', '2026-06', '2026-11', '2027-12', '2028-02']) {
    for (const lang of LANGS) {
      const r = sla.credit({ profile: 'aws-ec2', tier: 'region-level', month, availability: '90', fee: 10000, lang });
      const [y, m, d] = r.claimDeadline.split('-').map(Number);
      const day = new Date(Date.UTC(y, m - 1, d));
      const date = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(day);
      const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(day);
      const claim = r.explain.find((e) => e.code === 'claim').text;
      assert.ok(claim.includes(`${date} (${weekday})`), `${lang}: "${claim}" has ${date} (${weekday})`);
    }
  }
});
