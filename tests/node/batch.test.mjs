// batch (docs/batch.md): the wasm module's batch() against the native CLI's
// `slacalc batch`, byte for byte, with lines that fail among lines that
// answer; the answers themselves are each function's own (call() checks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { importSite, nativeCli } from './site.mjs';

const { createSlaCalc } = await importSite('slacalc.mjs');
const sla = await createSlaCalc();

const LINES = [
  JSON.stringify({ fn: 'budget', request: { target: '99.9', period: 'week' } }),
  'not json',
  '',
  JSON.stringify({ fn: 'nope', request: {} }),
  JSON.stringify({ fn: 'credit', request: { profile: 'arena', tier: 'plm-service', month: '2026-05', fee: 4800000,
    availability: '99.1', lang: 'de' } }),
  JSON.stringify({ fn: 'budget' }),
  JSON.stringify({ fn: 'validateProfile', request: { id: 'x' } }),
];

test('batch(): a line out for each line in, in order, as the CLI writes them', () => {
  const out = [...sla.batch(LINES)];
  assert.equal(out.length, LINES.length);
  const cli = execFileSync(nativeCli, ['batch'], { input: `${LINES.join('\r\n')}\r\n`, encoding: 'utf8' });
  assert.deepEqual(out, cli.split('\n').slice(0, -1));
  const parsed = out.map((l) => JSON.parse(l));
  assert.deepEqual(parsed.map((l) => l.ok), [true, false, false, false, true, false, true]);
  assert.equal(parsed[0].result.downtime.exact, '604.8');
  assert.deepEqual(parsed[0].result, sla.budget({ target: '99.9', period: 'week' }));
  assert.equal(parsed[3].error.code, 'unknown_function');
  assert.deepEqual(parsed[5].error, { code: 'missing_field', message: 'missing the request', path: '/request' });
  // Arena §Gutschriften: 1.25 % of the annual fee for the quarter missed, in German as the line asked.
  assert.deepEqual(parsed[4].result, sla.credit({ profile: 'arena', tier: 'plm-service', month: '2026-05', fee: 4800000,
    availability: '99.1', lang: 'de' }));
});

test('batch() of one text: its lines, the last line end not a line of its own; lazy', () => {
  assert.deepEqual([...sla.batch(`${LINES[0]}\n${LINES[0]}\n`)].length, 2);
  let read = 0;
  const lines = (function* many() { for (;;) { read += 1; yield LINES[0]; } })();
  const answers = sla.batch(lines);
  for (let i = 0; i < 3; i += 1) answers.next();
  assert.equal(read, 3, 'a line is read only when its answer is asked for');
});
