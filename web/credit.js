// slacalc credit page: am I owed a credit? Reads the contract, the fee and an
// outage ledger, asks the wasm core for the availability per period (measure)
// and for the credit of one period (credit), and shows both: a bar chart and
// a table per commitment, then the verdict, the amount, the claim deadline and
// a claim letter to copy or download. Outages can be imported (pasted CSV, a
// CSV or JSON file, read by the core's parseOutages) and downloaded as CSV or
// JSON. A CSV file over 256 KiB (a monitoring export of a year can be 50 MB)
// is read and measured in a worker instead (outage-file.js), with progress,
// and replaces the rows only while it is in use. No framework, no inline code
// (CSP); nothing leaves the browser.
//
// Nothing is left unsaid: the months evaluated follow the outages until the
// user picks them, and outages outside the months picked are said above the
// results, with their months one click away; the claim deadline is judged as
// of today (the reader's local date) or the "as of" day set, and a passed one
// heads the verdict; each outage a commitment does not count is named with
// why, in the core's words.
//
// The reading of a contract (docs/design.md, "One reading of a contract")
// is chosen in the form and sent as monthBasis to measure and credit alike;
// each commitment says which reading it applied and shows its budget, with
// every other reading's budget beside it. An outage row can name what it
// hit (Flying Circus §9.2 separates the platform from the application) and,
// when planned, when it was announced (WP Heaven §10.1: less than 48 h
// ahead, it is downtime); those fields appear only for a contract that
// makes them matter, and keep their values while hidden.
//
// The cycle of reading, calling and showing errors is page.js's (docs/design.md,
// "How a page is built"); one edit here is two calls — measure, then credit for
// the chosen period — answered later by the worker for a large file. The core's
// error paths ("/outages/3/end", "/fee") name the control the message goes to.
// A bad fee only stales the credit, not the chart (reviewCredit places it).
//
// Languages: the page's own texts come from locales/<lang>/credit.json (t()),
// numbers and dates are written with Intl (i18n.js); the core's texts —
// explain lines, durations, labels, amounts, the claim letter — come in the
// page's language from the core itself (page-core.js; the worker's requests
// name it). The letter is shown in one language at a time, chosen next to it.

import { SlaError } from './slacalc.mjs';
import { runPage } from './page.js';
import { $, download, el, setFieldError, setStatus, showPercent } from './dom.js';
import { parseMoney } from './money.js';
import { presetGroups, tierChoices } from './selects.js';
import { closedDaysOf, wireClosedDays } from './closed-days-field.js';
import { OutageFileReader, ReadCancelled } from './outage-file.js';
import { fileText, ImportError, ownOutages, rowsOfRecords, toCsv } from './outage-import-export.js';
import { listWhenOpened, saveItem } from './mine.js';
import {
  expectList, expectProfile, expectRecord, expectShape, expectText, linkProblem, shareCheck, sharePart,
} from './share.js';
import { clock, date, isolate, lang, LANGS, percent, profileInLang, t } from './i18n.js';

const DEFAULT = { profile: 'wp-heaven', tier: 'standard' };
const FEE_LABELS = { 'monthly-fee': 'credit.feeMonthly', 'annual-fee': 'credit.feeAnnual', 'period-fee': 'credit.feePeriod' };
/** Flying Circus §9.7: the parts of a resource group's monthly cost (CreditRequest.resourceGroup). */
const RG_PARTS = ['serviceLevel', 'vcpu', 'ram', 'storage'];
const KINDS = { unplanned: 'credit.kind.unplanned', planned: 'credit.kind.planned', excluded: 'credit.kind.excluded' };
const REASONS = {
  'force-majeure': 'credit.reason.forceMajeure', 'customer-caused': 'credit.reason.customerCaused',
  'third-party': 'credit.reason.thirdParty', 'redundant-system-failure': 'credit.reason.redundantSystemFailure',
};
/** The claim letter's languages (the core's letter has one text per language), each named in itself. */
const LETTER_LANGS = { en: 'English', de: 'Deutsch', nl: 'Nederlands', da: 'Dansk' };
/** A commitment's period as a noun after "per": "per month", "pro Monat", "per maand", "pr. måned". */
const PERIOD_NOUNS = { month: 'credit.per.month', quarter: 'credit.per.quarter', year: 'credit.per.year' };
/** Counts and sizes as the page's language writes them: 12,345 / 12.345; 1.5 / 1,5. */
const count = new Intl.NumberFormat(lang);
const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Controls a core error path can point at (outage rows and resource group: fieldOfPath). */
const FIELD_OF_PATH = {
  '/profile': 'profile', '/tier': 'tier', '/from': 'from-month', '/to': 'to-month', '/fee': 'fee',
  '/resourceGroup': 'rg-serviceLevel', '/serviceYearStart': 'service-year-start', '/redemptionYear': 'redemption-year',
  '/monthBasis': 'month-basis', '/closedDays': 'closed-days', '/asOf': 'as-of', '/claimant/name': 'claimant-name',
  '/claimant/number': 'claimant-number', '/claimant/contact': 'claimant-contact',
  '/claimant/signature': 'claimant-signature',
};
/** The parts of an outage row a core error path can name: /outages/N/<part>. */
const ROW_PARTS = ['start', 'end', 'kind', 'reason', 'scope', 'announced', 'note'];
/** An outage's scope value for "it hit every commitment" (OutageRecord.scope; the core's default). */
const ALL_SCOPES = 'all';

let sla = null;
/** ProfileSummary[] of the built-in presets (they carry currencyDecimals). */
let presets = [];
const docs = new Map();
const ruleTexts = new Map();
/** Outage rows get a number once, so ids stay put when a row above is removed. */
let nextRow = 0;
/** Row numbers of the outages sent last, by request index: "/outages/1/end" names the second one sent. */
let sentRows = [];
/** False until the user picks months: until then the range follows the outages (the tier's period without any). */
let rangeTouched = false;
/** The period the user picked for the credit ("2026-04-01"), kept while it is measured. */
let pickedPeriod = null;
/** The credit shown, for its calendar download. */
let lastCredit = null;

// ---------------------------------------------------------------- profiles

/** The contract select's value for the user's own profile. */
const CUSTOM = 'custom';
/** The user's own profile once it was checked: { doc, summary } (validateProfile); null before. */
let custom = null;

/** The profile document (zone, windows, tiers' commitments and credit rules); a preset's is asked once. */
function profileDoc(id) {
  if (id === CUSTOM) return profileInLang(custom.doc);
  if (!docs.has(id)) docs.set(id, profileInLang(sla.profile(id)));
  return docs.get(id);
}

const summaryOf = (id) => (id === CUSTOM ? custom.summary : presets.find((p) => p.id === id));

/** The chosen profile as requests name it: a preset's id, or the user's document itself. */
const profileRef = () => ($('profile').value === CUSTOM ? custom.doc : $('profile').value);

function currentTier() {
  return profileDoc($('profile').value).tiers.find((t) => t.id === $('tier').value);
}

/**
 * What an outage can name as its scope: the distinct scopes of the profile's
 * availability commitments, in the profile's order and words (Flying Circus
 * §9.2: platform, application). Empty when no commitment names one.
 */
function profileScopes(doc = profileDoc($('profile').value)) {
  return [...new Set(doc.tiers.flatMap((tier) => (tier.availability ?? []).map((c) => c.scope).filter(Boolean)))];
}

/** The scope's name for people in the page's language (profileInLang's scopeName); the scope itself when it has none. */
function scopeName(scope, doc = profileDoc($('profile').value)) {
  const named = doc.tiers.flatMap((tier) => tier.availability ?? []).find((c) => c.scope === scope);
  return named?.scopeName ?? scope;
}

