// slacalc term page, the price section: what does it cost? Reads the contract
// and tier chosen in the page's own selects (#profile, #tier, owned by
// term.js) and, by the tier's price model, a resource group (VMs with vCPUs,
// RAM, storage and components) and the user's prices, or support hours; asks
// the wasm core (price) and shows the monthly price with the component factor
// worked component by component, and the what-ifs: a factor increase (option
// A against B, the break-even), a temporary upgrade, a month metered by day,
// the support hours month by month. A tier without a price model gets the
// core's sentence. No framework, no inline code (CSP); nothing leaves the
// browser.
//
// The cycle of reading, calling and showing errors is page.js's, run for this
// section on its own (its status line, form error and readiness); the core's
// error paths here are e.g. "/resourceGroup/vms/1/vcpus",
// "/factorIncrease/neededMonths", "/supportHours/used/2".

import { runPage } from './page.js';
import { $, el } from './dom.js';
import { parseMoney } from './money.js';
import { tierChoices } from './selects.js';
import { expectList, expectRecord, expectShape, expectText, sharePart } from './share.js';
import { date, isolate, lang, money, number, profileInLang, t } from './i18n.js';

/** The example VM the section starts with, so it shows an answer (§3.7's own example). */
const EXAMPLE_VM = { name: 'db1', vcpus: '4', ramGb: '', storageGb: '', components: 'postgresql' };
/** The example months of support hours used. */
const EXAMPLE_USED = ['25', '8'];
const MODEL_TEXT = {
  'component-factor': () => t('term.cost.model.componentFactor'),
  infrastructure: () => t('term.cost.model.infrastructure'),
  'support-hours': () => t('term.cost.model.supportHours'),
  'fixed-monthly': () => t('term.cost.model.fixedMonthly'),
  none: () => t('term.cost.model.none'),
};
/** The example prices in the HTML, as the language writes them ("120,00" in German) until the user types. */
const EXAMPLE_PRICES = ['cost-ppu', 'cost-sh-rate'];
/** Controls a core error path can point at (VMs, months used and the what-ifs: fieldOfPath). */
const FIELD_OF_PATH = {
  '/pricePerFactorUnit': 'cost-ppu',
  '/infrastructurePrices/vcpu': 'cost-infra-vcpu',
  '/infrastructurePrices/ramGb': 'cost-infra-ram',
  '/infrastructurePrices/storageGb': 'cost-infra-storage',
  '/factorIncrease': 'cost-inc-vcpus',
  '/factorIncrease/resourceGroup': 'cost-inc-vcpus',
  '/factorIncrease/neededMonths': 'cost-inc-months',
  '/factorIncrease/horizonMonths': 'cost-inc-horizon',
  '/temporaryUpgrade': 'cost-tu-tier',
  '/temporaryUpgrade/tier': 'cost-tu-tier',
  '/temporaryUpgrade/days': 'cost-tu-days',
  '/temporaryUpgrade/pricePerFactorUnit': 'cost-tu-ppu',
  '/month': 'cost-meter-month',
  '/changes': 'cost-meter-day',
  '/dayBilling': 'cost-day-billing',
  '/committedFactor': 'cost-committed',
  '/supportHours': 'cost-sh-hours',
  '/supportHours/perMonth': 'cost-sh-hours',
  '/supportHours/hourlyRate': 'cost-sh-rate',
  '/supportHours/introductionMonths': 'cost-sh-intro',
};
const VM_FIELDS = { name: 'name', vcpus: 'vcpus', ramGb: 'ram', storageGb: 'storage', components: 'components' };
/**
 * What a link to this page may hold in this section (web/share.js checks it
 * before anything is applied; README "Links to a view"): as many VMs, months
 * of support hours and characters of a VM's name as the core's price takes
 * (core/price_json.cpp: kMaxVms, kMaxUsedMonths, kMaxNameLength).
 */
const LINK_LIMITS = { vms: 200, months: 1200, nameChars: 200 };

let sla = null;
let presets = [];
const docs = new Map();
/** Row ids of the VMs and the months used, in the order sent: "/resourceGroup/vms/1" is vmOrder[1]. */
let vmOrder = [];
let usedOrder = [];
let nextUid = 1;
/** The upgrade tier select keeps the user's choice once touched. */
let tuTouched = false;

