// slacalc term page, the cost section: what does it cost? Reads the contract
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
// Errors as on the other pages: the core throws SlaError {code, message,
// path}; the path ("/resourceGroup/vms/1/vcpus", "/factorIncrease/neededMonths",
// "/supportHours/used/2") names the control and the message is shown next to
// it. What the user typed is never changed; the last good answer stays,
// dimmed and marked out of date.

import { slaReady } from './page-core.js';
import { $, announce, callCore, el, parseMoney, setFieldError, tierChoices } from './dom.js';
import { sharePart } from './share.js';

/** The example VM the section starts with, so it shows an answer (§3.7's own example). */
const EXAMPLE_VM = { name: 'db1', vcpus: '4', ramGb: '', storageGb: '', components: 'postgresql' };
/** The example months of support hours used. */
const EXAMPLE_USED = ['25', '8'];
const MODEL_TEXT = {
  'component-factor': 'Component factor: the service level costs the factor of the components you run × a price per ' +
    'factor unit, plus the infrastructure.',
  'support-hours': 'Support hours: a number of hours a month (twice as many while the service is introduced); the ' +
    'time beyond them at an hourly rate.',
  'fixed-monthly': 'A fixed monthly price.',
  none: 'No price model in this contract for this tier.',
};
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
  '/supportHours': 'cost-sh-hours',
  '/supportHours/perMonth': 'cost-sh-hours',
  '/supportHours/hourlyRate': 'cost-sh-rate',
  '/supportHours/introductionMonths': 'cost-sh-intro',
};
const VM_FIELDS = { name: 'name', vcpus: 'vcpus', ramGb: 'ram', storageGb: 'storage', components: 'components' };

let sla = null;
let presets = [];
const docs = new Map();
/** The last good result (kept, dimmed, while the input is invalid). */
let lastResult = null;
/** Row ids of the VMs and the months used, in the order sent: "/resourceGroup/vms/1" is vmOrder[1]. */
let vmOrder = [];
let usedOrder = [];
let nextUid = 1;
/** The upgrade tier select keeps the user's choice once touched. */
let tuTouched = false;

// ---------------------------------------------------------------- the contract (read from term.js's selects)

function profileDoc(id) {
  if (!docs.has(id)) docs.set(id, sla.profile(id));
  return docs.get(id);
}

function contract() {
  const doc = profileDoc($('profile').value);
  const tier = doc.tiers.find((t) => t.id === $('tier').value) ?? doc.tiers[0];
  const digits = presets.find((p) => p.id === doc.id)?.currencyDecimals ?? 2;
  return { doc, tier, model: tier.pricing?.model ?? 'none', currency: doc.currency, digits };
}

