// The credit page must not mislead: outages outside the months evaluated are
// said (with the months that hold them one click away), a claim whose
// deadline has passed is not "owed" without saying so, good news does not
// wear a ✗, and the outages a commitment does not count are named with why.
// Numbers by hand from Arena's rule (presets/arena.json, contracts.md):
// 99.5 % per quarter, 1.25 % of the annual fee, claim in writing within
// 15 days after the quarter ends.
//   node --test --test-timeout=300000 tests/e2e/credit-truth.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';
import { choose, creditPageOf, fact, outage, periodTable, range, text } from './credit-page.mjs';
import { creditView, linkTo } from './links.mjs';

const site = useLocalSite();
const openPage = creditPageOf(site, openPageAt);

const periods = (page) => periodTable(page.locator('[data-testid="commitment"]').first(),
  { availability: 'availability', met: 'met' });

/**
 * Q1 2026 as a German CSV: three unplanned outages of 4 h each = 43 200 s.
 * Q1 2026 = 31 + 28 + 31 = 90 days = 7 776 000 s; budget 0.5 % = 38 880 s,
 * so 43 200 s is over: 100 × (1 − 43 200 / 7 776 000) = 99.444444… % < 99.5 %.
 */
const Q1_CSV = 'Beginn;Ende;Art\n2026-01-12 08:00;2026-01-12 12:00;ungeplant\n' +
  '2026-02-10 08:00;2026-02-10 12:00;ungeplant\n2026-03-09 08:00;2026-03-09 12:00;ungeplant\n';

async function importCsv(page, csv) {
  await page.click('#import summary');
  await page.fill('#import-text', csv);
  await page.click('#import-paste');
}

test('outages outside the months chosen are said above the result, with the months that hold them one click away', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await page.fill('#fee', '48 000,00');
    await page.fill('#as-of', '2026-04-10');
    await range(page, '2026-10', '2026-12');
    await importCsv(page, Q1_CSV);
    assert.match(await text(page, '#import-message'), /Imported 3 outages/);
    // Q4 has none of them: met — but the page says why, above everything else.
    const note = page.locator('[data-testid="outside-note"]');
    await note.waitFor();
    assert.equal(await page.locator('#measured > :first-child').getAttribute('data-testid'), 'outside-note');
    assert.equal(await note.locator('p').textContent(),
      '3 outages lie outside the months evaluated (Oct – Dec 2026): they are not counted.');
    const fix = page.locator('[data-testid="evaluate-ledger"]');
    assert.equal(await fix.textContent(), 'Evaluate Jan – Mar 2026');
    await fix.click();
    await page.waitForFunction(() => document.querySelector('#from-month').value === '2026-01');
    assert.equal(await page.inputValue('#to-month'), '2026-03');
    assert.equal(await note.count(), 0);
    assert.deepEqual(await periods(page), { '2026-Q1': { availability: '99.44…% (exactly 99.444444…%)', met: '✗ missed' } });
    // 1.25 % × 48 000.00 USD = 600.00 USD; 31 March + 15 days = 15 April, still ahead on 10 April.
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for 2026-Q1: 600.00 USD');
    assert.equal(await fact(page, 'claim-deadline'), '2026-04-15');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('until months are chosen, the months evaluated follow the outages entered or imported', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'arena', 'plm-service');
    await importCsv(page, Q1_CSV);
    await page.waitForFunction(() => document.querySelector('#from-month').value === '2026-01');
    assert.equal(await page.inputValue('#to-month'), '2026-03');
    assert.equal(await page.locator('[data-testid="outside-note"]').count(), 0);
    assert.deepEqual(Object.keys(await periods(page)), ['2026-Q1']);
    // A row typed by hand in May widens them to May: its end at midnight stays in May.
    await page.click('#add-outage');
    await outage(page, 3, '2026-05-31T22:00', '2026-06-01T00:00');
    await page.waitForFunction(() => document.querySelector('#to-month').value === '2026-05');
    assert.equal(await page.inputValue('#from-month'), '2026-01');
    assert.deepEqual(Object.keys(await periods(page)), ['2026-Q1', '2026-Q2']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a claim whose deadline has passed is said so, as of today or the day set; the day is kept in the link', async () => {
  const { page, context, log } = await openPage();
  try {
    // Today for the page: 5 December 2026 (the reader's local date).
    await page.clock.setFixedTime(new Date(2026, 11, 5, 10, 0, 0));
    await choose(page, 'arena', 'plm-service');
    await page.fill('#fee', '48 000,00');
    await importCsv(page, Q1_CSV);
    await page.waitForFunction(() => document.querySelector('#verdict').textContent.includes('2026-Q1'));
    // Q1 2026: 31 March + 15 days = 15 April 2026, long past on 5 December.
    assert.equal(await text(page, '#verdict'),
      'Claim deadline passed: the credit for 2026-Q1 (600.00 USD) had to be claimed by 2026-04-15 (as of 2026-12-05).');
    assert.ok(!(await text(page, '#verdict')).includes('✓'));
    assert.equal(await page.getAttribute('#verdict', 'class'), 'verdict is-late');
    assert.equal(await fact(page, 'claim-deadline'), '2026-04-15 — passed (as of 2026-12-05)');
    assert.match(await text(page, '#credit-explain'), /As of 2026-12-05 the claim deadline has passed/);
    // The last day itself is still in time.
    await page.fill('#as-of', '2026-04-15');
    await page.waitForFunction(() => document.querySelector('#verdict').textContent.startsWith('✓'));
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for 2026-Q1: 600.00 USD');
    assert.equal(await fact(page, 'claim-deadline'), '2026-04-15');
  } finally {
    await context.close();
  }
  // A link to a view with its "as of" day opens with that day, judged from it.
  const view = creditView([{ start: '2026-02-10T08:00', end: '2026-02-10T20:00', kind: 'unplanned' }],
    { profile: 'arena', tier: 'plm-service', 'from-month': '2026-01', 'to-month': '2026-03', fee: '48000',
      'as-of': '2026-04-16' });
  const opened = await openPageAt(site.browser, linkTo(site.baseUrl, 'credit.html', view));
  try {
    await opened.page.waitForFunction(() => document.querySelector('#verdict').textContent.includes('2026-Q1'));
    assert.equal(await opened.page.inputValue('#as-of'), '2026-04-16');
    assert.match(await text(opened.page, '#verdict'), /^Claim deadline passed: .* by 2026-04-15 \(as of 2026-04-16\)\.$/);
    assert.deepEqual(opened.log.errors, []);
  } finally {
    await opened.context.close();
  }
});