// ---------------------------------------------------------------- the contract (read from term.js's selects)

function profileDoc(id) {
  if (!docs.has(id)) docs.set(id, profileInLang(sla.profile(id)));
  return docs.get(id);
}

function contract() {
  const doc = profileDoc($('profile').value);
  const tier = doc.tiers.find((x) => x.id === $('tier').value) ?? doc.tiers[0];
  const digits = presets.find((p) => p.id === doc.id)?.currencyDecimals ?? 2;
  return { doc, tier, model: tier.pricing?.model ?? 'none', currency: doc.currency, digits };
}

/** The section's fields for the tier's model; currencies; the upgrade tiers. */
function contractChanged() {
  const { doc, tier, model, currency } = contract();
  for (const box of document.querySelectorAll('#cost-form [data-model]')) box.hidden = !box.dataset.model.split(' ').includes(model);
  // Hosted (§3.4): infrastructure only — no price per factor unit, factor increase or temporary upgrade.
  for (const box of document.querySelectorAll('#cost-form [data-service-level]')) box.hidden = model === 'infrastructure';
  // There the infrastructure prices are the whole price: shown open.
  if (model === 'infrastructure') $('cost-infra').open = true;
  $('cost-none').hidden = model !== 'none';
  for (const code of document.querySelectorAll('#cost-form .currency-code')) code.textContent = currency;
  $('cost-model').textContent = `${isolate(tier.name)}: ${MODEL_TEXT[model]?.() ?? model}` +
    `${tier.pricing?.clause ? ` (${tier.pricing.clause})` : ''}`;

  // A temporary upgrade goes to another tier of the same model; until picked, the one after the current.
  const select = $('cost-tu-tier');
  const previous = select.value;
  const others = doc.tiers.filter((x) => x.pricing?.model === 'component-factor' && x.id !== tier.id);
  select.replaceChildren(...tierChoices(others, (x) => el('option', { value: x.id, text: x.name })));
  if (tuTouched && others.some((x) => x.id === previous)) select.value = previous;
  else {
    tuTouched = false;
    const at = doc.tiers.indexOf(tier);
    const next = doc.tiers.slice(at + 1).find((t) => others.includes(t)) ?? others[others.length - 1];
    if (next) select.value = next.id;
  }
}

// ---------------------------------------------------------------- the editors

/** A labelled text field: { wrap, input }; its error box is `${id}-error`. */
function textField(id, label, props = {}, hint = null) {
  const input = el('input', { id, type: 'text', spellcheck: false, ...props });
  const hintBox = hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintBox) input.setAttribute('aria-describedby', hintBox.id);
  const wrap = el('div', { class: 'field' }, [
    el('label', { htmlFor: id, text: label }), input, hintBox,
    el('p', { class: 'error', id: `${id}-error`, 'aria-live': 'polite', hidden: true }),
  ]);
  return { wrap, input };
}

/** One VM row; `batch`: the caller calls vmsChanged() once, after the last (a restored view's). */
function addVm(values = { name: '', vcpus: '', ramGb: '', storageGb: '', components: '' }, { focus = false, batch = false } = {}) {
  // A restored view brings its VMs' ids: the what-ifs' VM choices name them.
  const uid = values.uid ?? nextUid;
  nextUid = Math.max(nextUid, uid + 1);
  const id = (f) => `cost-vm-${uid}-${f}`;
  const field = (key, label, props, hint) => {
    const f = textField(id(VM_FIELDS[key]), label, { value: values[key], ...props }, hint);
    f.input.dataset.field = key;
    f.wrap.classList.add(`vm-${VM_FIELDS[key]}`);
    return f;
  };
  const name = field('name', t('term.cost.vm.name'), { autocapitalize: 'off' });
  const legend = el('legend', { class: 'vm-legend' });
  const remove = el('button', { type: 'button', class: 'button small secondary vm-remove', text: t('term.cost.remove'),
    'data-testid': 'cost-remove-vm' });
  const row = el('fieldset', { class: 'vm-row', 'data-uid': uid, 'data-testid': 'cost-vm' }, [
    legend,
    el('div', { class: 'vm-grid' }, [
      name.wrap,
      field('vcpus', t('term.cost.vm.vcpus'), { inputMode: 'numeric' }).wrap,
      field('ramGb', t('term.cost.vm.ram'), { inputMode: 'decimal' }).wrap,
      field('storageGb', t('term.cost.vm.storage'), { inputMode: 'decimal' }).wrap,
      field('components', t('term.cost.vm.components'), { autocapitalize: 'off' }, t('term.cost.vm.componentsHint')).wrap,
    ]),
    remove,
  ]);
  remove.addEventListener('click', () => removeVm(row));
  $('cost-vms').append(row);
  if (!batch) vmsChanged();
  if (focus) name.input.focus();
}

