// slacalc deadline page: when is the reaction / response / resolution due for
// a report? Reads the form, asks the wasm core (deadline), shows each due time
// in the provider's zone, the user's zone and UTC, and draws the counted time
// day by day as an inline SVG. No framework, no inline code (CSP).
//
// The cycle of reading, calling and showing errors is page.js's; the core's
// error paths here are "/reported", "/closedDays/1", "/options/splitReaction".
//
// Texts in the page's language (i18n.js): the page's own words by key, the
// dates, clock times and durations it writes itself with Intl; what the core
// writes (due times, promises, explanations) comes in the language already.

import { SlaError } from './slacalc.mjs';
import { runPage } from './page.js';
import { $, el } from './dom.js';
import { defaultPresetId, fillProfileSelect, fillTierSelect } from './selects.js';
import { expectProfile, shareCheck } from './share.js';
import { closedDaysOf, wireClosedDays } from './closed-days-field.js';
import { date, lang, profileInLang, t } from './i18n.js';

/** Shown first; otherwise the first profile with a response rule. */
const DEFAULT = { profile: 'flying-circus', tier: 'managed-4' };
const MEASURES = { reaction: 'deadline.measure.reaction', response: 'deadline.measure.response',
  resolution: 'deadline.measure.resolution' };
const CLASSES = { incident: 'deadline.class.incident', change: 'deadline.class.change', request: 'deadline.class.request' };
/** Timeline rows shown at most; longer spans show the first days, a gap row and the due day. */
const MAX_ROWS = 14;
/**
 * What a link to this view may hold beyond a field's usual 1 000 characters
 * (web/share.js; README "Links to a view"): the closed days the core takes
 * (1 000, core/request_calendar.hpp), each "2026-12-24" and a separator.
 */
const LINK_LIMITS = { closedDaysChars: 1000 * 11 };
/** Controls a core error path can point at: path → element id (options and closed days: fieldOfPath). */
const FIELD_OF_PATH = {
  '/profile': 'profile', '/tier': 'tier', '/impact': 'impact', '/urgency': 'urgency', '/priority': 'priority',
  '/class': 'class', '/measure': 'measure', '/reported': 'reported', '/viewerZone': 'viewer-zone',
  '/workingDayRule': 'working-days',
};

let sla = null;
/** ProfileSummary[] of the built-in presets. */
let presets = [];
const docs = new Map();
const optionLists = new Map();
/** False until the user sets the report time: until then it follows "now" in the chosen provider's zone. */
let reportedTouched = false;
/** False until the user picks a class: until then a tier whose rules name incidents is asked about incidents. */
let classTouched = false;

// ---------------------------------------------------------------- profiles

/** The preset document (windows, priorities, tiers' rules), asked once per profile. */
function profileDoc(id) {
  if (!docs.has(id)) docs.set(id, profileInLang(sla.profile(id)));
  return docs.get(id);
}

const hasRules = (tier) => (tier.response ?? []).length > 0;

/**
 * The profile's options that bear on deadlines, as the core lists them (it
 * leaves out budget-only ones such as monthBasis). Asked once per profile
 * with a fixed, valid report, so the selects exist even while the user's own
 * input is invalid.
 */
function deadlineOptions(id) {
  if (!optionLists.has(id)) {
    let options = [];
    try {
      options = sla.deadline({ profile: id, tier: profileDoc(id).tiers[0].id, reported: '2026-01-05T12:00' }).options;
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
    }
    optionLists.set(id, options);
  }
  return optionLists.get(id);
}

function currentTier() {
  return profileDoc($('profile').value).tiers.find((t) => t.id === $('tier').value);
}

// ---------------------------------------------------------------- filling the selects

/** Replaces a select's options, keeping the chosen value when it is still offered. */
function fillSelect(select, items, fallback = items[0]?.value) {
  const previous = select.value;
  select.replaceChildren(...items.map(({ value, text }) => el('option', { value, text })));
  select.value = items.some((i) => i.value === previous) ? previous : fallback;
}

