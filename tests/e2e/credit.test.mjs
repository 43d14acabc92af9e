// The credit page (credit.html) in headless Chromium, served with its strict
// CSP by scripts/serve.mjs. The expected availabilities, budgets and credits
// are worked out by hand below from the contracts' rules (period length,
// zone, target, the credit formula), not taken from the module.
//   node --test tests/e2e/          (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, fact, outage, periodTable, range, text } from './credit-page.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- helpers

const openPage = creditPageOf(site, openPageAt);

/** The period table of commitment `i` as { period: { counted, downtime, measured, availability, met, remaining } }. */
const periods = (page, i = 0) => periodTable(page.locator('[data-testid="commitment"]').nth(i), { counted: 'counted',
  downtime: 'downtime', measured: 'measured-time', availability: 'availability', met: 'met', remaining: 'remaining' });

/** The bars of commitment `i`'s chart: accessible label, title, the ✓/✗ text, and whether a rect is drawn. */
function bars(page, i = 0) {
  return page.locator('[data-testid="commitment"]').nth(i).locator('svg.chart-svg g.bar').evaluateAll((gs) => gs.map((g) => ({
    period: g.dataset.period,
    label: g.getAttribute('aria-label'),
    role: g.getAttribute('role'),
    title: g.querySelector('title').textContent,
    met: g.querySelector('.bar-met').textContent,
    value: g.querySelector('.bar-value').textContent,
    top: Number(g.querySelector('rect')?.getAttribute('y')),
  })));
}

/** The claim letter in language `code`, chosen in the select next to it (the page shows one at a time). */
async function letter(page, code) {
  await page.selectOption('#letter-lang', code);
  return text(page, '#letter');
}

// ---------------------------------------------------------------- WP Heaven

