// slacalc credit page: am I owed a credit? Reads the contract, the fee and an
// outage ledger, asks the wasm core for the availability per period (measure)
// and for the credit of one period (credit), and shows both: a bar chart and
// a table per commitment, then the verdict, the amount, the claim deadline and
// a claim letter to copy. Outages can be imported (pasted CSV, a CSV or JSON
// file, read by the core's parseOutages) and downloaded as CSV or JSON. A CSV
// file over 256 KiB (a monitoring export of a year can be 50 MB) is read and
// measured in a worker instead (outage-file.js), with progress, and replaces
// the rows only while it is in use. No framework, no inline code (CSP);
// nothing leaves the browser.
//
// Error handling follows deadline.js: the core throws SlaError {code, message,
// path}; the path ("/outages/3/end", "/fee") names the control, and the
// message is shown next to it. What the user typed is never changed. While
// something is invalid the last good result stays visible, dimmed and
// labelled out of date. A bad fee only stales the credit, not the chart.

import { createSlaCalc, SlaError } from './slacalc.mjs';
import {
  $, announce, callCore, callCoreLater, download, el, loadCore, parseMoney, presetGroups, setFieldError, setFormError,
  setStatus, tierChoices,
} from './dom.js';
import { OutageFileReader, ReadCancelled } from './outage-file.js';
import { sharePart } from './share.js';

const slaReady = createSlaCalc();
slaReady.catch(() => {}); // reported by start()

