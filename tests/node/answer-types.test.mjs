// bindings/slacalc.d.ts against the core's real answers: a JSON Schema is
// made from the d.ts (ts-json-schema-generator, no field beyond those
// declared), and the answer to each request of tests/node/requests.mjs — the
// hand-picked ones and some thousands made from them — and to a few more
// here (MORE, forms of the results those do not reach) is checked against
// its function's result type (Results in the d.ts; a failed call against
// ErrorAnswer): every field an answer has is declared, every field the d.ts
// requires is there, each of the declared type. types-check.ts checks the
// d.ts against use; this checks it against what the core says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { generateRequests, presetTexts, seedRequests } from './requests.mjs';
import { importSite, root, siteDir } from './site.mjs';

// Of the comparison set's 50 000 (scripts/answers.mjs): enough for every
// function's result some hundred times, in seconds; all of them would take
// about a minute on a busy machine.
const GENERATED = 10000;

const generator = createGenerator({
  path: path.join(root, 'bindings', 'slacalc.d.ts'),
  additionalProperties: false,
  skipTypeCheck: true,
  jsDoc: 'none',
});
const schema = { $id: 'slacalc', ...generator.createSchema('Results') };
const errorSchema = { $id: 'error', ...generator.createSchema('ErrorAnswer') };
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema).addSchema(errorSchema);
const validators = Object.fromEntries(Object.keys(schema.definitions.Results.properties).map((fn) =>
  [fn, ajv.compile({ $ref: `slacalc#/definitions/Results/properties/${fn}` })]));
const validateError = ajv.getSchema('error');

// Forms of the results the comparison set does not reach (a budget for a
// contract, a deadline for a window of one's own, measuring with asOf,
// other price models …): answered here too, each a result, not an error.
const outages = [{ start: '2026-04-01T10:00', end: '2026-04-01T12:30' },
  { start: '2026-04-08T22:00', end: '2026-04-09T01:00', kind: 'planned', announced: '2026-04-08T08:00' },
  { start: '2026-04-15T09:00', end: '2026-04-15T09:40', kind: 'excluded', reason: 'third-party' },
  { start: '2026-04-20T09:00', end: '2026-04-20T10:00', scope: 'platform' }];
