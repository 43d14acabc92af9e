// Error messages are texts for people too: the page shows them next
// to the field, so a German page must not show an English one. Two checks:
// - in the sources, every message an Error, wrong_type or missing_field is
//   given is built by say() (a Phrase in all four languages), never a bare
//   English literal;
// - over generated requests (tests/node/requests.mjs), every failing one
//   answers in German, Dutch and Danish with another message than in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { root, siteDir } from './site.mjs';
import { generateRequests, presetTexts } from './requests.mjs';

// The index of the bracket that closes the one at `open`, skipping string literals.
function closing(text, open) {
  const pairs = { '{': '}', '(': ')' };
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
    } else if (c === text[open]) {
      depth++;
    } else if (c === pairs[text[open]] && --depth === 0) {
      return i;
    }
  }
  return -1;
}

// The top-level arguments of a bracketed list.
function args(list) {
  const out = [];
  let depth = 0, start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"') for (i++; list[i] !== '"'; i += list[i] === '\\' ? 2 : 1);
    else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) depth--;
    else if (c === ',' && depth === 0) { out.push(list.slice(start, i)); start = i + 1; }
  }
  out.push(list.slice(start));
  return out;
}

test('core: every error message is a Phrase in four languages, no English literal', async () => {
  const dir = path.join(root, 'core');
  const bare = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpp'))) {
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/\b(Error\{|wrong_type\(|missing_field\()/g)) {
      const open = m.index + m[0].length - 1;
      const parts = args(text.slice(open + 1, closing(text, open)));
      // Error{code, message, path}, wrong_type(path, expected, value), missing_field(path, what)
      const message = parts[1] ?? '';
      if (/"[^"]/.test(message) && !message.includes('say(')) {
        bare.push(`${file}:${text.slice(0, m.index).split('\n').length}: ${message.trim().slice(0, 80)}`);
      }
    }
  }
  assert.deepEqual(bare, [], `messages not in say():\n${bare.join('\n')}`);
});

test('generated failing requests: German, Dutch and Danish messages differ from the English one', async () => {
  const createCore = (await import(path.join(siteDir, 'slacalc-core.mjs'))).default;
  const core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const requests = generateRequests(20261204, 6000, presetTexts(core));
  const english = new Map();  // message → function and path, once each
  let failing = 0;
  for (const { fn, text } of requests) {
    let request;
    try { request = JSON.parse(text); } catch { continue; }
    // validateProfile reads the document itself, which has no "lang".
    if (fn === 'validateProfile' || !request || typeof request !== 'object' || Array.isArray(request)) continue;
    const answer = (lang) => core.call(fn, JSON.stringify({ ...request, lang }));
    const first = answer('en');
    if (first.ok) continue;
    const en = JSON.parse(first.body);
    failing++;
    for (const lang of ['de', 'nl', 'da']) {
      const other = JSON.parse(answer(lang).body);
      assert.equal(other.code, en.code, `${fn} ${text}`);
      assert.equal(other.path, en.path, `${fn} ${text}`);
      if (other.message === en.message) english.set(en.message, `${fn} ${en.path} (${lang})`);
    }
  }
  assert.ok(failing > 500, `only ${failing} failing requests`);
  assert.deepEqual([...english].map(([message, where]) => `${where}: ${message}`), []);
});
