// slacalc term page: when can I leave? Reads the contract, the start of the
// minimum term, the day to look from and some what-ifs (a permanent or a
// temporary upgrade, a recommitment, a termination for cause), asks the wasm
// core (term) and shows the notice deadline and the earliest end first, then
// the terms as a table and as an SVG timeline, the other deadlines, the
// damages, the core's explanation and an .ics file of the deadlines to
// download. No framework, no inline code (CSP); nothing leaves the browser.
//
// The cycle of reading, calling and showing errors is page.js's; the core's
// error paths here are e.g. "/start", "/changes/0/to",
// "/terminationForCause/monthlyFee". While something is invalid the last
// answer's calendar cannot be downloaded.
//
// Contracts and tiers without a term rule are listed, marked "(no term rule)";
// the core's no_term answer is shown next to the tier select.

import { runPage } from './page.js';
import { $, download, el } from './dom.js';
import { parseMoney } from './money.js';
import { defaultPresetId, fillProfileSelect, fillTierSelect, tierChoices } from './selects.js';
import { expectProfile, shareCheck } from './share.js';
import { date, lang, money, number, profileInLang, t } from './i18n.js';
import { typedText } from './locale-input.js';

/** Shown first; otherwise the first profile with a term rule. */
const DEFAULT = { profile: 'flying-circus', tier: 'managed-4' };
/**
 * Month and weekday names: English keeps the page's own short forms ("30 Oct 2027"), the other languages
 * take their locale's from Intl ("Okt", "Sa").
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const intlNames = (options, count, dayOf) => {
  const format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(new Date(dayOf(i))));
};
const MONTHS = lang === 'en' ? EN_MONTHS : intlNames({ month: 'short' }, 12, (i) => Date.UTC(2026, i, 15));
const WEEKDAYS = lang === 'en' ? EN_WEEKDAYS : intlNames({ weekday: 'short' }, 7, (i) => Date.UTC(2026, 1, 1 + i));
/** The conventions' defaults (TermRequest): only other choices are sent. */
const CONVENTIONS = {
  'term-end': ['termEnd', 'day-before-same-date'],
  'notice-deadline': ['noticeDeadline', 'whole-months-before-expiry'],
  'remaining-fees': ['remainingFees', 'days-at-1/30'],
  'after-end': ['afterEnd', 'end-as-event'],
};
/** Controls a core error path can point at: path → element id (changes: fieldOfPath). */
const FIELD_OF_PATH = {
  '/profile': 'profile', '/tier': 'tier', '/start': 'start', '/asOf': 'as-of', '/invoiceDate': 'invoice-date',
  '/terminationForCause': 'cause-date', '/terminationForCause/date': 'cause-date',
  '/terminationForCause/monthlyFee': 'cause-fee',
  ...Object.fromEntries(Object.entries(CONVENTIONS).map(([id, [name]]) => [`/${name}`, id])),
};
/** The what-ifs that are changes: their request kind and the control of each field. */
const CHANGES = {
  upgrade: { kind: 'upgrade', fields: { tier: 'upgrade-tier', from: 'upgrade-from' } },
  recommit: { kind: 'recommit', fields: { from: 'recommit-from' } },
  temp: { kind: 'temporary-upgrade', fields: { tier: 'temp-tier', from: 'temp-from', to: 'temp-to' } },
};
const CHANGE_FIELDS = Object.values(CHANGES).flatMap((c) => Object.values(c.fields));
/** A term's kind and status: in the table, in the timeline's names (lower case mid-sentence), on its bars. */
const KIND_TEXT = {
  minimum: () => t('term.kind.minimum'), renewal: () => t('term.kind.renewal'),
  'renewed-by-change': () => t('term.kind.renewedByChange'),
};
const KIND_IN_TEXT = {
  minimum: () => t('term.tl.kind.minimum'), renewal: () => t('term.tl.kind.renewal'),
  'renewed-by-change': () => t('term.tl.kind.renewedByChange'),
};
const KIND_SHORT = {
  minimum: () => t('term.tl.short.minimum'), renewal: () => t('term.tl.short.renewal'),
  'renewed-by-change': () => t('term.tl.short.renewedByChange'),
};
const STATUS_TEXT = { past: () => t('term.termStatus.past'), current: () => t('term.termStatus.current'),
  future: () => t('term.termStatus.future') };