/** The profile's notice for planned work (WP Heaven §10.1: { atLeast: "48h", clause }), or null. */
const maintenanceNotice = (doc = profileDoc($('profile').value)) => doc.maintenanceNotice ?? null;

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
  const option = (p) => el('option', { value: p.id, text: `${isolate(p.vendor)} — ${isolate(p.product)}` });
  const own = custom ? [el('optgroup', { label: t('credit.ownGroup') }, [
    el('option', { value: CUSTOM, text: t('credit.ownOption', { vendor: custom.summary.vendor,
      product: custom.summary.product }) }),
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
  select.replaceChildren(...Object.entries(KINDS).map(([value, key]) => el('option', { value, text: t(key) })));
}

function fillReasonSelect(select) {
  select.replaceChildren(el('option', { value: '', text: t('credit.reasonChoose') }),
    ...Object.entries(REASONS).map(([value, key]) => el('option', { value, text: t(key) })));
}

/**
 * "Everything" and the profile's scopes as it writes them. A value the
 * profile does not know (an import, another contract's scope) stays as an
 * extra choice marked so: it is kept, and the core says what is wrong with it.
 */
function fillScopeSelect(select, scopes, value) {
  const wanted = value || ALL_SCOPES;
  const unknown = wanted !== ALL_SCOPES && !scopes.includes(wanted);
  select.replaceChildren(el('option', { value: ALL_SCOPES, text: t('credit.scopeAll') }),
    ...scopes.map((scope) => el('option', { value: scope, text: scopeName(scope) })),
    ...(unknown ? [el('option', { value: wanted, text: t('credit.scopeUnknown', { scope: wanted }) })] : []));
  select.value = wanted;
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
    const listed = check.errors.slice(0, SHOWN_PROBLEMS).map((e) => `${e.path || t('credit.theDocument')}: ${e.message}`);
    const more = check.errors.length - listed.length;
    const problems = check.errors.length;
    setFieldError('profile-text', [
      t(problems === 1 ? 'credit.profileProblemsOne' : 'credit.profileProblemsMany', { count: problems }),
      ...listed, ...(more ? [t('credit.profileProblemsMore', { count: more })] : []),
    ].join('\n'));
    $('profile-message').textContent = '';
    return;
  }
  setFieldError('profile-text', null);
  custom = { doc: JSON.parse(text), summary: check.summary };
  $('save-contract').hidden = false;
  $('save-contract-status').textContent = '';
  ruleTexts.clear();
  fillProfiles();
  $('profile').value = CUSTOM;
  profileChanged();
  const { product, vendor } = check.summary;
  const warnings = check.warnings.map((w) => `${w.path}: ${w.message}`).join('; ');
  const using = !check.warnings.length ? t('credit.usingProfile', { product, vendor })
    : t(check.warnings.length === 1 ? 'credit.usingProfileWarning' : 'credit.usingProfileWarnings',
      { product, vendor, count: check.warnings.length, warnings });
  // A profile written in another language than the page's is shown as written, and says so.
  const { textLang } = check.summary;
  $('profile-message').textContent = textLang
    ? `${using} ${t('credit.writtenIn', { language: new Intl.DisplayNames([lang], { type: 'language' }).of(textLang) })}`
    : using;
  if (outageFile) readLargeFile(outageFile.file);
  else page.compute();
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
  const example = t(digits === 0 ? 'credit.feeExampleWhole' : 'credit.feeExample');
  $('fee-field').hidden = credit.kind === 'none' || group;
  $('resource-group').hidden = credit.kind === 'none' || !group;
  $('fee-label').textContent = t(FEE_LABELS[credit.fee] ?? 'credit.feeOther');
  for (const code of document.querySelectorAll('.currency-code')) code.textContent = doc.currency;
  $('fee-hint').textContent = t('credit.feeHint', { currency: doc.currency, example });
  $('rg-hint').textContent = t('credit.rgHint', { currency: doc.currency, example });
  $('redemption-fields').hidden = credit.redemption?.availableAt !== 'calendar-year-end';
}

/** The redemption part of the credit request (Arena: serviceYearStart, redemptionYear), where the rule has dates. */
function readRedemption(errors) {
  if ($('redemption-fields').hidden) return {};
  const start = $('service-year-start');
  if (halfTyped(start)) errors['service-year-start'] = t('credit.errorWholeDate');
  return { redemptionYear: $('redemption-year').value, ...(start.value ? { serviceYearStart: start.value } : {}) };
}

/** The rule in one sentence; for the illustrative examples also their caveat, lest a claim rest on them. */
function showRule(doc, tier) {
  const clause = tier.credit.kind === 'none' && tier.credit.clause ? ` (${tier.credit.clause})` : '';
  $('rule').textContent = ruleText(profileRef(), tier.id) + clause;
  $('caveat').textContent = doc.status === 'example' ? doc.caveat ?? t('credit.exampleCaveat') : '';
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
  $('outage-zone').textContent = t(doc.timeZone === 'UTC' ? 'credit.outageZoneUtc' : 'credit.outageZone',
    { zone: doc.timeZone });
  // Each row's scope choices and announcement field follow the contract; what was chosen or typed stays.
  for (const row of $('outage-list').children) {
    if (pendingRows.has(row.dataset.row)) continue;  // built with the contract of the moment (buildRow)
    const scope = $(`o${row.dataset.row}-scope`);
    fillScopeSelect(scope, profileScopes(doc), scope.value);
    showRowFields(row.dataset.row);
  }
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

/**
 * One row: start, end, kind, reason (excluded only), what it hit (a profile
 * with scopes only), when it was announced (planned, under a notice rule
 * only), note, and a remove button; each field with its error box.
 */
function addOutageRow({ batch = false } = {}) {
  const n = nextRow++;
  $('outage-list').append(outageRow(n));
  if (batch) return n;  // the caller fills the row and numbers the rows once
  showRowFields(n);
  renumberRows();
  return n;
}

/** Row `n`'s element (addOutageRow). */
function outageRow(n) {
  const id = (part) => `o${n}-${part}`;
  const field = (part, label, control, cls = '', hint = null) => el('div', { class: `field ${cls}`.trim() }, [
    el('label', { htmlFor: id(part), text: label }),
    control,
    hint,
    el('p', { class: 'error', id: `${id(part)}-error`, 'aria-live': 'polite', hidden: true, 'data-testid': `${id(part)}-error` }),
  ]);
  // A text field in the page's language (locale-input.js): no browser date field is built for it.
  const time = (part, describedBy = 'outage-zone') => el('input', {
    id: id(part), type: 'text', 'data-locale-input': 'datetime', 'aria-describedby': describedBy, 'data-testid': id(part),
  });
  const kind = el('select', { id: id('kind'), 'data-kind-of': n, 'data-testid': id('kind') });
  fillKindSelect(kind);
  const reason = el('select', { id: id('reason'), 'data-testid': id('reason') });
  fillReasonSelect(reason);
  const scope = el('select', { id: id('scope'), 'data-testid': id('scope') });
  fillScopeSelect(scope, profileScopes(), ALL_SCOPES);
  const noticeHint = el('p', { class: 'hint', id: id('announced-hint'), 'data-testid': id('announced-hint') });
  return el('li', { class: 'outage', 'data-row': n, 'data-testid': 'outage-row' }, [
    el('fieldset', {}, [
      el('legend', { class: 'outage-title' }),
      el('div', { class: 'pair times' }, [field('start', t('credit.row.start'), time('start')),
        field('end', t('credit.row.end'), time('end'))]),
      el('div', { class: 'pair' }, [
        field('kind', t('credit.row.kind'), kind),
        field('reason', t('credit.row.reason'), reason, 'reason-field'),
      ]),
      field('scope', t('credit.row.scope'), scope, 'scope-field'),
      field('announced', t('credit.row.announced'), time('announced', `${id('announced-hint')} outage-zone`),
        'announced-field', noticeHint),
      field('note', t('credit.row.note'), el('input', { id: id('note'), type: 'text', 'data-testid': id('note') })),
      el('button', {
        id: id('remove'), type: 'button', class: 'button small secondary remove-outage', text: t('credit.row.remove'),
        'data-remove': n,
        'data-testid': id('remove'),
      }),
    ]),
  ]);
}

/** "Outage 2" legends and "Remove outage 2" labels follow the rows' order. */
function renumberRows() {
  [...$('outage-list').children].forEach(numberRow);
}

function numberRow(row, i) {
  row.dataset.position = i;
  row.querySelector('.outage-title').textContent = t('credit.outageN', { n: i + 1 });
  row.querySelector('.remove-outage')?.setAttribute('aria-label', t('credit.removeOutageN', { n: i + 1 }));
}

// ---------------------------------------------------------------- rows built when they near the screen

/**
 * A view or an import may bring thousands of rows, and a row's controls cost
 * the browser about half a millisecond (its date-and-time inputs most). So
 * past the first EAGER_ROWS a row starts as its title alone, holding its
 * values (pendingRows), and is built when it comes within a few screens of
 * sight or has an error to show. Reading, sending and saving take the values
 * either way (rowValues).
 */
const EAGER_ROWS = 40;
/** Row number (as data-row writes it) → its values, for the rows not built yet. */
const pendingRows = new Map();
const rowObserver = new IntersectionObserver(
  (entries) => entries.filter((e) => e.isIntersecting).forEach((e) => buildRow(e.target.dataset.row)),
  { rootMargin: '2000px 0px' },
);

/** A row holding `v` (as fillRow takes it), built later; its number. */
function addPendingRow(v) {
  const n = String(nextRow++);
  pendingRows.set(n, rowOf(v));
  const row = el('li', { class: 'outage pending', 'data-row': n, 'data-testid': 'outage-row' },
    [el('p', { class: 'outage-title' })]);
  $('outage-list').append(row);
  rowObserver.observe(row);
  return n;
}

/** Builds row `n` if it is still pending, with its values and the contract of the moment. */
function buildRow(n) {
  const v = pendingRows.get(n);
  if (!v) return;
  const stub = $('outage-list').querySelector(`[data-row="${n}"]`);
  rowObserver.unobserve(stub);
  pendingRows.delete(n);
  const row = outageRow(n);
  stub.replaceWith(row);
  fillRow(n, v);
  numberRow(row, Number(stub.dataset.position));
}

/** "48h" → "48h", "48 Std.", "48 uur", "48 t." (whole hours as the language writes them); anything else as written. */
function noticeText(atLeast) {
  const hours = /^\s*(\d+)\s*h\s*$/.exec(atLeast)?.[1];
  return hours ? unitFormats.hour.format(Number(hours)) : atLeast;
}

/** { notice: "48h", clause: " (§10.1)" } for the texts that name the notice rule; the clause where it names one. */
const noticeParams = (notice) => ({ notice: noticeText(notice.atLeast), clause: notice.clause ? ` (${notice.clause})` : '' });

/**
 * Whether a row of `kind` shows `part`, so reads and sends it (a hidden one
 * keeps its value, unsent): a reason only for an excluded outage (the core
 * refuses one elsewhere); what it hit only when the contract's commitments
 * name scopes; when it was announced only for planned work under a notice
 * rule (WP Heaven §10.1).
 */
function rowShows(kind, part, doc = profileDoc($('profile').value)) {
  if (part === 'reason') return kind === 'excluded';
  if (part === 'scope') return profileScopes(doc).length > 0;
  if (part === 'announced') return kind === 'planned' && Boolean(maintenanceNotice(doc));
  return true;
}

/** Whether row `n` shows `part`. */
const shown = (n, part) => rowShows(rowValues(n).kind, part);

/**
 * Shows the fields of row `n` that its kind and the contract make matter
 * (rowShows); hidden ones keep what was chosen or typed. The notice rule in
 * the announcement's hint.
 */
function showRowFields(n) {
  const kind = $(`o${n}-kind`).value;
  const notice = maintenanceNotice();
  for (const part of ['reason', 'scope']) $(`o${n}-${part}`).closest('.field').hidden = !rowShows(kind, part);
  $(`o${n}-announced`).closest('.field').hidden = !rowShows(kind, 'announced');
  $(`o${n}-announced-hint`).textContent = notice ? t('credit.announcedHint', noticeParams(notice)) : '';
}

/** Removes row `n`; the focus moves to the next row's remove button, or to "Add outage", so it is not lost. */
function removeRow(n) {
  const row = $('outage-list').querySelector(`[data-row="${n}"]`);
  const next = row.nextElementSibling ?? row.previousElementSibling;
  row.remove();
  renumberRows();
  (next?.querySelector('.remove-outage') ?? $('add-outage')).focus();
}

/** Row `n` as typed: the inputs' start and end, kind, reason, scope and announced (kept while hidden), note. */
function rowValues(n) {
  const pending = pendingRows.get(String(n));
  if (pending) return pending;
  const value = (part) => $(`o${n}-${part}`).value;
  return { start: value('start'), end: value('end'), kind: value('kind'), reason: value('reason'), scope: value('scope'),
    announced: value('announced'), note: value('note') };
}

/** A row's values from `v` (times as the inputs take them). A note's line breaks become spaces: the input has one line. */
const rowOf = (v) => ({ start: v.start ?? '', end: v.end ?? '', kind: v.kind ?? 'unplanned', reason: v.reason ?? '',
  scope: v.scope ? String(v.scope) : ALL_SCOPES, announced: v.announced ?? '',
  note: String(v.note ?? '').replace(/\r\n?|\n/g, ' ') });

/** Sets row `n` from `v` (rowOf). */
function fillRow(n, v) {
  const row = rowOf(v);
  for (const part of ['start', 'end', 'kind', 'reason', 'announced', 'note']) $(`o${n}-${part}`).value = row[part];
  fillScopeSelect($(`o${n}-scope`), profileScopes(), row.scope);
  showRowFields(n);
}

/** Every row as typed, in order (for "Undo import"). */
const allRowValues = () => [...$('outage-list').children].map((row) => rowValues(row.dataset.row));

/**
 * Replaces all rows by one per entry of `list`; one empty row when it is
 * empty. The first EAGER_ROWS built, the others when they near the screen;
 * numbered once, at the end.
 */
function replaceRows(list) {
  rowObserver.disconnect();
  pendingRows.clear();
  $('outage-list').replaceChildren();
  (list.length ? list : [{}]).forEach((v, i) => (i < EAGER_ROWS ? fillRow(addOutageRow({ batch: true }), v)
    : addPendingRow(v)));
  renumberRows();
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
    if (r.minor < 0) r.error = t('credit.errorNegativeFee');
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

/** "2026-04-01T00:00" → "2026-03": the month of the instant just before a local time (an outage's end). */
function monthBefore(time) {
  const month = time.slice(0, 7);
  if (!/^\d{4}-\d{2}-01T00:00(:00(\.0+)?)?$/.test(time)) return month;
  const [y, m] = month.split('-').map(Number);
  return monthFrom(y, m, -1);
}

/**
 * The months the outages span, { from, to } in the profile's local time, or
 * null without any: the rows' starts and ends, or the large file's first
 * start and last end.
 */
function ledgerMonths() {
  if (outageFile) {
    const { first, last } = outageFile.summary;
    return first && last ? { from: first.slice(0, 7), to: monthBefore(last) } : null;
  }
  let from = null;
  let to = null;
  for (const row of $('outage-list').children) {
    const { start, end } = rowValues(row.dataset.row);
    if (start && (!from || start.slice(0, 7) < from)) from = start.slice(0, 7);
    const last = end ? monthBefore(end) : start.slice(0, 7);
    if (last && (!to || last > to)) to = last;
  }
  return from && to ? { from: from < to ? from : to, to: from < to ? to : from } : null;
}

/** Until the user picks months, the range is the outages' months (the default range without outages). */
function followLedger() {
  const months = ledgerMonths();
  if (rangeTouched || !months) return;
  $('from-month').value = months.from;
  $('to-month').value = months.to;
}

function readRange(errors) {
  followLedger();
  const [from, to] = [$('from-month'), $('to-month')];
  if (!from.value) errors['from-month'] = t('credit.errorFrom');
  if (halfTyped(to)) errors['to-month'] = t('credit.errorTo');
  return to.value ? { from: from.value, to: to.value } : { from: from.value };
}

/**
 * The filled rows as OutageRecords (request order) and their row numbers; a
 * row left empty is skipped. Only what is shown is sent: a scope other than
 * "all" where the contract has scopes, an announcement for planned work
 * under a notice rule.
 */
function readOutages(errors) {
  const outages = [];
  const rows = [];
  const doc = profileDoc($('profile').value);
  for (const row of $('outage-list').children) {
    const n = row.dataset.row;
    const v = rowValues(n);
    // A date-and-time input half typed reads "" (a row not built yet holds whole values).
    const half = (part) => !pendingRows.has(n) && halfTyped($(`o${n}-${part}`));
    const withAnnounced = rowShows(v.kind, 'announced', doc);
    const note = v.note.trim();
    const typed = (part) => v[part] || half(part);
    if (!typed('start') && !typed('end') && !(withAnnounced && typed('announced')) && !note) continue;
    if (!v.start) errors[`o${n}-start`] = t('credit.errorStart');
    if (!v.end) errors[`o${n}-end`] = t('credit.errorEnd');
    if (withAnnounced && half('announced')) errors[`o${n}-announced`] = t('credit.errorAnnounced');
    const record = { start: v.start, end: v.end };
    if (v.kind !== 'unplanned') record.kind = v.kind;
    if (v.kind === 'excluded' && v.reason) record.reason = v.reason;
    if (rowShows(v.kind, 'scope', doc) && v.scope !== ALL_SCOPES) record.scope = v.scope;
    if (withAnnounced && v.announced) record.announced = v.announced;
    if (note) record.note = note;
    outages.push(record);
    rows.push(n);
  }
  return { outages, rows };
}

/** Today in the reader's own calendar, "2026-12-05". */
function today(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The day the claim deadline is judged from (CreditRequest.asOf): the one set, else today. */
function readAsOf(errors) {
  const input = $('as-of');
  if (halfTyped(input)) errors['as-of'] = t('credit.errorAsOf');
  return input.value || today();
}

/** Who claims, for the letter (CreditRequest.claimant): the parts filled in; none when all are empty. */
function readClaimant() {
  const claimant = Object.fromEntries(['name', 'number', 'contact', 'signature']
    .map((part) => [part, $(`claimant-${part}`).value.trim()]).filter(([, value]) => value));
  return Object.keys(claimant).length ? { claimant } : {};
}

/**
 * The reading of the budgets (docs/api.md, "One reading of a contract") and
 * the provider's closed days beyond public holidays, sent to measure and
 * credit alike.
 */
function readReading() {
  const closedDays = closedDaysOf($('closed-days').value);
  return { monthBasis: $('month-basis').value, ...(closedDays.length ? { closedDays } : {}) };
}

/** The years evaluated, from the range's months (this year's before one is chosen). */
function rangeYears() {
  const from = Number($('from-month').value.slice(0, 4)) || new Date().getFullYear();
  return [from, Number($('to-month').value.slice(0, 4)) || from];
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  const outage = new RegExp(`^/outages/(\\d+)(?:/(${ROW_PARTS.join('|')}))?`).exec(path);
  if (outage) {
    const n = sentRows[Number(outage[1])];
    return n === undefined ? null : `o${n}-${outage[2] ?? 'start'}`;
  }
  if (path.startsWith('/closedDays/')) return 'closed-days';
  const part = /^\/resourceGroup\/(\w+)$/.exec(path)?.[1];
  if (RG_PARTS.includes(part)) return `rg-${part}`;
  return FIELD_OF_PATH[path] ?? null;
}

/** The controls that may show an error; rows not built yet have none shown. */
function fieldIds() {
  const rows = [...$('outage-list').children].filter((r) => !pendingRows.has(r.dataset.row)).flatMap((r) =>
    ROW_PARTS.map((p) => `o${r.dataset.row}-${p}`));
  return [...new Set(Object.values(FIELD_OF_PATH)), ...RG_PARTS.map((p) => `rg-${p}`), ...rows];
}

// ---------------------------------------------------------------- importing and exporting outages
// (the conversions of outage records to and from files: outage-import-export.js)

/** The core's request limit: a JSON file above it is read in the worker, as a monitor's export. */
const MAX_IMPORT_BYTES = 1 << 20;
/** Files above this are read in the worker and measured as a file, not turned into rows to edit. */
const LARGE_FILE_BYTES = 256 << 10;
/** The fields that say how a monitor's export is read (docs/importing.md), by the request field each gives. */
const READING_FIELDS = { monitor: 'import-monitor', zone: 'import-zone', ongoingUntil: 'import-ongoing' };
/** The rows before the last import, for "Undo import"; null when there is nothing to undo. */
let rowsBeforeImport = null;
/** The last import of a text or file, to run again when a reading field changes; null before any. */
let lastImport = null;

/** How a monitor's export is read, as the fields say (empty ones left out), and the slashed dates' order. */
function readingOptions(dateOrder) {
  const options = {};
  for (const [key, id] of Object.entries(READING_FIELDS)) {
    const value = $(id).value.trim();
    if (value) options[key] = value;
  }
  return dateOrder ? { ...options, dateOrder } : options;
}

/**
 * A table of outages (CSV, semicolon- or tab-separated) or a monitor's
 * export, read by the core in the provider's zone; slashed dates in
 * `dateOrder` when the user was asked → parseOutages' answer.
 */
const outagesOfText = (text, dateOrder) => sla.parseOutages({ text, profile: profileRef(), ...readingOptions(dateOrder) });

/** An export's monitors in the choice, after "all as one service"; the one chosen stays chosen. */
function showMonitors(monitors = []) {
  const select = $('import-monitor');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '', text: t('credit.monitorAll') }),
    ...(monitors.length > 1 ? monitors.map(({ name }) => el('option', { value: name, text: name })) : []));
  select.value = monitors.some(({ name }) => name === chosen) ? chosen : '';
}

/**
 * An import's error as shown next to its field: the core's message, or,
 * for several bad rows, each on its own line and how many more there were.
 */
function importProblem(err, file) {
  const rows = err.problems ?? [];
  const text = rows.length < 2 && !err.more ? err.message : [
    t('credit.importProblems', { count: count.format(rows.length + err.more) }),
    ...rows.map((p) => p.message), ...(err.more ? [t('credit.importProblemsMore', { count: count.format(err.more) })] : []),
  ].join('\n');
  return file ? `${file}: ${text}` : text;
}

/** The field an import's error belongs next to: a reading field it names, else the text or file it read. */
const importErrorField = (err, id) => READING_FIELDS[err.path?.slice(1)] ?? id;

function clearImportErrors() {
  for (const id of ['import-text', 'import-file', ...Object.values(READING_FIELDS)]) setFieldError(id, null);
}

/** The import that waits for the user's answer to the date-order question: (dateOrder) => void. */
let awaitingDateOrder = null;

/**
 * Slashed dates that none of the file's settle (03/04/2026): the core's
 * evidence and the question, once, next to the import; the answer reads
 * the same text or file again (docs/api.md, parseOutages: dateOrder).
 */
function askDateOrder(err, file, retry) {
  $('date-order-question').textContent = t('credit.dateOrderQuestion', { evidence: file ? `${file}: ${err.message}` : err.message });
  $('date-order').hidden = false;
  awaitingDateOrder = retry;
  $('date-order-day').focus();
}

function answerDateOrder(order) {
  const retry = awaitingDateOrder;
  closeDateOrder();
  retry?.(order);
}

function closeDateOrder() {
  awaitingDateOrder = null;
  $('date-order').hidden = true;
}

function showImportMessage(text, canUndo) {
  $('import-message').textContent = text;
  $('undo-import').hidden = !canUndo;
}

/** What the core said of reading a monitor's export ("Read as Better Stack incidents. …"), or nothing for a table. */
const readingSaid = (answer) => (answer.format && answer.format !== 'table'
  ? ` ${answer.explain.map((line) => line.text).join(' ')}` : '');

/**
 * Runs `read` (→ { outages, format?, explain?, monitors? }). Only when it
 * succeeds are the rows replaced, the old ones kept for "Undo import";
 * otherwise the message goes next to control `id` (or the reading field it
 * names) and nothing else changes.
 */
function importOutages(id, read, file, dateOrder) {
  clearImportErrors();
  closeDateOrder();
  lastImport = () => importOutages(id, read, file, dateOrder);
  let rows, answer;
  try {
    answer = read(dateOrder);
    rows = rowsOfRecords(answer.outages, profileDoc($('profile').value).timeZone);
    if (!rows.length) throw new ImportError(t('credit.errorNoOutages'));
  } catch (err) {
    if (!(err instanceof SlaError || err instanceof ImportError)) throw err;
    if (err.code === 'ambiguous_date_order') askDateOrder(err, file, (order) => importOutages(id, read, file, order));
    else setFieldError(importErrorField(err, id), importProblem(err, file));
    return;
  }
  showMonitors(answer.monitors);
  rowsBeforeImport = allRowValues();
  replaceRows(rows);
  outageFile = null;
  showOutageSource();
  const one = rows.length === 1;
  showImportMessage((file ? t(one ? 'credit.importedFileOne' : 'credit.importedFile', { count: count.format(rows.length), file })
    : t(one ? 'credit.importedPastedOne' : 'credit.importedPasted', { count: count.format(rows.length) })) + readingSaid(answer),
  true);
  page.compute();
}

function importPasted() {
  const text = $('import-text').value;
  importOutages('import-text', (dateOrder) => outagesOfText(text, dateOrder), null);
}

/**
 * A chosen or dropped file. A JSON list of outages (the page's own export)
 * up to the core's limit becomes rows; anything else — CSV, a monitor's
 * export — is read by the core: in the worker, as a file, when large.
 */
async function importFile(file) {
  const json = /\.json$/i.test(file.name) || file.type === 'application/json';
  if (json && file.size <= MAX_IMPORT_BYTES) {
    const text = await fileText(file);
    const own = ownOutages(text);
    if (own) {
      importOutages('import-file', () => ({ outages: own() }), file.name);
      return;
    }
    if (file.size <= LARGE_FILE_BYTES) {
      importOutages('import-file', (dateOrder) => outagesOfText(text, dateOrder), file.name);
      return;
    }
  }
  if (json || file.size > LARGE_FILE_BYTES) {
    readLargeFile(file);
    return;
  }
  const text = await fileText(file);
  importOutages('import-file', (dateOrder) => outagesOfText(text, dateOrder), file.name);
}

/** A reading field changed: the last import read again with it (a monitor chosen, a zone, an end). */
function rereadImport() {
  if (outageFile) readLargeFile(outageFile.file);
  else lastImport?.();
}

// ---------------------------------------------------------------- a large outage file

const fileReader = new OutageFileReader();
/** { file, profile, summary } while the outages come from a large file; null while they come from the rows. */
let outageFile = null;
const megabytes = (bytes) => oneDecimal.format(bytes / 1e6);

function showProgress(file, bytes, rows) {
  $('file-progress').hidden = false;
  $('file-progress-bar').max = file.size || 1;
  $('file-progress-bar').value = bytes;
  $('file-progress-label').textContent = t('credit.progress', { file: file.name, read: megabytes(bytes),
    total: megabytes(file.size), count: count.format(rows) });
}

/** The rows or the file: the panel that is not in use is hidden, and kept as it is. */
function showOutageSource() {
  const fromFile = outageFile !== null;
  for (const id of ['outage-list', 'add-outage', 'export-csv', 'export-json', 'save-ledger-box']) $(id).hidden = fromFile;
  $('outage-file').hidden = !fromFile;
  if (!fromFile) return;
  const { file, summary } = outageFile;
  const params = { count: count.format(summary.outages), file: file.name, seconds: oneDecimal.format(summary.seconds) };
  $('outage-file-summary').textContent = !summary.outages ? t('credit.fileSummaryNone', params)
    : t(summary.outages === 1 ? 'credit.fileSummaryOne' : 'credit.fileSummary',
      { ...params, first: localTime(summary.first), last: localTime(summary.last) });
}

/**
 * Reads `file` in the worker, in the zone of the chosen profile, with
 * progress and a cancel button. Only a file read without an error replaces
 * what was measured before; an error goes next to the file input.
 */
async function readLargeFile(file, dateOrder) {
  clearImportErrors();
  closeDateOrder();
  const profile = profileRef();
  showProgress(file, 0, 0);
  try {
    const summary = await fileReader.read(file, profile, ({ bytes, rows }) => showProgress(file, bytes, rows),
      readingOptions(dateOrder));
    outageFile = { file, profile, summary };
    showMonitors(summary.monitors);
    showOutageSource();
    showImportMessage(t(summary.outages === 1 ? 'credit.readFileOne' : 'credit.readFile',
      { count: count.format(summary.outages), file: file.name }) + readingSaid(summary), true);
    page.compute();
  } catch (err) {
    if (err instanceof ReadCancelled) showImportMessage(t('credit.readCancelled', { file: file.name }), false);
    else if (err instanceof SlaError && err.code === 'ambiguous_date_order') {
      askDateOrder(err, file.name, (order) => readLargeFile(file, order));
    } else if (err instanceof SlaError) setFieldError(importErrorField(err, 'import-file'), importProblem(err, file.name));
    else throw err;
  } finally {
    $('file-progress').hidden = true;
  }
}

/** Back to the rows: they were never touched while the file was in use. */
function leaveFile() {
  outageFile = null;
  showOutageSource();
  showImportMessage(t('credit.leftFile'), false);
  $('add-outage').focus();
  page.compute();
}

function undoImport() {
  if (outageFile) {
    leaveFile();
    return;
  }
  replaceRows(rowsBeforeImport);
  rowsBeforeImport = null;
  showImportMessage(t('credit.importUndone'), false);
  $('add-outage').focus();
  page.compute();
}

/**
 * The filled rows (as readOutages skips empty ones) with the inputs' local
 * times, each as it is sent: reason for excluded ones only, scope and
 * announced where their fields are shown.
 */
function exportRecords() {
  return [...$('outage-list').children].map((row) => [row.dataset.row, rowValues(row.dataset.row)])
    .map(([n, v]) => ({ ...v, scope: shown(n, 'scope') ? v.scope : ALL_SCOPES,
      announced: shown(n, 'announced') ? v.announced : '' }))
    .filter((v) => v.start || v.end || v.announced || v.note.trim())
    .map(({ start, end, kind, reason, scope, announced, note }) => ({
      start, end, kind, ...(kind === 'excluded' && reason ? { reason } : {}),
      ...(scope !== ALL_SCOPES ? { scope } : {}), ...(announced ? { announced } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    }));
}

/** The claim deadline and redemption dates of the credit shown (not a dimmed, out-of-date one). */
function downloadCreditIcs() {
  if (!lastCredit?.calendar || $('credit').dataset.state !== 'ok') return;
  download(`slacalc-credit-${lastCredit.profile}-${lastCredit.period.label}.ics`, 'text/calendar;charset=utf-8',
    lastCredit.calendar);
}

// ---------------------------------------------------------------- My contracts and My ledgers (web/my-items.js)

/** The contract in use, kept under its profile id. */
function saveContract() {
  const { product, vendor } = custom.summary;
  saveItem('contracts', { id: custom.doc.id, name: t('credit.contractName', { product, vendor }), profile: custom.doc },
    'save-contract-status');
}

/** A kept contract, used as if pasted. */
function useContract(item) {
  $('profile-text').value = `${JSON.stringify(item.profile, null, 2)}\n`;
  $('own-profile').open = true;
  useOwnProfile();
}

/** The rows as exported, under the name typed or else the contract and the outages' months. */
function saveLedger() {
  const outages = exportRecords();
  if (!outages.length) {
    $('save-ledger-status').textContent = t('credit.noOutagesToSave');
    return;
  }
  const months = ledgerMonths();
  const name = $('ledger-name').value.trim() || t('credit.ledgerName', {
    contract: summaryOf($('profile').value).product, from: months?.from ?? '', to: months?.to ?? '' });
  saveItem('ledgers', { id: name, name, outages }, 'save-ledger-status');
}

/** A kept ledger, loaded as an import of the page's own JSON (with "Undo import"). */
const useLedger = (item) => importOutages('import-file', () => ({ outages: item.outages }), item.name);

function wireMine() {
  $('save-contract').addEventListener('click', saveContract);
  $('save-ledger').addEventListener('click', saveLedger);
  listWhenOpened($('my-contracts'), { kind: 'contracts', use: useContract, sla });
  listWhenOpened($('my-ledgers'), { kind: 'ledgers', use: useLedger });
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

/**
 * A local time from the core, "2026-01-01T00:00:00", as "2026-01-01 00:00:00" (en), "01.01.2026 00:00:00" (de),
 * "01.01.2026 00.00.00" (da).
 */
const localTime = (iso) => `${date(iso.slice(0, 10))} ${clock(iso.slice(11))}`;

/**
 * The units of a duration as the core writes them in the page's language:
 * Intl's narrow units in English ("2d 3h"), the short ones elsewhere
 * ("2 Tg. 3 Std.", "2 dagen 3 uur", "2 dage 3 t.").
 */
const unitFormats = Object.fromEntries(['day', 'hour', 'minute', 'second'].map((unit) => [unit,
  new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: lang === 'en' ? 'narrow' : 'short',
    maximumFractionDigits: 3 })]));

/** "2d 3h 4m 5.5s" for seconds ≥ 0 (the core's `human` says "0s" for a budget overrun, so it is not used there). */
function human(seconds) {
  const parts = [[86400, 'day'], [3600, 'hour'], [60, 'minute']].map(([unit, name]) => {
    const n = Math.floor(seconds / unit);
    seconds -= n * unit;
    return n ? unitFormats[name].format(n) : '';
  });
  const s = Math.round(seconds * 1000) / 1000;
  return [...parts, s ? unitFormats.second.format(s) : ''].filter(Boolean).join(' ') || unitFormats.second.format(0);
}

/** A duration in a table cell: a number stays with its unit ("31 dagen 6 uur" breaks only between the two). */
const cellDuration = (text) => text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0');
const remainingText = (r) => cellDuration(r.seconds < 0 ? t('credit.overBy', { duration: human(-r.seconds) }) : r.human);
/** "99.454212…" → "99.45" — cut, not rounded, so a missed target never shows as reached. */
const shortPercent = (text) => text.replace('…', '').replace(/(\.\d{2})\d+$/, '$1');
const metText = (met) => t(met === null ? 'credit.met.none' : met ? 'credit.met.yes' : 'credit.met.no');
const monthFormat = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "2026-04-01" → "Apr 2026" (de "Apr. 2026") for months; quarters and years keep the core's label. */
const shortLabel = (p, period) => (period === 'month'
  ? monthFormat.format(new Date(Date.UTC(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7)) - 1, 1))) : p.label);
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** "month" → "month", "Monat", "maand", "måned": after "per" in the chart's and table's texts. */
const perPeriod = (period) => (PERIOD_NOUNS[period] ? t(PERIOD_NOUNS[period]) : period);

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