const DEFAULT = { profile: 'wp-heaven', tier: 'standard' };
const FEE_LABELS = { 'monthly-fee': 'Monthly fee', 'annual-fee': 'Annual fee', 'period-fee': 'Fee for the period' };
/** Flying Circus §9.7: the parts of a resource group's monthly cost (CreditRequest.resourceGroup). */
const RG_PARTS = ['serviceLevel', 'vcpu', 'ram', 'storage'];
const KINDS = { unplanned: 'Unplanned', planned: 'Planned (announced)', excluded: 'Excluded' };
const REASONS = {
  'force-majeure': 'Force majeure', 'customer-caused': 'Caused by the customer', 'third-party': 'A third party',
  'redundant-system-failure': 'A redundant system failed',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Controls a core error path can point at (outage rows and resource group: fieldOfPath). */
const FIELD_OF_PATH = {
  '/profile': 'profile', '/tier': 'tier', '/from': 'from-month', '/to': 'to-month', '/fee': 'fee',
  '/resourceGroup': 'rg-serviceLevel', '/serviceYearStart': 'service-year-start', '/redemptionYear': 'redemption-year',
};

let sla = null;
/** ProfileSummary[] of the built-in presets (they carry currencyDecimals). */
let presets = [];
const docs = new Map();
const ruleTexts = new Map();
/** Outage rows get a number once, so ids stay put when a row above is removed. */
let nextRow = 0;
/** Row numbers of the outages sent last, by request index: "/outages/1/end" names the second one sent. */
let sentRows = [];
/** False until the user picks months: until then the range follows the tier's period. */
let rangeTouched = false;
/** The period the user picked for the credit ("2026-04-01"), kept while it is measured. */
let pickedPeriod = null;
/** Whether results were rendered yet (kept, dimmed, while the inputs are invalid). */
let haveMeasure = false;
let haveCredit = false;
/** The credit shown, for its calendar download. */
let lastCredit = null;

// ---------------------------------------------------------------- profiles

/** The contract select's value for the user's own profile. */
const CUSTOM = 'custom';
/** The user's own profile once it was checked: { doc, summary } (validateProfile); null before. */
let custom = null;

/** The profile document (zone, windows, tiers' commitments and credit rules); a preset's is asked once. */
function profileDoc(id) {
  if (id === CUSTOM) return custom.doc;
  if (!docs.has(id)) docs.set(id, sla.profile(id));
  return docs.get(id);
}

const summaryOf = (id) => (id === CUSTOM ? custom.summary : presets.find((p) => p.id === id));

/** The chosen profile as requests name it: a preset's id, or the user's document itself. */
const profileRef = () => ($('profile').value === CUSTOM ? custom.doc : $('profile').value);

function currentTier() {
  return profileDoc($('profile').value).tiers.find((t) => t.id === $('tier').value);
}

/**
 * The tier's credit rule in one sentence with its clause, as the core words
 * it. Asked once per tier with a fixed, valid request (100 %, fee 0), so it
 * is shown even while the user's own input is invalid.
 */
function ruleText(profile, tier) {
  const key = `${typeof profile === 'string' ? profile : CUSTOM}/${tier}`;
  if (!ruleTexts.has(key)) {
    let text = '';
    try {
      const r = sla.credit({ profile, tier, month: '2026-01', availability: '100', fee: 0 });
      text = r.explain.find((e) => e.code === 'rule' || e.code === 'no-remedy')?.text ?? '';
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
    }
    ruleTexts.set(key, text);
  }
  return ruleTexts.get(key);
}

/** Quarterly and yearly contracts are evaluated by their current period; monthly ones by the last 3 months. */
const periodOf = (tier) => tier.credit.period ?? tier.availability[0]?.period ?? 'month';

// ---------------------------------------------------------------- filling the selects

function fillProfiles() {
  const option = (p) => el('option', { value: p.id, text: `${p.vendor} — ${p.product}` });
  const own = custom ? [el('optgroup', { label: 'Your own' }, [
    el('option', { value: CUSTOM, text: `${custom.summary.vendor} — ${custom.summary.product} (your profile)` }),
  ])] : [];
  $('profile').replaceChildren(...own, ...presetGroups(presets, option));
}

function fillTiers(doc, selected) {
  const option = (t) => el('option', { value: t.id, text: t.name });
  const select = $('tier');
  select.replaceChildren(...tierChoices(doc.tiers, option));
  select.value = doc.tiers.some((t) => t.id === selected) ? selected : doc.tiers[0].id;
}

function fillKindSelect(select) {
  select.replaceChildren(...Object.entries(KINDS).map(([value, text]) => el('option', { value, text })));
}

function fillReasonSelect(select) {
  select.replaceChildren(el('option', { value: '', text: 'Choose…' }),
    ...Object.entries(REASONS).map(([value, text]) => el('option', { value, text })));
}

// ---------------------------------------------------------------- the user's own profile

/** At most this many problems are listed; the rest are counted. */
const SHOWN_PROBLEMS = 5;

/**
 * Checks the pasted profile (validateProfile) and, when it is valid, offers
 * it as "your profile" in the contract select and chooses it. Problems are
 * listed by path next to the text; nothing else changes then.
 */
function useOwnProfile() {
  const text = $('profile-text').value;
  const check = sla.validateProfile(text);
  if (!check.valid) {
    const listed = check.errors.slice(0, SHOWN_PROBLEMS).map((e) => `${e.path || '(the document)'}: ${e.message}`);
    const more = check.errors.length - listed.length;
    setFieldError('profile-text', `Not a usable profile (${check.errors.length} problem` +
      `${check.errors.length === 1 ? '' : 's'}):\n${listed.join('\n')}${more ? `\n… and ${more} more` : ''}`);
    $('profile-message').textContent = '';
    return;
  }
  setFieldError('profile-text', null);
  custom = { doc: JSON.parse(text), summary: check.summary };
  ruleTexts.clear();
  fillProfiles();
  $('profile').value = CUSTOM;
  profileChanged();
  $('profile-message').textContent = `Using ${check.summary.product} by ${check.summary.vendor}` +
    (check.warnings.length ? `, with ${check.warnings.length} warning${check.warnings.length === 1 ? '' : 's'}: ` +
      check.warnings.map((w) => `${w.path}: ${w.message}`).join('; ') : '') + '.';
  if (outageFile) readLargeFile(outageFile.file);
  else compute();
}

/** A chosen profile file goes into the text area, to be checked there. */
async function loadProfileFile(file) {
  $('profile-text').value = await file.text();
  useOwnProfile();
}

// ---------------------------------------------------------------- contract-dependent fields

/** The fee fields the rule names: one fee, the resource group (§9.7), or none for a contract without remedy. */
function showFeeFields(doc, tier) {
  const credit = tier.credit;
  const group = credit.fee === 'previous-month-resource-group-fee';
  const digits = summaryOf($('profile').value).currencyDecimals;
  const example = digits === 0 ? '1600 or 1 600' : '1 600,00 or 1600.00';
  $('fee-field').hidden = credit.kind === 'none' || group;
  $('resource-group').hidden = credit.kind === 'none' || !group;
  $('fee-label').textContent = FEE_LABELS[credit.fee] ?? 'Fee';
  for (const code of document.querySelectorAll('.currency-code')) code.textContent = doc.currency;
  $('fee-hint').textContent = `In ${doc.currency}, e.g. ${example}. Empty: the page says whether a credit is owed, ` +
    'not how much.';
  $('rg-hint').textContent = `Each part in ${doc.currency}, e.g. ${example}; an empty part counts as 0.`;
  $('redemption-fields').hidden = credit.redemption?.availableAt !== 'calendar-year-end';
}

/** The redemption part of the credit request (Arena: serviceYearStart, redemptionYear), where the rule has dates. */
function readRedemption(errors) {
  if ($('redemption-fields').hidden) return {};
  const start = $('service-year-start');
  if (halfTyped(start)) errors['service-year-start'] = 'Enter a whole date, or leave it empty.';
  return { redemptionYear: $('redemption-year').value, ...(start.value ? { serviceYearStart: start.value } : {}) };
}

/** The rule in one sentence; for the illustrative examples also their caveat, lest a claim rest on them. */
function showRule(doc, tier) {
  const clause = tier.credit.kind === 'none' && tier.credit.clause ? ` (${tier.credit.clause})` : '';
  $('rule').textContent = ruleText(profileRef(), tier.id) + clause;
  $('caveat').textContent = doc.status === 'example' ? doc.caveat ?? 'An illustrative example, not a contract.' : '';
}

/** "2026-04" `delta` months from year `y`, month `m` (1–12). */
function monthFrom(y, m, delta) {
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last 3 whole months before today; the current quarter or year for quarterly or yearly contracts. */
function defaultRange(tier, today = new Date()) {
  const [y, m] = [today.getFullYear(), today.getMonth() + 1];
  const period = periodOf(tier);
  if (period === 'quarter') {
    const first = m - ((m - 1) % 3);
    return { from: monthFrom(y, first, 0), to: monthFrom(y, first, 2) };
  }
  if (period === 'year') return { from: `${y}-01`, to: `${y}-12` };
  return { from: monthFrom(y, m, -3), to: monthFrom(y, m, -1) };
}

/** Everything that depends on the profile (and, below, on the tier). Typed values stay. */
function profileChanged(tier = $('tier').value) {
  const doc = profileDoc($('profile').value);
  fillTiers(doc, tier);
  // The core reads times without an offset in the profile's zone (MeasureRequest), so the user types wall-clock time there.
  $('outage-zone').textContent = `Start and end in the provider's local time, ${doc.timeZone}` +
    `${doc.timeZone === 'UTC' ? '' : ' (summer time as it applies on the date)'}. An empty row is ignored.`;
  tierChanged();
}

function tierChanged() {
  const doc = profileDoc($('profile').value);
  const tier = currentTier();
  showRule(doc, tier);
  showFeeFields(doc, tier);
  if (!rangeTouched) {
    const { from, to } = defaultRange(tier);
    $('from-month').value = from;
    $('to-month').value = to;
  }
}

// ---------------------------------------------------------------- outage rows

/** One row: start, end, kind, reason (excluded only), note, and a remove button; each field with its error box. */
function addOutageRow() {
  const n = nextRow++;
  const id = (part) => `o${n}-${part}`;
  const field = (part, label, control, cls = '') => el('div', { class: `field ${cls}`.trim() }, [
    el('label', { htmlFor: id(part), text: label }),
    control,
    el('p', { class: 'error', id: `${id(part)}-error`, 'aria-live': 'polite', hidden: true, 'data-testid': `${id(part)}-error` }),
  ]);
  const time = (part) => el('input', {
    id: id(part), type: 'datetime-local', step: 1, 'aria-describedby': 'outage-zone', 'data-testid': id(part),
  });
  const kind = el('select', { id: id('kind'), 'data-kind-of': n, 'data-testid': id('kind') });
  fillKindSelect(kind);
  const reason = el('select', { id: id('reason'), 'data-testid': id('reason') });
  fillReasonSelect(reason);
  const row = el('li', { class: 'outage', 'data-row': n, 'data-testid': 'outage-row' }, [
    el('fieldset', {}, [
      el('legend', { class: 'outage-title' }),
      el('div', { class: 'pair times' }, [field('start', 'Start', time('start')), field('end', 'End', time('end'))]),
      el('div', { class: 'pair' }, [
        field('kind', 'Kind', kind),
        field('reason', 'Why excluded', reason, 'reason-field'),
      ]),
      field('note', 'Note (optional)', el('input', { id: id('note'), type: 'text', 'data-testid': id('note') })),
      el('button', {
        id: id('remove'), type: 'button', class: 'button small secondary remove-outage', text: 'Remove', 'data-remove': n,
        'data-testid': id('remove'),
      }),
    ]),
  ]);
  $('outage-list').append(row);
  showReason(n);
  renumberRows();
  return n;
}

/** "Outage 2" legends and "Remove outage 2" labels follow the rows' order. */
function renumberRows() {
  [...$('outage-list').children].forEach((row, i) => {
    row.querySelector('legend').textContent = `Outage ${i + 1}`;
    row.querySelector('.remove-outage').setAttribute('aria-label', `Remove outage ${i + 1}`);
  });
}

/** A reason only for an excluded outage: the core refuses one elsewhere. The chosen reason is kept while hidden. */
function showReason(n) {
  $(`o${n}-reason`).closest('.field').hidden = $(`o${n}-kind`).value !== 'excluded';
}

/** Removes row `n`; the focus moves to the next row's remove button, or to "Add outage", so it is not lost. */
function removeRow(n) {
  const row = $('outage-list').querySelector(`[data-row="${n}"]`);
  const next = row.nextElementSibling ?? row.previousElementSibling;
  row.remove();
  renumberRows();
  (next?.querySelector('.remove-outage') ?? $('add-outage')).focus();
}

/** Row `n` as typed: the inputs' start and end, kind, reason (kept while hidden), note. */
function rowValues(n) {
  const value = (part) => $(`o${n}-${part}`).value;
  return { start: value('start'), end: value('end'), kind: value('kind'), reason: value('reason'), note: value('note') };
}

/** Sets row `n` from `v` (times as the inputs take them). A note's line breaks become spaces: the input has one line. */
function fillRow(n, v) {
  $(`o${n}-start`).value = v.start ?? '';
  $(`o${n}-end`).value = v.end ?? '';
  $(`o${n}-kind`).value = v.kind ?? 'unplanned';
  $(`o${n}-reason`).value = v.reason ?? '';
  $(`o${n}-note`).value = String(v.note ?? '').replace(/\r\n?|\n/g, ' ');
  showReason(n);
}

/** Every row as typed, in order (for "Undo import"). */
const allRowValues = () => [...$('outage-list').children].map((row) => rowValues(row.dataset.row));

/** Replaces all rows by one per entry of `list`; one empty row when it is empty. */
function replaceRows(list) {
  $('outage-list').replaceChildren();
  for (const v of list.length ? list : [{}]) fillRow(addOutageRow(), v);
}

// ---------------------------------------------------------------- reading the form

/**
 * The fee part of the credit request — { fee } or { resourceGroup } — and
 * whether the user entered one. Without one, fee 0 is sent: the core still
 * says whether a target was missed, the page leaves out the amount.
 */
function readFee(tier, errors) {
  if (tier.credit.kind === 'none') return { part: {}, entered: false };
  const { currency, currencyDecimals } = summaryOf($('profile').value);
  const money = (id) => {
    const text = $(id).value.trim();
    if (!text) return null;
    const r = parseMoney(text, currency, currencyDecimals);
    if (r.minor < 0) r.error = 'A fee cannot be negative.';
    if (r.error) errors[id] = r.error;
    return r.error ? null : r.minor;
  };
  if (tier.credit.fee === 'previous-month-resource-group-fee') {
    const parts = Object.fromEntries(RG_PARTS.map((p) => [p, money(`rg-${p}`)]));
    const entered = RG_PARTS.some((p) => $(`rg-${p}`).value.trim());
    // A group need not use all four parts: once one is filled in, an empty one counts as 0.
    const group = Object.fromEntries(RG_PARTS.map((p) => [p, parts[p] ?? 0]));
    return entered ? { part: { resourceGroup: group }, entered } : { part: { fee: 0 }, entered };
  }
  const fee = money('fee');
  return { part: { fee: fee ?? 0 }, entered: $('fee').value.trim() !== '' };
}

/** A half-typed date input reads as "" but is not empty: the browser keeps the text, the page says what is missing. */
const halfTyped = (input) => input.validity.badInput;

function readRange(errors) {
  const [from, to] = [$('from-month'), $('to-month')];
  if (!from.value) errors['from-month'] = 'Enter the first month to evaluate.';
  if (halfTyped(to)) errors['to-month'] = 'Enter a whole month, or leave it empty for one month.';
  return to.value ? { from: from.value, to: to.value } : { from: from.value };
}

/** The filled rows as OutageRecords (request order) and their row numbers; a row left empty is skipped. */
function readOutages(errors) {
  const outages = [];
  const rows = [];
  for (const row of $('outage-list').children) {
    const n = row.dataset.row;
    const input = (part) => $(`o${n}-${part}`);
    const [start, end, note] = [input('start'), input('end'), input('note').value.trim()];
    const empty = (i) => !i.value && !halfTyped(i);
    if (empty(start) && empty(end) && !note) continue;
    for (const [i, what] of [[start, 'started'], [end, 'ended']]) {
      if (!i.value) errors[i.id] = `Enter the date and time the outage ${what} (the provider's time).`;
    }
    const record = { start: start.value, end: end.value };
    const kind = input('kind').value;
    if (kind !== 'unplanned') record.kind = kind;
    if (kind === 'excluded' && input('reason').value) record.reason = input('reason').value;
    if (note) record.note = note;
    outages.push(record);
    rows.push(n);
  }
  return { outages, rows };
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  const outage = /^\/outages\/(\d+)(?:\/(start|end|kind|reason|note))?/.exec(path);
  if (outage) {
    const n = sentRows[Number(outage[1])];
    return n === undefined ? null : `o${n}-${outage[2] ?? 'start'}`;
  }
  const part = /^\/resourceGroup\/(\w+)$/.exec(path)?.[1];
  if (RG_PARTS.includes(part)) return `rg-${part}`;
  return FIELD_OF_PATH[path] ?? null;
}

function fieldIds() {
  const rows = [...$('outage-list').children].flatMap((r) =>
    ['start', 'end', 'kind', 'reason', 'note'].map((p) => `o${r.dataset.row}-${p}`));
  return [...Object.values(FIELD_OF_PATH), ...RG_PARTS.map((p) => `rg-${p}`), ...rows];
}

// ---------------------------------------------------------------- importing and exporting outages

/** The core's request limit: larger JSON files are refused before they are read. */
const MAX_IMPORT_BYTES = 1 << 20;
/** CSV files above this are read in the worker and measured as a file, not turned into rows to edit. */
const LARGE_FILE_BYTES = 256 << 10;
/** Times the core reads: "2026-05-01 10:00", "2026-05-01T10:00:00", also with "Z" or "+02:00". */
const TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const CSV_COLUMNS = ['start', 'end', 'kind', 'reason', 'note'];
/** The rows before the last import, for "Undo import"; null when there is nothing to undo. */
let rowsBeforeImport = null;

/** A problem with an imported file that the page finds itself (the core's own are SlaErrors). */
class ImportError extends Error {}

/** "2026-05-01T10:00" or, with seconds other than 0, "2026-05-01T10:00:05": what a datetime-local input holds. */
const inputTime = (date, hhmm, ss = '00') => `${date}T${hhmm}${ss === '00' ? '' : `:${ss}`}`;

/** The wall-clock time of instant `ms` in `timeZone`, as an input value. */
function wallClock(ms, timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(format.formatToParts(ms).map(({ type, value }) => [type, value]));
  return inputTime(`${p.year}-${p.month}-${p.day}`, `${p.hour}:${p.minute}`, p.second);
}

/**
 * An imported time as the inputs take it: a local time as it is, one with
 * "Z" or an offset as the wall-clock time in `timeZone` (the provider's,
 * which the inputs are in). Empty stays empty; null: not a time the core reads.
 */
function toInputTime(text, timeZone) {
  if (text === undefined || text === null || text === '') return '';
  const m = TIME_PATTERN.exec(String(text));
  if (!m) return null;
  const [, date, hhmm, ss, zone] = m;
  if (!zone) return inputTime(date, hhmm, ss);
  const ms = Date.parse(`${date}T${hhmm}:${ss ?? '00'}${zone}`);
  return Number.isNaN(ms) ? null : wallClock(ms, timeZone);
}

/** Imported OutageRecords as row values, times converted for the inputs; an unreadable time is refused by name. */
function rowsOfRecords(records, timeZone) {
  return records.map((record, i) => {
    const time = (key) => {
      const value = toInputTime(record[key], timeZone);
      if (value === null) {
        throw new ImportError(`Outage ${i + 1}: ${key} ${JSON.stringify(record[key])} is not a date and time like ` +
          '2026-02-03T10:00.');
      }
      return value;
    };
    return { ...record, start: time('start'), end: time('end') };
  });
}

/** The outages of a JSON file: a list of outage records or { outages: [...] }. The core checks the rest when measuring. */
function outagesOfJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ImportError(`Not valid JSON: ${err.message}.`);
  }
  const list = Array.isArray(data) ? data : data?.outages;
  if (!Array.isArray(list) || !list.every((o) => o !== null && typeof o === 'object' && !Array.isArray(o))) {
    throw new ImportError('Expected a list of outages, [{"start": "…", "end": "…"}, …], or {"outages": [...]}.');
  }
  return list;
}

