// slacalc budget page (index.html): reads the form, asks the wasm core,
// renders per-period results, the nines table and their explanations. No
// framework, no inline code (CSP).
//
// The cycle of reading, calling and showing errors is page.js's. Here one
// edit is a budget call per period, and each period fails on its own: an
// error belongs to a field when every period that uses the field failed
// because of it (review), and a period that could not be recomputed keeps its
// last result, dimmed and labelled "out of date".

import { SlaError } from './slacalc.mjs';
import { runPage } from './page.js';
import { $, el } from './dom.js';
import { briefDecimal, lang, number, percent, profileInLang, t } from './i18n.js';

// English keeps the core's English forms ("99.9 %", "2505.6 s"); the other
// languages write the core's exact decimal text as Intl does (99,9 %, 2.505,6).
// An exact share that does not terminate ("2503/2506") keeps its fraction.
const pct = (text) => {
  if (lang === 'en') return `${text} %`;
  return /^\d+(\.\d+)?…?$/.test(text) ? percent(String(text)) : percent('0').replace('0', text);
};
const decimal = (text) => (lang === 'en' ? text : number(String(text)));
const seconds = (text) => t('budget.seconds', { n: decimal(text) });


/** The periods in display order; `custom` only appears with a custom duration. */
const PERIODS = [
  { kind: 'day', key: 'budget.period.day' },
  { kind: 'week', key: 'budget.period.week' },
  { kind: 'month', key: 'budget.period.month' },
  { kind: 'quarter', key: 'budget.period.quarter' },
  { kind: 'year', key: 'budget.period.year' },
  { kind: 'rolling-28d', key: 'budget.period.rolling28' },
  { kind: 'rolling-30d', key: 'budget.period.rolling30' },
  { kind: 'custom', key: 'budget.period.custom' },
];

/** Input fields that can be in error: id → JSON pointer used by the core. */
const FIELDS = {
  target: '/target',
  downtime: '/downtime',
  month: '/month',
  'month-hours': '/monthHours',
  quarter: '/quarter',
  year: '/year',
  duration: '/duration',
};
const FIELD_BY_PATH = Object.fromEntries(Object.entries(FIELDS).map(([id, path]) => [path, id]));
/** The period column a settings field belongs to. */
const KIND_OF_FIELD = { month: 'month', 'month-hours': 'month', quarter: 'quarter', year: 'year', duration: 'custom' };
/**
 * What is said about a settings field, one whole sentence each (the field's
 * noun changes the sentence's grammar in German, Dutch and Danish): its nines
 * column left out as it is empty or invalid, a period not updated.
 */
const FIELD_TEXTS = {
  month: { empty: 'budget.ninesEmpty.month', invalid: 'budget.ninesInvalid.month', stale: 'budget.notUpdated.month' },
  'month-hours': { empty: 'budget.ninesEmpty.monthHours', invalid: 'budget.ninesInvalid.monthHours',
    stale: 'budget.notUpdated.monthHours' },
  quarter: { empty: 'budget.ninesEmpty.quarter', invalid: 'budget.ninesInvalid.quarter', stale: 'budget.notUpdated.quarter' },
  year: { empty: 'budget.ninesEmpty.year', invalid: 'budget.ninesInvalid.year', stale: 'budget.notUpdated.year' },
  duration: { invalid: 'budget.ninesInvalid.duration', stale: 'budget.notUpdated.duration' },
};

let sla = null;
/** Last good result per period kind (kept, dimmed, while the input is invalid). */
const lastGood = new Map();
let lastNinesKey = '';
/** Settings errors found by the last nines computation: field id → message. */
let lastNinesErrors = {};

// ---------------------------------------------------------------- reading the form

function direction() {
  return $('dir-downtime').checked ? 'downtime' : 'target';
}

function readSettings() {
  const v = (id) => $(id).value.trim();
  return {
    month: v('month'),
    monthBasis: v('month-basis'),
    monthHours: v('month-hours'),
    quarter: v('quarter'),
    quarterBasis: v('quarter-basis'),
    year: v('year'),
    yearBasis: v('year-basis'),
    duration: v('duration'),
    rounding: v('rounding'),
  };
}

/**
 * The period settings one period needs, or `missing` naming an empty input.
 * Only relevant fields are sent: the core validates every field it is given.
 */