test('WP Heaven April 2026: 0.5 % of 720 h, the §11.3 formula, Copenhagen time', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    assert.match(await text(page, '#rule'), /\(target − achieved\) × monthly fee \/ 100 .* §11\.3/);
    assert.equal(await text(page, '#fee-label'), 'Monthly fee');
    assert.ok(await page.locator('#resource-group').isHidden());
    assert.match(await text(page, '#outage-zone'), /Europe\/Copenhagen/);
    await range(page, '2026-04', '2026-04');
    await page.fill('#fee', '1 600,00');

    // April 2026: 30 days = 720 h = 2 592 000 s, every hour counted (no service windows entered).
    // Budget 0.5 % = 12 960 s = 3h 36m. The inputs are Copenhagen time (CEST = UTC+2 in April):
    // 12:00:00–15:36:01 local = 10:00:00–13:36:01 UTC, 3h 36m 1s = 12 961 s of downtime.
    // FT = 100 × (2 592 000 − 12 961) / 2 592 000 = 100 − 12 961/25 920 = 99.499961419… % < 99.5 → missed.
    await outage(page, 0, '2026-04-10T12:00:00', '2026-04-10T15:36:01');
    let april = (await periods(page))['April 2026'];
    assert.deepEqual(april, {
      counted: '30d', downtime: '3h 36m 1s', measured: '30d', availability: '99.49…% (exactly 99.499961…%)', met: '✗ missed',
      remaining: 'over by 1s',
    });
    // (GT − FT) × MP / 100 = (12 961/25 920 − 1/2) × 1 600.00 / 100 = (1/25 920) × 16 DKK
    // = 0.000617… DKK = 0.06 øre → 0.00 DKK rounded half up to the øre: missed, yet nothing to credit.
    // The share, 1/25 920 = 0.0000385802469… %, as the core states it (12 decimals at most).
    assert.match(await fact(page, 'amount'), /^0\.00 DKK \(0\.0000385802\d*% of 1,600\.00 DKK\)$/);
    assert.match(await text(page, '#verdict'), /Target missed in April 2026, but no credit is due/);
    assert.equal(await page.getAttribute('#credit', 'data-eligible'), 'false');
    assert.ok(await page.locator('#letters').isHidden());
    const explain = await page.locator('#credit-explain-list li').allTextContents();
    assert.ok(explain.some((t) => /= 0\.00 DKK/.test(t)), explain.join('\n'));

    // Exactly 3h 36m = the budget: FT = 100 − 12 960/25 920 = 99.5 % exactly → met, no credit.
    await page.fill('#o0-end', '2026-04-10T15:36:00');
    april = (await periods(page))['April 2026'];
    assert.equal(april.availability, '99.5%');
    assert.equal(april.met, '✓ met');
    assert.equal(april.remaining, '0s');
    assert.match(await text(page, '#verdict'), /No credit for April 2026: every target was met/);
    assert.equal(await fact(page, 'amount'), 'None: every target was met');

    // The contract's own example (§11.3): 72 h down = 259 200 s → FT = 100 − 10 = 90 %;
    // (99.5 − 90) × 1 600 / 100 = 9.5 × 16 = 152.00 DKK.
    await outage(page, 0, '2026-04-10T00:00', '2026-04-13T00:00');
    april = (await periods(page))['April 2026'];
    assert.equal(april.downtime, '3d');
    assert.equal(april.availability, '90%');
    // 259 200 − 12 960 = 246 240 s over = 2d 20h 24m.
    assert.equal(april.remaining, 'over by 2d 20h 24m');
    assert.equal(await fact(page, 'amount'), '152.00 DKK (9.5% of 1,600.00 DKK)');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 152.00 DKK');
    assert.equal(await fact(page, 'credit-clause'), '§11.3');
    assert.match(await letter(page, 'en'), /152\.00 DKK \(9\.5 % of 1,600\.00 DKK\)/);
    assert.match(await letter(page, 'de'), /152,00\sDKK\s\(9,5\s%\svon\s1\.600,00\sDKK\)/);

    // The chart: one bar per month, labelled (title and aria-label), ✓/✗ in words, the target as a line.
    const [bar] = await bars(page);
    assert.equal(bar.role, 'img');
    assert.equal(bar.label, 'April 2026: availability 90%, target 99.5%, missed');
    assert.equal(bar.title, bar.label);
    assert.equal(bar.met, '✗ missed');
    assert.equal(bar.value, '90%');
    assert.equal(await page.locator('svg.chart-svg .target-line').getAttribute('data-target'), '99.5');
    assert.equal(await page.locator('canvas').count(), 0);
    assert.match(await text(page, '.chart figcaption'), /axis starts at \d+%/);

    // The zone: 23:00–01:00 Copenhagen time across the month's end = 21:00–23:00 UTC on 30 April.
    // Read as Copenhagen time: 1 h in April, 1 h in May. (Read as UTC it would all fall in May.)
    await range(page, '2026-04', '2026-05');
    await outage(page, 0, '2026-04-30T23:00', '2026-05-01T01:00');
    const both = await periods(page);
    assert.equal(both['April 2026'].downtime, '1h');
    assert.equal(both['May 2026'].downtime, '1h');
    // May: 31 days = 2 678 400 s, budget 0.5 % = 13 392 s = 3h 43m 12s; 1 h used → 2h 43m 12s left.
    assert.equal(both['May 2026'].remaining, '2h 43m 12s');
    assert.equal(both['May 2026'].met, '✓ met');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- Arena

test('Arena Q2 2026: annual fee, quarterly target, claim by 15 July, the letter in two languages', async () => {
  const { page, context, log } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await choose(page, 'arena', 'plm-service');
    assert.equal(await text(page, '#fee-label'), 'Annual fee');
    assert.match(await text(page, '#rule'), /1\.25 % of the current annual fee .*quarterly target .*Gutschriften/);
    assert.match(await text(page, '#outage-zone'), /\bUTC\b/);
    // Quarterly contract: the range defaults to the current quarter.
    const now = new Date();
    const first = now.getMonth() - (now.getMonth() % 3);
    const month = (m) => `${now.getFullYear()}-${String(m + 1).padStart(2, '0')}`;
    assert.equal(await page.inputValue('#from-month'), month(first));
    assert.equal(await page.inputValue('#to-month'), month(first + 2));

    await range(page, '2026-04', '2026-06');
    await page.fill('#fee', '48 000,00');
    // Judged as of 1 July 2026, before the claim deadline (credit-truth.test.mjs: after it).
    await page.fill('#as-of', '2026-07-01');
    // 10:00:00–21:55:12 UTC = 11h 55m 12s = 42 912 s. Q2 2026 = 30 + 31 + 30 = 91 days = 7 862 400 s.
    // Availability = 100 × (1 − 42 912/7 862 400) = 99.454212… % < 99.5 → missed.
    // Budget 0.5 % × 7 862 400 = 39 312 s = 10h 55m 12s; 42 912 − 39 312 = 3 600 s over.
    await outage(page, 0, '2026-05-01T10:00', '2026-05-01T21:55:12');
    assert.deepEqual((await periods(page))['2026-Q2'], {
      counted: '91d', downtime: '11h 55m 12s', measured: '91d', availability: '99.45…% (exactly 99.454212…%)', met: '✗ missed',
      remaining: 'over by 1h',
    });
    // 1.25 % × 48 000.00 USD = 600.00 USD; claim within 15 days after 30 June → 15 July 2026.
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for 2026-Q2: 600.00 USD');
    assert.equal(await fact(page, 'amount'), '600.00 USD (1.25% of 48,000.00 USD)');
    assert.equal(await fact(page, 'claim-deadline'), '2026-07-15');
    assert.match(await fact(page, 'claim'), /in writing within 15 days after the quarter ends/i);
    assert.match(await fact(page, 'redemption'), /offset against the next annual fee/);
    // One letter at a time, in the page's language first; the select next to it picks another.
    assert.equal(await page.inputValue('#letter-lang'), 'en');
    assert.deepEqual(await page.locator('#letter-lang option').allTextContents(),
      ['English', 'Deutsch', 'Nederlands', 'Dansk']);
    const en = await text(page, '#letter');
    assert.equal(await page.getAttribute('#letter', 'lang'), 'en');
    const de = await letter(page, 'de');
    assert.match(en, /600\.00 USD/);
    assert.match(de, /600,00\s(?:USD|\$)/);
    assert.equal(await page.getAttribute('#letter', 'lang'), 'de');

    // Copy: the clipboard holds the letter as shown, in the language chosen.
    await letter(page, 'en');
    await page.click('#copy-letter');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    assert.match(await text(page, '#copy-status'), /copied/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), en);
    await letter(page, 'de');
    await page.click('#copy-letter');
    await page.waitForFunction((t) => navigator.clipboard.readText().then((c) => c === t), de);

    // The whole year: four quarters; the credit stays on Q2, the most recent one missed (not the last one).
    await range(page, '2026-01', '2026-12');
    const quarterBars = await bars(page);
    assert.deepEqual(quarterBars.map((b) => b.met), ['✓ met', '✗ missed', '✓ met', '✓ met']);
    assert.match(quarterBars[1].label, /^2026-Q2: availability 99\.454212…%, target 99\.5%, missed$/);
    // Met bars reach higher than the missed one (100 % against 99.45 %).
    assert.ok(quarterBars[0].top < quarterBars[1].top);
    assert.equal(await page.inputValue('#credit-period'), '2026-04-01');
    assert.equal(await fact(page, 'amount'), '600.00 USD (1.25% of 48,000.00 USD)');
    // Picking Q3: no credit, no letter.
    await page.selectOption('#credit-period', '2026-07-01');
    assert.equal(await text(page, '#verdict'), 'No credit for 2026-Q3: every target was met.');
    assert.ok(await page.locator('#letters').isHidden());
    // The pick survives further input.
    await page.fill('#fee', '48 000');
    assert.equal(await page.inputValue('#credit-period'), '2026-07-01');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Arena: when the Q2 credit is made available, offset at renewal and lapses; both readings; the .ics', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    assert.ok(await page.locator('#redemption-fields').isVisible());
    await range(page, '2026-04', '2026-06');
    await page.fill('#fee', '48000');
    await outage(page, 0, '2026-05-01T10:00', '2026-05-01T21:55:12');  // Q2 missed, as in the test above
    // Made available at the end of calendar year 2026; without a service year, no renewal date yet.
    assert.equal(await fact(page, 'available'), '2026-12-31 (end of the calendar year)');
    assert.equal(await fact(page, 'offset-at'), '—');
    assert.equal(await fact(page, 'lapses'), '— give the day a service year starts');
    // Service years from 1 July (2025-07-01): 31 Dec 2026 lies in 1 Jul 2026 – 30 Jun 2027, so the
    // next service year is 1 Jul 2027 – 30 Jun 2028: offset at its renewal, lapses after its last day.
    await page.fill('#service-year-start', '2025-07-01');
    assert.equal(await fact(page, 'offset-at'), '2027-07-01');
    assert.equal(await fact(page, 'lapses'), 'after 2028-06-30 if not redeemed');
    // The calendar: claim by 15 Jul 2026, offset 1 Jul 2027, lapse 30 Jun 2028 — parsed here.
    assert.ok(await page.locator('#credit-ics').isVisible());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#credit-ics')]);
    assert.equal(download.suggestedFilename(), 'slacalc-credit-arena-2026-Q2.ics');
    const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
    const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1]);
    assert.deepEqual(starts, ['20260715', '20270701', '20280630']);
    // The other reading: the service year after Q2's own (1 Jul 2025 – 30 Jun 2026) is 1 Jul 2026 –
    // 30 Jun 2027; its renewal comes before 31 Dec 2026, so the credit lapses unused.
    await page.selectOption('#redemption-year', 'after-earned');
    assert.equal(await fact(page, 'offset-at'), '—');
    assert.equal(await fact(page, 'lapses'),
      '2027-06-30, unused: the service year starts on 2026-07-01, before the credit is made available');
    assert.match(await text(page, '#credit-explain-list'), /lapses on 2027-06-30/);
    // A half-typed date is named next to its field; the other results stay.
    await page.locator('#service-year-start').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');  // a digit short of a date: the rest stays typed
    assert.match(await text(page, '#service-year-start-error'), /whole date.*Format: yyyy-mm-dd\./);
    assert.equal(await page.getAttribute('#service-year-start', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#credit', 'data-state'), 'stale');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.ok(await page.locator('#credit-ics-field').isVisible());
    // Other contracts have no such dates: the fields go away.
    await choose(page, 'wp-heaven', 'standard');
    assert.ok(await page.locator('#redemption-fields').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- Flying Circus

test('Flying Circus Guided 1: two commitments, the previous month\'s resource group (§9.7)', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-1');
    assert.ok(await page.locator('#fee-field').isHidden());
    assert.ok(await page.locator('#resource-group').isVisible());
    assert.match(await text(page, '#rule'), /resource group .*§9\.7/);
    assert.match(await text(page, '#outage-zone'), /Europe\/Berlin/);
    await range(page, '2026-04', '2026-04');
    // Tuesday 14 April 2026, 09:00–10:00 Berlin time: 1 h = 3 600 s.
    await outage(page, 0, '2026-04-14T09:00', '2026-04-14T10:00');
    const blocks = page.locator('[data-testid="commitment"]');
    assert.equal(await blocks.count(), 2);
    assert.deepEqual(await blocks.evaluateAll((bs) => bs.map((b) => b.dataset.scope)), ['application', 'platform']);
    // Application, working days 08–16 (DE-ST): April 2026 has 22 weekdays less Good Friday (3 April) and
    // Easter Monday (6 April) = 20 days × 8 h = 160 h counted. §9.2 allows 3 h 45 min of it (0.5 % of 750 h):
    // 1 h is met; 100 × (1 − 3 600/2 700 000) = 99.866666… %.
    const app = (await periods(page, 0))['April 2026'];
    assert.equal(app.counted, '6d 16h'); // 160 h
    assert.equal(app.availability, '99.86…% (exactly 99.866666…%)');
    assert.equal(app.met, '✓ met');
    // Platform, every hour: §9.2 allows 45 min (0.1 % of 750 h); 1 h is missed, 99.866666… % < 99.9.
    const platform = (await periods(page, 1))['April 2026'];
    assert.equal(platform.availability, '99.86…% (exactly 99.866666…%)');
    assert.equal(platform.met, '✗ missed');
    // Without a fee: missed, the amount waits for the resource group.
    assert.equal(await text(page, '#verdict'), 'Target missed in April 2026. Enter the fee to work out the credit.');
    assert.equal(await fact(page, 'amount'), '— enter the fee');
    // 100.00 + 20.00 + 30.00 + 5.00 = 155.00 EUR; 5 % flat = 7.75 EUR (one credit, whichever target was missed).
    await page.fill('#rg-serviceLevel', '100,00');
    await page.fill('#rg-vcpu', '20');
    await page.fill('#rg-ram', '30.00');
    await page.fill('#rg-storage', '5');
    assert.equal(await fact(page, 'amount'), '7.75 EUR (5% of 155.00 EUR)');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 7.75 EUR');
    const explain = await page.locator('#credit-explain-list li').allTextContents();
    assert.ok(explain.some((t) => /100\.00 EUR serviceLevel \+ 20\.00 EUR vcpu \+ 30\.00 EUR ram \+ 5\.00 EUR storage/.test(t)),
      explain.join('\n'));

    // Planned (announced) maintenance is excluded by both commitments: nothing missed.
    await page.selectOption('#o0-kind', 'planned');
    assert.equal((await periods(page, 0))['April 2026'].met, '✓ met');
    assert.match(await text(page, '#verdict'), /No credit/);
    // The reason select appears for excluded outages only.
    assert.ok(await page.locator('#o0-reason').isHidden());
    await page.selectOption('#o0-kind', 'excluded');
    assert.ok(await page.locator('#o0-reason').isVisible());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- no remedy

test('NMS Prime and Scope4mation: no financial remedy, with the reason; no fee asked', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'nms-prime', 'advanced-service');
    assert.ok(await page.locator('#no-remedy').isVisible());
    assert.equal(await text(page, '.no-remedy-title'), 'No financial remedy in this contract');
    assert.match(await text(page, '#no-remedy-reason'), /no availability guarantee and no credit/);
    assert.ok(await page.locator('#fee-field').isHidden());
    assert.ok(await page.locator('#resource-group').isHidden());
    assert.ok(await page.locator('#credit-body').isHidden());
    assert.match(await text(page, '#measured'), /no availability commitment/);

    await choose(page, 'scope4mation', 'default');
    assert.ok(await page.locator('#no-remedy').isVisible());
    assert.match(await text(page, '#no-remedy-reason'), /not a guarantee \(§5\.1, §5\.1\.1\)/);
    assert.ok(await page.locator('#fee-field').isHidden());
    // The 99.8 % target is still measured.
    await range(page, '2026-04', '2026-04');
    assert.equal(await page.locator('[data-testid="commitment"]').count(), 1);
    assert.ok(await page.locator('#caveat').isHidden()); // a contract: no caveat

    // An illustrative example says so next to its rule.
    await choose(page, 'aws-ec2', 'region-level');
    assert.ok(await page.locator('#no-remedy').isHidden());
    assert.match(await text(page, '#caveat'), /Illustrative/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- errors

test('errors next to their row and field; the typed values kept; a bad fee stales only the credit', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-04', '2026-04');
    await page.fill('#fee', '1600');
    await outage(page, 0, '2026-04-10T00:00', '2026-04-13T00:00'); // 72 h: the target is missed, a credit is due
    // A second row left empty (skipped), a third whose end is before its start: the core's path is
    // /outages/1/end (the second outage sent), the message goes under the third row's end.
    await page.click('#add-outage');
    await page.click('#add-outage');
    await outage(page, 2, '2026-04-20T12:00', '2026-04-20T11:00');
    const error = page.locator('#o2-end-error');
    assert.ok(await error.isVisible());
    assert.match(await error.textContent(), /ends before or when it starts/);
    assert.equal(await page.getAttribute('#o2-end', 'aria-invalid'), 'true');
    assert.ok((await page.getAttribute('#o2-end', 'aria-describedby')).split(/\s+/).includes('o2-end-error'));
    assert.ok(await page.locator('#o1-end-error').isHidden());
    assert.equal(await page.inputValue('#o2-start'), '2026-04-20T12:00');
    assert.equal(await page.inputValue('#o2-end'), '2026-04-20T11:00');
    // The last result stays, dimmed and labelled out of date.
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    assert.match(await text(page, '#status'), /out of date/i);
    assert.equal((await periods(page))['April 2026'].downtime, '3d');
    const opacity = await page.locator('#measured').evaluate((e) => Number(getComputedStyle(e).opacity));
    assert.ok(opacity < 1, `opacity ${opacity}`);

    // Removing the empty row: the error stays with its row (now the second).
    await page.click('#o1-remove');
    assert.ok(await page.locator('#o2-end-error').isVisible());
    assert.equal(await text(page, '#outage-list > li:nth-child(2) legend'), 'Outage 2');
    // Fixed: 72 h + 1 h.
    await page.fill('#o2-end', '2026-04-20T13:00');
    assert.ok(await error.isHidden());
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal((await periods(page))['April 2026'].downtime, '3d 1h');

    // A half-filled row: the page's own message on the missing field.
    await page.click('#add-outage');
    await page.fill('#o3-start', '2026-04-25T08:00');
    assert.match(await text(page, '#o3-end-error'), /Enter the date and time the outage ended/);
    await page.click('#o3-remove');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');

    // An excluded outage without its reason: the core's message under the reason select.
    await page.selectOption('#o0-kind', 'excluded');
    assert.match(await text(page, '#o0-reason-error'), /why the outage is excluded/);
    await page.selectOption('#o0-reason', 'force-majeure');
    assert.ok(await page.locator('#o0-reason-error').isHidden());
    await page.selectOption('#o0-kind', 'unplanned');

    // A negative fee: the message under the fee, the text kept; the availability stays current,
    // only the credit is out of date.
    await page.fill('#fee', '-5');
    assert.match(await text(page, '#fee-error'), /cannot be negative/);
    assert.equal(await page.getAttribute('#fee', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#fee'), '-5');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await page.getAttribute('#credit', 'data-state'), 'stale');
    const creditOpacity = await page.locator('#credit-body').evaluate((e) => Number(getComputedStyle(e).opacity));
    assert.ok(creditOpacity < 1, `opacity ${creditOpacity}`);
    // Too many decimals, then not a number.
    await page.fill('#fee', '1600,5,0');
    assert.match(await text(page, '#fee-error'), /Not an amount/);
    await page.fill('#fee', '16.005');  // one separator, three digits after it: thousands → 16 005.00 DKK
    assert.ok(await page.locator('#fee-error').isHidden());
    assert.match(await fact(page, 'amount'), /of 16,005\.00 DKK/);
    await page.fill('#fee', '1600.005');
    assert.match(await text(page, '#fee-error'), /digit groups|decimals/);
    await page.fill('#fee', '1600.00');
    assert.ok(await page.locator('#fee-error').isHidden());
    assert.equal(await page.getAttribute('#credit', 'data-state'), 'ok');

    // The "from" month emptied: the page's message, the results dimmed.
    await page.fill('#from-month', '');
    assert.match(await text(page, '#from-month-error'), /first month/);
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    // "to" before "from": the core's message under "to".
    await range(page, '2026-06', '2026-04');
    assert.match(await text(page, '#to-month-error'), /before "from"/);
    await page.fill('#to-month', '2026-06');
    assert.ok(await page.locator('#to-month-error').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- import and export

/** The outage rows as the page holds them: { start, end, kind, reason, note } each. */
function rows(page) {
  return page.locator('#outage-list > li').evaluateAll((lis) => lis.map((li) => {
    const value = (part) => li.querySelector(`[id$="-${part}"]`).value;
    return { start: value('start'), end: value('end'), kind: value('kind'), reason: value('reason'), note: value('note') };
  }));
}

/** Chooses `file` ({ name, mimeType, buffer }) in the file input and waits until the page has answered. */
async function chooseFile(page, file) {
  const before = await page.evaluate(() => [document.querySelector('#import-message').textContent,
    document.querySelector('#import-file-error').textContent]);
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction((old) => document.querySelector('#import-message').textContent !== old[0] ||
    document.querySelector('#import-file-error').textContent !== old[1], before);
}

test('import: a German semicolon CSV pasted for Arena fills the rows, Q2 is missed, the claim letter says 600.00 USD', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await range(page, '2026-04', '2026-06');
    await page.fill('#fee', '48 000,00');
    await page.fill('#as-of', '2026-07-01');  // before the claim deadline, 15 July
    // A row typed by hand, for "Undo import" to bring back: 1 h in Q2, within the 10h 55m 12s budget.
    await outage(page, 0, '2026-04-02T08:00', '2026-04-02T09:00');
    await page.fill('#o0-note', 'typed by hand');
    assert.equal((await periods(page))['2026-Q2'].met, '✓ met');
    const typed = await rows(page);

    await page.click('#import summary');
    const csv = 'Beginn;Ende;Art;Bemerkung\n' +
      '2026-05-01 10:00;2026-05-01 21:55:12;ungeplant;"Router; Kern ""core"" neu gestartet"\n';
    await page.fill('#import-text', csv);
    await page.click('#import-paste');
    // The times as the inputs take them (Arena's zone is UTC), the German kind read as "unplanned", the
    // semicolon and the doubled quotes inside the quoted note kept.
    assert.deepEqual(await rows(page), [{
      start: '2026-05-01T10:00', end: '2026-05-01T21:55:12', kind: 'unplanned', reason: '',
      note: 'Router; Kern "core" neu gestartet',
    }]);
    assert.match(await text(page, '#import-message'), /Imported 1 outage from the pasted text/);
    assert.ok(await page.locator('#undo-import').isVisible());
    // As in the Arena test: 42 912 s down of Q2's 7 862 400 s → 99.454212… % < 99.5 → missed;
    // 1.25 % × 48 000.00 USD = 600.00 USD, claimed by 15 July.
    const q2 = (await periods(page))['2026-Q2'];
    assert.equal(q2.availability, '99.45…% (exactly 99.454212…%)');
    assert.equal(q2.met, '✗ missed');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for 2026-Q2: 600.00 USD');
    assert.ok(await page.locator('#letters').isVisible());
    const en = await letter(page, 'en');
    assert.match(en, /for 2026-Q2 .*99\.45 % against the guaranteed 99\.5 %/s);
    assert.match(en, /600\.00 USD \(1\.25 % of 48,000\.00 USD\)\./);
    assert.match(await letter(page, 'de'), /600,00\s(?:USD|\$)\s\(1,25\s%\svon\s48\.000,00\s(?:USD|\$)\)\./);

    // An end before its start: the core names line and column (with the header's own name); the text and
    // the rows stay as they were.
    const bad = 'Beginn;Ende\n2026-05-02 10:00;2026-05-02 09:00\n';
    await page.fill('#import-text', bad);
    await page.click('#import-paste');
    const error = page.locator('#import-text-error');
    assert.ok(await error.isVisible());
    assert.match(await error.textContent(), /^line 2, column 2 \(Ende\): the outage ends before or when it starts/);
    assert.equal(await page.getAttribute('#import-text', 'aria-invalid'), 'true');
    assert.ok((await page.getAttribute('#import-text', 'aria-describedby')).split(/\s+/).includes('import-text-error'));
    assert.equal(await page.inputValue('#import-text'), bad);
    assert.equal((await rows(page))[0].start, '2026-05-01T10:00');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for 2026-Q2: 600.00 USD');
    // A header without a start column.
    await page.fill('#import-text', 'von bis\n1 2\n');
    await page.click('#import-paste');
    assert.match(await error.textContent(), /line 1: no column for the outage's start/);
    assert.equal(await rows(page).then((r) => r.length), 1);

    // Undo brings back the row typed before the import, and with it the result.
    await page.click('#undo-import');
    assert.deepEqual(await rows(page), typed);
    assert.ok(await page.locator('#undo-import').isHidden());
    assert.match(await text(page, '#import-message'), /Import undone/);
    assert.equal((await periods(page))['2026-Q2'].met, '✓ met');
    assert.ok(await page.locator('#letters').isHidden());
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('import from files: JSON times with Z or an offset in the provider\'s zone; wrong shapes and a file over 1 MiB refused; a dropped CSV', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-04', '2026-04');
    await page.fill('#fee', '1600');
    await page.click('#import summary');
    // 10:00:00Z = 12:00:00 in Copenhagen (CEST, UTC+2, in April); 09:00+01:00 = 08:00Z = 10:00 CEST.
    const ledger = { outages: [
      { start: '2026-04-10T10:00:00Z', end: '2026-04-10T13:36:01Z', note: 'from the status page' },
      { start: '2026-04-20T09:00:00+01:00', end: '2026-04-20 13:00', kind: 'planned' },
    ] };
    await chooseFile(page, { name: 'ledger.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ledger)) });
    assert.deepEqual(await rows(page), [
      { start: '2026-04-10T12:00', end: '2026-04-10T15:36:01', kind: 'unplanned', reason: '', note: 'from the status page' },
      { start: '2026-04-20T10:00', end: '2026-04-20T13:00', kind: 'planned', reason: '', note: '' },
    ]);
    assert.match(await text(page, '#import-message'), /Imported 2 outages from ledger\.json/);
    // The planned outage is an announced service window, not downtime; the other is the WP Heaven test's 3h 36m 1s.
    assert.equal((await periods(page))['April 2026'].downtime, '3h 36m 1s');
    assert.equal(await page.inputValue('#import-file'), ''); // cleared: the same file can be chosen again

    // A bare list works as well.
    await chooseFile(page, { name: 'list.json', mimeType: 'application/json',
      buffer: Buffer.from('[{"start": "2026-04-10T00:00", "end": "2026-04-13T00:00"}]') });
    assert.equal((await rows(page)).length, 1);
    assert.equal((await periods(page))['April 2026'].downtime, '3d');
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 152.00 DKK');
    const imported = await rows(page);

    // Refused, with the file's name; the rows stay.
    const fileError = page.locator('#import-file-error');
    for (const [name, body, message] of [
      ['shape.json', '{"outages": {"start": "2026-04-10T00:00"}}', /^shape\.json: Expected a list of outages/],
      ['broken.json', '[{"start": ', /^broken\.json: line 1, column 12: the JSON stops before it is complete/],
      ['dates.json', '[{"start": "10.04.2026 10:00", "end": "2026-04-10T11:00"}]',
        /^dates\.json: Outage 1: start "10\.04\.2026 10:00" is not a date and time like 2026-02-03T10:00/],
      ['header.csv', 'start,end\r\n', /^header\.csv: No outages/],
    ]) {
      await chooseFile(page, { name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(body) });
      assert.ok(await fileError.isVisible(), name);
      assert.match(await fileError.textContent(), message);
      assert.deepEqual(await rows(page), imported, name);
    }

    // A JSON file over the core's 1 MiB request limit is read in the background, as a monitor's export would be:
    // one of no known format is refused with the formats named; nothing else changes. (A large CSV file:
    // credit-file.test.mjs.)
    await page.fill('#import-text', 'start,end\n');
    const message = await text(page, '#import-message');
    await chooseFile(page, { name: 'huge.json', mimeType: 'application/json',
      buffer: Buffer.alloc(Math.round(1.1 * 1024 * 1024), 'a') });
    await fileError.waitFor();
    assert.match(await fileError.textContent(), /^huge\.json: line 1: no column for the outage's start \(e\.g\. "start"; found: a{40}…\); the formats read are .*Prometheus/);
    assert.equal(await page.getAttribute('#import-file', 'aria-invalid'), 'true');
    assert.deepEqual(await rows(page), imported);
    assert.equal(await text(page, '#import-message'), message);
    assert.equal(await page.inputValue('#import-text'), 'start,end\n');

    // A CSV file dropped on the outages (with a BOM and CRLF, as spreadsheets write it): imported the same way.
    await page.click('#import summary'); // closed: a drop opens it
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['\ufeffstart,end,note\r\n2026-04-10T12:00,2026-04-10T13:00,dropped\r\n'], 'dropped.csv',
        { type: 'text/csv' }));
      return dt;
    });
    await page.dispatchEvent('#outages', 'drop', { dataTransfer });
    await page.locator('#import-message', { hasText: 'dropped.csv' }).waitFor();
    assert.deepEqual(await rows(page), [
      { start: '2026-04-10T12:00', end: '2026-04-10T13:00', kind: 'unplanned', reason: '', note: 'dropped' },
    ]);
    assert.ok(await fileError.isHidden());
    assert.equal(await page.getAttribute('#import', 'open'), '');
    assert.equal((await periods(page))['April 2026'].downtime, '1h');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('download: the rows as CSV (RFC 4180, UTF-8) and JSON; the CSV imports back to the same rows', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    await range(page, '2026-04', '2026-04');
    await outage(page, 0, '2026-04-10T12:00', '2026-04-10T15:36:01');
    await page.fill('#o0-note', 'Router "core", restarted — Zürich');
    await page.click('#add-outage'); // left empty: not exported
    await page.click('#add-outage');
    await outage(page, 2, '2026-04-20T10:00', '2026-04-20T12:00');
    await page.selectOption('#o2-kind', 'excluded');
    await page.selectOption('#o2-reason', 'force-majeure');
    await page.fill('#o2-note', '=HYPERLINK("http://example.com")');
    const before = await rows(page);
    const downtime = (await periods(page))['April 2026'].downtime;

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.equal(csvDownload.suggestedFilename(), 'outages-wp-heaven.csv');
    const csvBytes = await readFile(await csvDownload.path());
    // The times exactly as the inputs hold them; the note in quotes, its quotes doubled; CRLF; UTF-8 with a
    // byte-order mark for Excel; a note that a spreadsheet would run as a formula starts with an apostrophe.
    assert.equal(csvBytes.toString('utf8'), '\uFEFFstart,end,kind,reason,note\r\n' +
      '2026-04-10T12:00,2026-04-10T15:36:01,unplanned,,"Router ""core"", restarted — Zürich"\r\n' +
      '2026-04-20T10:00,2026-04-20T12:00,excluded,force-majeure,"\'=HYPERLINK(""http://example.com"")"\r\n');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    assert.equal(jsonDownload.suggestedFilename(), 'outages-wp-heaven.json');
    assert.deepEqual(JSON.parse(await readFile(await jsonDownload.path(), 'utf8')), { outages: [
      { start: '2026-04-10T12:00', end: '2026-04-10T15:36:01', kind: 'unplanned', note: 'Router "core", restarted — Zürich' },
      { start: '2026-04-20T10:00', end: '2026-04-20T12:00', kind: 'excluded', reason: 'force-majeure',
        note: '=HYPERLINK("http://example.com")' },
    ] });

    // Round trip: the downloaded CSV, imported again, gives the filled rows back (the empty one is gone), the
    // formula note with its apostrophe.
    await page.click('#import summary');
    await chooseFile(page, { name: 'outages-wp-heaven.csv', mimeType: 'text/csv', buffer: csvBytes });
    assert.deepEqual(await rows(page), [before[0], { ...before[2], note: `'${before[2].note}` }]);
    assert.equal((await periods(page))['April 2026'].downtime, downtime);
    // And the JSON too.
    await chooseFile(page, { name: 'outages-wp-heaven.json', mimeType: 'application/json',
      buffer: await readFile(await jsonDownload.path()) });
    assert.deepEqual(await rows(page), [before[0], before[2]]);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- keyboard, layout, privacy

test('keyboard: Tab reaches the fields and "Add outage"; Enter adds a row and focuses its start', async () => {
  const { page, context } = await openPage();
  try {
    const seen = [];
    for (let i = 0; i < 80 && !seen.includes('add-outage'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    for (const id of ['profile', 'tier', 'fee', 'from-month', 'to-month', 'o0-start', 'o0-end', 'o0-kind', 'o0-note',
      'add-outage']) {
      assert.ok(seen.includes(id), `${id} in ${seen.join(',')}`);
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#outage-list > li').count(), 2);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'o1-start');
    // Removing it from the keyboard puts the focus on "Add outage", not on the page's top.
    await page.focus('#o1-remove');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#outage-list > li').count(), 1);
    assert.ok(['o0-remove', 'add-outage'].includes(await page.evaluate(() => document.activeElement.id)));
    // The chart and the table scroll sideways on small screens: their boxes take the focus.
    assert.equal(await page.locator('.chart-scroll').first().getAttribute('tabindex'), '0');
    assert.equal(await page.locator('.table-scroll').first().getAttribute('tabindex'), '0');
  } finally {
    await context.close();
  }
});

test('layout: screenshots at 1280 and 375 px, no overflow at 320 px', () =>
  checkLayout(openPage, {
    // The period table stacks as cards on a phone; the readings' table (opened) scrolls sideways.
    name: 'credit', shotDir, scrollBox: '.readings .table-scroll',
    async stress(page) {  // Flying Circus, two commitments over a year, a credit with letters, then errors shown
      await choose(page, 'flying-circus', 'guided-1');
      await range(page, '2026-01', '2026-12');
      await outage(page, 0, '2026-04-14T09:00:00', '2026-04-14T10:00:00');
      await page.fill('#rg-serviceLevel', '1 234 567,89');
      await page.click('#add-outage');
      await outage(page, 1, '2026-05-20T12:00', '2026-05-20T11:00');
      await page.fill('#o1-note', 'A long note about the outage that should wrap instead of widening the page');
      await page.fill('#rg-vcpu', 'not a number at all, really not');
      await page.locator('[data-testid="readings"] summary').first().click();
    },
  }));

test('only same-origin requests, no console errors, no CSP violations; the nav on every page', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await range(page, '2026-04', '2026-06');
    await page.fill('#fee', '48000');
    await outage(page, 0, '2026-05-01T10:00', '2026-05-01T21:55:12');
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/credit.html', '/style.css', '/locales/en/credit.json', '/slacalc-credit.mjs', '/slacalc-credit.wasm']);

    // Every page links to the others, in the same order, the current one marked.
    const order = ['Downtime budget', 'Compare tiers', 'Response due', 'Owed a credit?', 'Term & cost', 'Dependencies'];
    for (const [href, current] of [['./', './'], ['compare.html', 'compare.html'], ['deadline.html', 'deadline.html'],
      ['term.html', 'term.html'], ['compose.html', 'compose.html'], ['credit.html', 'credit.html']]) {
      await page.click(`.site-nav a[href="${href}"]`);
      await page.waitForSelector('body[data-ready="1"]');
      assert.deepEqual(await page.locator('.site-nav a').allTextContents(), order);
      assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), current);
    }
    assert.equal(await page.locator('[data-testid="commitment"]').count(), 1);
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

test('your own contract: a pasted profile is checked, offered and used; a broken one is refused by path', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.click('#own-profile summary');
    // Broken: problems listed with their paths, the contract select unchanged.
    const before = await page.inputValue('#profile');
    await page.fill('#profile-text', '{"format": "slacalc-profile/1"}');
    await page.click('#use-profile');
    const error = await text(page, '#profile-text-error');
    assert.match(error, /^Not a usable profile \(\d+ problems\):\n\/id: missing the profile's id\n\/vendor: /);
    assert.match(error, /… and \d+ more$/);
    assert.equal(await page.inputValue('#profile'), before);

    // tests/profiles/base.json: Gold guarantees 99.6 % a month in office hours (Mon–Fri 08–16, Saxony-Anhalt
    // holidays, Berlin time), at most 3 h down (its stated maximum: 0.4 % of 750 h); credit 10 % below 99.6,
    // 25 % below 99. April 2026: 20 days × 8 h = 160 h counted. 4 h down on Monday 13 April 09–13 → more than
    // 3 h: 100 × (1 − 14 400/2 700 000) = 99.466666… % < 99.6 → 10 %.
    await page.fill('#profile-text', await readFile(new URL('../profiles/base.json', import.meta.url), 'utf8'));
    await page.click('#use-profile');
    assert.equal(await text(page, '#profile-message'), 'Using Test SLA by Example Hosting.');
    assert.equal(await page.inputValue('#profile'), 'custom');
    assert.equal(await page.locator('#profile option:checked').textContent(), 'Example Hosting — Test SLA (your profile)');
    await page.selectOption('#tier', 'gold');
    await range(page, '2026-04', '2026-04');
    await outage(page, 0, '2026-04-13T09:00', '2026-04-13T13:00');
    await page.fill('#fee', '1.000,00');
    const april = (await periods(page))['April 2026'];
    assert.equal(april.counted, '6d 16h');
    assert.equal(april.downtime, '4h');
    assert.equal(april.availability, '99.46…% (exactly 99.466666…%)');
    assert.equal(await fact(page, 'amount'), '100.00 EUR (10% of 1,000.00 EUR)');
    assert.ok(await page.locator('#profile-text-error').isHidden());
    // A preset again, and back: the own profile stays offered.
    await page.selectOption('#profile', 'wp-heaven');
    await page.selectOption('#profile', 'custom');
    assert.equal(await page.inputValue('#tier'), 'gold');
    // The same profile written in German (docs/profile-format.md, "Languages"): shown as written, and said so.
    const german = { ...JSON.parse(await readFile(new URL('../profiles/base.json', import.meta.url), 'utf8')), lang: 'de' };
    await page.fill('#profile-text', JSON.stringify(german));
    await page.click('#use-profile');
    assert.equal(await text(page, '#profile-message'),
      'Using Test SLA by Example Hosting. Its texts are in German, shown as written.');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('in German, Dutch and Danish: the page\'s words, numbers and dates as each language writes them; the letter in the page\'s language first', async () => {
  // Arena Q2 2026 as in the Arena test: 99.454212… % < 99.5 % → 1.25 % of 48 000.00 USD, claim by 15 July 2026.
  // German from ?lang=, Dutch and Danish from the browser's language.
  const english = ['Am I owed a credit?', 'The contract', 'Availability per period', 'Credit', 'Claim letter',
    'Months to evaluate', 'Outages', 'When the credit can be used', '99.5% per quarter'];
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { lang: 'de', h2: 'Der Vertrag', nav: 'Gutschrift fällig?', fee: 'Jahresentgelt',
      availability: '99,45…\u00a0% (genau 99,454212…\u00a0%)', met: '✗ verfehlt', amount: /\(1,25\u00a0% von .+\)$/, deadline: '15.07.2026',
      commitment: '99,5\u00a0% pro Quartal', letterTitle: 'Antragsschreiben' }],
    [{ locale: 'nl-NL' }, { lang: 'nl', h2: 'Het contract', nav: 'Recht op een creditering?', fee: 'Jaarlijkse vergoeding',
      availability: '99,45…% (precies 99,454212…%)', met: '✗ gemist', amount: /\(1,25% van .+\)$/, deadline: '15-07-2026',
      commitment: '99,5% per kwartaal', letterTitle: 'Claimbrief' }],
    [{ locale: 'da-DK' }, { lang: 'da', h2: 'Kontrakten', nav: 'Ret til kreditering?', fee: 'Årligt gebyr',
      availability: '99,45…\u00a0% (præcis 99,454212…\u00a0%)', met: '✗ ikke nået', amount: /\(1,25\u00a0% af .+\)$/, deadline: '15.07.2026',
      commitment: '99,5\u00a0% pr. kvartal', letterTitle: 'Kravbrev' }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser,
      new URL(`credit.html${how.query ?? ''}`, site.baseUrl).href, how.locale ? { locale: how.locale } : {});
    try {
      assert.equal(await page.getAttribute('html', 'lang'), expected.lang);
      assert.equal(await text(page, '#inputs-title'), expected.h2);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      await choose(page, 'arena', 'plm-service');
      assert.equal(await text(page, '#fee-label'), expected.fee);
      await range(page, '2026-04', '2026-06');
      await page.fill('#fee', '48.000,00');  // the decimal comma, as these languages write it
      await page.fill('#as-of', '2026-07-01');  // before the claim deadline, 15 July
      await outage(page, 0, '2026-05-01T10:00', '2026-05-01T21:55:12');
      // One period, Q2 (its label is the core's, in the language).
      const all = Object.values(await periods(page));
      assert.equal(all.length, 1);
      const [q2] = all;
      assert.equal(q2.availability, expected.availability);
      assert.equal(q2.met, expected.met);
      assert.equal(await text(page, '[data-testid="commitment"] h3'), expected.commitment);
      assert.match(await fact(page, 'amount'), expected.amount);
      assert.equal(await fact(page, 'claim-deadline'), expected.deadline);
      // No English heading is left.
      const headings = await page.locator('h1 .tagline, h2, h3, legend').allTextContents();
      for (const h of headings) assert.ok(!english.includes(h.trim()), `English heading "${h}" in ${expected.lang}`);
      assert.ok(headings.includes(expected.letterTitle), headings.join(' | '));

      // The letter: the page's language first; German chosen next to it. The core may not write every
      // language yet: then nothing is shown (and nothing can be copied) rather than another language.
      assert.ok(await page.locator('#letters').isVisible());
      assert.equal(await page.inputValue('#letter-lang'), expected.lang);
      const own = await text(page, '#letter');
      assert.ok(own === '' || !/^Subject: /.test(own), own);
      assert.equal(await page.locator('#copy-letter').isDisabled(), own === '');
      assert.match(await letter(page, 'de'), /600,00\s(?:USD|\$)\s\(1,25\s%\svon\s48\.000,00\s(?:USD|\$)\)\./);
      assert.ok(await page.locator('#copy-letter').isEnabled());
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});
