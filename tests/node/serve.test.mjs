// The local server (scripts/serve.mjs) under hostile requests: any page the
// user visits while scripts/run.sh runs can make the browser send them
// (<img src="http://127.0.0.1:8080/%">). Each answers with a fitting status
// and the server stays up; every answer, errors included, carries the CSP.
// The server runs as run.sh starts it, against a temporary folder that has
// a sibling whose name begins with the folder's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { root } from './site.mjs';

const SCRIPT = 'x'.repeat(4000);
let tmp, site, server, port;

/** Starts serve.mjs on a free port; resolves with it and the port. */
function startServer(dir, env = {}) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), dir, '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/^slacalc: serving (.+) at http:\/\/127\.0\.0\.1:(\d+)\/$/m);
      if (m) resolve({ child, port: Number(m[2]), dir: m[1] });
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.once('exit', (code) => reject(Object.assign(new Error(`serve.mjs exited (${code}): ${out}`), { code, out })));
  });
}

/** One request with the path exactly as given (no client-side normalising). */
function request(target, { method = 'GET', headers = {}, at = port } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: at, method, path: target, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The server still answers a plain request. */
async function stillUp() {
  assert.equal(server.exitCode, null, 'the server process ended');
  const { status, body } = await request('/');
  assert.equal(status, 200);
  assert.equal(body.toString(), '<p>home</p>\n');
}

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'slacalc-serve-'));
  site = path.join(tmp, 'web');
  mkdirSync(path.join(site, 'examples'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<p>home</p>\n');
  writeFileSync(path.join(site, 'examples', 'index.html'), '<a href="docs.css">relative</a>\n');
  writeFileSync(path.join(site, 'budget.js'), `// ${SCRIPT}\n`);
  writeFileSync(path.join(site, 'module.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(site, '.env'), 'hidden\n');
  // As the build writes them: a hashed name, and files precompressed beside it
  // (here with other words than the plain file's, to tell which was sent).
  writeFileSync(path.join(site, 'page-ABCD2345.js'), `// ${SCRIPT}\n`);
  writeFileSync(path.join(site, 'page-ABCD2345.js.br'), brotliCompressSync('// brotli, as built\n'));
  writeFileSync(path.join(site, 'page-ABCD2345.js.gz'), gzipSync('// gzip, as built\n'));
  writeFileSync(path.join(site, 'index.html.gz'), gzipSync('<p>home, as built</p>\n'));
  // A sibling whose name starts with the root's: "web-secret" beside "web".
  mkdirSync(path.join(tmp, 'web-secret'));
  writeFileSync(path.join(tmp, 'web-secret', 'x'), 'secret\n');
  ({ child: server, port } = await startServer(site));
});
after(() => {
  server?.kill();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the start line names the folder and the port', async () => {
  const { child, dir } = await startServer(site);
  child.kill();
  assert.equal(dir, site);
});

test('malformed paths: 400, and the server stays up', async () => {
  for (const target of ['/%', '/%ZZ', '/a%c0', '/%E0%A4%A', '/a%00b']) {
    const { status, headers } = await request(target);
    assert.equal(status, 400, target);
    assert.match(headers['content-security-policy'], /frame-ancestors 'self'/, target);
    await stillUp();
  }
  // Not a path at all: no file by that name.
  for (const target of ['//[', '/[', '/a?b=%']) {
    assert.equal((await request(target)).status, 404, target);
    await stillUp();
  }
});

/** Raw bytes to the server; resolves with the first line and the headers of the answer. */
function rawRequest(text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { out += chunk; });
    socket.on('close', () => resolve(out.split('\r\n\r\n')[0].split('\r\n')));
    socket.on('error', reject);
  });
}

