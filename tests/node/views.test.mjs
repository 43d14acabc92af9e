// Each page's own module (slacalc-<view>.wasm, bindings/views.json): the
// functions its page calls answer byte for byte as the whole core does, the
// others answer unknown_function, and the module is smaller than the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importSite, root, siteDir } from './site.mjs';

const wrapper = await importSite('slacalc.mjs');

// One request for each function of the core.
const REQUESTS = {
  budget: { target: '99.9', period: 'month', month: '2028-02', lang: 'de' },
  nines: { targets: ['99.9'], periods: ['week'] },
  profiles: {},
  profile: { id: 'arena' },
  validateProfile: await readFile(path.join(root, 'presets', 'wp-heaven.json'), 'utf8'),
  compare: { columns: [{ profile: 'flying-circus', tier: 'guided-1' }, { profile: 'wp-heaven', tier: 'standard' }], badMonth: '99' },
  zones: {},
  holidays: { calendar: 'DE-ST', from: 2026, to: 2026 },
  deadline: { profile: 'flying-circus', tier: 'guided-1', reported: '2026-03-27T15:30' },
  closedDaysIcs: { calendar: 'NL', year: 2025, closedDays: ['2025-12-24'], lang: 'nl' },
  parseClosedDays: { ics: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20201224\r\nRRULE:FREQ=YEARLY\r\n' +
    'END:VEVENT\r\nEND:VCALENDAR\r\n', from: 2026, to: 2027 },
  windowBudget: { profile: 'flying-circus', tier: 'guided-1', month: '2026-04' },
  measure: { profile: 'wp-heaven', tier: 'standard', from: '2026-03', to: '2026-04',
    outages: [{ start: '2026-03-29T01:30', end: '2026-03-29T04:00' }] },
  credit: { profile: 'wp-heaven', tier: 'standard', month: '2026-04', availability: '90', fee: 160000 },
  parseOutages: { text: 'start,end\n2026-03-29T01:30,2026-03-29T04:00\n' },
  term: { profile: 'flying-circus', tier: 'managed-4', start: '2024-02-29', asOf: '2026-11-23' },
  price: { profile: 'nms-prime', tier: 'advanced-service', supportHours: { perMonth: '10' } },
  compose: { system: { serial: [{ availability: '99.95' }, { availability: '99.99' }] } },
};
const { views } = JSON.parse(await readFile(path.join(root, 'bindings', 'views.json'), 'utf8'));

async function rawCore(name) {
  const { default: create } = await importSite(`${name}.mjs`);
  return create({ wasmBinary: await readFile(path.join(siteDir, `${name}.wasm`)) });
}
const text = (request) => (typeof request === 'string' ? request : JSON.stringify(request));

test('the wrapper lists the views of bindings/views.json, in its order', () => {
  assert.deepEqual([...wrapper.VIEWS], views.map(({ name }) => name));
});

test('this test has a request for every function', () => {
  assert.deepEqual(Object.keys(REQUESTS).sort(), [...wrapper.FUNCTIONS].sort());
});

test('every request of this test succeeds in the whole core', async () => {
  const core = await rawCore('slacalc-core');
  for (const [fn, request] of Object.entries(REQUESTS)) assert.ok(core.call(fn, text(request)).ok, fn);
});

for (const { name: view, functions, outageFile } of views) {
  test(`slacalc-${view}: its functions as the core answers them, no others`, async () => {
    const core = await rawCore('slacalc-core');
    const own = await rawCore(`slacalc-${view}`);
    for (const [fn, request] of Object.entries(REQUESTS)) {
      const answer = own.call(fn, text(request));
      if (functions.includes(fn)) {
        assert.deepEqual(answer, core.call(fn, text(request)), `${view}: ${fn}`);
      } else {
        assert.equal(answer.ok, false, `${view}: ${fn}`);
        assert.equal(JSON.parse(answer.body).code, 'unknown_function', `${view}: ${fn}`);
      }
    }
    // Only a view that says so reads outage files in pieces.
    assert.equal(typeof own.ledgerNew, outageFile ? 'function' : 'undefined');
    const [size, whole] = await Promise.all([stat(path.join(siteDir, `slacalc-${view}.wasm`)),
      stat(path.join(siteDir, 'slacalc-core.wasm'))]);
    assert.ok(size.size < whole.size, `${size.size} < ${whole.size}`);
  });
}

