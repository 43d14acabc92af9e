// wasm-in-Node throughput of the same request mix as bench/budget_native.cpp.
//   node bench/budget_wasm.mjs [siteDir] [seconds]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
const seconds = Number(process.argv[3] ?? 1);
const mix = JSON.parse(await readFile(new URL('./requests.json', import.meta.url), 'utf8'))
  .map(([fn, request]) => [fn, JSON.stringify(request)]);

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
