// A user task on the credit page, done as a WP Heaven customer does it: the
// page switched to Danish with the language picker, WP Heaven chosen, the
// November 2026 outages typed row by row (one of them inside an announced
// service window), the result read, the claimant's lines filled and the
// claim letter downloaded as text. At a phone's and a laptop's size.
//   node --test --test-timeout=300000 tests/e2e/user-tasks-wp-heaven.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, taskScreenshot, TASK_VIEWPORTS, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/*
 * The numbers, by hand from the seed (003, WP Heaven):
 * - November 2026 in Europe/Copenhagen has no clock change (it went back on
 *   25 October): 30 days = 43 200 min.
 * - The service window of Monday 16 November 00:00–02:40 (the night Sunday →
 *   Monday, §10.1), announced on Thursday 12 November 10:00, 86 h ahead
 *   (≥ 48 h): not downtime (§4.2) and not part of the theoretical maximum
 *   (§3.1): T = 43 200 − 160 = 43 040 min.
 * - Downtime (§4.1): 4 Nov 09:00–12:00 = 180 min, 20 Nov 14:00–15:29 = 89 min;
 *   D = 269 min.
 * - FT = 100 × (1 − 269 / 43 040) = 100 × (1 − 1/160) = 99.375 % < GT 99.5 %.
 * - Compensation (§11.3) = (GT − FT) × MP / 100 = (99.5 − 99.375) × 2 400 / 100
 *   = 0.125 × 24 = 3.00 DKK; the share of the fee is 0.125 %.
 * - The letter gives FT to the contract's precision, cut: 99,37 % (two
 *   decimals at least, as 99,5 is written; 99.375 cut, not rounded up).
 */
const OUTAGES = [
  { start: '2026-11-04T09:00', end: '2026-11-04T12:00', kind: 'Uplanlagt' },
  { start: '2026-11-16T00:00', end: '2026-11-16T02:40', kind: 'Planlagt (varslet)', announced: '2026-11-12T10:00' },
  { start: '2026-11-20T14:00', end: '2026-11-20T15:29', kind: 'Uplanlagt' },
];

/** Row `i` (from 0) of the outages, as the page lists it. */
const row = (page, i) => page.locator('#outage-list > li').nth(i);

/** Types one outage into row `i` through its labelled fields. */
async function typeOutage(page, i, { start, end, kind, announced }) {
  const r = row(page, i);
  await r.getByLabel('Start').fill(start);
  await r.getByLabel('Slut').fill(end);
  await r.getByLabel('Type').selectOption({ label: kind });
  if (announced) await r.getByLabel('Varslet den').fill(announced);
}

/** A downloaded file's text. */
async function downloadedText(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

for (const viewport of TASK_VIEWPORTS) {
  test(`${viewport.width} px: a WP Heaven customer's November in Danish, up to the downloaded claim letter`, async () => {
    const { page, context, log } = await openPage(site.browser, new URL('credit.html', site.baseUrl).href,
      { viewport, locale: 'en-US', acceptDownloads: true });
    try {
      // Dansk, chosen in the picker: the page comes back in Danish.
      await Promise.all([page.waitForURL(/[?&]lang=da/), page.getByLabel('Language').selectOption({ label: 'Dansk' })]);
      await page.waitForSelector('body[data-view="restored"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'da');

      await page.getByLabel('Kontrakt', { exact: true }).selectOption({ label: 'WP Heaven — Service Level Agreement (SLA) — WordPress-hosting' });
      await page.getByLabel('Månedligt gebyr').fill('2.400,00');
      for (const [i, outage] of OUTAGES.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Tilføj nedbrud' }).click();
        await typeOutage(page, i, outage);
      }

      // The result, in Danish: 3,00 kr. owed for November 2026.
      const verdict = page.locator('#verdict');
      await page.waitForFunction(() => document.querySelector('#verdict').textContent.startsWith('✓'));
      assert.match(await verdict.textContent(), /^✓ Kreditering skyldes for november 2026: 3,00\s?kr\.$/);
      // The announced window is said not to count, in Danish words, with its times.
      const notCounted = page.locator('[data-testid="not-counted"]');
      assert.equal(await notCounted.locator('p').textContent(), 'Ikke talt med for dette tilsagn:');
      assert.deepEqual(await notCounted.locator('li').allTextContents(), [
        'Nedbrud 2 (16.11.2026 00.00.00 – 16.11.2026 02.40.00): varslede servicevinduer: ikke nedetid efter §3.2']);

      // The claimant's lines, then the letter in Danish (the contract's language) as shown and as downloaded.
      await page.getByLabel('Dit navn eller firma').fill('Bageriet Krumme ApS');
      await page.getByLabel('Kunde- eller kontraktnummer').fill('WPH-2291');
      await page.getByLabel('Kontakt (adresse, e-mail, telefon)').fill('Søndergade 4, 8000 Aarhus C\nmette@krumme.dk');
      await page.getByLabel('Underskrift (navn, stilling)').fill('Mette Krumme, direktør');
      const letter = page.locator('#letter');
      await page.waitForFunction(() => document.querySelector('#letter').textContent.includes('direktør'));
      assert.equal(await page.getByLabel('Brevets sprog').inputValue(), 'da');
      const shown = await letter.textContent();
      assert.match(shown, /^Til: WP Heaven\nFra: Bageriet Krumme ApS\nKunde-\/kontraktnummer: WPH-2291\nEmne: Krav om SLA-kreditering — /);
      assert.match(shown, /Den målte tilgængelighed var 99,37\s?% mod de garanterede 99,5\s?%\. Krediteringen udgør 3,00\s?kr\. \(0,125\s?% af 2\.400,00\s?kr\.\)\./);
      // Each outage claimed: date, start–end, duration, kind; the service window is not claimed.
      assert.match(shown, /\nDe krævede udfald \(Europe\/Copenhagen\):\n- 04\.11\.2026 09\.00–12\.00 \(3 t\.\), uplanlagt\n- 20\.11\.2026 14\.00–15\.29 \(1 t\. 29 min\.\), uplanlagt\n\n/);
      assert.ok(!shown.includes('16.11.2026'), shown);
      assert.match(shown, /Med venlig hilsen\nMette Krumme, direktør\nSøndergade 4, 8000 Aarhus C\nmette@krumme\.dk\n$/);
      assert.ok(!/[.,:;!?] ?[.,:;!?]/.test(shown), `doubled punctuation in:\n${shown}`);
      assert.ok(!/\b(Dear|Kind regards|unplanned|outage)\b/.test(shown), shown);

      const [download] = await Promise.all([page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download .txt' }).click()]);
      assert.match(download.suggestedFilename(), /\.txt$/);
      assert.equal(await downloadedText(download), shown);

      await taskScreenshot(page, 'wp-heaven-november-da');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
