// A view's whole state in the link: every form control of the page by id,
// plus the parts a page builds itself (outage rows, VMs, a dependency tree),
// which register save/restore hooks with sharePart(). The state goes into the
// URL fragment — "#v1." and base64url of deflate-raw JSON, so it stays on the
// user's machine (a fragment is never sent to a server) — and is restored when
// the page opens with one. Too large for a link, it is offered as a file.
// Its texts are in locales/<lang>/common.json (keys "share.*").
//
// A link is anyone's text: it is unpacked within MAX_VIEW_BYTES, checked
// whole against the page's own limits (its parts' check hooks and
// shareCheck(), stated in one place per page; README "Links to a view"), and
// then applied whole or not at all: the page keeps its defaults and says, in
// its own language, what was wrong with the link — never a script's error text.
import { $, download, el } from './dom.js';
import { lang, ready as localeReady, t } from './i18n.js';

const VERSION = 'v1';
/** Longer links get cut by some mail and chat programs. */
export const MAX_LINK = 4000;
/**
 * The most a view (a link's or a saved file's) may unpack to, in bytes: room
 * for a contract of one's own at the core's limit (1 MB, core/profile_check.hpp)
 * and the rows beside it. Unpacking stops there: a short link cannot grow to
 * 100 MiB in the tab.
 */
export const MAX_VIEW_BYTES = 4 << 20;
/** The most characters a form control's value may have in a view, unless the page allows more (shareCheck). */
export const MAX_FIELD_CHARS = 1000;
const parts = new Map();
let partsReady = null;
let restoring = false;
/** The page's own check of a view (shareCheck). */
let pageCheck = { fieldChars: {}, check: null };

/**
 * A part of the view the page builds itself: save() → JSON value, restore(value),
 * and check(value, state), which throws linkProblem() for a value the page would
 * not take (its shape, its limits); restore() is called only once every part
 * and field has passed. `early` parts are restored before the form's controls
 * (e.g. a custom contract the contract select must offer first), the others after them.
 */
export function sharePart(name, hooks) {
  parts.set(name, hooks);
  partsReady?.();
}

/**
 * The page's own check of a view, before any of it is applied: check(state)
 * (e.g. that its contract and tiers exist) throws linkProblem(); `fieldChars`
 * raises MAX_FIELD_CHARS for the controls it names (id → characters).
 */
export function shareCheck({ fieldChars = {}, check = null }) {
  pageCheck = { fieldChars, check };
}

// ---------------------------------------------------------------- what is wrong with a view