test('every target met is no error; the outages a commitment does not count are named, with why, in words', async () => {
  for (const [search, expected] of [
    ['', {
      verdict: 'No credit for 2026-Q1: every target was met.', title: 'Not counted against this commitment:',
      items: ['Outage 2 (2026-02-10 08:00:00 – 2026-02-10 12:00:00): planned maintenance: not downtime under '
        + 'Betriebsverfügbarkeitszeiten und Verfügbarkeitsberechnung',
      'Outage 3 (2026-03-09 08:00:00 – 2026-03-09 12:00:00): outages the customer caused: not downtime under '
        + 'Betriebsverfügbarkeitszeiten und Verfügbarkeitsberechnung'],
      excluded: /^Not downtime: planned maintenance, outages the customer caused, third-party causes, force majeure\./,
    }],
    ['?lang=de', {
      verdict: 'Keine Gutschrift für 2026-Q1: Jedes Ziel wurde erreicht.', title: 'Nicht gegen diese Zusage gezählt:',
      items: [/^Ausfall 2 \(10\.02\.2026 08:00:00 – 10\.02\.2026 12:00:00\): geplante Wartung: keine Ausfallzeit nach /,
        /^Ausfall 3 \(.*\): vom Kunden verursachte Ausfälle: keine Ausfallzeit nach /],
      excluded: /^Keine Ausfallzeit: geplante Wartung, vom Kunden verursachte Ausfälle, Ursachen bei Dritten, höhere Gewalt\./,
    }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser, new URL(`credit.html${search}`, site.baseUrl).href);
    try {
      await choose(page, 'arena', 'plm-service');
      await page.fill('#fee', '48000');
      // 1 h unplanned (within the 10h 48m budget of Q1), 4 h planned, 4 h customer-caused.
      await importCsv(page, 'start,end,kind,reason\n2026-01-12T08:00,2026-01-12T09:00,unplanned,\n' +
        '2026-02-10T08:00,2026-02-10T12:00,planned,\n2026-03-09T08:00,2026-03-09T12:00,excluded,customer-caused\n');
      const list = page.locator('[data-testid="not-counted"]');
      await list.waitFor();
      assert.equal(await text(page, '#verdict'), expected.verdict);
      assert.ok(!(await text(page, '#verdict')).includes('✗'));
      assert.equal(await page.getAttribute('#verdict', 'class'), 'verdict is-met');
      assert.equal(await list.locator('p').textContent(), expected.title);
      const items = await list.locator('li').allTextContents();
      assert.equal(items.length, 2);
      expected.items.forEach((want, i) => (typeof want === 'string' ? assert.equal(items[i], want)
        : assert.match(items[i], want)));
      assert.deepEqual(await list.locator('li').evaluateAll((lis) => lis.map((li) => li.dataset.reason)),
        ['planned-maintenance', 'customer-caused']);
      // The explanation names the exclusions in words, not ids.
      const excluded = await page.locator('[data-testid="commitment"] li[data-code="excluded"]').textContent();
      assert.match(excluded, expected.excluded);
      assert.ok(!/[a-z]+-[a-z]+-[a-z]+/.test(excluded), excluded);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('a claim letter one can send: the contract\'s precision, the outage claimed, the claimant, copied or downloaded as text', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'wp-heaven', 'standard');
    await page.fill('#fee', '1 600,00');
    // April 2026 = 720 h = 2 592 000 s; 4 h 30 min = 16 200 s down (Copenhagen time):
    // 100 × (1 − 16 200 / 2 592 000) = 99.375 %; (99.5 − 99.375) × 1 600 DKK / 100 = 2.00 DKK (§11.3).
    await outage(page, 0, '2026-04-10T10:00', '2026-04-10T14:30');
    await page.waitForFunction(() => document.querySelector('#verdict').textContent.includes('2.00 DKK'));
    assert.equal(await text(page, '#verdict'), '✓ Credit owed for April 2026: 2.00 DKK');
    await page.fill('#claimant-name', 'Kunde A/S');
    await page.fill('#claimant-number', 'K-4711');
    await page.fill('#claimant-contact', 'Jens Hansen\njens@example.dk');
    await page.fill('#claimant-signature', 'Jens Hansen, IT-chef');
    await page.waitForFunction(() => document.querySelector('#letter').textContent.includes('IT-chef'));
    const en = await text(page, '#letter');
    assert.match(en, /^To: WP Heaven\nFrom: Kunde A\/S\nCustomer\/contract number: K-4711\nSubject: /);
    // Two decimals as the contract writes 99.5, cut: 99.375 → 99.37.
    assert.match(en, /The measured availability was 99\.37 % against the guaranteed 99\.5 %\. The credit is 2\.00 DKK \(0\.125 % of 1,600\.00 DKK\)\./);
    assert.match(en, /\n- 2026-04-10 10:00–14:30 \(4h 30m\), unplanned\n/);
    assert.match(en, /Kind regards\nJens Hansen, IT-chef\nJens Hansen\njens@example\.dk\n$/);
    await page.selectOption('#letter-lang', 'da');
    const da = await text(page, '#letter');
    assert.match(da, /Til rette vedkommende\n\nI henhold til/);
    assert.match(da, /Krediteringen udgør 2,00\s?kr\. \(0,125\s?% af 1\.600,00\s?kr\.\)\.\n/);
    for (const letter of [en, da]) assert.ok(!/[.,:;] ?[.,:;]/.test(letter), letter);
    // Downloaded as a text file, as shown.
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-letter')]);
    assert.equal(file.suggestedFilename(), 'slacalc-claim-wp-heaven-April 2026-da.txt');
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).toString('utf8'), da);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
  // The claimant's details are part of a link to the view.
  const view = creditView([{ start: '2026-04-10T10:00', end: '2026-04-10T14:30', kind: 'unplanned' }],
    { 'from-month': '2026-04', 'to-month': '2026-04', fee: '1600', 'claimant-name': 'Kunde A/S', 'claimant-number': 'K-4711' });
  const opened = await openPageAt(site.browser, linkTo(site.baseUrl, 'credit.html', view));
  try {
    await opened.page.waitForFunction(() => document.querySelector('#letter').textContent.includes('Kunde A/S'));
    assert.equal(await opened.page.inputValue('#claimant-number'), 'K-4711');
    assert.match(await text(opened.page, '#letter'), /\nFrom: Kunde A\/S\nCustomer\/contract number: K-4711\n/);
  } finally {
    await opened.context.close();
  }
});
