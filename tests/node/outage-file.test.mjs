// openOutageFile as a program uses it (docs/api.md, "Files beyond 1 MiB"):
// pieces of bytes as well as text, a closed file that says what to do, and
// a file never closed freed once the garbage collector takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { importSite, siteDir } from './site.mjs';

const { createSlaCalc } = await importSite('slacalc.mjs');
const sla = await createSlaCalc();

// WP Heaven's German headers (one with an "ü") and notes with "ö", "–" and
// "€": two- and three-byte characters for the pieces to cut.
const CSV = 'Beginn;Ende;Art;angekündigt;Bemerkung\n' +
  '2026-03-29 01:30;2026-03-29 04:00;ungeplant;;Störung – Netz\n' +
  '2026-04-07 22:00;2026-04-07 23:00;geplant;2026-04-01 09:00;Wartung 5 €\n';
const OPEN = { profile: 'wp-heaven' };
const MEASURE = { profile: 'wp-heaven', tier: 'standard', from: '2026-03', to: '2026-04' };

/** finish() and measure() of a file given in these pieces. */
function read(pieces) {
  const file = sla.openOutageFile(OPEN);
  try {
    for (const piece of pieces) file.append(piece);
    return { summary: file.finish(), measured: file.measure(MEASURE) };
  } finally {
    file.close();
  }
}

test('bytes as UTF-8, cut anywhere — inside a character too: as the text itself', () => {
  const text = read([CSV]);
  assert.deepEqual(text.summary.columns.announced, 'angekündigt');
  assert.equal(text.summary.rows, 2);
  const bytes = new TextEncoder().encode(CSV);
  // One byte at a time: every multi-byte character is split.
  assert.deepEqual(read([...bytes].map((b) => Uint8Array.of(b))), text);
  // A Buffer, an ArrayBuffer and a DataView over a larger buffer, cut inside "ü" (2 bytes) and "–" (3 bytes).
  const at = [CSV.indexOf('ü'), CSV.indexOf('–')].map((i) => new TextEncoder().encode(CSV.slice(0, i)).length + 1);
  const padded = new Uint8Array(bytes.length + 8);
  padded.set(bytes, 4);
  assert.deepEqual(read([Buffer.from(bytes.subarray(0, at[0])), bytes.slice(at[0], at[1]).buffer,
    new DataView(padded.buffer, 4 + at[1], bytes.length - at[1])]), text);
  // Text and bytes mixed, where the bytes end between characters.
  const cut = CSV.indexOf('\n') + 1;
  assert.deepEqual(read([new TextEncoder().encode(CSV.slice(0, cut)), CSV.slice(cut)]), text);
});

test('bytes that are not UTF-8: invalid_csv naming where, and the file is spent', () => {
  const file = sla.openOutageFile(OPEN);
  file.append('start;end\n');
  // "Störung" in Windows-1252: ö is the lone byte F6.
  const latin1 = Uint8Array.from('2026-03-29 01:30;2026-03-29 04:00;St\xf6rung\n', (c) => c.charCodeAt(0));
  assert.throws(() => file.append(latin1),
    { name: 'SlaError', code: 'invalid_csv', message: /^piece 2 of the file \(42 bytes\) is not UTF-8 text: decode the file/ });
  assert.throws(() => file.append('2026-03-30 01:30;2026-03-30 04:00\n'), { code: 'invalid_csv' });
  assert.throws(() => file.finish(), { code: 'invalid_csv' });
  file.close();

  // Bytes that stop inside a character at finish(), or before a piece of text.
  const half = new TextEncoder().encode('start;end;note\n2026-03-29 01:30;2026-03-29 04:00;ü').subarray(0, -1);
  const ending = sla.openOutageFile(OPEN);
  ending.append(half);
  assert.throws(() => ending.finish(), { code: 'invalid_csv',
    message: 'the bytes of piece 1 end inside a UTF-8 character: the file ends before its other bytes' });
  ending.close();
  const textAfter = sla.openOutageFile(OPEN);
  textAfter.append(half);
  assert.throws(() => textAfter.append('\n'), { code: 'invalid_csv',
    message: 'the bytes of piece 1 end inside a UTF-8 character: a piece of text cannot complete it; give the rest as bytes' });
  textAfter.close();
});

