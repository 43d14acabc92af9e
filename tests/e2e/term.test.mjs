// The term page (term.html, "When can I leave?") in headless Chromium, served
// with its strict CSP by scripts/serve.mjs. The expected dates are worked out
// by hand below from the rules in docs/api.md (section term) — §188 (2), (3)
// BGB for month ends, notice counted back from the moment a term expires —
// not taken from the module; the timeline is checked from its drawn geometry
// and the .ics file from its bytes.
//   node --test tests/e2e/          (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- helpers

const openPage = (options) => openPageAt(site.browser, new URL('term.html', site.baseUrl).href, options);

const text = (page, selector) => page.locator(selector).textContent();

async function choose(page, profile, tier) {
  await page.selectOption('#profile', profile);
  await page.selectOption('#tier', tier);
}

async function dates(page, start, asOf) {
  await page.fill('#start', start);
  await page.fill('#as-of', asOf);
}

/** The terms table as [first, last, notice by, status, kind] per row (dates as YYYY-MM-DD). */
function terms(page) {
  return page.locator('#terms-body tr').evaluateAll((trs) => trs.map((tr) =>
    [tr.dataset.first, tr.dataset.last, tr.dataset.notice || null, tr.dataset.status, tr.dataset.kind]));
}

/** The error shown next to control `id` ('' when none) and whether the control is marked invalid. */
async function fieldError(page, id) {
  const box = page.locator(`#${id}-error`);
  return {
    text: (await box.isVisible()) ? await box.textContent() : '',
    invalid: await page.getAttribute(`#${id}`, 'aria-invalid') === 'true',
  };
}

/** Days from 1970-01-01 of "YYYY-MM-DD", for positions on the timeline. */
const day = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 864e5;

/** The timeline as drawn: each bar's dates and x extent, each mark's date, x and label. */
function timeline(page) {
  return page.locator('svg.term-timeline-svg').evaluate((svg) => {
    const xOfLine = (g) => Number(g.querySelector('line').getAttribute('x1'));
    const marks = (kind) => [...svg.querySelectorAll(`.mark-${kind}`)].map((g) => ({
      date: g.dataset.date, label: g.getAttribute('aria-label'), title: g.querySelector('title').textContent,
      role: g.getAttribute('role'), x: kind === 'notice' ? Number(/^M([\d.]+),/.exec(g.querySelector('path').getAttribute('d'))[1])
        : xOfLine(g),
    }));
    return {
      role: svg.getAttribute('role'),
      name: document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
      desc: document.getElementById(svg.getAttribute('aria-describedby')).textContent,
      width: svg.getBoundingClientRect().width,
      bars: [...svg.querySelectorAll('g.term-bar')].map((g) => {
        const r = g.querySelector('rect');
        return { first: g.dataset.first, last: g.dataset.last, status: g.dataset.status, cut: g.classList.contains('is-cut'),
          x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')), label: g.getAttribute('aria-label'),
          title: g.querySelector('title').textContent, role: g.getAttribute('role') };
      }),
      temp: [...svg.querySelectorAll('g.temp-upgrade')].map((g) => {
        const r = g.querySelector('rect');
        return { from: g.dataset.from, to: g.dataset.to, x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')),
          title: g.querySelector('title').textContent };
      }),
      asOf: marks('asof'),
      ends: marks('end'),
      notices: marks('notice'),
    };
  });
}

/** A day's fraction along a bar: 0 where its first day starts, 1 where its last day ends. */
function along(bar, x) {
  return (x - bar.x) / bar.w;
}

/** Today's date in `zone`, by Node's own Intl. */
function todayIn(zone, now = new Date()) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(now).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

// ---------------------------------------------------------------- tests

