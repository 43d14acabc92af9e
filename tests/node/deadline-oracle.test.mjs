// Deadlines through the built wasm module against an independent clock: step
// minute by minute from the report, ask Intl for the wall clock in the
// contract's zone and date-holidays for the public holidays, and count the
// open minutes. Both sides see the same contract windows (Flying Circus
// §3.4–§3.6.1, Scope4mation §1.2.2) and nothing else of each other.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import { importSite } from './site.mjs';

let sla, SlaError;
before(async () => {
  const mod = await importSite('slacalc.mjs');
  SlaError = mod.SlaError;
  sla = await mod.createSlaCalc();
});

const WEEKDAY = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

function wallClock(zone) {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return (ms) => {
    const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, weekday: WEEKDAY[p.weekday], minute: Number(p.hour) * 60 + Number(p.minute) };
  };
}

function holidaySet(country, state) {
  const hd = state ? new Holidays(country, state) : new Holidays(country);
  const days = new Set();
  for (const year of [2026, 2027, 2028])
    for (const h of hd.getHolidays(year)) if (h.type === 'public') days.add(h.date.slice(0, 10));
  return days;
}

// open(wall) for "days first–last, HH–HH", optionally closed on holidays.
function windowOf(firstDay, lastDay, fromHour, toHour, holidays) {
  return (w) => w.weekday >= firstDay && w.weekday <= lastDay && w.minute >= fromHour * 60 && w.minute < toHour * 60 &&
    !(holidays && holidays.has(w.date));
}

function oracleDue(reportMs, minutes, open, clock) {
  let t = reportMs, left = minutes;
  while (left > 0) {
    if (open(clock(t))) left -= 1;
    t += 60_000;
  }
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

// Deterministic reports over 2026–2027 on whole minutes, in UTC.
function* reports(count, seed) {
  let x = seed;
  const start = Date.UTC(2026, 0, 1), minutes = 2 * 365 * 1440;
  for (let i = 0; i < count; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield start + (x % minutes) * 60_000;
  }
}

test('Flying Circus reaction deadlines agree with the minute-stepping oracle', () => {
  const berlin = wallClock('Europe/Berlin');
  const st = holidaySet('DE', 'ST');
  const cases = [
    ['guided-1', 180, windowOf(0, 4, 8, 16, st)],    // §3.5.1: 3 h, working days 08–16
    ['hosted', 480, windowOf(0, 4, 8, 16, st)],      // §3.4: 8 h of working time
    ['guided-2', 60, windowOf(0, 6, 7, 21, null)],   // §3.5.1: 1 h, Mon–Sun 07–21
  ];
  for (const [tier, minutes, open] of cases) {
    for (const ms of reports(40, tier.length * 7919)) {
      const reported = new Date(ms).toISOString().replace('.000Z', 'Z');
      const result = sla.deadline({ profile: 'flying-circus', tier, reported });
      assert.equal(result.deadlines.length, 1);
      assert.equal(result.deadlines[0].due.utc, oracleDue(ms, minutes, open, berlin), `${tier} reported ${reported}`);
    }
  }
});

test('Managed 4: 15 minutes for reports inside working days 08–16, 1 hour otherwise (§3.6.1)', () => {
  const berlin = wallClock('Europe/Berlin');
  const inside = windowOf(0, 4, 8, 16, holidaySet('DE', 'ST'));
  for (const ms of reports(60, 4242)) {
    const reported = new Date(ms).toISOString().replace('.000Z', 'Z');
    const minutes = inside(berlin(ms)) ? 15 : 60;
    const due = new Date(ms + minutes * 60_000).toISOString().replace('.000Z', 'Z');
    assert.equal(sla.deadline({ profile: 'flying-circus', tier: 'managed-4', reported }).deadlines[0].due.utc, due, reported);
  }
});

test('Scope4mation Extended: incident response per priority in business hours 08–17, Dutch holidays closed', () => {
  const amsterdam = wallClock('Europe/Amsterdam');
  // §1.2.3 Extended: High 4 h, Normal 4 h, Low 8 h. Dutch holidays as the
  // Algemene termijnenwet art. 3 lists them: date-holidays' public ones, and
  // 5 May and Good Friday, which it types 'school' (options liberationDay,
  // goodFriday: counted by default).
  const nl = holidaySet('NL');
  for (const day of ['2026-05-05', '2027-05-05', '2028-05-05', '2026-04-03', '2027-03-26', '2028-04-14']) nl.add(day);
  const open = windowOf(0, 4, 8, 17, nl);
  for (const [priority, minutes] of [['high', 240], ['low', 480]]) {
    for (const ms of reports(30, minutes)) {
      const reported = new Date(ms).toISOString().replace('.000Z', 'Z');
      const result = sla.deadline({ profile: 'scope4mation', tier: 'extended', reported, measure: 'response',
        class: 'incident', priority });
      assert.equal(result.deadlines[0].due.utc, oracleDue(ms, minutes, open, amsterdam), `${priority} ${reported}`);
    }
  }
});

test('bad input fails with a path and the instance keeps working', () => {
  assert.throws(() => sla.deadline({ profile: 'flying-circus', tier: 'guided-1', reported: '27.03.2026 15:30' }),
    (e) => e instanceof SlaError && e.code === 'invalid_format' && e.path === '/reported');
  assert.throws(() => sla.deadline({ window: { weekly: { mon: ['09:00-10:00'] } }, time: '1000h', reported: '2026-01-05T09:00' }),
    (e) => e.code === 'unreachable' && e.path === '/time');
  const again = sla.deadline({ window: { weekly: { 'mon-fri': ['09:00-17:00'] } }, timeZone: 'Europe/Berlin', time: '1h',
    reported: '2026-11-20T16:30' });
  assert.equal(again.deadlines[0].due.local, '2026-11-23T09:30:00+01:00');
});

test('windowBudget: Guided 1 in April 2026 counts 20 working days × 8 h', () => {
  const r = sla.windowBudget({ profile: 'flying-circus', tier: 'guided-1', month: '2026-04' });
  assert.equal(r.commitments[0].windowHours.hours, '160');
  assert.equal(r.commitments[0].readings.find((x) => x.id === 'window').budget.exact, String(0.005 * 160 * 3600));
});
