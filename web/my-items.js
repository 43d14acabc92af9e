// My contracts and My ledgers (docs/design.md, "What the browser keeps"):
// saving one, the list of those kept with "Use" and "Remove", and all of a
// kind exported to one JSON file and imported from one. The credit and the
// comparison pages load this module only when the user opens a list or saves
// (web/credit.js, web/compare.js); the items live in web/store.js.
//
//   contract: { id: the profile's id, name, profile: the document, saved: ISO time }
//   ledger:   { id: its name, name, outages: outage records as the credit page exports them, saved }
// An export file is { "contracts": [...] } or { "ledgers": [...] }.

import * as store from './store.js';

// The page's own helpers (web/dom.js, web/i18n.js), handed over by web/mine.js
// rather than imported: this module then shares no module with the pages'
// bundles, which keep their chunks as they were.
let $, download, el, setFieldError, date, t;
export function useHelpers(helpers) {
  ({ $, download, el, setFieldError, date, t } = helpers);
}

/** What the user is told when the browser keeps nothing; the pages work as before. */
const unavailableText = () => t('mine.unavailable');

/** A write that failed: full storage said as such, anything else with its own words. */
function failedText(err) {
  if (err instanceof store.StoreUnavailable) return unavailableText();
  if (err?.name === 'QuotaExceededError') return t('mine.full');
  return t('mine.failed', { error: err?.message ?? String(err) });
}

/** The lists shown on this page, by kind, to refresh after a save. */
const shown = new Map();

/**
 * Keeps `item` of `kind` and says so in #statusId (or why not). Nothing on
 * the page changes either way.
 */
export async function save(kind, item, statusId) {
  const status = $(statusId);
  const kept = { ...item, saved: new Date().toISOString() };
  try {
    const replaced = await store.has(kind, kept.id);
    await store.putAll(kind, [kept]);
    status.textContent = t(replaced ? 'mine.replaced' : 'mine.saved', { name: kept.name, list: t(`mine.${kind}`) });
    status.classList.remove('failed');
  } catch (err) {
    status.textContent = failedText(err);
    status.classList.add('failed');
    return;
  }
  await shown.get(kind)?.();
}

/** "2 outages · saved 2026-05-01" or "wp-heaven · saved 2026-05-01": what a row says besides the name. */
function details(kind, item) {
  const when = new Date(item.saved);
  const day = [when.getFullYear(), when.getMonth() + 1, when.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const saved = t('mine.savedOn', { date: date(day) });
  const count = item.outages?.length ?? 0;
  const what = kind === 'contracts' ? item.id : t(count === 1 ? 'mine.outagesOne' : 'mine.outagesMany', { count });
  return `${what} · ${saved}`;
}

function itemRow(kind, item) {
  return el('li', { class: 'my-item', 'data-testid': 'my-item', 'data-id': item.id }, [
    el('span', { class: 'my-item-name', text: item.name }), ' ',
    el('span', { class: 'my-item-details', text: details(kind, item) }), ' ',
    el('button', { type: 'button', class: 'button small secondary', text: t('mine.use'), 'data-action': 'use',
      'aria-label': t('mine.useNamed', { name: item.name }) }),
    el('button', { type: 'button', class: 'button small secondary', text: t('mine.remove'), 'data-action': 'remove',
      'aria-label': t('mine.removeNamed', { name: item.name }) }),
  ]);
}

/**
 * Checks an export file's text before anything is kept: { [kind]: [items] }
 * with every item whole (`checkItem(item)` → null or "path: problem" for
 * what only the page can check, a contract's profile). Throws the first
 * problem with where it is ("contracts/2/profile: …").
 */
function itemsOfFile(kind, text, checkItem) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(t('mine.notJson', { error: err.message }));
  }
  const list = data?.[kind];
  if (!Array.isArray(list)) throw new Error(`${kind}: ${t('mine.notList')}`);
  list.forEach((item, i) => {
    const at = `${kind}/${i}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${at}: ${t('mine.notItem')}`);
    for (const key of ['id', 'name']) {
      if (typeof item[key] !== 'string' || !item[key].trim()) throw new Error(`${at}/${key}: ${t('mine.noText')}`);
    }
    const problem = checkItem(item);
    if (problem) throw new Error(`${at}/${problem}`);
  });
  const now = new Date().toISOString();
  return list.map((item) => ({ ...item, saved: Number.isNaN(Date.parse(item.saved)) ? now : item.saved }));
}

/** A ledger's outages as the credit page keeps them: a list of records with a start and an end. */
function ledgerProblem(item) {
  if (!Array.isArray(item.outages)) return `outages: ${t('mine.notList')}`;
  const bad = item.outages.findIndex((o) => o === null || typeof o !== 'object' ||
    typeof o.start !== 'string' || typeof o.end !== 'string');
  return bad < 0 ? null : `outages/${bad}: ${t('mine.notOutage')}`;
}

