// DOM helpers shared by page.js (the cycle every page runs) and the page scripts.
// Their texts are in locales/<lang>/common.json (keys "dom.*").

import { SlaError } from './slacalc.mjs';
import { briefDecimal, ready as localeReady, percent, t } from './i18n.js';

export const $ = (id) => document.getElementById(id);

/** An element with properties (class, text, data-*, aria-*, others as DOM properties) and children. */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * Tells whoever embeds the page (frame.js, the <sla-calculator> element) that
 * a result changed: a "slacalc:result" event on the document with
 * { view, result } — the core's plain answer, or null while the input is invalid.
 */
export function announce(view, result) {
  document.dispatchEvent(new CustomEvent('slacalc:result', { detail: { view, result: result ?? null } }));
}

/**
 * A percentage `value` ({ text, exact }) in `node` with the digits that matter
 * (briefDecimal: `decimals`, else two past the leading nines); the whole value
 * on demand: in the title and, for screen readers, after the short one.
 * data-exact keeps the core's exact text.
 */
export function showPercent(node, value, decimals = null) {
  const brief = briefDecimal(value.text, decimals);
  node.dataset.exact = value.exact;
  if (brief === value.text) {
    node.textContent = percent(value.text);
    node.removeAttribute('title');
    return node;
  }
  const whole = t('dom.exactValue', { value: percent(value.text) });
  node.title = whole;
  node.replaceChildren(percent(brief), el('span', { class: 'visually-hidden', text: ` (${whole})` }));
  return node;
}

/** Saves `text` as file `name`: a Blob behind an object URL and a download link; nothing is sent. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Shows `message` next to input #id (in #id-error), or clears it: the input
 * gets aria-invalid and aria-describedby pointing at the message. What the
 * user typed is never touched.
 */
export function setFieldError(id, message) {
  const input = $(id);
  const box = $(`${id}-error`);
  if (!input || !box) return;
  // Nothing to clear (thousands of outage rows are cleared on every edit).
  if (!message && box.hidden && !input.hasAttribute('aria-invalid')) return;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .filter((x) => x !== box.id);
  if (message) {
    if (box.textContent !== message) box.textContent = message;
    box.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    described.push(box.id);
  } else {
    box.hidden = true;
    box.textContent = '';
    input.removeAttribute('aria-invalid');
  }
  if (described.length) input.setAttribute('aria-describedby', described.join(' '));
  else input.removeAttribute('aria-describedby');
  input.closest('.field')?.classList.toggle('invalid', Boolean(message));
}

/** The page's status line (#status, or a section's own): a text and a kind ("", "failed", ...). */
export function setStatus(text, kind = '', id = 'status') {
  const status = $(id);
  if (status.textContent !== text) status.textContent = text;
  status.className = `status ${kind}`.trim();
}

/**
 * Waits for the core and its presets (unless a page that uses none says
 * { presets: false }: its module has no profiles), and for the page's texts
 * (i18n.js): { sla, presets }, or null after saying in #status (or `status`)
 * that it could not be loaded and marking the page (or `marked`) for tests.
 */
export async function loadCore(ready, { presets = true, status = 'status', marked = document.body } = {}) {
  try {
    const [sla] = await Promise.all([ready, localeReady]);
    return { sla, presets: presets ? sla.profiles().profiles : [] };
  } catch (err) {
    await localeReady.catch(() => {});
    setStatus(t('dom.loadFailed', { error: err?.message ?? err }), 'failed', status);
    marked.dataset.ready = 'error';
    return null;
  }
}

/** The message for the whole form (#form-error, or a section's own), or none. */
export function setFormError(message, id = 'form-error') {
  const box = $(id);
  box.textContent = message ?? '';
  box.hidden = !message;
}

/**
 * Runs one core call when the form has no errors yet. A SlaError whose path
 * names a control (fieldOf(path)) goes to errors[control], any other to the
 * returned formError; every other exception is a bug and propagates.
 */
export function callCore(call, errors, fieldOf) {
  if (Object.keys(errors).length) return { result: null, formError: null };
  try {
    return { result: call(), formError: null };
  } catch (err) {
    return placeCoreError(err, errors, fieldOf);
  }
}

/** callCore for a call that answers later (a promise), e.g. from a worker. */
export async function callCoreLater(call, errors, fieldOf) {
  if (Object.keys(errors).length) return { result: null, formError: null };
  try {
    return { result: await call(), formError: null };
  } catch (err) {
    return placeCoreError(err, errors, fieldOf);
  }
}

function placeCoreError(err, errors, fieldOf) {
  if (!(err instanceof SlaError)) throw err;
  const field = fieldOf(err.path);
  if (field) errors[field] = err.message;
  return { result: null, formError: field ? null : err.message };
}
