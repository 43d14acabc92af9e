// Size budgets, from bench/budgets.json: a first visit to every page as
// served — HTML, stylesheet, scripts, its wasm module and its texts in the
// costliest language, each precompressed as the build wrote it
// (bench/payload.mjs) — within the goal, or, for a page that does not meet
// it yet, within its ceiling (the figure when it was set plus 2 %). What is
// still over the goal is printed, not hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { root, siteDir } from './site.mjs';
import { pagePayloads } from '../../bench/payload.mjs';

const budgets = JSON.parse(await readFile(path.join(root, 'bench/budgets.json'), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const { page, files, total, lang } of await pagePayloads(siteDir)) {
  test(`${page}: within its size budget`, (t) => {
    assert.equal(Object.keys(files).filter((f) => f.endsWith('.wasm')).length, 1, `${page} loads one wasm module`);
    assert.ok(Object.values(files).every((s) => s.coding === 'br' || s.raw < 1024),
      `${page}: every file but the tiny ones precompressed with brotli`);
    const ceiling = budgets.ceiling[page];
    t.diagnostic(`${page} ${kb(total.wire)} on the wire in ${lang} (goal ${kb(budgets.goal)})` +
      `${ceiling ? `: over the goal, held to ${kb(ceiling)}` : ''}`);
    assert.ok(total.wire <= (ceiling ?? budgets.goal), `${page}: ${kb(total.wire)} > ${kb(ceiling ?? budgets.goal)}`);
    // A ceiling is for a figure over the goal only: once under it, the goal holds.
    if (ceiling) assert.ok(total.wire > budgets.goal, `${page} meets the goal now: remove its ceiling from bench/budgets.json`);
  });
}
