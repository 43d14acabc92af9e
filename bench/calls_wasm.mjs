// wasm-in-Node throughput of a request mix, the twin of bench/calls_native.cpp.
//   node bench/calls_wasm.mjs [siteDir] [seconds] [mix]    (mix: bench/budget-mix.json)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
const seconds = Number(process.argv[3] ?? 1);
const root = new URL('../', import.meta.url);
const mixFile = process.argv[4] ?? new URL('./budget-mix.json', import.meta.url);
const mix = await Promise.all(JSON.parse(await readFile(mixFile, 'utf8')).map(async ([fn, request]) =>
  [fn, typeof request === 'string' && request.startsWith('@')
    ? await readFile(new URL(request.slice(1), root), 'utf8') : JSON.stringify(request)]));

const { default: createCore } = await import(pathToFileURL(path.join(site, 'slacalc-core.mjs')).href);
const core = await createCore({ wasmBinary: await readFile(path.join(site, 'slacalc-core.wasm')) });

let calls = 0, checksum = 0;
const start = performance.now();
let elapsed = 0;
while (elapsed < seconds * 1000) {
  for (const [fn, body] of mix) checksum += core.call(fn, body).body.length;
  calls += mix.length;
  elapsed = performance.now() - start;
}
console.log(`wasm: ${(calls / (elapsed / 1000)).toFixed(0)} calls/s (${calls} calls in ${(elapsed / 1000).toFixed(2)} s, checksum ${checksum})`);