test('requests Node\'s parser refuses: 400 with the CSP, and the server stays up', async () => {
  for (const text of ['BREW / HTTP/1.1\r\nHost: x\r\n\r\n', 'GET / HTTP/1.1\r\nHost x\r\n\r\n',
    'GET /\u0000 HTTP/1.1\r\n\r\n', 'NOT HTTP AT ALL\r\n\r\n']) {
    const [status, ...headers] = await rawRequest(text);
    assert.equal(status, 'HTTP/1.1 400 Bad Request', JSON.stringify(text));
    assert.ok(headers.some((h) => h.startsWith('Content-Security-Policy: default-src \'self\'')), headers.join('\n'));
    await stillUp();
  }
  // An absolute-form target with a broken host: parsed by serve-static, still 400.
  const [status] = await rawRequest('GET http://[::1/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.equal(status, 'HTTP/1.1 400 Bad Request');
  await stillUp();
});

test('paths out of the folder: 403 or 404, never the sibling folder', async () => {
  for (const target of ['/..%2fweb-secret/x', '/../web-secret/x', '/%2e%2e/web-secret/x', '/%2e%2e%2fweb-secret%2fx',
    '/a/../../web-secret/x', '/..%5cweb-secret%5cx', '/../', '/..', '/.env']) {
    const { status, body } = await request(target);
    assert.ok(status === 403 || status === 404, `${target}: ${status}`);
    assert.doesNotMatch(body.toString(), /secret|hidden/, target);
    await stillUp();
  }
  assert.equal((await request('/..%2fweb-secret/x')).status, 403);
});

test('methods other than GET and HEAD: 405 with Allow', async () => {
  for (const method of ['POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS']) {
    const { status, headers } = await request('/', { method });
    assert.equal(status, 405, method);
    assert.equal(headers.allow, 'GET, HEAD', method);
    assert.ok(headers['content-security-policy'], method);
    await stillUp();
  }
  const head = await request('/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});

test('the security headers on a file and on a 404', async () => {
  for (const [target, status] of [['/', 200], ['/nothing.html', 404], ['/%', 400]]) {
    const { status: got, headers } = await request(target);
    assert.equal(got, status, target);
    assert.match(headers['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(headers['content-security-policy'], /frame-ancestors 'self'$/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
  }
});

test('types: the page as HTML, scripts as JavaScript, wasm as application/wasm', async () => {
  assert.equal((await request('/')).headers['content-type'], 'text/html; charset=utf-8');
  assert.equal((await request('/budget.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal((await request('/module.wasm')).headers['content-type'], 'application/wasm');
});

test('gzip when the request accepts it, plain otherwise', async () => {
  const zipped = await request('/budget.js', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.match(zipped.headers.vary, /Accept-Encoding/i);
  assert.ok(zipped.body.length < 200, `${zipped.body.length} bytes`);
  assert.equal(gunzipSync(zipped.body).toString(), `// ${SCRIPT}\n`);
  const plain = await request('/budget.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), `// ${SCRIPT}\n`);
});

test('precompressed files as the request accepts them, typed as the file they hold', async () => {
  const br = await request('/page-ABCD2345.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.match(br.headers.vary, /Accept-Encoding/i);
  assert.equal(brotliDecompressSync(br.body).toString(), '// brotli, as built\n');
  const gz = await request('/page-ABCD2345.js', { headers: { 'accept-encoding': 'gzip, br;q=0' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), '// gzip, as built\n');
  const plain = await request('/page-ABCD2345.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), `// ${SCRIPT}\n`);
  const home = await request('/', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(gunzipSync(home.body).toString(), '<p>home, as built</p>\n');
  // Asking for the compressed file itself gives its bytes, not a coding.
  const raw = await request('/page-ABCD2345.js.gz');
  assert.equal(raw.headers['content-encoding'], undefined);
});

test('hashed names are kept for good, every other file is revalidated', async () => {
  for (const encoding of ['br', 'identity']) {
    const hashed = await request('/page-ABCD2345.js', { headers: { 'accept-encoding': encoding } });
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable', encoding);
  }
  for (const target of ['/', '/budget.js', '/module.wasm']) {
    assert.equal((await request(target)).headers['cache-control'], 'no-cache', target);
  }
});

test('ETag, then 304 for If-None-Match', async () => {
  const first = await request('/budget.js');
  assert.ok(first.headers.etag, 'an ETag');
  assert.equal(first.headers['cache-control'], 'no-cache');
  const again = await request('/budget.js', { headers: { 'if-none-match': first.headers.etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.ok(again.headers['content-security-policy']);
  const changed = await request('/budget.js', { headers: { 'if-none-match': 'W/"other"' } });
  assert.equal(changed.status, 200);
});

test('a folder without its slash is redirected to it, on this server only', async () => {
  for (const target of ['/examples', '//examples']) {
    const { status, headers } = await request(target);
    assert.equal(status, 301, target);
    assert.equal(headers.location, '/examples/', target);  // never "//examples/", another host
    assert.ok(headers['content-security-policy'], target);
  }
  const { status, body } = await request('/examples/');
  assert.equal(status, 200);
  assert.match(body.toString(), /relative/);
});

test('SLACALC_EMBEDDERS: frame-ancestors names them, CORS for them only; a wrong origin stops the start', async () => {
  const { child, port: at } = await startServer(site, { SLACALC_EMBEDDERS: 'https://docs.example.com http://localhost:9000' });
  try {
    const own = await request('/budget.js', { at, headers: { origin: 'https://docs.example.com' } });
    assert.match(own.headers['content-security-policy'],
      /frame-ancestors 'self' https:\/\/docs\.example\.com http:\/\/localhost:9000$/);
    assert.equal(own.headers['access-control-allow-origin'], 'https://docs.example.com');
    const other = await request('/budget.js', { at, headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
  } finally {
    child.kill();
  }
  await assert.rejects(startServer(site, { SLACALC_EMBEDDERS: "https://x.example; script-src 'unsafe-inline'" }),
    (e) => e.code === 2 && /is not an origin/.test(e.out));
});
