// The module's memory does not grow without bound: 10 000 varied
// calls (requests.mjs: every function, valid and invalid, in four languages)
// plus outage files read through the ledger, made three times. The first
// pass fills what is kept once (the presets, parsed on first use) and lets the
// allocator settle (its block headers: a few bytes); from the second pass to
// the third, the very same calls, the heap in use (heapInUse(), the whole
// core's diagnostic) may not grow by more than 64 bytes — one leaked block in
// every hundred calls would be 800. Nor may the memory itself grow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDir, importSite } from './site.mjs';
import { generateRequests, presetTexts } from './requests.mjs';

const CALLS = 10_000;

test(`memory after ${CALLS} varied calls, three times: no growth the third time`, async (t) => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const presets = presetTexts(core);
  const requests = generateRequests(20261205, CALLS, presets);
  const csv = ['start;end;kind', ...Array.from({ length: 500 }, (_, i) =>
    `2026-04-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00;` +
    `2026-04-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(1 + (i % 58)).padStart(2, '0')};unplanned`)].join('\n');

  let answered = 0;
  const pass = () => {
    requests.forEach(({ fn, text }, i) => {
      answered += core.call(fn, text).ok ? 1 : 0;
      if (i % 100 === 0) {  // an outage file, in pieces, and both questions on it
        const ledger = core.ledgerNew();
        assert.ok(core.ledgerOpen(ledger, JSON.stringify({ profile: 'wp-heaven' })).ok);
        for (let at = 0; at < csv.length; at += 4096) core.ledgerAppend(ledger, csv.slice(at, at + 4096));
        assert.ok(core.ledgerFinish(ledger).ok);
        assert.ok(core.ledgerCall(ledger, 'measure', '{"profile":"wp-heaven","tier":"standard","from":"2026-04","to":"2026-04"}').ok);
        core.ledgerCall(ledger, 'credit', '{"tier":"standard","month":"2026-04","fee":160000}');
        core.ledgerClose(ledger);
      }
    });
    return { inUse: core.heapInUse(), memory: core.HEAPU8.length };
  };
  const start = { inUse: core.heapInUse(), memory: core.HEAPU8.length };
  const first = pass();
  const second = pass();
  const third = pass();
  const bytes = ({ inUse, memory }) => `${inUse} B in use of ${memory / 1024} KiB`;
  t.diagnostic(`heap: ${bytes(start)} at start; after each ${CALLS} calls ${bytes(first)}, ${bytes(second)}, ` +
    `${bytes(third)}; ${answered} of ${3 * CALLS} answered with a result`);
  // Generated requests are mostly broken on purpose; a quarter of them answer (about a third do).
  assert.ok(answered * 4 > 3 * CALLS, 'the calls are not all errors');
  assert.ok(third.inUse - second.inUse <= 64, `heap in use grew ${third.inUse - second.inUse} B on the third pass`);
  assert.equal(third.memory, second.memory, 'memory grown on the third pass');
});
