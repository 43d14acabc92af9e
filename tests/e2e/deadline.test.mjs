// The deadline page (deadline.html) in headless Chromium, served with its
// strict CSP by scripts/serve.mjs. The expected due times are worked out by
// hand below from the contracts' rules (window, holidays, clock changes), not
// taken from the module; the timeline is checked from its drawn geometry.
//   node --test tests/e2e/          (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, root, shotDir, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- helpers

const openPage = (options) => openPageAt(site.browser, new URL('deadline.html', site.baseUrl).href, options);

const text = (page, selector) => page.locator(selector).textContent();
const deadlines = (page) => page.locator('#deadline-list > li.deadline');
/** The deadline of one measure (and class, priority). */
const deadline = (page, measure, cls, priority) => page.locator(`#deadline-list > li.deadline[data-measure="${measure}"]` +
  `${cls ? `[data-class="${cls}"]` : ''}${priority ? `[data-priority="${priority}"]` : ''}`);
const dueLocal = (item) => item.locator('.due-local').textContent();

async function choose(page, profile, tier) {
  await page.selectOption('#profile', profile);
  await page.selectOption('#tier', tier);
}

const workingDaysUnused = (page) =>
  page.locator('#working-days').evaluate((s) => s.closest('.field').classList.contains('unused'));

const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The timeline of one deadline as drawn: per day row its date, closed label,
 * counted spans, report and due marks — times read back from the x positions
 * relative to the row's 24-hour bar, in minutes, shown as "HH:MM".
 */
