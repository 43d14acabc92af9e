// Time to the first result and bytes on the wire, per page, in headless
// Chromium (prints, does not assert):
//   node bench/page_load.mjs [siteDir] [runs]     (default build/wasm/web, 7 runs)
// Every page marks its first rendered result the same way (web/page.js:
// performance.mark('slacalc-ready'), body[data-ready="1"]); each figure is the
// median time from navigation start to that mark, in English:
//   cold      a fresh browser context (empty HTTP cache), localhost;
//   slow 4G   the same over emulated Slow 4G — 150 ms round trip, 1.6 Mbit/s
//             down, 0.75 Mbit/s up — with the CPU slowed 4× (DevTools
//             protocol: Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate);
//   repeat    a second visit in the same context, its HTTP cache warm;
//   wire      bytes received for a cold first visit until the network is idle
//             (headers and bodies as sent, compressed; DevTools' encodedDataLength);
//   shift     how far the layout jumped while the page loaded (cumulative
//             layout shift, the sum of the layout-shift entries' values; 0 is none).
// The last row, "floor", is a page with nothing but one module script that
// marks itself ready at once, served the same way: what this machine and
// browser take for any page, so the figures can be read against it.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openLocalSite, root, serveSite } from '../tests/e2e/local-site.mjs';

const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const RUNS = Number(process.argv[3] ?? 7);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const { baseUrl, browser, close } = await openLocalSite(siteDir);

/** Time from navigation start to the page's first result, in ms, on an open page. */
async function visit(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  return page.evaluate(() => performance.getEntriesByName('slacalc-ready', 'mark')[0].startTime);
}

/** A cold visit in a fresh context; `slow` emulates Slow 4G and a 4× slower CPU. Returns { ms, bytes, shift }. */
async function coldVisit(url, { slow = false } = {}) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => { bytes += encodedDataLength; });
    if (slow) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    const ms = await visit(page, url);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + e.value, 0)))
        .observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(0), 200);  // no entry at all: no shift
    }));
    return { ms, bytes, shift };
  } finally {
    await context.close();
  }
}

/** A second visit in the same context: the first fills the HTTP cache. */
async function repeatVisit(url) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const first = await context.newPage();
    await visit(first, url);
    await first.waitForLoadState('networkidle');
    await first.close();
    return await visit(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function runs(n, once) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await once());
  return out;
}

try {
  const pages = (await readdir(siteDir)).filter((f) => f.endsWith('.html')).sort();
  await coldVisit(new URL(pages[0], baseUrl).href); // warm-up: browser and server start-up are not a page's cost
  const ms = (v) => `${v.toFixed(0)} ms`.padStart(9);
  console.log(`== first result, median of ${RUNS} runs (English; goals: cold ≤ 150 ms, slow 4G ≤ 1000 ms ` +
    'on the budget page and ≤ 1500 ms on the others, repeat ≤ 100 ms, wire ≤ 150 KB)');
  console.log(`${'page'.padEnd(14)}${'cold'.padStart(9)}${'slow 4G'.padStart(9)}${'repeat'.padStart(9)}` +
    `${'wire'.padStart(11)}${'shift'.padStart(8)}`);
  const empty = await mkdtemp(path.join(tmpdir(), 'slacalc-floor-'));
  await writeFile(path.join(empty, 'floor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>floor</title><script type="module" src="ready.js"></script></head><body><p>floor</p></body></html>\n');
  await writeFile(path.join(empty, 'ready.js'), "performance.mark('slacalc-ready');\ndocument.body.dataset.ready = '1';\n");
  const floor = await serveSite(empty);
  const rows = [...pages.map((page) => [page, new URL(page, baseUrl).href]), ['floor', new URL('floor.html', floor.baseUrl).href]];
  try {
    for (const [page, url] of rows) {
      const cold = await runs(RUNS, () => coldVisit(url));
      const slow = await runs(RUNS, () => coldVisit(url, { slow: true }));
      const repeat = await runs(RUNS, () => repeatVisit(url));
      const wire = median(cold.map((r) => r.bytes));
      console.log(`${page.padEnd(14)}${ms(median(cold.map((r) => r.ms)))}${ms(median(slow.map((r) => r.ms)))}` +
        `${ms(median(repeat))}${`${(wire / 1024).toFixed(1)} KB`.padStart(11)}` +
        `${median(cold.map((r) => r.shift)).toFixed(3).padStart(8)}`);
    }
  } finally {
    floor.stop();
    await rm(empty, { recursive: true });
  }
  console.log(`site: ${siteDir}; Chromium ${browser.version()} headless; served by scripts/serve.mjs`);
} finally {
  await close();
}