function removeVm(row) {
  const rows = [...document.querySelectorAll('#cost-vms .vm-row')];
  if (rows.length <= 1) return;
  const at = rows.indexOf(row);
  row.remove();
  vmsChanged();
  // Focus stays in the editor: the next VM's name, or the previous one's when the last was removed.
  const left = [...document.querySelectorAll('#cost-vms .vm-row')];
  left[Math.min(at, left.length - 1)].querySelector('input').focus();
  page.compute();
}

/** Legends, remove buttons' names, and the VM choices of the what-ifs follow the rows. */
function vmsChanged() {
  const rows = [...document.querySelectorAll('#cost-vms .vm-row')];
  rows.forEach((row, i) => {
    const name = row.querySelector('[data-field="name"]').value.trim();
    row.querySelector('legend').textContent = t(name ? 'term.cost.vm.legendNamed' : 'term.cost.vm.legend', { n: i + 1, name });
    const remove = row.querySelector('.vm-remove');
    remove.disabled = rows.length === 1;
    remove.setAttribute('aria-label', t(name ? 'term.cost.vm.removeNamed' : 'term.cost.vm.remove', { n: i + 1, name }));
  });
  for (const select of document.querySelectorAll('#cost-form .vm-choice')) {
    const previous = select.value;
    select.replaceChildren(...rows.map((row, i) => {
      const name = row.querySelector('[data-field="name"]').value.trim();
      return el('option', { value: row.dataset.uid, text: name || t('term.cost.vm.legend', { n: i + 1 }) });
    }));
    if (rows.some((r) => r.dataset.uid === previous)) select.value = previous;
  }
}

/** One month of support hours used; `batch`: the caller calls monthsChanged() once, after the last. */
function addMonth(value = '', { focus = false, batch = false } = {}) {
  const uid = nextUid++;
  const f = textField(`cost-used-${uid}`, '', { value, inputMode: 'decimal' });
  const remove = el('button', { type: 'button', class: 'button small secondary used-remove', text: t('term.cost.remove') });
  const row = el('div', { class: 'used-row', 'data-uid': uid, 'data-testid': 'cost-used-month' }, [f.wrap, remove]);
  f.input.dataset.field = 'used';
  remove.addEventListener('click', () => {
    const rows = [...document.querySelectorAll('#cost-used .used-row')];
    const at = rows.indexOf(row);
    row.remove();
    monthsChanged();
    const left = [...document.querySelectorAll('#cost-used .used-row input')];
    (left[Math.min(at, left.length - 1)] ?? $('cost-add-month')).focus();
    page.compute();
  });
  $('cost-used').append(row);
  if (!batch) monthsChanged();
  if (focus) f.input.focus();
}

function monthsChanged() {
  document.querySelectorAll('#cost-used .used-row').forEach((row, i) => {
    row.querySelector('label').textContent = t('term.cost.used.label', { n: i + 1 });
    row.querySelector('.used-remove').setAttribute('aria-label', t('term.cost.used.remove', { n: i + 1 }));
  });
}

/** The VM rows (with their ids) and the months of support hours, as typed: for a link to this view. */
function saveEditors() {
  const vms = [...document.querySelectorAll('#cost-vms .vm-row')].map((row) => Object.fromEntries([
    ['uid', Number(row.dataset.uid)],
    ...Object.keys(VM_FIELDS).map((key) => [key, row.querySelector(`[data-field="${key}"]`).value])]));
  return { vms, used: [...document.querySelectorAll('#cost-used .used-row input')].map((input) => input.value) };
}