async function timelineRows(item) {
  const rows = await item.locator('svg.timeline-svg').evaluate((svg) => [...svg.querySelectorAll('g.day, g.gap')].map((g) => {
    if (g.classList.contains('gap')) return { gap: g.textContent };
    const bar = g.querySelector('rect.bar-bg');
    const x0 = Number(bar.getAttribute('x'));
    const w = Number(bar.getAttribute('width'));
    const minutes = (x) => Math.round(((Number(x) - x0) / w) * 24 * 60);
    const mark = (kind) => {
      const line = g.querySelector(`.mark-${kind} line`);
      return line ? minutes(line.getAttribute('x1')) : null;
    };
    return {
      day: g.dataset.day,
      closed: g.dataset.closed ?? null,
      closedLabel: g.querySelector('.closed-label')?.textContent ?? null,
      hatched: Boolean(g.querySelector('rect.closed')),
      spans: [...g.querySelectorAll('rect.segment')].map((r) =>
        [minutes(r.getAttribute('x')), minutes(Number(r.getAttribute('x')) + Number(r.getAttribute('width')))]),
      report: mark('report'),
      due: mark('due'),
      title: g.querySelector('title').textContent,
    };
  }));
  return rows.map((r) => (r.gap ? r : {
    ...r,
    spans: r.spans.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`),
    report: r.report === null ? null : hhmm(r.report),
    due: r.due === null ? null : hhmm(r.due),
  }));
}

/** Now in `zone` as a datetime-local value, by Node's own Intl. */
function nowIn(zone, now = new Date()) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(now).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

// ---------------------------------------------------------------- tests

test('Flying Circus Guided 1 over a weekend and the clock change; viewer in New York', async () => {
  const { page, context, log } = await openPage({ timezoneId: 'America/New_York' });
  try {
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'deadline.html');
    // The browser's zone is the default "my time zone"; the report time defaults to now in the
    // provider's zone (Europe/Berlin), not the browser's.
    assert.equal(await page.inputValue('#viewer-zone'), 'America/New_York');
    const before = nowIn('Europe/Berlin', new Date(Date.now() - 120000));
    const after = nowIn('Europe/Berlin', new Date(Date.now() + 120000));
    const shown = await page.inputValue('#reported');
    assert.ok(shown >= before && shown <= after, `${before} ≤ ${shown} ≤ ${after}`);
    assert.match(await text(page, 'label[for="reported"]'), /Europe\/Berlin/);

    await choose(page, 'flying-circus', 'guided-1');
    // Guided 1's reaction holds for any class; §9.1's rule names non-critical requests.
    assert.ok(await page.locator('#class-field').isVisible());
    assert.deepEqual(await page.locator('#class option').evaluateAll((os) => os.map((o) => o.value)), ['', 'request']);
    assert.equal(await page.locator('#class').inputValue(), '');
    assert.ok(await page.locator('#matrix-field').isHidden());
    await page.fill('#reported', '2026-03-27T15:30');

    // 3 h within working days 08–16 (Saxony-Anhalt): Friday 15:30–16:00 = 30 min, the weekend is
    // closed, the clocks go to CEST on Sunday 29 March, Monday 08:00 + 2 h 30 min = 10:30 CEST.
    assert.equal(await deadlines(page).count(), 1);
    const item = deadline(page, 'reaction');
    assert.equal(await dueLocal(item), 'Mon 30 Mar 2026 10:30 CEST');
    // 10:30 CEST = 08:30 UTC; New York is on EDT (UTC−4) since 8 March: 04:30.
    assert.equal(await item.locator('.due-utc').textContent(), '2026-03-30 08:30 UTC');
    assert.equal(await item.locator('.due-viewer').textContent(), 'Mon 30 Mar 2026 04:30 EDT');
    assert.match(await item.locator('.due').textContent(), /Your time \(America\/New_York\)/);
    // Friday 14:30 UTC → Monday 08:30 UTC = 2 d 18 h elapsed, 3 h counted.
    assert.equal(await item.locator('.elapsed').textContent(), '3h of the window\'s time, 2d 18h after the report');
    assert.match(await item.locator('.promise').textContent(), /^Reaction: 3h/);
    assert.match(await item.locator('.clause').textContent(), /§3\.5\.1/);
    assert.match(await text(page, '#reported-line'), /Fri 27 Mar 2026 15:30 CET.*Fri 27 Mar 2026 10:30 EDT.*2026-03-27 14:30 UTC/);
    const explain = await item.locator('.explain li').allTextContents();
    assert.ok(explain.some((t) => t.includes('CEST')), explain.join('\n'));

    // The timeline: one row per day Fri–Mon, counted time on Friday and Monday only.
    const rows = await timelineRows(item);
    assert.deepEqual(rows.map((r) => r.day), ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    assert.deepEqual(rows.map((r) => r.spans), [['15:30–16:00'], [], [], ['08:00–10:30']]);
    assert.deepEqual(rows.map((r) => r.closed), [null, 'weekend', 'weekend', null]);
    assert.deepEqual(rows.map((r) => r.hatched), [false, true, true, false]);
    assert.equal(rows[0].report, '15:30');
    assert.equal(rows[3].due, '10:30');
    assert.deepEqual(rows.map((r) => r.report !== null), [true, false, false, false]);
    assert.deepEqual(rows.map((r) => r.due !== null), [false, false, false, true]);
    // Accessible as text, not colour only: each row's <title>, the picture's name and description.
    assert.match(rows[0].title, /Fri 27 Mar 2026: reported 15:30; counted 15:30–16:00 \(30m\)/);
    assert.match(rows[1].title, /closed \(weekend\)/);
    assert.match(rows[3].title, /counted 08:00–10:30 \(2h 30m\); due 10:30/);
    const picture = item.locator('svg.timeline-svg');
    assert.equal(await picture.getAttribute('role'), 'img');
    const name = await picture.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')).textContent);
    assert.match(name, /Fri 27 Mar 2026 to Mon 30 Mar 2026/);
    const desc = await picture.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')).textContent);
    assert.match(desc, /Sat 28 Mar 2026: closed \(weekend\)/);
    assert.match(await item.locator('.timeline-legend').textContent(), /counted time.*closed day.*reported.*due/);
    assert.equal(await page.locator('canvas').count(), 0);

    // Without a zone of my own: provider time and UTC only.
    await page.fill('#viewer-zone', '');
    assert.equal(await item.locator('.due-viewer').count(), 0);
    assert.equal(await dueLocal(item), 'Mon 30 Mar 2026 10:30 CEST');
    await page.fill('#viewer-zone', 'Asia/Tokyo');
    assert.equal(await item.locator('.due-viewer').textContent(), 'Mon 30 Mar 2026 17:30 JST'); // UTC+9

    // §9.1: a non-critical request is answered within 8 h of working time: Friday 15:30–16:00,
    // Monday 08:00–15:30 CEST.
    await page.selectOption('#class', 'request');
    const request = deadline(page, 'reaction', 'request');
    assert.equal(await dueLocal(request), 'Mon 30 Mar 2026 15:30 CEST');
    assert.match(await request.locator('.clause').textContent(), /§9\.1/);
    assert.equal(await deadlines(page).count(), 1);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Flying Circus Hosted over Easter: Good Friday and Easter Monday named on the timeline', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'hosted');
    await page.fill('#reported', '2026-04-02T12:00');
    // 8 h within working days 08–16: Thursday 12:00–16:00 = 4 h; Good Friday (3 April), the
    // weekend and Easter Monday (6 April) are closed; Tuesday 08:00 + 4 h = 12:00 CEST.
    const item = deadline(page, 'reaction');
    assert.equal(await dueLocal(item), 'Tue 7 Apr 2026 12:00 CEST');
    assert.equal(await item.locator('.due-utc').textContent(), '2026-04-07 10:00 UTC');
    const rows = await timelineRows(item);
    assert.deepEqual(rows.map((r) => r.day),
      ['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-07']);
    assert.deepEqual(rows.map((r) => r.closed), [null, 'Good Friday', 'weekend', 'weekend', 'Easter Monday', null]);
    assert.deepEqual(rows.map((r) => r.closedLabel), [null, 'Good Friday', 'weekend', 'weekend', 'Easter Monday', null]);
    assert.deepEqual(rows.map((r) => r.spans), [['12:00–16:00'], [], [], [], [], ['08:00–12:00']]);
    assert.equal(rows[0].report, '12:00');
    assert.equal(rows[5].due, '12:00');
    assert.match(rows[1].title, /Fri 3 Apr 2026: closed \(Good Friday\); nothing counted/);
    const explain = await item.locator('.explain li[data-code="closed"]').textContent();
    assert.match(explain, /Good Friday.*Easter Monday/);

    // Reported on Good Friday itself: the clock starts on Tuesday 08:00 and runs 8 h to 16:00.
    await page.fill('#reported', '2026-04-03T09:00');
    assert.equal(await item.locator('.clock-start').textContent(), 'Tue 7 Apr 2026 08:00 CEST');
    assert.equal(await dueLocal(item), 'Tue 7 Apr 2026 16:00 CEST');
    const fromFriday = await timelineRows(item);
    assert.equal(fromFriday[0].closed, 'Good Friday');
    assert.equal(fromFriday[0].report, '09:00');
    assert.deepEqual(fromFriday.map((r) => r.spans), [[], [], [], [], ['08:00–16:00']]);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Scope4mation Default: impact × urgency, the §3.1.1 reading, working days, best effort', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'scope4mation', 'default');
    assert.ok(await page.locator('#matrix-field').isVisible());
    assert.ok(await page.locator('#priority-field').isHidden());
    assert.equal(await text(page, '#impact-label'), 'Impact');
    assert.equal(await text(page, '#urgency-label'), 'Urgency');
    assert.match(await text(page, '#priority-result'), /Any priority/);
    // The contract's matrix (§3.1.1): urgency rows, impact columns.
    for (const [impact, urgency, level] of [['i-1', 'u-1', 'High'], ['i-3', 'u-1', 'Normal'], ['i-3', 'u-3', 'Low'],
      ['i-2', 'u-2', 'Normal']]) {
      await page.selectOption('#impact', impact);
      await page.selectOption('#urgency', urgency);
      assert.match(await text(page, '#priority-result'), new RegExp(`^Priority: ${level}\\b`), `${impact} × ${urgency}`);
    }
    assert.ok(await page.locator('#class-field').isVisible());
    assert.deepEqual(await page.locator('#class option').evaluateAll((os) => os.map((o) => o.value)), ['', 'incident', 'change']);
    assert.equal(await page.inputValue('#class'), 'incident'); // asked about incidents until the user picks a class
    await page.fill('#reported', '2026-11-23T11:00');

    // Normal, §1.2.3: 16 h within business hours Mon–Fri 10–16 (NL): Monday 11–16 = 5 h,
    // Tuesday 10–16 = 6 h, Wednesday 10:00 + 5 h = 15:00 CET.
    const response = deadline(page, 'response', 'incident', 'normal');
    assert.equal(await dueLocal(response), 'Wed 25 Nov 2026 15:00 CET');
    assert.match(await response.locator('.promise').textContent(), /16h/);
    const rows = await timelineRows(response);
    assert.deepEqual(rows.map((r) => r.spans), [['11:00–16:00'], ['10:00–16:00'], ['10:00–15:00']]);

    // Resolution: best effort, no due time and no timeline.
    const resolution = deadline(page, 'resolution', 'incident');
    assert.equal(await resolution.locator('.best-effort').textContent(), 'best effort — no deadline');
    assert.equal(await resolution.locator('.due-local').count(), 0);
    assert.equal(await resolution.locator('svg').count(), 0);
    assert.equal(await resolution.getAttribute('data-kind'), 'bestEffort');

    // The option, with its default marked and its clause and note shown.
    const option = page.locator('#opt-defaultResponseTimes');
    assert.equal(await option.inputValue(), 'section-1.2.3');
    assert.match(await option.locator('option[value="section-1.2.3"]').textContent(), /\(default\)/);
    assert.match(await text(page, 'label[for="opt-defaultResponseTimes"]'), /Incident response times/);
    assert.match(await text(page, '#opt-defaultResponseTimes-hint'), /§1\.2\.3, §3\.1\.1: .*P2 < 2 working days/);
    assert.equal(await workingDaysUnused(page), true); // no rule shown counts working days

    // §3.1.1: P2 < 2 working days, read "same time": Wednesday 11:00 CET.
    await page.selectOption('#opt-defaultResponseTimes', 'section-3.1.1');
    assert.equal(await dueLocal(response), 'Wed 25 Nov 2026 11:00 CET');
    assert.equal(await response.getAttribute('data-kind'), 'workingDays');
    assert.equal(await workingDaysUnused(page), false);
    // Read "end of day": the close of business on the second working day, Wednesday 16:00.
    await page.selectOption('#working-days', 'end-of-day');
    assert.equal(await dueLocal(response), 'Wed 25 Nov 2026 16:00 CET');
    assert.deepEqual((await timelineRows(response)).map((r) => r.spans), [['11:00–16:00'], ['10:00–16:00'], ['10:00–16:00']]);

    // Measure: response only.
    await page.selectOption('#measure', 'response');
    assert.equal(await deadlines(page).count(), 1);
    assert.equal(await deadline(page, 'resolution').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a long deadline: at most 14 timeline rows, the rest counted', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'scope4mation', 'default');
    await page.selectOption('#impact', 'i-3');
    await page.selectOption('#urgency', 'u-3');
    await page.selectOption('#class', 'change');
    await page.selectOption('#measure', 'response');
    await page.fill('#reported', '2026-11-23T11:00');
    // Change, Low: 10 working days, same time: Mon 23 Nov + 10 working days = Mon 7 Dec 11:00
    // (no Dutch holiday in between) — 15 calendar days, 23 Nov to 7 Dec.
    const item = deadline(page, 'response', 'change', 'low');
    assert.equal(await dueLocal(item), 'Mon 7 Dec 2026 11:00 CET');
    const rows = await timelineRows(item);
    assert.equal(rows.length, 15); // 13 days, the gap, the due day
    assert.equal(rows[0].day, '2026-11-23');
    assert.equal(rows[12].day, '2026-12-05');
    assert.equal(rows[13].gap, '… 1 more day');
    assert.equal(rows[14].day, '2026-12-07');
    assert.equal(rows[14].due, '11:00');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Managed 4 at 15:55: the splitReaction option', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'managed-4');
    await page.fill('#reported', '2026-11-24T15:55');
    // Default reading (report time decides): 15 min, running past 16:00 → 16:10.
    const item = deadline(page, 'reaction');
    assert.equal(await deadlines(page).count(), 1);
    assert.equal(await dueLocal(item), 'Tue 24 Nov 2026 16:10 CET');
    assert.match(await text(page, '#opt-splitReaction-hint'), /§3\.6\.1/);
    // inside-window: 15 min would end after 16:00, so the hour for other times holds → 16:55.
    await page.selectOption('#opt-splitReaction', 'inside-window');
    assert.equal(await dueLocal(item), 'Tue 24 Nov 2026 16:55 CET');
    assert.match(await item.locator('.promise').textContent(), /1h/);
    assert.deepEqual((await timelineRows(item)).map((r) => r.spans), [['15:55–16:55']]);
    const explain = await item.locator('.explain li').allTextContents();
    // Said by the reading's name in the page's language (presets/flying-circus.json), not by its id.
    assert.ok(explain.some((t) => t.includes('read as “15 minutes only if they end inside the window, else 1 hour”: the rule for ' +
      'other times applies')), explain.join('\n'));

    // A tier without response times says so.
    await page.selectOption('#tier', 'platform');
    assert.equal(await deadlines(page).count(), 0);
    assert.match(await text(page, '#status'), /states no reaction or response time/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('errors next to their fields, the typed text kept, cleared by the next valid input', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'flying-circus', 'guided-1');
    await page.fill('#reported', '2026-03-27T15:30');
    const item = deadline(page, 'reaction');
    assert.equal(await dueLocal(item), 'Mon 30 Mar 2026 10:30 CEST');

    // A closed day the core cannot read (path /closedDays/1): shown under that field.
    await page.fill('#closed-days', '2026-03-30, 24.12.');
    const error = page.locator('#closed-days-error');
    assert.ok(await error.isVisible());
    assert.match(await error.textContent(), /"24\.12\." is not a date/);
    assert.equal(await page.getAttribute('#closed-days', 'aria-invalid'), 'true');
    assert.ok((await page.getAttribute('#closed-days', 'aria-describedby')).split(/\s+/).includes('closed-days-error'));
    assert.equal(await page.inputValue('#closed-days'), '2026-03-30, 24.12.');
    assert.equal(await page.locator('#readings #closed-days-error').count(), 1);
    // The last result stays, dimmed and labelled out of date.
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    assert.match(await text(page, '#status'), /out of date/i);
    assert.equal(await dueLocal(item), 'Mon 30 Mar 2026 10:30 CEST');
    const opacity = await page.locator('#deadline-list').evaluate((e) => Number(getComputedStyle(e).opacity));
    assert.ok(opacity < 1, `opacity ${opacity}`);

    // Fixed: Monday 30 March closed too → the 2 h 30 min move to Tuesday.
    await page.fill('#closed-days', '2026-03-30');
    assert.ok(await error.isHidden());
    assert.equal(await page.getAttribute('#closed-days', 'aria-invalid'), null);
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await dueLocal(item), 'Tue 31 Mar 2026 10:30 CEST');
    const rows = await timelineRows(item);
    assert.deepEqual(rows.map((r) => r.closed), [null, 'weekend', 'weekend', 'custom closed day', null]);
    assert.deepEqual(rows.map((r) => r.spans), [['15:30–16:00'], [], [], [], ['08:00–10:30']]);
    await page.fill('#closed-days', '');

    // A report time out of the core's range (/reported), then a time zone it does not know (/viewerZone).
    await page.fill('#reported', '2300-01-01T10:00');
    assert.ok(await page.locator('#reported-error').isVisible());
    assert.match(await text(page, '#reported-error'), /1900–2189/);
    assert.equal(await page.inputValue('#reported'), '2300-01-01T10:00');
    // An emptied (or half-typed) date and time: the page's own message, on the same field.
    await page.fill('#reported', '');
    assert.match(await text(page, '#reported-error'), /Enter the date and time/);
    await page.fill('#reported', '2026-03-27T15:30');
    assert.ok(await page.locator('#reported-error').isHidden());
    await page.fill('#viewer-zone', 'Mars/Olympus_Mons');
    assert.ok(await page.locator('#viewer-zone-error').isVisible());
    assert.match(await text(page, '#viewer-zone-error'), /unknown time zone "Mars\/Olympus_Mons"/);
    assert.equal(await page.inputValue('#viewer-zone'), 'Mars/Olympus_Mons');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    await page.fill('#viewer-zone', 'Europe/London');
    assert.ok(await page.locator('#viewer-zone-error').isHidden());
    assert.equal(await item.locator('.due-viewer').textContent(), 'Mon 30 Mar 2026 09:30 BST');

    // Impact without urgency: the core's error lands on the urgency select.
    await choose(page, 'scope4mation', 'default');
    await page.selectOption('#impact', 'i-2');
    assert.ok(await page.locator('#urgency-error').isVisible());
    assert.equal(await page.getAttribute('#urgency', 'aria-invalid'), 'true');
    await page.selectOption('#urgency', 'u-2');
    assert.ok(await page.locator('#urgency-error').isHidden());
    assert.match(await text(page, '#priority-result'), /Normal/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a browser time zone the core does not know: no viewer zone, said under the field', async () => {
  const { page, context, log } = await openPage({ timezoneId: 'Pacific/Honolulu' });
  try {
    assert.equal(await page.inputValue('#viewer-zone'), '');
    assert.match(await text(page, '#viewer-zone-hint'), /Pacific\/Honolulu.*not one slacalc knows/);
    assert.ok(await page.locator('#viewer-zone-error').isHidden());
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    assert.equal(await page.locator('.due-viewer').count(), 0);
    assert.ok(await page.locator('.due-local').count() >= 1);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('keyboard: Tab reaches the controls; "Now" and the timeline work from the keyboard', async () => {
  const { page, context } = await openPage();
  try {
    const seen = [];
    for (let i = 0; i < 40 && !seen.includes('closed-days'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    for (const id of ['profile', 'tier', 'measure', 'reported', 'reported-now', 'viewer-zone', 'working-days', 'closed-days']) {
      assert.ok(seen.includes(id), `${id} in ${seen.join(',')}`);
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await page.fill('#reported', '2026-03-27T15:30');
    await page.focus('#reported-now');
    await page.keyboard.press('Enter');
    assert.notEqual(await page.inputValue('#reported'), '2026-03-27T15:30');
    // The timeline scrolls sideways on small screens: its box takes the focus.
    assert.equal(await page.locator('.timeline-scroll').first().getAttribute('tabindex'), '0');
  } finally {
    await context.close();
  }
});

test('layout: screenshots at 1280 and 375 px, no overflow at 320 px', () =>
  checkLayout(openPage, {
    name: 'deadline', shotDir, scrollBox: '.timeline-scroll',
    async stress(page) {  // every Scope4mation deadline, then an error shown (the readings start collapsed on phones)
      if (!(await page.locator('#closed-days').isVisible())) await page.click('#readings > summary');
      await choose(page, 'scope4mation', 'default');
      await page.fill('#reported', '2026-11-23T11:00');
      await page.fill('#viewer-zone', 'America/Argentina/Buenos_Aires');
      await page.fill('#closed-days', '2026-11-24 24.12.');
    },
  }));

test('only same-origin requests, no console errors, no CSP violations; nav between the pages', async () => {
  const { page, context, log } = await openPage();
  try {
    await choose(page, 'scope4mation', 'extended');
    await page.fill('#closed-days', '2026-12-24');
    await page.selectOption('#working-days', 'end-of-day');
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/deadline.html', '/locales/en/deadline.json', '/style.css',
        '/slacalc-deadline.mjs', '/slacalc-deadline.wasm']);

    // The shared navigation: every page links to the others.
    await page.click('.site-nav a[href="./"]');
    await page.waitForSelector('body[data-ready="1"]');
    assert.equal(await page.locator('.site-nav a[href="deadline.html"]').count(), 1);
    await page.click('.site-nav a[href="compare.html"]');
    await page.waitForSelector('body[data-ready="1"]');
    await page.click('.site-nav a[href="deadline.html"]');
    await page.waitForSelector('body[data-ready="1"]');
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'deadline.html');
    assert.ok(await deadlines(page).count() >= 1);
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

test('in German, Dutch and Danish: the page\'s words, and the dates, times and durations it writes, as each language does', async () => {
  // German from ?lang=, Dutch and Danish from the browser's language. Guided 1 from Friday 27 March 2026 15:30
  // (as in the first test): due Monday 30 March 10:30 CEST = 08:30 UTC, 3 h counted, 2 d 18 h elapsed.
  const spaced = (s) => s.replace(/\s/g, ' ');  // Intl's units: a space or a no-break space, by ICU version
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { h2: 'Die Meldung', results: 'Fällig', nav: 'Reaktion fällig', tier: 'Tarif', measure: 'Reaktion',
      utc: '30.03.2026 08:30 UTC', elapsed: '3 Std. Servicezeit, 2 Tg. 18 Std. nach der Meldung',
      row: 'Fr. 27.03.2026: gemeldet 15:30; gezählt 15:30–16:00 (30 Min.)', weekend: 'Wochenende',
      axis: '06:00', legend: 'gezählte Zeit' }],
    [{ locale: 'nl-NL' }, { h2: 'De melding', results: 'Uiterlijk', nav: 'Reactie verschuldigd', tier: 'Niveau',
      measure: 'Reactie', utc: '30-03-2026 08:30 UTC', elapsed: '3 uur binnen het servicevenster, 2 dagen 18 uur na de melding',
      row: 'vr 27-03-2026: gemeld 15:30; geteld 15:30–16:00 (30 min)', weekend: 'weekend', axis: '06:00',
      legend: 'getelde tijd' }],
    [{ locale: 'da-DK' }, { h2: 'Anmeldelsen', results: 'Forfalder', nav: 'Svar forfalder', tier: 'Niveau', measure: 'Reaktion',
      utc: '30.03.2026 08.30 UTC', elapsed: '3 t. af servicevinduets tid, 2 dage 18 t. efter anmeldelsen',
      row: 'fre. 27.03.2026: anmeldt 15.30; talt 15.30–16.00 (30 min.)', weekend: 'weekend', axis: '06.00',
      legend: 'talt tid' }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser, new URL(`deadline.html${how.query ?? ''}`, site.baseUrl).href,
      { timezoneId: 'America/New_York', ...(how.locale ? { locale: how.locale } : {}) });
    try {
      assert.equal(await page.getAttribute('html', 'lang'), how.query ? 'de' : how.locale.slice(0, 2));
      assert.equal(await text(page, '#inputs-title'), expected.h2);
      assert.equal(await text(page, '#results-title'), expected.results);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      assert.equal(await text(page, 'label[for="tier"]'), expected.tier);
      await choose(page, 'flying-circus', 'guided-1');
      await page.fill('#reported', '2026-03-27T15:30');
      assert.equal(await page.locator('#measure option[value="reaction"]').textContent(), expected.measure);
      const item = deadline(page, 'reaction');
      assert.equal(await item.locator('.due-utc').textContent(), expected.utc);
      assert.equal(spaced(await item.locator('.elapsed').textContent()), expected.elapsed);
      const rows = await timelineRows(item);
      assert.deepEqual(rows.map((r) => r.spans), [['15:30–16:00'], [], [], ['08:00–10:30']]);  // geometry, not text
      assert.equal(spaced(rows[0].title), expected.row);
      assert.deepEqual(rows.map((r) => r.closedLabel), [null, expected.weekend, expected.weekend, null]);
      assert.equal(await item.locator('.axis text').nth(1).textContent(), expected.axis);
      assert.match(await item.locator('.timeline-legend').textContent(), new RegExp(`^${expected.legend}`));
      // No English of the page's own left (the core's explanations aside): headings, labels, options, the due
      // list's terms, the legend.
      const own = (await page.locator('.tagline, h2, #deadline-form label:not(#options label), #readings > summary, ' +
        '#notes > summary, #working-days option, #measure option, .due dt, .elapsed, .timeline-legend, #priority-result')
        .allTextContents()).join('\n');
      for (const english of ['When is the response due', 'The report', 'Reported at', 'My time zone',
        'Readings of the contract', 'working days', 'The same time', 'Other closed days', 'Calendar and zone notes',
        'All measures', 'Provider time', 'Your time', 'Counted', 'after the report', 'counted time', 'closed day', 'hours of']) {
        assert.ok(!own.includes(english), `"${english}" in ${how.query ?? how.locale}:\n${own}`);
      }
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});

// ---------------------------------------------------------------- ids stay in the JSON

/** The presets with options a deadline can turn on (monthBasis is the budgets', not offered here). */
const presetsWithOptions = readdirSync(path.join(root, 'presets')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(root, 'presets', f), 'utf8')))
  .filter((p) => Object.keys(p.options ?? {}).some((id) => id !== 'monthBasis'));

/**
 * Every id a person must not read: the presets' option ids and their choices (monthBasis's
 * choices aside: "calendar" is a word), and the choices the core itself reads — the working-day
 * readings, the Dutch holiday options, the readings of a local time the clocks skip.
 */
const hiddenIds = [...new Set([
  ...presetsWithOptions.flatMap((p) => Object.entries(p.options)
    .flatMap(([id, o]) => [id, ...(id === 'monthBasis' ? [] : o.choices)])),
  'same-time', 'end-of-day', 'workingDayRule', 'liberationDay', 'goodFriday', 'every-year', 'lustrum',
  'disambiguation', 'compatible',
])];
const idPattern = new RegExp(`(^|[^\\w-])(${hiddenIds.map((id) => id.replace(/[.]/g, '\\.')).join('|')})(?![\\w-])`);

/** All the page says: its text with every <details> open, the options' texts, and what attributes say. */
const pageWords = (page) => page.evaluate(() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
    .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
  return [document.title, document.body.innerText, ...[...document.querySelectorAll('option, title, desc')]
    .map((o) => o.textContent), ...attributes].join('\n');
});

test('no option id or choice id is shown, in any language, for any choice of the presets with options', async () => {
  assert.ok(presetsWithOptions.map((p) => p.id).includes('scope4mation'));
  assert.ok(hiddenIds.includes('section-1.2.3') && hiddenIds.includes('inside-window'));
  for (const lang of ['en', 'de', 'nl', 'da']) {
    const { page, context, log } = await openPageAt(site.browser, new URL(`deadline.html?lang=${lang}`, site.baseUrl).href,
      { timezoneId: 'UTC' });
    try {
      for (const preset of presetsWithOptions) {
        for (const tier of preset.tiers.filter((t) => (t.response ?? []).length)) {
          await choose(page, preset.id, tier.id);
          // A report at 15:55 (just before Managed 4's window closes) and one the clocks skip (29 March, 02:30).
          for (const reported of ['2026-11-23T15:55', '2026-03-29T02:30']) {
            await page.fill('#reported', reported);
            for (const [id, option] of Object.entries(preset.options).filter(([id]) => id !== 'monthBasis')) {
              const labels = await page.locator(`#opt-${id} option`).allTextContents();
              assert.equal(labels.length, option.choices.length, `${lang} ${id}`);
              for (const choice of [...option.choices].reverse()) {
                await page.selectOption(`#opt-${id}`, choice);
                for (const rule of ['end-of-day', 'same-time']) {
                  await page.selectOption('#working-days', rule);
                  const words = await pageWords(page);
                  const hit = idPattern.exec(words);
                  assert.equal(hit?.[2], undefined, `${lang} ${preset.id}/${tier.id} ${id}=${choice} ${reported}: ` +
                    `"${hit?.[2]}" in …${words.slice(Math.max(0, (hit?.index ?? 0) - 80), (hit?.index ?? 0) + 80)}…`);
                }
              }
            }
          }
        }
      }
      assert.deepEqual(log.errors, []); // a text missing in the language would be a console error
    } finally {
      await context.close();
    }
  }
});