function periodFields(kind, s) {
  switch (kind) {
    case 'month':
      if (s.monthBasis === 'calendar') {
        return s.month ? { fields: { monthBasis: 'calendar', month: s.month }, uses: ['month'] }
          : { missing: t('budget.missing.month'), uses: ['month'] };
      }
      if (s.monthBasis === 'custom') {
        return s.monthHours ? { fields: { monthBasis: 'custom', monthHours: s.monthHours }, uses: ['month-hours'] }
          : { missing: t('budget.missing.monthHours'), uses: ['month-hours'] };
      }
      return { fields: { monthBasis: s.monthBasis }, uses: [] };
    case 'quarter':
      if (s.quarterBasis === 'calendar') {
        return s.quarter ? { fields: { quarterBasis: 'calendar', quarter: s.quarter }, uses: ['quarter'] }
          : { missing: t('budget.missing.quarter'), uses: ['quarter'] };
      }
      return { fields: { quarterBasis: s.quarterBasis }, uses: [] };
    case 'year':
      if (s.yearBasis === 'calendar') {
        return s.year ? { fields: { yearBasis: 'calendar', year: s.year }, uses: ['year'] }
          : { missing: t('budget.missing.year'), uses: ['year'] };
      }
      return { fields: { yearBasis: s.yearBasis }, uses: [] };
    case 'custom':
      return { fields: { duration: s.duration }, uses: ['duration'] };
    default:
      return { fields: {}, uses: [] };
  }
}

function activePeriods(s) {
  return PERIODS.filter((p) => p.kind !== 'custom' || s.duration !== '');
}

// ---------------------------------------------------------------- results list


function buildResultRows() {
  const list = $('result-list');
  list.replaceChildren(...PERIODS.map(({ kind, key }) => el('li', {
    class: 'result', id: `result-${kind}`, 'data-period': kind, 'data-state': 'loading',
    hidden: kind === 'custom',
  }, [
    el('div', { class: 'period' }, [
      el('h3', { class: 'period-name', text: t(key) }),
      el('p', { class: 'period-label', id: `label-${kind}`, text: '' }),
    ]),
    el('div', { class: 'value' }, [
      el('span', { class: 'human', id: `value-${kind}`, 'data-testid': `value-${kind}`, text: '…' }),
      el('span', { class: 'exact', id: `exact-${kind}`, 'data-testid': `exact-${kind}`, text: '' }),
      el('span', { class: 'badge', id: `badge-${kind}`, text: t('budget.outOfDate'), hidden: true }),
      el('p', { class: 'note', id: `note-${kind}`, text: '', hidden: true }),
    ]),
    el('details', { class: 'explain', id: `explain-${kind}` }, [
      el('summary', { text: t('budget.explainSummary') }),
      el('ul'),
    ]),
  ])));
}

