// The "other closed days" field of the deadline and credit pages: dates as
// typed, a provider's calendar file added to them (parseClosedDays) and the
// year's public holidays and closed days saved as one (closedDaysIcs;
// docs/api.md). A file the core refuses is said next to its button, with its
// line; the dates typed stay as they are.
import { createSlaCalc, SlaError } from './slacalc.mjs';
import { $, download, setFieldError } from './dom.js';
import { lang, t } from './i18n.js';
import { locateFile } from './assets.js';

// The calendar module (bindings/views.json, "calendar"), loaded when a file is
// first read or saved: the page's first answer does not wait for it.
// One that cannot be loaded is said like a refused file, and tried again on the next use.
let calendarCore = null;
async function calendarSla() {
  try {
    return await (calendarCore ??= createSlaCalc({ lang, view: 'calendar', locateFile }));
  } catch (err) {
    calendarCore = null;
    throw new SlaError({ code: 'unavailable', message: t('dom.loadFailed', { error: err.message }), path: '' });
  }
}

/** The dates of the field as the core takes them ("2026-12-24, 2026-12-31"). */
export const closedDaysOf = (text) => text.split(/[\s,;]+/).filter(Boolean);

/** "2026" or "2026–2027". */
const yearsText = ([from, to]) => (from === to ? String(from) : `${from}–${to}`);

function say(text) {
  $('closed-days-message').textContent = text;
}

/**
 * years(): [from, to], the years a provider's yearly days are listed for;
 * calendar(): { calendar, year }, the contract's holiday calendar and the year
 * to save; changed(): after the field was filled.
 */
export function wireClosedDays({ years, calendar, changed }) {
  const field = $('closed-days');
  const file = $('closed-days-file');
  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    const range = years();
    try {
      const [text, sla] = await Promise.all([chosen.text(), calendarSla()]);
      const read = sla.parseClosedDays({ ics: text, from: range[0], to: range[1] });
      const days = [...new Set([...closedDaysOf(field.value), ...read.closedDays])].sort();
      field.value = days.join(', ');
      setFieldError('closed-days-file', null);
      say(`${t(read.closedDays.length ? 'closedDays.added' : 'closedDays.none',
        { count: read.closedDays.length, file: chosen.name, years: yearsText(range) })} ${read.explain.map((e) => e.text).join(' ')}`);
      changed();
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      say('');
      setFieldError('closed-days-file', `${chosen.name}: ${err.message}`);
    } finally {
      file.value = '';  // the same file, once mended, can be chosen again
    }
  });
  $('closed-days-ics').addEventListener('click', async () => {
    const { calendar: code, year } = calendar();
    try {
      const sla = await calendarSla();
      const r = sla.closedDaysIcs({ calendar: code, year, closedDays: closedDaysOf(field.value) });
      const name = `slacalc-closed-days-${r.calendar}-${year}.ics`;
      download(name, 'text/calendar;charset=utf-8', r.ics);
      setFieldError('closed-days-file', null);
      say(t('closedDays.saved', { count: r.days.length, year, file: name }));
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      setFieldError('closed-days-file', err.message);
    }
  });
}