/** A value label's reach about its baseline, in px (12 px text), and the room it keeps from the target line. */
const LABEL = { ascent: 12, descent: 4, gap: 2 };

/**
 * The baseline of a bar's value label: just above the bar, or just above the
 * target line where the label would cross it (a bar ending a little below the target).
 */
function valueBaseline(top, line) {
  const baseline = top - 6;
  const clear = baseline + LABEL.descent < line - LABEL.gap || baseline - LABEL.ascent > line + LABEL.gap;
  return clear ? baseline : line - LABEL.gap - LABEL.descent;
}

function barGroup(p, i, c, y) {
  const x = CH.left + i * CH.slot + (CH.slot - CH.bar) / 2;
  const mid = x + CH.bar / 2;
  const value = p.availability ? shortPercent(p.availability.text) : null;
  const label = p.met === null || !p.availability ? t('credit.barNone', { period: p.label, target: percent(c.target) })
    : t(p.met ? 'credit.barMet' : 'credit.barMissed',
      { period: p.label, availability: percent(p.availability.text), target: percent(c.target) });
  const top = value === null ? CH.bottom : y(p.availability.percent);
  return svg('g', {
    class: `bar ${p.met === false ? 'is-missed' : 'is-met'}`, role: 'img', 'aria-label': label, 'data-period': p.from,
  }, [
    svg('title', {}, [label]),
    value === null ? null : svg('rect', { x, y: top, width: CH.bar, height: Math.max(CH.bottom - top, 1) }),
    svg('text', { class: 'bar-value', x: mid, y: valueBaseline(top, y(Number(c.target))), 'text-anchor': 'middle' },
      [value === null ? '—' : percent(value)]),
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
  // v: the number where the tick sits; text: its decimal text, as the language writes it.
  const tick = (v, text, cls) => svg('text', { class: cls, x: CH.left - 6, y: y(v), 'text-anchor': 'end',
    'dominant-baseline': 'central' }, [percent(text)]);
  const floorText = String(Number(floor.toFixed(6)));
  const per = perPeriod(c.period);
  const picture = svg('svg', {
    class: 'chart-svg', width, height: CH.height, viewBox: `0 0 ${width} ${CH.height}`, role: 'group',
    'aria-labelledby': titleId, 'data-testid': 'chart',
  }, [
    svg('title', { id: titleId }, [t('credit.chartTitle', { period: per, target: percent(c.target) })]),
    svg('line', { class: 'axis-line', x1: CH.left, x2: width - CH.right, y1: CH.bottom, y2: CH.bottom }),
    svg('line', { class: 'axis-line', x1: CH.left, x2: width - CH.right, y1: y(100), y2: y(100) }),
    // The 100 % label gives way when the target's own label would overlap it.
    y(target) - y(100) > 14 ? tick(100, '100', 'tick') : null,
    tick(Number(floorText), floorText, 'tick'),
    ...c.periods.map((p, i) => barGroup(p, i, c, y)),
    svg('line', { class: 'target-line', x1: CH.left, x2: width - CH.right, y1: y(target), y2: y(target), 'data-target': c.target }),
    tick(target, c.target, 'tick target-tick'),
  ]);
  return el('figure', { class: 'chart' }, [
    el('div', { class: 'chart-scroll', tabIndex: 0, role: 'region', 'aria-label': t('credit.chartRegion', { period: per }) },
      [picture]),
    el('figcaption', { class: 'legend', text: t('credit.chartLegend',
      { period: per, target: percent(c.target), floor: percent(floorText) }) }),
  ]);
}

// ---------------------------------------------------------------- measured periods

function periodTable(c) {
  const head = ['credit.col.period', 'credit.col.counted', 'credit.col.downtime', 'credit.col.measured',
    'credit.col.availability', 'credit.col.met', 'credit.col.budget', 'credit.col.remaining'].map((key) => t(key));
  // The contract's precision: as many decimals as its target, at least two (cut, so "met" reads true).
  const precision = Math.max(2, c.target.split('.')[1]?.length ?? 0);
  // Each cell names its column: on a phone the rows are cards, a cell's label before it (style.css).
  const labelled = (tr) => {
    [...tr.cells].forEach((cell, i) => { if (i) cell.dataset.label = head[i]; });
    return tr;
  };
  const row = (p) => labelled(el('tr', { class: p.met === false ? 'missed' : '', 'data-period': p.from, 'data-testid': 'period-row' }, [
    el('th', { scope: 'row', text: p.label }),
    el('td', { class: 'counted', text: cellDuration(p.counted.human) }),
    el('td', { class: 'downtime', text: cellDuration(p.downtime.human) }),
    el('td', { class: 'measured-time', text: cellDuration(p.measured.human) }),
    p.availability ? showPercent(el('td', { class: 'availability' }), p.availability, precision)
      : el('td', { class: 'availability', text: '—' }),
    el('td', { class: 'met', text: metText(p.met) }),
    el('td', { class: 'budget', text: cellDuration(p.budget.human) }),
    el('td', { class: 'remaining', text: remainingText(p.remaining) }),
  ]));
  const target = percent(c.target);
  return el('div', { class: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': t('credit.tableRegion', { target }) }, [
    keepTableRoles(el('table', { class: 'period-table' }, [
      el('caption', { class: 'visually-hidden', text: t('credit.tableCaption', { period: perPeriod(c.period), target }) }),
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, c.periods.map(row)),
    ])),
  ]);
}

/** A table's roles said outright: they stay when a phone's stylesheet shows its rows as cards (display: block). */
function keepTableRoles(table) {
  table.setAttribute('role', 'table');
  for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
  for (const tr of table.rows) tr.setAttribute('role', 'row');
  for (const th of table.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
  for (const th of table.querySelectorAll('tbody th')) th.setAttribute('role', 'rowheader');
  for (const td of table.querySelectorAll('td')) td.setAttribute('role', 'cell');
  return table;
}

/** The words of the reading select's choice `id`: "The calendar month (28 to 31 days)". */
const readingName = (id) => $('month-basis').querySelector(`option[value="${id}"]`)?.textContent ?? id;

/**
 * Which reading the commitment's budgets follow, in the core's words where
 * they are the same for every period ("Stated in the contract (0.1 % of
 * 750 h)", §9.2), else by the choice's name; and, where the commitment keeps
 * the contract's reading (a month basis does not apply per quarter), so.
 */
function readingLine(c, chosen) {
  const labels = [...new Set(c.periods.map((p) => p.readings.find((r) => r.applied)?.label).filter(Boolean))];
  const reading = labels.length === 1 ? labels[0] : readingName(c.reading);
  const kept = c.reading !== chosen ? `. ${t('credit.readingKept', { period: perPeriod(c.period) })}` : '';
  return el('p', { class: 'reading', 'data-reading': c.reading, 'data-testid': 'reading',
    text: `${t('credit.readingLine', { reading })}${kept}` });
}

/**
 * Every reading's budget per period, met or missed (MeasuredPeriod.readings),
 * folded away: does another reading of the contract change the answer? A
 * cell's title is the core's name for that period's reading.
 */
function readingsTable(c) {
  if (!c.periods.length) return null;
  const ids = c.periods[0].readings.map((r) => r.id);
  const cell = (p, id) => {
    const r = p.readings.find((x) => x.id === id);
    return el('td', { title: r?.label ?? '', text: r ? `${r.budget.human} ${metText(r.met)}` : '—' });
  };
  const row = (id) => el('tr', { class: id === c.reading ? 'applied' : '', 'data-reading': id }, [
    el('th', { scope: 'row', text: id === c.reading ? t('credit.readingApplied', { reading: readingName(id) })
      : readingName(id) }),
    ...c.periods.map((p) => cell(p, id)),
  ]);
  const caption = t('credit.readingsCaption', { period: perPeriod(c.period) });
  return el('details', { class: 'readings', 'data-testid': 'readings' }, [
    el('summary', { text: t('credit.readingsSummary') }),
    el('div', { class: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': caption }, [
      el('table', { class: 'readings-table' }, [
        el('caption', { class: 'visually-hidden', text: caption }),
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('credit.col.reading') }),
          ...c.periods.map((p) => el('th', { scope: 'col', text: shortLabel(p, c.period) }))])]),
        el('tbody', {}, ids.map(row)),
      ]),
    ]),
  ]);
}

