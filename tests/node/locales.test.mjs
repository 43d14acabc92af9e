// The locale files (web/locales/<lang>/<part>.json) against each other and
// against the pages: every key in every language, the same {placeholders}, no
// empty text, each key in its page's part (or common), and every key the pages
// use (data-i18n, data-i18n-attr, quoted in scripts) defined. A missing
// translation fails here, not as English text nobody notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

const web = new URL('../../web/', import.meta.url);
const LANGS = ['en', 'de', 'nl', 'da'];
const PARTS = (await readdir(new URL('locales/en/', web))).map((name) => name.replace(/\.json$/, ''));
const load = async (lang, part) => JSON.parse(await readFile(new URL(`locales/${lang}/${part}.json`, web), 'utf8'));
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language has every part, with every key, the same placeholders and some text', async () => {
  for (const lang of LANGS) {
    assert.deepEqual((await readdir(new URL(`locales/${lang}/`, web))).sort(), PARTS.map((p) => `${p}.json`).sort(), lang);
  }
  for (const part of PARTS) {
    const en = await load('en', part);
    for (const lang of LANGS) {
      const strings = await load(lang, part);
      assert.deepEqual(Object.keys(strings).sort(), Object.keys(en).sort(), `${lang}/${part}`);
      for (const [key, text] of Object.entries(strings)) {
        assert.ok(text.trim(), `${lang} ${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(en[key]), `${lang} ${key}`);
      }
    }
  }
});

test("a page's keys live in its part, named after it; the rest in common, once", async () => {
  const seen = new Set();
  for (const part of PARTS) {
    for (const key of Object.keys(await load('en', part))) {
      assert.ok(!seen.has(key), `"${key}" is defined twice`);
      seen.add(key);
      if (part !== 'common') assert.ok(key.startsWith(`${part}.`), `"${key}" in ${part}.json`);
      else assert.ok(!PARTS.includes(key.split('.')[0]), `"${key}" belongs in ${key.split('.')[0]}.json`);
    }
  }
});

test('every key the pages use is defined', async () => {
  const all = {};
  for (const part of PARTS) Object.assign(all, await load('en', part));
  const areas = [...new Set(Object.keys(all).filter((k) => k.includes('.')).map((k) => k.split('.')[0]))];
  const quoted = new RegExp(`'((?:${areas.join('|')})\\.(?!html'|js')[\\w.-]+)'`, 'g');
  const used = new Set();
  // The pages, their scripts, and the head and navigation they share (web/partials, put in at assembly).
  const files = [...await readdir(web), ...(await readdir(new URL('partials/', web))).map((name) => `partials/${name}`)];
  for (const name of files) {
    if (!/\.(html|js)$/.test(name)) continue;
    const text = await readFile(new URL(name, web), 'utf8');
    for (const m of text.matchAll(/data-i18n="([^"]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(' ')) used.add(pair.split(':')[1]);
    // Keys in scripts: any quoted "area.name" of the locale files' areas (also in t(a ? 'x' : 'y')).
    for (const m of text.matchAll(quoted)) used.add(m[1]);
  }
  assert.ok(used.size > 40, `${used.size} keys found`);
  for (const key of used) assert.ok(key in all, `"${key}" is used but not in any locales/en/*.json`);
});

// Every text a page's HTML shows is translated: each run of words sits in an
// element with data-i18n (the brand "slacalc", numbers and symbols aside), and
// each title, aria-label, placeholder and description is named in data-i18n-attr.
test('no page has text outside data-i18n', async () => {
  for (const name of await readdir(web)) {
    if (!name.endsWith('.html')) continue;
    const html = (await readFile(new URL(name, web), 'utf8'))
      .replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/i, '');
    assert.match(html, /<html [^>]*data-i18n-part="\w+"/, `${name}: <html data-i18n-part>`);
    const open = [];  // the enclosing tags, innermost last
    for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
      const [, closing, tag, attrs, text] = m;
      if (text !== undefined) {
        const words = text.replace(/slacalc|&\w+;|[\d\W_]+/g, ' ').trim();
        if (words && !open.some((o) => /data-i18n="/.test(o.attrs))) {
          assert.fail(`${name}: "${text.trim().slice(0, 60)}" in <${open.at(-1)?.tag}> has no data-i18n`);
        }
        continue;
      }
      const voidTag = /^(meta|link|input|br|img|hr|source|col|wbr)$/i.test(tag) || attrs.endsWith('/');
      if (!closing) {
        for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
          if (new RegExp(`\\s${attr}="[^"]*[a-zA-Z]`).test(attrs)) {
            assert.match(attrs, new RegExp(`data-i18n-attr="[^"]*\\b${attr}:`), `${name}: <${tag}${attrs.slice(0, 60)}…> ${attr}`);
          }
        }
        if (tag === 'meta' && /name="description"/.test(attrs)) assert.match(attrs, /data-i18n-attr="[^"]*content:/, `${name}: description`);
        if (!voidTag) open.push({ tag, attrs });
      } else {
        const at = open.map((o) => o.tag).lastIndexOf(tag);
        if (at >= 0) open.length = at;
      }
    }
  }
});
