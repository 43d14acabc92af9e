// The core's answer to every request of tests/node/requests.mjs — the
// hand-picked ones and N generated from them — one line each: the function,
// "ok" or "error", and the body as a JSON string, tab-separated. Two builds
// compared byte for byte show whether a change left every answer as it was:
//
//   node scripts/answers.mjs [siteDir] [N] > after.txt      (default build/wasm/web, 50 000)
//   cmp before.txt after.txt
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRequests, presetTexts, seedRequests } from '../tests/node/requests.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const count = Number(process.argv[3] ?? 50000);

const { default: createCore } = await import(pathToFileURL(path.join(siteDir, 'slacalc-core.mjs')).href);
const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
const presets = presetTexts(core);
const seeds = seedRequests(presets).map(({ fn, request }) => ({ fn, text: JSON.stringify(request) }));
const lines = [];
for (const { fn, text } of [...seeds, ...generateRequests(20261205, count, presets)]) {
  const { ok, body } = core.call(fn, text);
  lines.push(`${fn}\t${ok ? 'ok' : 'error'}\t${JSON.stringify(body)}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
