// What each page of the site costs to load, as served: every file the page
// needs while it is used — its HTML, stylesheet, icon, scripts and the modules
// they import (statically, dynamically or as a worker), the wasm, and its
// locale files in all four languages — each gzipped on its own (-9), as a
// server would send it (the ceilings in bench/budgets.json).
//   node bench/payload.mjs [siteDir]         prints a table
//   import { pagePayloads } from './payload.mjs'  for a check
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGS = ['en', 'de', 'nl', 'da'];

async function size(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// Relative references a file makes to others of the site.
function references(text, kind) {
  const found = [];
  const add = (ref) => { if (ref.startsWith('./') || ref.startsWith('../') || /^[\w-]+\.\w+$/.test(ref)) found.push(ref); };
  if (kind === 'html') {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) add(m[1]);
  } else {
    for (const m of text.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"]([^'"]+)['"]/g)) add(m[1]);
    for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]);
    for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\)/g)) add(m[1]);
  }
  return found;
}

// The files one page loads: a closure over references, plus the locale parts
// its <html data-i18n-part> names (and "common") in every language.
export async function pageFiles(site, page) {
  const files = new Set();
  const visit = async (file) => {
    if (files.has(file)) return;
    files.add(file);
    const ext = path.extname(file);
    if (!['.html', '.js', '.mjs'].includes(ext)) return;
    const text = await readFile(path.join(site, file), 'utf8');
    for (const ref of references(text, ext === '.html' ? 'html' : 'js'))
      await visit(path.normalize(path.join(path.dirname(file), ref)));
  };
  await visit(page);
  const html = await readFile(path.join(site, page), 'utf8');
  const part = html.match(/data-i18n-part="([^"]+)"/)?.[1];
  for (const lang of LANGS)
    for (const name of ['common', part].filter(Boolean)) files.add(path.join('locales', lang, `${name}.json`));
  return [...files].sort();
}

export async function pagePayloads(site) {
  const pages = (await readdir(site)).filter((f) => f.endsWith('.html')).sort();
  const result = [];
  for (const page of pages) {
    const files = await pageFiles(site, page);
    const total = { raw: 0, gzip: 0 };
    const byFile = {};
    for (const file of files) {
      const s = await size(path.join(site, file));
      byFile[file] = s;
      total.raw += s.raw;
      total.gzip += s.gzip;
    }
    result.push({ page, files: byFile, total });
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const part = (files, test) => Object.entries(files).filter(([f]) => test(f)).reduce((n, [, s]) => n + s.gzip, 0);
  console.log(`== payload per page (each file gzip -9; all ${LANGS.length} languages' locale files)`);
  for (const { page, files, total } of await pagePayloads(site)) {
    const wasm = part(files, (f) => f.endsWith('.wasm'));
    const locales = part(files, (f) => f.startsWith('locales'));
    console.log(`${page.padEnd(14)} ${kb(total.raw)} raw ${kb(total.gzip)} gzip  (${Object.keys(files).length} files: ` +
      `wasm ${kb(wasm).trim()}, locales ${kb(locales).trim()}, the rest ${kb(total.gzip - wasm - locales).trim()})`);
  }
}
