// The npm package as a user gets it: scripts/dist.sh fills dist/, npm packs
// it, an empty project installs the tarball (offline) and imports "slacalc"
// by name — so the exports map, the files list and the wasm found beside the
// module under node_modules are what is tested, not the repository's paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, siteDir } from './site.mjs';

const dist = path.join(root, 'dist');
const npmFlags = ['--offline', '--loglevel=error', '--no-update-notifier'];
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, SLACALC_SITE: siteDir } });

let tmp, app, packed;
before(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'slacalc-package-'));
  run('bash', [path.join(root, 'scripts/dist.sh')], root);
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp, ...npmFlags], dist));
  app = path.join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', ...npmFlags, path.join(tmp, packed.filename)], app);
});
after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

test('the tarball holds exactly the files package.json lists (npm adds package.json itself)', () => {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'package.json'), 'utf8'));
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [...manifest.files, 'package.json'].sort());
  // The .wasm is the build's, byte for byte in size; a truncated copy would still pack.
  const wasm = packed.files.find((f) => f.path === 'slacalc-core.wasm');
  assert.equal(wasm.size, statSync(path.join(siteDir, 'slacalc-core.wasm')).size);
});

test('installed by name: the worked examples, an SlaError, then a good call', () => {
  const script = `
    import { createSlaCalc, SlaError } from 'slacalc';
    const sla = await createSlaCalc();
    const out = { resolved: import.meta.resolve('slacalc') };
    out.budget = sla.budget({ target: '99.9', period: 'month', monthBasis: '30d' }).downtime;
    out.compose = sla.compose({ system: { parallel: [{ availability: '99.95' }, { availability: '99.95' }] } });
    try { sla.budget({ target: '101', period: 'week' }); } catch (e) {
      out.error = { isSlaError: e instanceof SlaError, code: e.code, path: e.path };
    }
    out.after = sla.budget({ target: '99.9', period: 'week' }).downtime;
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], app));
  // From node_modules, not from the repository: the wasm was read from beside the installed module.
  assert.equal(fileURLToPath(out.resolved), path.join(app, 'node_modules/slacalc/slacalc.mjs'));
  // (100 − 99.9) % × 30 d = 0.001 × 2 592 000 s = 2592 s = 43 m 12 s.
  assert.deepEqual(out.budget, { exact: '2592', human: '43m 12s', seconds: 2592 });
  // Two 99.95 % in parallel: 1 − 0.0005² = 0.99999975 = 99.999975 %; over the
  // default 30-day month 0.00000025 × 2 592 000 s = 0.648 s.
  assert.equal(out.compose.availability.exact, '99.999975');
  assert.equal(out.compose.downtime.exact, '0.648');
  assert.deepEqual(out.error, { isSlaError: true, code: 'out_of_range', path: '/target' });
  // The instance survives the error: 0.001 × 604 800 s = 604.8 s.
  assert.equal(out.after.human, '10m 4.8s');
});

test('a view in the package: an SlaError that says the package holds the whole core', () => {
  const script = `
    import { createSlaCalc, SlaError } from 'slacalc';
    try { await createSlaCalc({ view: 'credit' }); console.log('{}'); } catch (e) {
      console.log(JSON.stringify({ isSlaError: e instanceof SlaError, code: e.code, path: e.path, message: e.message }));
    }`;
  const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], app));
  assert.equal(out.isSlaError, true, JSON.stringify(out));
  assert.equal(out.code, 'unknown_value');
  assert.equal(out.path, '/view');
  assert.match(out.message, /views are the site's smaller modules, one per page; the npm package holds the whole core/);
});

test('the types resolve through the exports map, for Node and for tsc', () => {
  // The "types" condition picks the .d.ts out of the exports map.
  const resolved = run(process.execPath,
    ['--conditions=types', '--input-type=module', '-e', "console.log(import.meta.resolve('slacalc'))"], app).trim();
  assert.equal(fileURLToPath(resolved), path.join(app, 'node_modules/slacalc/slacalc.d.ts'));
  // tsc as a user's project sees it (nodenext); @ts-expect-error proves the
  // types are real rather than an implicit any.
  writeFileSync(path.join(app, 'check.ts'), `
    import { createSlaCalc, type BudgetResult } from 'slacalc';
    const sla = await createSlaCalc();
    export const r: BudgetResult = sla.budget({ target: '99.9', period: 'month', monthBasis: '30d' });
    // @ts-expect-error: period is required
    sla.budget({ target: '99.9' });
  `);
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext',
      target: 'es2022', lib: ['es2022'], types: [] },
    files: ['check.ts'],
  }));
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  assert.ok(existsSync(tsc), 'typescript is a devDependency: npm install in the repository root');
  run(process.execPath, [tsc, '-p', app], app);
});
