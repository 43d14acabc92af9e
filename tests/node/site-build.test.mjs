// The built site as scripts/build-site.mjs leaves it (docs/deploying.md):
// what may be cached for good is named by its content, the precompressed
// files hold the same bytes, and every file a page names is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { siteDir } from './site.mjs';

const assets = JSON.parse(readFileSync(path.join(siteDir, 'assets.json'), 'utf8'));
const files = (dir = siteDir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  (e.isDirectory() ? files(path.join(dir, e.name)) : [path.relative(siteDir, path.join(dir, e.name))]));

/** The first 40 bits of the file's SHA-256 in RFC 4648 base32 (A–Z, 2–7): the name's HASH. */
function contentHash(bytes) {
  const digest = createHash('sha256').update(bytes).digest();
  const bits = [...digest.subarray(0, 5)].map((b) => b.toString(2).padStart(8, '0')).join('');
  return bits.match(/.{5}/g).map((five) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[parseInt(five, 2)]).join('');
}

test('each hashed copy is named by its content and holds the plain file\'s content', () => {
  assert.ok(Object.keys(assets).length >= 20, Object.keys(assets).join(' '));
  for (const [plain, hashed] of Object.entries(assets)) {
    const bytes = readFileSync(path.join(siteDir, hashed));
    const ext = path.extname(plain);
    assert.equal(hashed, `${plain.slice(0, -ext.length)}-${contentHash(bytes)}${ext}`);
    if (existsSync(path.join(siteDir, plain))) assert.ok(bytes.equals(readFileSync(path.join(siteDir, plain))), plain);
  }
});

test('the bundles and chunks esbuild named are there, one bundle per page', () => {
  const all = files();
  const pages = all.filter((f) => f.endsWith('.html') && !f.includes('/'));
  for (const page of pages) {
    const html = readFileSync(path.join(siteDir, page), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)">/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1, `${page}: ${scripts.join(' ')}`);
    assert.match(scripts[0], /^[a-z]+-[A-Z2-7]{8}\.js$/, page);
    for (const [, ref] of html.matchAll(/(?:src|href)="([^"#?:]+)"/g))
      if (!ref.endsWith('/')) assert.ok(all.includes(ref), `${page} names ${ref}, which is not in the site`);
  }
});

test('every .br and .gz holds exactly the bytes of the file beside it, and every text file and wasm has both', () => {
  const all = files();
  for (const file of all.filter((f) => /\.(br|gz)$/.test(f))) {
    const original = readFileSync(path.join(siteDir, file.slice(0, -3)));
    const packed = readFileSync(path.join(siteDir, file));
    assert.ok((file.endsWith('.br') ? brotliDecompressSync(packed) : gunzipSync(packed)).equals(original), file);
  }
  for (const file of all.filter((f) => /\.(html|js|mjs|css|json|wasm)$/.test(f) && readFileSync(path.join(siteDir, f)).length > 1024))
    for (const ext of ['.br', '.gz']) assert.ok(all.includes(file + ext), `${file}${ext}`);
});
