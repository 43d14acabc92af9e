// Requests for every function of the public surface: a hand-picked set that
// walks each calculator's main paths (seedRequests), and any number more made
// from them by seeded random changes (generateRequests) — valid and invalid
// values, missing and unknown fields, other languages, random outages — so
// that native and wasm are compared far beyond the cases anyone wrote down.
// Each is { fn, text }: the exact request text both sides receive.

const PROFILES = {
  'flying-circus': ['guided-1', 'hosted', 'managed-2', 'managed-4', 'managed-5'],
  arena: ['plm-service'],
  'wp-heaven': ['standard'],
  scope4mation: ['default'],
  'nms-prime': ['advanced-service'],
};

/** Every preset's document as the raw core's profile() gives it. */
export function presetTexts(core) {
  return JSON.parse(core.call('profiles', '{}').body).profiles.map(({ id }) =>
    core.call('profile', JSON.stringify({ id })).body);
}

/** The hand-picked requests (most from the earlier CLI agreement test). */
export function seedRequests(presetTexts = []) {
  const requests = [];
  for (const target of ['90', '99,5', '99.9', '99.95', '99.999', '100', '0', 'abc', '101']) {
    for (const period of ['day', 'week', 'rolling-28d', 'rolling-30d']) requests.push({ fn: 'budget', target, period });
    for (const monthBasis of ['calendar', '30d', '730h', 'mean-gregorian', '750h'])
      requests.push({ fn: 'budget', target, period: 'month', month: '2028-02', monthBasis });
  }
  for (const downtime of ['49m', '0:49:00', '1d', '1.5s', '99d'])
    requests.push({ fn: 'budget', downtime, period: 'quarter', quarter: '2026-Q2', rounding: 'round-second' });
  requests.push({ fn: 'nines', month: '2026-11', quarter: '2026-Q4', year: 2026 });
  requests.push({ fn: 'profiles' });
  for (const id of Object.keys(PROFILES)) requests.push({ fn: 'profile', id });
  requests.push({ fn: 'compare', columns: [{ profile: 'flying-circus', tier: 'managed-4' }, { profile: 'arena', tier: 'plm-service' }],
    month: '2026-02' });
  requests.push({ fn: 'holidays', calendar: 'NL', from: 2026, to: 2027 });
  requests.push({ fn: 'holidays', calendar: 'DE-BY', from: 2026 });
  requests.push({ fn: 'zones', zone: 'Europe/Berlin', from: 2026, to: 2027 });
  requests.push({ fn: 'zones' });
  for (const reported of ['2026-03-27T15:30', '2026-10-25T02:30', '2026-11-24T15:55:00Z', '27.03.2026'])
    for (const tier of ['guided-1', 'hosted', 'managed-4'])
      requests.push({ fn: 'deadline', profile: 'flying-circus', tier, reported, viewerZone: 'Asia/Kolkata' });
  requests.push({ fn: 'deadline', profile: 'scope4mation', tier: 'default', reported: '2027-04-26T12:00', impact: 'i-1', urgency: 'u-2' });
  const outages = [{ start: '2026-03-29T01:30', end: '2026-03-29T04:00' }, { start: '2026-03-31T23:00', end: '2026-04-01T01:00' },
    { start: '2026-04-05T00:00', end: '2026-04-05T04:00', kind: 'planned' }];
  requests.push({ fn: 'measure', profile: 'wp-heaven', tier: 'standard', from: '2026-03', to: '2026-04', outages });
  requests.push({ fn: 'measure', profile: 'arena', tier: 'plm-service', from: '2026-01', to: '2026-12', outages });
  requests.push({ fn: 'credit', profile: 'wp-heaven', tier: 'standard', month: '2026-04', availability: '90', fee: 160000 });
  requests.push({ fn: 'credit', profile: 'arena', tier: 'plm-service', month: '2026-05', outages, fee: 4800000 });
  requests.push({ fn: 'credit', profile: 'arena', tier: 'plm-service', month: '2026-02', availability: '99', fee: 4800000,
    serviceYearStart: '2024-02-29', redemptionYear: 'after-earned' });
  requests.push({ fn: 'parseOutages', text: 'start;end;kind\n2026-04-01 10:00;2026-04-01 11:30;unplanned\n' });
  for (const month of ['2026-03', '2026-04', '2026-13'])
    requests.push({ fn: 'windowBudget', profile: 'flying-circus', tier: 'guided-1', month });
  const vms = [{ name: 'db1', vcpus: 4, ramGb: 16, storageGb: 100, components: ['postgresql'] },
    { name: 'web1', vcpus: 2, ramGb: '7.5', storageGb: 20, components: ['nginx', 'PostgreSQL'] }];
  requests.push({ fn: 'price', profile: 'flying-circus', tier: 'managed-4', pricePerFactorUnit: 12345,
    infrastructurePrices: { vcpu: 1500, ramGb: 399, storageGb: 7 }, resourceGroup: { vms }, month: '2026-05',
    changes: [{ from: '2026-05-10', resourceGroup: { vms: vms.slice(0, 1) } }],
    factorIncrease: { resourceGroup: { vms: [{ ...vms[0], vcpus: 8 }] }, neededMonths: 7 },
    temporaryUpgrade: { tier: 'managed-5', pricePerFactorUnit: 15000, days: 5 } });
  // A comparison priced from each tier's model (§3.7, §3.4), with what the tiers include.
  const infrastructurePrices = { vcpu: 1500, ramGb: 399, storageGb: 7 };
  requests.push({ fn: 'compare', badMonth: '99.5', columns: [
    { profile: 'flying-circus', tier: 'managed-4', price: { pricePerFactorUnit: 12345, resourceGroup: { vms }, infrastructurePrices } },
    { profile: 'flying-circus', tier: 'hosted', price: { resourceGroup: { vms }, infrastructurePrices } }] });
  requests.push({ fn: 'price', profile: 'nms-prime', tier: 'advanced-service',
    supportHours: { perMonth: '10', hourlyRate: 12000, used: ['25', '8', '12,5'] } });
  requests.push({ fn: 'price', profile: 'flying-circus', tier: 'managed-4', resourceGroup: { vms: [{ name: 'x', vcpus: -1 }] } });
  for (const start of ['2024-02-29', '2026-01-31', '2026-13-01'])
    requests.push({ fn: 'term', profile: 'flying-circus', tier: 'managed-4', start, asOf: '2026-11-23', invoiceDate: '2026-11-01',
      changes: [{ kind: 'temporary-upgrade', tier: 'managed-5', from: '2026-12-01', to: '2026-12-03' }],
      terminationForCause: { date: '2026-11-30', monthlyFee: 250000 } });
  const chain = { serial: [{ name: 'KAMP', availability: '99.99' }, { name: 'platform', availability: '99.9' }, { availability: '99,5 %' }] };
  requests.push({ fn: 'compose', system: { name: 'regions', parallel: [chain, chain] }, target: '99.99', period: 'quarter', quarter: '2026-Q1' });
  requests.push({ fn: 'compose', system: { serial: [{ availability: '99.9' }, { availability: 'x' }] } });
  const seeds = requests.map(({ fn, ...request }) => ({ fn, request }));
  // validateProfile takes the document itself; a preset is a full one.
  for (const text of presetTexts) seeds.push({ fn: 'validateProfile', request: JSON.parse(text) });
  // Found by this test: a range given twice was reported at opposite paths
  // natively and in wasm (their std::sort differed for equal starts).
  const twice = presetTexts.map((t) => JSON.parse(t)).find((d) => Object.keys(d.windows ?? {}).length);
  if (twice) {
    const weekly = Object.values(twice.windows)[0].weekly;
    const day = Object.keys(weekly)[0];
    weekly[day] = [weekly[day][0], weekly[day][0]];
    seeds.push({ fn: 'validateProfile', request: twice });
  }
  return seeds;
}

