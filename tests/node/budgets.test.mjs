// Size budgets, from bench/budgets.json: every page as served —
// HTML, CSS, JS, its wasm module and all four languages' locale files, each
// gzipped (bench/payload.mjs) — within the goal, or, for a page that does not
// meet it yet, within its ceiling (today's figure plus 2 %); each wasm module
// likewise. What is still over the goal is printed, not hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { root, siteDir } from './site.mjs';
import { pagePayloads } from '../../bench/payload.mjs';

const budgets = JSON.parse(await readFile(path.join(root, 'bench/budgets.json'), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const { page, files, total } of await pagePayloads(siteDir)) {
  test(`${page}: within its size budget`, (t) => {
    const wasm = Object.entries(files).filter(([f]) => f.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `${page} loads one wasm module`);
    const [[module, { gzip: wasmGzip }]] = wasm;
    const ceiling = budgets.ceiling[page];
    const limit = { page: ceiling?.page ?? budgets.goal.page, wasm: ceiling?.wasm ?? budgets.goal.wasm };
    t.diagnostic(`${page} ${kb(total.gzip)} (goal ${kb(budgets.goal.page)}), ${module} ${kb(wasmGzip)} ` +
      `(goal ${kb(budgets.goal.wasm)})${ceiling ? `: over the goal, held to ${kb(limit.page)} and ${kb(limit.wasm)}` : ''}`);
    assert.ok(total.gzip <= limit.page, `${page}: ${kb(total.gzip)} > ${kb(limit.page)}`);
    assert.ok(wasmGzip <= limit.wasm, `${module}: ${kb(wasmGzip)} > ${kb(limit.wasm)}`);
    // A ceiling is for a figure over the goal only: once under it, the goal holds.
    if (ceiling?.page) assert.ok(total.gzip > budgets.goal.page,
      `${page} meets the page goal now: remove its page ceiling from bench/budgets.json`);
    if (ceiling?.wasm) assert.ok(wasmGzip > budgets.goal.wasm,
      `${module} meets the wasm goal now: remove its wasm ceiling from bench/budgets.json`);
  });
}
