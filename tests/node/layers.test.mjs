// The core's layers as docs/design.md ("Layers of the core") lists them, held
// against the code: every file of core/ belongs to one layer, includes only
// its own layer and the ones above it, and no endpoint includes another's
// header. A file added without a place in the list, or an include against
// it, fails here — the design page stays true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENDPOINTS = 5;

/** module name → its layer (1 … 6), from the numbered list in docs/design.md. */
function layersOfDesign() {
  const text = readFileSync(path.join(root, 'docs/design.md'), 'utf8');
  const section = text.slice(text.indexOf('## Layers of the core'), text.indexOf('\n## ', text.indexOf('## Layers of the core') + 1));
  const layers = new Map();
  for (const item of section.split(/\n(?=\d\. )/)) {
    const n = Number(/^(\d)\. /.exec(item)?.[1]);
    if (!n) continue;
    for (const [, name] of item.matchAll(/`([a-z_0-9]+)`/g)) if (!layers.has(name)) layers.set(name, n);
  }
  return layers;
}

/** Every module of core/ (a .hpp and/or a .cpp) with the modules it includes. */
function modulesOfCore() {
  const modules = new Map();
  for (const file of readdirSync(path.join(root, 'core'))) {
    const m = /^([a-z_0-9]+)\.(hpp|cpp)$/.exec(file);
    if (!m) continue;
    const includes = [...readFileSync(path.join(root, 'core', file), 'utf8').matchAll(/^#include "([a-z_0-9]+)\.hpp"/gm)]
      .map(([, name]) => name).filter((name) => name !== m[1]);
    modules.set(m[1], [...(modules.get(m[1]) ?? []), ...includes.map((name) => ({ file, name }))]);
  }
  return modules;
}

const layers = layersOfDesign();
const modules = modulesOfCore();
/** An endpoint is named `<function>_json` ("core/*_json.cpp") unless listed elsewhere. */
const layerOf = (name) => layers.get(name) ?? (name.endsWith('_json') ? ENDPOINTS : undefined);

test('the design lists six layers and most of the core by name', () => {
  assert.deepEqual([...new Set(layers.values())].sort(), [1, 2, 3, 4, 5, 6]);
  assert.ok(layers.size > 50, `only ${layers.size} names read from docs/design.md`);
});

test('every module of core/ has its layer in docs/design.md', () => {
  const unplaced = [...modules.keys()].filter((name) => layerOf(name) === undefined);
  assert.deepEqual(unplaced, [], `add these to "Layers of the core" in docs/design.md: ${unplaced.join(', ')}`);
});

test('each module includes only its own layer and the ones above; no endpoint another endpoint', () => {
  const wrong = [];
  for (const [name, includes] of modules) {
    const own = layerOf(name);
    for (const { file, name: included } of includes) {
      const theirs = layerOf(included);
      if (theirs === undefined) continue;  // not placed: the test above names it
      if (theirs > own) wrong.push(`core/${file} (layer ${own}) includes ${included}.hpp (layer ${theirs})`);
      else if (own === ENDPOINTS && theirs === ENDPOINTS) wrong.push(`core/${file} includes the endpoint ${included}.hpp`);
    }
  }
  assert.deepEqual(wrong, []);
});