/** CSV, semicolon-separated or tab-separated text, read by the core in the provider's zone. */
const outagesOfCsv = (text) => sla.parseOutages({ text, profile: profileRef() }).outages;

/** A file's text: UTF-8, else Windows-1252 (what Excel writes as "CSV" on Windows). */
async function fileText(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function showImportMessage(text, canUndo) {
  $('import-message').textContent = text;
  $('undo-import').hidden = !canUndo;
}

const outageCount = (n) => `${n} outage${n === 1 ? '' : 's'}`;

/**
 * Runs `read` (→ OutageRecords). Only when it succeeds are the rows
 * replaced, the old ones kept for "Undo import"; otherwise the message goes
 * next to control `id` and nothing else changes.
 */
function importOutages(id, read, source) {
  setFieldError('import-text', null);
  setFieldError('import-file', null);
  let rows;
  try {
    rows = rowsOfRecords(read(), profileDoc($('profile').value).timeZone);
    if (!rows.length) throw new ImportError('No outages: there is nothing under the header line.');
  } catch (err) {
    if (!(err instanceof SlaError || err instanceof ImportError)) throw err;
    setFieldError(id, id === 'import-file' ? `${source}: ${err.message}` : err.message);
    return;
  }
  rowsBeforeImport = allRowValues();
  replaceRows(rows);
  outageFile = null;
  showOutageSource();
  showImportMessage(`Imported ${outageCount(rows.length)} from ${source}, in place of the rows there were.`, true);
  compute();
}

function importPasted() {
  const text = $('import-text').value;
  importOutages('import-text', () => outagesOfCsv(text), 'the pasted text');
}

/**
 * A chosen or dropped file: JSON by its name, anything else as CSV. A large
 * CSV file is read in the worker; a JSON file over the core's limit is not
 * read at all.
 */
async function importFile(file) {
  const json = /\.json$/i.test(file.name) || file.type === 'application/json';
  if (!json && file.size > LARGE_FILE_BYTES) {
    readLargeFile(file);
    return;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    setFieldError('import-file', `${file.name} is ${(file.size / MAX_IMPORT_BYTES).toFixed(1)} MiB: JSON files up ` +
      'to 1 MiB can be imported; save a larger ledger as CSV. Nothing was read.');
    return;
  }
  const text = await fileText(file);
  importOutages('import-file', () => (json ? outagesOfJson(text) : outagesOfCsv(text)), file.name);
}

// ---------------------------------------------------------------- a large outage file

const fileReader = new OutageFileReader();
/** { file, profile, summary } while the outages come from a large file; null while they come from the rows. */
let outageFile = null;
const count = new Intl.NumberFormat('en');
const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

function showProgress(file, bytes, rows) {
  $('file-progress').hidden = false;
  $('file-progress-bar').max = file.size || 1;
  $('file-progress-bar').value = bytes;
  $('file-progress-label').textContent = `Reading ${file.name}: ${megabytes(bytes)} of ${megabytes(file.size)} MB, ` +
    `${count.format(rows)} outages so far`;
}

/** The rows or the file: the panel that is not in use is hidden, and kept as it is. */
function showOutageSource() {
  const fromFile = outageFile !== null;
  for (const id of ['outage-list', 'add-outage', 'export-csv', 'export-json']) $(id).hidden = fromFile;
  $('outage-file').hidden = !fromFile;
  if (!fromFile) return;
  const { file, summary } = outageFile;
  $('outage-file-summary').textContent = `${count.format(summary.rows)} outages from ${file.name}` +
    (summary.rows ? `, ${summary.first.replace('T', ' ')} to ${summary.last.replace('T', ' ')}` : '') +
    `, read in ${summary.seconds.toFixed(1)} s. They are measured as a file; the rows are kept for when you go back.`;
}

/**
 * Reads `file` in the worker, in the zone of the chosen profile, with
 * progress and a cancel button. Only a file read without an error replaces
 * what was measured before; an error goes next to the file input.
 */
async function readLargeFile(file) {
  setFieldError('import-text', null);
  setFieldError('import-file', null);
  const profile = profileRef();
  showProgress(file, 0, 0);
  try {
    const summary = await fileReader.read(file, profile, ({ bytes, rows }) => showProgress(file, bytes, rows));
    outageFile = { file, profile, summary };
    showOutageSource();
    showImportMessage(`Read ${count.format(summary.rows)} outages from ${file.name}.`, true);
    compute();
  } catch (err) {
    if (err instanceof ReadCancelled) showImportMessage(`Reading ${file.name} was cancelled. Nothing changed.`, false);
    else if (err instanceof SlaError) setFieldError('import-file', `${file.name}: ${err.message}`);
    else throw err;
  } finally {
    $('file-progress').hidden = true;
  }
}

/** Back to the rows: they were never touched while the file was in use. */
function leaveFile() {
  outageFile = null;
  showOutageSource();
  showImportMessage('The rows are measured again, not the file.', false);
  $('add-outage').focus();
  compute();
}

function undoImport() {
  if (outageFile) {
    leaveFile();
    return;
  }
  replaceRows(rowsBeforeImport);
  rowsBeforeImport = null;
  showImportMessage('Import undone: the rows from before are back.', false);
  $('add-outage').focus();
  compute();
}

/** The filled rows (as readOutages skips empty ones) with the inputs' local times; reason for excluded ones only. */
function exportRecords() {
  return allRowValues().filter((v) => v.start || v.end || v.note.trim()).map(({ start, end, kind, reason, note }) => ({
    start, end, kind, ...(kind === 'excluded' && reason ? { reason } : {}), ...(note.trim() ? { note: note.trim() } : {}),
  }));
}

/** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
const csvField = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A note a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets an apostrophe in front, as OWASP advises against CSV injection; the
 * other columns are times and fixed words.
 */
const inertNote = (note) => (/^[=+\-@\t\r]/.test(note) ? `'${note}` : note);

/** With a byte-order mark, so Excel reads the file as UTF-8 (the core skips it on import). */
function toCsv(records) {
  const lines = [CSV_COLUMNS, ...records.map((r) => CSV_COLUMNS.map((c) => (c === 'note' ? inertNote(r.note ?? '') : r[c] ?? '')))];
  return `\uFEFF${lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('')}`;
}

/** The claim deadline and redemption dates of the credit shown (not a dimmed, out-of-date one). */
function downloadCreditIcs() {
  if (!lastCredit?.calendar || $('credit').dataset.state !== 'ok') return;
  download(`slacalc-credit-${lastCredit.profile}-${lastCredit.period.label}.ics`, 'text/calendar;charset=utf-8',
    lastCredit.calendar);
}

function exportCsv() {
  download(`outages-${summaryOf($('profile').value).id}.csv`, 'text/csv;charset=utf-8', toCsv(exportRecords()));
}

function exportJson() {
  download(`outages-${summaryOf($('profile').value).id}.json`, 'application/json',
    `${JSON.stringify({ outages: exportRecords() }, null, 2)}\n`);
}

/** Files dropped on the outage section are imported; dropped elsewhere they are ignored, not opened (the input would be lost). */
function wireDrop(section) {
  const hasFiles = (e) => e.dataTransfer?.types.includes('Files');
  section.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    section.classList.add('is-drop-target');
  });
  section.addEventListener('dragleave', (e) => {
    if (!section.contains(e.relatedTarget)) section.classList.remove('is-drop-target');
  });
  section.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    section.classList.remove('is-drop-target');
    $('import').open = true;
    if (e.dataTransfer.files[0]) importFile(e.dataTransfer.files[0]);
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e) || section.contains(e.target)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
  });
  document.addEventListener('drop', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
}

