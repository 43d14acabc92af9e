// Number, date, month and date-and-time fields in the page's language, not
// the browser's. Chromium draws <input type=date> in the browser's language
// (a German page in an English browser asks for mm/dd/yyyy, AM/PM), and a
// decimal field shows what the page wrote, "99.99" beside results in "99,5 %".
// Every such field becomes a text field that shows and reads the language's
// form (15.01.2026, 15-01-2026, 99,95), with its format as placeholder; ISO
// 8601 is read in every language (a date with the year first is unambiguous).
//
// The page keeps reading and writing the canonical value — an ISO date, a
// dot decimal — through the field's `value`: what its script reads, what a
// link to the view stores (share.js), so a link made on a German page opens
// the same values on an English one. The text the user typed stays as typed.
//
// Which fields: <input> of type date, month and datetime-local, and those
// marked inputmode="decimal"; a page that builds many fields may ask for one
// without the browser's date field being built first: data-locale-input=
// "date" | "month" | "datetime" | "decimal" on a text input. Fields added
// later (outage rows, columns) are turned as they appear.
//
// A date that cannot be read reads as "" with validity.badInput set (as the
// browser's own date field does), so the page answers as it did; page.js
// names the format next to the field (invalidInputs()). A decimal that cannot be read in the language's form is
// passed on as typed: the page's own reading of it says what is wrong.
import { lang, ready as localeReady, t } from './i18n.js';

const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const nativeValidity = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'validity');
const KIND_OF_TYPE = { date: 'date', month: 'month', 'datetime-local': 'datetime' };
const SELECTOR = 'input[type="date"], input[type="month"], input[type="datetime-local"], '
  + 'input[inputmode="decimal"], input[data-locale-input]';

// ---------------------------------------------------------------- the language's forms

const numberParts = Object.fromEntries(new Intl.NumberFormat(lang).formatToParts(1234.5).map((p) => [p.type, p.value]));
const DECIMAL = numberParts.decimal;
const GROUP = numberParts.group;

/** Day, month, year order and separator of the language's dates; English keeps ISO 8601 as i18n.date() does. */
function dateForm() {
  if (lang === 'en') return { order: ['year', 'month', 'day'], sep: '-' };
  const parts = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 0, 15)));
  return { order: parts.filter((p) => p.type !== 'literal').map((p) => p.type),
    sep: parts.find((p) => p.type === 'literal').value };
}
const DATE = dateForm();
/** The separator of hours and minutes: "10:00", Danish "10.00". */
const TIME_SEP = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
  .formatToParts(new Date(0)).find((p) => p.type === 'literal')?.value ?? ':';

const pad = (n, width = 2) => String(n).padStart(width, '0');

// ---------------------------------------------------------------- showing a canonical value

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const CANONICAL_DECIMAL = /^-?\d+(\.\d+)?$/;

function showDate(iso) {
  const [, year, month, day] = ISO_DATE.exec(iso);
  const part = { year, month, day };
  return DATE.order.map((p) => part[p]).join(DATE.sep);
}

function showMonth(iso) {
  const [, year, month] = ISO_MONTH.exec(iso);
  return lang === 'en' ? iso : `${month}${DATE.sep}${year}`;
}

function showDateTime(iso) {
  if (lang === 'en') return iso;
  const [, day, hours, minutes, seconds] = ISO_DATETIME.exec(iso);
  return `${showDate(day)} ${[hours, minutes, seconds].filter(Boolean).join(TIME_SEP)}`;
}

const showDecimal = (text) => (DECIMAL === '.' ? text : text.replace('.', DECIMAL));

/** How each kind shows a canonical value; a value that is not canonical is shown as it is. */
const SHOW = {
  date: [ISO_DATE, showDate],
  month: [ISO_MONTH, showMonth],
  datetime: [ISO_DATETIME, showDateTime],
  decimal: [CANONICAL_DECIMAL, showDecimal],
};

export function show(kind, value) {
  const [form, shown] = SHOW[kind];
  return form.test(value) ? shown(value) : value;
}

// ---------------------------------------------------------------- reading what was typed

const DATE_SEPS = '[./\\-]';

