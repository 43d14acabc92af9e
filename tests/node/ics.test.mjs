// Closed days as iCalendar files against ical.js (Mozilla's parser and
// recurrence engine, npm): closedDaysIcs's files parse there to exactly the
// days listed, and parseClosedDays expands yearly rules to the days ical.js
// expands them to. The fixture's days are worked out by hand
// (tests/fixtures/calendars/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { random } from './requests.mjs';
import { importSite, root } from './site.mjs';

const { createSlaCalc, SlaError } = await importSite('slacalc.mjs');
const sla = await createSlaCalc();
const fixture = (name) => readFile(path.join(root, 'tests/fixtures/calendars', name), 'utf8');

const iso = (t) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/** Every day ical.js says the file's events close in the years from–to. */
function icalDays(text, from, to) {
  const days = new Set();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    if (vevent.getFirstPropertyValue('status') === 'CANCELLED') continue;
    const event = new ICAL.Event(vevent);
    const length = event.endDate ? event.endDate.subtractDate(event.startDate).toSeconds() / 86400 : 1;
    const it = event.iterator();
    for (let start = it.next(); start && start.year <= to; start = it.next()) {
      for (let i = 0; i < length; i++) {
        const day = start.clone();
        day.adjust(i, 0, 0, 0);
        if (day.year >= from && day.year <= to) days.add(iso(day));
      }
    }
  }
  return [...days].sort();
}

test('the provider fixture: the days worked out by hand, and the same as ical.js', async () => {
  const text = await fixture('provider-closed-days.ics');
  const r = sla.parseClosedDays({ ics: text, from: 2026, to: 2027 });
  assert.deepEqual(r.closedDays, ['2026-06-12', '2026-09-04', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30',
    '2026-12-31', '2027-01-02', '2027-09-03', '2027-12-24', '2027-12-31']);
  assert.deepEqual(r.closedDays, icalDays(text, 2026, 2027));
  assert.equal(r.cancelled, 1);
  assert.equal(r.yearly, 4);
  assert.equal(r.days.find((d) => d.date === '2026-12-29').name, 'Betriebsferien zwischen den Jahren');
});

// A yearly event whose rule gives its DTSTART (RFC 5545 §3.3.10 leaves any
// other undefined, and parseClosedDays refuses it): the rule's parts are
// read off the start day, with more months, counts and ends at random.
// Three shapes ical.js 2.2 expands against the RFC are left to the doctest
// (tests/core/closed_days_test.cpp), which checks them against the RFC's own
// examples and a printed calendar: an nth weekday of the year (BYDAY=20MO
// without BYMONTH: ical.js gives every Monday from the 20th), a day counted
// from the month's end (BYMONTHDAY=-19: ical.js misses INTERVAL and counts
// April's from a 31-day month), and days a year lacks (29 February, 31
// November: §3.3.10 ignores them, ical.js moves them to 1 March or 1
// December). So the days drawn here are 1–28, counted from the start.
function yearlyEvent(rnd) {
  const pick = (n) => Math.floor(rnd() * n);
  const pad = (n) => String(n).padStart(2, '0');
  const year = 2020 + pick(7), month = 1 + pick(12), day = 1 + pick(28);
  const date = new Date(Date.UTC(year, month - 1, day));
  const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][date.getUTCDay()];
  const parts = ['FREQ=YEARLY'];
  if (rnd() < 0.3) parts.push(`INTERVAL=${1 + pick(3)}`);
  if (rnd() < 0.25) parts.push(`COUNT=${1 + pick(8)}`);
  else if (rnd() < 0.25) parts.push(`UNTIL=${2026 + pick(3)}${pad(1 + pick(12))}${pad(1 + pick(28))}`);
  const byMonth = rnd() < 0.6;
  if (byMonth) parts.push(`BYMONTH=${[month, ...(rnd() < 0.4 ? [1 + pick(12)] : [])].join(',')}`);
  const kind = byMonth ? pick(4) : pick(2);
  const fromEnd = rnd() < 0.4;
  if (kind === 1) parts.push(`BYMONTHDAY=${day}`);
  if (kind === 2) {
    const nth = fromEnd ? -Math.floor((monthLength - day) / 7) - 1 : Math.floor((day - 1) / 7) + 1;
    parts.push(`BYDAY=${nth}${weekday}`);
  }
  if (kind === 3) parts.push(`BYDAY=${weekday}`);
  const length = rnd() < 0.2 ? 2 + pick(3) : 1;
  const start = `${year}${pad(month)}${pad(day)}`;
  const end = new Date(Date.UTC(year, month - 1, day + length)).toISOString().slice(0, 10).replaceAll('-', '');
  const exdate = rnd() < 0.2 ? `EXDATE;VALUE=DATE:${2026 + pick(3)}${pad(month)}${pad(day)}\r\n` : '';
  return `BEGIN:VEVENT\r\nUID:${start}-${parts.join('-')}\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n` +
    `RRULE:${parts.join(';')}\r\n${exdate}END:VEVENT\r\n`;
}

