// slacalc comparison page: 2 to 6 tiers side by side (any mix of presets and
// the user's own profiles), differences marked, one-page print handout.
// No framework, no inline code (CSP).
//
// The cycle of reading, calling and showing errors is page.js's; a core
// error's path here names a column's control (e.g. "/columns/1/monthlyPrice").

import { SlaError } from './slacalc.mjs';
import { runPage } from './page.js';
import { $, el } from './dom.js';
import { parseMoney } from './money.js';
import { listWhenOpened, saveItem } from './mine.js';
import { toCsv } from './outage-import-export.js';
import { presetGroups } from './selects.js';
import {
  expectRecord, expectShape, expectText, isRecord, linkProblem, quoted, shareCheck, sharePart,
} from './share.js';
import { date, isolate, lang, number, t } from './i18n.js';

const MIN_COLUMNS = 2;
const MAX_COLUMNS = 6;
/** Preset id, tier id. Missing presets are skipped (see defaultColumns). */
const DEFAULT_COLUMNS = [['flying-circus', 'managed-4'], ['flying-circus', 'guided-1'], ['wp-heaven', 'standard']];
/** The core's request limit (docs/api.md): a pasted ledger beyond it is not read. */
const MAX_LEDGER_CHARS = 1 << 20;
/** Profile documents are checked by the core up to this size; larger files are not read at all. */
const MAX_PROFILE_BYTES = 1000000;

/** Decimals of a profile's currency (the core's ISO 4217 table, via the summary). */
const currencyDigits = (summary) => summary?.currencyDecimals ?? 2;

let sla = null;
/** ProfileSummary[] of the built-in presets. */
let presets = [];
/** The user's checked profiles: id → { profile (the object), summary }. */
const custom = new Map();
/**
 * One entry per column: { ref: "preset:<id>" | "custom:<id>", tier, price (text as typed),
 * inputs: the price model's inputs as typed, by MODEL_INPUTS key }.
 */
let columns = [];
/** Preset documents read so far (a tier's price model is in its document). */
const presetDocs = new Map();

/**
 * The inputs each price model takes in a column (the core's price fields:
 * core/price_json.hpp column_price), in order: key, kind. "money" is read with
 * parseMoney, "whole" as digits, "decimal" and "names" go to the core as typed.
 */
const MODEL_INPUTS = {
  'component-factor': [['vms', 'whole'], ['vcpus', 'whole'], ['components', 'names'], ['ppu', 'money']],
  infrastructure: [['vms', 'whole'], ['vcpus', 'whole'], ['ram', 'decimal'], ['storage', 'decimal'],
    ['pvcpu', 'money'], ['pram', 'money'], ['pstorage', 'money']],
};
const INPUT_KEYS = ['vms', 'vcpus', 'components', 'ram', 'storage', 'ppu', 'pvcpu', 'pram', 'pstorage'];
/** VMs a column may describe: the core's limit (core/price_json.cpp kMaxVms); one more is sent so that the core says so. */
const MAX_VMS = 200;
/** Where the core's error paths under "/columns/i/price" point (a VM's field: any VM, all are alike). */
const INPUT_OF_PATH = [
  [/^\/pricePerFactorUnit/, 'ppu'],
  [/^\/resourceGroup\/vms\/\d+\/vcpus/, 'vcpus'],
  [/^\/resourceGroup\/vms\/\d+\/ramGb/, 'ram'],
  [/^\/resourceGroup\/vms\/\d+\/storageGb/, 'storage'],
  [/^\/resourceGroup\/vms\/\d+\/components/, 'components'],
  [/^\/resourceGroup/, 'vms'],
  [/^\/infrastructurePrices\/ramGb/, 'pram'],
  [/^\/infrastructurePrices\/storageGb/, 'pstorage'],
  [/^\/infrastructurePrices/, 'pvcpu'],
];

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

/** The price model of a column's tier ("component-factor", "fixed-monthly", …; "none"). */
function modelOf(col) {
  const { kind, id } = splitRef(col.ref);
  let doc = kind === 'custom' ? custom.get(id)?.profile : presetDocs.get(id);
  if (!doc && kind === 'preset' && sla) {
    doc = sla.profile(id);
    presetDocs.set(id, doc);
  }
  return doc?.tiers?.find((x) => x.id === col.tier)?.pricing?.model ?? 'none';
}

function profileLabel(summary) {
  return `${isolate(summary.vendor)} — ${isolate(summary.product)}`;
}

