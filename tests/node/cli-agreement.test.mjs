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
  for (const request of requests) {
    const fn = 'target' in request || 'downtime' in request ? 'budget' : 'nines';
    const text = JSON.stringify(request);
    const wasm = core.call(fn, text);
    const native = spawnSync(nativeCli, [fn, text], { encoding: 'utf8' });
    assert.equal(native.status === 0, wasm.ok, text);
    assert.equal((wasm.ok ? native.stdout : native.stderr), `${wasm.body}\n`, text);
  }
});
