// Prints every figure the closing notes report (no thresholds: benchmarks
// print, tests assert; a checksum mismatch between native and wasm is a
// wrong result, not a slow one, and sets the exit code).
//   node bench/report.mjs [siteDir] [nativeBench]
// The clock and measure benchmarks are taken from beside them: bench_clock
// and bench_measure next to nativeBench, their .cjs in siteDir's parent
// (build/wasm); the wasm ones are built here first (they are not part of the
// default build).
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePayloads } from './payload.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { views } = JSON.parse(await readFile(path.join(here, '../bindings/views.json'), 'utf8'));
const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
const nativeBench = path.resolve(process.argv[3] ?? 'build/native/bench_calls');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Emscripten's optimizer needs Debian's acorn (as in scripts/build.sh).
execFileSync('cmake', ['--build', path.dirname(site), '--target', 'bench_clock', 'bench_measure', 'bench_measure_web'],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });

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
// Each page loads its own module (bindings/views.json) and what payload.mjs lists.
for (const { name: view } of views) {
  const s = await size(`slacalc-${view}.wasm`);
  console.log(`${`slacalc-${view}.wasm`.padEnd(22)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
}
for (const { page, files, total, lang } of await pagePayloads(site))
  console.log(`${`page ${page}`.padEnd(22)} ${kb(total.raw).padStart(9)} raw ${kb(total.wire).padStart(9)} on the wire ` +
    `(${Object.keys(files).length} files, first visit in ${lang}, as precompressed)`);

for (const mix of ['budget-mix.json', 'profiles-mix.json', 'deadline-mix.json']) {
  console.log(`== throughput (bench/${mix})`);
  const file = path.join(here, mix);
  const native = execFileSync(nativeBench, [file, '2'], { encoding: 'utf8' }).trim();
  const wasm = execFileSync(process.execPath, [path.join(here, 'calls_wasm.mjs'), site, '2', file], { encoding: 'utf8' }).trim();
  console.log(native);
  console.log(wasm);
  const rate = (line) => Number(line.match(/: (\d+) calls/)[1]);
  console.log(`wasm/native throughput ratio: ${(rate(wasm) / rate(native)).toFixed(2)}`);
}

// Pure deadline computations (WindowClock::add / add_working_days on
// prepared clocks, no JSON): bench/clock_bench.cpp, one source in both builds.
console.log('== deadline clock (bench/clock_bench.cpp)');
try {
  // A run whose passes disagree prints its line and exits 1: keep the line.
  const run = (file, args) => {
    let out;
    try {
      out = execFileSync(file, args, { encoding: 'utf8' });
    } catch (error) {
      if (!error.stdout) throw error;
      out = error.stdout;
    }
    return JSON.parse(out.trim());
  };
  const native = run(path.join(path.dirname(nativeBench), 'bench_clock'), ['2']);
  const wasm = run(process.execPath, [path.join(path.dirname(site), 'bench_clock.cjs'), '2']);
  for (const r of [native, wasm])
    console.log(`${r.build}: ${r.perSecond} computations/s (${r.computations} in ${r.seconds.toFixed(2)} s, checksum ${r.checksum})`);
  const ratio = wasm.perSecond / native.perSecond;
  console.log(`wasm/native throughput ratio: ${ratio.toFixed(2)} (wasm ${ratio < 1 ? `${(1 / ratio).toFixed(1)}× slower` : `${ratio.toFixed(1)}× as fast`})`);
  if (native.checksum !== wasm.checksum || native.inconsistent || wasm.inconsistent) {
    console.log(`CHECKSUM MISMATCH: native ${native.checksum}, wasm ${wasm.checksum}` +
      (native.inconsistent || wasm.inconsistent ? ' (passes disagree within a run)' : '') +
      ': the two builds compute different deadlines');
    process.exitCode = 1;
  } else {
    console.log(`checksums agree (${native.checksum}): native and wasm compute the same deadlines`);
  }
} catch (error) {
  console.log(`clock benchmark failed: ${error.message.split('\n')[0]}`);
}

// 1 000 000 outages over 2026, shuffled → the monthly report (sort_outages
// and measure_periods, no JSON): bench/measure_bench.cpp, one source in
// both builds. The sort alone is printed too: it happens once, when a file
// is read, while the report is asked again for every change on the page.
console.log('== 1 M outages → monthly report (bench/measure_bench.cpp)');
try {
  const lines = (file, args) => execFileSync(file, args, { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
  const native = lines(path.join(path.dirname(nativeBench), 'bench_measure'), []);
  const wasm = lines(process.execPath, [path.join(path.dirname(site), 'bench_measure.cjs')]);
  const chromium = lines(process.execPath, [path.join(here, 'measure_chromium.mjs'), path.join(path.dirname(site), 'bench-web')]);
  native.forEach((n, i) => {
    const [w, c] = [wasm[i], chromium[i]];
    const agree = n.checksum === w.checksum && n.checksum === c.checksum;
    console.log(`${n.profile}: native ${n.ms} ms, wasm in Node ${w.ms} ms, in Chromium ${c.ms} ms ` +
      `(of which sorting: ${n.sortMs}, ${w.sortMs}, ${c.sortMs} ms); ` +
      `wasm/native time ${(w.ms / n.ms).toFixed(2)} (Node), ${(c.ms / n.ms).toFixed(2)} (Chromium)` +
      (agree ? ` (downtime checksums agree: ${n.checksum} s)` : ` CHECKSUM MISMATCH ${n.checksum}, ${w.checksum}, ${c.checksum}`));
    if (!agree) process.exitCode = 1;
  });
} catch (error) {
  console.log(`measure benchmark failed: ${error.message.split('\n')[0]}`);
}

// A 50 MB outage file: read in pieces and measured (bench/file_read.mjs).
console.log('== 50 MB outage file → quarterly report (bench/file_read.mjs)');
try {
  console.log(execFileSync(process.execPath, [path.join(here, 'file_read.mjs'), site,
    path.join(path.dirname(nativeBench), 'slacalc')], { encoding: 'utf8' }).trim());
} catch (error) {
  console.log(`file benchmark failed: ${error.message.split('\n')[0]}`);
  process.exitCode = 1;
}

console.log('== page load');
try {
  console.log(execFileSync(process.execPath, [path.join(here, 'page_load.mjs'), site], { encoding: 'utf8' }).trim());
} catch (error) {
  console.log(`page load benchmark failed: ${error.message.split('\n')[0]}`);
}