/** Commitment `c` (the n-th) of a measure result read with reading `chosen` (its options' monthBasis choice). */
function commitmentBlock(c, n, doc, chosen) {
  const hours = c.window === 'always' ? t('credit.allHours') : doc.windows?.[c.window]?.label ?? c.window;
  const target = { target: percent(c.target), period: perPeriod(c.period) };
  return el('section', { class: 'commitment', 'data-scope': c.scope, 'data-testid': 'commitment' }, [
    el('h3', { text: c.scope ? t('credit.commitmentScoped', { scope: capitalise(scopeName(c.scope, doc)), ...target })
      : t('credit.commitment', target) }),
    el('p', { class: 'clause', text: c.clause ? t('credit.countedClause', { hours, clause: c.clause })
      : t('credit.counted', { hours }) }),
    readingLine(c, chosen),
    chart(c, n),
    periodTable(c),
    notCountedList(c),
    readingsTable(c),
    el('details', { class: 'explain' }, [
      el('summary', { text: t('credit.howMeasured') }),
      el('ul', {}, c.explain.map((e) => el('li', { 'data-code': e.code, text: e.text }))),
    ]),
  ]);
}

/** Planned work announced too late (WP Heaven §10.1) is downtime: said once above the commitments. */
function lateNoticeNote(result, doc) {
  const notice = maintenanceNotice(doc);
  if (!result.lateNotice || !notice) return null;
  return el('p', { class: 'late-notice', 'data-testid': 'late-notice', text: t(
    result.lateNotice === 1 ? 'credit.lateNoticeOne' : 'credit.lateNotice',
    { count: count.format(result.lateNotice), ...noticeParams(notice) }) });
}