function fillProfiles() {
  fillProfileSelect($('profile'), presets, profileDoc, hasRules, t('deadline.noResponseTimes'));
}

function fillTiers(doc, selected) {
  fillTierSelect($('tier'), doc, selected, hasRules, t('deadline.noResponseTimes'));
}

/** Impact × urgency where the profile has a matrix, else an optional priority level, else nothing. */
function fillPriority(doc) {
  const p = doc.priorities;
  const matrix = p?.matrix;
  $('matrix-field').hidden = !matrix;
  $('priority-field').hidden = !p || Boolean(matrix);
  const any = { value: '', text: t('deadline.any') };
  if (matrix) {
    // The contract's matrix has urgency rows and impact columns (core/deadline_json.cpp).
    $('impact-label').textContent = matrix.columns.label;
    $('urgency-label').textContent = matrix.rows.label;
    fillSelect($('impact'), [any, ...matrix.columns.ids.map((id) => ({ value: id, text: id.toUpperCase() }))], '');
    fillSelect($('urgency'), [any, ...matrix.rows.ids.map((id) => ({ value: id, text: id.toUpperCase() }))], '');
  } else if (p) {
    fillSelect($('priority'), [any, ...p.levels.map((l) => ({ value: l.id, text: l.label }))], '');
  }
}

/**
 * Class only when the tier's rules name classes; measures as the rules name them. Without a class
 * the core answers with the rules for any class where the tier has them (Flying Circus: critical
 * incidents; "request" is §9.1), else with every class's rules.
 */
function fillClassAndMeasure(tier) {
  const rules = tier.response ?? [];
  const classes = [...new Set(rules.map((r) => r.class).filter((c) => c && c !== 'any'))];
  const anyClass = rules.some((r) => (r.class ?? 'any') === 'any');
  $('class-field').hidden = classes.length === 0;
  const fallback = classes.includes('incident') ? 'incident' : '';
  fillSelect($('class'), [{ value: '', text: t(anyClass ? 'deadline.classNotGiven' : 'deadline.allClasses') },
    ...classes.map((c) => ({ value: c, text: CLASSES[c] ? t(CLASSES[c]) : c }))], fallback);
  if (!classTouched) $('class').value = fallback;
  const measures = Object.keys(MEASURES).filter((m) => rules.some((r) => r.measure === m));
  fillSelect($('measure'), [{ value: '', text: t('deadline.allMeasures') },
    ...measures.map((m) => ({ value: m, text: t(MEASURES[m]) }))], '');
}

/**
 * One select per option, the default marked, the contract's clause and note beside it: each
 * choice by its label in the page's language (the core's choiceLabels), its id only the value.
 */
function fillOptions(profileId) {
  $('options').replaceChildren(...deadlineOptions(profileId).map((o) => {
    const id = `opt-${o.id}`;
    const select = el('select', { id, name: 'option', 'data-option': o.id, 'aria-describedby': `${id}-hint`,
      'data-testid': id }, o.choices.map((c, i) => el('option', {
      value: c, text: c === o.default ? t('deadline.optionDefault', { choice: o.choiceLabels[i] }) : o.choiceLabels[i],
      selected: c === o.choice,
    })));
    return el('div', { class: 'field option-field' }, [
      el('label', { htmlFor: id, text: o.label }),
      select,
      el('p', { class: 'hint', id: `${id}-hint`, 'data-note': [o.clause, o.note].filter(Boolean).join(': ') }),
      el('p', { class: 'error', id: `${id}-error`, 'aria-live': 'polite', hidden: true }),
    ]);
  }));
}

