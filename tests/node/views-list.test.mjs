// bindings/views.json is the one list of views (docs/design.md, "Modules and
// pages"). CMake and the scripts read it; the places that cannot — the
// d.ts's View type, each page's <html data-core> and preload links, the
// table in docs/api.md — are checked against it here, as is what the build
// made from it (the site's views.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { importSite, root, siteDir } from './site.mjs';

const source = JSON.parse(await readFile(path.join(root, 'bindings', 'views.json'), 'utf8'));
const { views } = source;
const names = views.map(({ name }) => name);
const { FUNCTIONS } = await importSite('slacalc.mjs');

test('views.json: each view well formed, its functions the core\'s', () => {
  assert.deepEqual(Object.keys(source).sort(), ['about', 'views']);
  assert.equal(new Set(names).size, names.length, 'a name listed twice');
  const known = ['name', 'page', 'onDemand', 'parameter', 'functions', 'withoutContract', 'outageFile', 'note'];
  for (const view of views) {
    for (const key of Object.keys(view)) assert.ok(known.includes(key), `${view.name}: unknown field "${key}"`);
    assert.match(view.name, /^[a-z][a-zA-Z0-9]*$/);
    assert.notEqual(view.name, 'core', 'slacalc-core is the whole core');
    // Loaded with its page, or by its pages when first used.
    assert.ok(('page' in view) !== ('onDemand' in view), `${view.name}: page or onDemand`);
    for (const page of view.onDemand ?? [view.page]) assert.match(page, /^[a-z0-9-]+\.html$/);
    if (view.onDemand) assert.ok(!('parameter' in view), `${view.name}: a parameter loads a view with its page`);
    if ('parameter' in view) assert.match(view.parameter, /^[a-zA-Z]+$/);
    assert.equal(typeof view.outageFile, 'boolean', `${view.name}: outageFile`);
    assert.ok(Array.isArray(view.functions) && view.functions.length > 0, `${view.name}: functions`);
    assert.equal(new Set(view.functions).size, view.functions.length, `${view.name}: a function listed twice`);
    for (const fn of view.functions) assert.ok(FUNCTIONS.includes(fn), `${view.name}: "${fn}" is no function of the core`);
    for (const fn of view.withoutContract ?? [])
      assert.ok(view.functions.includes(fn), `${view.name}: withoutContract "${fn}" is not one of its functions`);
  }
});

test('every page is some view\'s own page, and a parameter\'s view shares a page that has one', () => {
  const own = views.filter((v) => v.page && !v.parameter);
  assert.equal(new Set(own.map((v) => v.page)).size, own.length, 'two views are one page\'s own');
  for (const view of views.filter((v) => v.parameter))
    assert.ok(own.some((v) => v.page === view.page), `${view.name}: ${view.page} has no view of its own`);
});

test('the site\'s views.mjs is built from views.json', async () => {
  const built = await importSite('views.mjs');
  assert.deepEqual(built.VIEWS.map((v) => ({ ...v })),
    views.map(({ name, page, parameter, onDemand }) => ({ name, ...(page ? { page } : { onDemand }),
      ...(parameter ? { parameter } : {}) })));
});

test('slacalc.d.ts: the View type names the views', async () => {
  const types = await readFile(path.join(root, 'bindings', 'slacalc.d.ts'), 'utf8');
  const union = types.match(/export type View =([^;]+);/)?.[1];
  assert.ok(union, 'no "export type View = …;" in slacalc.d.ts');
  assert.deepEqual([...union.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort(), [...names].sort());
});

// The preload links come from the shared head (web/partials/head.html), put in
// when the site is assembled: read from the built page.
test('each page names its own view in <html data-core> and preloads that module', async () => {
  const assets = JSON.parse(await readFile(path.join(siteDir, 'assets.json'), 'utf8'));
  const pages = (await readdir(path.join(root, 'web'))).filter((f) => f.endsWith('.html'));
  const own = new Map(views.filter((v) => v.page && !v.parameter).map((v) => [v.page, v.name]));
  for (const page of own.keys()) assert.ok(pages.includes(page), `web/${page} is missing`);
  for (const page of pages) {
    const html = await readFile(path.join(root, 'web', page), 'utf8');
    const core = html.match(/<html\b[^>]*\bdata-core="([^"]*)"/)?.[1];
    assert.equal(core, own.get(page), `web/${page}: data-core`);
    if (!core) continue;
    const built = await readFile(path.join(siteDir, page), 'utf8');
    // The build names them by content hash (scripts/build-site.mjs), listed in assets.json.
    const plain = Object.fromEntries(Object.entries(assets).map(([name, hashed]) => [hashed, name]));
    const preloaded = [...built.matchAll(/<link rel="(?:modulepreload|preload)" href="(slacalc-[^"]+)"/g)]
      .map((m) => plain[m[1]]);
    assert.deepEqual(preloaded.sort(), [`slacalc-${core}.mjs`, `slacalc-${core}.wasm`], `web/${page}: preload links`);
  }
});

test('docs/api.md lists the views with their functions', async () => {
  const doc = (await readFile(path.join(root, 'docs', 'api.md'), 'utf8')).split(/^## /m)
    .find((section) => section.startsWith('One page\'s module'));
  const rows = [...doc.matchAll(/^\| `(\w+)` \| (.+) \|$/gm)].map(([, name, cell]) => ({
    name, functions: [...cell.matchAll(/`(\w+)`/g)].map((m) => m[1]).filter((fn) => fn !== 'openOutageFile'),
    outageFile: cell.includes('`openOutageFile`') }));
  assert.deepEqual(rows, views.map(({ name, functions, outageFile }) => ({ name, functions, outageFile })));
});