function localDate(d = new Date()) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "2027-02" as the language writes a month: English keeps ISO (as date() does), de "Februar 2027". */
function monthText(month) {
  if (lang === 'en') return month;
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "Name (example)", "Name (custom)", "Name (custom, example)": a profile's name in the lists. */
function profileOption(summary, isCustom) {
  const profile = profileLabel(summary);
  const example = summary.status === 'example';
  if (isCustom) return t(example ? 'compare.optionCustomExample' : 'compare.optionCustom', { profile });
  return example ? t('compare.optionExample', { profile }) : profile;
}

/** "{file}: message" when the text came from a file. */
const fromSource = (source, message) => (source ? t('compare.fromFile', { file: source, message }) : message);

// ---------------------------------------------------------------- prices

/** A price as typed → { minor } in `summary`'s currency (money.js parseMoney, its texts translated), or { error }. */
function parsePrice(text, summary) {
  return parseMoney(text, summary?.currency ?? '', currencyDigits(summary), 'a price');
}

// ---------------------------------------------------------------- errors on fields

function fieldIds() {
  const ids = ['month', 'month-basis', 'bad-month', 'outages-text', 'outages-date-order', 'replay-from', 'replay-to'];
  columns.forEach((_, i) => ids.push(`col-${i}-profile`, `col-${i}-tier`, `col-${i}-price`,
    ...INPUT_KEYS.map((key) => `col-${i}-${key}`)));
  return ids;
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  if (path === '/month') return 'month';
  if (path === '/monthBasis') return 'month-basis';
  if (path === '/badMonth') return 'bad-month';
  const replay = replayField(path);
  if (replay) {
    $('outages-section').open = true;
    return replay;
  }
  const m = /^\/columns\/(\d+)(?:\/([^/]+))?(.*)$/.exec(path);
  if (!m || Number(m[1]) >= columns.length) return null;
  if (m[2] === 'price') {
    // The price model's inputs; "/columns/i/price" itself (both a price and inputs) is the monthly price's.
    const input = INPUT_OF_PATH.find(([re]) => re.test(m[3]))?.[1];
    return `col-${m[1]}-${input && $(`col-${m[1]}-${input}`) ? input : 'price'}`;
  }
  const part = { tier: 'tier', monthlyPrice: 'price' }[m[2]] ?? 'profile';
  return `col-${m[1]}-${part}`;
}

// ---------------------------------------------------------------- column pickers

function fillProfileSelect(select, selected) {
  const option = (ref, summary, isCustom = false) => el('option', {
    value: ref, text: profileOption(summary, isCustom), selected: ref === selected,
  });
  const groups = presetGroups(presets, (p) => option(`preset:${p.id}`, p));
  if (custom.size) {
    groups.push(el('optgroup', { label: t('compare.groupCustom') }, [...custom.entries()]
      .map(([id, c]) => option(`custom:${id}`, c.summary, true))));
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
    select.replaceChildren(...families.map((f) => el('optgroup', { label: f || t('dom.otherTiers') },
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
    id: id('remove'), type: 'button', class: 'button small secondary', text: t('compare.remove'), 'data-action': 'remove',
    'data-col': i, 'aria-label': t('compare.removeColumn', { n: i + 1 }), disabled: columns.length <= MIN_COLUMNS,
    'data-testid': id('remove'),
  });
  const download = el('button', {
    id: id('download'), type: 'button', class: 'button small secondary', text: t('compare.download'),
    'data-action': 'download', 'data-col': i, 'aria-label': t('compare.downloadColumn', { n: i + 1 }),
    'data-testid': id('download'),
  });
  return el('fieldset', { class: 'column-picker', id: id('picker'), 'data-col': i }, [
    el('legend', { text: t('compare.column', { n: i + 1 }) }),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('profile'), text: t('compare.profileLabel') }),
      profileSelect,
      el('p', { class: 'error', id: id('profile-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('tier'), text: t('compare.tierLabel') }),
      tierSelect,
      el('p', { class: 'error', id: id('tier-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    el('div', { class: 'field' }, [
      el('label', { htmlFor: id('price') }, [el('span', { text: t('compare.priceLabel') }), ' ',
        el('span', { class: 'optional', text: t('optional') })]),
      el('div', { class: 'affix currency' }, [
        price,
        el('span', { class: 'suffix', id: id('currency'), 'aria-hidden': 'true', text: currency }),
      ]),
      el('p', { class: 'hint', id: id('price-hint'), text: priceHint(summary) }),
      el('p', { class: 'error', id: id('price-error'), 'aria-live': 'polite', hidden: true }),
    ]),
    modelBox(col, i),
    el('div', { class: 'column-actions' }, [download, remove]),
  ]);
}

/** The price model's inputs of a column (component factor, infrastructure), or an empty box for other models. */
function modelBox(col, i) {
  const id = (part) => `col-${i}-${part}`;
  const model = modelOf(col);
  const inputs = MODEL_INPUTS[model];
  if (!inputs) return el('div', { id: id('model'), hidden: true });
  const currency = summaryOf(col.ref)?.currency ?? '';
  const field = ([key, kind]) => {
    const input = el('input', {
      id: id(key), type: 'text', spellcheck: false, value: col.inputs?.[key] ?? '', 'data-col': i, 'data-input': key,
      inputMode: kind === 'whole' ? 'numeric' : kind === 'names' ? 'text' : 'decimal', 'data-testid': id(key),
      autocapitalize: 'off',
    });
    const control = kind === 'money'
      ? el('div', { class: 'affix currency' }, [input, el('span', { class: 'suffix', 'aria-hidden': 'true', text: currency })])
      : input;
    return el('div', { class: 'field' }, [
      el('label', { htmlFor: id(key), text: t(`compare.model.${key}`) }),
      control,
      el('p', { class: 'error', id: id(`${key}-error`), 'aria-live': 'polite', hidden: true }),
    ]);
  };
  return el('fieldset', { class: 'price-model', id: id('model'), 'data-model': model }, [
    el('legend', { text: t(model === 'infrastructure' ? 'compare.model.infrastructure' : 'compare.model.componentFactor') }),
    el('p', { class: 'hint', text: t('compare.model.hint') }),
    el('div', { class: 'model-grid' }, inputs.map(field)),
  ]);
}

/** How a price may be typed, in the language's words ("1600 or 1.600,00"). */
function priceExample(summary) {
  return t(currencyDigits(summary) === 0 ? 'compare.priceExampleWhole' : 'compare.priceExample');
}

function priceHint(summary) {
  const currency = summary?.currency ?? '';
  const example = priceExample(summary);
  return currency ? t('compare.priceHint', { currency, example }) : t('compare.priceHintNoCurrency', { example });
}

function renderPickers() {
  $('column-pickers').replaceChildren(...columns.map(buildPicker));
  $('add-column').disabled = columns.length >= MAX_COLUMNS;
  $('column-count').textContent = t('compare.columnCount', { count: columns.length, max: MAX_COLUMNS });
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
  $(`col-${i}-model`).replaceWith(modelBox(col, i));
}

function defaultColumns() {
  const out = DEFAULT_COLUMNS.filter(([p, t]) => summaryOf(`preset:${p}`)?.tiers.some((x) => x.id === t))
    .map(([p, t]) => ({ ref: `preset:${p}`, tier: t, price: '', inputs: {} }));
  for (const p of presets) {
    for (const t of p.tiers) {
      if (out.length >= MIN_COLUMNS) return out;
      if (!out.some((c) => c.ref === `preset:${p.id}` && c.tier === t.id)) out.push({ ref: `preset:${p.id}`, tier: t.id, price: '', inputs: {} });
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
  columns.push({ ref: last.ref, tier: tier.id, price: '', inputs: {} });
  renderPickers();
  page.compute();
  $(`col-${columns.length - 1}-profile`).focus();
}

function removeColumn(i) {
  if (columns.length <= MIN_COLUMNS) return;
  columns.splice(i, 1);
  renderPickers();
  page.compute();
  const next = $(`col-${Math.min(i, columns.length - 1)}-remove`);
  (next && !next.disabled ? next : $('add-column')).focus();
}

// ---------------------------------------------------------------- the table

function columnHeader(col, i, ref) {
  const isCustom = ref && splitRef(ref).kind === 'custom';
  return el('th', { scope: 'col', 'data-col': i }, [
    el('span', { class: 'col-vendor', text: col.vendor }),
    // A profile with no words in the page's language is shown as written, marked with its language.
    el('span', { class: 'col-tier', text: col.tierName, lang: col.textLang }),
    el('span', { class: 'col-product', text: col.product, lang: col.textLang }),
    col.textLang ? el('span', { class: 'tag lang', text: col.textLang.toUpperCase() }) : null,
    isCustom ? el('span', { class: 'tag custom', text: t('compare.tagCustom') }) : null,
    col.status === 'example' ? el('span', { class: 'tag example', text: t('compare.tagExample') }) : null,
    col.status === 'example' && col.caveat ? el('span', { class: 'caveat', text: col.caveat }) : null,
  ]);
}

/** Whether a column's tier lists what it includes (its summary's "includes"), not "None stated". */
function listsIncludes(col) {
  const summary = summaryOf(columns[col]?.ref ?? '');
  return Boolean(summary?.tiers.find((x) => x.id === columns[col].tier)?.includes?.length);
}

/**
 * One line of a cell. A technical line (another reading of the figure, a
 * prompt to enter something) is for the screen only; in the row of what the
 * tiers include, an item not every column has is marked.
 */
function cellLine(row, col, line, technical) {
  const classes = ['line'];
  if (technical) classes.push('technical');
  const marked = row.id === 'includes' && row.differs && listsIncludes(col) && !row.cells.every((c) => c.lines.includes(line));
  if (!marked) return el('div', { class: classes.join(' '), text: line });
  classes.push('line-differs');
  return el('div', { class: classes.join(' ') }, [
    el('span', { class: 'line-mark', 'aria-hidden': 'true', text: '● ' }),
    el('span', { class: 'visually-hidden', text: `${t('compare.notInEvery')} ` }),
    line,
  ]);
}

function renderTable(result, refs) {
  const table = $('compare');
  table.dataset.cols = String(result.columns.length); // the print stylesheet shrinks wide tables
  table.tHead.replaceChildren(el('tr', {}, [
    el('th', { scope: 'col', class: 'corner' }, [el('span', { class: 'visually-hidden', text: t('compare.aspect') })]),
    ...result.columns.map((c, i) => columnHeader(c, i, refs[i])),
  ]));
  table.tBodies[0].replaceChildren(...result.rows.map((row) => el('tr', {
    'data-row': row.id, class: row.differs ? 'differs' : '', 'data-differs': row.differs ? 'true' : 'false',
  }, [
    el('th', { scope: 'row' }, [
      el('span', { class: 'row-label', text: row.label }),
      row.differs ? el('span', { class: 'diff-badge' }, [el('span', { 'aria-hidden': 'true', text: '● ' }),
        t('compare.differs')])
        : null,
    ]),
    ...row.cells.map((cell, i) => el('td', { 'data-col': i }, [
      ...cell.lines.map((line, n) => cellLine(row, i, line, (cell.technical ?? []).includes(n))),
      cell.clauses.length ? el('p', { class: 'clauses' }, [
        el('span', { class: 'visually-hidden', text: `${t('compare.clauses')} ` }),
        cell.clauses.join(' · '),
      ]) : null,
    ])),
  ])));
  const notes = $('explain');
  // How each contract's month basis reads is for the screen; the printed handout leaves it out.
  notes.replaceChildren(...result.explain.map((e) => el('li', {
    'data-code': e.code, class: e.code === 'month-basis' ? 'screen-only' : '', text: e.text,
  })));
  $('compare-notes').hidden = result.explain.length === 0;
}

/** The handout's title, "prepared for" and notes, as typed (kept in the link with the other fields). */
function renderHandout() {
  const title = $('handout-title').value.trim();
  const recipient = $('handout-for').value.trim();
  const notes = $('handout-notes').value.trim();
  $('handout-title-out').textContent = title;
  $('handout-title-out').hidden = !title;
  $('handout-for-out').textContent = recipient ? t('compare.handout.preparedFor', { name: recipient }) : '';
  $('handout-for-out').hidden = !recipient;
  $('handout-head').hidden = !title && !recipient;
  $('handout-notes-out').textContent = notes;
  $('handout-notes-out').hidden = !notes;
}

function renderPrintMeta(request) {
  const basis = $('month-basis').selectedOptions[0]?.textContent ?? '';
  const asOf = date(localDate());
  $('print-meta').textContent = request.month
    ? t('compare.printMetaMonth', { basis, month: monthText(request.month), date: asOf })
    : t('compare.printMeta', { basis, date: asOf });
}

// ---------------------------------------------------------------- the replayed ledger

/** The control of the outages section that a core error's path names, or null. */
function replayField(path) {
  if (/^\/(outages|outageZone)(\/|$)/.test(path)) return 'outages-text';
  return { '/from': 'replay-from', '/to': 'replay-to' }[path] ?? null;
}

/** "2026-04" moved by `months` ("2025-04" for −12). */
function shiftMonth(month, months) {
  const [y, m] = month.split('-').map(Number);
  const n = y * 12 + (m - 1) + months;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The replay's months by default: the 12 full months before the page's month. */
function defaultRange() {
  const month = $('month').value.trim() || localDate().slice(0, 7);
  return { from: shiftMonth(month, -12), to: shiftMonth(month, -1) };
}

/** The last ledger read, so that an edit elsewhere does not read it again: { text, ref, dateOrder, outages }. */
let parsedLedger = null;

/**
 * The pasted CSV as outage records, read by the core (parseOutages) with the
 * first column's contract: its zone for times without an offset, which the
 * request then names (outageZone) so that every column reads them alike.
 */
function ledgerOutages(text, ref, dateOrder) {
  if (parsedLedger?.text === text && parsedLedger.ref === ref && parsedLedger.dateOrder === dateOrder) {
    return parsedLedger.outages;
  }
  const { outages } = sla.parseOutages({ text, profile: profileArg(ref), ...(dateOrder ? { dateOrder } : {}) });
  parsedLedger = { text, ref, dateOrder, outages };
  return outages;
}

/** A parseOutages error as shown next to the textarea: its message, or each bad row's on its own line. */
function ledgerProblem(err) {
  const rows = err.problems ?? [];
  if (rows.length < 2 && !err.more) return err.message;
  return [...rows.map((p) => p.message), ...(err.more ? [t('compare.replay.more', { count: number(err.more) })] : [])].join('\n');
}

/** The zone of a column's contract (UTC when it names none). */
const zoneOf = (ref) => profileDocument(ref)?.timeZone ?? 'UTC';

/** Adds the ledger, its months and its zone to the request when a ledger is pasted. */
function readReplay(request, errors) {
  const range = defaultRange();
  $('replay-range-hint').textContent = t('compare.replay.rangeHint', { from: monthText(range.from), to: monthText(range.to) });
  const text = $('outages-text').value;
  if (!text.trim() || !columns.length) return;
  if (text.length > MAX_LEDGER_CHARS) {
    errors['outages-text'] = t('compare.replay.tooLarge');
    return;
  }
  try {
    request.outages = ledgerOutages(text, columns[0].ref, $('outages-date-order').value);
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    // Slashed dates no date of the ledger settles (03/04/2026): the order is asked beside them.
    errors[err.code === 'ambiguous_date_order' ? 'outages-date-order' : 'outages-text'] = ledgerProblem(err);
  }
  if (request.outages && !request.outages.length) errors['outages-text'] = t('compare.replay.noRows');
  request.from = $('replay-from').value.trim() || range.from;
  request.to = $('replay-to').value.trim() || range.to;
  request.outageZone = zoneOf(columns[0].ref);
  if (['outages-text', 'outages-date-order', 'replay-from', 'replay-to'].some((id) => errors[id])) {
    $('outages-section').open = true;
  }
}

/** compare(); an error in the n-th outage says which row it is (the core's path: "/outages/3/end"). */
function compareWithLedger(core, request) {
  try {
    return core.compare(request);
  } catch (err) {
    const row = /^\/outages\/(\d+)/.exec(err?.path ?? '');
    if (err instanceof SlaError && row) err.message = t('compare.replay.row', { n: Number(row[1]) + 1, message: err.message });
    throw err;
  }
}

// ---------------------------------------------------------------- the request

/** A whole number as typed, or an error in `errors`; empty → undefined. */
function readWhole(text, id, errors) {
  const s = text.trim();
  if (!s) return undefined;
  if (!/^\d+$/.test(s)) {
    errors[id] = t('compare.model.notWhole');
    return undefined;
  }
  return Number(s);
}

/**
 * A column's price model inputs as the core's price fields (pricePerFactorUnit,
 * resourceGroup, infrastructurePrices), or undefined when none is typed: the
 * core reads and checks them (§3.7's factor is worked there, not here). The
 * VMs are alike: "vms" of them, each with the vCPUs, RAM, storage and components typed.
 */
function readModelInputs(col, i, errors) {
  const inputs = MODEL_INPUTS[modelOf(col)];
  const typed = (key) => (col.inputs?.[key] ?? '').trim();
  if (!inputs || !inputs.some(([key]) => typed(key))) return undefined;
  const id = (key) => `col-${i}-${key}`;
  const summary = summaryOf(col.ref);
  const money = (key) => {
    if (!typed(key)) return undefined;
    const parsed = parsePrice(typed(key), summary);
    if (parsed.error) errors[id(key)] = parsed.error;
    return parsed.minor;
  };
  const has = (key) => inputs.some(([k]) => k === key);
  const vm = {};
  const vcpus = readWhole(typed('vcpus'), id('vcpus'), errors);
  if (vcpus !== undefined) vm.vcpus = vcpus;
  if (has('ram') && typed('ram')) vm.ramGb = typed('ram');
  if (has('storage') && typed('storage')) vm.storageGb = typed('storage');
  if (has('components')) vm.components = typed('components').split(',').map((c) => c.trim()).filter(Boolean);
  const count = readWhole(typed('vms'), id('vms'), errors) ?? 1;
  const vms = Array.from({ length: Math.min(count, MAX_VMS + 1) }, (_, n) => ({ name: `vm${n + 1}`, ...vm }));
  const price = { resourceGroup: { vms } };
  if (has('ppu')) {
    const ppu = money('ppu');
    if (ppu !== undefined) price.pricePerFactorUnit = ppu;
  }
  if (has('pvcpu') && ['pvcpu', 'pram', 'pstorage'].some(typed)) {
    price.infrastructurePrices = {};
    for (const [key, field] of [['pvcpu', 'vcpu'], ['pram', 'ramGb'], ['pstorage', 'storageGb']]) {
      const minor = money(key);
      if (minor !== undefined) price.infrastructurePrices[field] = minor;
    }
  }
  return price;
}

function readRequest() {
  const errors = {};
  const request = { columns: [] };
  columns.forEach((col, i) => {
    const out = { profile: profileArg(col.ref), tier: col.tier };
    if (col.price.trim()) {
      const parsed = parsePrice(col.price, summaryOf(col.ref));
      if (parsed.error) errors[`col-${i}-price`] = parsed.error;
      else out.monthlyPrice = parsed.minor;
    }
    const price = readModelInputs(col, i, errors);
    if (price) out.price = price;
    request.columns.push(out);
  });
  const basis = $('month-basis').value;
  const month = $('month').value.trim();
  if (basis !== 'contract') request.monthBasis = basis;
  if (month) request.month = month;
  else if (basis === 'calendar') errors.month = t('compare.errorMonth');
  const badMonth = $('bad-month').value.trim();
  if (badMonth) request.badMonth = badMonth;
  readReplay(request, errors);
  return { request, errors };
}

// ---------------------------------------------------------------- custom profiles

function fillStartSelect() {
  const select = $('start-preset');
  const previous = select.value;
  const groups = presetGroups(presets, (p) => el('option', { value: `preset:${p.id}`, text: profileOption(p, false) }));
  if (custom.size) {
    groups.push(el('optgroup', { label: t('compare.groupCustom') }, [...custom.entries()]
      .map(([id, c]) => el('option', {
        value: `custom:${id}`, text: t('compare.optionCustom', { profile: profileLabel(c.summary) }),
      }))));
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
  const name = $('start-preset').selectedOptions[0]?.textContent;
  if (!editorPristine && area.value.trim() &&
      !window.confirm(name ? t('compare.confirmReplace', { name }) : t('compare.confirmReplaceThis'))) return;
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

function problemItem(kind, p) {
  return el('li', { class: `problem is-${kind}`, 'data-code': p.code, 'data-path': p.path }, [
    el('span', { class: 'problem-kind' }, [
      el('span', { 'aria-hidden': 'true', text: kind === 'error' ? '✕ ' : '⚠ ' }),
      t(kind === 'error' ? 'compare.problemError' : 'compare.problemWarning'),
    ]),
    el('code', { class: 'problem-code', text: p.code }),
    el('code', { class: 'problem-path', text: p.path || t('compare.wholeDocument') }),
    el('span', { class: 'problem-message', text: p.message }),
  ]);
}

/** "1 error", "2 errors": the count in the phrase for one or for many. */
const errorsText = (count) => t(count === 1 ? 'compare.errorsOne' : 'compare.errorsMany', { count });
const warningsText = (count) => t(count === 1 ? 'compare.warningsOne' : 'compare.warningsMany', { count });
const tiersText = (count) => t(count === 1 ? 'compare.tiersOne' : 'compare.tiersMany', { count });

/** Checks the editor's text; adds the profile when it is valid. */
function checkProfile(source = '') {
  const text = $('profile-text').value;
  const summary = $('report-summary');
  const list = $('problems');
  if (!text.trim()) {
    clearReport();
    summary.textContent = fromSource(source, t('compare.nothingToCheck'));
    summary.classList.add('failed');
    return;
  }
  const v = sla.validateProfile(text);
  const items = [];
  for (const p of v.errors) items.push(problemItem('error', p));
  if (v.unlistedErrors) {
    items.push(el('li', { class: 'problem is-error more',
      text: t(v.unlistedErrors === 1 ? 'compare.unlistedOne' : 'compare.unlistedMany', { count: v.unlistedErrors }) }));
  }
  for (const p of v.warnings) items.push(problemItem('warning', p));
  list.replaceChildren(...items);

  summary.className = 'report-summary';
  if (!v.valid) {
    summary.textContent = fromSource(source, t('compare.notAdded', {
      errors: errorsText(v.errors.length + (v.unlistedErrors ?? 0)), warnings: warningsText(v.warnings.length),
    }));
    summary.classList.add('failed');
    return;
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    summary.textContent = fromSource(source, t('compare.notAddedJson', { error: err.message }));
    summary.classList.add('failed');
    return;
  }
  const replaced = custom.has(doc.id);
  custom.set(doc.id, {
    profile: doc,
    summary: v.summary,
  });
  lastChecked = doc.id;
  $('save-contract').hidden = false;
  $('save-contract-status').textContent = '';
  refreshProfileLists();
  const added = t(replaced ? 'compare.updated' : 'compare.added',
    { profile: profileLabel(custom.get(doc.id).summary), id: doc.id, tiers: tiersText(doc.tiers.length) });
  const n = v.warnings.length;
  const ignored = n ? ` ${t(n === 1 ? 'compare.ignoredOne' : 'compare.ignoredMany', { count: n })}` : '';
  summary.textContent = fromSource(source, `${added}${ignored}`);
  summary.classList.add('ok');
  page.compute();
}

/**
 * A view's columns and the contracts of one's own they may use, as the part
 * "columns" saves them (checked before anything is applied: web/share.js;
 * README "Links to a view"): MIN_COLUMNS to MAX_COLUMNS columns, each a
 * preset's or a carried contract's tier; each carried contract valid as the
 * core checks one (at most 1 MB, core/profile_check.hpp).
 */
function checkColumns(value) {
  expectRecord(value, 'columns', ['columns', 'custom']);
  const { columns: linked = [], custom: docs = [] } = value;
  expectShape(Array.isArray(docs), 'columns.custom');
  const carried = new Map();
  docs.forEach((doc, i) => {
    expectShape(isRecord(doc) && JSON.stringify(doc).length <= MAX_PROFILE_BYTES, `columns.custom[${i}]`);
    const v = sla.validateProfile(doc);
    if (!v.valid) {
      const [e] = v.errors;
      throw linkProblem('share.why.ownProfile', { problem: `${e.path || '/'}: ${e.message}` });
    }
    carried.set(doc.id, v.summary);
  });
  expectShape(Array.isArray(linked), 'columns.columns');
  if (linked.length < MIN_COLUMNS || linked.length > MAX_COLUMNS) {
    throw linkProblem('compare.link.columns', { count: linked.length, min: MIN_COLUMNS, max: MAX_COLUMNS });
  }
  linked.forEach((col, i) => {
    const at = `columns.columns[${i}]`;
    expectRecord(col, at, ['ref', 'tier', 'price', 'inputs']);
    expectText(col.ref, `${at}.ref`);
    expectText(col.tier, `${at}.tier`);
    if (col.price !== undefined) expectText(col.price, `${at}.price`);
    if (col.inputs !== undefined) {
      expectRecord(col.inputs, `${at}.inputs`, INPUT_KEYS);
      for (const key of Object.keys(col.inputs)) expectText(col.inputs[key], `${at}.inputs.${key}`);
    }
    const { kind, id } = splitRef(col.ref);
    const summary = kind === 'custom' ? carried.get(id) : kind === 'preset' ? presets.find((p) => p.id === id) : null;
    if (!summary) throw linkProblem('share.why.unknownProfile', { profile: quoted(id || col.ref) });
    if (!summary.tiers.some((x) => x.id === col.tier)) {
      throw linkProblem('share.why.unknownTier', { tier: quoted(col.tier), profile: quoted(id) });
    }
  });
}

/** A (checked) view's columns, with the contracts of one's own it carries in place of the page's. */
function restoreColumns({ columns: linked = [], custom: docs = [] }) {
  custom.clear();
  hideSaveContract();
  for (const doc of docs) custom.set(doc.id, { profile: doc, summary: sla.validateProfile(doc).summary });
  columns = linked.map(({ ref, tier, price, inputs }) => ({ ref, tier, price: price ?? '', inputs: { ...inputs } }));
  renderPickers();
  columns.forEach((_, i) => updatePicker(i));
  fillStartSelect();
  page.compute();
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
      summary.textContent = t('compare.fileTooLarge', { file: file.name, size: number((file.size / 1e6).toFixed(1)) });
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
    summary.textContent = t('compare.fileUnreadable', { file: file.name, error: err?.message ?? err });
    summary.classList.add('failed');
  } finally {
    input.value = ''; // the same file can be loaded again after editing it
  }
}

// ---------------------------------------------------------------- My contracts and My ledgers (web/my-items.js)

/** The id of the contract checked and added last: what "Save to My contracts" keeps. */
let lastChecked = null;

/** Nothing checked here to save: the custom profiles came from a link. */
function hideSaveContract() {
  lastChecked = null;
  $('save-contract').hidden = true;
}

function saveContract() {
  const { profile, summary } = custom.get(lastChecked);
  saveItem('contracts', { id: lastChecked, name: profileLabel(summary), profile }, 'save-contract-status');
}

/** A kept contract, checked and added as if pasted. */
function useContract(item) {
  $('profile-text').value = `${JSON.stringify(item.profile, null, 2)}\n`;
  editorPristine = true;
  checkProfile(item.name);
}

/** The pasted ledger as the core reads it, under the name typed or else its months. */
function saveLedger() {
  const status = $('save-ledger-status');
  const text = $('outages-text').value;
  if (!text.trim() || !columns.length) {
    status.textContent = t('compare.noLedgerToSave');
    return;
  }
  let outages;
  try {
    outages = ledgerOutages(text, columns[0].ref, $('outages-date-order').value);
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    status.textContent = t('compare.ledgerProblem', { problem: err.message });
    return;
  }
  const months = (key, pick) => outages.map((o) => String(o[key] ?? o.start).slice(0, 7)).reduce((a, b) => (pick(a, b) ? a : b));
  const name = $('ledger-name').value.trim() || t('compare.ledgerName',
    { from: months('start', (a, b) => a < b), to: months('end', (a, b) => a > b) });
  saveItem('ledgers', { id: name, name, outages }, 'save-ledger-status');
}

/** A kept ledger back in the text area, as CSV (web/outage-import-export.js), and compared. */
function useLedger(item) {
  $('outages-text').value = toCsv(item.outages).replace(/^\uFEFF/, '');
  page.compute();
}

function wireMine() {
  $('save-contract').addEventListener('click', saveContract);
  $('save-ledger').addEventListener('click', saveLedger);
  listWhenOpened($('my-contracts'), { kind: 'contracts', use: useContract, sla });
  listWhenOpened($('my-ledgers'), { kind: 'ledgers', use: useLedger });
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
    const control = e.target;
    const i = Number(control.dataset.col);
    if (control.name === 'profile') {
      columns[i].ref = control.value;
      updatePicker(i);
    } else if (control.name === 'tier') {
      columns[i].tier = control.value;
    } else if (control.name === 'price') {
      columns[i].price = control.value;
    } else if (control.dataset.input) {
      columns[i].inputs = { ...columns[i].inputs, [control.dataset.input]: control.value };
    }
    if (control.name === 'tier') updatePicker(i);  // another tier may have another price model
    page.compute();
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
  $('handout-form').addEventListener('input', renderHandout);
  $('print-handout').addEventListener('click', () => window.print());
  wireMine();
}

const page = runPage({
  view: 'compare',
  prepare() {
    const now = new Date();
    if (!$('month').value) $('month').value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    for (const id of ['add-column', 'start-from', 'check-profile']) $(id).disabled = true;
    renderHandout();
  },
  setup(core) {
    ({ sla, presets } = core);
    for (const id of ['start-from', 'check-profile']) $(id).disabled = false;
    columns = defaultColumns();
    renderPickers();
    fillStartSelect();
    wire();
    shareCheck({ fieldChars: { 'outages-text': MAX_LEDGER_CHARS } });
    sharePart('columns', { save: () => ({ columns, custom: [...custom.values()].map((c) => c.profile) }),
      check: checkColumns, restore: restoreColumns });
  },
  read: readRequest,
  call: compareWithLedger,
  fieldOfPath,
  fields: fieldIds,
  render(result, request) {
    renderTable(result, columns.map((c) => c.ref));
    renderPrintMeta(request);
    renderHandout();
  },
  results: 'comparison',
  words: { stale: 'compare.stale', empty: 'compare.empty' },
});