/** Everything that depends on the profile (and, below, on the tier). */
function profileChanged(tier = $('tier').value) {
  const doc = profileDoc($('profile').value);
  fillTiers(doc, tier);
  fillPriority(doc);
  fillOptions(doc.id);
  $('reported-zone').textContent = t('deadline.zoneTime', { zone: doc.timeZone });
  if (!reportedTouched) $('reported').value = nowIn(doc.timeZone);
  tierChanged();
}

function tierChanged() {
  fillClassAndMeasure(currentTier());
  markOptionUse(currentTier());
}

/**
 * Whether `rule` depends on option `id`: it names it in its `when`, or it is a
 * rule with `reportedIn`, which splitReaction reads (docs/profile-format.md).
 */
const dependsOn = (rule, id) => (rule.when ? Object.hasOwn(rule.when, id) : false) ||
  (id === 'splitReaction' && Boolean(rule.reportedIn));

/** A reading no rule of the tier depends on is marked unused and says so, before its note. */
function markOptionUse(tier) {
  for (const select of $('options').querySelectorAll('select[data-option]')) {
    const used = (tier?.response ?? []).some((r) => dependsOn(r, select.dataset.option));
    select.closest('.field').classList.toggle('unused', !used);
    const hint = $(`${select.id}-hint`);
    hint.textContent = [used ? '' : t('deadline.optionUnused'), hint.dataset.note].filter(Boolean).join(' ');
  }
}

// ---------------------------------------------------------------- zones and times

