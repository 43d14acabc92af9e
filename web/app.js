// slacalc page: reads the form, asks the wasm core, renders per-period results,
// the nines table and their explanations. No framework, no inline code (CSP).
//
// Error handling: the core throws SlaError {code, message, path}; the path
// (a JSON pointer such as "/target") names the input that caused it. The
// message is shown next to that input, which gets aria-invalid="true" and
// aria-describedby pointing at the message. What the user typed is never
// changed. Results that could not be recomputed stay visible but are dimmed
// and labelled "out of date".

import { createSlaCalc, SlaError } from './slacalc.mjs';
import { $, announce, el, setFieldError, setFormError } from './dom.js';

// Start compiling the wasm right away; the DOM is set up meanwhile.
const slaReady = createSlaCalc();
slaReady.catch(() => {}); // reported by start()


/** The periods in display order; `custom` only appears with a custom duration. */
const PERIODS = [
  { kind: 'day', name: 'Day' },
  { kind: 'week', name: 'Week' },
  { kind: 'month', name: 'Month' },
  { kind: 'quarter', name: 'Quarter' },
  { kind: 'year', name: 'Year' },
  { kind: 'rolling-28d', name: 'Rolling 28 days' },
  { kind: 'rolling-30d', name: 'Rolling 30 days' },
  { kind: 'custom', name: 'Custom' },
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
const FIELD_NAMES = {
  target: 'target', downtime: 'downtime', month: 'month', 'month-hours': 'hours per month',
  quarter: 'quarter', year: 'year', duration: 'custom period',
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
          : { missing: 'Choose a month.', uses: ['month'] };
      }
      if (s.monthBasis === 'custom') {
        return s.monthHours ? { fields: { monthBasis: 'custom', monthHours: s.monthHours }, uses: ['month-hours'] }
          : { missing: 'Enter the hours per month.', uses: ['month-hours'] };
      }
      return { fields: { monthBasis: s.monthBasis }, uses: [] };
    case 'quarter':
      if (s.quarterBasis === 'calendar') {
        return s.quarter ? { fields: { quarterBasis: 'calendar', quarter: s.quarter }, uses: ['quarter'] }
          : { missing: 'Enter a quarter (YYYY-Qn).', uses: ['quarter'] };
      }
      return { fields: { quarterBasis: s.quarterBasis }, uses: [] };
    case 'year':
      if (s.yearBasis === 'calendar') {
        return s.year ? { fields: { yearBasis: 'calendar', year: s.year }, uses: ['year'] }
          : { missing: 'Enter a year.', uses: ['year'] };
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
  list.replaceChildren(...PERIODS.map(({ kind, name }) => el('li', {
    class: 'result', id: `result-${kind}`, 'data-period': kind, 'data-state': 'loading',
    hidden: kind === 'custom',
  }, [
    el('div', { class: 'period' }, [
      el('h3', { class: 'period-name', text: name }),
      el('p', { class: 'period-label', id: `label-${kind}`, text: '' }),
    ]),
    el('div', { class: 'value' }, [
      el('span', { class: 'human', id: `value-${kind}`, 'data-testid': `value-${kind}`, text: '…' }),
      el('span', { class: 'exact', id: `exact-${kind}`, 'data-testid': `exact-${kind}`, text: '' }),
      el('span', { class: 'badge', id: `badge-${kind}`, text: 'out of date', hidden: true }),
      el('p', { class: 'note', id: `note-${kind}`, text: '', hidden: true }),
    ]),
    el('details', { class: 'explain', id: `explain-${kind}` }, [
      el('summary', { text: 'How it’s computed' }),
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
    label.textContent = `${r.period.label} · ${r.period.exact} s`;
    if (r.direction === 'target-to-downtime') {
      value.textContent = r.downtime.human;
      exact.textContent = `${r.downtime.exact} s`;
    } else {
      value.textContent = `${r.availability.text} %`;
      exact.replaceChildren(el('span', { text: `${r.downtime.exact} s of ${r.period.exact} s` }));
      if (r.availability.text !== r.availability.exact) {
        exact.append(el('span', { text: `exactly ${r.availability.exact} %` }));
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
    if (row.result.unroundedDowntime) noteText = `rounded from ${row.result.unroundedDowntime.human}`;
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

function fmtTarget(t) {
  return `${t.text} %`;
}

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
    if (f.missing) { dropped.set(p.kind, `the ${FIELD_NAMES[f.uses[0]]} is empty`); continue; }
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
      dropped.set(kind, `the ${FIELD_NAMES[field]} is invalid`);
      included.splice(included.indexOf(kind), 1);
      for (const k of Object.keys(periodFields(kind, s).fields ?? {})) delete request[k];
    }
  }

  const table = $('nines');
  const byKind = new Map((result?.periods ?? []).map((p, i) => [p.kind, i]));
  const headRow = el('tr', {}, [el('th', { scope: 'col', text: 'Target' })]);
  for (const p of periods) {
    const i = byKind.get(p.kind);
    const resolved = i === undefined ? null : result.periods[i];
    const th = el('th', { scope: 'col', 'data-period': p.kind }, [
      el('span', { class: 'col-name', text: p.name }),
      el('span', { class: 'col-sub', text: resolved ? resolved.human : 'not shown' }),
    ]);
    if (resolved) th.title = resolved.label;
    headRow.append(th);
  }
  table.tHead.replaceChildren(headRow);

  const targets = result?.rows.map((r) => r.target) ??
    ['90', '95', '99', '99.5', '99.9', '99.95', '99.99', '99.999'].map((t) => ({ text: t, exact: t }));
  const body = targets.map((target, r) => {
    const tr = el('tr', { 'data-target': target.exact }, [el('th', { scope: 'row', text: fmtTarget(target) })]);
    for (const p of periods) {
      const i = byKind.get(p.kind);
      const cell = i === undefined ? null : result.rows[r].downtime[i];
      const td = el('td', { 'data-period': p.kind, text: cell ? cell.human : '—' });
      if (cell) td.title = `${cell.exact} s`;
      else td.className = 'missing';
      tr.append(td);
    }
    return tr;
  });
  table.tBodies[0].replaceChildren(...body);

  const explainList = $('nines-explain').querySelector('ul');
  renderExplain(explainList, result?.explain ?? []);

  const reasons = [...dropped].map(([kind, why]) => `${PERIODS.find((p) => p.kind === kind).name} column not shown: ${why}.`);
  $('nines-status').textContent = reasons.join(' ');
  return errors;
}

function highlightNinesRow(exactTarget) {
  for (const tr of $('nines').tBodies[0].rows) {
    tr.classList.toggle('current', exactTarget !== null && tr.dataset.target === exactTarget);
  }
}

// ---------------------------------------------------------------- compute

function compute() {
  if (!sla) return;
  const dir = direction();
  const valueId = dir;
  const otherId = dir === 'target' ? 'downtime' : 'target';
  const value = $(valueId).value.trim();
  const s = readSettings();
  const periods = activePeriods(s);

  $('results-title').textContent = dir === 'target' ? 'Allowed downtime' : 'Availability left';
  $('result-custom').hidden = s.duration === '';

  // One budget call per period, each with only the settings that period uses.
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
      rows.set(kind, { state: 'ok', result: sla.budget(request), uses: f.uses });
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      rows.set(kind, { state: 'error', err, uses: f.uses });
    }
  }

  // An error belongs to a field when every period that uses the field failed
  // because of it (a downtime longer than a day is fine for the month).
  const fieldErrors = {};
  let formError = null;
  const attempted = [...rows.entries()].filter(([, r]) => r.state !== 'missing');
  const failedOn = (fieldId) => {
    const path = FIELDS[fieldId];
    const users = attempted.filter(([, r]) => fieldId === valueId || r.uses.includes(fieldId));
    if (!users.length || !users.every(([, r]) => r.state === 'error' && r.err.path === path)) return null;
    const preferred = users.find(([kind]) => kind === 'year') ?? users[users.length - 1];
    return preferred[1].err.message;
  };
  for (const id of [valueId, 'month', 'month-hours', 'quarter', 'year', 'duration']) {
    const message = failedOn(id);
    if (message) fieldErrors[id] = message;
  }
  for (const [, r] of attempted) {
    if (r.state === 'error' && !FIELD_BY_PATH[r.err.path]) formError = r.err.message;
  }

  // Nines: independent of target/downtime; validates the settings even while
  // the target is invalid.
  const ninesErrors = renderNines(s);
  if (ninesErrors) lastNinesErrors = ninesErrors;
  for (const [id, message] of Object.entries(lastNinesErrors)) {
    if (id === '') formError ??= message;
    else if (!fieldErrors[id] && !(rows.get(KIND_OF_FIELD[id])?.state === 'ok')) fieldErrors[id] = message;
  }
  highlightNinesRow(dir === 'target' && rows.get('day')?.state === 'ok'
    ? rows.get('day').result.availability.exact : null);

  announce('budget', Object.fromEntries([...rows].filter(([, r]) => r.state === 'ok').map(([k, r]) => [k, r.result])));

  // Render the rows.
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
        const message = field === valueId ? '' : `Not updated: the ${FIELD_NAMES[field]} is invalid.`;
        view = { state: 'stale', message };
      } else {
        view = { state: 'error', message: r.err.message };
      }
    }
    renderResult(kind, view, dir);
  }

  for (const id of Object.keys(FIELDS)) {
    if (id === otherId) setFieldError(id, null);
    else setFieldError(id, fieldErrors[id] ?? null);
  }
  setFormError(formError);

  // One status line for the whole list.
  let status = '';
  if (!value) {
    status = dir === 'target' ? 'Enter a target to see the allowed downtime.'
      : 'Enter a downtime (e.g. 49m) to see the availability it leaves.';
  } else if (fieldErrors[valueId]) {
    status = `The ${FIELD_NAMES[valueId]} is invalid: results are not updated (out-of-date values are dimmed).`;
  } else if (Object.keys(fieldErrors).length || formError) {
    status = 'Some periods are not updated: see the marked fields.';
  }
  const statusEl = $('status');
  if (statusEl.textContent !== status) statusEl.textContent = status;
  statusEl.hidden = !status;
  document.body.classList.toggle('has-error', Boolean(fieldErrors[valueId]));
}

// ---------------------------------------------------------------- form behaviour

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
  unused('month', s.monthBasis !== 'calendar', 'Not used by this month convention');
  unused('quarter', s.quarterBasis !== 'calendar', 'Not used by this quarter convention');
  unused('year', s.yearBasis !== 'calendar', 'Not used by this year convention');

  // Shown next to the collapsed "Periods and conventions" summary.
  const chosen = (id) => $(id).selectedOptions[0]?.textContent ?? '';
  const part = (valueText, basis, id) => (basis === 'calendar' ? valueText || '?' : chosen(id));
  $('conventions-summary').textContent = `— month ${part(s.month, s.monthBasis, 'month-basis')}, ` +
    `quarter ${part(s.quarter, s.quarterBasis, 'quarter-basis')}, year ${part(s.year, s.yearBasis, 'year-basis')}, ` +
    `${chosen('rounding').toLowerCase()}${s.duration ? `, custom ${s.duration}` : ''}`;
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

/**
 * ?profile=&tier= (a link, an embedding page's attributes): the tier's first
 * availability commitment as the target, in its contract's default month
 * basis, said above the form with its clause.
 */
function applyContract() {
  const params = new URLSearchParams(location.search);
  if (!params.has('profile')) return;
  const note = $('contract-note');
  note.hidden = false;
  let doc;
  try {
    doc = sla.profile(params.get('profile'));
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    note.textContent = `No contract "${params.get('profile')}" here: ${err.message}`;
    return;
  }
  const tier = doc.tiers.find((t) => t.id === params.get('tier')) ?? doc.tiers[0];
  const c = tier.availability?.[0];
  if (!c) {
    note.textContent = `${doc.vendor}, ${tier.name}: no availability commitment in this contract.`;
    return;
  }
  const basis = doc.options?.monthBasis?.default;
  $('target').value = c.target;
  if (basis && [...$('month-basis').options].some((o) => o.value === basis)) $('month-basis').value = basis;
  syncVisibility();
  note.textContent = `${doc.vendor}, ${tier.name}: ${c.target} %${c.scope ? ` (${c.scope})` : ''} per ${c.period}` +
    `${basis ? `, months of ${basis}` : ''}${c.clause ? ` — ${c.clause}` : ''}.`;
}

function wire() {
  const form = $('calc');
  form.addEventListener('submit', (e) => e.preventDefault());
  const update = () => { syncVisibility(); compute(); };
  form.addEventListener('input', update);
  form.addEventListener('change', (e) => { if (e.target.name === 'direction') update(); });
}

async function start() {
  buildResultRows();
  // On a phone the results come first; the conventions stay one tap away.
  if (window.matchMedia('(max-width: 40rem)').matches) $('conventions').open = false;
  setDefaults();
  syncVisibility();
  wire();
  try {
    sla = await slaReady;
  } catch (err) {
    const status = $('status');
    status.textContent = `The calculator could not be loaded: ${err?.message ?? err}`;
    status.classList.add('failed');
    document.body.dataset.ready = 'error';
    return;
  }
  $('status').textContent = '';
  applyContract();
  compute();
  performance.mark('slacalc-ready');
  document.body.dataset.ready = '1';
}

start();
