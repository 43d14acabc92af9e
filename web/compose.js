// The composite-availability page (compose.html): a tree of dependencies —
// "all needed" (serial) and "any one suffices" (parallel) groups, nested —
// sent to the core's compose() on every edit. The page only edits the tree and
// shows the answer: every number comes from the core. No framework, no inline
// code (CSP); nothing leaves the browser.
import { runPage } from './page.js';
import { $, el, showPercent } from './dom.js';
import { expectList, expectRecord, expectShape, expectText, isRecord, linkProblem, sharePart } from './share.js';
import { number, percent, t } from './i18n.js';

const KINDS = ['serial', 'parallel'];
const chain = () => ({ serial: [{ name: t('compose.example.dc'), availability: '99.99' },
  { name: t('compose.example.platform'), availability: '99.9' }, { name: t('compose.example.app'), availability: '99.5' }] });
/** Flying Circus §3.1, §9.2: KAMP's data centre, the platform, an application tier; and that chain in two regions. */
const EXAMPLES = {
  chain: () => ({ name: t('compose.example.service'), ...chain() }),
  regions: () => ({ name: t('compose.example.regions'), parallel: [{ name: t('compose.example.regionA'), ...chain() },
    { name: t('compose.example.regionB'), ...chain() }] }),
};

/**
 * What a link to this view may hold (web/share.js checks it before anything is
 * applied; README "Links to a view"): the tree the core's compose takes —
 * 200 dependencies, 100 parts a group, names of 200 characters
 * (core/compose_json.cpp), and 31 groups one inside another, as a request
 * nests no deeper than 64 levels (core/json_text.hpp).
 */
const LINK_LIMITS = { depth: 31, dependencies: 200, parts: 100, nameChars: 200 };

let nextNode = 0;
/** Request path → control id, for the core's errors; filled while reading the tree. */
let fieldOfPathMap = new Map();

// ---------------------------------------------------------------- the tree editor

const nameOf = (li) => $(`n${li.dataset.node}-name`).value.trim();
const describe = (li, fallback) => nameOf(li) || fallback;

/** A dependency: name, availability, remove. */
function leafNode(value = {}) {
  const n = nextNode++;
  const li = el('li', { class: 'node leaf', 'data-node': n, 'data-testid': 'leaf' });
  const name = el('input', { id: `n${n}-name`, type: 'text', value: value.name ?? '', spellcheck: false,
    placeholder: t('compose.placeholderName'), 'aria-label': t('compose.leafName'), 'data-testid': 'leaf-name' });
  const availability = el('input', { id: `n${n}-availability`, type: 'text', inputMode: 'decimal', spellcheck: false,
    value: value.availability ?? '', placeholder: '99.9', 'aria-label': t('compose.leafAvailability'),
    'aria-describedby': `n${n}-availability-error`, 'data-testid': 'leaf-availability' });
  li.append(
    el('div', { class: 'node-row' }, [
      name,
      el('span', { class: 'affix' }, [availability, el('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' })]),
      el('output', { class: 'node-share', id: `n${n}-result`, 'data-testid': 'leaf-result' }),
      el('button', { type: 'button', class: 'button small secondary', 'data-action': 'remove', text: t('compose.remove'),
        'aria-label': t('compose.removeLeaf'), 'data-testid': 'remove' }),
    ]),
    el('p', { class: 'error', id: `n${n}-availability-error`, 'aria-live': 'polite', hidden: true }),
  );
  return li;
}

