// The locale files (web/locales/*.json) against each other and against the
// pages: every key in every language, the same {placeholders}, no empty text,
// and every key the pages use (data-i18n, data-i18n-attr, quoted in scripts) defined.
// A missing translation fails here, not as English text nobody notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

const web = new URL('../../web/', import.meta.url);
const LANGS = ['en', 'de', 'nl', 'da'];
const load = async (lang) => JSON.parse(await readFile(new URL(`locales/${lang}.json`, web), 'utf8'));
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language has every key, with the same placeholders and some text', async () => {
  const en = await load('en');
  for (const lang of LANGS) {
    const strings = await load(lang);
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(en).sort(), lang);
    for (const [key, text] of Object.entries(strings)) {
      assert.ok(text.trim(), `${lang} ${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(en[key]), `${lang} ${key}`);
    }
  }
});

test('every key the pages use is defined', async () => {
  const en = await load('en');
  const used = new Set();
  for (const name of await readdir(web)) {
    if (!/\.(html|js)$/.test(name)) continue;
    const text = await readFile(new URL(name, web), 'utf8');
    for (const m of text.matchAll(/data-i18n="([^"]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(' ')) used.add(pair.split(':')[1]);
    // Keys in scripts: any quoted "area.name" of the locale files' areas (also in t(a ? 'x' : 'y')).
    for (const m of text.matchAll(/'((?:nav|compose|explain|status)\.(?!html')[\w.]+)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 40, `${used.size} keys found`);
  for (const key of used) assert.ok(key in en, `"${key}" is used but not in locales/en.json`);
});