/** A contract whole as the core checks a profile (validateProfile), kept under its own id. */
function contractProblem(sla, item) {
  const doc = item.profile;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return `profile: ${t('mine.notItem')}`;
  const check = sla.validateProfile(doc);
  if (!check.valid) return `profile${check.errors[0].path}: ${check.errors[0].message}`;
  return doc.id === item.id ? null : `id: ${t('mine.otherId', { id: String(doc.id) })}`;
}

/**
 * Fills the list in `details` (a <details> with a .my-items-body, its id
 * naming the controls inside) once: the items of `kind` with "Use" (→
 * `use(item)`) and "Remove", "Download all" and "Import a file" (a
 * contract in it checked by the core `sla`).
 */
export async function mountList(details, { kind, use, sla }) {
  const checkItem = kind === 'contracts' ? (item) => contractProblem(sla, item) : ledgerProblem;
  const id = details.id;
  const status = el('p', { class: 'import-message', role: 'status', 'data-testid': `${id}-status` });
  const list = el('ul', { class: 'my-items-list', 'data-testid': `${id}-list` });
  const empty = el('p', { class: 'hint', text: t('mine.empty'), hidden: true });
  // Enabled once the list has items: until the database answers, there is nothing to download.
  const exportAll = el('button', { type: 'button', class: 'button small secondary', text: t('mine.exportAll'),
    disabled: true, 'data-testid': `${id}-export` });
  const file = el('input', { type: 'file', id: `${id}-file`, accept: '.json,application/json', 'data-testid': `${id}-file` });
  const tools = el('div', { class: 'field' }, [
    el('label', { htmlFor: `${id}-file`, text: t('mine.importFile') }), file,
    el('p', { class: 'error', id: `${id}-file-error`, 'aria-live': 'polite', hidden: true, 'data-testid': `${id}-file-error` }),
  ]);
  details.querySelector('.my-items-body').replaceChildren(status, list, empty,
    el('div', { class: 'outage-actions' }, [exportAll]), tools);

  let items = [];
  const refresh = async () => {
    try {
      items = (await store.list(kind)).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      status.textContent = unavailableText();
      for (const node of [list, empty, exportAll, tools]) node.hidden = true;
      return;
    }
    list.replaceChildren(...items.map((item) => itemRow(kind, item)));
    empty.hidden = items.length > 0;
    exportAll.disabled = !items.length;
  };
  shown.set(kind, refresh);

  list.addEventListener('click', async (e) => {
    const button = e.target.closest('button[data-action]');
    const item = items.find((x) => x.id === button?.closest('li').dataset.id);
    if (!item) return;
    if (button.dataset.action === 'use') {
      use(item);
      status.textContent = t('mine.used', { name: item.name });
      return;
    }
    try {
      await store.remove(kind, item.id);
      status.textContent = t('mine.removed', { name: item.name });
    } catch (err) {
      status.textContent = failedText(err);
    }
    await refresh();
    (list.querySelector('button') ?? exportAll).focus();
  });
  exportAll.addEventListener('click', () =>
    download(`slacalc-my-${kind}.json`, 'application/json', `${JSON.stringify({ [kind]: items }, null, 2)}\n`));
  file.addEventListener('change', async () => {
    const [chosen] = file.files;
    file.value = '';
    if (chosen) await importFile(kind, chosen, checkItem, status, file.id);
    await refresh();
  });
  await refresh();
}

/** An export file of `kind` kept, all or nothing; items of an id already kept replace them once the user agrees. */
async function importFile(kind, chosen, checkItem, status, fieldId) {
  setFieldError(fieldId, null);
  let items;
  try {
    items = itemsOfFile(kind, await chosen.text(), checkItem);
  } catch (err) {
    setFieldError(fieldId, `${chosen.name}: ${err.message} ${t('mine.nothingImported')}`);
    return;
  }
  try {
    const kept = new Set((await store.list(kind)).map((x) => x.id));
    const replacing = items.filter((x) => kept.has(x.id)).map((x) => x.name);
    if (replacing.length && !window.confirm(t('mine.confirmReplace', { names: replacing.join(', ') }))) {
      status.textContent = t('mine.nothingImported');
      return;
    }
    await store.putAll(kind, items);
    status.textContent = t('mine.imported', { count: items.length, file: chosen.name }) +
      (replacing.length ? ` ${t('mine.importReplaced', { names: replacing.join(', ') })}` : '');
  } catch (err) {
    setFieldError(fieldId, failedText(err));
  }
}