// ---------------------------------------------------------------- small formats

/** "2d 3h 4m 5.5s" for seconds ≥ 0 (the core's `human` says "0s" for a budget overrun, so it is not used there). */
function human(seconds) {
  const parts = [[86400, 'd'], [3600, 'h'], [60, 'm']].map(([unit, name]) => {
    const n = Math.floor(seconds / unit);
    seconds -= n * unit;
    return n ? `${n}${name}` : '';
  });
  const s = Math.round(seconds * 1000) / 1000;
  return [...parts, s ? `${s}s` : ''].filter(Boolean).join(' ') || '0s';
}

const remainingText = (r) => (r.seconds < 0 ? `over by ${human(-r.seconds)}` : r.human);
/** "99.454212…" → "99.45" — cut, not rounded, so a missed target never shows as reached. */
const shortPercent = (text) => text.replace('…', '').replace(/(\.\d{2})\d+$/, '$1');
const metText = (met) => (met === null ? '— nothing measured' : met ? '✓ met' : '✗ missed');
/** "2026-04-01" → "Apr 2026" for months; quarters and years keep the core's label. */
const shortLabel = (p, period) => (period === 'month'
  ? `${MONTHS[Number(p.from.slice(5, 7)) - 1]} ${p.from.slice(0, 4)}` : p.label);
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- chart

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Geometry in SVG user units = CSS pixels; the chart is as wide as its bars and scrolls on small screens. */
const CH = { left: 58, slot: 78, bar: 46, right: 8, top: 26, bottom: 150, height: 196 };

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * The lowest availability the axis shows: below the lowest bar and far enough
 * below the target that its line is clear of 100 %, rounded down to a power
 * of ten. The axis does not start at 0 (the bars would all look full); the
 * caption says where it starts.
 */
