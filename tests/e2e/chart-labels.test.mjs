// The credit page's availability chart in headless Chromium: no bar's value
// label crosses the dashed target line, measured as Chromium draws them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, outage, range } from './credit-page.mjs';

const site = useLocalSite();
const openPage = creditPageOf(site, openPageAt);

/** Each value label's box and the target line's band (its stroke), in the chart's units. */
const boxes = (page) => page.locator('svg.chart-svg').first().evaluate((chart) => {
  const line = chart.querySelector('.target-line');
  const y = Number(line.getAttribute('y1'));
  const half = parseFloat(getComputedStyle(line).strokeWidth) / 2;
  return {
    line: { top: y - half, bottom: y + half },
    labels: [...chart.querySelectorAll('g.bar')].map((g) => {
      const label = g.querySelector('.bar-value');
      const box = label.getBBox();
      return { period: g.dataset.period, text: label.textContent, top: box.y, bottom: box.y + box.height };
    }),
  };
});

test('value labels clear of the target line: a bar just below it, one a little below, one at 100 %', async () => {
  const { page, context, log } = await openPage({ viewport: { width: 1280, height: 900 } });
  try {
    // WP Heaven: 99.5 % a month of 720 h (§11.3). April 3h 36m 1s down: 100 − 12 961/25 920 = 99.4999… %;
    // May none: 100 %; June 4h 30m: 100 − 16 200/25 920 = 99.375 %. The axis runs from 98 % (the
    // target less 1.5 points, rounded down): 124 px for 2 points, so June's bar ends 0.125 × 62 ≈ 7.8 px
    // below the line, where a label 6 px above the bar would sit on it.
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-04', '2026-06');
    await outage(page, 0, '2026-04-10T12:00:00', '2026-04-10T15:36:01');
    await page.click('#add-outage');
    await outage(page, 1, '2026-06-10T12:00', '2026-06-10T16:30');
    await page.waitForSelector('svg.chart-svg g.bar[data-period="2026-06-01"]');
    const { line, labels } = await boxes(page);
    assert.deepEqual(labels.map((l) => l.text), ['99.49%', '100%', '99.37%']);
    for (const label of labels) {
      assert.ok(label.bottom < line.top || label.top > line.bottom, `${JSON.stringify(label)} crosses ${JSON.stringify(line)}`);
    }
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
