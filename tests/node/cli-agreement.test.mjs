// The native CLI and the wasm module print byte-identical result JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { siteDir, nativeCli, importSite } from './site.mjs';

test('native CLI and wasm agree byte for byte', async () => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const requests = [];
  for (const target of ['90', '99,5', '99.9', '99.95', '99.999', '100', '0', 'abc', '101']) {
    for (const period of ['day', 'week', 'rolling-28d', 'rolling-30d']) requests.push({ target, period });
    for (const monthBasis of ['calendar', '30d', '730h', 'mean-gregorian', '750h'])
      requests.push({ target, period: 'month', month: '2028-02', monthBasis });
  }
  for (const downtime of ['49m', '0:49:00', '1d', '1.5s', '99d'])
    requests.push({ downtime, period: 'quarter', quarter: '2026-Q2', rounding: 'round-second' });
  requests.push({ month: '2026-11', quarter: '2026-Q4', year: 2026 });
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
  for (const month of ['2026-03', '2026-04', '2026-13'])
    requests.push({ fn: 'windowBudget', profile: 'flying-circus', tier: 'guided-1', month });
  const vms = [{ name: 'db1', vcpus: 4, ramGb: 16, storageGb: 100, components: ['postgresql'] },
    { name: 'web1', vcpus: 2, ramGb: '7.5', storageGb: 20, components: ['nginx', 'PostgreSQL'] }];
  requests.push({ fn: 'price', profile: 'flying-circus', tier: 'managed-4', pricePerFactorUnit: 12345,
    infrastructurePrices: { vcpu: 1500, ramGb: 399, storageGb: 7 }, resourceGroup: { vms }, month: '2026-05',
    changes: [{ from: '2026-05-10', resourceGroup: { vms: vms.slice(0, 1) } }],
    factorIncrease: { resourceGroup: { vms: [{ ...vms[0], vcpus: 8 }] }, neededMonths: 7 },
    temporaryUpgrade: { tier: 'managed-5', pricePerFactorUnit: 15000, days: 5 } });
  requests.push({ fn: 'price', profile: 'nms-prime', tier: 'advanced-service',
    supportHours: { perMonth: '10', hourlyRate: 12000, used: ['25', '8', '12,5'] } });
  requests.push({ fn: 'price', profile: 'flying-circus', tier: 'managed-4', resourceGroup: { vms: [{ name: 'x', vcpus: -1 }] } });
  for (const start of ['2024-02-29', '2026-01-31', '2026-13-01'])
    requests.push({ fn: 'term', profile: 'flying-circus', tier: 'managed-4', start, asOf: '2026-11-23', invoiceDate: '2026-11-01',
      changes: [{ kind: 'temporary-upgrade', tier: 'managed-5', from: '2026-12-01', to: '2026-12-03' }],
      terminationForCause: { date: '2026-11-30', monthlyFee: 250000 } });
  requests.push({ fn: 'credit', profile: 'arena', tier: 'plm-service', month: '2026-02', availability: '99', fee: 4800000,
    serviceYearStart: '2024-02-29', redemptionYear: 'after-earned' });
  const chain = { serial: [{ name: 'KAMP', availability: '99.99' }, { name: 'platform', availability: '99.9' }, { availability: '99,5 %' }] };
  requests.push({ fn: 'compose', system: { name: 'regions', parallel: [chain, chain] }, target: '99.99', period: 'quarter', quarter: '2026-Q1' });
  requests.push({ fn: 'compose', system: { serial: [{ availability: '99.9' }, { availability: 'x' }] } });
  for (const { fn: given, ...request } of requests) {
    const fn = given ?? ('target' in request || 'downtime' in request ? 'budget' : 'nines');
    const text = JSON.stringify(request);
    const wasm = core.call(fn, text);
    const native = spawnSync(nativeCli, [fn, text], { encoding: 'utf8' });
    assert.equal(native.status === 0, wasm.ok, text);
    assert.equal((wasm.ok ? native.stdout : native.stderr), `${wasm.body}\n`, text);
  }
});

test('a large outage file: the CLI (--outages) and the module in pieces agree byte for byte', async () => {
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { default: createCore } = await importSite('slacalc-core.mjs');
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  // 30 000 outages in Berlin local time over 2026 (both DST nights), every
  // fifth one planned: 1.3 MB, beyond one request.
  const rows = ['start,end,kind'];
  for (let i = 0; i < 30000; i += 1) {
    const t = new Date(Date.UTC(2026, 0, 1) + i * 1051 * 1000).toISOString().slice(0, 16);
    const u = new Date(Date.UTC(2026, 0, 1) + (i * 1051 + 300 + (i % 11) * 97) * 1000).toISOString().slice(0, 16);
    // A start in the hour the clocks skip would move past its end.
    if (!t.startsWith('2026-03-29T02')) rows.push(`${t},${u},${i % 5 ? 'unplanned' : 'planned'}`);
  }
  const text = rows.join('\n');
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'slacalc-')), 'outages.csv');
  await writeFile(file, text);
  for (const [fn, request] of [
    ['measure', { profile: 'flying-circus', tier: 'managed-4', from: '2026-01', to: '2026-12' }],
    ['credit', { profile: 'flying-circus', tier: 'guided-1', month: '2026-03',
      resourceGroup: { serviceLevel: 50000, vcpu: 12000, ram: 8000, storage: 3000 } }],
    ['measure', { profile: 'wp-heaven', tier: 'standard', from: '2026-01' }],
  ]) {
    const ledger = new core.Ledger();
    assert.ok(ledger.open(JSON.stringify({ profile: request.profile })).ok);
    for (let at = 0; at < text.length; at += 100000) assert.ok(ledger.append(text.slice(at, at + 100000)).ok);
    assert.ok(ledger.finish().ok);
    const wasm = ledger.call(fn, JSON.stringify(request));
    ledger.delete();
    const native = spawnSync(nativeCli, ['--outages', file, fn, JSON.stringify(request)], { encoding: 'utf8' });
    assert.equal(native.status === 0, wasm.ok, fn);
    assert.equal(wasm.ok ? native.stdout : native.stderr, `${wasm.body}\n`, fn);
  }
});