/** Now as a datetime-local value ("2026-03-27T15:30") in `zone`. */
function nowIn(zone, now = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The browser's zone as the default "my time zone" — only if the core knows
 * it (otherwise the request would fail); if not, the field stays empty and
 * the hint says why.
 */
function setViewerZone() {
  const list = sla.zones({});
  const known = [...list.zones.map((z) => z.name), ...list.aliases.map((a) => a.name)];
  $('zone-list').replaceChildren(...list.zones.map((z) => el('option', { value: z.name })));
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (browser && known.includes(browser)) {
    $('viewer-zone').value = browser;
  } else {
    $('viewer-zone-hint').textContent = browser ? t('deadline.viewerZoneUnknown', { zone: browser })
      : t('deadline.viewerZoneNone');
  }
}

const dateOf = (iso) => iso.slice(0, 10);
/** Hours since local midnight of a local ISO time "2026-03-27T15:30:00+01:00" (wall clock). */
const hoursOf = (iso) => Number(iso.slice(11, 13)) + Number(iso.slice(14, 16)) / 60 + Number(iso.slice(17, 19)) / 3600;
/**
 * Dates and clock times the page writes itself, with Intl for the language,
 * in the forms the core's own texts use: "Fri 27 Mar 2026" (English keeps the
 * core's day-month order), de "Fr. 27.03.2026", nl "vr 27-03-2026", da
 * "fre. 27.03.2026"; clock times on 24 hours ("15:30", da "15.30"). Every
 * value is a wall-clock reading, so Intl formats it as UTC.
 */
const locale = lang === 'en' ? 'en-GB' : lang;
const dayFields = lang === 'en' ? { day: 'numeric', month: 'short' } : { day: '2-digit', month: '2-digit' };
const dayFormats = [false, true].map((long) => new Intl.DateTimeFormat(locale,
  { weekday: 'short', ...dayFields, ...(long ? { year: 'numeric' } : {}), timeZone: 'UTC' }));
const clockFormats = [false, true].map((seconds) => new Intl.DateTimeFormat(locale,
  { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23', timeZone: 'UTC' }));

/** A wall-clock time in seconds since midnight, as the language writes it; 86400 is "24:00" (a day's end). */
function clockOf(seconds) {
  const parts = clockFormats[seconds % 60 ? 1 : 0].formatToParts(Date.UTC(1970, 0, 1, 0, 0, seconds));
  return parts.map((p) => (p.type === 'hour' && seconds === 86400 ? '24' : p.value)).join('');
}

/** 15.5 → "15:30" (to the nearest minute). */
const clockText = (hours) => clockOf(Math.round(hours * 60) * 60);
/** 15.5 → "15:30" whatever the language: the timeline's data-from / data-to. */
function hhmm(hours) {
  const minutes = Math.round(hours * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "2026-03-30T08:30:00Z" → "2026-03-30 08:30 UTC", de "30.03.2026 08:30 UTC" */
function utcText(utc) {
  const seconds = Number(utc.slice(11, 13)) * 3600 + Number(utc.slice(14, 16)) * 60 + Number(utc.slice(17, 19));
  return t('deadline.utcTime', { date: date(utc.slice(0, 10)), time: clockOf(seconds) });
}

function weekdayOf(day) {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** "Fri 27 Mar" (and the year with `long`); de "Fr. 27.03." — without the comma Intl puts after the weekday. */
function dayLabel(day, long = false) {
  const parts = dayFormats[long ? 1 : 0].formatToParts(Date.parse(`${day}T00:00:00Z`));
  return parts.map((p, i) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : p.value)).join('');
}

/** Every calendar date from `first` to `last`, both included. */
function dayRange(first, last) {
  const days = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86400000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Intl's units, as the core writes durations: English narrow ("2d 18h 5m"), the others short ("2 Tg. 18 Std. 5 Min."). */
const UNITS = [[86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']].map(([seconds, unit]) => [seconds,
  new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: lang === 'en' ? 'narrow' : 'short' })]);

/** "2d 18h 5m"; `hoursFirst`: "66h 5m", for a window's hours, which do not make calendar days. */
function human(seconds, { hoursFirst = false } = {}) {
  const parts = UNITS.slice(hoursFirst ? 1 : 0).map(([unit, format]) => {
    const n = Math.floor(seconds / unit);
    seconds -= n * unit;
    return n ? format.format(n) : '';
  }).filter(Boolean);
  return parts.join(' ') || UNITS[2][1].format(0);
}

/**
 * Weekdays (0 = Sunday) on which a profile window has open hours, so the
 * timeline can mark the others (weekends, for working-day windows) as closed.
 * A range running past midnight ("20:00-04:00+1") opens the next day too.
 */
function openWeekdays(window) {
  if (!window) return new Set([0, 1, 2, 3, 4, 5, 6]); // "always"
  const index = (key) => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(key);
  const open = new Set();
  for (const [key, ranges] of Object.entries(window.weekly)) {
    const [from, to = from] = key.split('-').map(index);
    for (let d = from; ; d = (d + 1) % 7) {
      if (ranges.length) open.add(d);
      if (ranges.some((r) => r.endsWith('+1'))) open.add((d + 1) % 7);
      if (d === to) break;
    }
  }
  return open;
}

// ---------------------------------------------------------------- the request

function readRequest() {
  const errors = {};
  const request = { profile: $('profile').value, tier: $('tier').value };
  // A half-typed datetime-local reads as "": the browser keeps the text, we say what is missing.
  const reported = $('reported').value;
  if (reported) request.reported = reported;
  else errors.reported = t('deadline.errorReported');
  for (const id of ['impact', 'urgency', 'priority', 'class', 'measure']) {
    const select = $(id);
    if (!select.closest('[hidden]') && select.value) request[id] = select.value;
  }
  const viewer = $('viewer-zone').value.trim();
  if (viewer) request.viewerZone = viewer;
  const options = {};
  for (const o of deadlineOptions(request.profile)) {
    // Only choices that differ from the default are sent: the core's explanation then says "(chosen)".
    const value = $(`opt-${o.id}`)?.value;
    if (value && value !== o.default) options[o.id] = value;
  }
  if (Object.keys(options).length) request.options = options;
  if ($('working-days').value !== 'same-time') request.workingDayRule = $('working-days').value;
  const closed = closedDaysOf($('closed-days').value);
  if (closed.length) request.closedDays = closed;
  return { request, errors };
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  if (path === '/closedDays' || path.startsWith('/closedDays/')) return 'closed-days';
  const option = /^\/options\/(.+)$/.exec(path);
  if (option) return $(`opt-${option[1]}`) ? `opt-${option[1]}` : null;
  return FIELD_OF_PATH[path] ?? null;
}

function fieldIds() {
  return [...Object.values(FIELD_OF_PATH), 'closed-days', ...[...$('options').querySelectorAll('select')].map((s) => s.id)];
}

// ---------------------------------------------------------------- timeline

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Geometry in SVG user units; the SVG scales to its box (at least 36rem wide, scrolling on phones). The day sums
 * get room for the longer units of German ("23 Std. 59 Min."). */
const TL = { width: 720, barX: 96, barW: 504, sumX: 716, axisH: 22, rowH: 30, barH: 18 };
const xOf = (hours) => TL.barX + (hours / 24) * TL.barW;

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** What one day of the timeline shows: counted spans (wall-clock hours), closed name, marks, and a sentence for it. */
function dayInfo(date, d, result, closedNames, openDays) {
  const segments = d.segments.filter((s) => s.day === date);
  // The core splits segments at midnight; one ending at the next day's 00:00 ends at 24:00 here.
  const spans = segments.map((s) => [hoursOf(s.begin), dateOf(s.end) === date ? hoursOf(s.end) : 24]);
  const seconds = segments.reduce((sum, s) => sum + s.seconds, 0);
  const weekday = weekdayOf(date);
  let closed = closedNames.get(date) ?? null;
  if (!closed && !openDays.has(weekday)) {
    closed = t(weekday === 0 || weekday === 6 ? 'deadline.closedWeekend' : 'deadline.closedWindow');
  }
  const report = dateOf(result.reported.local) === date ? hoursOf(result.reported.local) : null;
  const due = dateOf(d.due.local) === date ? hoursOf(d.due.local) : null;
  const parts = [];
  if (closed) parts.push(t('deadline.day.closed', { reason: closed }));
  if (report !== null) parts.push(t('deadline.day.reported', { time: clockText(report) }));
  parts.push(spans.length ? t('deadline.day.counted', {
    spans: spans.map(([a, b]) => `${clockText(a)}–${clockText(b)}`).join(', '), duration: human(seconds),
  }) : t('deadline.day.nothing'));
  if (due !== null) parts.push(t('deadline.day.due', { time: clockText(due) }));
  return { date, spans, seconds, closed, report, due, text: t('deadline.day.text', { day: dayLabel(date, true),
    parts: parts.join('; ') }) };
}

function dayRow(info, y, hatchId) {
  const top = y + (TL.rowH - TL.barH) / 2;
  const mid = y + TL.rowH / 2;
  const mark = (hours, kind) => {
    const x = xOf(hours);
    // Reported: a triangle pointing down; due: a diamond — told apart by shape, not only colour.
    const shape = kind === 'report' ? `M${x - 5},${top - 5} h10 l-5,6 z` : `M${x},${top - 6} l5,5 l-5,5 l-5,-5 z`;
    return svg('g', { class: `mark mark-${kind}` }, [
      svg('line', { x1: x, x2: x, y1: top - 2, y2: top + TL.barH + 2 }),
      svg('path', { d: shape }),
    ]);
  };
  return svg('g', {
    class: `day${info.closed ? ' is-closed' : ''}`, 'data-day': info.date, 'data-counted': info.seconds,
    'data-closed': info.closed ?? undefined,
  }, [
    svg('title', {}, [info.text]),
    svg('text', { class: 'day-label', x: 0, y: mid, 'dominant-baseline': 'central' }, [dayLabel(info.date)]),
    svg('rect', { class: 'bar-bg', x: TL.barX, y: top, width: TL.barW, height: TL.barH }),
    info.closed ? svg('rect', { class: 'closed', x: TL.barX, y: top, width: TL.barW, height: TL.barH, fill: `url(#${hatchId})` }) : null,
    ...[6, 12, 18].map((h) => svg('line', { class: 'grid', x1: xOf(h), x2: xOf(h), y1: top, y2: top + TL.barH })),
    ...info.spans.map(([a, b]) => svg('rect', {
      class: 'segment', x: xOf(a), y: top, width: xOf(b) - xOf(a), height: TL.barH,
      'data-from': hhmm(a), 'data-to': hhmm(b),
    })),
    // At the bar's start, so it is in view before a phone user scrolls the timeline sideways.
    info.closed ? svg('text', { class: 'closed-label', x: xOf(0) + 8, y: mid, 'dominant-baseline': 'central' }, [info.closed])
      : null,
    info.report !== null ? mark(info.report, 'report') : null,
    info.due !== null ? mark(info.due, 'due') : null,
    svg('text', { class: 'day-sum', x: TL.sumX, y: mid, 'dominant-baseline': 'central', 'text-anchor': 'end' },
      [info.seconds ? human(info.seconds) : info.closed ? t('deadline.sumClosed') : '—']),
  ]);
}

function axis() {
  return svg('g', { class: 'axis', 'aria-hidden': 'true' }, [0, 6, 12, 18, 24].map((h) => svg('text', {
    x: xOf(h), y: TL.axisH - 8, 'text-anchor': h === 0 ? 'start' : h === 24 ? 'end' : 'middle',
  }, [clockOf(h * 3600)])));
}

/**
 * Why days of the timeline are closed, by date. The core names the closed
 * days between the clock start and the due time (d.closedDays); a report made
 * on a holiday lies before the clock start, so for a window that closes on
 * holidays the calendar's holidays and the user's closed days fill in the rest.
 */
function closedNamesOf(d, doc, days, userClosed) {
  const names = new Map();
  if (doc.windows?.[d.window]?.holidaysClosed) {
    for (const day of userClosed) names.set(day, t('deadline.closedCustom'));
    const [from, to] = [days[0], days.at(-1)].map((day) => Number(day.slice(0, 4)));
    for (const h of sla.holidays({ calendar: doc.holidays.calendar, from, to }).holidays) names.set(h.date, h.name);
  }
  for (const c of d.closedDays) names.set(c.date, c.name);
  return names;
}

/** The counted time of one deadline, a row per calendar day from the report day to the due day. */
function timeline(d, result, n, userClosed) {
  const doc = profileDoc(result.profile);
  const days = dayRange(dateOf(result.reported.local), dateOf(d.due.local));
  const closedNames = closedNamesOf(d, doc, days, userClosed);
  const openDays = openWeekdays(doc.windows?.[d.window]);
  const shown = days.length > MAX_ROWS ? [...days.slice(0, MAX_ROWS - 1), null, days.at(-1)] : days;
  const hatchId = `hatch-${n}`;
  const rows = shown.map((date, i) => {
    const y = TL.axisH + i * TL.rowH;
    if (!date) {
      const more = days.length - MAX_ROWS;
      return svg('g', { class: 'gap' }, [svg('text', { x: TL.barX, y: y + TL.rowH / 2, 'dominant-baseline': 'central' },
        [t(more === 1 ? 'deadline.moreDay' : 'deadline.moreDays', { count: more })])]);
    }
    return dayRow(dayInfo(date, d, result, closedNames, openDays), y, hatchId);
  });
  const height = TL.axisH + shown.length * TL.rowH + 4;
  const sentences = rows.map((r) => r.querySelector('title')?.textContent ?? r.textContent);
  const titleId = `timeline-${n}-title`;
  const descId = `timeline-${n}-desc`;
  const picture = svg('svg', {
    class: 'timeline-svg', viewBox: `0 0 ${TL.width} ${height}`, role: 'img',
    'aria-labelledby': titleId, 'aria-describedby': descId, 'data-testid': 'timeline',
  }, [
    svg('title', { id: titleId }, [t('deadline.timelineTitle', { from: dayLabel(days[0], true),
      to: dayLabel(days.at(-1), true), zone: result.zone })]),
    svg('desc', { id: descId }, [sentences.join('. ')]),
    svg('defs', {}, [svg('pattern', {
      id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
    }, [svg('line', { class: 'hatch', x1: 0, y1: 0, x2: 0, y2: 6 })])]),
    axis(),
    ...rows,
  ]);
  return el('figure', { class: 'timeline' }, [
    el('div', { class: 'timeline-scroll', tabIndex: 0, role: 'region',
      'aria-label': t('deadline.timelineLabel', { promise: d.promise }) }, [picture]),
    el('figcaption', { class: 'legend timeline-legend' }, [
      el('span', { class: 'key key-counted', text: t('deadline.legend.counted') }),
      el('span', { class: 'key key-closed', text: t('deadline.legend.closed') }),
      el('span', { class: 'key key-report' }, [el('span', { 'aria-hidden': 'true', text: '▼ ' }), t('deadline.legend.reported')]),
      el('span', { class: 'key key-due' }, [el('span', { 'aria-hidden': 'true', text: '◆ ' }), t('deadline.legend.due')]),
      el('span', { text: t('deadline.legend.hours', { zone: result.zone }) }),
    ]),
  ]);
}

// ---------------------------------------------------------------- results

/**
 * Which of the provider's time, the user's and UTC a result says: each clock once. The user's
 * is left out where it is the provider's zone or UTC, UTC where the provider's zone is UTC (the
 * core answers with a zone's own name: "UTC" for Etc/UTC too).
 */
function clocksOf(result) {
  const viewer = Boolean(result.viewerZone) && result.viewerZone !== result.zone && result.viewerZone !== 'UTC';
  return { viewer, utc: result.zone !== 'UTC' };
}

/** The due time big in the provider's zone, then the user's zone and UTC; the clock start when it differs. */
function dueList(d, result) {
  const row = (term, value, cls) => [el('dt', { text: term }), el('dd', { class: cls, 'data-testid': cls, text: value })];
  const clocks = clocksOf(result);
  const items = [...row(t('deadline.providerTime', { zone: result.zone }), d.due.localText, 'due-local')];
  if (clocks.viewer) items.push(...row(t('deadline.viewerTime', { zone: result.viewerZone }), d.due.viewerText, 'due-viewer'));
  if (clocks.utc) items.push(...row('UTC', utcText(d.due.utc), 'due-utc'));
  if (d.clockStart.utc !== result.reported.utc) {
    items.push(...row(t('deadline.clockStarts'), d.clockStart.localText, 'clock-start'));
  }
  items.push(...row(t('deadline.counted'), t('deadline.countedText', { counted: human(d.countedSeconds, { hoursFirst: true }),
    elapsed: human(d.elapsedSeconds) }), 'elapsed'));
  return el('dl', { class: 'due' }, items);
}

function deadlineItem(d, result, n, userClosed) {
  const best = d.kind === 'bestEffort';
  return el('li', {
    class: 'deadline', 'data-measure': d.measure, 'data-class': d.class, 'data-priority': d.priority, 'data-kind': d.kind,
    'data-testid': 'deadline',
  }, [
    el('h3', { class: 'promise', text: d.promise }),
    d.clause ? el('p', { class: 'clause' }, [el('span', { class: 'visually-hidden', text: `${t('deadline.clauseLabel')} ` }), d.clause])
      : null,
    best ? el('p', { class: 'best-effort', 'data-testid': 'best-effort', text: t('deadline.bestEffort') })
      : dueList(d, result),
    d.note ? el('p', { class: 'rule-note', text: d.note }) : null,
    best ? null : timeline(d, result, n, userClosed),
    el('details', { class: 'explain' }, [
      el('summary', { text: t('explain.summary') }),
      el('ul', {}, d.explain.map((e) => el('li', { 'data-code': e.code, text: e.text }))),
    ]),
  ]);
}

function renderReported(result) {
  const r = result.reported;
  const clocks = clocksOf(result);
  const parts = [t('deadline.reportedLine', { time: r.localText, zone: result.zone })];
  if (clocks.viewer) parts.push(t('deadline.reportedViewer', { time: r.viewerText }));
  if (clocks.utc) parts.push(utcText(r.utc));
  $('reported-line').textContent = parts.join(' · ');
}

function renderPriority(result) {
  const p = result.priority;
  $('priority-result').textContent = !p ? t('deadline.anyPriority')
    : t(p.clause ? 'deadline.priorityClause' : 'deadline.priority', { label: p.label, clause: p.clause });
}

/** The working-days reading only matters to rules counted in working days; say so when none is shown. */
function markWorkingDaysUse(result) {
  const used = result.deadlines.some((d) => d.kind === 'workingDays');
  const field = $('working-days').closest('.field');
  field.classList.toggle('unused', !used);
  $('working-days-hint').textContent = t(used ? 'deadline.workingDaysHint' : 'deadline.workingDaysUnused');
}

/** `userClosed`: the closed days the result was computed with. */
function render(result, userClosed) {
  renderReported(result);
  renderPriority(result);
  markWorkingDaysUse(result);
  $('deadline-list').replaceChildren(...result.deadlines.map((d, n) => deadlineItem(d, result, n, userClosed)));
  const notes = result.explain.filter((e) => e.code !== 'no-rule');
  $('notes-list').replaceChildren(...notes.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  $('notes').hidden = notes.length === 0;
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('deadline-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    if (e.target.id === 'profile') profileChanged();
    else if (e.target.id === 'tier') tierChanged();
    else if (e.target.id === 'reported') reportedTouched = true;
    else if (e.target.id === 'class') classTouched = true;
    page.compute();
  });
  // A provider's yearly days for the report's year and the next, which a deadline can run into.
  const reportYear = () => Number($('reported').value.slice(0, 4)) || new Date().getFullYear();
  wireClosedDays({ years: () => [reportYear(), reportYear() + 1], changed: () => page.compute(),
    calendar: () => ({ calendar: profileDoc($('profile').value).holidays?.calendar ?? 'none', year: reportYear() }) });
  $('reported-now').addEventListener('click', () => {
    $('reported').value = nowIn(profileDoc($('profile').value).timeZone);
    reportedTouched = false;
    page.compute();
  });
}

const page = runPage({
  view: 'deadline',
  setup(core) {
    ({ sla, presets } = core);
    // On a phone the due times come sooner; the contract's readings stay one tap away.
    if (window.matchMedia('(max-width: 40rem)').matches) $('readings').open = false;
    fillProfiles();
    $('profile').value = defaultPresetId(presets, profileDoc, hasRules, DEFAULT.profile);
    profileChanged(DEFAULT.tier); // fillTiers falls back to the first tier with rules
    setViewerZone();
    wire();
    // A link's contract and tier are presets' (the selects offer no others).
    shareCheck({ fieldChars: { 'closed-days': LINK_LIMITS.closedDaysChars },
      check: ({ fields }) => expectProfile(fields, presets) });
  },
  read: readRequest,
  call: (core, request) => core.deadline(request),
  fieldOfPath,
  fields: fieldIds,
  render: (result, request) => render(result, request.closedDays ?? []),
  // With an answer, the status line says when no rule applies.
  status: (result, stale) => (result
    ? (result.deadlines.length ? '' : result.explain.find((e) => e.code === 'no-rule')?.text ?? t('deadline.noRule'))
    : [t(stale ? 'deadline.stale' : 'deadline.empty'), 'failed']),
});
