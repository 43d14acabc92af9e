// Holiday calendars through the built wasm module against an independent
// implementation: the npm package date-holidays (its 'public' holidays only),
// every day of 2000–2040 for DE, the 16 German states, NL and DK.
//
// The test calls the core's one entry point, call(name, json), so it can
// also compare the bytes with the native CLI, as cli-agreement does.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Holidays from 'date-holidays';
import { importSite, siteDir, nativeCli } from './site.mjs';

const FROM = 2000, TO = 2040;
const STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
const CALENDARS = ['DE', ...STATES.map((s) => `DE-${s}`), 'NL', 'DK'];

// Intentional differences, each with its reason: "calendar date side" →
// reason, where side names the implementation that lists the day. Anything
// not here fails the test, and so does an entry that no longer occurs.
// Easter Sunday (anonymous Gregorian algorithm), for Good Friday below.
function easter(y) {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(y, month - 1, day);
}
const years = Array.from({ length: TO - FROM + 1 }, (_, i) => FROM + i);
const ascensionOnMay5 = (y) => easter(y) + 39 * 86400000 === Date.UTC(y, 4, 5);
const ALLOWED = new Map([
  // The Algemene termijnenwet art. 3 lists "de vijfde mei" among the
  // algemeen erkende feestdagen (lid 1) and puts Goede Vrijdag on a par with
  // them (lid 2); slacalc counts both by default (options liberationDay
  // "every-year", goodFriday true), date-holidays types both 'school'. Not
  // here: 2005 and 2016, when 5 May was Ascension Day, a public holiday in both.
  ...years.filter((y) => !ascensionOnMay5(y)).map((y) => [
    `NL ${y}-05-05 slacalc`, 'Liberation Day, Algemene termijnenwet art. 3 lid 1 (option liberationDay, default "every-year")',
  ]),
  ...years.map((y) => [
    `NL ${new Date(easter(y) - 2 * 86400000).toISOString().slice(0, 10)} slacalc`,
    'Good Friday, Algemene termijnenwet art. 3 lid 2 (option goodFriday, default true)',
  ]),
]);

// Not differences, because both leave them out, but choices worth knowing:
// regional holidays (Assumption in Catholic Bavarian communities, Augsburg's
// 8 August, Corpus Christi in parts of Saxony and Thuringia) are not
// state-wide — date-holidays has them only in its sub-regions (BY-A, BY-KATH,
// SN-BZ, TH-EIC, ...), which are not compared; DK Grundlovsdag and
// Christmas Eve are 'observance' there and not listed here.

let core;
before(async () => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
});

function call(request) {
  const { ok, body } = core.call('holidays', JSON.stringify(request));
  const value = JSON.parse(body);
  assert.ok(ok, `${JSON.stringify(request)} → ${body}`);
  return value;
}

function oracleDates(calendar) {
  const [country, state] = calendar.split('-');
  const hd = state ? new Holidays(country, state) : new Holidays(country);
  const dates = new Map();
  for (let y = FROM; y <= TO; y += 1) {
    for (const h of hd.getHolidays(y)) {
      if (h.type !== 'public') continue;
      const date = h.date.slice(0, 10);  // "2026-01-01 00:00:00", local to the country
      dates.set(date, [...(dates.get(date) ?? []), h.name]);
    }
  }
  return dates;
}

test(`every public holiday ${FROM}–${TO} agrees with date-holidays, except the allow-list`, () => {
  const unexpected = [];
  const used = new Set();
  for (const calendar of CALENDARS) {
    const ours = new Map(call({ calendar, from: FROM, to: TO }).holidays.map((h) => [h.date, h.name]));
    const theirs = oracleDates(calendar);
    const differ = (date, side, name) => {
      const key = `${calendar} ${date} ${side}`;
      if (ALLOWED.has(key)) used.add(key);
      else unexpected.push(`${key}: ${name}`);
    };
    for (const [date, name] of ours) if (!theirs.has(date)) differ(date, 'slacalc', name);
    for (const [date, names] of theirs) if (!ours.has(date)) differ(date, 'date-holidays', names.join(' / '));
    assert.ok(ours.size >= 8 * (TO - FROM + 1), `${calendar}: only ${ours.size} days`);  // 9+ a year, some shared
  }
  assert.deepEqual(unexpected, [], 'differences not in the allow-list');
  assert.deepEqual([...ALLOWED.keys()].filter((k) => !used.has(k)), [], 'allow-list entries that no longer occur');
});