test('each option and choice is named in the page\'s language, the id kept as the value', async () => {
  // The preset's own words for its option (presets/scope4mation.json), as the page must show them.
  const option = presetsWithOptions.find((p) => p.id === 'scope4mation').options.defaultResponseTimes;
  /** The page's mark of the default, from its locale file: "{choice} (default)". */
  const marked = (lang, choice) => JSON.parse(readFileSync(path.join(root, 'web/locales', lang, 'deadline.json'), 'utf8'))[
    'deadline.optionDefault'].replace('{choice}', choice);
  const expected = {
    en: { label: option.label, choices: option.choices.map((c) => option.choiceLabels[c]) },
    ...Object.fromEntries(['de', 'nl', 'da'].map((lang) => [lang, { label: option.translations[lang].label,
      choices: option.choices.map((c) => option.translations[lang].choiceLabels[c]) }])),
  };
  assert.match(expected.de.label, /Störungen/); // the translation is there, not the English again
  for (const [lang, words] of Object.entries(expected)) {
    const { page, context, log } = await openPageAt(site.browser, new URL(`deadline.html?lang=${lang}`, site.baseUrl).href);
    try {
      await choose(page, 'scope4mation', 'default');
      assert.equal(await text(page, 'label[for="opt-defaultResponseTimes"]'), words.label);
      const shown = await page.locator('#opt-defaultResponseTimes option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
      assert.deepEqual(shown, [['section-1.2.3', marked(lang, words.choices[0])], ['section-3.1.1', words.choices[1]]]);
      assert.match(await text(page, '#opt-defaultResponseTimes-hint'),
        new RegExp(`^§1\\.2\\.3, §3\\.1\\.1: ${(lang === 'en' ? option.note : option.translations[lang].note).slice(0, 20)}`));
      // The explanation of a rule chosen by the option names the choice by its label.
      await page.selectOption('#opt-defaultResponseTimes', 'section-3.1.1');
      const lines = await page.locator('li.deadline [data-code="option"]').allTextContents();
      assert.ok(lines.length > 0 && lines.every((l) => l.includes(words.choices[1])), lines.join('\n'));
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('"Reported" and each due time are said once when my zone is UTC or the contract\'s', async () => {
  const { page, context, log } = await openPage({ timezoneId: 'UTC' });
  try {
    await choose(page, 'flying-circus', 'guided-1');
    await page.fill('#reported', '2026-03-27T15:30'); // 15:30 CET = 14:30 UTC; due Monday 10:30 CEST = 08:30 UTC
    const item = deadline(page, 'reaction');
    for (const zone of ['UTC', 'Etc/UTC']) {
      await page.fill('#viewer-zone', zone);
      const line = await text(page, '#reported-line');
      assert.equal(line.match(/14:30/g)?.length, 1, line);
      assert.doesNotMatch(line, /your time/);
      assert.equal(await item.locator('.due-viewer').count(), 0);
      assert.equal(await item.locator('.due-utc').textContent(), '2026-03-30 08:30 UTC');
    }
    await page.fill('#viewer-zone', 'Europe/Berlin');
    const line = await text(page, '#reported-line');
    assert.equal(line.match(/15:30/g)?.length, 1, line);
    assert.match(line, /14:30 UTC/);
    assert.equal(await item.locator('.due-viewer').count(), 0);
    assert.equal(await dueLocal(item), 'Mon 30 Mar 2026 10:30 CEST');
    await page.fill('#viewer-zone', 'America/New_York'); // a zone of its own: three clocks
    assert.match(await text(page, '#reported-line'), /15:30 CET.*10:30 EDT your time.*14:30 UTC/);
    assert.equal(await item.locator('.due-viewer').textContent(), 'Mon 30 Mar 2026 04:30 EDT');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