/** "Jan – Mar 2026" (de "Jan.–März 2026"): months "2026-01" to "2026-03" as the language writes a range. */
function monthRange(from, to) {
  const day = (month) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return from === to ? monthFormat.format(day(from)) : monthFormat.formatRange(day(from), day(to));
}

/**
 * Outages that lie outside the months chosen are not counted: said above the
 * results, with the months that hold them one click away (the range then
 * follows the outages again).
 */
function outsideNote(result) {
  const months = ledgerMonths();
  const to = $('to-month').value || $('from-month').value;
  if (!result.outside || !months) return null;
  const params = { count: count.format(result.outside), range: monthRange($('from-month').value, to) };
  return el('div', { class: 'outside-note', 'data-testid': 'outside-note' }, [
    el('p', { text: t(result.outside === 1 ? 'credit.outsideOne' : 'credit.outside', params) }),
    el('button', { type: 'button', class: 'button small', 'data-testid': 'evaluate-ledger',
      text: t('credit.evaluateLedger', { range: monthRange(months.from, months.to) }) }),
  ]);
}

/** The months of the outages evaluated, and the range following them again. */
function evaluateLedger() {
  rangeTouched = false;
  followLedger();
  page.compute();
}

/** Outage `index` of the request (or of the large file) as a person names it: "Outage 2 (…)". */
function notCountedItem({ outage, text: why }) {
  if (outageFile) return t('credit.notCountedFileRow', { n: count.format(outage + 1), why });
  const n = sentRows[outage];
  const row = $('outage-list').querySelector(`[data-row="${n}"]`);
  const { start, end } = rowValues(n);
  return t('credit.notCountedRow', { n: Number(row?.dataset.position ?? outage) + 1, start: localTime(withSeconds(start)),
    end: localTime(withSeconds(end)), why });
}