/** The section's fields for the tier's model; currencies; the upgrade tiers. */
function contractChanged() {
  const { doc, tier, model, currency } = contract();
  for (const box of document.querySelectorAll('#cost-form [data-model]')) box.hidden = box.dataset.model !== model;
  $('cost-none').hidden = model !== 'none';
  for (const code of document.querySelectorAll('#cost-form .currency-code')) code.textContent = currency;
  $('cost-model').textContent = `${tier.name}: ${MODEL_TEXT[model] ?? model}` +
    `${tier.pricing?.clause ? ` (${tier.pricing.clause})` : ''}`;

  // A temporary upgrade goes to another tier of the same model; until picked, the one after the current.
  const select = $('cost-tu-tier');
  const previous = select.value;
  const others = doc.tiers.filter((t) => t.pricing?.model === 'component-factor' && t.id !== tier.id);
  select.replaceChildren(...tierChoices(others, (t) => el('option', { value: t.id, text: t.name })));
  if (tuTouched && others.some((t) => t.id === previous)) select.value = previous;
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

function addVm(values = { name: '', vcpus: '', ramGb: '', storageGb: '', components: '' }, focus = false) {
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
  const name = field('name', 'Name', { autocapitalize: 'off' });
  const legend = el('legend', { class: 'vm-legend' });
  const remove = el('button', { type: 'button', class: 'button small secondary vm-remove', text: 'Remove',
    'data-testid': 'cost-remove-vm' });
  const row = el('fieldset', { class: 'vm-row', 'data-uid': uid, 'data-testid': 'cost-vm' }, [
    legend,
    el('div', { class: 'vm-grid' }, [
      name.wrap,
      field('vcpus', 'vCPUs', { inputMode: 'numeric' }).wrap,
      field('ramGb', 'RAM (GB)', { inputMode: 'decimal' }).wrap,
      field('storageGb', 'Storage (GB)', { inputMode: 'decimal' }).wrap,
      field('components', 'Components', { autocapitalize: 'off' }, 'Comma-separated.').wrap,
    ]),
    remove,
  ]);
  remove.addEventListener('click', () => removeVm(row));
  $('cost-vms').append(row);
  vmsChanged();
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
  compute();
}

/** Legends, remove buttons' names, and the VM choices of the what-ifs follow the rows. */
function vmsChanged() {
  const rows = [...document.querySelectorAll('#cost-vms .vm-row')];
  rows.forEach((row, i) => {
    const name = row.querySelector('[data-field="name"]').value.trim();
    row.querySelector('legend').textContent = `VM ${i + 1}${name ? ` — ${name}` : ''}`;
    const remove = row.querySelector('.vm-remove');
    remove.disabled = rows.length === 1;
    remove.setAttribute('aria-label', `Remove VM ${i + 1}${name ? ` (${name})` : ''}`);
  });
  for (const select of document.querySelectorAll('#cost-form .vm-choice')) {
    const previous = select.value;
    select.replaceChildren(...rows.map((row, i) => {
      const name = row.querySelector('[data-field="name"]').value.trim();
      return el('option', { value: row.dataset.uid, text: name || `VM ${i + 1}` });
    }));
    if (rows.some((r) => r.dataset.uid === previous)) select.value = previous;
  }
}

function addMonth(value = '', focus = false) {
  const uid = nextUid++;
  const f = textField(`cost-used-${uid}`, '', { value, inputMode: 'decimal' });
  const remove = el('button', { type: 'button', class: 'button small secondary used-remove', text: 'Remove' });
  const row = el('div', { class: 'used-row', 'data-uid': uid, 'data-testid': 'cost-used-month' }, [f.wrap, remove]);
  f.input.dataset.field = 'used';
  remove.addEventListener('click', () => {
    const rows = [...document.querySelectorAll('#cost-used .used-row')];
    const at = rows.indexOf(row);
    row.remove();
    monthsChanged();
    const left = [...document.querySelectorAll('#cost-used .used-row input')];
    (left[Math.min(at, left.length - 1)] ?? $('cost-add-month')).focus();
    compute();
  });
  $('cost-used').append(row);
  monthsChanged();
  if (focus) f.input.focus();
}

function monthsChanged() {
  document.querySelectorAll('#cost-used .used-row').forEach((row, i) => {
    row.querySelector('label').textContent = `Month ${i + 1} (hours)`;
    row.querySelector('.used-remove').setAttribute('aria-label', `Remove month ${i + 1}`);
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
  for (const vm of vms.length ? vms : [EXAMPLE_VM]) addVm(vm);
  for (const hours of used) addMonth(hours);
  compute();
}

// ---------------------------------------------------------------- reading the form

/** A whole number as typed ("4", "−2"), or an error in `errors`; empty → undefined (or an error when required). */
function readInt(id, errors, { required = null, what = 'number' } = {}) {
  const text = $(id).value.trim().replace(/^[−–]/, '-');
  if (!text) {
    if (required) errors[id] = required;
    return undefined;
  }
  if (!/^[-+]?\d+$/.test(text)) {
    errors[id] = `Not a whole ${what}: enter digits, e.g. 4.`;
    return undefined;
  }
  return Number(text);
}

/** Money in minor units as parseMoney reads it; empty → undefined. A minus sign goes on to the core. */
function readMoney(id, errors, { currency, digits }) {
  const text = $(id).value.trim();
  if (!text) return undefined;
  const money = parseMoney(text, currency, digits, 'a price');
  if (money.error) {
    errors[id] = money.error;
    return undefined;
  }
  return money.minor;
}

function readGroup(errors) {
  const rows = [...document.querySelectorAll('#cost-vms .vm-row')];
  vmOrder = rows.map((r) => r.dataset.uid);
  return {
    vms: rows.map((row) => {
      const input = (key) => row.querySelector(`[data-field="${key}"]`);
      const vm = { name: input('name').value.trim() };
      const vcpus = readInt(input('vcpus').id, errors, { required: 'Enter the VM’s vCPUs, e.g. 4.', what: 'number of vCPUs' });
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
  const delta = readInt(deltaId, errors, { required, what: 'number of vCPUs' });
  if (delta === undefined) return null;
  const at = vmOrder.indexOf($(selectId).value);
  return { vms: group.vms.map((vm, i) => (i === Math.max(at, 0) ? { ...vm, vcpus: vm.vcpus + delta } : vm)) };
}

function readRequest() {
  const errors = {};
  const c = contract();
  const request = { profile: c.doc.id, tier: c.tier.id };
  if (c.model === 'component-factor') {
    const ppu = readMoney('cost-ppu', errors, c);
    if (ppu !== undefined) request.pricePerFactorUnit = ppu;
    const group = readGroup(errors);
    request.resourceGroup = group;
    const infra = {};
    for (const [key, id] of [['vcpu', 'cost-infra-vcpu'], ['ramGb', 'cost-infra-ram'], ['storageGb', 'cost-infra-storage']]) {
      const v = readMoney(id, errors, c);
      if (v !== undefined) infra[key] = v;
    }
    if (Object.keys(infra).length) request.infrastructurePrices = infra;

    if ($('cost-inc-on').checked) {
      const larger = changedGroup(group, 'cost-inc-vm', 'cost-inc-vcpus', errors, 'Enter how many vCPUs more, e.g. 4.');
      const increase = { resourceGroup: larger,
        neededMonths: readInt('cost-inc-months', errors, { required: 'Enter for how many months, e.g. 6.', what: 'number of months' }) };
      const horizon = readInt('cost-inc-horizon', errors, { what: 'number of months' });
      if (horizon !== undefined) increase.horizonMonths = horizon;
      request.factorIncrease = increase;
    }
    if ($('cost-tu-on').checked) {
      const upgrade = { tier: $('cost-tu-tier').value,
        days: readInt('cost-tu-days', errors, { required: 'Enter for how many days, e.g. 5.', what: 'number of days' }) };
      const ppu2 = readMoney('cost-tu-ppu', errors, c);
      if (ppu2 !== undefined) upgrade.pricePerFactorUnit = ppu2;
      request.temporaryUpgrade = upgrade;
    }
    if ($('cost-meter-on').checked) {
      const month = $('cost-meter-month');
      if (month.validity.badInput || !month.value) errors['cost-meter-month'] = 'Enter the month to meter, e.g. April 2026.';
      else request.month = month.value;
      const day = $('cost-meter-day');
      if (day.validity.badInput) errors['cost-meter-day'] = 'Enter a whole date (day, month and year).';
      else if (day.value) {
        const after = changedGroup(group, 'cost-meter-vm', 'cost-meter-vcpus', errors, 'Enter how many vCPUs more (or −2 for fewer).');
        request.changes = [{ from: day.value, resourceGroup: after }];
      }
      if ($('cost-day-billing').value !== 'every-day') request.dayBilling = $('cost-day-billing').value;
    }
  } else if (c.model === 'support-hours') {
    const hours = { perMonth: $('cost-sh-hours').value.trim() };
    if (!hours.perMonth) errors['cost-sh-hours'] = 'Enter the support hours a month from your service sheet, e.g. 10.';
    const rate = readMoney('cost-sh-rate', errors, c);
    if (rate !== undefined) hours.hourlyRate = rate;
    const intro = readInt('cost-sh-intro', errors, { what: 'number of months' });
    if (intro !== undefined) hours.introductionMonths = intro;
    const rows = [...document.querySelectorAll('#cost-used .used-row input')];
    usedOrder = rows.map((input) => input.id);
    hours.used = rows.map((input) => {
      const text = input.value.trim();
      if (!text) errors[input.id] = 'Enter the hours used this month (0 if none).';
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

/** "8/3 (2.6666…)" for a fraction, "2" for a whole number. */
const factorText = (x) => (x.exact.includes('/') ? `${x.exact} (${x.text})` : x.exact);

function fact(term, detail, cls) {
  return [el('dt', { text: term }), el('dd', { class: cls, text: detail })];
}

function renderFactor(r) {
  const m = r.monthly;
  $('cost-answer').textContent = `${m.total.text} a month`;
  $('cost-sub').textContent = `Component factor ${factorText(r.factor.total)} × ${r.prices.pricePerFactorUnit.text} = ` +
    `${m.serviceLevel.text} for the service level${m.infrastructure.minor ? `, plus ${m.infrastructure.text} infrastructure` : ''}.`;
  $('cost-working').replaceChildren(...(r.factor.components.length ? r.factor.components.map((c) =>
    el('li', { 'data-component': c.name, text: c.working }))
    : [el('li', { text: 'No components listed: the factor is 0.' })]));
  const res = r.resources;
  const p = r.prices;
  $('cost-breakdown').replaceChildren(
    ...fact('Service level', `${factorText(r.factor.total)} × ${p.pricePerFactorUnit.text} = ${m.serviceLevel.text}`, 'service-level'),
    ...fact('vCPU', `${res.vcpus} × ${p.vcpu.text} = ${m.vcpu.text}`, 'vcpu'),
    ...fact('RAM', `${res.ramGb} GB × ${p.ramGb.text} = ${m.ramGb.text}`, 'ram'),
    ...fact('Storage', `${res.storageGb} GB × ${p.storageGb.text} = ${m.storageGb.text}`, 'storage'),
    ...fact('A month', m.total.text, 'total'),
  );

  const inc = r.factorIncrease;
  $('cost-inc').hidden = !inc;
  if (inc) {
    $('cost-inc').dataset.cheaper = inc.cheaper;
    $('cost-inc-options').replaceChildren(
      ...fact(`A — pay the extra with +${inc.surcharge} %`, `${inc.optionA.total.text} over ${inc.horizonMonths} months ` +
        `(${inc.optionA.extraPerMonth.text} more a month for ${inc.neededMonths}); the minimum term stays`, 'option-a'),
      ...fact('B — commit the new factor', `${inc.optionB.total.text} over ${inc.horizonMonths} months ` +
        `(${inc.optionB.perMonth.text} a month for ${inc.optionB.monthsAtNewFactor}); the minimum term starts again ` +
        `(${inc.newMinimumMonths} months)`, 'option-b'),
    );
    $('cost-inc-verdict').textContent = `Factor ${factorText(inc.oldFactor)} → ${factorText(inc.newFactor)} for ` +
      `${inc.neededMonths} month${inc.neededMonths === 1 ? '' : 's'}: ` + (inc.cheaper === 'equal' ? 'A and B cost the same.'
        : `${inc.cheaper} is cheaper by ${inc.saving.text}.`);
    $('cost-inc-break-even').textContent = inc.breakEven.text;
  }

  const tu = r.temporaryUpgrade;
  $('cost-tu').hidden = !tu;
  if (tu) {
    $('cost-tu-text').textContent = `${tu.days} day${tu.days === 1 ? '' : 's'} of ${tu.name} (+${tu.surcharge} %): ` +
      `${tu.cost.text}, instead of ${tu.staying.text} on ${r.tier === tu.tier ? 'this tier' : contract().tier.name} — ` +
      `${tu.difference.text} more. The minimum term is unchanged.`;
  }

  const me = r.metering;
  $('cost-meter').hidden = !me;
  if (me) {
    $('cost-meter-text').textContent = `${me.label}: ${me.total.text}` +
      (me.billedPerDay ? `, ${me.daysInMonth} days at 1/30 of the monthly price each.` : ': one monthly price, nothing changed.');
    $('cost-meter-body').replaceChildren(...me.rows.map((row) => el('tr', {}, [
      el('th', { scope: 'row', text: row.days === 1 ? row.from : `${row.from} – ${lastDay(row.to)}` }),
      el('td', { text: String(row.days) }),
      el('td', { text: factorText(row.config.factor) }),
      el('td', { text: String(row.config.vcpus) }),
      el('td', { text: row.monthly.text }),
      el('td', { text: row.amount.text }),
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
  const intro = `${s.contingent.operation} h a month; ${s.contingent.introduction} h a month in the introduction phase ` +
    `(${s.introductionMonths} month${s.introductionMonths === 1 ? '' : 's'}, ${s.introductionMultiplier} ×)`;
  $('cost-hours').hidden = !s.months;
  if (!s.months) {
    $('cost-answer').textContent = `${s.contingent.operation} h a month included`;
    $('cost-sub').textContent = `${intro}.`;
    return;
  }
  $('cost-answer').textContent = `${s.totals.cost.text} beyond the included hours`;
  $('cost-sub').textContent = `${s.months.length} month${s.months.length === 1 ? '' : 's'}: ${s.totals.used} h used, ` +
    `${s.totals.overage} h beyond at ${s.hourlyRate?.text ?? '—'} an hour. ${intro}.`;
  $('cost-hours-body').replaceChildren(...s.months.map((m) => el('tr', { 'data-phase': m.phase }, [
    el('th', { scope: 'row', text: String(m.month) }),
    el('td', { text: m.phase }),
    el('td', { text: `${m.included} h` }),
    el('td', { text: `${m.used} h` }),
    el('td', { text: `${m.overage} h` }),
    el('td', { text: m.cost.text }),
  ])));
  $('cost-hours-foot').replaceChildren(el('tr', {}, [
    el('th', { scope: 'row', text: 'Total' }), el('td'),
    el('td', { text: `${s.totals.included} h` }),
    el('td', { text: `${s.totals.used} h` }),
    el('td', { text: `${s.totals.overage} h` }),
    el('td', { text: s.totals.cost.text }),
  ]));
}

function render(r) {
  const blocks = ['cost-inc', 'cost-tu', 'cost-meter', 'cost-hours'];
  for (const id of blocks) $(id).hidden = true;
  for (const id of ['cost-sub', 'cost-working', 'cost-breakdown']) $(id).replaceChildren();
  $('cost-result').dataset.resultModel = r.model;
  if (r.model === 'component-factor') renderFactor(r);
  else if (r.model === 'support-hours') renderHours(r);
  else if (r.model === 'fixed-monthly') $('cost-answer').textContent = `${r.monthly.total.text} a month`;
  else $('cost-answer').textContent = r.explain.find((e) => e.code === 'no-model')?.text ?? r.explain[0]?.text ?? '';
  $('cost-explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
}

function setCostStatus(text, kind = '') {
  const status = $('cost-status');
  if (status.textContent !== text) status.textContent = text;
  status.className = `status ${kind}`.trim();
}

function compute() {
  if (!sla) return;
  const { request, errors } = readRequest();
  const { result, formError } = callCore(() => sla.price(request), errors, fieldOfPath);
  for (const id of fieldIds()) setFieldError(id, errors[id] ?? null);
  $('cost-form-error').textContent = formError ?? '';
  $('cost-form-error').hidden = !formError;

  const section = $('cost-results');
  announce('price', result);
  if (result) {
    lastResult = result;
    render(result);
    section.dataset.state = 'ok';
    setCostStatus('');
  } else {
    section.dataset.state = lastResult ? 'stale' : 'empty';
    setCostStatus(lastResult ? 'Out of date: fix the marked field. The cost shown is for the last valid input, dimmed.'
      : 'Fix the marked field to see the cost.', 'failed');
  }
}

// ---------------------------------------------------------------- wiring

/** Resolves once term.js has filled the contract and tier selects (body[data-ready]). */
function pageReady() {
  return new Promise((resolve) => {
    if (document.body.dataset.ready) { resolve(); return; }
    const watch = new MutationObserver(() => {
      if (!document.body.dataset.ready) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  });
}

function wire() {
  const form = $('cost-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const t = e.target;
    if (t.dataset.fields) $(t.dataset.fields).hidden = !t.checked;
    if (t.id === 'cost-tu-tier') tuTouched = true;
    if (t.dataset.field === 'name') vmsChanged();
    compute();
  });
  $('cost-add-vm').addEventListener('click', () => { addVm(undefined, true); compute(); });
  $('cost-add-month').addEventListener('click', () => { addMonth('', true); compute(); });
  // The contract and tier are term.js's selects: its form handles their input first (it refills the tiers
  // for a new contract), then the event reaches the document.
  document.addEventListener('input', (e) => {
    if (e.target.id !== 'profile' && e.target.id !== 'tier') return;
    contractChanged();
    compute();
  });
}

async function start() {
  try {
    sla = await slaReady;
    presets = sla.profiles().profiles;
  } catch (err) {
    setCostStatus(`The calculator could not be loaded: ${err?.message ?? err}`, 'failed');
    $('cost').dataset.ready = 'error';
    return;
  }
  await pageReady();
  if (document.body.dataset.ready !== '1') return; // term.js said why in the page's status line
  addVm(EXAMPLE_VM);
  for (const hours of EXAMPLE_USED) addMonth(hours);
  const now = new Date();
  $('cost-meter-month').value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  for (const box of document.querySelectorAll('#cost-form [data-fields]')) $(box.dataset.fields).hidden = !box.checked;
  contractChanged();
  wire();
  sharePart('cost', { save: saveEditors, restore: restoreEditors });
  setCostStatus('');
  compute();
  $('cost').dataset.ready = '1';
}

start();
