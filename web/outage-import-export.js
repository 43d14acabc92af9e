// Outage records to and from files, for the credit page's import and export
// (web/credit.js): imported times as the page's date-and-time inputs take
// them, the page's own JSON of outages, a file's text, and the rows as CSV. The
// core's own reading of CSV (parseOutages) stays with the page, which holds
// the core.

import { t } from './i18n.js';

/** Times the core reads: "2026-05-01 10:00", "2026-05-01T10:00:00", also with "Z" or "+02:00". */
const TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const CSV_COLUMNS = ['start', 'end', 'kind', 'reason', 'scope', 'announced', 'note'];
/** Columns a download leaves out when no row uses them, so a file for a contract without them stays as it was. */
const OPTIONAL_COLUMNS = ['scope', 'announced'];

/** A problem with an imported file that the page finds itself (the core's own are SlaErrors). */
export class ImportError extends Error {}

/** "2026-05-01T10:00" or, with seconds other than 0, "2026-05-01T10:00:05": what a datetime-local input holds. */
const inputTime = (date, hhmm, ss = '00') => `${date}T${hhmm}${ss === '00' ? '' : `:${ss}`}`;

/** The wall-clock time of instant `ms` in `timeZone`, as an input value. */
function wallClock(ms, timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(format.formatToParts(ms).map(({ type, value }) => [type, value]));
  return inputTime(`${p.year}-${p.month}-${p.day}`, `${p.hour}:${p.minute}`, p.second);
}

/**
 * An imported time as the inputs take it: a local time as it is, one with
 * "Z" or an offset as the wall-clock time in `timeZone` (the provider's,
 * which the inputs are in). Empty stays empty; null: not a time the core reads.
 */
function toInputTime(text, timeZone) {
  if (text === undefined || text === null || text === '') return '';
  const m = TIME_PATTERN.exec(String(text));
  if (!m) return null;
  const [, date, hhmm, ss, zone] = m;
  if (!zone) return inputTime(date, hhmm, ss);
  const ms = Date.parse(`${date}T${hhmm}:${ss ?? '00'}${zone}`);
  return Number.isNaN(ms) ? null : wallClock(ms, timeZone);
}

/** Imported OutageRecords as row values, times converted for the inputs; an unreadable time is refused by name. */
export function rowsOfRecords(records, timeZone) {
  return records.map((record, i) => {
    const time = (key) => {
      const value = toInputTime(record[key], timeZone);
      if (value === null) {
        throw new ImportError(t('credit.errorImportTime', { n: i + 1, field: key, value: JSON.stringify(record[key]) }));
      }
      return value;
    };
    return { ...record, start: time('start'), end: time('end'), announced: time('announced') };
  });
}

/**
 * The page's own JSON of outages — a list of outage records or { outages:
 * [...] } — as a function giving them (it throws when the list is not one
 * of outage objects); null for any other text, which the core reads (a
 * monitor's export, or not JSON: the core says where it stops).
 */
export function ownOutages(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const own = Array.isArray(data) || (data !== null && typeof data === 'object' && 'outages' in data);
  if (!own) return null;
  return () => {
    const list = Array.isArray(data) ? data : data.outages;
    if (!Array.isArray(list) || !list.every((o) => o !== null && typeof o === 'object' && !Array.isArray(o))) {
      throw new ImportError(t('credit.errorJsonShape'));
    }
    return list;
  };
}

/** A file's text: UTF-8, else Windows-1252 (what Excel writes as "CSV" on Windows). */
export async function fileText(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
const csvField = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A note a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets an apostrophe in front, as OWASP advises against CSV injection; the
 * other columns are times and fixed words.
 */
const inertNote = (note) => (/^[=+\-@\t\r]/.test(note) ? `'${note}` : note);

/** With a byte-order mark, so Excel reads the file as UTF-8 (the core skips it on import). */
export function toCsv(records) {
  const columns = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) || records.some((r) => r[c]));
  const lines = [columns, ...records.map((r) => columns.map((c) => (c === 'note' ? inertNote(r.note ?? '') : r[c] ?? '')))];
  return `\uFEFF${lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('')}`;
}