test('Managed 4 from 31 Jan 2026, as of 23 Nov 2026: give notice by 30 Oct 2027 to leave on 30 Jan 2028', async () => {
  const { page, context, log } = await openPage({ timezoneId: 'Pacific/Auckland' });
  try {
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'term.html');
    // The as-of day defaults to today in the browser's zone (here UTC+12/13, often a day ahead of UTC).
    const shown = await page.inputValue('#as-of');
    assert.ok([todayIn('Pacific/Auckland', new Date(Date.now() - 120000)), todayIn('Pacific/Auckland',
      new Date(Date.now() + 120000))].includes(shown), shown);
    // Flying Circus Managed 4 is the default; the start is labelled with the tier's startsAt.
    assert.equal(await page.inputValue('#profile'), 'flying-circus');
    assert.equal(await page.inputValue('#tier'), 'managed-4');
    assert.equal(await text(page, 'label[for="start"]'), 'Cleared-For-Takeoff notice');
    assert.match(await text(page, '#term-rule'), /Minimum term 12 months; renews by 12 months unless notice is received 3 months before expiry \(§11\.1, §4\.4\)/);

    // The start is filled in with an example, and the hint says so until the user sets it.
    assert.match(await text(page, '#start-hint'), /an example/);
    await choose(page, 'flying-circus', 'managed-4');
    await dates(page, '2026-01-31', '2026-11-23');
    await page.fill('#invoice-date', '2026-11-01');
    assert.equal(await text(page, '#start-hint'), 'The day of the Cleared-For-Takeoff notice: the minimum term starts then.');

    // By hand. 12 months from Sat 31 Jan 2026: §188 (2) BGB — the term ends with the day before the day
    // that corresponds by number to the start, 31 Jan 2027 → last day 30 Jan 2027. Notice 3 months before
    // expiry: the term expires at the end of 30 Jan 2027 = 31 Jan 2027 00:00; 3 months back = 31 Oct 2026
    // 00:00, so notice must arrive by 30 Oct 2026. On 23 Nov 2026 that is past: the term renews by 12 months,
    // 31 Jan 2027 – 30 Jan 2028, notice by 30 Oct 2027 (31 Jan 2028 00:00 − 3 months = 31 Oct 2027 00:00).
    // The one after: 31 Jan 2028 – 30 Jan 2029, notice by 30 Oct 2028.
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Oct 2027 to leave on 30 Jan 2028');
    // 23 Nov 2026 → 30 Oct 2027: 7 days of November + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 (Dec–Sep)
    // + 30 of October = 341 days; 30 Oct 2027 is a Saturday (1 Jan 2027 is a Friday, day 303 of the year).
    assert.match(await text(page, '#leave-sub'), /^Notice must be received by the end of Sat 30 Oct 2027 — in 341 days, as of 23 Nov 2026\. Too late for the end of the current term on 30 Jan 2027: notice for it was due by 30 Oct 2026\.$/);
    assert.equal(await text(page, '#term-facts .notice-by'), 'Sat 30 Oct 2027');
    assert.equal(await text(page, '#term-facts .earliest-end'), 'Sun 30 Jan 2028');
    assert.equal(await text(page, '#term-facts .renewals'), '0'); // 23 Nov 2026 is still in the minimum term
    assert.equal(await text(page, '#term-facts .current-term'), '31 Jan 2026 – 30 Jan 2027, Managed 4');
    assert.deepEqual(await terms(page), [
      ['2026-01-31', '2027-01-30', '2026-10-30', 'current', 'minimum'],
      ['2027-01-31', '2028-01-30', '2027-10-30', 'future', 'renewal'],
      ['2028-01-31', '2029-01-30', '2028-10-30', 'future', 'renewal'],
    ]);
    assert.equal(await page.locator('#terms-body tr.current').count(), 1);
    assert.deepEqual(await page.locator('#terms-body tr').first().locator('td').allTextContents(),
      ['31 Jan 2026', '30 Jan 2027', 'Fri 30 Oct 2026', 'Current', 'Minimum term']);

    // The other deadlines: payment 14 days after the invoice of 1 Nov 2026 → 15 Nov; an objection 6 weeks =
    // 42 days after it → 13 Dec; the data are kept 1 month after the regular end 30 Jan 2028 → 30 Feb does
    // not exist, §188 (3): the month's last day, 29 Feb 2028 (a leap year).
    const other = await page.locator('#other-deadlines li').evaluateAll((lis) => lis.map((li) => [li.dataset.id, li.dataset.date]));
    assert.deepEqual(other, [['payment', '2026-11-15'], ['invoice-objection', '2026-12-13'], ['data-retention', '2028-02-29']]);
    assert.match(await text(page, '#other-deadlines li[data-id="payment"]'), /Sun 15 Nov 2026 — 14 days after the invoice, §10$/);
    // Without the invoice date the page asks for it.
    await page.fill('#invoice-date', '');
    assert.match(await text(page, '#other-deadlines li[data-id="payment"]'), /enter the invoice date/);
    assert.ok(await page.locator('#damages').isHidden());
    const explain = await page.locator('#explain-list li').evaluateAll((lis) => lis.map((li) => li.dataset.code));
    assert.deepEqual(explain, ['term', 'term-end', 'notice-deadline', 'after-end']);

    // The timeline: one bar per term, in order along the axis, touching end to start.
    const tl = await timeline(page);
    assert.equal(tl.role, 'group');
    assert.match(tl.name, /^Timeline of the terms, 31 Jan 2026 to 30 Jan 2029$/);
    assert.match(tl.desc, /Term 2: 31 Jan 2027 – 30 Jan 2028, future, notice by 30 Oct 2027/);
    assert.deepEqual(tl.bars.map((b) => [b.first, b.last, b.status]), [
      ['2026-01-31', '2027-01-30', 'current'], ['2027-01-31', '2028-01-30', 'future'], ['2028-01-31', '2029-01-30', 'future'],
    ]);
    for (let i = 1; i < 3; i++) assert.ok(Math.abs(tl.bars[i].x - (tl.bars[i - 1].x + tl.bars[i - 1].w)) < 0.01);
    // As of 23 Nov 2026, drawn in the middle of its day: 31 Jan → 31 Oct is 28 + 31 + 30 + 31 + 30 + 31 + 31
    // + 30 + 31 = 273 days, + 23 = day 296 after the start; the first term has 365 days (2026 is no leap year).
    assert.equal(tl.asOf.length, 1);
    assert.equal(tl.asOf[0].date, '2026-11-23');
    assert.ok(Math.abs(along(tl.bars[0], tl.asOf[0].x) - 296.5 / 365) < 1e-6, String(along(tl.bars[0], tl.asOf[0].x)));
    assert.equal(tl.asOf[0].label, 'As of Mon 23 Nov 2026');
    // Term ends where each bar ends; notice deadlines where their day ends: the end of 30 Oct 2027 is the
    // start of 31 Oct, 273 days after 31 Jan 2027 (as above; the second term has 365 days too).
    assert.deepEqual(tl.ends.map((m) => m.date), ['2027-01-30', '2028-01-30', '2029-01-30']);
    tl.ends.forEach((m, i) => assert.ok(Math.abs(along(tl.bars[i], m.x) - 1) < 1e-6));
    assert.deepEqual(tl.notices.map((m) => m.date), ['2026-10-30', '2027-10-30', '2028-10-30']);
    assert.ok(Math.abs(along(tl.bars[1], tl.notices[1].x) - 273 / 365) < 1e-6);
    // Every bar and mark has a name of its own: role img, aria-label = <title>.
    for (const m of [...tl.bars, ...tl.asOf, ...tl.ends, ...tl.notices]) {
      assert.equal(m.role, 'img');
      assert.equal(m.label, m.title);
    }
    assert.equal(tl.notices[1].label, 'Notice to end term 2 by Sat 30 Oct 2027');
    assert.equal(tl.ends[0].label, 'Term 1 ends on Sat 30 Jan 2027');
    assert.match(tl.bars[0].label, /^Term 1, minimum term: 31 Jan 2026 – 30 Jan 2027, current$/);
    assert.equal(await page.locator('canvas').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Guided 1 from 31 Jan 2026: 31 Apr does not exist, the term ends 30 Apr; a day late, the next term counts', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-1');
    // 3 months from 31 Jan: the corresponding day, 31 Apr, does not exist, so §188 (3) BGB ends the term on
    // the last day of April, 30 Apr 2026. Notice 1 month before expiry: 1 May 00:00 − 1 month = 1 Apr 00:00,
    // so by 31 Mar 2026.
    await dates(page, '2026-01-31', '2026-03-31');
    assert.equal(await text(page, '#leave'), 'Give notice by 31 Mar 2026 to leave on 30 Apr 2026');
    assert.match(await text(page, '#leave-sub'), /by the end of Tue 31 Mar 2026 — today, as of 31 Mar 2026\.$/);
    // The renewals by 3 months: 1 May – 31 Jul (1 Aug − 1 day), notice by 30 Jun (1 Aug 00:00 − 1 month =
    // 1 Jul 00:00); 1 Aug – 31 Oct, notice by 30 Sep.
    const expected = [
      ['2026-01-31', '2026-04-30', '2026-03-31', 'current', 'minimum'],
      ['2026-05-01', '2026-07-31', '2026-06-30', 'future', 'renewal'],
      ['2026-08-01', '2026-10-31', '2026-09-30', 'future', 'renewal'],
    ];
    assert.deepEqual(await terms(page), expected);

    // As of 1 Apr 2026 it is one day too late for 30 Apr: the earliest end is the next term's, 31 Jul.
    await page.fill('#as-of', '2026-04-01');
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Jun 2026 to leave on 31 Jul 2026');
    assert.match(await text(page, '#leave-sub'), /Too late for the end of the current term on 30 Apr 2026: notice for it was due by 31 Mar 2026\./);
    assert.deepEqual(await terms(page), expected); // the same terms, still in the first one
    assert.equal(await text(page, '#term-facts .renewals'), '0');
    // As of 1 May 2026 the first renewal is running.
    await page.fill('#as-of', '2026-05-01');
    assert.equal(await text(page, '#term-facts .renewals'), '1');
    assert.deepEqual((await terms(page)).map((t) => t[3]).slice(0, 2), ['past', 'current']);
    const tl = await timeline(page);
    assert.equal(tl.bars.length, (await terms(page)).length);

    // Five years on, as of 31 Jan 2031. From 1 Feb 2026 on every year has four terms — Feb–Apr, May–Jul,
    // Aug–Oct, Nov–Jan — after the first one (31 Jan – 30 Apr 2026, number 1), so the term of 1 Nov 2030 –
    // 31 Jan 2031 is number 4 + 4 × 4 = 20: 19 renewals so far, and with the two after it 22 terms. Its notice
    // was due 31 Dec 2030; the next one ends 30 Apr 2031, notice by 31 Mar 2031 (1 May 00:00 − 1 month).
    await page.fill('#as-of', '2031-01-31');
    assert.equal(await text(page, '#leave'), 'Give notice by 31 Mar 2031 to leave on 30 Apr 2031');
    assert.equal(await text(page, '#term-facts .renewals'), '19');
    assert.equal((await terms(page)).length, 22);
    // The timeline draws the last 12 (terms 11–22: 1 Aug 2028 – 31 Jul 2031) and says so; the table has all.
    const long = await timeline(page);
    assert.equal(long.bars.length, 12);
    assert.deepEqual([long.bars[0].first, long.bars.at(-1).last], ['2028-08-01', '2031-07-31']);
    assert.match(long.bars[0].label, /^Term 11, /);
    assert.match(long.name, /last 12 of 22 terms/);
    assert.match(await text(page, '.term-legend'), /The last 12 of 22 terms; the table has them all\./);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('conventions: the same day number moves a 30 Jun end\'s notice from 31 Mar to 30 Mar; "same date" ends', async () => {
  const { page, context, log } = await openPage();
  try {
    // The defaults are preselected and explained in a line each.
    assert.equal(await page.inputValue('#term-end'), 'day-before-same-date');
    assert.equal(await page.inputValue('#notice-deadline'), 'whole-months-before-expiry');
    assert.equal(await page.inputValue('#remaining-fees'), 'days-at-1/30');
    assert.equal(await page.inputValue('#after-end'), 'end-as-event');
    for (const id of ['term-end', 'notice-deadline', 'remaining-fees', 'after-end']) {
      assert.ok((await text(page, `#${id}-hint`)).length > 20, id);
      assert.match(await page.getAttribute(`#${id}`, 'aria-describedby'), new RegExp(`${id}-hint`));
    }
    await choose(page, 'flying-circus', 'managed-4');
    // From 1 Jul 2026, 12 months end on 30 Jun 2027 (the day before 1 Jul 2027). Expiry = 1 Jul 2027 00:00;
    // 3 months back = 1 Apr 2027 00:00 → notice by 31 Mar 2027.
    await dates(page, '2026-07-01', '2026-07-01');
    assert.equal(await text(page, '#leave'), 'Give notice by 31 Mar 2027 to leave on 30 Jun 2027');
    // The cautious reading: the same day number 3 months before the last day, 30 Jun → 30 Mar 2027.
    await page.selectOption('#notice-deadline', 'same-day-number');
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Mar 2027 to leave on 30 Jun 2027');
    assert.deepEqual((await terms(page))[0], ['2026-07-01', '2027-06-30', '2027-03-30', 'current', 'minimum']);
    assert.match(await text(page, '#explain-list li[data-code="notice-deadline"]'), /30 Mar/);
    await page.selectOption('#notice-deadline', 'whole-months-before-expiry');
    assert.equal(await text(page, '#leave'), 'Give notice by 31 Mar 2027 to leave on 30 Jun 2027');
    // Data kept 1 month after the end on 30 Jun 2027 (§11.2.1): the end as the event → 30 Jul; the month from
    // the next day, 1 Jul → 31 Jul 2027.
    const retention = () => page.getAttribute('#other-deadlines li[data-id="data-retention"]', 'data-date');
    assert.equal(await retention(), '2027-07-30');
    await page.selectOption('#after-end', 'from-next-day');
    assert.equal(await retention(), '2027-07-31');
    assert.match(await text(page, '#explain-list li[data-code="after-end"]'), /31 Jul 2027|2027-07-31/);
    await page.selectOption('#after-end', 'end-as-event');
    // "Same date": 12 months from 1 Jul 2026 end on 1 Jul 2027, included; it expires 2 Jul 00:00, 3 months
    // back is 2 Apr 00:00 → notice by 1 Apr 2027.
    await page.selectOption('#term-end', 'same-date');
    assert.equal(await text(page, '#leave'), 'Give notice by 1 Apr 2027 to leave on 1 Jul 2027');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a permanent upgrade to Managed 5 on 1 Jun 2026 cuts the term short and starts a new 12-month one', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-1');
    await dates(page, '2026-01-31', '2026-07-01');
    // Without it: 31 Jan – 30 Apr, 1 May – 31 Jul (current on 1 Jul; its notice was due 30 Jun, a day ago),
    // so the earliest end is 31 Oct 2026 (1 Aug – 31 Oct), notice by 30 Sep.
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Sep 2026 to leave on 31 Oct 2026');
    assert.ok(await page.locator('#upgrade-fields').isHidden());
    await page.check('#upgrade-on');
    assert.ok(await page.locator('#upgrade-fields').isVisible());
    // An empty "from" starts as the as-of day; the tier follows the chosen one (the next tier with a term).
    assert.equal(await page.inputValue('#upgrade-from'), '2026-07-01');
    assert.equal(await page.inputValue('#upgrade-tier'), 'guided-2');
    await page.selectOption('#upgrade-tier', 'managed-5');
    await page.fill('#upgrade-from', '2026-06-01');
    // §3.8: a permanent upgrade starts the new tier's minimum term. The renewal of 1 May ends the day before,
    // 31 May (cut short, no notice of its own). Managed 5: 12 months from 1 Jun 2026 → 31 May 2027;
    // notice 3 months before expiry: 1 Jun 2027 00:00 − 3 months = 1 Mar 2027 00:00 → by 28 Feb 2027.
    // Then 1 Jun 2027 – 31 May 2028 (notice by 29 Feb 2028, a leap year), 1 Jun 2028 – 31 May 2029 (28 Feb 2029).
    assert.equal(await text(page, '#leave'), 'Give notice by 28 Feb 2027 to leave on 31 May 2027');
    assert.deepEqual(await terms(page), [
      ['2026-01-31', '2026-04-30', '2026-03-31', 'past', 'minimum'],
      ['2026-05-01', '2026-05-31', null, 'past', 'renewal'],
      ['2026-06-01', '2027-05-31', '2027-02-28', 'current', 'renewed-by-change'],
      ['2027-06-01', '2028-05-31', '2028-02-29', 'future', 'renewal'],
      ['2028-06-01', '2029-05-31', '2029-02-28', 'future', 'renewal'],
    ]);
    assert.equal(await text(page, '#term-facts .renewals'), '1'); // the renewal of 1 May
    assert.match(await text(page, '#terms-body tr:nth-child(2) td.kind'), /cut short/);
    assert.match(await text(page, '#terms-body tr:nth-child(3) td.kind'), /Managed 5/);
    assert.match(await text(page, '#change-effects'), /^Upgrade to Managed 5 from 1 Jun 2026: .*§3\.8/);
    const tl = await timeline(page);
    assert.equal(tl.bars.length, 5);
    assert.deepEqual(tl.bars.map((b) => b.cut), [false, true, false, false, false]);
    assert.equal(tl.notices.length, 4); // the cut-short renewal has no notice deadline

    // Unticked: counted no more, but what was typed stays.
    await page.uncheck('#upgrade-on');
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Sep 2026 to leave on 31 Oct 2026');
    assert.equal(await page.inputValue('#upgrade-tier'), 'managed-5');
    assert.equal(await page.inputValue('#upgrade-from'), '2026-06-01');
    assert.equal(await text(page, '#change-effects'), '');
    // A recommitment of the whole factor (§3.7.1) also starts the minimum term again: Guided 1 from 1 Jun 2026
    // runs 3 months to 31 Aug 2026, notice by 31 Jul (1 Sep 00:00 − 1 month = 1 Aug 00:00).
    await page.check('#recommit-on');
    await page.fill('#recommit-from', '2026-06-01');
    assert.equal(await text(page, '#leave'), 'Give notice by 31 Jul 2026 to leave on 31 Aug 2026');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('errors next to their fields: a temporary upgrade ending before it starts, the fee, the days; input kept', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'managed-4');
    await dates(page, '2026-01-31', '2026-11-23');
    await page.check('#temp-on');
    await page.selectOption('#temp-tier', 'managed-5');
    await page.fill('#temp-from', '2026-05-01');
    assert.deepEqual(await fieldError(page, 'temp-to'), { text: 'Enter the last day of the temporary upgrade.', invalid: true });
    await page.fill('#temp-to', '2026-04-15');
    // The core refuses it (path /changes/0/to): shown next to "To", the input kept, the last result dimmed.
    const toError = await fieldError(page, 'temp-to');
    assert.ok(toError.invalid);
    assert.match(toError.text, /ends before it starts/);
    assert.equal((await fieldError(page, 'temp-from')).text, '');
    assert.equal(await page.inputValue('#temp-to'), '2026-04-15');
    assert.equal(await page.inputValue('#temp-from'), '2026-05-01');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    assert.match(await text(page, '#status'), /Out of date/);
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Oct 2027 to leave on 30 Jan 2028');
    assert.ok(await page.locator('#download-ics').isDisabled());
    assert.match(await page.getAttribute('#temp-to', 'aria-describedby'), /temp-to-error/);

    // With the recommitment ticked before it, the same error is the second change sent (/changes/1/to) and
    // still lands next to "To".
    await page.check('#recommit-on');
    await page.fill('#recommit-from', '2026-06-01');
    assert.match((await fieldError(page, 'temp-to')).text, /ends before it starts/);
    await page.uncheck('#recommit-on');

    // Fixed: 1 Mar – 15 Apr. The term is unchanged (§3.8), shaded on the timeline over exactly those days.
    await page.fill('#temp-from', '2026-03-01');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal((await fieldError(page, 'temp-to')).text, '');
    assert.ok(!(await fieldError(page, 'temp-to')).invalid);
    assert.equal(await text(page, '#leave'), 'Give notice by 30 Oct 2027 to leave on 30 Jan 2028');
    assert.ok(await page.locator('#download-ics').isEnabled());
    const tl = await timeline(page);
    assert.equal(tl.temp.length, 1);
    // 1 Mar starts 29 days after 31 Jan (1 day to 1 Feb, 28 of February); 15 Apr ends where 16 Apr starts,
    // 29 + 31 (March) + 15 = 75 days after the start.
    const [shade] = tl.temp;
    assert.ok(Math.abs(along(tl.bars[0], shade.x) - 29 / 365) < 1e-6);
    assert.ok(Math.abs(along(tl.bars[0], shade.x + shade.w) - 75 / 365) < 1e-6);
    assert.match(shade.title, /Temporary upgrade to Managed 5, 1 Mar 2026 – 15 Apr 2026/);
    // 15 Apr − 1 Mar + 1 = 31 − 1 + 15 = 46 days.
    assert.match(await text(page, '#change-effects'), /46 days/);

    // Terminated for cause on 10 Dec 2026 at 1.600,00 EUR a month (§11.2): the term in force ends 30 Jan 2027;
    // from 11 Dec 2026, 1 whole month runs to 10 Jan 2027, then 11–30 Jan = 20 days = 20/30 of a month;
    // 1 2/3 months × 1 600.00 = 2 666.67 (exactly 8 000/3), 50 % = 1 333.333… → 1,333.33 EUR.
    await page.check('#cause-on');
    assert.equal(await page.inputValue('#cause-date'), '2026-11-23');
    assert.equal(await text(page, '#cause-currency'), 'EUR');
    assert.match((await fieldError(page, 'cause-fee')).text, /Enter the monthly fee/);
    await page.fill('#cause-date', '2026-12-10');
    await page.fill('#cause-fee', 'twelve');
    assert.match((await fieldError(page, 'cause-fee')).text, /^Not a fee: enter a number/);
    await page.fill('#cause-fee', '-5');
    assert.equal((await fieldError(page, 'cause-fee')).text, 'A fee cannot be negative.');
    await page.fill('#cause-fee', '1.600,00');
    assert.equal((await fieldError(page, 'cause-fee')).text, '');
    assert.equal(await text(page, '#damages-amount'), '1,333.33 EUR if ended for cause on 10 Dec 2026');
    assert.match(await text(page, '#damages-detail'), /to 30 Jan 2027\): 1 month and 20 days/);
    // Each begun month whole: 2 months × 1 600.00 × 50 % = 1,600.00 EUR.
    await page.selectOption('#remaining-fees', 'whole-months-up');
    assert.equal(await text(page, '#damages-amount'), '1,600.00 EUR if ended for cause on 10 Dec 2026');
    // A day before the start: the core's error, next to the date (/terminationForCause/date).
    await page.fill('#cause-date', '2025-12-10');
    assert.match((await fieldError(page, 'cause-date')).text, /before the term's start/);
    assert.equal(await page.inputValue('#cause-fee'), '1.600,00');
    await page.uncheck('#cause-on');

    // The as-of day before the start: /asOf.
    await page.fill('#as-of', '2026-01-23');
    assert.match((await fieldError(page, 'as-of')).text, /before the term starts/);
    await page.fill('#as-of', '2026-11-23');
    assert.equal((await fieldError(page, 'as-of')).text, '');
    // An empty start: said by the page, the label's words in the message.
    await page.fill('#start', '');
    assert.equal((await fieldError(page, 'start')).text, 'Enter the day of the Cleared-For-Takeoff notice.');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    await page.fill('#start', '2026-01-31');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await text(page, '#status'), '');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('contracts and tiers without a term rule are marked; the core\'s no_term is shown next to the tier', async () => {
  const { page, context, log } = await openPage();
  try {
    await dates(page, '2026-01-31', '2026-11-23');
    assert.match(await page.locator('#profile option[value="wp-heaven"]').textContent(), /\(no term rule\)$/);
    assert.doesNotMatch(await page.locator('#profile option[value="flying-circus"]').textContent(), /no term rule/);
    assert.match(await page.locator('#tier option[value="platform"]').textContent(), /\(no term rule\)$/);
    await page.selectOption('#tier', 'platform');
    const error = await fieldError(page, 'tier');
    assert.ok(error.invalid);
    assert.match(error.text, /no term rule/);
    assert.match(await text(page, '#term-rule'), /No minimum term/);
    assert.match(await text(page, '#status'), /no term rule/);
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    // The upgrade selects offer only tiers with a term.
    assert.equal(await page.locator('#upgrade-tier option[value="platform"]').count(), 0);
    await page.selectOption('#profile', 'wp-heaven');
    assert.match((await fieldError(page, 'tier')).text, /no term rule/);
    await page.selectOption('#profile', 'flying-circus');
    await page.selectOption('#tier', 'hosted');
    // Hosted: a minimum of 1 day and no renewal (§11.1): afterwards it can end on any day.
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await text(page, '#leave'), 'No notice period: the contract can end on any day, at the earliest on 23 Nov 2026');
    assert.equal(await text(page, '#start-label'), 'Start of the minimum term');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Download .ics: the calendar as slacalc-<profile>-<tier>.ics, RFC 5545 lines, the notice deadline as a date', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'managed-4');
    await dates(page, '2026-01-31', '2026-11-23');
    await page.fill('#invoice-date', '2026-11-01');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    assert.equal(download.suggestedFilename(), 'slacalc-flying-circus-managed-4.ics');
    const bytes = await readFile(await download.path());
    const raw = bytes.toString('utf8');
    // Every line ends in CRLF, no bare CR or LF; no line longer than 75 octets (UTF-8: "—" and "§" count 3 and 2).
    assert.ok(raw.endsWith('\r\n'));
    assert.doesNotMatch(raw.replace(/\r\n/g, ''), /[\r\n]/);
    const physical = raw.slice(0, -2).split('\r\n');
    for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)}: ${line}`);
    // Unfolded (a CRLF followed by a space or tab continues the line):
    const lines = raw.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((l) => l.startsWith('PRODID:')));
    // The events, by hand: the three dated deadlines (payment 15 Nov, objection 13 Dec 2026, data retention
    // 29 Feb 2028), the ends of the current and the two later terms (30 Jan 2027, 2028, 2029) and the notice
    // deadlines still ahead on 23 Nov 2026 (30 Oct 2027 and 2028; 30 Oct 2026 is past): 3 + 3 + 2 = 8.
    const events = [];
    let current = null;
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') current = [];
      else if (line === 'END:VEVENT') { events.push(current); current = null; } else if (current) current.push(line);
    }
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 8);
    assert.equal(events.length, 8);
    const starts = events.map((e) => e.find((l) => l.startsWith('DTSTART')));
    for (const expected of ['20261115', '20261213', '20280229', '20270130', '20280130', '20290130', '20271030', '20281030']) {
      assert.ok(starts.includes(`DTSTART;VALUE=DATE:${expected}`), `${expected} in ${starts.join(' ')}`);
    }
    assert.ok(!starts.includes('DTSTART;VALUE=DATE:20261030'));
    // The notice deadline: an all-day event on 30 Oct 2027 (DTEND the next day, exclusive), named as such.
    const notice = events.find((e) => e.includes('DTSTART;VALUE=DATE:20271030'));
    assert.ok(notice.includes('DTEND;VALUE=DATE:20271031'));
    assert.match(notice.find((l) => l.startsWith('SUMMARY:')), /^SUMMARY:Last day for notice: .*Managed 4$/);
    assert.match(notice.find((l) => l.startsWith('DESCRIPTION:')), /2028-01-30/);
    for (const e of events) assert.ok(e.some((l) => /^UID:.+@/.test(l)) && e.some((l) => l.startsWith('DTSTAMP:')));

    // While the input is invalid the calendar of the last result is not offered.
    await page.fill('#as-of', '2025-01-01');
    assert.ok(await page.locator('#download-ics').isDisabled());
    assert.match(await text(page, '#ics-hint'), /^Not while the input has a problem/);
    await page.fill('#as-of', '2026-11-23');
    assert.ok(await page.locator('#download-ics').isEnabled());
    assert.match(await text(page, '#ics-hint'), /all-day events/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- keyboard, layout, privacy

test('keyboard: Tab reaches the controls; Space ticks a what-if and shows its fields', async () => {
  const { page, context } = await openPage();
  try {
    const seen = [];
    for (let i = 0; i < 60 && !seen.includes('remaining-fees'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    for (const id of ['profile', 'tier', 'start', 'as-of', 'as-of-today', 'invoice-date', 'upgrade-on', 'recommit-on',
      'temp-on', 'cause-on', 'term-end', 'notice-deadline', 'remaining-fees']) {
      assert.ok(seen.includes(id), `${id} in ${seen.join(',')}`);
    }
    await page.focus('#temp-on');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#temp-fields').isVisible());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'temp-tier');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    // Every control has a label.
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
      .filter((c) => !c.labels?.length && !c.textContent.trim() && !c.getAttribute('aria-label')).map((c) => c.id));
    assert.deepEqual(unlabelled, []);
  } finally {
    await context.close();
  }
});

test('layout: screenshots at 1280 and 375 px, no overflow at 320 px; the timeline fits and stays readable', async () => {
  await checkLayout(openPage, {
    name: 'term', shotDir, scrollBox: '.table-scroll',
    async stress(page) {  // every what-if, a long fee, then errors shown (the readings start collapsed on phones)
      await dates(page, '2026-01-31', '2026-11-23');
      await page.check('#upgrade-on');
      await page.selectOption('#upgrade-tier', 'managed-5');
      await page.fill('#upgrade-from', '2027-03-01');
      await page.check('#temp-on');
      await page.fill('#temp-from', '2026-03-01');
      await page.fill('#temp-to', '2026-04-15');
      await page.check('#cause-on');
      await page.fill('#cause-fee', '1 234 567,89');
      await page.fill('#invoice-date', '2026-11-01');
      await page.fill('#cause-date', '2026-12-10');
      await page.fill('#cause-fee', 'not a number at all, really not a number');
    },
  });
  // At 320 px the timeline is drawn for its box: no wider than the page, its text at least 12 px.
  const { page, context } = await openPage({ viewport: { width: 320, height: 700 } });
  try {
    await dates(page, '2026-01-31', '2026-11-23');
    const tl = await timeline(page);
    assert.ok(tl.width <= 300, String(tl.width));
    const sizes = await page.locator('svg.term-timeline-svg text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(sizes.length > 3 && Math.min(...sizes) >= 12, sizes.join(','));
    const scale = await page.locator('svg.term-timeline-svg').evaluate((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
    assert.ok(Math.abs(scale - 1) < 0.01, String(scale));
  } finally {
    await context.close();
  }
});

test('only same-origin requests, no console errors, no CSP violations; the nav on every page', async () => {
  const { page, context, log } = await openPage();
  try {
    await dates(page, '2026-01-31', '2026-11-23');
    await page.check('#temp-on');
    await page.fill('#temp-from', '2026-03-01');
    await page.fill('#temp-to', '2026-04-15');
    await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/term.html', '/style.css', '/locales/en/term.json', '/slacalc-term.mjs', '/slacalc-term.wasm']);

    // Every page links to the others, in the same order, the current one marked.
    const order = ['Downtime budget', 'Compare tiers', 'Response due', 'Owed a credit?', 'Term & cost', 'Dependencies'];
    for (const href of ['./', 'compare.html', 'deadline.html', 'credit.html', 'compose.html', 'term.html']) {
      await page.click(`.site-nav a[href="${href}"]`);
      await page.waitForSelector('body[data-ready="1"]');
      assert.deepEqual(await page.locator('.site-nav a').allTextContents(), order);
      assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), href);
    }
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

test('in German, Dutch and Danish: the page\'s words, the dates, money and numbers as each language writes them', async () => {
  // Every heading of the page in English: none of them may be left in another language.
  const english = JSON.parse(await readFile(new URL('../../web/locales/en/term.json', import.meta.url), 'utf8'));
  const englishHeadings = ['term.inputsTitle', 'term.resultsTitle', 'term.termsTitle', 'term.otherDeadlines',
    'term.damagesTitle', 'term.cost.title', 'term.cost.inputsTitle', 'term.cost.resultsTitle', 'term.cost.incTitle',
    'term.cost.tuTitle', 'term.cost.meterTitle', 'term.cost.hoursTitle', 'term.tagline'].map((k) => english[k]);
  // German from ?lang=, Dutch and Danish from the browser's language.
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { lang: 'de', h2: 'Der Vertrag', asOf: 'Stand', nav: 'Laufzeit & Kosten',
      leave: 'Kündigen Sie bis 30.10.2027, damit der Vertrag am 30.01.2028 endet', noticeBy: /^Sa\.? 30\.10\.2027$/,
      row: ['31.01.2026', '30.01.2027', 'Aktuell', 'Mindestlaufzeit'], rule: /^Mindestlaufzeit 12 Monate; verlängert sich um 12 Monate, wenn nicht 3 Monate vor Ablauf gekündigt wird/,
      ppu: '120,00', answer: '240,00\u00a0€ im Monat', damages: /^1\.333,33\u00a0€ bei Kündigung aus wichtigem Grund am 10\.12\.2026$/,
      percent: /^50 % der monatlichen Vergütung/ }],
    [{ locale: 'nl-NL' }, { lang: 'nl', h2: 'Het contract', asOf: 'Peildatum', nav: 'Looptijd & kosten',
      leave: 'Zeg uiterlijk 30-10-2027 op om het contract per 30-01-2028 te beëindigen', noticeBy: /^za\.? 30-10-2027$/,
      row: ['31-01-2026', '30-01-2027', 'Huidig', 'Minimale looptijd'], rule: /^Minimale looptijd 12 maanden; wordt verlengd met 12 maanden, tenzij de opzegging 3 maanden vóór afloop binnen is/,
      ppu: '120,00', answer: '€\u00a0240,00 per maand', damages: /^€\u00a01\.333,33 bij beëindiging om gegronde reden op 10-12-2026$/,
      percent: /^50% van de maandelijkse vergoedingen/ }],
    [{ locale: 'da-DK' }, { lang: 'da', h2: 'Aftalen', asOf: 'Pr.', nav: 'Løbetid & pris',
      leave: 'Opsig senest 30.10.2027 for at ophøre den 30.01.2028', noticeBy: /^lør\.? 30\.10\.2027$/,
      row: ['31.01.2026', '30.01.2027', 'Nuværende', 'Bindingsperiode'], rule: /^Bindingsperiode 12 måneder; forlænges med 12 måneder, medmindre opsigelsen er modtaget 3 måneder før udløb/,
      ppu: '120,00', answer: '240,00\u00a0€ om måneden', damages: /^1\.333,33\u00a0€ ved opsigelse af saglig grund den 10\.12\.2026$/,
      percent: /^50 % af de månedlige vederlag/ }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser,
      new URL(`term.html${how.query ?? ''}`, site.baseUrl).href, how.locale ? { locale: how.locale } : {});
    try {
      await page.waitForSelector('#cost[data-ready="1"]', { timeout: 15000 });
      assert.equal(await page.getAttribute('html', 'lang'), expected.lang);
      assert.equal(await text(page, '#inputs-title'), expected.h2);
      assert.equal(await text(page, 'label[for="as-of"]'), expected.asOf);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      assert.match(await text(page, '#term-rule'), expected.rule);
      await choose(page, 'flying-circus', 'managed-4');
      await dates(page, '2026-01-31', '2026-11-23');
      // Dates as the language writes them; the weekday its own short name.
      assert.equal(await text(page, '#leave'), expected.leave);
      assert.match(await text(page, '#term-facts .notice-by'), expected.noticeBy);
      const cells = await page.locator('#terms-body tr').first().locator('td').allTextContents();
      assert.deepEqual([cells[0], cells[1], cells[3], cells[4]], expected.row);
      // Money typed with a decimal comma, and shown as the language writes it (and percent the same way).
      await page.check('#cause-on');
      await page.fill('#cause-date', '2026-12-10');
      await page.fill('#cause-fee', '1600,00');
      assert.match(await text(page, '#damages-amount'), expected.damages);
      assert.match(await text(page, '#damages-detail'), expected.percent);
      // The cost section: the example price in the language's decimals; the answer in its currency format.
      assert.equal(await page.inputValue('#cost-ppu'), expected.ppu);
      assert.equal(await text(page, '#cost-answer'), expected.answer);
      // No heading left in English.
      const headings = await page.locator('h1 .tagline, h2, h3, h4').allTextContents();
      for (const h of headings) assert.ok(!englishHeadings.includes(h.trim()), `"${h}" is English`);
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});
