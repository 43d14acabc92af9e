// The page's language and its strings. The language comes from ?lang=, then
// the embedding element's lang attribute (passed as ?lang=), then the
// browser's languages, else English; the picker in the navigation sets ?lang=.
// Strings live in web/locales/<lang>/<part>.json by key: `common` on every
// page, and the page's own part, named by <html data-i18n-part="…">. The
// build (scripts/build-site.mjs) joins them into one file per page and
// language, English filling each key the language lacks and listing it under
// "slacalc:missing": one request for a page's texts. HTML elements name
// theirs with data-i18n (text) and data-i18n-attr ("aria-label:key
// placeholder:key"). A missing key is reported as a console error when it is
// used — the Chromium tests fail on any — and shows the English text
// meanwhile. Numbers are formatted with Intl for the language.
import { locateFile } from './assets.js';

export const LANGS = ['en', 'de', 'nl', 'da'];

export function pickLang(search = location.search, preferred = navigator.languages ?? []) {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...preferred]) {
    const lang = tag?.toLowerCase().split('-')[0];
    if (LANGS.includes(lang)) return lang;
  }
  return 'en';
}

export const lang = pickLang();
let strings = {};
/** Keys the page's language lacks: their English text stands in (see above). */
let missing = new Set();

/** Loads the page's strings in its language and translates the page. */
export const ready = (async () => {
  const part = document.documentElement.dataset.i18nPart;
  const file = `locales/${lang}/${part}.json`;
  const response = await fetch(locateFile(file));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  const { 'slacalc:missing': lacking = [], ...texts } = await response.json();
  strings = texts;
  missing = new Set(lacking);
  document.documentElement.lang = lang;
  translate(document);
  keepLanguage();
})();

/**
 * The language picker (partials/nav.html) shows the page's language, and the
 * navigation's links carry ?lang= when it is not the one the browser asks
 * for, so the next page speaks it too. Choosing another language reopens the
 * view in it (share.js).
 */
function keepLanguage() {
  const picker = document.getElementById('lang-picker');
  if (picker) picker.value = lang;
  if (lang === pickLang('', navigator.languages ?? [])) return;
  for (const a of document.querySelectorAll('.site-nav a[href]')) {
    a.setAttribute('href', `${a.getAttribute('href').split('?')[0]}?lang=${lang}`);
  }
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) and the Unicode bidi controls. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * `text` (a name from a profile or a link: vendor, tier, scope, a VM) as a
 * run of its own: between U+2068 FIRST STRONG ISOLATE and U+2069 POP
 * DIRECTIONAL ISOLATE when it holds right-to-left letters or bidi controls,
 * so that neither can turn the sentence or label around it ("Evil\u202e"
 * would reverse the rest of the line); as it is otherwise. For texts that
 * cannot hold a <bdi> element: an option's text, an attribute, a sentence.
 */
export function isolate(text) {
  const s = String(text);
  return BIDI.test(s) ? `\u2068${s}\u2069` : s;
}

/**
 * A profile document with its texts for people in the page's language
 * (docs/profile-format.md, "Languages"): each object's `translations` into it,
 * else the text as written. A commitment's `scope` stays the id outages name;
 * its name for people is `scopeName`.
 */
export function profileInLang(doc) {
  const inLang = (value) => {
    if (Array.isArray(value)) return value.map(inLang);
    if (!value || typeof value !== 'object') return value;
    const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'translations' ? v : inLang(v)]));
    if (typeof value.scope === 'string') out.scopeName = value.scope;
    for (const [k, v] of Object.entries(value.translations?.[lang] ?? {}))
      if (typeof v === 'string' && (doc.lang ?? 'en') !== lang) out[k === 'scope' ? 'scopeName' : k] = v;
    return out;
  };
  return inLang(doc);
}

/**
 * The string `key` with {name} placeholders filled from `params`, each value
 * isolated (isolate()): a name inside the sentence cannot reorder its words.
 * A value ending in an abbreviation's full stop ("4 Min.") takes the place of
 * the sentence's own: "{used}." is not written "4 Min..".
 */
export function t(key, params = {}) {
  if (!(key in strings) || missing.has(key)) console.error(`slacalc: no "${lang}" text for "${key}"`);
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}(\.(?!\.))?/g, (m, name, stop = '') => {
    if (!(name in params)) return m;
    const value = isolate(params[name]);
    return value.endsWith('.') ? value : value + stop;
  });
}

/** Every [data-i18n] and [data-i18n-attr] under root. */
export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(' ')) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr, t(key));
    }
  }
}

/** Intl formats by digits shown: the core's text keeps its trailing zeros (…440 cut there stays …440…). */
const formats = new Map();
function format(style, text) {
  const digits = text.split('.')[1]?.length ?? 0;
  const key = `${style}:${digits}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(lang, { ...(style === 'percent' ? { style: 'unit', unit: 'percent' } : {}),
      minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return formats.get(key);
}

/**
 * The core's decimal text ("99.39055995", "99.996285828254…" when cut) as the
 * language writes it: 99,39055995 %. Intl takes the text as an exact decimal.
 */
export function percent(text) {
  const cut = text.endsWith('…');
  const exact = cut ? text.slice(0, -1) : text;
  return format('percent', exact).formatToParts(exact)
    .map((p) => (p.type === 'fraction' && cut ? `${p.value}…` : p.value)).join('');
}

/**
 * A decimal text ("99.39055995", "99.996285828254…") cut to the digits that
 * matter: `decimals` when given (a contract's precision), else two, or two
 * past the fraction's leading nines ("99.996285…" → "99.9962…"). Cut, not
 * rounded: an availability short of its target never shows as reaching it;
 * "…" marks the cut. A shorter text stays as it is.
 */
export function briefDecimal(text, decimals = null) {
  const [whole, fraction = ''] = text.replace('…', '').split('.');
  const keep = decimals ?? Math.max(2, /^9*/.exec(fraction)[0].length + 2);
  return fraction.length <= keep ? text : `${whole}.${fraction.slice(0, keep)}…`;
}

export function number(text) {
  const cut = text.endsWith('…');
  const exact = cut ? text.slice(0, -1) : text;
  return format('number', exact).format(exact) + (cut ? '…' : '');
}

const moneyFormats = new Map();
/** Minor units of a currency as the language writes money: 1.600,00 kr. (da), € 1.600,00 (nl). */
export function money(minor, currency, digits = 2) {
  const key = `${currency}:${digits}`;
  if (!moneyFormats.has(key)) {
    moneyFormats.set(key, new Intl.NumberFormat(lang, { style: 'currency', currency,
      minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  const scale = 10n ** BigInt(digits);
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const text = `${sign}${abs / scale}${digits ? `.${String(abs % scale).padStart(digits, '0')}` : ''}`;
  return moneyFormats.get(key).format(text);
}

const dateFormat = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
/**
 * An ISO date ("2026-11-23") as the language writes it: 23.11.2026 (de, da),
 * 23-11-2026 (nl). English keeps ISO 8601, as the core's English texts do:
 * unambiguous for readers on both sides of the Atlantic.
 */
export function date(iso) {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A time of day ("09:30", "09:30:15") as the language writes it: Danish with
 * dots (09.30.15, as Intl and the core's Danish texts write it), the others
 * with colons.
 */
export const clock = (text) => (lang === 'da' ? text.replaceAll(':', '.') : text);