function restoreEditors({ vms = [], used = [] }) {
  $('cost-vms').replaceChildren();
  $('cost-used').replaceChildren();
  for (const vm of vms.length ? vms : [EXAMPLE_VM]) addVm(vm, { batch: true });
  for (const text of used) addMonth(text, { batch: true });
  vmsChanged();
  monthsChanged();
  page.compute();
}

/** The section's part of a view, as saveEditors() writes it, within LINK_LIMITS. */
function checkEditors(value) {
  expectRecord(value, 'cost', ['vms', 'used']);
  const { vms = [], used = [] } = value;
  expectList(vms, 'cost.vms', LINK_LIMITS.vms, 'term.cost.link.vms');
  expectList(used, 'cost.used', LINK_LIMITS.months, 'term.cost.link.months');
  const uids = new Set();
  vms.forEach((vm, i) => {
    const at = `cost.vms[${i}]`;
    expectRecord(vm, at, ['uid', ...Object.keys(VM_FIELDS)]);
    // A VM's id names its inputs (cost-vm-<uid>-…): whole, and once.
    expectShape(vm.uid === undefined || (Number.isSafeInteger(vm.uid) && vm.uid > 0 && !uids.has(vm.uid)), `${at}.uid`);
    uids.add(vm.uid);
    for (const key of Object.keys(VM_FIELDS)) {
      if (vm[key] !== undefined) expectText(vm[key], `${at}.${key}`, key === 'name' ? LINK_LIMITS.nameChars : undefined);
    }
  });
  used.forEach((text, i) => expectText(text, `cost.used[${i}]`));
}

// ---------------------------------------------------------------- reading the form

/**
 * A whole number as typed ("4", "−2"), or an error in `errors`; empty → undefined (or an error when required).
 * `notWhole` is the message for anything else.
 */
function readInt(id, errors, { required = null, notWhole = 'term.cost.error.notWhole' } = {}) {
  const text = $(id).value.trim().replace(/^[−–]/, '-');
  if (!text) {
    if (required) errors[id] = required;
    return undefined;
  }
  if (!/^[-+]?\d+$/.test(text)) {
    errors[id] = t(notWhole);
    return undefined;
  }
  return Number(text);
}

/** Money in minor units as parseMoney reads it; empty → undefined. A minus sign goes on to the core. */
function readMoney(id, errors, { currency, digits }) {
  const text = $(id).value.trim();
  if (!text) return undefined;
  const typed = parseMoney(text, currency, digits, 'a price');
  if (typed.error) {
    errors[id] = typed.error;
    return undefined;
  }
  return typed.minor;
}

function readGroup(errors) {
  const rows = [...document.querySelectorAll('#cost-vms .vm-row')];
  vmOrder = rows.map((r) => r.dataset.uid);
  return {
    vms: rows.map((row) => {
      const input = (key) => row.querySelector(`[data-field="${key}"]`);
      const vm = { name: input('name').value.trim() };
      const vcpus = readInt(input('vcpus').id, errors,
        { required: t('term.cost.error.vmVcpus'), notWhole: 'term.cost.error.notWholeVcpus' });
      vm.vcpus = vcpus ?? 1;
      for (const key of ['ramGb', 'storageGb']) {
        const text = input(key).value.trim();
        if (text) vm[key] = text;
      }
      const components = input('components').value.split(',').map((c) => c.trim()).filter(Boolean);
      if (components.length) vm.components = components;
      return vm;
    }),
  };
}

/** The group with `delta` vCPUs more on the VM chosen in `selectId` (or null with an error at `deltaId`). */
function changedGroup(group, selectId, deltaId, errors, required) {
  const delta = readInt(deltaId, errors, { required, notWhole: 'term.cost.error.notWholeVcpus' });
  if (delta === undefined) return null;
  const at = vmOrder.indexOf($(selectId).value);
  return { vms: group.vms.map((vm, i) => (i === Math.max(at, 0) ? { ...vm, vcpus: vm.vcpus + delta } : vm)) };
}