function axisFloor(target, values) {
  const low = Math.min(target - Math.max(2 * (100 - target), 0.1), ...values);
  const step = 10 ** Math.floor(Math.log10(Math.max(100 - low, 0.001)));
  return Math.max(0, Math.floor((low - (100 - low) * 0.1) / step) * step);
}

function barGroup(p, i, c, y) {
  const x = CH.left + i * CH.slot + (CH.slot - CH.bar) / 2;
  const mid = x + CH.bar / 2;
  const value = p.availability ? shortPercent(p.availability.text) : null;
  const label = `${p.label}: ${p.availability ? `availability ${p.availability.text} %` : 'nothing measured'}, ` +
    `target ${c.target} %, ${p.met === null ? 'no verdict' : p.met ? 'met' : 'missed'}`;
  const top = value === null ? CH.bottom : y(p.availability.percent);
  return svg('g', {
    class: `bar ${p.met === false ? 'is-missed' : 'is-met'}`, role: 'img', 'aria-label': label, 'data-period': p.from,
  }, [
    svg('title', {}, [label]),
    value === null ? null : svg('rect', { x, y: top, width: CH.bar, height: Math.max(CH.bottom - top, 1) }),
    svg('text', { class: 'bar-value', x: mid, y: top - 6, 'text-anchor': 'middle' }, [value === null ? '—' : `${value} %`]),
    svg('text', { class: 'bar-label', x: mid, y: CH.bottom + 16, 'text-anchor': 'middle' }, [shortLabel(p, c.period)]),
    svg('text', { class: 'bar-met', x: mid, y: CH.bottom + 34, 'text-anchor': 'middle' }, [metText(p.met)]),
  ]);
}