const STATUS_IN_TEXT = { past: () => t('term.tl.status.past'), current: () => t('term.tl.status.current'),
  future: () => t('term.tl.status.future') };
const textOf = (table, key) => table[key]?.() ?? key;

let sla = null;
/** ProfileSummary[] of the built-in presets. */
let presets = [];
const docs = new Map();
/** The what-ifs sent last, by request index: "/changes/1/to" names the second one sent. */
let sentChanges = [];
/** The last good result (kept, dimmed, while the inputs are invalid; redrawn when the timeline's width changes). */
let lastResult = null;
/** False until the user sets the start: until then the hint says the date is an example. */
let startTouched = false;
/** The upgrade tier selects the user picked: they no longer follow the tier. */
const tierTouched = new Set();

// ---------------------------------------------------------------- dates

/** "2026-01-31" → days since 1970-01-01 (UTC, so no clock change gets in the way). */
const dayNumber = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 864e5;

function isoOf(day) {
  const d = new Date(day * 864e5);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * "30 Oct 2027", or with the weekday "Sat 30 Oct 2027"; in the other languages as they write dates
 * (date(): 30.10.2027, 30-10-2027), the weekday their short name ("Sa 30.10.2027").
 */
function dateText(iso, weekday = false) {
  const d = new Date(dayNumber(iso) * 864e5);
  const text = lang === 'en' ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : date(iso);
  return weekday ? t('term.dateWeekday', { weekday: WEEKDAYS[d.getUTCDay()], date: text }) : text;
}

/**
 * A span of the profile or the core ("12 months", "1 day", "6 weeks") in the page's language; any other text
 * as it is (a span the core has already written in the language).
 */
const SPAN_KEYS = {
  day: ['term.span.day.one', 'term.span.day.many'],
  week: ['term.span.week.one', 'term.span.week.many'],
  month: ['term.span.month.one', 'term.span.month.many'],
  year: ['term.span.year.one', 'term.span.year.many'],
};
function spanText(span) {
  const m = /^(\d+) (day|week|month|year)s?$/.exec(String(span ?? '').trim());
  if (!m) return span;
  const n = Number(m[1]);
  return t(SPAN_KEYS[m[2]][n === 1 ? 0 : 1], { n });
}

/** Money of the core's answer: its own text in English ("1,333.33 EUR"), else as the language writes it. */
function moneyText(value, doc) {
  if (lang === 'en') return value.text;
  return money(value.minor, doc.currency, summaryOf(doc.id)?.currencyDecimals ?? 2);
}

/** Today in the browser's own zone, as a date input holds it. */
function today(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The first day of the month a year before `iso`: an example start that has run for a while. */
const yearBefore = (iso) => `${Number(iso.slice(0, 4)) - 1}-${iso.slice(5, 7)}-01`;

// ---------------------------------------------------------------- profiles

function profileDoc(id) {
  if (!docs.has(id)) docs.set(id, profileInLang(sla.profile(id)));
  return docs.get(id);
}

const hasTerm = (tier) => Boolean(tier.term);
const summaryOf = (id) => presets.find((p) => p.id === id);

function currentTier() {
  return profileDoc($('profile').value).tiers.find((t) => t.id === $('tier').value);
}

function fillProfiles() {
  fillProfileSelect($('profile'), presets, profileDoc, hasTerm, t('term.noTermRule'));
}

function fillTiers(doc, selected) {
  fillTierSelect($('tier'), doc, selected, hasTerm, t('term.noTermRule'));
}

/** The upgrade selects offer the tiers with a term; each keeps its choice while offered. */
function fillUpgradeTiers(doc) {
  const termTiers = doc.tiers.filter(hasTerm);
  for (const id of ['upgrade-tier', 'temp-tier']) {
    const select = $(id);
    const previous = select.value;
    select.replaceChildren(...tierChoices(termTiers, (t) => el('option', { value: t.id, text: t.name })));
    if (termTiers.some((t) => t.id === previous)) select.value = previous;
    else tierTouched.delete(id);
  }
}

/** Until the user picks one, the upgrade selects show the tier after the chosen one. */
function followTier(doc, tier) {
  const termTiers = doc.tiers.filter(hasTerm);
  const at = termTiers.findIndex((t) => t.id === tier.id);
  const next = termTiers[Math.min(at + 1, termTiers.length - 1)] ?? termTiers[0];
  for (const id of ['upgrade-tier', 'temp-tier']) if (next && !tierTouched.has(id)) $(id).value = next.id;
}

/** The tier's term in a sentence, from the profile; the start's label names the contract's event. */
function showTermRule(tier) {
  const term = tier.term;
  const rule = $('term-rule');
  if (!term) {
    rule.textContent = t('term.rule.none');
  } else {
    const spans = { minimum: spanText(term.minimum), renewal: spanText(term.renewal), notice: spanText(term.notice) };
    let text = t('term.rule.noRenewal', spans);
    if (term.renewal) text = t(term.notice ? 'term.rule.renewsNotice' : 'term.rule.renews', spans);
    rule.textContent = `${text}${term.clause ? ` (${term.clause})` : ''}.`;
  }
  // startsAt is the profile's own words (the event that starts the term), shown as written.
  $('start-label').textContent = term?.startsAt ? capitalise(term.startsAt) : t('term.startLabel');
  $('start-hint').textContent = [term?.startsAt ? t('term.startHintEvent', { event: term.startsAt }) : t('term.startHint'),
    startTouched ? null : t('term.startHintExample')].filter(Boolean).join(' ');
}

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function showCurrency(doc) {
  const digits = summaryOf(doc.id)?.currencyDecimals ?? 2;
  $('cause-currency').textContent = doc.currency;
  $('cause-fee-hint').textContent = t(digits === 0 ? 'term.causeFeeHintWhole' : 'term.causeFeeHint', { currency: doc.currency });
}

function profileChanged(tier = $('tier').value) {
  const doc = profileDoc($('profile').value);
  fillTiers(doc, tier);
  fillUpgradeTiers(doc);
  showCurrency(doc);
  tierChanged();
}

function tierChanged() {
  const tier = currentTier();
  showTermRule(tier);
  followTier(profileDoc($('profile').value), tier);
}

/** A what-if's fields show while it is ticked; an empty "from" starts as the as-of day. */
function toggleWhatIf(box) {
  const fields = $(box.dataset.toggle);
  fields.hidden = !box.checked;
  if (!box.checked) return;
  for (const input of fields.querySelectorAll('input[data-locale-input="date"]')) {
    if (/-(from|date)$/.test(input.id) && !typedText(input).trim()) input.value = $('as-of').value;
  }
}

// ---------------------------------------------------------------- reading the form

/** A date input's value, or an error in `errors` when it is required and empty or half typed. */
function readDate(id, errors, missing) {
  const input = $(id);
  if (input.validity.badInput) errors[id] = t('term.error.badDate');
  else if (!input.value && missing) errors[id] = missing;
  return input.value || null;
}

function readRequest() {
  const errors = {};
  const doc = profileDoc($('profile').value);
  const request = { profile: doc.id, tier: $('tier').value };
  const startsAt = currentTier().term?.startsAt;
  const start = readDate('start', errors, startsAt ? t('term.error.startEvent', { event: startsAt }) : t('term.error.start'));
  const asOf = readDate('as-of', errors, t('term.error.asOf'));
  if (start) request.start = start;
  if (asOf) request.asOf = asOf;
  const invoice = readDate('invoice-date', errors, null);
  if (invoice) request.invoiceDate = invoice;

  const changes = [];
  sentChanges = [];
  if ($('upgrade-on').checked) {
    changes.push({ kind: 'upgrade', tier: $('upgrade-tier').value,
      from: readDate('upgrade-from', errors, t('term.error.upgradeFrom')) });
    sentChanges.push('upgrade');
  }
  if ($('recommit-on').checked) {
    changes.push({ kind: 'recommit', from: readDate('recommit-from', errors, t('term.error.recommitFrom')) });
    sentChanges.push('recommit');
  }
  if ($('temp-on').checked) {
    changes.push({ kind: 'temporary-upgrade', tier: $('temp-tier').value,
      from: readDate('temp-from', errors, t('term.error.tempFrom')),
      to: readDate('temp-to', errors, t('term.error.tempTo')) });
    sentChanges.push('temp');
  }
  if (changes.length) request.changes = changes;

  if ($('cause-on').checked) {
    const day = readDate('cause-date', errors, t('term.error.causeDate'));
    const text = $('cause-fee').value.trim();
    let fee = null;
    if (!text) {
      errors['cause-fee'] = t('term.error.causeFee');
    } else {
      const summary = summaryOf(doc.id);
      const typed = parseMoney(text, doc.currency, summary?.currencyDecimals ?? 2, 'a fee');
      if (typed.minor < 0) typed.error = t('term.error.feeNegative');
      if (typed.error) errors['cause-fee'] = typed.error;
      else fee = typed.minor;
    }
    request.terminationForCause = { date: day, monthlyFee: fee };
  }

  for (const [id, [name, fallback]] of Object.entries(CONVENTIONS)) {
    if ($(id).value !== fallback) request[name] = $(id).value;
  }
  return { request, errors };
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  const change = /^\/changes\/(\d+)(?:\/(\w+))?/.exec(path);
  if (change) {
    const which = CHANGES[sentChanges[Number(change[1])]];
    if (!which) return null;
    return which.fields[change[2]] ?? which.fields.from;
  }
  return FIELD_OF_PATH[path] ?? null;
}

const fieldIds = () => [...new Set([...Object.values(FIELD_OF_PATH), ...CHANGE_FIELDS])];

// ---------------------------------------------------------------- the answer in words

function leaveText(r) {
  const end = dateText(r.earliestEnd);
  if (r.noticeBy) return t('term.leave.notice', { noticeBy: dateText(r.noticeBy), end });
  if (r.openEnded) return t('term.leave.openEnded', { end });
  return t('term.leave.noNotice', { end });
}

function leaveSubText(r) {
  const parts = [];
  if (r.noticeBy) {
    const days = dayNumber(r.noticeBy) - dayNumber(r.asOf);
    const key = days === 0 ? 'term.leaveSub.today' : days === 1 ? 'term.leaveSub.tomorrow' : 'term.leaveSub.days';
    parts.push(t(key, { date: dateText(r.noticeBy, true), days, asOf: dateText(r.asOf) }));
  }
  const current = r.current === null ? null : r.terms[r.current];
  if (current?.noticeBy && current.noticeBy < r.asOf && current.last !== r.earliestEnd) {
    parts.push(t('term.leaveSub.tooLate', { last: dateText(current.last), noticeBy: dateText(current.noticeBy) }));
  }
  return parts.join(' ');
}

function facts(r) {
  const row = (term, value, cls) => [el('dt', { text: term }), el('dd', { class: cls, 'data-testid': cls, text: value })];
  const current = r.current === null ? null : r.terms[r.current];
  return [
    ...row(t('term.fact.noticeBy'), r.noticeBy ? dateText(r.noticeBy, true) : t('term.fact.noNotice'), 'notice-by'),
    ...row(t('term.fact.earliestEnd'), dateText(r.earliestEnd, true), 'earliest-end'),
    ...row(t('term.fact.renewals'), String(r.renewals), 'renewals'),
    ...row(t('term.fact.currentTerm'), current ? t('term.fact.currentValue',
      { first: dateText(current.first), last: dateText(current.last), tier: current.tierName })
      : t('term.fact.noneRunning'), 'current-term'),
  ];
}

function changeLabel(c, doc) {
  const tierName = (id) => doc.tiers.find((tier) => tier.id === id)?.name ?? id;
  if (c.kind === 'upgrade') return t('term.change.upgrade', { tier: tierName(c.tier), from: dateText(c.from) });
  if (c.kind === 'recommit') return t('term.change.recommit', { from: dateText(c.from) });
  if (c.kind === 'temporary-upgrade') {
    return t('term.change.temporary', { tier: tierName(c.tier), from: dateText(c.from), to: dateText(c.to) });
  }
  return t('term.change.other', { kind: c.kind, from: dateText(c.from) });
}

/** A term's kind, with its tier when that is not the contract's, and whether a change cut it short. */
function kindWords(term, r, table) {
  return [textOf(table, term.kind), term.tier !== r.tier ? term.tierName : null,
    term.cutShort ? t('term.cutShort') : null].filter(Boolean).join(', ');
}

function termRow(term, i, r) {
  let notice = term.noticeBy ? dateText(term.noticeBy, true) : '—';
  if (!term.noticeBy) notice = t(term.cutShort ? 'term.notice.cutShort' : 'term.notice.noRenewal');
  return el('tr', {
    class: term.status === 'current' ? 'current' : '', 'data-testid': 'term-row', 'data-first': term.first,
    'data-last': term.last, 'data-notice': term.noticeBy ?? '', 'data-status': term.status, 'data-kind': term.kind,
  }, [
    el('th', { scope: 'row', text: String(i + 1) }),
    el('td', { class: 'first', text: dateText(term.first) }),
    el('td', { class: 'last', text: dateText(term.last) }),
    el('td', { class: 'notice', text: notice }),
    el('td', { class: 'status-cell', text: textOf(STATUS_TEXT, term.status) }),
    el('td', { class: 'kind', text: kindWords(term, r, KIND_TEXT) }),
  ]);
}

function deadlineItem(d) {
  const within = spanText(d.within);
  const rule = t(d.after === 'invoice' ? 'term.deadline.afterInvoice' : 'term.deadline.afterEnd', { within });
  const when = d.date ? dateText(d.date, true) : t('term.deadline.enterInvoice');
  return el('li', { 'data-id': d.id, 'data-date': d.date ?? '', 'data-testid': 'other-deadline' }, [
    el('span', { class: 'deadline-label', text: `${d.label}: ` }),
    el('strong', { class: 'deadline-date', text: when }),
    el('span', { class: 'deadline-rule', text: ` — ${rule}${d.clause ? `, ${d.clause}` : ''}` }),
  ]);
}

function renderDamages(r) {
  const d = r.damages;
  $('damages').hidden = !d;
  if (!d) return;
  const m = d.remainingMonths;
  const months = m.whole ? t(m.whole === 1 ? 'term.left.months.one' : 'term.left.months.many', { n: m.whole }) : '';
  const days = m.days ? t(m.days === 1 ? 'term.left.days.one' : 'term.left.days.many', { n: m.days }) : '';
  let left = months || days || t('term.left.nothing');
  if (months && days) left = t('term.left.both', { months, days });
  const doc = profileDoc(r.profile);
  $('damages-amount').textContent = t('term.damages.amount', { amount: moneyText(d.amount, doc), date: dateText(d.date) });
  const detail = t(d.capped ? 'term.damages.detailCapped' : 'term.damages.detail',
    { percent: number(d.percent), last: dateText(d.termLast), left, cap: d.capMonths });
  $('damages-detail').textContent = `${detail}${d.clause ? ` — ${d.clause}` : ''}. ${t('term.damages.less')}`;
}

function render(r) {
  lastResult = r;
  const doc = profileDoc(r.profile);
  $('leave').textContent = leaveText(r);
  $('leave-sub').textContent = leaveSubText(r);
  $('term-facts').replaceChildren(...facts(r));
  $('change-effects').replaceChildren(...r.changes.map((c) => el('li', { 'data-kind': c.kind },
    [el('strong', { text: `${changeLabel(c, doc)}: ` }), c.effect])));
  $('terms-body').replaceChildren(...r.terms.map((term, i) => termRow(term, i, r)));
  renderDamages(r);
  $('other-deadlines').replaceChildren(...r.deadlines.map(deadlineItem));
  $('other-deadlines-title').hidden = r.deadlines.length === 0;
  $('explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  drawTimeline();
}

// ---------------------------------------------------------------- timeline

const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * Geometry in CSS pixels: the picture is drawn for the width of its box (and
 * again when that changes), so its text stays 12–13 px on a phone and on a
 * wide screen. A day d covers [x(d), x(d + 1)): a term's bar ends where its
 * last day ends, a notice mark sits where the last day for notice ends, the
 * as-of mark in the middle of its day.
 */
const TL = { padX: 10, axisH: 30, rowH: 46, labelY: 15, barY: 22, barH: 16, bottomH: 34, minWidth: 260, maxBars: 12 };

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** A bar or mark: an image of its own, named by its <title> (also the tooltip) and the same words as aria-label. */
function labelled(cls, label, data, children) {
  return svg('g', { class: cls, role: 'img', 'aria-label': label, ...data }, [svg('title', {}, [label]), ...children]);
}

/** Month ticks and labels: years at 1 January, months or quarters between when there is room. */
function axis(x, d0, d1, width, height) {
  const charW = 7.5;
  const pxPerMonth = (x(d1) - x(d0)) / ((d1 - d0) / 30.44);
  const step = [1, 3, 6].find((s) => s * pxPerMonth >= 36) ?? 12;
  const first = new Date(d0 * 864e5);
  const marks = [];
  let labelEnd = -Infinity;
  const label = (text, xi, cls) => {
    if (xi < labelEnd + 4 || xi + 3 + text.length * charW > width) return;
    marks.push(svg('text', { class: cls, x: xi + 3, y: TL.axisH - 12 }, [text]));
    labelEnd = xi + 3 + text.length * charW;
  };
  // The first year is named at the left edge unless 1 January comes close after it.
  const nextJanuary = Date.UTC(first.getUTCFullYear() + 1, 0, 1) / 864e5;
  if (nextJanuary >= d1 || x(nextJanuary) > x(d0) + 48) label(String(first.getUTCFullYear()), x(d0) - 3, 'year-label');
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; ; m++) {
    if (m === 12) { y++; m = 0; }
    const day = Date.UTC(y, m, 1) / 864e5;
    if (day >= d1) break;
    const xi = x(day);
    const isYear = m === 0;
    if (isYear || pxPerMonth >= 5) {
      marks.push(svg('line', { class: isYear ? 'tick year' : 'tick', x1: xi, x2: xi, y1: TL.axisH - (isYear ? 10 : 5),
        y2: isYear ? height - TL.bottomH : TL.axisH }));
    }
    if (isYear) label(String(y), xi, 'year-label');
    else if (m % step === 0) label(MONTHS[m], xi, 'month-label');
  }
  return svg('g', { class: 'axis', 'aria-hidden': 'true' }, marks);
}

/** Text anchored so that it stays inside [0, width]. */
function anchorFor(xi, width) {
  if (xi < width * 0.3) return 'start';
  if (xi > width * 0.7) return 'end';
  return 'middle';
}

/** Term `i` (0-based) on timeline row `row`. */
function termBar(term, i, row, r, x, width) {
  const y = TL.axisH + row * TL.rowH;
  const x0 = x(dayNumber(term.first));
  const x1 = x(dayNumber(term.last) + 1);
  const tier = term.tier !== r.tier ? term.tierName : null;
  const label = t('term.tl.bar', {
    n: i + 1, kind: [textOf(KIND_IN_TEXT, term.kind), tier].filter(Boolean).join(', '),
    first: dateText(term.first), last: dateText(term.last),
    status: [textOf(STATUS_IN_TEXT, term.status), term.cutShort ? t('term.cutShort') : null].filter(Boolean).join(', '),
  });
  const short = `${i + 1} · ${[textOf(KIND_SHORT, term.kind), tier].filter(Boolean).join(', ')}`;
  const textX = x0 > width * 0.6 ? x1 : x0;
  const barTop = y + TL.barY;
  const children = [
    labelled(`term-bar status-${term.status}${term.cutShort ? ' is-cut' : ''}`, label,
      { 'data-index': i, 'data-first': term.first, 'data-last': term.last, 'data-status': term.status }, [
        svg('rect', { class: 'bar', x: x0, y: barTop, width: Math.max(x1 - x0, 2), height: TL.barH, rx: 3 }),
      ]),
    svg('text', { class: 'term-label', x: textX, y: y + TL.labelY, 'text-anchor': textX === x0 ? 'start' : 'end',
      'aria-hidden': 'true' }, [short]),
    labelled('mark mark-end', t('term.tl.ends', { n: i + 1, date: dateText(term.last, true) }), { 'data-date': term.last }, [
      svg('line', { x1, x2: x1, y1: barTop - 4, y2: barTop + TL.barH + 4 }),
    ]),
  ];
  if (term.noticeBy) {
    const xn = x(dayNumber(term.noticeBy) + 1);
    const mid = barTop + TL.barH / 2;
    children.push(labelled('mark mark-notice', t('term.tl.notice', { n: i + 1, date: dateText(term.noticeBy, true) }),
      { 'data-date': term.noticeBy }, [svg('path', { d: `M${xn},${mid - 8} l7,8 l-7,8 l-7,-8 z` })]));
  }
  return svg('g', { class: 'term-row' }, children);
}

/** The terms the timeline draws: all of them, or the last MAX_BARS (the current one is among the last three). */
function shownTerms(r) {
  const from = Math.max(0, r.terms.length - TL.maxBars);
  return { from, terms: r.terms.slice(from) };
}

function timelineSvg(r, width) {
  const doc = profileDoc(r.profile);
  const shown = shownTerms(r);
  const termDays = shown.terms.flatMap((term) => [dayNumber(term.first), dayNumber(term.last) + 1]);
  // Before the first term drawn, a temporary upgrade or the end for cause is left out (the table has it all).
  const inView = (from, to) => shown.from === 0 || to > Math.min(...termDays);
  const temp = r.changes.filter((c) => c.kind === 'temporary-upgrade' && inView(dayNumber(c.from), dayNumber(c.to) + 1));
  const cause = r.damages && inView(dayNumber(r.damages.date), dayNumber(r.damages.date) + 1) ? r.damages.date : null;
  const days = [...termDays, dayNumber(r.asOf), dayNumber(r.asOf) + 1,
    ...(shown.from === 0 ? temp.flatMap((c) => [dayNumber(c.from), dayNumber(c.to) + 1]) : []),
    ...(cause ? [dayNumber(cause), dayNumber(cause) + 1] : [])];
  const d0 = Math.min(...days);
  const d1 = Math.max(...days);
  const x = (day) => TL.padX + ((Math.min(Math.max(day, d0), d1) - d0) / (d1 - d0)) * (width - 2 * TL.padX);
  const height = TL.axisH + shown.terms.length * TL.rowH + TL.bottomH;
  const plotBottom = height - TL.bottomH;

  const shaded = temp.map((c) => {
    const tierName = doc.tiers.find((tier) => tier.id === c.tier)?.name ?? c.tier;
    return labelled('temp-upgrade', t('term.tl.temporary', { tier: tierName, from: dateText(c.from), to: dateText(c.to) }),
      { 'data-from': c.from, 'data-to': c.to }, [
      svg('rect', { x: x(dayNumber(c.from)), y: TL.axisH, width: Math.max(x(dayNumber(c.to) + 1) - x(dayNumber(c.from)), 2),
        height: plotBottom - TL.axisH, fill: 'url(#temp-hatch)' }),
    ]);
  });
  const xa = x(dayNumber(r.asOf) + 0.5);
  const asOfText = t('term.tl.asOfShort', { date: dateText(r.asOf) });
  const asOf = labelled('mark mark-asof', t('term.tl.asOf', { date: dateText(r.asOf, true) }), { 'data-date': r.asOf }, [
    svg('line', { x1: xa, x2: xa, y1: TL.axisH - 4, y2: plotBottom + 6 }),
    svg('path', { d: `M${xa},${plotBottom + 4} l6,8 h-12 z` }),
    svg('text', { x: xa, y: height - 6, 'text-anchor': anchorFor(xa, width) }, [asOfText]),
  ]);
  let causeMark = null;
  if (cause) {
    const xc = x(dayNumber(cause) + 0.5);
    causeMark = labelled('mark mark-cause', t('term.tl.cause', { date: dateText(cause, true) }), { 'data-date': cause }, [
      svg('line', { x1: xc, x2: xc, y1: TL.axisH - 4, y2: plotBottom }),
    ]);
  }
  const sentences = [
    ...shown.terms.map((term, i) => t(term.noticeBy ? 'term.tl.descTermNotice' : 'term.tl.descTerm', {
      n: shown.from + i + 1, first: dateText(term.first), last: dateText(term.last),
      status: textOf(STATUS_IN_TEXT, term.status), noticeBy: term.noticeBy ? dateText(term.noticeBy) : '',
    })),
    ...temp.map((c) => t('term.tl.descTemporary', { from: dateText(c.from), to: dateText(c.to) })),
    cause ? t('term.tl.cause', { date: dateText(cause) }) : null,
    t('term.tl.asOf', { date: dateText(r.asOf) }),
  ].filter(Boolean);
  return svg('svg', {
    class: 'term-timeline-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-labelledby': 'timeline-title', 'aria-describedby': 'timeline-desc', 'data-testid': 'timeline',
  }, [
    svg('title', { id: 'timeline-title' }, [t(shown.from ? 'term.tl.titleLast' : 'term.tl.title', {
      shown: shown.terms.length, total: r.terms.length, from: dateText(isoOf(d0)), to: dateText(isoOf(d1 - 1)) })]),
    svg('desc', { id: 'timeline-desc' }, [sentences.join('. ')]),
    svg('defs', {}, [svg('pattern', {
      id: 'temp-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
    }, [svg('rect', { class: 'hatch-bg', width: 6, height: 6 }), svg('line', { class: 'hatch', x1: 0, y1: 0, x2: 0, y2: 6 })])]),
    axis(x, d0, d1, width, height),
    ...shaded,
    ...shown.terms.map((term, row) => termBar(term, shown.from + row, row, r, x, width)),
    causeMark,
    asOf,
  ]);
}

function legend(r) {
  const key = (cls, text, symbol) => el('span', { class: `key ${cls}` },
    symbol ? [el('span', { 'aria-hidden': 'true', text: `${symbol} ` }), text] : [text]);
  return el('figcaption', { class: 'legend timeline-legend term-legend' }, [
    key('key-past', t('term.legend.past')),
    key('key-current', t('term.legend.current')),
    key('key-future', t('term.legend.future')),
    key('key-notice', t('term.legend.notice'), '◆'),
    key('key-end', t('term.legend.end'), '|'),
    key('key-asof', t('term.legend.asOf'), '▲'),
    r.changes.some((c) => c.kind === 'temporary-upgrade') ? key('key-temp', t('term.legend.temporary')) : null,
    r.damages ? key('key-cause', t('term.legend.cause'), '|') : null,
    shownTerms(r).from ? el('span', { text: t('term.legend.lastTerms', { shown: TL.maxBars, total: r.terms.length }) })
      : null,
  ]);
}

let drawnWidth = 0;

/** Draws the last good result's timeline for the box's current width. */
function drawTimeline() {
  const box = $('timeline');
  if (!lastResult) return;
  const width = Math.max(TL.minWidth, Math.floor(box.clientWidth));
  drawnWidth = box.clientWidth;
  box.replaceChildren(el('figure', { class: 'timeline' }, [timelineSvg(lastResult, width), legend(lastResult)]));
}

// ---------------------------------------------------------------- the calendar file

/** The status line without an answer: the tier may have no term rule at all. */
function noAnswer(stale) {
  const noTerm = !currentTier().term;
  if (noTerm) return t(stale ? 'term.msg.noTermStale' : 'term.msg.noTerm');
  return t(stale ? 'term.msg.stale' : 'term.msg.empty');
}

function downloadIcs() {
  if (!lastResult || $('results').dataset.state !== 'ok') return;
  download(`slacalc-${lastResult.profile}-${lastResult.tier}.ics`, 'text/calendar;charset=utf-8', lastResult.calendar);
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('term-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const t = e.target;
    if (t.id === 'profile') profileChanged();
    else if (t.id === 'tier') tierChanged();
    else if (t.id === 'upgrade-tier' || t.id === 'temp-tier') tierTouched.add(t.id);
    else if (t.id === 'start' && !startTouched) {
      startTouched = true;
      showTermRule(currentTier());
    }
    else if (t.dataset.toggle) toggleWhatIf(t);
    page.compute();
  });
  $('as-of-today').addEventListener('click', () => {
    $('as-of').value = today();
    page.compute();
  });
  $('download-ics').addEventListener('click', downloadIcs);
  // The timeline is drawn for its box's width: again when that changes (a turned phone, a resized window).
  new ResizeObserver(() => {
    if (lastResult && Math.abs($('timeline').clientWidth - drawnWidth) >= 1) drawTimeline();
  }).observe($('timeline'));
}

const page = runPage({
  view: 'term',
  setup(core) {
    ({ sla, presets } = core);
    // On a phone the answer comes sooner; the contract's readings stay one tap away.
    if (window.matchMedia('(max-width: 40rem)').matches) $('readings').open = false;
    fillProfiles();
    $('profile').value = defaultPresetId(presets, profileDoc, hasTerm, DEFAULT.profile);
    profileChanged(DEFAULT.tier);
    $('as-of').value = today();
    $('start').value = yearBefore(today());
    for (const box of document.querySelectorAll('[data-toggle]')) $(box.dataset.toggle).hidden = !box.checked;
    wire();
    // A link's contract is a preset; its tier and the what-ifs' tiers (also the price section's, term-price.js) are that preset's.
    shareCheck({ check: ({ fields }) => expectProfile(fields, presets, ['tier', 'upgrade-tier', 'temp-tier', 'cost-tu-tier']) });
  },
  read: readRequest,
  call: (core, request) => core.term(request),
  fieldOfPath,
  fields: fieldIds,
  render,
  status: (result, stale) => (result ? '' : [noAnswer(stale), 'failed']),
  after(result) {
    $('download-ics').disabled = !result;
    $('ics-hint').textContent = t(result ? 'term.icsHint' : 'term.icsHintStale');
  },
});