/** "2026-04-01T10:00" → "2026-04-01T10:00:00" (localTime's form). */
const withSeconds = (time) => (time.length === 16 ? `${time}:00` : time);

/** The outages a commitment does not count, each with why, in the core's words (MeasuredCommitment.notCounted). */
function notCountedList(c) {
  const { count: total, outages } = c.notCounted;
  if (!total) return null;
  const more = total - outages.length;
  return el('div', { class: 'not-counted', 'data-testid': 'not-counted' }, [
    el('p', { text: t('credit.notCountedTitle') }),
    el('ul', {}, [...outages.map((o) => el('li', { 'data-reason': o.reason, text: notCountedItem(o) })),
      ...(more > 0 ? [el('li', { text: t('credit.notCountedMore', { count: count.format(more) }) })] : [])]),
  ]);
}

function renderMeasured(result) {
  const doc = profileDoc($('profile').value);
  const chosen = result.options?.find((o) => o.id === 'monthBasis')?.choice;
  // A table of readings opened stays open while the user types.
  const open = new Set([...$('measured').querySelectorAll('.readings[open]')].map((d) => d.closest('.commitment').dataset.scope));
  $('measured').replaceChildren(...[outsideNote(result), lateNoticeNote(result, doc)].filter(Boolean),
    ...(result.commitments.length ? result.commitments.map((c, n) => commitmentBlock(c, n, doc, chosen))
      : [el('p', { class: 'no-commitment', text: t('credit.noCommitment') })]));
  for (const block of $('measured').querySelectorAll('.commitment')) {
    const readings = block.querySelector('.readings');
    if (readings && open.has(block.dataset.scope)) readings.open = true;
  }
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
    value: from, text: periods.get(from).missed ? t('credit.periodMissed', { period: periods.get(from).label })
      : periods.get(from).label,
  })));
  const missed = froms.filter((f) => periods.get(f).missed);
  select.value = froms.includes(pickedPeriod) ? pickedPeriod : (missed.at(-1) ?? froms.at(-1));
  return select.value.slice(0, 7);
}

