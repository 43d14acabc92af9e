// A 50 MB outage file (tests/e2e/monitoring-export.mjs, some 780 000 rows of
// Q1 2026) read and measured for Arena: the native CLI (--outages, the whole
// process), the wasm module in Node (openOutageFile in 1 MiB pieces), and
// the credit page in headless Chromium (its worker; from choosing the file
// to the result on screen). Prints figures, asserts nothing.
//   node bench/file_read.mjs [siteDir] [nativeCli]
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openLocalSite, root } from '../tests/e2e/local-site.mjs';
import { monitoringExport } from '../tests/e2e/monitoring-export.mjs';

const site = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const cli = path.resolve(process.argv[3] ?? path.join(root, 'build/native/slacalc'));
const request = { profile: 'arena', tier: 'plm-service', from: '2026-01', to: '2026-03' };
const ms = (t) => `${Math.round(t)} ms`;

const { text, lines } = monitoringExport();
const dir = await mkdtemp(path.join(tmpdir(), 'slacalc-bench-'));
const file = path.join(dir, 'monitoring-q1.csv');
await writeFile(file, text);
const downtimeOf = (result) => result.commitments[0].periods[0].downtime.exact;
console.log(`${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${lines.length - 1} outages`);
try {
  let t = performance.now();
  const native = JSON.parse(execFileSync(cli, ['--outages', file, 'measure', JSON.stringify(request)], {
    encoding: 'utf8', maxBuffer: 1 << 24,
  }));
  const nativeMs = performance.now() - t;
  console.log(`native CLI (read + measure, whole process): ${ms(nativeMs)}`);

  const { createSlaCalc } = await import(path.join(site, 'slacalc.mjs'));
  const sla = await createSlaCalc();
  t = performance.now();
  const opened = sla.openOutageFile({ profile: 'arena' });
  for (let at = 0; at < text.length; at += 1 << 20) opened.append(text.slice(at, at + (1 << 20)));
  opened.finish();
  const readMs = performance.now() - t;
  t = performance.now();
  const wasm = opened.measure(request);
  const measureMs = performance.now() - t;
  opened.close();
  console.log(`wasm in Node: read ${ms(readMs)}, measure ${ms(measureMs)}; ` +
    `wasm/native ${((readMs + measureMs) / nativeMs).toFixed(2)}`);

  const { baseUrl, browser, close } = await openLocalSite(site);
  try {
    const page = await browser.newPage();
    await page.goto(new URL('credit.html', baseUrl).href);
    await page.waitForSelector('body[data-ready="1"]');
    await page.selectOption('#profile', 'arena');
    await page.fill('#from-month', '2026-01');
    await page.fill('#to-month', '2026-03');
    t = performance.now();
    await page.setInputFiles('#import-file', file);
    await page.locator('#outage-file').waitFor({ timeout: 120000 });
    await page.waitForFunction(() => document.querySelector('#results').dataset.state === 'ok' &&
      !/Measuring/.test(document.querySelector('#status').textContent), null, { timeout: 120000 });
    const pageMs = performance.now() - t;
    const summary = await page.textContent('#outage-file-summary');
    console.log(`Chromium page (worker): file chosen → result shown ${ms(pageMs)} ` +
      `(${summary.match(/read in [\d.]+ s/)[0]})`);
  } finally {
    await close();
  }
  const agree = downtimeOf(native) === downtimeOf(wasm);
  console.log(agree ? `native and wasm agree: Q1 downtime ${downtimeOf(native)} s`
    : `MISMATCH: native ${downtimeOf(native)} s, wasm ${downtimeOf(wasm)} s`);
  if (!agree) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true });
}
