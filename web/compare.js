// slacalc comparison page: 2 to 6 tiers side by side (any mix of presets and
// the user's own profiles), differences marked, one-page print handout.
// No framework, no inline code (CSP).
//
// Error handling follows app.js: the core throws SlaError {code, message,
// path}; the path (e.g. "/columns/1/monthlyPrice") names the control that
// caused it, and the message is shown next to that control (aria-invalid,
// aria-describedby). What the user typed is never changed. While something is
// invalid the last good table stays visible, dimmed and labelled out of date.

import { createSlaCalc } from './slacalc.mjs';
import {
  $, announce, callCore, el, loadCore, parseMoney, presetGroups, setFieldError, setFormError, setStatus,
} from './dom.js';
import { sharePart } from './share.js';

const slaReady = createSlaCalc();
slaReady.catch(() => {}); // reported by start()


const MIN_COLUMNS = 2;
const MAX_COLUMNS = 6;
/** Preset id, tier id. Missing presets are skipped (see defaultColumns). */
const DEFAULT_COLUMNS = [['flying-circus', 'managed-4'], ['flying-circus', 'guided-1'], ['wp-heaven', 'standard']];
/** Profile documents are checked by the core up to this size; larger files are not read at all. */
const MAX_PROFILE_BYTES = 1000000;

/** Decimals of a profile's currency (the core's ISO 4217 table, via the summary). */
const currencyDigits = (summary) => summary?.currencyDecimals ?? 2;

let sla = null;
/** ProfileSummary[] of the built-in presets. */
let presets = [];
/** The user's checked profiles: id → { profile (the object), summary }. */
const custom = new Map();
/** One entry per column: { ref: "preset:<id>" | "custom:<id>", tier, price (text as typed) }. */
let columns = [];
/** Whether a comparison was rendered yet (kept, dimmed, while the inputs are invalid). */
let haveTable = false;

// ---------------------------------------------------------------- small helpers

const splitRef = (ref) => {
  const i = ref.indexOf(':');
  return { kind: ref.slice(0, i), id: ref.slice(i + 1) };
};

function summaryOf(ref) {
  const { kind, id } = splitRef(ref);
  if (kind === 'custom') return custom.get(id)?.summary ?? null;
  return presets.find((p) => p.id === id) ?? null;
}

/** What compare() takes as `profile`: the preset id, or the whole custom object. */
function profileArg(ref) {
  const { kind, id } = splitRef(ref);
  return kind === 'custom' ? custom.get(id).profile : id;
}

function profileLabel(summary) {
  return `${summary.vendor} — ${summary.product}`;
}

function localDate(d = new Date()) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- prices

/** A price as typed → { minor } in `summary`'s currency (dom.js parseMoney), or { error }. */
function parsePrice(text, summary) {
  return parseMoney(text, summary?.currency ?? '', currencyDigits(summary), 'a price');
}

// ---------------------------------------------------------------- errors on fields

function fieldIds() {
  const ids = ['month', 'month-basis', 'bad-month'];
  columns.forEach((_, i) => ids.push(`col-${i}-profile`, `col-${i}-tier`, `col-${i}-price`));
  return ids;
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  if (path === '/month') return 'month';
  if (path === '/monthBasis') return 'month-basis';
  if (path === '/badMonth') return 'bad-month';
  const m = /^\/columns\/(\d+)(?:\/([^/]+))?/.exec(path);
  if (!m || Number(m[1]) >= columns.length) return null;
  const part = { tier: 'tier', monthlyPrice: 'price' }[m[2]] ?? 'profile';
  return `col-${m[1]}-${part}`;
}

// ---------------------------------------------------------------- column pickers

function fillProfileSelect(select, selected) {
  const option = (ref, summary, suffix = '') => el('option', {
    value: ref, text: profileLabel(summary) + suffix, selected: ref === selected,
  });
  const groups = presetGroups(presets, (p) => option(`preset:${p.id}`, p, p.status === 'example' ? ' (example)' : ''));
  if (custom.size) {
    groups.push(el('optgroup', { label: 'Custom' }, [...custom.entries()]
      .map(([id, c]) => option(`custom:${id}`, c.summary,
        c.summary.status === 'example' ? ' (custom, example)' : ' (custom)'))));
  }
  select.replaceChildren(...groups.filter((g) => g.children.length));
  select.value = selected;
  select.title = select.selectedOptions[0]?.textContent ?? '';
}