/** A small, seeded PRNG (mulberry32): the same seed, the same requests. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  return { next, int, pick };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

// A value of the same kind as `value` (a date stays a date, a percentage a
// percentage), mostly valid, sometimes not.
function sameKind(r, value) {
  if (typeof value === 'number')
    return r.pick([0, 1, -1, r.int(1, 100), r.int(1, 10_000_000), 2 ** 53, 1.5, r.int(1, 999) / 100]);
  if (typeof value === 'boolean') return !value;
  if (typeof value !== 'string') return value;
  const year = r.pick([1899, 1900, 2024, 2025, 2026, 2027, 2028, 2100, 2199, 2200]);
  const month = r.int(0, 13), day = r.int(0, 32), hour = r.int(0, 24), minute = r.pick([0, 15, 30, 59, 60]);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value))
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${r.pick(['', ':00', 'Z', '+02:00', ':61'])}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${year}-${pad(month)}-${pad(day)}`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${year}-${pad(month)}`;
  if (/^\d{4}-Q\d$/.test(value)) return `${year}-Q${r.int(0, 5)}`;
  if (/^[\d.,]+ ?%?$/.test(value)) {
    const digits = `${r.pick(['9', '99', '99.', '99,', '0.', '100', '1'])}${String(r.int(0, 99_999_999)).slice(0, r.int(0, 8))}`;
    return `${digits}${r.pick(['', '', ' %', '%', ',', '.'])}`;
  }
  if (/^[\d:.]+[smhd]?$/.test(value)) return r.pick(['0', '1s', '49m', '2h', '0:49:00', '1:00:00:00', '3d', '1.5s', '-1m', '']);
  return r.pick(['', 'x', 'managed-4', 'guided-1', 'standard', 'plm-service', 'default', 'arena', 'flying-circus',
    'wp-heaven', 'week', 'month', 'quarter', 'year', 'calendar', '750h', 'planned', 'unplanned', 'NL', 'de', 'nl',
    'da', 'Europe/Amsterdam', 'Europe/Copenhagen', 'Ünïcödé ✓', '\u0000', value + value]);
}

// Outages around a month: overlapping, touching, reversed, planned.
function randomOutages(r, year, month) {
  const list = [];
  for (let i = r.int(0, 40); i > 0; i--) {
    const day = r.int(1, 28), hour = r.int(0, 23), minute = r.pick([0, 5, 30, 59]);
    const start = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
    const length = r.int(-10, 600);
    const end = new Date(Date.UTC(year, month - 1, day, hour, minute + length));
    const outage = { start, end: end.toISOString().slice(0, 16) };
    if (r.next() < 0.3) outage.kind = r.pick(['planned', 'unplanned', 'maintenance', 'emergency', 'x']);
    list.push(outage);
  }
  return list;
}

function paths(value, at = []) {
  const out = [at];
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return out;
}

function mutate(r, request) {
  const all = paths(request).filter((p) => p.length > 0);
  if (all.length === 0) return;
  const at = r.pick(all);
  const parent = at.slice(0, -1).reduce((o, k) => o[k], request);
  const key = at[at.length - 1];
  const choice = r.next();
  if (choice < 0.6) parent[key] = sameKind(r, parent[key]);
  else if (choice < 0.7) Array.isArray(parent) ? parent.splice(key, 1) : delete parent[key];
  else if (choice < 0.8) parent[key] = r.pick([null, true, 7, 'text', [], {}, [1, 2], { a: 1 }]);
  else if (choice < 0.85 && !Array.isArray(parent)) parent[r.pick(['extra', 'Target', 'lang', ''])] = 1;
  else if (Array.isArray(parent[key])) parent[key].push(structuredClone(parent[key][0] ?? null));
  else parent[key] = sameKind(r, parent[key]);
}

/** `count` requests made from the seeds, the same ones for the same `seed`. */
export function generateRequests(seed, count, presetTexts = []) {
  const r = random(seed);
  // Each function equally often, whatever number of seeds it has.
  const byFunction = new Map();
  for (const s of seedRequests(presetTexts)) byFunction.set(s.fn, [...(byFunction.get(s.fn) ?? []), s]);
  const functions = [...byFunction.keys()];
  const out = [];
  for (let i = 0; i < count; i++) {
    const fn = r.pick(functions);
    const { request: base } = r.pick(byFunction.get(fn));
    const request = structuredClone(base);
    if (fn !== 'validateProfile' && r.next() < 0.5) request.lang = r.pick(['en', 'de', 'nl', 'da']);
    if ('profile' in request && typeof request.profile === 'string' && r.next() < 0.3) {
      request.profile = r.pick(Object.keys(PROFILES));
      request.tier = r.pick(PROFILES[request.profile]);
    }
    if ((fn === 'measure' || fn === 'credit') && r.next() < 0.6) {
      const year = r.pick([2025, 2026, 2027]), month = r.int(1, 12);
      request.outages = randomOutages(r, year, month);
      delete request.availability;
      if (fn === 'credit') request.month = `${year}-${pad(month)}`;
      else Object.assign(request, { from: `${year}-${pad(month)}`, to: `${year}-${pad(Math.min(12, month + r.int(0, 2)))}` });
    }
    for (let m = r.int(fn === 'validateProfile' ? 1 : 0, 3); m > 0; m--) mutate(r, request);
    out.push({ fn, text: JSON.stringify(request) });
  }
  return out;
}