test('one entry per day, sorted, with the Flying Circus calendar as the law lists it', () => {
  for (const calendar of CALENDARS) {
    const dates = call({ calendar, from: FROM, to: TO }).holidays.map((h) => h.date);
    assert.deepEqual(dates, [...new Set(dates)].sort(), calendar);
  }
  const st = call({ calendar: 'DE-ST', year: 2026 });
  assert.deepEqual(st.holidays.map((h) => `${h.date.slice(5)} ${h.localName}`), [
    '01-01 Neujahr', '01-06 Heilige Drei Könige', '04-03 Karfreitag', '04-06 Ostermontag',
    '05-01 Tag der Arbeit', '05-14 Christi Himmelfahrt', '05-25 Pfingstmontag',
    '10-03 Tag der Deutschen Einheit', '10-31 Reformationstag', '12-25 1. Weihnachtstag',
    '12-26 2. Weihnachtstag',
  ]);
  assert.equal(st.explain[0].code, 'holiday-calendar');
});

test('NL options change exactly the days they name', () => {
  const days = (options) => call({ calendar: 'NL', from: FROM, to: TO, options }).holidays;
  const law = days({});
  const practice = days({ liberationDay: 'lustrum', goodFriday: false });
  const only = (list, id) => list.filter((h) => h.id.split('+').includes(id)).length;
  assert.equal(only(law, 'liberation-day'), TO - FROM + 1);
  assert.equal(only(practice, 'liberation-day'), 9);
  assert.equal(only(law, 'good-friday'), TO - FROM + 1);
  assert.equal(only(practice, 'good-friday'), 0);
  // One more entry a year for Good Friday, and for 5 May outside lustrum years unless it is Ascension Day.
  const liberationEntries = years.filter((y) => y % 5 !== 0 && !ascensionOnMay5(y)).length;
  assert.equal(law.length - practice.length, liberationEntries + (TO - FROM + 1));
});

test('errors carry a code and a JSON pointer; the instance stays usable', () => {
  const failure = (request) => {
    const { ok, body } = core.call('holidays', JSON.stringify(request));
    assert.equal(ok, false);
    const { code, path: where } = JSON.parse(body);
    return `${code} ${where}`;
  };
  assert.equal(failure({ calendar: 'Germany', year: 2026 }), 'unknown_value /calendar');
  assert.equal(failure({ calendar: 'DE', year: 1899 }), 'out_of_range /year');
  assert.equal(failure({ calendar: 'DE', year: 2026, mood: 1 }), 'unknown_field /mood');
  assert.equal(failure({ calendar: 'DE', from: 1900, to: 2200 }), 'out_of_range /to');
  assert.equal(call({ calendar: 'DK', year: 2024 }).holidays.length, 10);
});

test('native CLI and wasm agree byte for byte', () => {
  for (const request of [{ calendar: 'DE-SN', from: 1990, to: 2030 }, { calendar: 'NL', year: 2014 },
    { calendar: 'DK', year: 2023 }, { calendar: 'XX', year: 2023 }]) {
    const text = JSON.stringify(request);
    const wasm = core.call('holidays', text);
    const native = spawnSync(nativeCli, ['holidays', text], { encoding: 'utf8' });
    assert.equal(native.status === 0, wasm.ok, text);
    assert.equal(wasm.ok ? native.stdout : native.stderr, `${wasm.body}\n`, text);
  }
});
