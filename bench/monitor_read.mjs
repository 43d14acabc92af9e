// Monitors' exports of a quarter at 50 MB (docs/importing.md) read and
// measured for Arena: an uptime-kuma heartbeat table (CSV, read as its
// pieces come) and a Prometheus range query (JSON, kept whole and read
// record by record), each through the native CLI (--outages, the whole
// process) and the wasm module in Node (openOutageFile in 1 MiB pieces).
// Prints figures and the wasm/native ratio; asserts only that both agree.
//   node bench/monitor_read.mjs [siteDir] [nativeCli]
import { mkdtemp, writeFile, rm, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../tests/e2e/local-site.mjs';

const site = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const cli = path.resolve(process.argv[3] ?? path.join(root, 'build/native/slacalc'));
const request = { profile: 'arena', tier: 'plm-service', from: '2026-01', to: '2026-03' };
const { createSlaCalc } = await import(pathToFileURL(path.join(site, 'slacalc.mjs')).href);
const sla = await createSlaCalc();

const Q1 = Date.UTC(2026, 0, 1) / 1000, END = Date.UTC(2026, 3, 1) / 1000;
// Down for 3 checks every 997th check: a few thousand outages among the beats.
const down = (i) => i % 997 >= 994;
const two = (n) => String(n).padStart(2, '0');
const sqlTime = (t) => {
  const d = new Date(t * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.000`;
};

/** Heartbeats of two monitors until the text reaches `bytes`. */
function kuma(bytes) {
  const lines = ['id,important,monitor_id,status,msg,time,ping,duration,down_count'];
  let size = 0, id = 0;
  for (let i = 0, t = Q1; size < bytes && t < END; i += 1, t += 10) {
    for (const monitor of [1, 2]) {
      const status = down(i + monitor * 300) ? 0 : 1;
      const line = `${++id},0,${monitor},${status},"${status ? '200 - OK' : 'timeout of 48000ms exceeded'}","${sqlTime(t)}",${status ? 42 : ''},0,0`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

/** One `up` series per instance, a sample every 5 s, until the text reaches `bytes`. */
function prometheus(bytes) {
  const perSeries = Math.floor(bytes / 2 / 17);
  const result = ['a', 'b'].map((instance, k) => ({ metric: { __name__: 'up', instance, job: 'shop' },
    values: Array.from({ length: perSeries }, (_, i) => [Q1 + i * 5, down(i + k * 300) ? '0' : '1']) }));
  return { text: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }), rows: 2 * perSeries };
}

const downtimeOf = (result) => result.commitments[0].periods[0].downtime.exact;
const dir = await mkdtemp(path.join(tmpdir(), 'slacalc-monitor-bench-'));
try {
  for (const [name, make] of [['uptime-kuma heartbeats (CSV)', kuma], ['Prometheus range query (JSON)', prometheus]]) {
    const { text, rows } = make(50e6);
    const file = path.join(dir, name.startsWith('uptime') ? 'heartbeat.csv' : 'up.json');
    await writeFile(file, text);
    const mb = Buffer.byteLength(text) / 1e6;

    let t = performance.now();
    const native = JSON.parse(execFileSync(cli, ['--outages', file, 'measure', JSON.stringify(request)],
      { encoding: 'utf8', maxBuffer: 1 << 24 }));
    const nativeMs = performance.now() - t;

    t = performance.now();
    const bytes = await readFile(file);
    const opened = sla.openOutageFile({});
    let summary, wasm;
    try {
      for (let i = 0; i < bytes.length; i += 1 << 20) opened.append(bytes.subarray(i, i + (1 << 20)));
      summary = opened.finish();
      wasm = opened.measure(request);
    } finally {
      opened.close();
    }
    const wasmMs = performance.now() - t;
    if (downtimeOf(native) !== downtimeOf(wasm)) throw new Error(`native and wasm differ: ${downtimeOf(native)} ≠ ${downtimeOf(wasm)}`);
    console.log(`${name}: ${mb.toFixed(1)} MB, ${rows} rows, ${summary.outages} outages, Q1 downtime ${downtimeOf(wasm)} s`);
    console.log(`  native CLI   ${Math.round(nativeMs)} ms  (${(mb / nativeMs * 1000).toFixed(1)} MB/s, ${Math.round(rows / nativeMs * 1000)} rows/s)`);
    console.log(`  wasm (Node)  ${Math.round(wasmMs)} ms  (${(mb / wasmMs * 1000).toFixed(1)} MB/s, ${Math.round(rows / wasmMs * 1000)} rows/s)`);
    console.log(`  wasm/native  ${(wasmMs / nativeMs).toFixed(2)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