function fillTierSelect(select, summary, selected) {
  const tiers = summary?.tiers ?? [];
  const families = [...new Set(tiers.map((t) => t.family ?? ''))];
  const option = (t) => el('option', { value: t.id, text: t.name, selected: t.id === selected });
  if (families.length > 1 || (families.length === 1 && families[0] !== '')) {
    select.replaceChildren(...families.map((f) => el('optgroup', { label: f || 'Other' },
      tiers.filter((t) => (t.family ?? '') === f).map(option))));
  } else {
    select.replaceChildren(...tiers.map(option));
  }
  select.value = selected;
}

function buildPicker(col, i) {
  const id = (part) => `col-${i}-${part}`;
  const summary = summaryOf(col.ref);
  const currency = summary?.currency ?? '';
  const profileSelect = el('select', { id: id('profile'), name: 'profile', 'data-col': i, 'data-testid': id('profile') });
  fillProfileSelect(profileSelect, col.ref);
  const tierSelect = el('select', { id: id('tier'), name: 'tier', 'data-col': i, 'data-testid': id('tier') });
  fillTierSelect(tierSelect, summary, col.tier);
  const price = el('input', {
    id: id('price'), name: 'price', type: 'text', inputMode: 'decimal', spellcheck: false, value: col.price,
    'data-col': i, 'aria-describedby': id('price-hint'), 'data-testid': id('price'),
  });
  const remove = el('button', {
    id: id('remove'), type: 'button', class: 'button small secondary', text: 'Remove', 'data-action': 'remove', 'data-col': i,
    'aria-label': `Remove column ${i + 1}`, disabled: columns.length <= MIN_COLUMNS, 'data-testid': id('remove'),
  });
  const download = el('button', {
    id: id('download'), type: 'button', class: 'button small secondary', text: 'Download profile', 'data-action': 'download',
    'data-col': i, 'aria-label': `Download profile of column ${i + 1} (JSON)`, 'data-testid': id('download'),
  });
  return el('fieldset', { class: 'column-picker', id: id('picker'), 'data-col': i }, [
    el('legend', { text: `Column ${i + 1}` }),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('profile'), text: 'Profile' }),
      profileSelect,
      el('p', { class: 'error', id: id('profile-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('tier'), text: 'Tier' }),
      tierSelect,
      el('p', { class: 'error', id: id('tier-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('price') }, ['Monthly price ', el('span', { class: 'optional', text: '(optional)' })]),
      el('div', { class: 'affix currency' }, [
        price,
        el('span', { class: 'suffix', id: id('currency'), 'aria-hidden': 'true', text: currency }),
      ]),
      el('p', { class: 'hint', id: id('price-hint'), text: priceHint(summary) }),
      el('p', { class: 'error', id: id('price-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    el('div', { class: 'column-actions' }, [download, remove]),
  ]);
}

function priceHint(summary) {
  const currency = summary?.currency ?? '';
  const example = currencyDigits(summary) === 0 ? '1600 or 1.600' : '1600 or 1.600,00';
  return `Per month in ${currency || 'the profile’s currency'}, e.g. ${example}. Empty: the profile’s own price, if any.`;
}

function renderPickers() {
  $('column-pickers').replaceChildren(...columns.map(buildPicker));
  $('add-column').disabled = columns.length >= MAX_COLUMNS;
  $('column-count').textContent = `${columns.length} of ${MAX_COLUMNS} columns`;
}

/** After a profile was chosen: tier list and currency of that column. */
function updatePicker(i) {
  const col = columns[i];
  const summary = summaryOf(col.ref);
  if (!summary?.tiers.some((t) => t.id === col.tier)) col.tier = summary?.tiers[0]?.id ?? '';
  fillTierSelect($(`col-${i}-tier`), summary, col.tier);
  const select = $(`col-${i}-profile`);
  select.title = select.selectedOptions[0]?.textContent ?? '';
  $(`col-${i}-currency`).textContent = summary?.currency ?? '';
  $(`col-${i}-price-hint`).textContent = priceHint(summary);
}

function defaultColumns() {
  const out = DEFAULT_COLUMNS.filter(([p, t]) => summaryOf(`preset:${p}`)?.tiers.some((x) => x.id === t))
    .map(([p, t]) => ({ ref: `preset:${p}`, tier: t, price: '' }));
  for (const p of presets) {
    for (const t of p.tiers) {
      if (out.length >= MIN_COLUMNS) return out;
      if (!out.some((c) => c.ref === `preset:${p.id}` && c.tier === t.id)) out.push({ ref: `preset:${p.id}`, tier: t.id, price: '' });
    }
  }
  return out;
}

function addColumn() {
  if (columns.length >= MAX_COLUMNS) return;
  // Same profile as the last column, its first tier not shown yet.
  const last = columns[columns.length - 1];
  const summary = summaryOf(last.ref);
  const used = new Set(columns.filter((c) => c.ref === last.ref).map((c) => c.tier));
  const tier = summary.tiers.find((t) => !used.has(t.id)) ?? summary.tiers[0];
  columns.push({ ref: last.ref, tier: tier.id, price: '' });
  renderPickers();
  compute();
  $(`col-${columns.length - 1}-profile`).focus();
}

function removeColumn(i) {
  if (columns.length <= MIN_COLUMNS) return;
  columns.splice(i, 1);
  renderPickers();
  compute();
  const next = $(`col-${Math.min(i, columns.length - 1)}-remove`);
  (next && !next.disabled ? next : $('add-column')).focus();
}

// ---------------------------------------------------------------- the table

function columnHeader(col, i, ref) {
  const isCustom = ref && splitRef(ref).kind === 'custom';
  return el('th', { scope: 'col', 'data-col': i }, [
    el('span', { class: 'col-vendor', text: col.vendor }),
    el('span', { class: 'col-tier', text: col.tierName }),
    el('span', { class: 'col-product', text: col.product }),
    isCustom ? el('span', { class: 'tag custom', text: 'custom profile' }) : null,
    col.status === 'example' ? el('span', { class: 'tag example', text: 'example' }) : null,
    col.status === 'example' && col.caveat ? el('span', { class: 'caveat', text: col.caveat }) : null,
  ]);
}

function renderTable(result, refs) {
  const table = $('compare');
  table.dataset.cols = String(result.columns.length); // the print stylesheet shrinks wide tables
  table.tHead.replaceChildren(el('tr', {}, [
    el('th', { scope: 'col', class: 'corner' }, [el('span', { class: 'visually-hidden', text: 'Aspect' })]),
    ...result.columns.map((c, i) => columnHeader(c, i, refs[i])),
  ]));
  table.tBodies[0].replaceChildren(...result.rows.map((row) => el('tr', {
    'data-row': row.id, class: row.differs ? 'differs' : '', 'data-differs': row.differs ? 'true' : 'false',
  }, [
    el('th', { scope: 'row' }, [
      el('span', { class: 'row-label', text: row.label }),
      row.differs ? el('span', { class: 'diff-badge' }, [el('span', { 'aria-hidden': 'true', text: '● ' }), 'differs'])
        : null,
    ]),
    ...row.cells.map((cell, i) => el('td', { 'data-col': i }, [
      ...cell.lines.map((line) => el('div', { class: 'line', text: line })),
      cell.clauses.length ? el('p', { class: 'clauses' }, [
        el('span', { class: 'visually-hidden', text: 'Contract clauses: ' }),
        cell.clauses.join(' · '),
      ]) : null,
    ])),
  ])));
  const notes = $('explain');
  notes.replaceChildren(...result.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  $('compare-notes').hidden = result.explain.length === 0;
}

function renderPrintMeta(request) {
  const basis = $('month-basis').selectedOptions[0]?.textContent ?? '';
  const parts = [`Tier comparison — month basis: ${basis}`];
  if (request.month) parts.push(`month ${request.month}`);
  parts.push(`as of ${localDate()}`);
  $('print-meta').textContent = parts.join(' · ');
}

// ---------------------------------------------------------------- compute

function compute() {
  if (!sla) return;
  const errors = {};
  const request = { columns: [] };
  columns.forEach((col, i) => {
    const out = { profile: profileArg(col.ref), tier: col.tier };
    if (col.price.trim()) {
      const parsed = parsePrice(col.price, summaryOf(col.ref));
      if (parsed.error) errors[`col-${i}-price`] = parsed.error;
      else out.monthlyPrice = parsed.minor;
    }
    request.columns.push(out);
  });
  const basis = $('month-basis').value;
  const month = $('month').value.trim();
  if (basis !== 'contract') request.monthBasis = basis;
  if (month) request.month = month;
  else if (basis === 'calendar') errors.month = 'Choose a month: the calendar basis needs one.';
  const badMonth = $('bad-month').value.trim();
  if (badMonth) request.badMonth = badMonth;

  const { result, formError } = callCore(() => sla.compare(request), errors, fieldOfPath);

  for (const id of fieldIds()) setFieldError(id, errors[id] ?? null);
  setFormError(formError);

  const section = $('comparison');
  if (result) {
    renderTable(result, columns.map((c) => c.ref));
    renderPrintMeta(request);
    haveTable = true;
    section.dataset.state = 'ok';
    announce('compare', result);
    setStatus('');
  } else {
    section.dataset.state = haveTable ? 'stale' : 'empty';
    setStatus(haveTable ? 'Out of date: fix the marked field. The table shows the last valid comparison, dimmed.'
      : 'Fix the marked field to see the comparison.', 'failed');
  }
}

// ---------------------------------------------------------------- custom profiles

function fillStartSelect() {
  const select = $('start-preset');
  const previous = select.value;
  const groups = presetGroups(presets, (p) => el('option', {
    value: `preset:${p.id}`, text: `${profileLabel(p)}${p.status === 'example' ? ' (example)' : ''}`,
  }));
  if (custom.size) {
    groups.push(el('optgroup', { label: 'Custom' }, [...custom.entries()]
      .map(([id, c]) => el('option', { value: `custom:${id}`, text: `${profileLabel(c.summary)} (custom)` }))));
  }
  select.replaceChildren(...groups.filter((g) => g.children.length));
  if (previous && [...select.options].some((o) => o.value === previous)) select.value = previous;
}

function profileDocument(ref) {
  const { kind, id } = splitRef(ref);
  return kind === 'custom' ? custom.get(id).profile : sla.profile(id);
}

/** False once the user typed into the editor (then copying a profile over it asks first). */
let editorPristine = true;

function startFromProfile() {
  const area = $('profile-text');
  const name = $('start-preset').selectedOptions[0]?.textContent ?? 'this profile';
  if (!editorPristine && area.value.trim() && !window.confirm(`Replace the text in the editor with ${name}?`)) return;
  area.value = `${JSON.stringify(profileDocument($('start-preset').value), null, 2)}\n`;
  editorPristine = true;
  clearReport();
  area.focus();
  area.setSelectionRange(0, 0);
  area.scrollTop = 0;
}

function clearReport() {
  $('report-summary').textContent = '';
  $('report-summary').className = 'report-summary';
  $('problems').replaceChildren();
}

function problemItem(kind, p, extra) {
  return el('li', { class: `problem is-${kind}`, 'data-code': p.code, 'data-path': p.path }, [
    el('span', { class: 'problem-kind' }, [
      el('span', { 'aria-hidden': 'true', text: kind === 'error' ? '✕ ' : '⚠ ' }),
      kind === 'error' ? 'Error' : 'Warning',
    ]),
    el('code', { class: 'problem-code', text: p.code }),
    el('code', { class: 'problem-path', text: p.path || '(whole document)' }),
    el('span', { class: 'problem-message', text: p.message }),
    extra ? el('span', { class: 'problem-extra', text: extra }) : null,
  ]);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Checks the editor's text; adds the profile when it is valid. */
function checkProfile(source = '') {
  const text = $('profile-text').value;
  const summary = $('report-summary');
  const list = $('problems');
  const from = source ? `${source}: ` : '';
  if (!text.trim()) {
    clearReport();
    summary.textContent = `${from}Nothing to check: paste a profile or load a .json file.`;
    summary.classList.add('failed');
    return;
  }
  const v = sla.validateProfile(text);
  const items = [];
  for (const p of v.errors) {
    let extra = '';
    if (p.code === 'invalid_json') {
      // The core says only that the text is not JSON; the browser's parser says where.
      try { JSON.parse(text); } catch (err) { extra = `The browser's JSON reader says: ${err.message}`; }
    }
    items.push(problemItem('error', p, extra));
  }
  if (v.unlistedErrors) {
    items.push(el('li', { class: 'problem is-error more', text: `… and ${plural(v.unlistedErrors, 'more error')} not listed.` }));
  }
  for (const p of v.warnings) items.push(problemItem('warning', p));
  list.replaceChildren(...items);

  summary.className = 'report-summary';
  const counts = [plural(v.errors.length + (v.unlistedErrors ?? 0), 'error'), plural(v.warnings.length, 'warning')];
  if (!v.valid) {
    summary.textContent = `${from}Not added — ${counts.join(', ')}. Fix them in the editor and check again.`;
    summary.classList.add('failed');
    return;
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    summary.textContent = `${from}Not added: the core accepted the text, but the browser cannot read it as JSON (${err.message}).`;
    summary.classList.add('failed');
    return;
  }
  const replaced = custom.has(doc.id);
  custom.set(doc.id, {
    profile: doc,
    summary: v.summary,
  });
  refreshProfileLists();
  const ignored = v.warnings.length ? ` ${plural(v.warnings.length, 'warning')}: the fields named below are ignored.` : '';
  summary.textContent = `${from}${replaced ? 'Updated' : 'Added'} “${profileLabel(custom.get(doc.id).summary)}” ` +
    `(${doc.id}, ${plural(doc.tiers.length, 'tier')}) — choose it under “Custom” in a column’s profile list.${ignored}`;
  summary.classList.add('ok');
  compute();
}

/** A linked view's columns, with the custom profiles they use (checked again: a link can be edited). */
function restoreColumns({ columns: linked = [], custom: docs = [] }) {
  for (const doc of docs) {
    const v = sla.validateProfile(doc);
    if (v.valid) custom.set(doc.id, { profile: doc, summary: v.summary });
  }
  const usable = linked.filter((c) => summaryOf(c.ref)).slice(0, MAX_COLUMNS);
  if (usable.length >= MIN_COLUMNS) columns = usable.map(({ ref, tier, price }) => ({ ref, tier, price: price ?? '' }));
  renderPickers();
  columns.forEach((_, i) => updatePicker(i));
  fillStartSelect();
  compute();
}

/** New or replaced custom profiles: every profile list, and the tiers of columns using them. */
function refreshProfileLists() {
  columns.forEach((col, i) => {
    fillProfileSelect($(`col-${i}-profile`), col.ref);
    updatePicker(i);
  });
  fillStartSelect();
}

async function loadFile(input) {
  const file = input.files?.[0];
  if (!file) return;
  const summary = $('report-summary');
  try {
    if (file.size > MAX_PROFILE_BYTES) {
      clearReport();
      summary.textContent = `${file.name}: not loaded — ${(file.size / 1e6).toFixed(1)} MB; a profile is at most 1 MB.`;
      summary.classList.add('failed');
      return;
    }
    let text = await file.text();
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    $('profile-text').value = text;
    editorPristine = true; // the file is still on disk
    checkProfile(file.name);
  } catch (err) {
    clearReport();
    summary.textContent = `${file.name}: could not be read (${err?.message ?? err}).`;
    summary.classList.add('failed');
  } finally {
    input.value = ''; // the same file can be loaded again after editing it
  }
}

function download(ref) {
  const { id } = splitRef(ref);
  const blob = new Blob([`${JSON.stringify(profileDocument(ref), null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: `${id}.json`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('compare-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const t = e.target;
    const i = Number(t.dataset.col);
    if (t.name === 'profile') {
      columns[i].ref = t.value;
      updatePicker(i);
    } else if (t.name === 'tier') {
      columns[i].tier = t.value;
    } else if (t.name === 'price') {
      columns[i].price = t.value;
    }
    compute();
  });
  $('column-pickers').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const i = Number(button.dataset.col);
    if (button.dataset.action === 'remove') removeColumn(i);
    else if (button.dataset.action === 'download') download(columns[i].ref);
  });
  $('add-column').addEventListener('click', addColumn);
  $('start-from').addEventListener('click', startFromProfile);
  $('check-profile').addEventListener('click', () => checkProfile());
  $('profile-file').addEventListener('change', (e) => loadFile(e.target));
  $('profile-text').addEventListener('input', () => { editorPristine = false; });
}

async function start() {
  const now = new Date();
  if (!$('month').value) $('month').value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  for (const id of ['add-column', 'start-from', 'check-profile']) $(id).disabled = true;
  const core = await loadCore(slaReady);
  if (!core) return;
  ({ sla, presets } = core);
  for (const id of ['start-from', 'check-profile']) $(id).disabled = false;
  columns = defaultColumns();
  renderPickers();
  fillStartSelect();
  wire();
  sharePart('columns', { save: () => ({ columns, custom: [...custom.values()].map((c) => c.profile) }),
    restore: restoreColumns });
  setStatus('');
  compute();
  performance.mark('slacalc-compare-ready');
  document.body.dataset.ready = '1';
}

start();
