// DOM helpers shared by page.js (the cycle every page runs) and the page scripts.
// Their texts are in locales/<lang>/common.json (keys "dom.*").

import { SlaError } from './slacalc.mjs';
import { isolate, ready as localeReady, t } from './i18n.js';

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

/** The presets as two option groups, contracts first: option(preset) makes each option. */
export function presetGroups(presets, option) {
  return [
    el('optgroup', { label: t('dom.contracts') }, presets.filter((p) => p.status !== 'example').map(option)),
    el('optgroup', { label: t('dom.examples') }, presets.filter((p) => p.status === 'example').map(option)),
  ];
}

/**
 * The contract select of a page that needs something of a tier (`usable`):
 * the presets grouped, a profile without any usable tier marked "(<missing>)",
 * an example marked "(example)". `missing` is the page's (translated) words.
 */
export function fillProfileSelect(select, presets, docOf, usable, missing) {
  const option = (p) => {
    const suffix = [p.status === 'example' ? t('dom.example') : '', docOf(p.id).tiers.some(usable) ? '' : missing]
      .filter(Boolean).join(', ');
    return el('option', { value: p.id, text: `${isolate(p.vendor)} — ${isolate(p.product)}${suffix ? ` (${suffix})` : ''}` });
  };
  select.replaceChildren(...presetGroups(presets, option));
}

/** The preset a page opens with: `preferred` if there, else the first with a usable tier, else the first. */
export function defaultPresetId(presets, docOf, usable, preferred) {
  const preset = presets.find((p) => p.id === preferred) ??
    presets.find((p) => docOf(p.id).tiers.some(usable)) ?? presets[0];
  return preset.id;
}

/** Its tier select: an unusable tier marked; `selected` kept when offered, else the first usable tier. */
export function fillTierSelect(select, doc, selected, usable, missing) {
  const option = (t) => el('option', { value: t.id, text: usable(t) ? t.name : `${isolate(t.name)} (${missing})` });
  select.replaceChildren(...tierChoices(doc.tiers, option));
  select.value = doc.tiers.some((t) => t.id === selected) ? selected : (doc.tiers.find(usable) ?? doc.tiers[0]).id;
}

/** A tier select's children: one group per family when there are several, else plain options. */
export function tierChoices(tiers, option) {
  const families = [...new Set(tiers.map((t) => t.family ?? ''))];
  if (families.length <= 1) return tiers.map(option);
  return families.map((f) => el('optgroup', { label: f || t('dom.otherTiers') }, tiers.filter((t) => (t.family ?? '') === f).map(option)));
}

/**
 * Tells whoever embeds the page (frame.js, the <sla-calculator> element) that
 * a result changed: a "slacalc:result" event on the document with
 * { view, result } — the core's plain answer, or null while the input is invalid.
 */
export function announce(view, result) {
  document.dispatchEvent(new CustomEvent('slacalc:result', { detail: { view, result: result ?? null } }));
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

/** The English nouns the pages pass to parseMoney, translated. */
const MONEY_NOUNS = { 'an amount': 'dom.money.amount', 'a price': 'dom.money.price', 'a fee': 'dom.money.fee' };

/**
 * Money as typed ("1600", "1.600,00", "1,600.00", "1 600", "1600 EUR") →
 * { minor } in minor units of `currency` (with `digits` decimals), or
 * { error } saying "Not <noun>: …". `noun` is the page's word for the
 * amount, translated ('an amount', 'a price' and 'a fee' are translated
 * here, so English callers need not change). With one kind of
 * separator, a single one followed by exactly three digits groups thousands
 * ("1.600" = 1600) unless the currency has three decimals; otherwise it is
 * the decimal separator. A minus sign is passed on so the core's own message
 * about negative prices is shown.
 */
export function parseMoney(text, currency, digits, noun = 'an amount') {
  const what = Object.hasOwn(MONEY_NOUNS, noun) ? t(MONEY_NOUNS[noun]) : noun;
  const example = t(digits === 0 ? 'dom.money.exampleWhole' : 'dom.money.example');
  let s = text.trim();
  const code = currency.toUpperCase();
  if (code && s.toUpperCase().endsWith(code)) s = s.slice(0, -code.length).trim();
  if (code && s.toUpperCase().startsWith(code)) s = s.slice(code.length).trim();
  let negative = false;
  if (/^[-−]/.test(s)) { negative = true; s = s.slice(1).trim(); }
  s = s.replace(/[\s'’\u00a0\u202f\u2009]/g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) {
    return { error: t('dom.money.notNumber', { noun: what, example }) };
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let group = null;
  let decimal = null;
  if (dots && commas) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1 || s.lastIndexOf(group) > s.lastIndexOf(decimal)) {
      return { error: t('dom.money.separators', { noun: what, example }) };
    }
  } else if (dots || commas) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.lastIndexOf(sep) - 1;
    if (dots + commas > 1) group = sep;
    else if (after === 3 && digits !== 3) group = sep;
    else decimal = sep;
  }
  let whole = s;
  let fraction = '';
  if (decimal) {
    whole = s.slice(0, s.lastIndexOf(decimal));
    fraction = s.slice(s.lastIndexOf(decimal) + 1);
  }
  if (group) {
    const parts = whole.split(group);
    if (parts.slice(1).some((p) => p.length !== 3) || parts[0].length > 3 || parts[0] === '') {
      return { error: t('dom.money.groups', { noun: what, example }) };
    }
    whole = parts.join('');
  }
  if (fraction.length > digits) {
    return {
      error: digits === 0 ? t('dom.money.noDecimals', { currency, example })
        : t('dom.money.tooManyDecimals', { currency, digits }),
    };
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  return { minor: Number(negative ? -minor : minor) };
}