test('budget with a contract: the contract module reads the tier as the core does; the budget page\'s module refuses it', async () => {
  const request = text({ profile: 'flying-circus', tier: 'guided-1', month: '2026-04', monthBasis: 'window' });
  const core = await rawCore('slacalc-core');
  assert.deepEqual((await rawCore('slacalc-contract')).call('budget', request), core.call('budget', request));
  const plain = (await rawCore('slacalc-budget')).call('budget', request);
  assert.equal(plain.ok, false);
  assert.equal(JSON.parse(plain.body).path, '/profile');
});

test('closedDaysIcs: the calendar module takes a calendar\'s code as the core does, and refuses a profile', async () => {
  const request = text({ profile: 'flying-circus', year: 2026 });
  const core = await rawCore('slacalc-core');
  const byCode = text({ calendar: 'DE-ST', year: 2026 });
  assert.deepEqual(JSON.parse(core.call('closedDaysIcs', request).body).ics, JSON.parse(core.call('closedDaysIcs', byCode).body).ics);
  const calendar = (await rawCore('slacalc-calendar')).call('closedDaysIcs', request);
  assert.equal(calendar.ok, false);
  assert.equal(JSON.parse(calendar.body).path, '/profile');
});

test('createSlaCalc({ view }) loads that module; a wrong view is an SlaError', async () => {
  const sla = await wrapper.createSlaCalc({ view: 'compose', lang: 'nl' });
  assert.equal(sla.compose(REQUESTS.compose).availability.exact, '99.940005');
  assert.throws(() => sla.budget({ target: '99.9', period: 'week' }), { name: 'SlaError', code: 'unknown_function' });
  assert.throws(() => sla.openOutageFile({}), { name: 'SlaError', code: 'unknown_function' });
  const credit = await wrapper.createSlaCalc({ view: 'credit' });
  const file = credit.openOutageFile({ profile: 'wp-heaven' });
  file.append('start,end\n2026-03-29T01:30,2026-03-29T04:00\n');
  assert.equal(file.finish().rows, 1);
  // Two files at once each keep their own rows; a closed one is no file.
  const other = credit.openOutageFile({ profile: 'wp-heaven' });
  other.append('start,end\n2026-03-01T10:00,2026-03-01T11:00\n2026-03-02T10:00,2026-03-02T11:00\n');
  assert.equal(other.finish().rows, 2);
  // 01:30–04:00 on the night the clocks go forward: 1 h 30 min.
  const measured = file.measure({ profile: 'wp-heaven', tier: 'standard', from: '2026-03', to: '2026-03' });
  assert.equal(measured.commitments[0].periods[0].downtime.seconds, 5400);
  file.close();
  assert.throws(() => file.finish(), { name: 'SlaError', code: 'conflict' });
  assert.equal(other.finish().rows, 2);
  other.close();
  await assert.rejects(wrapper.createSlaCalc({ view: 'everything' }), { name: 'SlaError', code: 'unknown_value', path: '/view' });
});

test('createSlaCalc({ lang }): every call that names no language answers in it, validateProfile too', async () => {
  const sla = await wrapper.createSlaCalc({ view: 'compare', lang: 'de' });
  assert.equal(sla.validateProfile('{"format": ').errors[0].message, 'das Dokument: kein gültiges JSON (Zeile 1, Spalte 12)');
  const doc = sla.profile('arena');
  doc.mood = 'sunny';
  assert.equal(sla.validateProfile(doc).warnings[0].message, 'unbekanntes Feld "mood" wird ignoriert');
  // A request's own "lang" still wins; a wrong one is refused at the start.
  assert.throws(() => sla.compare({ columns: [], lang: 'en' }), { message: 'compare 2 to 6 tiers, got 0' });
  assert.throws(() => sla.compare({ columns: [] }), { message: '2 bis 6 Tarife vergleichen, erhalten: 0' });
  await assert.rejects(wrapper.createSlaCalc({ view: 'compare', lang: 'fr' }), { name: 'SlaError', code: 'unknown_value', path: '/lang' });
  // A closed outage file says so in the language too.
  const file = (await wrapper.createSlaCalc({ view: 'credit', lang: 'de' })).openOutageFile({ profile: 'wp-heaven' });
  file.close();
  assert.throws(() => file.finish(), { code: 'conflict', message: 'diese Datei ist geschlossen: öffnen Sie sie mit openOutageFile() erneut' });
});