test('400 generated yearly events expand to the days ical.js expands them to (2026–2028)', () => {
  const rnd = random(20261206).next;  // seeded, so a failure names its case
  let compared = 0;
  for (let i = 0; i < 400; i++) {
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${yearlyEvent(rnd)}END:VCALENDAR\r\n`;
    let r;
    try {
      r = sla.parseClosedDays({ ics: text, from: 2026, to: 2028 });
    } catch (e) {
      // An UNTIL before DTSTART is refused (ical.js gives no day, not even DTSTART's).
      const [, start] = /DTSTART;VALUE=DATE:(\d{8})/.exec(text), [, until] = /UNTIL=(\d{8})/.exec(text) ?? [];
      assert.ok(e.code === 'inverted_range' && until < start, text);
      continue;
    }
    assert.deepEqual(r.closedDays, icalDays(text, 2026, 2028), text);
    compared += 1;
  }
  assert.ok(compared > 300, `${compared} compared`);
});

test('closedDaysIcs: ical.js reads one all-day event per listed day, and parseClosedDays reads it back', () => {
  const rnd = random(5545).next;
  for (const calendar of ['DE', 'DE-ST', 'DE-BY', 'NL', 'DK', 'none']) {
    for (const year of [2024, 2026, 2028]) {
      const own = Array.from({ length: 3 }, () =>
        new Date(Date.UTC(year, 0, 1 + Math.floor(rnd() * 400))).toISOString().slice(0, 10));
      const r = sla.closedDaysIcs({ calendar, year, closedDays: own });
      const holidays = sla.holidays({ calendar, year }).holidays.map((h) => h.date);
      const expected = [...new Set([...holidays, ...own.filter((d) => d.startsWith(String(year)))])].sort();
      assert.deepEqual(r.days.map((d) => d.date), expected, `${calendar} ${year}`);
      const events = new ICAL.Component(ICAL.parse(r.ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.deepEqual(events.map((e) => iso(e.startDate)), expected);
      for (const [i, e] of events.entries()) {
        assert.ok(e.startDate.isDate && e.endDate.isDate, 'all-day');
        assert.equal(e.endDate.subtractDate(e.startDate).toSeconds(), 86400);
        assert.equal(e.summary, r.days[i].name);
      }
      assert.equal(new Set(events.map((e) => e.uid)).size, events.length, 'unique UIDs');
      assert.deepEqual(sla.parseClosedDays({ ics: r.ics }).closedDays, expected);
    }
  }
});

test('the fixtures that cannot be closed days: their lines, and the instance keeps working', async () => {
  const timed = await fixture('timed-event.ics');
  assert.throws(() => sla.parseClosedDays({ ics: timed }),
    (e) => e instanceof SlaError && e.code === 'timed_event' && e.line === 11 && e.path === '/ics' &&
      e.message.startsWith('line 11: the event "Silvester ab Mittag geschlossen" has a time of day'));
  const skipped = sla.parseClosedDays({ ics: timed, timedEvents: 'skip' });
  assert.deepEqual(skipped.closedDays, ['2026-12-24']);
  assert.deepEqual(skipped.timedSkipped, [11]);
  const weekly = await fixture('weekly-rule.ics');
  assert.throws(() => sla.parseClosedDays({ ics: weekly, from: 2026, to: 2026, lang: 'de' }),
    (e) => e.code === 'unsupported_rule' && e.line === 6 && e.message.startsWith('Zeile 6: FREQ=WEEKLY'));
  assert.equal(sla.parseClosedDays({ ics: await fixture('provider-closed-days.ics'), from: 2027, to: 2027 }).closedDays.length, 4);
});