function validDay(year, month, day) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A date typed in the language's order ("15.01.2026", "15-1-2026", "15012026") or ISO → ISO, else null. */
export function readDate(text) {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let part;
  if (m) {
    part = { year: m[1], month: m[2], day: m[3] };
  } else {
    const widths = { year: 4, month: 2, day: 2 };
    const loose = { year: '(\\d{4})', month: '(\\d{1,2})', day: '(\\d{1,2})' };
    const shape = new RegExp(`^${DATE.order.map((p) => loose[p]).join(DATE_SEPS)}$`);
    const packed = new RegExp(`^${DATE.order.map((p) => `(\\d{${widths[p]}})`).join('')}$`);
    m = shape.exec(s) ?? packed.exec(s);
    if (!m) return null;
    part = Object.fromEntries(DATE.order.map((p, i) => [p, m[i + 1]]));
  }
  const [year, month, day] = [part.year, part.month, part.day].map(Number);
  return validDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** A month typed "01.2026", "1-2026" (the language's separator or another) or ISO "2026-01" → ISO, else null. */
export function readMonth(text) {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s);
  const local = /^(\d{1,2})[./\-](\d{4})$/.exec(s);
  if (!iso && !local) return null;
  const [year, month] = (iso ? [iso[1], iso[2]] : [local[2], local[1]]).map(Number);
  return month >= 1 && month <= 12 && year >= 1 ? `${pad(year, 4)}-${pad(month)}` : null;
}

/** A date and time "15.01.2026 10:30" (or "10.30", seconds optional) or ISO "2026-01-15T10:30" → ISO, else null. */
export function readDateTime(text) {
  const m = /^(.+?)(?:T|,?\s+)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const day = readDate(m[1]);
  const [hours, minutes, seconds] = [m[2], m[3], m[4]].map((x) => (x === undefined ? undefined : Number(x)));
  if (!day || hours > 23 || minutes > 59 || seconds > 59) return null;
  return `${day}T${pad(hours)}:${pad(minutes)}${seconds === undefined ? '' : `:${pad(seconds)}`}`;
}

/**
 * A number typed in the language's form ("99,95", "1.600,00" in German;
 * "99.95", "1,600.00" in English; spaces may group) → its dot decimal, else
 * null. Digit groups have three digits: "1.600" is 1600 on a German page.
 */
export function readDecimal(text) {
  const m = /^([-−]?)([\d.,]+)$/.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return null;
  const [whole, fraction, more] = m[2].split(DECIMAL);
  if (more !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  const grouped = whole.split(GROUP);
  const plain = grouped.length === 1 && /^\d+$/.test(whole);
  if (!plain && !(/^\d{1,3}$/.test(grouped[0]) && grouped.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  const digits = grouped.join('');
  return `${m[1] ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

const READ = { date: readDate, month: readMonth, datetime: readDateTime, decimal: readDecimal };

// ---------------------------------------------------------------- the fields

/** Whether a turned date field holds text that is not a date. */
function unreadable(input) {
  const text = native.get.call(input);
  return text.trim() !== '' && READ[input.dataset.localeInput](text) === null;
}

/** The canonical value of a turned field: what it shows, read; "" for a date that cannot be read. */
function canonical(input) {
  const text = native.get.call(input);
  if (text.trim() === '') return '';
  const value = READ[input.dataset.localeInput](text);
  if (value !== null) return value;
  return input.dataset.localeInput === 'decimal' ? text : '';
}

/** The text a field shows, as typed. */
export const typedText = (input) => native.get.call(input);

/** Turns `input` into a text field in the page's language, keeping the value it holds. */
function turn(input) {
  if (Object.hasOwn(input, 'value')) return;
  const kind = input.dataset.localeInput ?? KIND_OF_TYPE[input.type] ?? 'decimal';
  const value = native.get.call(input);
  input.dataset.localeInput = kind;
  if (input.type !== 'text') input.type = 'text';
  if (kind === 'date' || kind === 'month') input.inputMode = 'numeric';
  input.spellcheck = false;
  input.autocomplete = 'off';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() { return canonical(this); },
    set(v) { native.set.call(this, show(kind, String(v ?? ''))); },
  });
  if (kind !== 'decimal') {
    Object.defineProperty(input, 'validity', {
      configurable: true,
      get() {
        const validity = nativeValidity.get.call(this);
        const bad = unreadable(this);
        return new Proxy(validity, { get: (v, key) => (key === 'badInput' ? bad : Reflect.get(v, key, v)) });
      },
    });
  }
  input.value = value;
  if (kind !== 'decimal' && !input.hasAttribute('placeholder')) placeholders.push(input);
  localeReady.then(writePlaceholders);
}

let placeholders = [];
function writePlaceholders() {
  for (const input of placeholders) input.placeholder = t(`input.format.${input.dataset.localeInput}`);
  placeholders = [];
}

function turnAll(root) {
  if (root.matches?.(SELECTOR)) turn(root);
  for (const input of root.querySelectorAll?.(SELECTOR) ?? []) turn(input);
}

/**
 * Of the fields `ids`, the turned date fields whose text cannot be read, each
 * with its words: { id: { message, hint } }, the message on its own, the hint
 * after a page's own message. Hidden fields are left alone (the page does not read them).
 */
export function invalidInputs(ids) {
  const found = {};
  for (const id of ids) {
    const input = document.getElementById(id);
    const kind = input?.dataset?.localeInput;
    if (!kind || kind === 'decimal' || input.closest('[hidden]')) continue;
    if (unreadable(input)) {
      const format = t(`input.format.${kind}`);
      found[id] = { message: t(`input.invalid.${kind}`, { format }), hint: t('input.hint', { format }) };
    }
  }
  return found;
}

turnAll(document);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) if (node.nodeType === 1) turnAll(node);
}).observe(document.documentElement, { childList: true, subtree: true });
