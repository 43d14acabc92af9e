// What a first visit to each page of the built site costs on the wire: every
// file the page loads before its first result — its HTML, stylesheet, its
// bundle and the chunks it imports, the wasm module and its glue (named in
// the page's head), and the page's texts in one language — each as the build
// precompressed it (FILE.br, else FILE.gz, else the file; scripts/build-site.mjs).
// The language counted is the one whose texts are largest, so the figure
// holds for a visit in any. The ceilings in bench/budgets.json are these figures.
// A module its pages load only when one of its functions is first used
// (bindings/views.json, onDemand) is printed on its own.
//   node bench/payload.mjs [siteDir]         prints a table
//   import { pagePayloads } from './payload.mjs'  for a check
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGS = ['en', 'de', 'nl', 'da'];

const sizeOf = (file) => stat(file).then((s) => s.size, () => null);

/** The file's size as served: { raw, wire, coding }. */
async function size(file) {
  const raw = await sizeOf(file);
  for (const [coding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    const wire = await sizeOf(file + ext);
    if (wire !== null) return { raw, wire, coding };
  }
  return { raw, wire: raw, coding: 'identity' };
}

// The site files a file names: the HTML's scripts, links and preloads; a
// script's static imports (what the browser fetches before running it).
function references(text, kind) {
  const found = [];
  const add = (ref) => { if (ref.startsWith('./') || /^[\w-]+\.\w+$/.test(ref)) found.push(ref); };
  if (kind === 'html') {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) add(m[1]);
  } else {
    for (const m of text.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"]([^'"]+)['"]/g)) add(m[1]);
  }
  return found;
}

/**
 * The files a first visit to `page` loads, by their names in the site: those
 * its HTML and scripts name, and `texts(lang)`, its texts in a language.
 */
export async function pageFiles(site, page) {
  const files = new Set();
  const visit = async (file) => {
    if (files.has(file)) return;
    files.add(file);
    const ext = path.extname(file);
    if (!['.html', '.js', '.mjs'].includes(ext)) return;
    const text = await readFile(path.join(site, file), 'utf8');
    for (const ref of references(text, ext === '.html' ? 'html' : 'js')) await visit(path.normalize(ref));
  };
  await visit(page);
  const assets = JSON.parse(await readFile(path.join(site, 'assets.json'), 'utf8'));
  const part = (await readFile(path.join(site, page), 'utf8')).match(/data-i18n-part="([^"]+)"/)?.[1];
  return { files: [...files], texts: (lang) => (part ? [assets[`locales/${lang}/${part}.json`]] : []) };
}

/** Per page: { page, files: { name: size }, total: { raw, wire }, lang } for the costliest language. */
export async function pagePayloads(site) {
  const pages = (await readdir(site)).filter((f) => f.endsWith('.html')).sort();
  const result = [];
  for (const page of pages) {
    const { files: named, texts } = await pageFiles(site, page);
    const shared = Object.fromEntries(await Promise.all(named.map(async (f) => [f, await size(path.join(site, f))])));
    let costliest = null;
    for (const lang of LANGS) {
      const files = { ...shared };
      for (const file of texts(lang)) files[file] = await size(path.join(site, file));
      const total = Object.values(files).reduce((t, s) => ({ raw: t.raw + s.raw, wire: t.wire + s.wire }), { raw: 0, wire: 0 });
      if (!costliest || total.wire > costliest.total.wire) costliest = { page, files, total, lang };
    }
    result.push(costliest);
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = path.resolve(process.argv[2] ?? 'build/wasm/web');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const part = (files, test) => Object.entries(files).filter(([f]) => test(f)).reduce((n, [, s]) => n + s.wire, 0);
  console.log('== first visit per page, as served (precompressed; the costliest language)');
  for (const { page, files, total, lang } of await pagePayloads(site)) {
    const wasm = part(files, (f) => f.endsWith('.wasm'));
    const scripts = part(files, (f) => /\.m?js$/.test(f));
    console.log(`${page.padEnd(14)} ${kb(total.raw)} raw ${kb(total.wire)} on the wire (${lang}, ` +
      `${Object.keys(files).length} files: wasm ${kb(wasm).trim()}, scripts ${kb(scripts).trim()}, ` +
      `the rest ${kb(total.wire - wasm - scripts).trim()})`);
  }
  const assets = JSON.parse(await readFile(path.join(site, 'assets.json'), 'utf8'));
  const { VIEWS } = await import(path.join(site, 'views.mjs'));
  for (const { name, onDemand } of VIEWS.filter((v) => v.onDemand)) {
    const parts = await Promise.all(['mjs', 'wasm'].map((ext) => size(path.join(site, assets[`slacalc-${name}.${ext}`]))));
    console.log(`on demand: slacalc-${name} (${onDemand.join(', ')}) ${kb(parts[0].raw + parts[1].raw)} raw ` +
      `${kb(parts[0].wire + parts[1].wire)} on the wire`);
  }
}
