// A user task on the deadline page, done as a Scope4mation customer does it:
// the contract and its Extended level chosen, the incident's impact and
// urgency, the time it was registered in the portal — and the response and
// resolution due times read, with every reading and choice in words (no
// internal ids). At a phone's and a laptop's size.
//   node --test --test-timeout=300000 tests/e2e/user-tasks-scope4mation.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, taskScreenshot, TASK_VIEWPORTS, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/*
 * The due times, by hand from the seed (002, Scope4mation):
 * - §3.1.1: Impact I-2 with Urgency U-1 → priority 1 (High).
 * - §1.2.2: Extended's support business hours are 08–17, Dutch public holidays
 *   excluded (none between 4 and 11 December 2026); Europe/Amsterdam, CET.
 * - §1.2.3, Extended, incident, High: response 4 h, resolution 40 h, counted
 *   in business hours from the registration in the portal (§1.2.2 **).
 * - Registered Friday 4 December 2026 15:30: Friday counts 15:30–17:00 = 1.5 h.
 *   Response: 4 − 1.5 = 2.5 h on Monday 7 December from 08:00 → 10:30.
 *   Resolution: 40 − 1.5 = 38.5 h; Monday to Thursday (7–10 Dec) 4 × 9 h = 36 h;
 *   2.5 h on Friday 11 December from 08:00 → 10:30.
 */

/** What the person reads on the page: the texts of the inputs' labels, choices and readings, and the results. */
const pageWords = (page) => page.evaluate(() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  const options = [...document.querySelectorAll('main option')].map((o) => o.textContent);
  return [document.querySelector('main').innerText, ...options].join('\n');
});

/** Every option value of the page's selects that is an id: kebab-case, camelCase or dotted. */
const optionIds = (page) => page.locator('main select option').evaluateAll((os) => [...new Set(os.map((o) => o.value)
  .filter((v) => /^[a-z][a-z0-9]*(?:[-.][a-z0-9.]+)+$|^[a-z]+[A-Z]\w*$/.test(v)))]);

for (const viewport of TASK_VIEWPORTS) {
  test(`${viewport.width} px: a Scope4mation incident's due times from its impact, urgency and registration`, async () => {
    const { page, context, log } = await openPage(site.browser, new URL('deadline.html', site.baseUrl).href,
      { viewport, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
    try {
      await page.getByLabel('Contract').selectOption({ label: 'Scope4mation B.V. — Support & SLA (DNO) — Qixium' });
      await page.getByLabel('Tier').selectOption({ label: 'Extended' });
      await page.getByLabel('Impact').selectOption({ label: 'I-2' });
      await page.getByLabel('Urgency').selectOption({ label: 'U-1' });
      assert.match(await page.locator('#priority-result').textContent(), /^Priority: High\b/);
      await page.getByLabel('Class').selectOption({ label: 'Incidents' });
      await page.getByLabel(/^Reported at/).fill('2026-12-04T15:30');

      const due = (measure) => page.locator(`#deadline-list > li.deadline[data-measure="${measure}"]`);
      await page.waitForFunction(() => document.querySelectorAll('#deadline-list > li.deadline .due-local').length >= 2);
      assert.equal(await due('response').locator('.due-local').textContent(), 'Mon 7 Dec 2026 10:30 CET');
      assert.equal(await due('resolution').locator('.due-local').textContent(), 'Fri 11 Dec 2026 10:30 CET');
      // The window's 40 h read as hours, not as calendar days; Fri 15:30 to Fri 10:30 is 6 days 19 h.
      assert.equal(await due('resolution').locator('[data-testid="elapsed"]').textContent(),
        "40h of the window's time, 6d 19h after the report");

      // Every reading and choice is words: no option id anywhere in what the page says.
      const words = await pageWords(page);
      const ids = await optionIds(page);
      assert.ok(ids.length > 0, 'the page has option ids to hide');
      for (const id of ids) assert.ok(!words.includes(id), `"${id}" shown`);
      const idLike = /\b[a-z]+(?:-[a-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z]+\b/g;
      assert.deepEqual(words.match(idLike) ?? [], []);
      // The default is marked on a choice's words, not on an id.
      const marked = await page.locator('main option').evaluateAll((os) => os.map((o) => o.textContent)
        .filter((text) => text.endsWith(' (default)')));
      assert.ok(marked.length > 0);
      for (const text of marked) assert.match(text, /^[A-Z§][^()]*\S \(default\)$/, text);

      // The Default level's reading is shown, and said not to matter for Extended.
      const reading = page.getByLabel('Incident response times of the Default level');
      assert.ok(await reading.isVisible());
      const readingHint = page.locator(`#${await reading.getAttribute('aria-describedby')}`);
      assert.match(await readingHint.textContent(), /^Not used by this tier: none of its rules depends on this reading\. §1\.2\.3/);

      await due('response').scrollIntoViewIfNeeded();
      await taskScreenshot(page, 'scope4mation-incident');

      // On the Default level the reading decides the response (§1.2.3 by default: High 8 h in
      // business hours 10–16): Friday 15:30–16:00 = 0.5 h, Monday 10:00–16:00 = 6 h, Tuesday
      // 10:00 + 1.5 h = 11:30 on 8 December — and the reading no longer says it is unused.
      await page.getByLabel('Tier').selectOption({ label: 'Default' });
      assert.equal(await due('response').locator('.due-local').textContent(), 'Tue 8 Dec 2026 11:30 CET');
      assert.match(await readingHint.textContent(), /^§1\.2\.3, §3\.1\.1: /);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