function readRequest() {
  const errors = {};
  const c = contract();
  const request = { profile: c.doc.id, tier: c.tier.id };
  const serviceLevel = c.model === 'component-factor';
  if (serviceLevel || c.model === 'infrastructure') {
    const ppu = serviceLevel ? readMoney('cost-ppu', errors, c) : undefined;
    if (ppu !== undefined) request.pricePerFactorUnit = ppu;
    const group = readGroup(errors);
    request.resourceGroup = group;
    const infra = {};
    for (const [key, id] of [['vcpu', 'cost-infra-vcpu'], ['ramGb', 'cost-infra-ram'], ['storageGb', 'cost-infra-storage']]) {
      const v = readMoney(id, errors, c);
      if (v !== undefined) infra[key] = v;
    }
    if (Object.keys(infra).length) request.infrastructurePrices = infra;

    if (serviceLevel && $('cost-inc-on').checked) {
      const larger = changedGroup(group, 'cost-inc-vm', 'cost-inc-vcpus', errors, t('term.cost.error.incVcpus'));
      const increase = { resourceGroup: larger, neededMonths: readInt('cost-inc-months', errors,
        { required: t('term.cost.error.incMonths'), notWhole: 'term.cost.error.notWholeMonths' }) };
      const horizon = readInt('cost-inc-horizon', errors, { notWhole: 'term.cost.error.notWholeMonths' });
      if (horizon !== undefined) increase.horizonMonths = horizon;
      request.factorIncrease = increase;
    }
    if (serviceLevel && $('cost-tu-on').checked) {
      const upgrade = { tier: $('cost-tu-tier').value,
        days: readInt('cost-tu-days', errors, { required: t('term.cost.error.tuDays'), notWhole: 'term.cost.error.notWholeDays' }) };
      const ppu2 = readMoney('cost-tu-ppu', errors, c);
      if (ppu2 !== undefined) upgrade.pricePerFactorUnit = ppu2;
      request.temporaryUpgrade = upgrade;
    }
    if ($('cost-meter-on').checked) {
      const month = $('cost-meter-month');
      if (month.validity.badInput || !month.value) errors['cost-meter-month'] = t('term.cost.error.meterMonth');
      else request.month = month.value;
      const day = $('cost-meter-day');
      if (day.validity.badInput) errors['cost-meter-day'] = t('term.error.badDate');
      else if (day.value) {
        const after = changedGroup(group, 'cost-meter-vm', 'cost-meter-vcpus', errors, t('term.cost.error.meterVcpus'));
        request.changes = [{ from: day.value, resourceGroup: after }];
        if (serviceLevel && $('cost-meter-recommit').checked) request.changes[0].recommit = true;
      }
      const committed = $('cost-committed').value.trim();
      if (serviceLevel && committed) request.committedFactor = committed;
      if ($('cost-day-billing').value !== 'every-day') request.dayBilling = $('cost-day-billing').value;
    }
  } else if (c.model === 'support-hours') {
    const hours = { perMonth: $('cost-sh-hours').value.trim() };
    if (!hours.perMonth) errors['cost-sh-hours'] = t('term.cost.error.shHours');
    const rate = readMoney('cost-sh-rate', errors, c);
    if (rate !== undefined) hours.hourlyRate = rate;
    const intro = readInt('cost-sh-intro', errors, { notWhole: 'term.cost.error.notWholeMonths' });
    if (intro !== undefined) hours.introductionMonths = intro;
    const rows = [...document.querySelectorAll('#cost-used .used-row input')];
    usedOrder = rows.map((input) => input.id);
    hours.used = rows.map((input) => {
      const text = input.value.trim();
      if (!text) errors[input.id] = t('term.cost.error.used');
      return text;
    });
    if (!hours.used.length) delete hours.used;
    request.supportHours = hours;
  }
  return { request, errors };
}

/** The control a core error path points at, or null for the whole request. */
function fieldOfPath(path) {
  const vm = /^\/resourceGroup\/vms\/(\d+)(?:\/(\w+))?/.exec(path);
  if (vm) {
    const uid = vmOrder[Number(vm[1])];
    return uid ? `cost-vm-${uid}-${VM_FIELDS[vm[2]] ?? 'name'}` : null;
  }
  if (/^\/factorIncrease\/resourceGroup/.test(path)) return 'cost-inc-vcpus';
  if (/^\/changes\/\d+\/from/.test(path)) return 'cost-meter-day';
  if (/^\/changes\/\d+\/recommit/.test(path)) return 'cost-meter-recommit';
  if (/^\/changes\/\d+\/resourceGroup/.test(path)) return 'cost-meter-vcpus';
  const used = /^\/supportHours\/used\/(\d+)/.exec(path);
  if (used) return usedOrder[Number(used[1])] ?? null;
  if (path === '/supportHours/used') return usedOrder[0] ?? 'cost-sh-hours';
  if (path === '/resourceGroup' || path === '/resourceGroup/vms') return vmOrder.length ? `cost-vm-${vmOrder[0]}-vcpus` : null;
  return FIELD_OF_PATH[path] ?? null;
}

