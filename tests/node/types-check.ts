// Compiled by `tsc --noEmit -p tests/node` only: the hand-written .d.ts must
// accept correct use and reject wrong use (@ts-expect-error fails if it doesn't).
import {
  createSlaCalc, SlaError, FUNCTIONS, type BudgetResult, type NinesResult, type Profile, type CompareResult,
  type ValidationResult, type Results, type SlaCalc, type ZoneList, type ZoneRules,
} from 'slacalc';

// Results (each function's answer by name, which tests/node/answer-types.test.mjs
// checks real answers against) is what SlaCalc's functions return, for every
// function and no other; zones has two forms.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Returned = { [F in keyof Results]: F extends 'zones' ? ZoneList | ZoneRules : ReturnType<SlaCalc[F]> };
type EachSame = { [F in keyof Results]: Same<Results[F], Returned[F]> };
const resultsAreReturned: false extends EachSame[keyof Results] ? false : true = true;
const resultsNameEveryFunction: Same<keyof Results, (typeof FUNCTIONS)[number]> = true;

async function main(): Promise<void> {
  const sla = await createSlaCalc();
  const week: BudgetResult = sla.budget({ target: '99.9', period: 'week' });
  const seconds: number = week.downtime.seconds;
  const human: string = week.downtime.human;
  const reverse = sla.budget({ downtime: '49m', period: 'month', month: '2012-02', rounding: 'exact' });
  const pct: number = reverse.availability.percent;
  const table: NinesResult = sla.nines({ monthBasis: '750h', periods: ['month'], targets: [99.6, '99,8'] });
  const cell: string = table.rows[0].downtime[0].exact;
  try {
    sla.budget({ target: 'abc', period: 'day' });
  } catch (e) {
    if (e instanceof SlaError) console.log(e.code, e.path, e.message);
  }
  // @ts-expect-error: target and downtime together are refused
  sla.budget({ target: '99', downtime: '1h', period: 'day' });
  // @ts-expect-error: unknown period kind
  sla.budget({ target: '99', period: 'fortnight' });
  // @ts-expect-error: unknown month basis
  sla.budget({ target: '99', period: 'month', monthBasis: 'lunar' });
  const presets: string[] = sla.profiles().profiles.map((p) => p.id);
  const fc: Profile = sla.profile('flying-circus');
  const check: ValidationResult = sla.validateProfile('{"format":');
  const checkObject: ValidationResult = sla.validateProfile(fc);
  const table2: CompareResult = sla.compare({
    columns: [{ profile: 'flying-circus', tier: 'managed-4' }, { profile: fc, tier: 'guided-1', monthlyPrice: 120000 }],
    monthBasis: '730h',
  });
  const firstLine: string = table2.rows[0].cells[0].lines[0];
  // @ts-expect-error: "custom" needs hours and is not a profile month basis
  sla.compare({ columns: [], monthBasis: 'custom' });
  // @ts-expect-error: a credit rule kind outside the closed set
  const badCredit: Profile['tiers'][number]['credit'] = { kind: 'generous', reason: '' };
  const stDays: string[] = sla.holidays({ calendar: 'DE-ST', year: 2026 }).holidays.map((h) => h.date);
  const berlin: number = sla.zones({ zone: 'Europe/Berlin', from: 2026 }).transitions[0].offset;
  const zoneNames: string[] = sla.zones({}).zones.map((z) => z.name);
  const germanDowntime: string = sla.budget({ target: '99,9', period: 'week', lang: 'de' }).downtime.human;
  // @ts-expect-error: the texts come in en, de, nl or da
  sla.credit({ profile: 'wp-heaven', tier: 'standard', month: '2026-04', availability: '90', fee: 1, lang: 'fr' });
  // @ts-expect-error: the Dutch options take "lustrum" or "every-year"
  sla.holidays({ calendar: 'NL', year: 2025, options: { liberationDay: 'sometimes' } });
  const due: string | undefined = sla.deadline({ profile: 'flying-circus', tier: 'managed-4', reported: '2026-11-24T15:55' })
    .deadlines[0].due?.local;
  const own = sla.deadline({ window: { weekly: { 'mon-fri': ['09:00-17:00'] } }, time: '1h', reported: '2026-11-20T16:30' });
  // @ts-expect-error: working days are read "same-time" or "end-of-day"
  sla.deadline({ profile: 'scope4mation', tier: 'default', reported: '2026-11-24T10:00', workingDayRule: 'soon' });
  const measured = sla.measure({ profile: 'arena', tier: 'plm-service', from: '2026-04',
    outages: [{ start: '2026-05-01T10:00:00Z', end: '2026-05-01T11:00:00Z' }] }).commitments[0].periods[0].met;
  // @ts-expect-error: an excluded outage's reason is one of four
  sla.measure({ profile: 'arena', tier: 'plm-service', from: '2026-04', outages: [{ start: 'x', end: 'y', kind: 'excluded', reason: 'rain' }] });
  const owed: number = sla.credit({ profile: 'wp-heaven', tier: 'standard', month: '2026-04', availability: '90', fee: 160000 })
    .amount.minor;
  // @ts-expect-error: fees are minor units, not text
  sla.credit({ profile: 'wp-heaven', tier: 'standard', month: '2026-04', availability: '90', fee: '1600 DKK' });
  const priced = sla.price({ profile: 'flying-circus', tier: 'managed-4', pricePerFactorUnit: 12000,
    resourceGroup: { vms: [{ name: 'db1', vcpus: 4, ramGb: 16, components: ['postgresql'] }] },
    month: '2026-04', dayBilling: 'changed-months-only' });
  const factor: string | undefined = priced.factor?.total.exact;
  const monthMinor: number | undefined = priced.metering?.total.minor;
  // @ts-expect-error: dayBilling is "every-day" or "changed-months-only"
  sla.price({ profile: 'flying-circus', tier: 'managed-4', dayBilling: 'weekly' });
  // @ts-expect-error: prices are minor units, not text
  sla.price({ profile: 'flying-circus', tier: 'managed-4', pricePerFactorUnit: '120 EUR' });
  const composite: string = sla.compose({ system: { serial: [{ availability: '99.95' }, { parallel: [{ availability: 99.9 },
    { name: 'b', availability: '99.9' }] }] }, target: '99.9' }).availability.exact;
  const dominant: string | undefined = sla.compose({ system: { availability: '99' } }).dominant?.name;
  // @ts-expect-error: a node is a dependency or a group, not both
  sla.compose({ system: { availability: '99', serial: [] } });
  const lapses: string | null | undefined = sla.credit({ profile: 'arena', tier: 'plm-service', month: '2026-02',
    availability: '99', fee: 4800000, serviceYearStart: '2025-07-01' }).redemptionDates?.lapsesAfter;
  // @ts-expect-error: two readings of "the next service year"
  sla.credit({ profile: 'arena', tier: 'plm-service', month: '2026-02', redemptionYear: 'whenever' });
  // @ts-expect-error: no such function
  sla.quote({});
  const rows: number = sla.parseOutages({ text: 'start;end\n2026-02-03 10:00;2026-02-03 11:00\n' }).outages.length;
  const file = sla.openOutageFile({ profile: 'arena' });
  file.append('start;end\n2026-02-03 10:00;2026-02-03 11:00\n');
  file.append(new TextEncoder().encode('2026-02-04 10:00;2026-02-04 11:00\n'));
  // @ts-expect-error: a piece is text or bytes
  file.append(42);
  const fileRows: number = file.finish().rows;
  const fileMet = file.measure({ profile: 'arena', tier: 'plm-service', from: '2026-01' }).commitments[0].periods[0].met;
  // @ts-expect-error: the file holds the outages
  file.measure({ profile: 'arena', tier: 'plm-service', from: '2026-01', outages: [] });
  file.close();
  const term = sla.term({ profile: 'flying-circus', tier: 'managed-4', start: '2026-01-31', asOf: '2026-11-23' });
  const noticeBy: string | null = term.noticeBy;
  // @ts-expect-error: no such convention
  sla.term({ profile: 'flying-circus', tier: 'managed-4', start: '2026-01-31', asOf: '2026-11-23', termEnd: 'soon' });
  console.log(owed, rows, fileRows, fileMet, noticeBy, term.calendar.length, factor, monthMinor);
  console.log(measured);
  console.log(due, own.deadlines.length);
  console.log(stDays, berlin, zoneNames, germanDowntime);
  console.log(presets, check.valid, checkObject.errors, firstLine, badCredit);
  console.log(seconds, human, pct, cell);
  console.log(resultsAreReturned, resultsNameEveryFunction);
}

void main();
