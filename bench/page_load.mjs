// Page load to first result in headless Chromium (prints, does not assert).
//   node bench/page_load.mjs [siteDir]        (default build/wasm/web)
// Each run uses a fresh browser context (empty cache) and a fresh page and
// measures from navigation start to the page's "slacalc-ready" mark, which
// every page sets once its first result is rendered (body[data-ready="1"];
// web/page.js).
import path from 'node:path';
import { openLocalSite, root } from '../tests/e2e/local-site.mjs';

const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const RUNS = 10;
const { baseUrl, browser, close } = await openLocalSite(siteDir);

async function loadOnce() {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    // performance.now() and marks count from the navigation's time origin.
    return await page.evaluate(() => performance.getEntriesByName('slacalc-ready', 'mark')[0].startTime);
  } finally {
    await context.close();
  }
}

try {
  await loadOnce(); // warm-up: browser process and server start-up are not the page's cost
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await loadOnce());
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
  console.log(`page load to first result: median ${median.toFixed(1)} ms ` +
    `(${RUNS} runs: ${times.map((t) => t.toFixed(1)).join(', ')}; min ${sorted[0].toFixed(1)}, max ${sorted[RUNS - 1].toFixed(1)})`);
  console.log(`site: ${siteDir}; Chromium ${browser.version()} headless, fresh context per run, 1 warm-up run not counted`);
} finally {
  await close();
}
