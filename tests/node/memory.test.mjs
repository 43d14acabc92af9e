// The module's memory does not grow without bound (issue 8): 10 000 varied
// calls (requests.mjs: every function, valid and invalid, in four languages)
// plus outage files read through the ledger, made twice. The first pass may
// fill what is kept once (the presets, parsed on first use); after the second,
// the very same calls, the heap in use (heapInUse(), the whole core's
// diagnostic) must be where it was: a leak of even one byte a call would show
// as 10 000. Nor may the memory itself have grown the second time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDir, importSite } from './site.mjs';
import { generateRequests } from './requests.mjs';

const CALLS = 10_000;

test(`memory after ${CALLS} varied calls, twice: no growth the second time`, async (t) => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const presets = JSON.parse(core.call('profiles', '{}').body).profiles.map(({ id }) =>
    core.call('profile', JSON.stringify({ id })).body);
  const requests = generateRequests(20261205, CALLS, presets);
  const csv = ['start;end;kind', ...Array.from({ length: 500 }, (_, i) =>
    `2026-04-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00;` +
    `2026-04-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(1 + (i % 58)).padStart(2, '0')};unplanned`)].join('\n');

  let answered = 0;
  const pass = () => {
    requests.forEach(({ fn, text }, i) => {
      answered += core.call(fn, text).ok ? 1 : 0;
      if (i % 100 === 0) {  // an outage file, in pieces, and both questions on it
        const ledger = new core.Ledger();
        assert.ok(ledger.open(JSON.stringify({ profile: 'wp-heaven' })).ok);
        for (let at = 0; at < csv.length; at += 4096) ledger.append(csv.slice(at, at + 4096));
        assert.ok(ledger.finish().ok);
        assert.ok(ledger.call('measure', '{"profile":"wp-heaven","tier":"standard","from":"2026-04","to":"2026-04"}').ok);
        ledger.call('credit', '{"tier":"standard","month":"2026-04","fee":160000}');
        ledger.delete();
      }
    });
    return { inUse: core.heapInUse(), memory: core.HEAPU8.length };
  };
  const start = { inUse: core.heapInUse(), memory: core.HEAPU8.length };
  const first = pass();
  const second = pass();
  const kib = ({ inUse, memory }) => `${(inUse / 1024).toFixed(1)} KiB in use of ${memory / 1024} KiB`;
  t.diagnostic(`heap: ${kib(start)} at start, ${kib(first)} after ${CALLS} calls, ${kib(second)} after ` +
    `${CALLS} more; ${answered} of ${2 * CALLS} answered with a result`);
  assert.ok(answered > CALLS / 2, 'the calls are not all errors');
  assert.equal(second.inUse, first.inUse, 'heap in use after the same calls again');
  assert.equal(second.memory, first.memory, 'memory grown on the second pass');
});