const MORE = [
  ['budget', { profile: 'flying-circus', tier: 'guided-1', month: '2026-04', monthBasis: 'window' }],
  ['budget', { profile: 'wp-heaven', tier: 'standard', month: '2026-04' }],
  ['budget', { profile: 'arena', tier: 'plm-service', downtime: '3h', month: '2026-04' }],
  ['nines', { periods: ['custom', 'month'], duration: '3d', monthBasis: 'custom', monthHours: '700' }],
  ['deadline', { window: { label: 'office', weekly: { 'mon-fri': ['08:00-16:00'] }, holidaysClosed: true }, timeZone: 'Europe/Berlin',
    holidays: 'DE-BY', time: '4h', reported: '2026-12-23T15:00', viewerZone: 'America/New_York', closedDays: ['2026-12-24'] }],
  ['deadline', { window: { weekly: { 'mon-fri': ['08:00-16:00'] } }, timeZone: 'Europe/Berlin', workingDays: 2, reported: '2026-12-23T15:00',
    workingDayRule: 'end-of-day' }],
  ['deadline', { profile: 'flying-circus', tier: 'managed-4', reported: '2026-03-29T02:30', class: 'incident', disambiguation: 'later' }],
  ['measure', { profile: 'wp-heaven', tier: 'standard', from: '2026-03', to: '2026-05', outages: outages.slice(0, 3), asOf: '2026-04-10T12:00', monthBasis: '30d' }],
  ['measure', { profile: 'flying-circus', tier: 'managed-4', from: '2026-04', outages, asOf: '2026-04-21T12:00', granularity: 'minute-up',
    minimumOutage: '5m' }],
  ['credit', { profile: 'flying-circus', tier: 'managed-4', month: '2026-04', outages, resourceGroup: { serviceLevel: 100000, vcpu: 2000, ram: 1000, storage: 500 } }],
  ['credit', { profile: 'arena', tier: 'plm-service', month: '2026-04', outages: outages.slice(0, 3), fee: 4800000, serviceYearStart: '2024-03-01' }],
  ['credit', { profile: 'scope4mation', tier: 'default', month: '2026-04', availability: '95', fee: 100000 }],
  ['credit', { profile: 'nms-prime', tier: 'advanced-service', month: '2026-04', availability: { all: '90' }, fee: 100000 }],
  ['compare', { columns: [{ profile: 'flying-circus', tier: 'guided-1', monthlyPrice: 100000 },
    { profile: 'wp-heaven', tier: 'standard' }, { profile: 'scope4mation', tier: 'default' }], badMonth: '99', monthBasis: 'window', month: '2026-04' }],
  ['compare', { columns: [{ profile: 'flying-circus', tier: 'guided-1', monthlyPrice: 100000 }, { profile: 'arena', tier: 'plm-service' },
    { profile: 'nms-prime', tier: 'advanced-service' }], from: '2026-03', to: '2026-06', outages, outageZone: 'Europe/Berlin' }],
  ['compare', { columns: [{ profile: 'wp-heaven', tier: 'standard', monthlyPrice: 50000 }, { profile: 'aws-s3', tier: 'standard', monthlyPrice: 1 }],
    from: '2026-04', to: '2026-04', outages: outages.slice(0, 3), monthBasis: '30d' }],
  ['price', { profile: 'wp-heaven', tier: 'standard' }],
  ['price', { profile: 'flying-circus', tier: 'hosted', resourceGroup: { vms: [{ name: 'a', vcpus: 2, ramGb: 4 }] },
    infrastructurePrices: { vcpu: 1000, ramGb: 100, storageGb: 5 }, month: '2026-04' }],
  ['price', { profile: 'flying-circus', tier: 'managed-4', pricePerFactorUnit: 12345, resourceGroup: { vms: [{ name: 'a', vcpus: 2, components: ['postgresql'] }] },
    month: '2026-04', committedFactor: '3', dayBilling: 'changed-months-only', dayMaximum: 'group-total' }],
  ['price', { profile: 'nms-prime', tier: 'advanced-service', supportHours: { perMonth: '10', hourlyRate: 12000, introductionMonths: 2 } }],
  ['parseOutages', { text: 'Beginn;Ende;Art;Grund;Bereich;Angekündigt;Notiz\n2026-03-29T01:30;2026-03-29T02:30;excluded;third-party;platform;;x\n', profile: 'flying-circus' }],
  ['parseOutages', { text: 'start,end,kind,announced\n2026-10-25T02:30,2026-10-25T02:45,planned,2026-10-20T10:00\n', profile: 'wp-heaven', disambiguation: 'earlier' }],
  ['term', { profile: 'flying-circus', tier: 'guided-1', start: '2024-01-31', asOf: '2026-11-23',
    changes: [{ kind: 'upgrade', tier: 'managed-4', from: '2025-02-01' }, { kind: 'recommit', from: '2026-01-01' }],
    termEnd: 'same-date', noticeDeadline: 'same-day-number', remainingFees: 'whole-months-up', afterEnd: 'from-next-day' }],
  ['term', { profile: 'flying-circus', tier: 'managed-4', start: '2026-01-01', asOf: '2026-02-01', invoiceDate: '2026-01-15' }],
  ['zones', { zone: 'America/New_York', from: 2026, to: 2027 }],
  ['zones', { zone: 'Asia/Kolkata' }],
  ['holidays', { calendar: 'NL', year: 2025, options: { liberationDay: 'lustrum', goodFriday: false } }],
  ['holidays', { calendar: 'DK', from: 2026, to: 2026 }],
  ['windowBudget', { profile: 'scope4mation', tier: 'default', month: '2026-04', monthBasis: 'window', closedDays: ['2026-04-02'] }],
  ['validateProfile', { format: 'slacalc-profile/1', id: 'x', tiers: [{}], mood: 1 }],
  ['closedDaysIcs', { profile: 'flying-circus', year: 2026, closedDays: ['2026-12-24'] }],
  ['parseClosedDays', { ics: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nRRULE:FREQ=YEARLY\r\n' +
    'END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20261231T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', from: 2026, to: 2027,
  timedEvents: 'skip' }],
  ['compose', { system: { parallel: [{ name: 'a', availability: '99' }, { name: 'b', availability: '100' }] }, target: '99.999', period: 'month', month: '2026-02' }],
];

const { default: createCore } = await importSite('slacalc-core.mjs');
const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
const { FUNCTIONS } = await importSite('slacalc.mjs');

test('the d.ts names a result type for every function', () => {
  assert.deepEqual(Object.keys(validators).sort(), [...FUNCTIONS].sort());
});

test('every answer has the type the d.ts declares for it', () => {
  const presets = presetTexts(core);
  const requests = [
    ...seedRequests(presets).map(({ fn, request }) => ({ fn, text: JSON.stringify(request) })),
    ...generateRequests(20261205, GENERATED, presets),
    ...MORE.map(([fn, request]) => ({ fn, text: JSON.stringify(request) })),
  ];
  for (const [fn, request] of MORE) assert.ok(core.call(fn, JSON.stringify(request)).ok, `${fn} ${JSON.stringify(request)}`);
  // Each kind of mismatch once (the path without array indexes), with the
  // first request that showed it.
  const mismatches = new Map();
  const results = Object.fromEntries(FUNCTIONS.map((fn) => [fn, 0]));
  let errors = 0;
  for (const { fn, text } of requests) {
    const { ok, body } = core.call(fn, text);
    if (ok) results[fn] += 1;
    else errors += 1;
    const validate = ok ? validators[fn] : validateError;
    if (validate(JSON.parse(body))) continue;
    for (const e of validate.errors) {
      const where = e.instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
      const key = `${fn} ${ok ? 'result' : 'error'} ${where}: ${e.message}` +
        (e.params.additionalProperty ? ` "${e.params.additionalProperty}"` : '');
      if (!mismatches.has(key)) mismatches.set(key, text.length > 300 ? `${text.slice(0, 300)}…` : text);
    }
  }
  const report = [...mismatches].map(([key, text]) => `${key}\n    request: ${text}`).join('\n');
  const checked = `${Object.values(results).reduce((a, b) => a + b)} results and ${errors} errors`;
  assert.equal(mismatches.size, 0, `${mismatches.size} mismatches in ${checked}:\n${report}`);
  // Every function's result type was met by results, not only by errors.
  for (const fn of FUNCTIONS) assert.ok(results[fn] > 0, `no result of ${fn} was checked`);
});