function renderExplain(list, explain) {
  list.replaceChildren(...explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
}

function renderResult(kind, row, dir) {
  const li = $(`result-${kind}`);
  const value = $(`value-${kind}`);
  const exact = $(`exact-${kind}`);
  const label = $(`label-${kind}`);
  const note = $(`note-${kind}`);
  const badge = $(`badge-${kind}`);
  const explainList = li.querySelector('.explain ul');

  const show = (r) => {
    label.textContent = `${r.period.label} · ${seconds(r.period.exact)}`;
    if (r.direction === 'target-to-downtime') {
      value.textContent = r.downtime.human;
      value.removeAttribute('title');
      exact.textContent = seconds(r.downtime.exact);
    } else {
      const brief = briefDecimal(r.availability.text);
      value.textContent = pct(brief);
      // The digits cut off, on demand.
      if (brief === r.availability.text) value.removeAttribute('title');
      else value.title = pct(r.availability.text);
      exact.replaceChildren(el('span', { text: t('budget.downtimeOfPeriod',
        { downtime: decimal(r.downtime.exact), period: decimal(r.period.exact) }) }));
      if (brief !== r.availability.exact) {
        exact.append(el('span', { text: t('budget.exactly', { availability: pct(r.availability.exact) }) }));
      }
    }
    renderExplain(explainList, r.explain);
  };
  const blank = () => {
    value.textContent = '—';
    exact.textContent = '';
    explainList.replaceChildren();
  };

  let noteText = '';
  if (row.state === 'ok') {
    show(row.result);
    if (row.result.unroundedDowntime) noteText = t('budget.roundedFrom', { downtime: row.result.unroundedDowntime.human });
    lastGood.set(kind, { dir, result: row.result });
  } else {
    const previous = lastGood.get(kind);
    if (row.state === 'stale' && previous && previous.dir === dir) {
      show(previous.result);
    } else {
      blank();
    }
    noteText = row.message ?? '';
  }
  const stale = row.state === 'stale' && lastGood.get(kind)?.dir === dir;
  li.dataset.state = row.state === 'stale' && !stale ? 'empty' : row.state;
  badge.hidden = !stale;
  note.textContent = noteText;
  note.hidden = !noteText;
}

// ---------------------------------------------------------------- nines table

const fmtTarget = (target) => pct(target.text);

function renderNines(s) {
  const periods = activePeriods(s);
  const key = JSON.stringify(s) + periods.length;
  if (key === lastNinesKey) return null;
  lastNinesKey = key;

  // Columns whose settings are empty are left out; columns whose settings the
  // core rejects are dropped one by one, so the others still show.
  const errors = {};
  const dropped = new Map(); // kind → reason
  const included = [];
  const request = { rounding: s.rounding };
  for (const p of periods) {
    const f = periodFields(p.kind, s);
    if (f.missing) { dropped.set(p.kind, t(FIELD_TEXTS[f.uses[0]].empty)); continue; }
    included.push(p.kind);
    Object.assign(request, f.fields);
  }
  let result = null;
  for (let attempt = 0; attempt <= PERIODS.length && included.length; attempt++) {
    try {
      result = sla.nines({ ...request, periods: [...included] });
      break;
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      const field = FIELD_BY_PATH[err.path];
      const kind = KIND_OF_FIELD[field];
      if (!kind || !included.includes(kind)) { errors[''] = err.message; break; }
      errors[field] = err.message;
      dropped.set(kind, t(FIELD_TEXTS[field].invalid));
      included.splice(included.indexOf(kind), 1);
      for (const k of Object.keys(periodFields(kind, s).fields ?? {})) delete request[k];
    }
  }

  const table = $('nines');
  const byKind = new Map((result?.periods ?? []).map((p, i) => [p.kind, i]));
  const headRow = el('tr', {}, [el('th', { scope: 'col', text: t('budget.col.target') })]);
  for (const p of periods) {
    const i = byKind.get(p.kind);
    const resolved = i === undefined ? null : result.periods[i];
    const th = el('th', { scope: 'col', 'data-period': p.kind }, [
      el('span', { class: 'col-name', text: t(p.key) }),
      el('span', { class: 'col-sub', text: resolved ? resolved.human : t('budget.notShown') }),
    ]);
    if (resolved) th.title = resolved.label;
    headRow.append(th);
  }
  table.tHead.replaceChildren(headRow);

  const targets = result?.rows.map((r) => r.target) ??
    ['90', '95', '99', '99.5', '99.9', '99.95', '99.99', '99.999'].map((x) => ({ text: x, exact: x }));
  const body = targets.map((target, r) => {
    const tr = el('tr', { 'data-target': target.exact }, [el('th', { scope: 'row', text: fmtTarget(target) })]);
    for (const p of periods) {
      const i = byKind.get(p.kind);
      const cell = i === undefined ? null : result.rows[r].downtime[i];
      const td = el('td', { 'data-period': p.kind, text: cell ? cell.human : '—' });
      if (cell) td.title = seconds(cell.exact);
      else td.className = 'missing';
      tr.append(td);
    }
    return tr;
  });
  table.tBodies[0].replaceChildren(...body);

  const explainList = $('nines-explain').querySelector('ul');
  renderExplain(explainList, result?.explain ?? []);

  $('nines-status').textContent = [...dropped.values()].join(' ');
  return errors;
}

function highlightNinesRow(exactTarget) {
  for (const tr of $('nines').tBodies[0].rows) {
    tr.classList.toggle('current', exactTarget !== null && tr.dataset.target === exactTarget);
  }
}

// ---------------------------------------------------------------- the calls

/** The form as a plan: the direction, its value, the settings and the periods shown. */
function readRequest() {
  const dir = direction();
  const s = readSettings();
  return { request: { dir, value: $(dir).value.trim(), s, periods: activePeriods(s) }, errors: {} };
}

/** One budget call per period, each with only the settings that period uses; a period's error stays with it. */
function callPeriods(core, { dir, value, s, periods }) {
  const rows = new Map();
  for (const { kind } of periods) {
    const f = periodFields(kind, s);
    if (!value) {
      rows.set(kind, { state: 'missing', uses: f.uses });
      continue;
    }
    if (f.missing) {
      rows.set(kind, { state: 'missing', message: f.missing, uses: f.uses });
      continue;
    }
    try {
      const request = { [dir]: value, period: kind, rounding: s.rounding, ...f.fields };
      rows.set(kind, { state: 'ok', result: core.budget(request), uses: f.uses });
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      rows.set(kind, { state: 'error', err, uses: f.uses });
    }
  }
  return rows;
}

/**
 * The periods' errors on fields: an error belongs to a field when every
 * period that uses the field failed because of it (a downtime longer than a
 * day is fine for the month). The nines table is drawn here too: it validates
 * the settings even while the target is invalid. Returns the form's error.
 */
function review(rows, fieldErrors, { dir, s }) {
  let formError = null;
  const attempted = [...rows.entries()].filter(([, r]) => r.state !== 'missing');
  const failedOn = (fieldId) => {
    const path = FIELDS[fieldId];
    const users = attempted.filter(([, r]) => fieldId === dir || r.uses.includes(fieldId));
    if (!users.length || !users.every(([, r]) => r.state === 'error' && r.err.path === path)) return null;
    const preferred = users.find(([kind]) => kind === 'year') ?? users[users.length - 1];
    return preferred[1].err.message;
  };
  for (const id of [dir, 'month', 'month-hours', 'quarter', 'year', 'duration']) {
    const message = failedOn(id);
    if (message) fieldErrors[id] = message;
  }
  for (const [, r] of attempted) {
    if (r.state === 'error' && !FIELD_BY_PATH[r.err.path]) formError = r.err.message;
  }

  const ninesErrors = renderNines(s);
  if (ninesErrors) lastNinesErrors = ninesErrors;
  for (const [id, message] of Object.entries(lastNinesErrors)) {
    if (id === '') formError ??= message;
    else if (!fieldErrors[id] && !(rows.get(KIND_OF_FIELD[id])?.state === 'ok')) fieldErrors[id] = message;
  }
  highlightNinesRow(dir === 'target' && rows.get('day')?.state === 'ok'
    ? rows.get('day').result.availability.exact : null);
  return formError;
}

/** Each period's row, and one status line for the whole list. */
function render(rows, { dir, value, s, periods }, { errors: fieldErrors, formError }) {
  $('results-title').textContent = t(dir === 'target' ? 'budget.resultsTarget' : 'budget.resultsDowntime');
  $('result-custom').hidden = s.duration === '';
  for (const { kind } of periods) {
    const r = rows.get(kind);
    let view;
    if (r.state === 'ok') view = { state: 'ok', result: r.result };
    else if (r.state === 'missing') {
      view = { state: r.message ? 'stale' : 'empty', message: r.message };
    } else {
      const field = FIELD_BY_PATH[r.err.path];
      if (field && fieldErrors[field]) {
        // The status line already says so when the target/downtime is invalid.
        const message = field === dir ? '' : t(FIELD_TEXTS[field].stale);
        view = { state: 'stale', message };
      } else {
        view = { state: 'error', message: r.err.message };
      }
    }
    renderResult(kind, view, dir);
  }

  let status = '';
  if (!value) {
    status = t(dir === 'target' ? 'budget.status.enterTarget' : 'budget.status.enterDowntime');
  } else if (fieldErrors[dir]) {
    status = t(dir === 'target' ? 'budget.status.targetInvalid' : 'budget.status.downtimeInvalid');
  } else if (Object.keys(fieldErrors).length || formError) {
    status = t('budget.status.someNotUpdated');
  }
  const statusEl = $('status');
  if (statusEl.textContent !== status) statusEl.textContent = status;
  statusEl.hidden = !status;
  document.body.classList.toggle('has-error', Boolean(fieldErrors[dir]));
}

// ---------------------------------------------------------------- form behaviour

/** The rounding as the conventions' summary says it. */
const ROUNDING_SUMMARY = {
  exact: 'budget.roundingSummary.exact',
  'round-second': 'budget.roundingSummary.roundSecond',
  'truncate-second': 'budget.roundingSummary.truncateSecond',
};

function syncVisibility() {
  const dir = direction();
  $('target-field').hidden = dir !== 'target';
  $('downtime-field').hidden = dir !== 'downtime';
  const s = readSettings();
  $('month-hours-field').hidden = s.monthBasis !== 'custom';
  const unused = (id, yes, why) => {
    const field = $(id).closest('.field');
    field.classList.toggle('unused', yes);
    const hint = $(`${id}-hint`);
    hint.dataset.default ??= hint.textContent;
    hint.textContent = yes ? why : hint.dataset.default;
  };
  unused('month', s.monthBasis !== 'calendar', t('budget.unused.month'));
  unused('quarter', s.quarterBasis !== 'calendar', t('budget.unused.quarter'));
  unused('year', s.yearBasis !== 'calendar', t('budget.unused.year'));

  // Shown next to the collapsed "Periods and conventions" summary.
  const chosen = (id) => $(id).selectedOptions[0]?.textContent ?? '';
  const part = (valueText, basis, id) => (basis === 'calendar' ? valueText || '?' : chosen(id));
  const params = {
    month: part(s.month, s.monthBasis, 'month-basis'),
    quarter: part(s.quarter, s.quarterBasis, 'quarter-basis'),
    year: part(s.year, s.yearBasis, 'year-basis'),
    rounding: t(ROUNDING_SUMMARY[s.rounding] ?? ROUNDING_SUMMARY.exact),
    duration: s.duration,
  };
  $('conventions-summary').textContent = t(s.duration ? 'budget.summaryCustom' : 'budget.summary', params);
}

function setDefaults(now = new Date()) {
  const y = now.getFullYear();
  const m = now.getMonth();
  if (!$('month').value) $('month').value = `${y}-${String(m + 1).padStart(2, '0')}`;
  if (!$('quarter').value) $('quarter').value = `${y}-Q${Math.floor(m / 3) + 1}`;
  if (!$('year').value) $('year').value = String(y);
  const list = $('quarter-list');
  const options = [];
  for (let yy = y - 1; yy <= y + 1; yy++) {
    for (let q = 1; q <= 4; q++) options.push(el('option', { value: `${yy}-Q${q}` }));
  }
  list.replaceChildren(...options);
}

/** A commitment's period, after "per". */
const CONTRACT_PERIODS = {
  month: 'budget.contract.period.month',
  quarter: 'budget.contract.period.quarter',
  year: 'budget.contract.period.year',
};
/**
 * ?profile=&tier= (a link, an embedding page's attributes): the tier's first
 * availability commitment as the target, and its budget as the core's one
 * reading of the contract gives it (the stated maximum where the contract
 * states one: Flying Circus §9.2), said above the form with its clause; a
 * monthly commitment's month is the hours that reading takes the percentage
 * of, so the month row shows the contract's own figure.
 */
function applyContract() {
  const params = new URLSearchParams(location.search);
  if (!params.has('profile')) return;
  const note = $('contract-note');
  note.hidden = false;
  let doc;
  let tier;
  let budget;
  try {
    doc = profileInLang(sla.profile(params.get('profile')));
    tier = doc.tiers.find((x) => x.id === params.get('tier')) ?? doc.tiers[0];
    if (!tier.availability?.length) {
      note.textContent = t('budget.contract.none', { vendor: doc.vendor, tier: tier.name });
      return;
    }
    budget = sla.budget({ profile: params.get('profile'), tier: tier.id });
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    note.textContent = t('budget.contract.unknown', { profile: params.get('profile'), error: err.message });
    return;
  }
  const c = tier.availability.find((a) => (a.scope ?? '') === budget.contract.scope) ?? tier.availability[0];
  $('target').value = budget.availability.exact;
  if (c.period === 'month') {
    $('month-basis').value = 'custom';
    $('month-hours').value = String(Number(budget.period.exact) / 3600);
  }
  syncVisibility();
  // The scope's name in the page's language (profileInLang), the clause as the contract writes it.
  note.textContent = t('budget.contract.reading', {
    vendor: doc.vendor, tier: tier.name, target: pct(budget.availability.exact), scope: c.scope ? ` (${c.scopeName})` : '',
    period: t(CONTRACT_PERIODS[c.period] ?? 'budget.contract.period.month'), clause: c.clause ? ` — ${c.clause}` : '',
    downtime: budget.downtime.human, reading: budget.period.label,
  });
}

function wire() {
  const form = $('calc');
  form.addEventListener('submit', (e) => e.preventDefault());
  const update = () => { syncVisibility(); page.compute(); };
  form.addEventListener('input', update);
  form.addEventListener('change', (e) => { if (e.target.name === 'direction') update(); });
}

// On a phone the results come first and the conventions stay one tap away;
// wider, they are open beside the results. Closed in the HTML and opened here,
// as soon as the script runs, so that on a phone nothing jumps.
if (!window.matchMedia('(max-width: 40rem)').matches) $('conventions').open = true;

const page = runPage({
  view: 'budget',
  presets: false,
  prepare() {
    buildResultRows();
    setDefaults();
    syncVisibility();
    wire();
  },
  setup(core) {
    ({ sla } = core);
    applyContract();
  },
  read: readRequest,
  call: callPeriods,
  fieldOfPath: (path) => FIELD_BY_PATH[path] ?? null,
  fields: () => Object.keys(FIELDS),
  review,
  render,
  // Only the periods answered, by kind.
  answer: (rows) => Object.fromEntries([...rows].filter(([, r]) => r.state === 'ok').map(([k, r]) => [k, r.result])),
  results: null,
  status: null,
});
