// A sentence ending in a duration whose last unit is abbreviated ("sek.",
// "Sek.") in headless Chromium: the page writes one full stop, not two
// (web/i18n.js t()). The duration is worked out by hand.
//   node --test tests/e2e/full-stop.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

test('the dependencies page\'s verdict ends with the abbreviation\'s full stop only, in Danish and German', async () => {
  // The preset chain, 0.9939055995: (1 − 0.9939055995) × 2 592 000 s = 15 796.686096 s = 4 h 23 min 16.686096 s,
  // shown to the thousandth: "≈ 4 t. 23 min. 16,686 sek.".
  for (const [lang, end] of [['da', '≈ 4 t. 23 min. 16,686 sek.'], ['de', '≈ 4 Std. 23 Min. 16,686 Sek.']]) {
    const { page, context, log } = await openPage(site.browser, new URL(`compose.html?lang=${lang}`, site.baseUrl).href);
    try {
      await page.fill('#target', '99');
      await page.waitForFunction(() => document.getElementById('target-verdict').textContent.startsWith('✓'));
      const verdict = await page.locator('#target-verdict').textContent();
      assert.ok(verdict.endsWith(` ${end}`), verdict);
      assert.ok(!verdict.includes('..'), verdict);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});
