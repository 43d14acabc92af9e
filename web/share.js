// A view's whole state in the link: every form control of the page by id,
// plus the parts a page builds itself (outage rows, VMs, a dependency tree),
// which register save/restore hooks with sharePart(). The state goes into the
// URL fragment — "#v1." and base64url of deflate-raw JSON, so it stays on the
// user's machine (a fragment is never sent to a server) — and is restored when
// the page opens with one. Too large for a link, it is offered as a file.
// Its texts are in locales/<lang>/common.json (keys "share.*").
import { $, download, el } from './dom.js';
import { lang, ready as localeReady, t } from './i18n.js';

const VERSION = 'v1';
/** Longer links get cut by some mail and chat programs. */
export const MAX_LINK = 4000;
const parts = new Map();
let partsReady = null;
let restoring = false;

/**
 * A part of the view the page builds itself: save() → JSON value, restore(value).
 * `early` parts are restored before the form's controls (e.g. a custom contract the
 * contract select must offer first), the others after them.
 */
export function sharePart(name, hooks) {
  parts.set(name, hooks);
  partsReady?.();
}

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

/** An Error saying what is wrong with a link; `code` "version" or "damaged". */
function linkError(code, message) {
  return Object.assign(new Error(message), { code });
}

/** The state in a fragment, or throws an Error saying what is wrong with the link (its code: linkError). */
export async function decodeState(fragment) {
  const [version, data] = fragment.split('.', 2);
  if (version !== VERSION || !data) throw linkError('version', 'this link was not made by this version of slacalc');
  try {
    const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    if (!state || typeof state !== 'object' || typeof state.fields !== 'object') throw new Error('no fields');
    return state;
  } catch {
    throw linkError('damaged', 'the link is damaged (cut short when it was copied?)');
  }
}

// ---------------------------------------------------------------- the view's state

const ownedControl = (c) => c.closest('[data-share="own"]') || c.closest('.share-bar');
function controls() {
  return [...document.querySelectorAll('main input[id], main select[id], main textarea[id]')]
    .filter((c) => c.type !== 'file' && !ownedControl(c));
}

export function saveState() {
  const fields = {};
  for (const c of controls()) fields[c.id] = c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value;
  const own = {};
  for (const [name, hooks] of parts) own[name] = hooks.save();
  return { page: location.pathname.split('/').pop() || 'index.html', fields, parts: own };
}

/** Sets a control as the user would, so the page reacts (refills tiers for a contract, shows a what-if). */
function setControl(c, value) {
  if (c.type === 'checkbox' || c.type === 'radio') {
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

export function restoreState(state) {
  restoring = true;
  try {
    const own = state.parts ?? {};
    for (const [name, hooks] of parts) if (hooks.early && name in own) hooks.restore(own[name]);
    const later = [];
    for (const c of controls()) if (c.id in state.fields && !setControl(c, state.fields[c.id])) later.push(c);
    for (const [name, hooks] of parts) if (!hooks.early && name in own) hooks.restore(own[name]);
    // Options that exist only now (a what-if's VM, a period measured from the restored rows).
    for (const c of later) setControl(c, state.fields[c.id]);
  } finally {
    restoring = false;
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
  const fragment = await encodeState(saveState());
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
}

let timer = 0;
function scheduleUpdate() {
  clearTimeout(timer);
  timer = setTimeout(updateLink, 300);
}

async function copyLink() {
  clearTimeout(timer);
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

async function openViewFile(file) {
  let state;
  try {
    state = JSON.parse(await file.text());
  } catch (err) {
    // The browser's own words on the JSON.
    setShareStatus(t('share.notAViewBecause', { name: file.name, error: err.message }), 'warn');
    return;
  }
  if (state?.format !== 'slacalc-view/1' || typeof state.fields !== 'object' || state.fields === null) {
    setShareStatus(t('share.notAView', { name: file.name }), 'warn');
    return;
  }
  if (state.page !== saveState().page) {
    setShareStatus(t('share.otherPage', { page: state.page }), 'warn');
    return;
  }
  try {
    restoreState(state);
  } catch (err) {
    setShareStatus(t('share.notAViewBecause', { name: file.name, error: err.message }), 'warn');
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

/** ?profile= and ?tier= (an embedding page's attributes) as a starting point; a fragment comes after them. */
function applyParams() {
  const params = new URLSearchParams(location.search);
  for (const id of ['profile', 'tier']) {
    const control = document.getElementById(id);
    if (params.has(id) && control && !ownedControl(control)) setControl(control, params.get(id));
  }
}

async function restoreFromLink() {
  applyParams();
  const fragment = location.hash.slice(1);
  if (!fragment.startsWith('v')) return;
  try {
    restoreState(await decodeState(fragment));
  } catch (err) {
    const known = { version: 'share.linkVersion', damaged: 'share.linkDamaged' }[err?.code];
    // Anything else (a part the page could not take back) in the words it was thrown with.
    setShareStatus(known ? t(known) : t('share.linkFailed', { error: err?.message ?? err }), 'warn');
  }
}

async function start() {
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
