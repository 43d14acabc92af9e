// A user task of a site owner: slacalc's element on a plain white page of
// their own, as docs/embedding.md shows it (the script and one tag). The
// element renders, shows its answer, lets the white page show through where
// it draws nothing, and nothing is fetched from anywhere but the site. At a
// phone's and a laptop's size.
//   node --test --test-timeout=300000 tests/e2e/user-tasks-embed.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { taskScreenshot, TASK_VIEWPORTS, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/** The host page: white, its own words around the element, nothing else of slacalc's but the script and the tag. */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our hosting — downtime</title>
<style>body { background: #fff; color: #111; margin: 0; padding: 16px; font: 16px/1.4 serif; }</style>
<script type="module" src="/embed.js"></script>
</head><body>
<h1>How much downtime does Managed 4 allow?</h1>
<sla-calculator profile="flying-circus" tier="managed-4" view="budget" title="Downtime calculator"></sla-calculator>
<p>Questions? Write to us.</p>
</body></html>`;

/**
 * The colour [r, g, b] of the page's pixel at (x, y) (page coordinates), from a screenshot clipped to it. A PNG of
 * one pixel has one scanline whose filter predicts from zeros only, so the
 * bytes after the filter byte are the pixel whatever the filter.
 */
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, fullPage: true });
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  return [raw[1], raw[2], raw[3]];
}

for (const viewport of TASK_VIEWPORTS) {
  test(`${viewport.width} px: the element on a white page renders its answer on the page's white, all from the site`, async () => {
    const context = await site.browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    try {
      // The host page lives on the site's own origin, beside the copied files (docs/embedding.md).
      const hostUrl = new URL('our-downtime.html', site.baseUrl).href;
      await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST_PAGE }));
      await page.goto(hostUrl);

      // It renders and shows its answer: Flying Circus Managed 4, 99.6 % a month on the
      // contract's 750 h month (§9.2, §3.6.1): 0.4 % × 750 h = 3 h.
      const frame = page.frameLocator('sla-calculator iframe');
      await frame.locator('#target').waitFor();
      await page.waitForFunction(() => {
        const doc = document.querySelector('sla-calculator').shadowRoot.querySelector('iframe').contentDocument;
        return doc?.body?.dataset.view === 'restored';
      }, null, { timeout: 20000 });
      assert.equal(await frame.locator('#target').inputValue(), '99.6');
      const results = frame.locator('#result-list');
      await results.getByText('3h', { exact: true }).first().waitFor();
      assert.ok(await results.getByText('3h', { exact: true }).first().isVisible());
      // The frame is as tall as its content, not a scrolled box.
      await page.waitForFunction(() => {
        const f = document.querySelector('sla-calculator').shadowRoot.querySelector('iframe');
        return Math.abs(f.clientHeight - Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
      });

      // Transparent: neither the frame's root nor its body paints a background ...
      const transparent = 'rgba(0, 0, 0, 0)';
      const backgrounds = await frame.locator('body').evaluate(() => [getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.body).backgroundColor]);
      assert.deepEqual(backgrounds, [transparent, transparent]);
      // ... and where the calculator draws nothing (its body shows), the screen is the host's white:
      // a point of the frame whose topmost element is its body or root, taken on the host page.
      const spot = await page.evaluate(() => {
        const f = document.querySelector('sla-calculator').shadowRoot.querySelector('iframe');
        const doc = f.contentDocument;
        const box = f.getBoundingClientRect();
        for (let y = 2; y < box.height; y += 7) {
          for (let x = 2; x < box.width; x += 7) {
            const hit = doc.elementFromPoint(x, y);
            if (hit === doc.body || hit === doc.documentElement) return { x: box.left + scrollX + x, y: box.top + scrollY + y };
          }
        }
        return null;
      });
      assert.ok(spot, 'a point of the frame where nothing is drawn');
      assert.deepEqual(await pixel(page, Math.round(spot.x), Math.round(spot.y)), [255, 255, 255]);

      await taskScreenshot(page, 'embed-white-page');
      // Nothing left the site's origin: the host page, embed.js, and the calculator's own files.
      assert.ok(requests.length > 3, requests.join('\n'));
      for (const url of requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
