// Makes the assembled site (web/ with the modules, pages with their shared
// head: cmake/assemble_pages.cmake) into what a browser loads fast
// (docs/design.md, "How the site is built"; docs/deploying.md):
//   1. each page's texts in one file per language (English filling what a
//      language lacks, listed under "slacalc:missing"; web/i18n.js);
//   2. scripts and stylesheets minified with esbuild;
//   3. the files a page loads copied under content-hashed names
//      (name-HASH.ext), the map from plain to hashed name written into
//      assets.js (web/assets.js);
//   4. each page's scripts bundled into one module, the code pages share in
//      chunks, every chunk and the page's wasm named in the page's head
//      (modulepreload, preload), so that all a page needs is requested with
//      its HTML;
//   5. every text file and wasm precompressed beside itself (.br, .gz).
// The module for scripts keeps its plain names (slacalc.mjs, views.mjs,
// slacalc-*.mjs and .wasm, slacalc.d.ts: docs/api.md), and so do embed.js,
// which other sites load by name (docs/embedding.md), and the outage worker.
// Third-party modules the build copied into vendor/ (idb: CMakeLists.txt) are
// minified there and stay files of their own, which the bundles import.
//   node scripts/build-site.mjs SITE [ESBUILD]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync }
  from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const site = path.resolve(process.argv[2]);
const esbuild = process.argv[3] ?? 'esbuild';
const read = (file) => readFileSync(path.join(site, file), 'utf8');
const write = (file, text) => writeFileSync(path.join(site, file), text);
const run = (args) => execFileSync(esbuild, [...args, '--log-level=warning'], { stdio: 'inherit' });

/** Scripts that keep their plain names and are not bundled into pages. */
const PLAIN_SCRIPTS = ['embed.js', 'outage-worker.js', 'assets.js', 'slacalc.mjs', 'views.mjs'];
const pages = readdirSync(site).filter((f) => f.endsWith('.html')).sort();
/** Where the build put third-party modules: each directory one package's. */
const VENDOR = 'vendor';

// 1. One file of texts per page and language.
function joinLocales() {
  const dir = path.join(site, 'locales');
  const langs = readdirSync(dir).sort();
  const load = (lang, part) => JSON.parse(readFileSync(path.join(dir, lang, `${part}.json`), 'utf8'));
  const parts = readdirSync(path.join(dir, 'en')).map((f) => path.basename(f, '.json')).filter((p) => p !== 'common');
  for (const part of parts) {
    const english = { ...load('en', 'common'), ...load('en', part) };
    for (const lang of langs) {
      const own = lang === 'en' ? english : { ...load(lang, 'common'), ...load(lang, part) };
      const missing = Object.keys(english).filter((key) => !(key in own));
      const joined = { ...english, ...own, ...(missing.length ? { 'slacalc:missing': missing } : {}) };
      writeFileSync(path.join(dir, lang, `${part}.json`), JSON.stringify(joined));
    }
  }
  for (const lang of langs) rmSync(path.join(dir, lang, 'common.json'));
  return langs.flatMap((lang) => parts.map((part) => `locales/${lang}/${part}.json`));
}

// 2. Minified in place: what stays a file of its own.
function minify(files) {
  for (const file of files) {
    const bundle = file === 'embed.js' ? ['--bundle', '--format=esm'] : [];
    const full = path.join(site, file);
    run([full, ...bundle, '--minify', `--outfile=${full}`, '--allow-overwrite']);
  }
}

// 3. Content-hashed copies, named as esbuild names its chunks (name-HASH.ext,
// HASH eight characters of base32), so that one pattern tells a server which
// files never change (scripts/serve.mjs, docs/deploying.md).
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function hashOf(bytes) {
  const digest = createHash('sha256').update(bytes).digest();
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

function hashCopies(files) {
  const assets = {};
  for (const file of files) {
    const ext = path.extname(file);
    const hashed = `${file.slice(0, -ext.length)}-${hashOf(readFileSync(path.join(site, file)))}${ext}`;
    copyFileSync(path.join(site, file), path.join(site, hashed));
    assets[file] = hashed;
  }
  return assets;
}

// 4. One module per page, shared code in chunks.
/** The module scripts a page names in its HTML, in order. */
const pageScripts = (html) => [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>\n/g)];