/** A group: kind, name, its parts, and buttons to add to it (and remove it, unless it is the whole system). */
function groupNode(value, root = false) {
  const n = nextNode++;
  const kind = value.parallel ? 'parallel' : 'serial';
  const li = el(root ? 'div' : 'li', { class: `node group ${kind}`, 'data-node': n, 'data-testid': 'group' });
  const select = el('select', { id: `n${n}-kind`, 'aria-label': t('compose.kindLabel'),
    'aria-describedby': `n${n}-kind-error`, 'data-testid': 'group-kind' },
  KINDS.map((id) => el('option', { value: id, text: t(id === 'serial' ? 'compose.kind.serial' : 'compose.kind.parallel'),
    selected: id === kind })));
  const parts = el('ul', { class: 'parts', id: `n${n}-parts`, 'aria-label': t('compose.parts') },
    (value[kind] ?? []).map((p) => ('availability' in p ? leafNode(p) : groupNode(p))));
  li.append(
    el('div', { class: 'node-row group-head' }, [
      el('input', { id: `n${n}-name`, type: 'text', value: value.name ?? '', spellcheck: false,
        placeholder: t(root ? 'compose.placeholderSystem' : 'compose.placeholderGroup'),
        'aria-label': t(root ? 'compose.systemName' : 'compose.groupName'),
        'data-testid': 'group-name' }),
      select,
      el('output', { class: 'node-share', id: `n${n}-result`, 'data-testid': 'group-result' }),
    ]),
    el('p', { class: 'error', id: `n${n}-kind-error`, 'aria-live': 'polite', hidden: true }),
    parts,
    el('div', { class: 'node-actions' }, [
      el('button', { type: 'button', class: 'button small secondary', 'data-action': 'add-leaf',
        text: t('compose.addLeaf'), 'data-testid': 'add-leaf' }),
      el('button', { type: 'button', class: 'button small secondary', 'data-action': 'add-group',
        text: t('compose.addGroup'), 'data-testid': 'add-group' }),
      root ? null : el('button', { type: 'button', class: 'button small secondary', 'data-action': 'remove',
        text: t('compose.removeGroup'), 'data-testid': 'remove' }),
    ]),
  );
  return li;
}

function showTree(system) {
  nextNode = 0;
  const root = 'availability' in system ? { name: system.name, serial: [system] } : system;
  $('tree').replaceChildren(groupNode(root, true));
}

/** Adds, removes, and keeps the buttons' names saying which dependency or group they act on. */
function act(button) {
  const node = button.closest('.node');
  const action = button.dataset.action;
  if (action === 'remove') {
    const next = node.nextElementSibling ?? node.previousElementSibling ?? node.parentElement.closest('.node');
    node.remove();
    next?.querySelector('input, select, button')?.focus();
  } else {
    const part = action === 'add-leaf' ? leafNode() : groupNode({ serial: [{ availability: '' }] });
    $(`n${node.dataset.node}-parts`).append(part);
    part.querySelector(action === 'add-leaf' ? 'input' : 'select').focus();
  }
  page.compute();
}

// ---------------------------------------------------------------- reading the form

/** The tree under `node` as a compose request's node; fills fieldOfPathMap, and errors for empty fields. */
function readNode(node, path, errors) {
  const n = node.dataset.node;
  const name = nameOf(node);
  const named = name ? { name } : {};
  if (node.classList.contains('leaf')) {
    const availability = $(`n${n}-availability`).value.trim();
    fieldOfPathMap.set(`${path}/availability`, `n${n}-availability`);
    if (!availability) errors[`n${n}-availability`] = t('compose.errorAvailability');
    return { ...named, availability };
  }
  const kind = $(`n${n}-kind`).value;
  node.className = `node group ${kind}`;
  fieldOfPathMap.set(`${path}/${kind}`, `n${n}-kind`);
  const parts = [...$(`n${n}-parts`).children];
  if (!parts.length) errors[`n${n}-kind`] = t('compose.errorEmptyGroup');
  return { ...named, [kind]: parts.map((p, i) => readNode(p, `${path}/${kind}/${i}`, errors)) };
}

function readRequest() {
  const errors = {};
  fieldOfPathMap = new Map([['/target', 'target']]);
  const request = { system: readNode($('tree').firstElementChild, '/system', errors) };
  const [period, basis] = $('period').value.split(':');
  request.period = period;
  request[`${period}Basis`] = basis;
  const target = $('target').value.trim();
  if (target) request.target = target;
  return { request, errors };
}

/** Every control that can carry an error. */
const fieldIds = () => ['target', ...[...document.querySelectorAll('#tree input[id$="-availability"], #tree select')]
  .map((c) => c.id)];

// ---------------------------------------------------------------- the answer

const pct = (p) => percent(p.text);