/** Availability per period as bars, the target as a dashed line; met or missed said in words under each bar. */
function chart(c, n) {
  const target = Number(c.target);
  const floor = axisFloor(target, c.periods.filter((p) => p.availability).map((p) => p.availability.percent));
  const y = (v) => CH.bottom - ((v - floor) / (100 - floor)) * (CH.bottom - CH.top);
  const width = CH.left + c.periods.length * CH.slot + CH.right;
  const titleId = `chart-${n}-title`;
  const tick = (v, cls) => svg('text', { class: cls, x: CH.left - 6, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'central' },
    [`${v} %`]);
  const picture = svg('svg', {
    class: 'chart-svg', width, height: CH.height, viewBox: `0 0 ${width} ${CH.height}`, role: 'group',
    'aria-labelledby': titleId, 'data-testid': 'chart',
  }, [
    svg('title', { id: titleId }, [`Availability per ${c.period} against the ${c.target} % target`]),
    svg('line', { class: 'axis-line', x1: CH.left, x2: width - CH.right, y1: CH.bottom, y2: CH.bottom }),
    svg('line', { class: 'axis-line', x1: CH.left, x2: width - CH.right, y1: y(100), y2: y(100) }),
    // The 100 % label gives way when the target's own label would overlap it.
    y(target) - y(100) > 14 ? tick(100, 'tick') : null,
    tick(Number(floor.toFixed(6)), 'tick'),
    ...c.periods.map((p, i) => barGroup(p, i, c, y)),
    svg('line', { class: 'target-line', x1: CH.left, x2: width - CH.right, y1: y(target), y2: y(target), 'data-target': c.target }),
    tick(target, 'tick target-tick'),
  ]);
  return el('figure', { class: 'chart' }, [
    el('div', { class: 'chart-scroll', tabIndex: 0, role: 'region', 'aria-label': `Chart: availability per ${c.period}` },
      [picture]),
    el('figcaption', { class: 'legend', text: `Bars: availability per ${c.period}; dashed line: the ${c.target} % ` +
      `target; ✓ met, ✗ missed. The axis starts at ${Number(floor.toFixed(6))} %, not 0.` }),
  ]);
}

// ---------------------------------------------------------------- measured periods

function periodTable(c) {
  const head = ['Period', 'Counted', 'Downtime', 'Measured', 'Availability', 'Target met', 'Remaining budget'];
  const row = (p) => el('tr', { class: p.met === false ? 'missed' : '', 'data-period': p.from, 'data-testid': 'period-row' }, [
    el('th', { scope: 'row', text: p.label }),
    el('td', { class: 'counted', text: p.counted.human }),
    el('td', { class: 'downtime', text: p.downtime.human }),
    el('td', { class: 'measured-time', text: p.measured.human }),
    el('td', { class: 'availability', text: p.availability ? `${p.availability.text} %` : '—' }),
    el('td', { class: 'met', text: metText(p.met) }),
    el('td', { class: 'remaining', text: remainingText(p.remaining) }),
  ]);
  return el('div', { class: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': `Periods, ${c.target} % target` }, [
    el('table', { class: 'period-table' }, [
      el('caption', { class: 'visually-hidden', text: `Measured availability per ${c.period}, target ${c.target} %` }),
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, c.periods.map(row)),
    ]),
  ]);
}

