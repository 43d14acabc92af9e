// The native CLI and the wasm module print byte-identical result JSON:
// the hand-picked requests and thousands generated from them
// (requests.mjs), through one `slacalc --lines` run and the whole core.
//   SLACALC_AGREEMENT_SEED=n SLACALC_AGREEMENT_COUNT=k node --test tests/node/cli-agreement.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { siteDir, nativeCli, importSite } from './site.mjs';
import { generateRequests, presetTexts, seedRequests } from './requests.mjs';

const SEED = Number(process.env.SLACALC_AGREEMENT_SEED ?? 20261204);
const COUNT = Number(process.env.SLACALC_AGREEMENT_COUNT ?? 5000);

test(`native CLI and wasm agree byte for byte (seed ${SEED}, ${COUNT} generated requests)`, async () => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const presets = presetTexts(core);
  const requests = [
    ...seedRequests(presets).map(({ fn, request }) => ({ fn, text: JSON.stringify(request) })),
    ...generateRequests(SEED, COUNT, presets),
  ];
  const input = requests.map(({ fn, text }) => `${fn}\t${text}\n`).join('');
  const native = spawnSync(nativeCli, ['--lines'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(native.status, 0, native.stderr);
  const answers = native.stdout.split('\n');
  assert.equal(answers.length, requests.length + 1);
  let ok = 0;
  requests.forEach(({ fn, text }, i) => {
    const wasm = core.call(fn, text);
    const answer = JSON.parse(answers[i]);
    assert.equal(answer.body, wasm.body, `${fn} ${text}`);
    assert.equal(answer.ok, wasm.ok, `${fn} ${text}`);
    if (wasm.ok) ok++;
  });
  // Both kinds of answer in quantity: the set is not all errors.
  assert.ok(ok > requests.length / 4 && ok < requests.length, `${ok} of ${requests.length} succeeded`);
});