test('a piece of another type: wrong_type, and the file goes on as before', () => {
  const file = sla.openOutageFile(OPEN);
  file.append('start;end\n');
  for (const [piece, what] of [[42, 'a number'], [null, 'null'], [undefined, 'undefined'], [{ text: 'x' }, 'an object'],
    [['a'], 'an array'], [true, 'a boolean'], [10n, 'a bigint']]) {
    assert.throws(() => file.append(piece), { name: 'SlaError', code: 'wrong_type',
      message: `a piece is text (a string) or UTF-8 bytes (a Uint8Array or an ArrayBuffer), not ${what}` });
  }
  // Bytes from another realm (a vm context here, a frame's in a browser) are bytes too.
  file.append(vm.runInNewContext('Uint8Array.from("2026-03-28T10:00;2026-03-28T11:00\\n", (c) => c.charCodeAt(0)).buffer'));
  file.append('2026-03-29T01:30;2026-03-29T04:00\n');
  assert.equal(file.finish().rows, 2);
  file.close();
});

test('after close(): every call says the file is closed and how to open it again; close() twice is harmless', () => {
  const file = sla.openOutageFile(OPEN);
  file.append('start;end\n2026-03-29T01:30;2026-03-29T04:00\n');
  file.close();
  const closed = { name: 'SlaError', code: 'conflict', message: 'this file is closed: open it again with openOutageFile()' };
  assert.throws(() => file.append('2026-03-30T01:30;2026-03-30T04:00\n'), closed);
  assert.throws(() => file.append(42), closed);
  assert.throws(() => file.finish(), closed);
  assert.throws(() => file.measure(MEASURE), closed);
  assert.throws(() => file.credit({ tier: 'standard', month: '2026-03', fee: 1 }), closed);
  file.close();
  // A file opened afterwards is not reached through the closed one.
  const next = sla.openOutageFile(OPEN);
  next.append('start;end\n2026-03-01T10:00;2026-03-01T11:00\n');
  assert.throws(() => file.append('2026-03-02T10:00;2026-03-02T11:00\n'), closed);
  assert.equal(next.finish().rows, 1);
  next.close();
});

test('files never closed are freed once collected', async (t) => {
  // The wrapper as shipped (and the views it imports), over the whole core
  // as built; the core's factory is wrapped here only to keep the module for
  // its heapInUse().
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slacalc-unclosed-'));
  try {
    for (const file of ['slacalc.mjs', 'views.mjs']) copyFileSync(path.join(siteDir, file), path.join(dir, file));
    symlinkSync(path.join(siteDir, 'slacalc-core.wasm'), path.join(dir, 'slacalc-core.wasm'));
    writeFileSync(path.join(dir, 'slacalc-core.mjs'), `
      import create from ${JSON.stringify(pathToFileURL(path.join(siteDir, 'slacalc-core.mjs')).href)};
      export default async (options) => (globalThis.slacalcCore = await create(options));`);
    const wrapper = await import(pathToFileURL(path.join(dir, 'slacalc.mjs')).href);
    const calc = await wrapper.createSlaCalc();
    const core = globalThis.slacalcCore;
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');

    const open = (n) => {
      for (let i = 0; i < n; i++) calc.openOutageFile(OPEN).append('start;end\n2026-03-29T01:30;2026-03-29T04:00\n');
    };
    open(100);  // what stays once: the preset parsed, the allocator settled
    const collect = async () => {
      for (let i = 0; i < 20; i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await collect();
    const before = core.heapInUse();
    open(10_000);
    const held = core.heapInUse() - before;
    assert.ok(held > 10_000 * 500, `10 000 open files hold ${held} B`);
    await collect();
    const after = core.heapInUse() - before;
    t.diagnostic(`10 000 files never closed: ${held} B held, ${after} B after collecting`);
    assert.ok(after < 64 * 1024, `${after} B still held after collecting (of ${held} B)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
