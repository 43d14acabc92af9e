// Profiles and the tier comparison through the built wasm module.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { importSite, root } from './site.mjs';
import { human } from '../oracle.mjs';

let sla, SlaError;
before(async () => {
  const mod = await importSite('slacalc.mjs');
  SlaError = mod.SlaError;
  sla = await mod.createSlaCalc();
});

test('profiles lists every file in presets/, contracts before examples', async () => {
  const files = (await readdir(path.join(root, 'presets'))).filter((f) => f.endsWith('.json'));
  const { profiles } = sla.profiles();
  assert.deepEqual(profiles.map((p) => p.id).sort(), files.map((f) => f.replace(/\.json$/, '')).sort());
  const firstExample = profiles.findIndex((p) => p.status === 'example');
  assert.ok(firstExample > 0);
  assert.ok(profiles.slice(firstExample).every((p) => p.status === 'example' && p.caveat));
  const fc = profiles.find((p) => p.id === 'flying-circus');
  assert.deepEqual(fc.languages, ['de']);
  assert.ok(fc.tiers.some((t) => t.id === 'managed-4'));
});

test('profile returns the preset as written, and it validates', () => {
  const fc = sla.profile('flying-circus');
  assert.equal(fc.format, 'slacalc-profile/1');
  assert.equal(fc.options.monthBasis.default, '750h');
  const check = sla.validateProfile(fc);
  assert.deepEqual([check.valid, check.errors, check.warnings], [true, [], []]);
  assert.throws(() => sla.profile('nope'), (e) => e instanceof SlaError && e.path === '/id');
});

test('validateProfile reports every problem with its path, as text or object', () => {
  const doc = sla.profile('arena');
  doc.currency = 'usd';
  doc.tiers.push(structuredClone(doc.tiers[0]));
  doc.tiers[0].credit.kind = 'generous';
  doc.tiers[0].mood = 'sunny';
  const check = sla.validateProfile(JSON.stringify(doc));
  assert.equal(check.valid, false);
  const problems = check.errors.map((e) => `${e.code} ${e.path}`);
  assert.deepEqual(problems.sort(), [
    'duplicate_id /tiers/1/id', 'invalid_format /currency', 'unknown_value /tiers/0/credit/kind',
  ]);
  assert.deepEqual(check.warnings.map((w) => w.path), ['/tiers/0/mood']);
  assert.equal(sla.validateProfile('{"format": ').errors[0].code, 'invalid_json');
  assert.equal(sla.validateProfile('x'.repeat(1_000_001)).errors[0].code, 'too_large');
});

test('compare: contract figures and other month bases, computed here', () => {
  const columns = [{ profile: 'flying-circus', tier: 'managed-4' }, { profile: 'flying-circus', tier: 'platform' }];
  const lines = (result) => result.rows.find((r) => r.id === 'downtime').cells.map((c) => c.lines[0]);
  // (100 − 99.6) % and (100 − 99.9) % of 750 h, 30 days and 730 h, in whole seconds.
  for (const [basis, hours] of [['contract', 750], ['30d', 720], ['730h', 730]]) {
    const [m4, platform] = lines(sla.compare({ columns, monthBasis: basis }));
    assert.ok(m4.startsWith(`${human(hours * 3600 * 4 / 1000)} — `), `${basis}: ${m4}`);
    assert.ok(platform.startsWith(`${human(hours * 3600 / 1000)} — `), `${basis}: ${platform}`);
    // By default the contract's own figure (§9.2, §3.6.1); under another reading it is named beside.
    if (basis === 'contract') {
      assert.match(m4, /Stated in the contract \(0\.4 % of 750 h\)/);
      assert.match(platform, /Stated in the contract \(0\.1 % of 750 h\)/);
    } else {
      assert.match(m4, /contract states 3h\b/);
      assert.match(platform, /contract states 45m\b/);
    }
  }
  const result = sla.compare({ columns: [...columns, { profile: 'wp-heaven', tier: 'standard', monthlyPrice: 160000 }] });
  const price = result.rows.find((r) => r.id === 'price');
  assert.equal(price.cells[2].lines[0], '1,600.00 DKK');
  assert.equal(price.differs, true);
  assert.equal(result.rows.find((r) => r.id === 'credit').cells[2].clauses[0], '§11.3');
});

test('the instance survives bad compare requests', () => {
  const bad = [
    [{ columns: [] }, 'out_of_range', '/columns'],
    [{ columns: [{ profile: 'arena', tier: 'plm-service' }, { profile: 'arena', tier: 'x' }] }, 'unknown_value', '/columns/1/tier'],
    [{ columns: [{ profile: 'arena', tier: 'plm-service' }, { profile: { format: 1 }, tier: 'x' }] }, 'wrong_type', '/columns/1/profile/format'],
    [{ columns: [{ profile: 'arena', tier: 'plm-service' }, { profile: 'arena', tier: 'plm-service' }], monthBasis: 'lunar' }, 'unknown_value', '/monthBasis'],
  ];
  for (const [request, code, path] of bad) {
    assert.throws(() => sla.compare(request), (e) => e instanceof SlaError && e.code === code && e.path === path,
      JSON.stringify(request));
  }
  const ok = sla.compare({ columns: [{ profile: 'arena', tier: 'plm-service' }, { profile: 'wp-heaven', tier: 'standard' }] });
  assert.equal(ok.columns.length, 2);
});