/** Every control of the section with an error box. */
const fieldIds = () => [...document.querySelectorAll('#cost-form .error[id$="-error"]')]
  .map((box) => box.id.slice(0, -'-error'.length)).filter((id) => id !== 'cost-form');

// ---------------------------------------------------------------- the answer

/** The currency of the answer shown, and its decimals: for money as the language writes it. */
let shownCurrency = { currency: 'EUR', digits: 2 };

/** Money of the core's answer: its own text in English ("2,401.00 EUR"), else as the language writes it. */
function cash(value) {
  if (lang === 'en') return value.text;
  return money(value.minor, shownCurrency.currency, shownCurrency.digits);
}

/** A decimal of the core ("12.5", "2.6666…") as the language writes it; anything else as it is. */
const num = (text) => (/^-?\d+(\.\d+)?…?$/.test(String(text)) ? number(String(text)) : String(text));

/** "8/3 (2.6666…)" for a fraction, "2" for a whole number. */
const factorText = (x) => (x.exact.includes('/') ? `${x.exact} (${num(x.text)})` : num(x.exact));

/** Hours: "12.5 h", "12,5 Std." */
const hours = (text) => t('term.cost.hours', { hours: num(text) });

function fact(term, detail, cls) {
  return [el('dt', { text: term }), el('dd', { class: cls, text: detail })];
}

/** Hosted (§3.4): the infrastructure alone, no component factor. */
function renderInfrastructure(r) {
  const m = r.monthly;
  const res = r.resources;
  const p = r.prices;
  $('cost-answer').textContent = t('term.cost.perMonth', { amount: cash(m.total) });
  $('cost-sub').textContent = t('term.cost.subInfraOnly');
  $('cost-breakdown').replaceChildren(
    ...fact(t('term.cost.fact.vcpu'), `${res.vcpus} × ${cash(p.vcpu)} = ${cash(m.vcpu)}`, 'vcpu'),
    ...fact(t('term.cost.fact.ram'), `${num(res.ramGb)} GB × ${cash(p.ramGb)} = ${cash(m.ramGb)}`, 'ram'),
    ...fact(t('term.cost.fact.storage'), `${num(res.storageGb)} GB × ${cash(p.storageGb)} = ${cash(m.storageGb)}`,
      'storage'),
    ...fact(t('term.cost.fact.total'), cash(m.total), 'total'),
  );
  renderMetering(r);
}

