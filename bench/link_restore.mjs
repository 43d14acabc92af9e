// How long a page takes to restore a large link to a view (prints, does not assert).
//   node bench/link_restore.mjs [siteDir] [runs]      (default build/wasm/web, 3 runs)
// Each run opens a fresh browser context at the link and measures, in the
// page, from the moment the page is ready (body[data-ready="1"], before the
// link is applied) to the moment web/share.js marks the view restored
// (body[data-view="restored"]): the restore alone, not the page load. The
// links are built as share.js builds them (tests/e2e/links.mjs).
import path from 'node:path';
import { openLocalSite, root } from '../tests/e2e/local-site.mjs';
import { creditView, linkTo, outageRows, termView, vms } from '../tests/e2e/links.mjs';

const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build/wasm/web'));
const RUNS = Number(process.argv[3] ?? 3);
const { baseUrl, browser, close } = await openLocalSite(siteDir);

const CASES = [
  ['credit, 4 000 outage rows', 'credit.html', creditView(outageRows(4000))],
  ['term, 2 000 VMs', 'term.html', termView({ vms: vms(2000), used: [] })],
  ['term, 200 VMs', 'term.html', termView({ vms: vms(200), used: [] })],
];

async function restoreOnce(page, state) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      const seen = {};
      window.__restoreTimes = seen;
      new MutationObserver(() => {
        const { ready, view } = document.body?.dataset ?? {};
        if (ready === '1' && seen.ready === undefined) seen.ready = performance.now();
        if (view === 'restored' && seen.restored === undefined) {
          seen.restored = performance.now();
          seen.status = document.getElementById('share-status')?.textContent ?? '';
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready', 'data-view'] });
    });
    const tab = await context.newPage();
    await tab.goto(linkTo(baseUrl, page, state));
    await tab.waitForSelector('body[data-view="restored"]', { timeout: 600000 });
    const { ready, restored, status } = await tab.evaluate(() => window.__restoreTimes);
    return { ms: restored - ready, status };
  } finally {
    await context.close();
  }
}

try {
  for (const [name, page, state] of CASES) {
    const link = linkTo(baseUrl, page, state);
    const times = [];
    let status = '';
    for (let i = 0; i < RUNS; i++) ({ status, ms: times[i] } = await restoreOnce(page, state));
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${name} (link ${link.length.toLocaleString('en')} characters): median ` +
      `${sorted[Math.floor(RUNS / 2)].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})` +
      `${status ? ` — "${status}"` : ''}`);
  }
  console.log(`site: ${siteDir}; Chromium ${browser.version()} headless, fresh context per run`);
} finally {
  await close();
}