/** Each node's own availability next to it, matched by request path. */
function showNodeResults(result) {
  const byPath = new Map();
  const visit = (n) => { byPath.set(n.path, n); for (const p of n.parts ?? []) visit(p); };
  visit(result.system);
  const walk = (node, path) => {
    const n = node.dataset.node;
    const answer = byPath.get(path);
    const result = $(`n${n}-result`);
    if (answer && node.classList.contains('group')) result.replaceChildren('= ', showPercent(el('span'), answer.availability));
    else result.textContent = '';
    if (node.classList.contains('group')) {
      const kind = $(`n${n}-kind`).value;
      [...$(`n${n}-parts`).children].forEach((p, i) => walk(p, `${path}/${kind}/${i}`));
    }
  };
  walk($('tree').firstElementChild, '/system');
}

function render(r) {
  showPercent($('composite'), r.availability);
  $('budget').textContent = t('compose.budget', { downtime: r.downtime.human, period: r.period.label });
  const goal = r.target;
  $('target-verdict').textContent = !goal ? '' : t(goal.meets ? 'compose.targetFits' : 'compose.targetMissed',
    { target: pct(goal.target), budget: goal.budget.human, used: r.downtime.human });
  $('target-verdict').className = goal ? (goal.meets ? 'is-met' : 'is-missed') : '';
  const d = r.dominant;
  $('dominant').textContent = d ? t('compose.dominant', { name: d.name || d.path, gain: number(d.gainIfPerfect.text) })
    : t('compose.noneDown');
  $('ranking').replaceChildren(...r.dependencies.map((dep) => el('tr', { 'data-testid': 'ranking-row' }, [
    el('th', { scope: 'row', text: dep.name || dep.path }),
    showPercent(el('td'), dep.availability),
    el('td', { text: t('compose.gainCell', { gain: number(dep.gainIfPerfect.text) }) }),
    dep.shareOfDowntime ? showPercent(el('td'), dep.shareOfDowntime) : el('td', { text: '—' }),
  ])));
  $('explain-list').replaceChildren(...r.explain.map((e) => el('li', { 'data-code': e.code, text: e.text })));
  showNodeResults(r);
}

// ---------------------------------------------------------------- a link to this view

/** A view's tree, as readRequest() writes it, within LINK_LIMITS: walked with a list, not by recursion. */
function checkTree(system) {
  const stack = [[system, 'tree', 0]];
  let dependencies = 0;
  while (stack.length) {
    const [node, at, depth] = stack.pop();
    expectShape(isRecord(node), at);
    if (node.name !== undefined) expectText(node.name, `${at}.name`, LINK_LIMITS.nameChars);
    if ('availability' in node) {
      expectRecord(node, at, ['name', 'availability']);
      expectText(node.availability, `${at}.availability`);
      dependencies += 1;
      if (dependencies > LINK_LIMITS.dependencies) throw linkProblem('compose.link.dependencies', { max: LINK_LIMITS.dependencies });
      continue;
    }
    const kinds = KINDS.filter((k) => k in node);
    expectShape(kinds.length === 1, at);
    const [kind] = kinds;
    expectRecord(node, at, ['name', kind]);
    if (depth >= LINK_LIMITS.depth) throw linkProblem('compose.link.depth', { max: LINK_LIMITS.depth });
    expectList(node[kind], `${at}.${kind}`, LINK_LIMITS.parts, 'compose.link.parts');
    node[kind].forEach((part, i) => stack.push([part, `${at}.${kind}[${i}]`, depth + 1]));
  }
}

// ---------------------------------------------------------------- wiring

function wire() {
  const form = $('compose-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', () => page.compute());
  form.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    if (button) act(button);
    const example = e.target.closest('button[data-example]');
    if (example) {
      showTree(EXAMPLES[example.dataset.example]());
      page.compute();
    }
  });
}

const page = runPage({
  view: 'compose',
  presets: false,
  setup() {
    showTree(EXAMPLES.chain());
    wire();
    sharePart('tree', { save: () => readRequest().request.system, check: checkTree,
      restore: (system) => { showTree(system); page.compute(); } });
  },
  read: readRequest,
  call: (sla, request) => sla.compose(request),
  fieldOfPath: (path) => fieldOfPathMap.get(path),
  fields: fieldIds,
  render,
  words: { stale: 'compose.stale', empty: 'compose.empty' },
});