function commitmentBlock(c, n, doc) {
  const hours = c.window === 'always' ? 'all hours, every day' : doc.windows?.[c.window]?.label ?? c.window;
  return el('section', { class: 'commitment', 'data-scope': c.scope, 'data-testid': 'commitment' }, [
    el('h3', { text: `${c.scope ? `${capitalise(c.scope)}: ` : ''}${c.target} % per ${c.period}` }),
    el('p', { class: 'clause', text: `Counted: ${hours}${c.clause ? ` · ${c.clause}` : ''}` }),
    chart(c, n),
    periodTable(c),
    el('details', { class: 'explain' }, [
      el('summary', { text: 'How it’s measured' }),
      el('ul', {}, c.explain.map((e) => el('li', { 'data-code': e.code, text: e.text }))),
    ]),
  ]);
}

function renderMeasured(result) {
  const doc = profileDoc($('profile').value);
  $('measured').replaceChildren(...(result.commitments.length ? result.commitments.map((c, n) => commitmentBlock(c, n, doc))
    : [el('p', { class: 'no-commitment', text: 'This contract makes no availability commitment: there is nothing to measure.' })]));
}

/**
 * Fills the period select from the measured periods and returns the month
 * the credit is asked for: the user's pick while it is measured, else the
 * most recent period with a missed target, else the last one.
 */
function choosePeriod(result, fallbackMonth) {
  const periods = new Map();
  for (const c of result.commitments) {
    for (const p of c.periods) {
      const missed = (periods.get(p.from)?.missed ?? false) || p.met === false;
      periods.set(p.from, { label: p.label, missed });
    }
  }
  const froms = [...periods.keys()].sort();
  $('credit-period-field').hidden = froms.length === 0;
  if (!froms.length) return fallbackMonth;
  const select = $('credit-period');
  select.replaceChildren(...froms.map((from) => el('option', {
    value: from, text: `${periods.get(from).label}${periods.get(from).missed ? ' — target missed' : ''}`,
  })));
  const missed = froms.filter((f) => periods.get(f).missed);
  select.value = froms.includes(pickedPeriod) ? pickedPeriod : (missed.at(-1) ?? froms.at(-1));
  return select.value.slice(0, 7);
}

// ---------------------------------------------------------------- credit

function verdictText(r, feeEntered) {
  const missed = r.achieved.some((a) => !a.met);
  if (r.eligible) return `✓ Credit owed for ${r.period.label}: ${r.amount.text}`;
  if (!missed) return `✗ No credit for ${r.period.label}: every target was met.`;
  if (!feeEntered) return `Target missed in ${r.period.label}. Enter the fee to work out the credit.`;
  return `✗ Target missed in ${r.period.label}, but no credit is due (see below).`;
}

function facts(r, feeEntered) {
  const row = (term, value, cls) => [el('dt', { text: term }), el('dd', { class: cls, 'data-testid': cls, text: value })];
  const missed = r.achieved.some((a) => !a.met);
  let amount = `${r.amount.text}${r.percentOfFee !== '0' ? ` (${r.percentOfFee} % of ${r.fee.text})` : ''}`;
  if (!missed) amount = 'None: every target was met';
  else if (!feeEntered) amount = '— enter the fee';
  return [
    ...row('Amount', amount, 'amount'),
    ...row('Claim by', r.claimDeadline ?? (r.eligible ? 'No deadline in the contract' : '—'), 'claim-deadline'),
    ...row('What to send', r.claim || 'The contract names no form of claim.', 'claim'),
    ...row('Redemption', r.redemption || 'The contract does not say how the credit is paid out.', 'redemption'),
    ...redemptionRows(r.redemptionDates, row),
    ...row('Clause', r.clause || '—', 'credit-clause'),
  ];
}

/** The dates of an owed credit where the rule fixes them (Arena): made available, offset, lapses. */
function redemptionRows(dates, row) {
  if (!dates) return [];
  const lapses = !dates.lapsesAfter ? '— give the day a service year starts'
    : dates.lapsesUnused ? `${dates.lapsesAfter}, unused: the service year starts on ${dates.serviceYearFirst}, ` +
      'before the credit is made available' : `after ${dates.lapsesAfter} if not redeemed`;
  return [
    ...row('Made available', `${dates.available} (end of the calendar year)`, 'available'),
    ...row('Offset at renewal', dates.offsetAt ?? '—', 'offset-at'),
    ...row('Lapses', lapses, 'lapses'),
  ];
}

/** The no-remedy answer: the reason from the core, the clause from the rule when it names one. */
function renderNoRemedy(r, tier) {
  const reason = r.explain.find((e) => e.code === 'no-remedy')?.text.replace(/^No financial remedy in this contract: /, '') ??
    tier.credit.reason;
  $('no-remedy-reason').textContent = `${reason}${tier.credit.clause ? ` (${tier.credit.clause})` : ''}`;
}