// ---------------------------------------------------------------- credit

function verdictText(r, feeEntered) {
  const missed = r.achieved.some((a) => !a.met);
  const period = r.period.label;
  if (r.eligible && r.claimDeadlinePassed) {
    return t('credit.verdictOwedLate', { period, amount: r.amount.text, deadline: date(r.claimDeadline), asOf: date(r.asOf) });
  }
  if (r.eligible) return t('credit.verdictOwed', { period, amount: r.amount.text });
  if (!missed) return t('credit.verdictMet', { period });
  if (!feeEntered) return t('credit.verdictNoFee', { period });
  return t('credit.verdictNotDue', { period });
}

function facts(r, feeEntered) {
  const row = (term, value, cls) => [el('dt', { text: t(term) }), el('dd', { class: cls, 'data-testid': cls, text: value })];
  const missed = r.achieved.some((a) => !a.met);
  let amount = r.percentOfFee !== '0'
    ? t('credit.amountOf', { amount: r.amount.text, percent: percent(r.percentOfFee), fee: r.fee.text }) : r.amount.text;
  if (!missed) amount = t('credit.amountMet');
  else if (!feeEntered) amount = t('credit.amountNoFee');
  const deadline = !r.claimDeadline ? (r.eligible ? t('credit.noDeadline') : '—')
    : r.claimDeadlinePassed ? t('credit.deadlinePassed', { date: date(r.claimDeadline), asOf: date(r.asOf) })
      : date(r.claimDeadline);
  return [
    ...row('credit.fact.amount', amount, 'amount'),
    ...row('credit.fact.claimBy', deadline, 'claim-deadline'),
    ...row('credit.fact.claim', r.claim || t('credit.noClaim'), 'claim'),
    ...row('credit.fact.redemption', r.redemption || t('credit.noRedemption'), 'redemption'),
    ...redemptionRows(r.redemptionDates, row),
    ...row('credit.fact.clause', r.clause || '—', 'credit-clause'),
  ];
}

/** The dates of an owed credit where the rule fixes them (Arena): made available, offset, lapses. */
function redemptionRows(dates, row) {
  if (!dates) return [];
  const lapses = !dates.lapsesAfter ? t('credit.lapsesNeedStart')
    : dates.lapsesUnused ? t('credit.lapsesUnused', { date: date(dates.lapsesAfter), start: date(dates.serviceYearFirst) })
      : t('credit.lapsesAfter', { date: date(dates.lapsesAfter) });
  return [
    ...row('credit.fact.available', t('credit.availableAt', { date: date(dates.available) }), 'available'),
    ...row('credit.fact.offsetAt', dates.offsetAt ? date(dates.offsetAt) : '—', 'offset-at'),
    ...row('credit.fact.lapses', lapses, 'lapses'),
  ];
}

/** The no-remedy answer: the reason as the profile gives it, with the rule's clause when it names one. */
function renderNoRemedy(r, tier) {
  const reason = tier.credit.reason ?? r.explain.find((e) => e.code === 'no-remedy')?.text ?? '';
  $('no-remedy-reason').textContent = `${reason}${tier.credit.clause ? ` (${tier.credit.clause})` : ''}`;
}

/** The credit whose letter is shown (null: none, e.g. while no fee is entered). */
let letters = null;

/**
 * The claim letter in the language chosen next to it. The core writes it in
 * every language it knows; one it does not (yet) know shows nothing.
 */