function renderFactor(r) {
  const m = r.monthly;
  const factor = factorText(r.factor.total);
  $('cost-answer').textContent = t('term.cost.perMonth', { amount: cash(m.total) });
  $('cost-sub').textContent = t(m.infrastructure.minor ? 'term.cost.subInfra' : 'term.cost.sub', {
    factor, price: cash(r.prices.pricePerFactorUnit), serviceLevel: cash(m.serviceLevel), infrastructure: cash(m.infrastructure),
  });
  $('cost-working').replaceChildren(...(r.factor.components.length ? r.factor.components.map((c) =>
    el('li', { 'data-component': c.name, text: c.working }))
    : [el('li', { text: t('term.cost.noComponents') })]));
  const res = r.resources;
  const p = r.prices;
  $('cost-breakdown').replaceChildren(
    ...fact(t('term.cost.fact.serviceLevel'), `${factor} × ${cash(p.pricePerFactorUnit)} = ${cash(m.serviceLevel)}`,
      'service-level'),
    ...fact(t('term.cost.fact.vcpu'), `${res.vcpus} × ${cash(p.vcpu)} = ${cash(m.vcpu)}`, 'vcpu'),
    ...fact(t('term.cost.fact.ram'), `${num(res.ramGb)} GB × ${cash(p.ramGb)} = ${cash(m.ramGb)}`, 'ram'),
    ...fact(t('term.cost.fact.storage'), `${num(res.storageGb)} GB × ${cash(p.storageGb)} = ${cash(m.storageGb)}`,
      'storage'),
    ...fact(t('term.cost.fact.total'), cash(m.total), 'total'),
  );

  const inc = r.factorIncrease;
  $('cost-inc').hidden = !inc;
  if (inc) {
    $('cost-inc').dataset.cheaper = inc.cheaper;
    $('cost-inc-options').replaceChildren(
      ...fact(t('term.cost.inc.optionA', { surcharge: num(inc.surcharge) }), t('term.cost.inc.optionAText', {
        total: cash(inc.optionA.total), horizon: inc.horizonMonths, extra: cash(inc.optionA.extraPerMonth),
        months: inc.neededMonths }), 'option-a'),
      ...fact(t('term.cost.inc.optionB'), t('term.cost.inc.optionBText', {
        total: cash(inc.optionB.total), horizon: inc.horizonMonths, perMonth: cash(inc.optionB.perMonth),
        months: inc.optionB.monthsAtNewFactor, minimum: inc.newMinimumMonths }), 'option-b'),
    );
    const one = inc.neededMonths === 1;
    const verdict = inc.cheaper === 'equal' ? (one ? 'term.cost.inc.equalOne' : 'term.cost.inc.equal')
      : (one ? 'term.cost.inc.cheaperOne' : 'term.cost.inc.cheaper');
    $('cost-inc-verdict').textContent = t(verdict, { old: factorText(inc.oldFactor), new: factorText(inc.newFactor),
      months: inc.neededMonths, cheaper: inc.cheaper, saving: cash(inc.saving) });
    $('cost-inc-break-even').textContent = inc.breakEven.text;
  }

  const tu = r.temporaryUpgrade;
  $('cost-tu').hidden = !tu;
  if (tu) {
    $('cost-tu-text').textContent = t(tu.days === 1 ? 'term.cost.tu.textOne' : 'term.cost.tu.text', {
      days: tu.days, name: tu.name, surcharge: num(tu.surcharge), cost: cash(tu.cost), staying: cash(tu.staying),
      tier: r.tier === tu.tier ? t('term.cost.tu.thisTier') : contract().tier.name, difference: cash(tu.difference),
    });
  }

  renderMetering(r);
}

/** The month metered by day (§10.1), when asked for. */
function renderMetering(r) {
  const me = r.metering;
  $('cost-meter').hidden = !me;
  if (me) {
    $('cost-meter-text').textContent = t(me.billedPerDay ? 'term.cost.meter.perDay' : 'term.cost.meter.whole',
      { label: me.label, total: cash(me.total), days: me.daysInMonth });
    $('cost-meter-body').replaceChildren(...me.rows.map((row) => el('tr', {}, [
      el('th', { scope: 'row', text: row.days === 1 ? date(row.from) : `${date(row.from)} – ${date(lastDay(row.to))}` }),
      el('td', { text: String(row.days) }),
      el('td', { text: row.committedFactor ? factorText(row.config.factor) : '—' }),
      el('td', { text: String(row.config.vcpus) }),
      el('td', { text: cash(row.monthly) }),
      el('td', { text: cash(row.amount) }),
    ])));
  }
}

/** The day before an exclusive end, "2026-04-10" → "2026-04-09". */
function lastDay(iso) {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) - 1));
  return d.toISOString().slice(0, 10);
}