function bundlePages() {
  const work = mkdtempSync(path.join(tmpdir(), 'slacalc-site-'));
  try {
    const entries = pages.map((page) => {
      const entry = path.join(work, `${path.basename(page, '.html')}.js`);
      const imports = pageScripts(read(page)).map(([, src]) => `import ${JSON.stringify(path.join(site, src))};\n`);
      writeFileSync(entry, imports.join(''));
      return entry;
    });
    const meta = path.join(work, 'meta.json');
    run([...entries, '--bundle', '--splitting', '--format=esm', '--minify', `--outdir=${site}`,
      '--entry-names=[name]-[hash]', '--chunk-names=chunk-[hash]', '--external:node:*',
      `--external:${path.join(site, VENDOR)}/*`, `--metafile=${meta}`]);
    const { outputs } = JSON.parse(readFileSync(meta, 'utf8'));
    const name = (output) => path.relative(site, path.resolve(output));
    const closure = (output, seen = new Set()) => {
      for (const { path: dep, kind } of outputs[output].imports) {
        if (kind === 'import-statement' && !seen.has(dep)) {
          seen.add(dep);
          closure(dep, seen);
        }
      }
      return seen;
    };
    return Object.fromEntries(pages.map((page, i) => {
      const output = Object.keys(outputs).find((o) => outputs[o].entryPoint &&
        path.resolve(outputs[o].entryPoint) === entries[i]);
      return [page, { entry: name(output), chunks: [...closure(output)].map(name).sort() }];
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The page's head names its bundle, the chunks it imports and its hashed files. */
function rewritePage(page, { entry, chunks }, assets) {
  let html = read(page);
  const scripts = pageScripts(html);
  if (!scripts.length) throw new Error(`${page}: no module script`);
  html = html.replace(scripts[0][0], `<script type="module" src="${entry}"></script>\n` +
    chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">\n`).join(''));
  for (const [text] of scripts.slice(1)) html = html.replace(text, '');
  html = html.replace('<link rel="modulepreload" href="slacalc.mjs">\n', '');
  html = html.replace(/(href|src)="([^"?#]+)"/g, (m, attr, file) => (assets[file] ? `${attr}="${assets[file]}"` : m));
  write(page, html);
}

// 5. Precompressed beside each file, where it saves bytes.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.ts']);
function precompress(dir = site) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      precompress(full);
      continue;
    }
    if (!COMPRESSIBLE.has(path.extname(name))) continue;
    const bytes = readFileSync(full);
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    const gz = gzipSync(bytes, { level: 9 });
    if (br.length < bytes.length) writeFileSync(`${full}.br`, br);
    if (gz.length < bytes.length) writeFileSync(`${full}.gz`, gz);
  }
}

const locales = joinLocales();
const styles = readdirSync(site).filter((f) => f.endsWith('.css'));
const scripts = readdirSync(site).filter((f) => /\.m?js$/.test(f));
const bundled = scripts.filter((f) => !PLAIN_SCRIPTS.includes(f) && !/^slacalc-[a-z]+\.mjs$/.test(f));
const examples = readdirSync(path.join(site, 'examples')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `examples/${f}`);
const vendored = readdirSync(path.join(site, VENDOR), { recursive: true }).filter((f) => /\.m?js$/.test(f))
  .map((f) => path.join(VENDOR, f));
minify([...styles, ...scripts.filter((f) => !bundled.includes(f) && f !== 'assets.js'), ...examples, ...vendored]);
const modules = readdirSync(site).filter((f) => /^slacalc-[a-z]+\.(mjs|wasm)$/.test(f) && !f.startsWith('slacalc-core.'));
const assets = hashCopies([...modules, ...styles, ...locales]);
const source = read('assets.js');
if (!source.includes('const ASSETS = {};')) throw new Error('assets.js: no place for the map of hashed names');
write('assets.js', source.replace('const ASSETS = {};', `const ASSETS = ${JSON.stringify(assets)};`));
minify(['assets.js']);
write('assets.json', `${JSON.stringify(assets, null, 1)}\n`);
const bundles = bundlePages();
for (const page of pages) rewritePage(page, bundles[page], assets);
for (const file of [...bundled, ...styles, ...locales]) rmSync(path.join(site, file));
precompress();