function showLetter() {
  const code = $('letter-lang').value;
  const text = letters?.[code] ?? '';
  $('letter').textContent = text;
  $('letter').lang = code;
  $('copy-letter').disabled = !text;
  $('download-letter').disabled = !text;
  $('copy-status').textContent = '';
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
  const late = r.eligible && r.claimDeadlinePassed;
  const met = !r.achieved.some((a) => !a.met);
  $('verdict').className = `verdict ${late ? 'is-late' : r.eligible ? 'is-owed' : met ? 'is-met' : ''}`.trim();
  $('credit-facts').replaceChildren(...facts(r, feeEntered));
  $('credit-ics-field').hidden = !(feeEntered && r.calendar);
  $('credit-explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  // A letter claiming 0.00 is no use: it waits for the fee.
  letters = feeEntered && r.letter ? r.letter : null;
  $('letters').hidden = !letters;
  showLetter();
}

/** The letter shown, as a text file named after the contract, period and language. */
function downloadLetter() {
  const text = $('letter').textContent;
  if (!text || !lastCredit) return;
  download(`slacalc-claim-${lastCredit.profile}-${lastCredit.period.label}-${$('letter-lang').value}.txt`,
    'text/plain;charset=utf-8', text);
}

/** Copies the letter; where the browser refuses, the text is selected so Ctrl+C (⌘C) does it. */
async function copyLetter() {
  const pre = $('letter');
  try {
    await navigator.clipboard.writeText(pre.textContent);
    $('copy-status').textContent = t('credit.letterCopied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $('copy-status').textContent = t('credit.copyRefused');
  }
}

// ---------------------------------------------------------------- the request and the two calls

/**
 * The form as two requests: what measure takes (contract, range, reading,
 * the rows unless a large file is in use), and the fee part credit adds. A
 * bad fee is kept apart (feeErrors): it stales the credit, not the chart.
 */
function readRequest() {
  const tier = currentTier();
  const errors = {};
  const feeErrors = {};
  const range = readRange(errors);
  const fee = readFee(tier, feeErrors);
  fee.part = { ...fee.part, ...readRedemption(feeErrors), asOf: readAsOf(feeErrors), ...readClaimant() };
  const request = { tier, base: { profile: profileRef(), tier: tier.id }, reading: readReading(), range, fee, feeErrors };
  if (!outageFile) {
    const { outages, rows } = readOutages(errors);
    sentRows = rows;
    request.outages = outages;
  }
  return { request, errors };
}

/**
 * Measures, then asks for the credit of the chosen period: { measure,
 * credit, creditError }. A core error of measure is page.js's to place; one
 * of credit is kept (review places it) so the chart is still shown.
 */
function callCredit(core, request, { current }) {
  if (!request.outages) return callFile(request, current);
  const { base, range, reading, outages } = request;
  const measure = core.measure({ ...base, ...range, outages, ...reading });
  return { measure, ...creditOf(measure, request, (month) => core.credit({ ...base, month, outages, ...reading,
    ...request.fee.part })) };
}

/** A core error of the credit call, kept as part of the answer; any other exception is a bug. */
function noCredit(err) {
  if (!(err instanceof SlaError)) throw err;
  return { credit: null, creditError: err };
}

/**
 * The credit part of the answer for the period chosen from `measure`: none
 * while the fee is bad, else credit's answer or its error (a promise of it
 * when `call` answers later).
 */
function creditOf(measure, request, call) {
  const month = choosePeriod(measure, request.range.from);
  if (Object.keys(request.feeErrors).length) return { credit: null, creditError: null };
  try {
    const credit = call(month);
    return typeof credit?.then === 'function' ? credit.then((c) => ({ credit: c, creditError: null }), noCredit)
      : { credit, creditError: null };
  } catch (err) {
    return noCredit(err);
  }
}

/**
 * The two calls for a large file: the same requests without "outages",
 * answered by the worker (a promise; page.js drops an overtaken answer). The
 * worker's core is not the page's (page-core.js): each request names the
 * page's language itself.
 */
async function callFile(request, current) {
  const { base, range, reading } = request;
  setStatus(t('credit.measuring', { count: count.format(outageFile.summary.outages) }), 'busy');
  const measure = await fileReader.call('measure', { ...base, ...range, ...reading, lang });
  if (!current()) return { measure, credit: null, creditError: null };
  return { measure, ...await creditOf(measure, request, (month) => fileReader.call('credit',
    { ...base, month, ...reading, ...request.fee.part, lang })) };
}

/**
 * The errors page.js does not place: the fee's own, and a core error of the
 * credit call (on the fee field its path names, else the whole form). A row
 * with an error to show is built first (rows not built yet: replaceRows).
 */
function reviewCredit(result, errors, request) {
  Object.assign(errors, request.feeErrors);
  let formError = null;
  if (result?.creditError) {
    const field = fieldOfPath(result.creditError.path);
    if (field) errors[field] = result.creditError.message;
    else formError = result.creditError.message;
  }
  for (const id of Object.keys(errors)) if (/^o\d+-/.test(id)) buildRow(id.slice(1, id.indexOf('-')));
  return formError;
}

/** Whether a credit was shown yet (kept, dimmed, while the fee is bad). */
let haveCredit = false;

function renderResults(result, request) {
  renderMeasured(result.measure);
  if (!result.credit) return;
  renderCredit(result.credit, request.fee.entered, request.tier);
  haveCredit = true;
  lastCredit = result.credit;
}

// ---------------------------------------------------------------- a link to this view

/**
 * What a link to this view, or a saved view, may hold; web/share.js applies
 * nothing of it before checkView passed (README "Links to a view"). More rows
 * than these are a file's work (the large-file reader), not a form's; a
 * contract of one's own as large as the core takes one (1 MB, core/profile_check.hpp);
 * the closed days the core takes (1 000, core/request_calendar.hpp), each
 * "2026-12-24" and a separator.
 */
const LINK_LIMITS = { outages: 5000, profileChars: 1000000, closedDaysChars: 1000 * 11 };
/** What a row's time input holds: "2026-04-01T10:00", or with seconds "2026-04-01T10:00:05". */
const INPUT_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

/** The outage rows of a view, as allRowValues() saves them. */
function checkRows(rows) {
  expectList(rows, 'outages', LINK_LIMITS.outages, 'credit.link.outages');
  rows.forEach((row, i) => {
    const at = `outages[${i}]`;
    expectRecord(row, at, ROW_PARTS);
    for (const part of ROW_PARTS) if (row[part] !== undefined) expectText(row[part], `${at}.${part}`);
    for (const part of ['start', 'end', 'announced']) expectShape(!row[part] || INPUT_TIME.test(row[part]), `${at}.${part}`);
    expectShape(row.kind === undefined || Object.hasOwn(KINDS, row.kind), `${at}.kind`);
    expectShape(!row.reason || Object.hasOwn(REASONS, row.reason), `${at}.reason`);
  });
}

/** The view's contract — a preset, or the contract of its own it carries, valid as the core checks one — and tier. */
function checkView({ fields, parts = {} }) {
  const text = parts['own-profile'] ?? null;
  let own = [];
  if (text !== null) {
    expectText(text, 'own-profile', LINK_LIMITS.profileChars);
    const check = sla.validateProfile(text);
    if (!check.valid) {
      const [e] = check.errors;
      throw linkProblem('share.why.ownProfile', { problem: `${e.path || t('credit.theDocument')}: ${e.message}` });
    }
    own = [{ id: CUSTOM, tiers: check.summary.tiers }];
  }
  expectProfile(fields, [...presets, ...own]);
}

/** A view without a contract of its own: the page's is forgotten (the view before a refused link had none). */
function forgetOwnProfile() {
  if (!custom) return;
  custom = null;
  ruleTexts.clear();
  $('profile-text').value = '';
  $('profile-message').textContent = '';
  const chosen = $('profile').value;
  fillProfiles();
  $('profile').value = chosen === CUSTOM ? defaultProfile() : chosen;
  if (chosen === CUSTOM) profileChanged();
}

function shareView() {
  shareCheck({ check: checkView, fieldChars: { 'closed-days': LINK_LIMITS.closedDaysChars } });
  // The contract of one's own (as its text) and the rows as typed; a large file stays out.
  sharePart('own-profile', { early: true, save: () => (custom ? $('profile-text').value : null),
    restore: (text) => {
      if (text === null) forgetOwnProfile();
      else {
        $('profile-text').value = text;
        useOwnProfile();
      }
    } });
  sharePart('outages', { save: allRowValues, check: checkRows, restore: (rows) => { replaceRows(rows); page.compute(); } });
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('credit-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const target = e.target;
    // Pasted text and files are read by their own buttons.
    if (target.closest('#import') || target.closest('#own-profile')) return;
    // The letter's language changes only the letter shown.
    if (target.id === 'letter-lang') {
      showLetter();
      return;
    }
    if (target.id === 'profile') {
      profileChanged();
      // The file's local times were read in the old profile's zone: read it again, then compute.
      if (outageFile) {
        readLargeFile(outageFile.file);
        return;
      }
    } else if (target.id === 'tier') tierChanged();
    else if (target.id === 'from-month' || target.id === 'to-month') rangeTouched = true;
    else if (target.id === 'credit-period') pickedPeriod = target.value;
    else if (target.dataset.kindOf !== undefined) showRowFields(target.dataset.kindOf);
    page.compute();
  });
  $('add-outage').addEventListener('click', () => {
    $(`o${addOutageRow()}-start`).focus();
    page.compute();
  });
  $('outage-list').addEventListener('click', (e) => {
    const button = e.target.closest('.remove-outage');
    if (!button) return;
    removeRow(button.dataset.remove);
    page.compute();
  });
  $('copy-letter').addEventListener('click', copyLetter);
  $('download-letter').addEventListener('click', downloadLetter);
  $('measured').addEventListener('click', (e) => {
    if (e.target.closest('[data-testid="evaluate-ledger"]')) evaluateLedger();
  });
  wireImportExport();
  wireMine();
}

function wireImportExport() {
  $('import-paste').addEventListener('click', importPasted);
  for (const id of Object.values(READING_FIELDS)) $(id).addEventListener('change', rereadImport);
  $('import-file').addEventListener('change', (e) => {
    const [file] = e.target.files;
    e.target.value = ''; // the same file again is a new import
    if (file) importFile(file);
  });
  $('date-order-day').addEventListener('click', () => answerDateOrder('day-month'));
  $('date-order-month').addEventListener('click', () => answerDateOrder('month-day'));
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
  wireClosedDays({ years: rangeYears, changed: () => page.compute(),
    calendar: () => ({ calendar: profileDoc($('profile').value).holidays?.calendar ?? 'none', year: rangeYears()[0] }) });
}

/** The letter's languages, each named in itself; the page's own first chosen. */
function fillLetterLanguages() {
  const select = $('letter-lang');
  select.replaceChildren(...LANGS.map((code) => el('option', { value: code, lang: code, text: LETTER_LANGS[code] })));
  select.value = lang;
}

function defaultProfile() {
  return (presets.find((p) => p.id === DEFAULT.profile) ?? presets[0]).id;
}

const page = runPage({
  view: 'credit',
  setup(core) {
    ({ sla, presets } = core);
    fillLetterLanguages();
    fillProfiles();
    $('profile').value = defaultProfile();
    profileChanged(DEFAULT.tier);
    addOutageRow();
    wire();
    shareView();
  },
  read: readRequest,
  call: callCredit,
  fieldOfPath,
  fields: fieldIds,
  review: reviewCredit,
  render: renderResults,
  // A bad fee stales only the credit: the chart is new, the status line says the credit is not.
  status: (result, stale) => (result ? (result.credit ? '' : [t('credit.staleCredit'), 'failed'])
    : [t(stale ? 'credit.stale' : 'credit.empty'), 'failed']),
  after: (result) => {
    $('credit').dataset.state = result?.credit ? 'ok' : haveCredit ? 'stale' : 'empty';
  },
  answer: ({ measure, credit }) => ({ measure, credit }),
});
