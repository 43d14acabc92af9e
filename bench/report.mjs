// Prints every figure the closing notes report (no thresholds: benchmarks
// print, tests assert). node bench/report.mjs [siteDir] [nativeBench]
import { readFile, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
const nativeBench = path.resolve(process.argv[3] ?? 'build/native/bench_calls');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function size(file) {
  const bytes = await readFile(path.join(site, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

console.log('== payload (gzip -9)');
const module = { raw: 0, gzip: 0 };
for (const file of ['slacalc-core.wasm', 'slacalc-core.mjs']) {
  const s = await size(file);
  module.raw += s.raw; module.gzip += s.gzip;
  console.log(`${file.padEnd(22)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
}
console.log(`${'wasm + glue'.padEnd(22)} ${kb(module.raw).padStart(9)} raw ${kb(module.gzip).padStart(9)} gzip`);
const page = { raw: 0, gzip: 0 };
for (const file of (await readdir(site)).filter((f) => /\.(html|css|m?js|wasm)$/.test(f))) {
  const s = await size(file);
  page.raw += s.raw; page.gzip += s.gzip;
}
console.log(`${'whole page'.padEnd(22)} ${kb(page.raw).padStart(9)} raw ${kb(page.gzip).padStart(9)} gzip`);

for (const mix of ['budget-mix.json', 'profiles-mix.json']) {
  console.log(`== throughput (bench/${mix})`);
  const file = path.join(here, mix);
  const native = execFileSync(nativeBench, [file, '2'], { encoding: 'utf8' }).trim();
  const wasm = execFileSync(process.execPath, [path.join(here, 'calls_wasm.mjs'), site, '2', file], { encoding: 'utf8' }).trim();
  console.log(native);
  console.log(wasm);
  const rate = (line) => Number(line.match(/: (\d+) calls/)[1]);
  console.log(`wasm/native throughput ratio: ${(rate(wasm) / rate(native)).toFixed(2)}`);
}

console.log('== page load');
try {
  console.log(execFileSync(process.execPath, [path.join(here, 'page_load.mjs'), site], { encoding: 'utf8' }).trim());
} catch (error) {
  console.log(`page load benchmark failed: ${error.message.split('\n')[0]}`);
}