function renderHours(r) {
  const s = r.supportHours;
  const intro = t(s.introductionMonths === 1 ? 'term.cost.sh.introOne' : 'term.cost.sh.intro', {
    operation: num(s.contingent.operation), introduction: num(s.contingent.introduction), months: s.introductionMonths,
    multiplier: num(String(s.introductionMultiplier)) });
  $('cost-hours').hidden = !s.months;
  if (!s.months) {
    $('cost-answer').textContent = t('term.cost.sh.included', { hours: num(s.contingent.operation) });
    $('cost-sub').textContent = t('term.cost.sh.introSentence', { intro });
    return;
  }
  $('cost-answer').textContent = t('term.cost.sh.beyond', { amount: cash(s.totals.cost) });
  $('cost-sub').textContent = t(s.months.length === 1 ? 'term.cost.sh.subOne' : 'term.cost.sh.sub', {
    months: s.months.length, used: num(s.totals.used), overage: num(s.totals.overage),
    rate: s.hourlyRate ? cash(s.hourlyRate) : '—', intro });
  $('cost-hours-body').replaceChildren(...s.months.map((m) => el('tr', { 'data-phase': m.phase }, [
    el('th', { scope: 'row', text: String(m.month) }),
    el('td', { text: m.phase === 'introduction' ? t('term.cost.phase.introduction')
      : m.phase === 'operation' ? t('term.cost.phase.operation') : m.phase }),
    el('td', { text: hours(m.included) }),
    el('td', { text: hours(m.used) }),
    el('td', { text: hours(m.overage) }),
    el('td', { text: cash(m.cost) }),
  ])));
  $('cost-hours-foot').replaceChildren(el('tr', {}, [
    el('th', { scope: 'row', text: t('term.cost.total') }), el('td'),
    el('td', { text: hours(s.totals.included) }),
    el('td', { text: hours(s.totals.used) }),
    el('td', { text: hours(s.totals.overage) }),
    el('td', { text: cash(s.totals.cost) }),
  ]));
}

function render(r) {
  shownCurrency = { currency: r.currency, digits: presets.find((p) => p.id === r.profile)?.currencyDecimals ?? 2 };
  const blocks = ['cost-inc', 'cost-tu', 'cost-meter', 'cost-hours'];
  for (const id of blocks) $(id).hidden = true;
  for (const id of ['cost-sub', 'cost-working', 'cost-breakdown']) $(id).replaceChildren();
  $('cost-result').dataset.resultModel = r.model;
  if (r.model === 'component-factor') renderFactor(r);
  else if (r.model === 'infrastructure') renderInfrastructure(r);
  else if (r.model === 'support-hours') renderHours(r);
  else if (r.model === 'fixed-monthly') $('cost-answer').textContent = t('term.cost.perMonth', { amount: cash(r.monthly.total) });
  else $('cost-answer').textContent = r.explain.find((e) => e.code === 'no-model')?.text ?? r.explain[0]?.text ?? '';
  $('cost-explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('cost-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const target = e.target;
    if (target.dataset.fields) $(target.dataset.fields).hidden = !target.checked;
    if (target.id === 'cost-tu-tier') tuTouched = true;
    if (target.dataset.field === 'name') vmsChanged();
    page.compute();
  });
  $('cost-add-vm').addEventListener('click', () => { addVm(undefined, { focus: true }); page.compute(); });
  $('cost-add-month').addEventListener('click', () => { addMonth('', { focus: true }); page.compute(); });
  // The contract and tier are term.js's selects: its form handles their input first (it refills the tiers
  // for a new contract), then the event reaches the document.
  document.addEventListener('input', (e) => {
    if (e.target.id !== 'profile' && e.target.id !== 'tier') return;
    contractChanged();
    page.compute();
  });
}

// Set up once term.js has filled the contract and tier selects (page.js waits for body[data-ready]).
const page = runPage({
  view: 'price',
  section: 'cost',
  ids: { status: 'cost-status', formError: 'cost-form-error' },
  results: 'cost-results',
  setup(core) {
    ({ sla, presets } = core);
    addVm(EXAMPLE_VM);
    for (const used of EXAMPLE_USED) addMonth(used);
    for (const id of EXAMPLE_PRICES) if (lang !== 'en' && $(id).defaultValue === $(id).value) $(id).value = number($(id).value);
    const now = new Date();
    $('cost-meter-month').value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    for (const box of document.querySelectorAll('#cost-form [data-fields]')) $(box.dataset.fields).hidden = !box.checked;
    contractChanged();
    wire();
    sharePart('cost', { save: saveEditors, check: checkEditors, restore: restoreEditors });
  },
  read: readRequest,
  call: (core, request) => core.price(request),
  fieldOfPath,
  fields: fieldIds,
  render,
  words: { stale: 'term.cost.msg.stale', empty: 'term.cost.msg.empty' },
});
