// The 1 M-outage monthly report (bench/measure_bench.cpp) in headless
// Chromium: the web build in build/wasm/bench-web, served on localhost like
// the page (built on demand: bench/report.mjs does it, or
// cmake --build build/wasm --target bench_measure_web). Prints the module's
// JSON lines (no thresholds).
//   node bench/measure_chromium.mjs [dir]        (default build/wasm/bench-web)
import path from 'node:path';
import { openLocalSite, root } from '../tests/e2e/local-site.mjs';

const dir = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/bench-web'));
const { baseUrl, browser, close } = await openLocalSite(dir);
try {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.benchLines.length >= 2, null, { timeout: 120000 });
  for (const line of await page.evaluate(() => window.benchLines))
    console.log(line.replace('"build":"wasm"', '"build":"chromium"'));
} finally {
  await close();
}