/** What is wrong with a link or a view file: t(key, params) says it in the page's language. */
class LinkProblem extends Error {
  constructor(key, params = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

/** A problem with a view, said by t(key, params): a phrase that follows "could not be opened: ". */
export const linkProblem = (key, params) => new LinkProblem(key, params);

const count = (n) => n.toLocaleString(lang);
/** A value from a view as a message quotes it: at most 60 characters (t() isolates it from the sentence). */
export function quoted(value) {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
export const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Refuses the view unless `ok`, naming `part` (e.g. "outages[3].start"). */
export function expectShape(ok, part) {
  if (!ok) throw new LinkProblem('share.why.shape', { part });
}

/** A record at `part` with no other keys than `keys`. */
export function expectRecord(value, part, keys) {
  expectShape(isRecord(value) && Object.keys(value).every((k) => keys.includes(k)), part);
}

/** A text of at most `max` characters at `part`. */
export function expectText(value, part, max = MAX_FIELD_CHARS) {
  expectShape(typeof value === 'string', part);
  if (value.length > max) throw new LinkProblem('share.why.tooLong', { part, length: count(value.length), max: count(max) });
}

/** A list at `part` of at most `max` items; a longer one is refused with the page's `tooMany` ({count}, {max}). */
export function expectList(value, part, max, tooMany) {
  expectShape(Array.isArray(value), part);
  if (value.length > max) throw new LinkProblem(tooMany, { count: count(value.length), max: count(max) });
}

/**
 * A view's contract and tiers: `fields.profile` (else the select's current
 * choice) one of `profiles` — { id, tiers: [{ id }] }: the core's presets
 * (profiles()) and a contract the view carries — and each of `tierFields`
 * one of its tiers; else the view is refused naming the unknown id.
 */
export function expectProfile(fields, profiles, tierFields = ['tier']) {
  const id = fields.profile ?? $('profile').value;
  const profile = profiles.find((p) => p.id === id);
  if (!profile) throw new LinkProblem('share.why.unknownProfile', { profile: quoted(id) });
  for (const field of tierFields) {
    const tier = fields[field];
    if (tier !== undefined && !profile.tiers.some((x) => x.id === tier)) {
      throw new LinkProblem('share.why.unknownTier', { tier: quoted(tier), profile: quoted(id) });
    }
  }
}

/** The words for a problem with a view (a LinkProblem), or null for anything else: a fault of the page. */
const problemText = (err) => (err instanceof LinkProblem ? t(err.key, err.params) : null);

// ---------------------------------------------------------------- encoding

const toBase64Url = (bytes) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_')
  .replace(/=+$/, '');
const fromBase64Url = (text) => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeState(state) {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream('deflate-raw'));
  let text = '';
  for (let i = 0; i < packed.length; i += 0x8000) text += toBase64Url(packed.subarray(i, i + 0x8000));
  return `${VERSION}.${text}`;
}

/** `bytes` inflated, reading no further than MAX_VIEW_BYTES. */
async function inflate(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_VIEW_BYTES) {
      reader.cancel().catch(() => {});
      throw new LinkProblem('share.why.tooLarge', { max: count(MAX_VIEW_BYTES / (1 << 20)) });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The state in a fragment, not checked yet (checkState), or throws a LinkProblem. */
export async function decodeState(fragment) {
  const [version, data] = fragment.split('.', 2);
  if (version !== VERSION || !data) throw new LinkProblem('share.why.version');
  let bytes;
  try {
    bytes = await inflate(fromBase64Url(data));
  } catch (err) {
    throw err instanceof LinkProblem ? err : new LinkProblem('share.why.damaged');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new LinkProblem('share.why.damaged');
  }
}

// ---------------------------------------------------------------- the view's state

const ownedControl = (c) => c.closest('[data-share="own"]') || c.closest('.share-bar');
function controls() {
  return [...document.querySelectorAll('main input[id], main select[id], main textarea[id]')]
    .filter((c) => c.type !== 'file' && !ownedControl(c));
}

/** This page's name in a view: "credit.html" ("index.html" for "/"). */
const thisPage = () => location.pathname.split('/').pop() || 'index.html';
const isFlag = (c) => c.type === 'checkbox' || c.type === 'radio';

export function saveState() {
  const fields = {};
  for (const c of controls()) fields[c.id] = isFlag(c) ? c.checked : c.value;
  const own = {};
  for (const [name, hooks] of parts) own[name] = hooks.save();
  return { page: thisPage(), fields, parts: own };
}

/** Sets a control as the user would, so the page reacts (refills tiers for a contract, shows a what-if). */
function setControl(c, value) {
  if (isFlag(c)) {
    if (c.checked === Boolean(value)) return true;
    c.checked = Boolean(value);
  } else {
    if (c.value === value) return true;
    c.value = value;
    if (c.value !== String(value)) return false;  // a select without that option (yet)
  }
  c.dispatchEvent(new Event('input', { bubbles: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** A control's name as its label says it (for a message), else its id. */
function nameOf(c) {
  const label = (c.labels?.[0]?.textContent ?? c.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  return quoted(label || c.id);
}

/**
 * Checks a view whole before any of it is applied: its shape, every field's
 * type and length, every part (its check hook) and the page's own check
 * (shareCheck); throws a LinkProblem.
 */
function checkState(state) {
  expectShape(isRecord(state), 'view');
  if (state.page !== undefined && state.page !== thisPage()) {
    throw new LinkProblem('share.why.otherPage', { page: quoted(state.page) });
  }
  expectShape(isRecord(state.fields), 'fields');
  expectShape(state.parts === undefined || isRecord(state.parts), 'parts');
  const known = new Map(controls().map((c) => [c.id, c]));
  for (const [id, value] of Object.entries(state.fields)) {
    const c = known.get(id);
    expectShape(c && isFlag(c) ? typeof value === 'boolean' : typeof value === 'string' || typeof value === 'boolean',
      `fields.${quoted(id)}`);
    const max = Object.hasOwn(pageCheck.fieldChars, id) ? pageCheck.fieldChars[id] : MAX_FIELD_CHARS;
    if (typeof value === 'string' && value.length > max) {
      throw new LinkProblem('share.why.tooLong', { part: c ? nameOf(c) : quoted(id), length: count(value.length),
        max: count(max) });
    }
  }
  const own = state.parts ?? {};
  for (const [name, hooks] of parts) if (own[name] !== undefined) hooks.check?.(own[name], state);
  pageCheck.check?.(state);
}

/**
 * Sets the controls and parts of a (checked) view as the user would, so the
 * page reacts: early parts, the controls there are, the other parts, then the
 * controls that exist or offer the value only now (a what-if's VM, a period
 * measured from the restored rows, a contract's options).
 */
export function restoreState(state) {
  restoring = true;
  try {
    const own = state.parts ?? {};
    for (const [name, hooks] of parts) if (hooks.early && own[name] !== undefined) hooks.restore(own[name]);
    const later = new Map(Object.entries(state.fields));
    for (const c of controls()) if (later.has(c.id) && setControl(c, later.get(c.id))) later.delete(c.id);
    for (const [name, hooks] of parts) if (!hooks.early && own[name] !== undefined) hooks.restore(own[name]);
    const now = new Map(controls().map((c) => [c.id, c]));
    for (const [id, value] of later) if (now.has(id)) setControl(now.get(id), value);
  } finally {
    restoring = false;
  }
}

/** Every control the view names holds its value now; else the first that does not is the problem. */
function checkRestored(state) {
  const now = new Map(controls().map((c) => [c.id, c]));
  for (const [id, value] of Object.entries(state.fields)) {
    const c = now.get(id);
    if (c && (isFlag(c) ? c.checked : c.value) !== value) {
      throw new LinkProblem('share.why.choice', { value: quoted(value), field: nameOf(c) });
    }
  }
}

/**
 * Applies a view whole or not at all: checked first, then restored; should a
 * control not take its value, the view from before is restored again. Throws
 * what was wrong (a LinkProblem), or a fault of the page's own.
 */
function applyState(state) {
  checkState(state);
  const before = saveState();
  try {
    restoreState(state);
    checkRestored(state);
  } catch (err) {
    try {
      restoreState(before);
    } catch (again) {
      console.error(again);
    }
    throw err;
  }
}

// ---------------------------------------------------------------- the link and the bar

let lastLink = '';

function setShareStatus(text, kind = '') {
  $('share-status').textContent = text;
  $('share-status').className = `share-status ${kind}`.trim();
}

/** Keeps the address bar's fragment the current view's, or none while it is too large. */
async function updateLink() {
  if (restoring) return;
  const generation = ++linkGeneration;
  const fragment = await encodeState(saveState());
  if (generation !== linkGeneration) return;  // a later edit's update is under way
  const base = `${location.pathname}${location.search}`;
  const tooLarge = fragment.length > MAX_LINK;
  history.replaceState(null, '', tooLarge ? base : `${base}#${fragment}`);
  lastLink = tooLarge ? '' : location.href;
  $('share-download').hidden = !tooLarge;
  $('share-copy').disabled = tooLarge;
  if (tooLarge) {
    $('share-status').dataset.tooLarge = '1';
    setShareStatus(t('share.tooLarge', { length: fragment.length.toLocaleString(lang),
      max: MAX_LINK.toLocaleString(lang) }), 'warn');
  } else if ($('share-status').dataset.tooLarge) {
    delete $('share-status').dataset.tooLarge;
    setShareStatus('');
  }
  if (!timer) document.body.dataset.link = 'current';
}

// body[data-link] says whether the address bar holds the current view ("current")
// or an update is due ("pending"), so whoever copies the address can wait for it.
let linkGeneration = 0;
let timer = 0;
function scheduleUpdate() {
  clearTimeout(timer);
  document.body.dataset.link = 'pending';
  timer = setTimeout(() => { timer = 0; updateLink(); }, 300);
}

async function copyLink() {
  clearTimeout(timer);
  timer = 0;
  await updateLink();
  if (!lastLink) return;
  try {
    await navigator.clipboard.writeText(lastLink);
    setShareStatus(t('share.copied'));
  } catch {
    const box = $('share-link');
    box.hidden = false;
    box.value = lastLink;
    box.select();
    setShareStatus(t('share.copyRefused'));
  }
}

function downloadView() {
  const state = saveState();
  download(`slacalc-view-${state.page.replace(/\.html$/, '')}.json`, 'application/json',
    `${JSON.stringify({ format: 'slacalc-view/1', ...state }, null, 2)}\n`);
}

/** A saved view (downloadView's file), checked and applied as a link is; what is wrong with it said with its name. */
async function openViewFile(file) {
  let state;
  try {
    if (file.size > MAX_VIEW_BYTES) throw new LinkProblem('share.why.tooLarge', { max: count(MAX_VIEW_BYTES / (1 << 20)) });
    try {
      state = JSON.parse(await file.text());
    } catch {
      throw new LinkProblem('share.why.notJson');
    }
    if (state?.format !== 'slacalc-view/1') throw new LinkProblem('share.why.notAView');
    applyState(state);
  } catch (err) {
    const reason = problemText(err);
    if (!reason) console.error(err);
    setShareStatus(reason ? t('share.fileRefused', { name: file.name, reason }) : t('share.fileFailed', { name: file.name }),
      'warn');
    return;
  }
  setShareStatus(t('share.opened', { name: file.name }));
  scheduleUpdate();
}

function shareBar() {
  return el('section', { class: 'share-bar', 'aria-label': t('share.label'), 'data-testid': 'share-bar' }, [
    el('button', { type: 'button', class: 'button small secondary', id: 'share-copy', text: t('share.copy'),
      'data-testid': 'share-copy' }),
    el('button', { type: 'button', class: 'button small secondary', id: 'share-download', text: t('share.download'),
      hidden: true, 'data-testid': 'share-download' }),
    el('label', { class: 'button small secondary file-button', 'data-testid': 'share-open-label' }, [
      t('share.open'),
      el('input', { type: 'file', id: 'share-open', accept: '.json,application/json', class: 'visually-hidden',
        'data-testid': 'share-open' }),
    ]),
    el('input', { type: 'text', id: 'share-link', readOnly: true, hidden: true, 'aria-label': t('share.link'),
      'data-testid': 'share-link' }),
    el('p', { class: 'share-status', id: 'share-status', role: 'status', 'data-testid': 'share-status' }),
  ]);
}

// ---------------------------------------------------------------- start

function pageReady() {
  const expected = (document.body.dataset.shareParts ?? '').split(' ').filter(Boolean);
  const done = () => document.body.dataset.ready && expected.every((p) => parts.has(p));
  return new Promise((resolve) => {
    const check = () => { if (done()) resolve(); };
    partsReady = check;
    new MutationObserver(check).observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
    check();
  });
}

/**
 * ?profile= and ?tier= (an embedding page's attributes) as a starting point,
 * checked and applied as a view is; a fragment comes after them.
 */
function applyParams() {
  const params = new URLSearchParams(location.search);
  const fields = {};
  for (const id of ['profile', 'tier']) {
    const control = document.getElementById(id);
    if (params.has(id) && control && !ownedControl(control)) fields[id] = params.get(id);
  }
  if (!Object.keys(fields).length) return;
  try {
    applyState({ fields });
  } catch (err) {
    const reason = problemText(err);
    if (!reason) console.error(err);
    setShareStatus(reason ? t('share.paramsRefused', { reason }) : t('share.paramsFailed'), 'warn');
  }
}

async function restoreFromLink() {
  applyParams();
  const fragment = location.hash.slice(1);
  if (!fragment.startsWith('v')) return;
  try {
    applyState(await decodeState(fragment));
  } catch (err) {
    const reason = problemText(err);
    // A fault of the page's own, not of the link: for the console, not for the person reading.
    if (!reason) console.error(err);
    setShareStatus(reason ? t('share.linkRefused', { reason }) : t('share.linkFailed'), 'warn');
  }
}

/**
 * `state` without the controls that follow the page's language
 * ([data-follows-lang], e.g. the claim letter's) and still hold it: left
 * alone, they follow it to the language chosen.
 */
function withoutFollowers(state) {
  for (const c of document.querySelectorAll('[data-follows-lang]')) if (state.fields[c.id] === lang) delete state.fields[c.id];
  return state;
}

/**
 * The language picker of the navigation (partials/nav.html; i18n.js shows the
 * page's language in it): the page again with ?lang= set to the choice, and
 * once the view is restored, the view itself in the fragment — everything
 * typed comes back in the other language. A view too large for a shared link
 * still fits a browser's address.
 */
function wireLanguagePicker() {
  const picker = document.getElementById('lang-picker');
  picker?.addEventListener('change', async () => {
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('lang', picker.value);
    if (document.body.dataset.view === 'restored') url.hash = await encodeState(withoutFollowers(saveState()));
    location.assign(url.href);
  });
}

async function start() {
  wireLanguagePicker();
  await Promise.all([pageReady(), localeReady]);
  if (document.body.dataset.ready !== '1') return;
  document.querySelector('main').append(shareBar());
  await restoreFromLink();
  document.body.dataset.view = 'restored';
  for (const type of ['input', 'change', 'click']) document.addEventListener(type, scheduleUpdate);
  $('share-copy').addEventListener('click', copyLink);
  $('share-download').addEventListener('click', downloadView);
  $('share-open').addEventListener('change', (e) => {
    const [file] = e.target.files;
    e.target.value = '';
    if (file) openViewFile(file);
  });
  window.addEventListener('hashchange', async () => {
    if (location.href === lastLink) return;
    await restoreFromLink();
    scheduleUpdate();
  });
  scheduleUpdate();
}

start();