function renderCredit(r, feeEntered, tier) {
  const none = r.kind === 'none';
  $('no-remedy').hidden = !none;
  $('credit-body').hidden = none;
  $('credit').dataset.eligible = String(r.eligible);
  if (none) {
    renderNoRemedy(r, tier);
    return;
  }
  $('verdict').textContent = verdictText(r, feeEntered);
  $('verdict').className = `verdict ${r.eligible ? 'is-owed' : ''}`.trim();
  $('credit-facts').replaceChildren(...facts(r, feeEntered));
  $('credit-ics-field').hidden = !(feeEntered && r.calendar);
  $('credit-explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  // A letter claiming 0.00 is no use: it waits for the fee.
  const letter = feeEntered && r.letter;
  $('letters').hidden = !letter;
  $('letter-en').textContent = letter ? r.letter.en : '';
  $('letter-de').textContent = letter ? r.letter.de : '';
  $('copy-status').textContent = '';
}

/** Copies a letter; where the browser refuses, the text is selected so Ctrl+C (⌘C) does it. */
async function copyLetter(button) {
  const pre = $(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(pre.textContent);
    $('copy-status').textContent = `${pre.lang === 'de' ? 'German' : 'English'} letter copied.`;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $('copy-status').textContent = 'The browser did not allow copying: the letter is selected, press Ctrl+C (⌘C).';
  }
}

// ---------------------------------------------------------------- compute

/** Reads the form, measures, asks for the credit of the chosen period, and shows both or says what to fix. */
function compute() {
  if (!sla) return;
  const tier = currentTier();
  const base = { profile: profileRef(), tier: tier.id };
  const errors = {};
  const feeErrors = {};
  const range = readRange(errors);
  const fee = readFee(tier, feeErrors);
  fee.part = { ...fee.part, ...readRedemption(feeErrors) };
  if (outageFile) {
    computeFromFile({ tier, base, range, fee, errors, feeErrors });
    return;
  }
  const { outages, rows } = readOutages(errors);
  sentRows = rows;
  const measured = callCore(() => sla.measure({ ...base, ...range, outages }), errors, fieldOfPath);
  let credit = { result: null, formError: null };
  if (measured.result) {
    const month = choosePeriod(measured.result, range.from);
    credit = callCore(() => sla.credit({ ...base, month, outages, ...fee.part }), feeErrors, fieldOfPath);
  }
  show({ tier, fee, errors, feeErrors }, measured, credit);
}

/** Counts the computations on a file: an answer to an older one is dropped. */
let fileComputation = 0;

/** compute() for a large file: the same requests without "outages", answered by the worker. */
async function computeFromFile(form) {
  const { base, range, fee, errors, feeErrors } = form;
  const mine = ++fileComputation;
  setStatus(`Measuring ${count.format(outageFile.summary.rows)} outages…`, 'busy');
  const measured = await callCoreLater(() => fileReader.call('measure', { ...base, ...range }), errors, fieldOfPath);
  let credit = { result: null, formError: null };
  if (mine === fileComputation && measured.result) {
    const month = choosePeriod(measured.result, range.from);
    credit = await callCoreLater(() => fileReader.call('credit', { ...base, month, ...fee.part }), feeErrors,
      fieldOfPath);
  }
  if (mine === fileComputation) show(form, measured, credit);
}

/** Shows the results of a computation, or the errors next to their fields and the last results dimmed. */
function show({ tier, fee, errors, feeErrors }, measured, credit) {
  const all = { ...errors, ...feeErrors };
  for (const id of fieldIds()) setFieldError(id, all[id] ?? null);
  setFormError(measured.formError ?? credit.formError);

  if (measured.result) {
    renderMeasured(measured.result);
    haveMeasure = true;
  }
  if (credit.result) {
    renderCredit(credit.result, fee.entered, tier);
    haveCredit = true;
    lastCredit = credit.result;
  }
  announce('credit', measured.result && { measure: measured.result, credit: credit.result });
  const state = (result, have) => (result ? 'ok' : have ? 'stale' : 'empty');
  $('results').dataset.state = state(measured.result, haveMeasure);
  $('credit').dataset.state = state(credit.result, haveCredit);
  if (!measured.result) {
    setStatus(haveMeasure ? 'Out of date: fix the marked field. The results shown are for the last valid input, dimmed.'
      : 'Fix the marked field to see the availability.', 'failed');
  } else if (!credit.result) {
    setStatus('The credit is out of date: fix the marked field. The credit shown is for the last valid input, dimmed.',
      'failed');
  } else {
    setStatus('');
  }
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('credit-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const t = e.target;
    // Pasted text and files are read by their own buttons.
    if (t.closest('#import') || t.closest('#own-profile')) return;
    if (t.id === 'profile') {
      profileChanged();
      // The file's local times were read in the old profile's zone: read it again, then compute.
      if (outageFile) {
        readLargeFile(outageFile.file);
        return;
      }
    } else if (t.id === 'tier') tierChanged();
    else if (t.id === 'from-month' || t.id === 'to-month') rangeTouched = true;
    else if (t.id === 'credit-period') pickedPeriod = t.value;
    else if (t.dataset.kindOf !== undefined) showReason(t.dataset.kindOf);
    compute();
  });
  $('add-outage').addEventListener('click', () => {
    $(`o${addOutageRow()}-start`).focus();
    compute();
  });
  $('outage-list').addEventListener('click', (e) => {
    const button = e.target.closest('.remove-outage');
    if (!button) return;
    removeRow(button.dataset.remove);
    compute();
  });
  for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copyLetter(button));
  wireImportExport();
}

function wireImportExport() {
  $('import-paste').addEventListener('click', importPasted);
  $('import-file').addEventListener('change', (e) => {
    const [file] = e.target.files;
    e.target.value = ''; // the same file again is a new import
    if (file) importFile(file);
  });
  $('undo-import').addEventListener('click', undoImport);
  $('leave-file').addEventListener('click', leaveFile);
  $('use-profile').addEventListener('click', useOwnProfile);
  $('profile-file').addEventListener('change', (e) => {
    const [file] = e.target.files;
    e.target.value = '';
    if (file) loadProfileFile(file);
  });
  $('cancel-read').addEventListener('click', () => fileReader.cancel());
  $('export-csv').addEventListener('click', exportCsv);
  $('credit-ics').addEventListener('click', downloadCreditIcs);
  $('export-json').addEventListener('click', exportJson);
  wireDrop($('outages'));
}

function defaultProfile() {
  return (presets.find((p) => p.id === DEFAULT.profile) ?? presets[0]).id;
}

async function start() {
  const core = await loadCore(slaReady);
  if (!core) return;
  ({ sla, presets } = core);
  fillProfiles();
  $('profile').value = defaultProfile();
  profileChanged(DEFAULT.tier);
  addOutageRow();
  wire();
  setStatus('');
  compute();
  // The link carries a contract of the user's own (as its text) and the rows as typed; a large file stays out.
  sharePart('own-profile', { early: true, save: () => (custom ? $('profile-text').value : null),
    restore: (text) => { if (text) { $('profile-text').value = text; useOwnProfile(); } } });
  sharePart('outages', { save: allRowValues, restore: (rows) => { replaceRows(rows); compute(); } });
  performance.mark('slacalc-credit-ready');
  document.body.dataset.ready = '1';
}

start();
