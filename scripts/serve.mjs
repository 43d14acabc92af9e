// Serves a directory on localhost with the page's strict Content-Security-Policy.
//   node scripts/serve.mjs DIR [PORT]     (PORT 0 = any free port)
// Prints "slacalc: serving DIR at http://127.0.0.1:PORT/" once listening.
//
// The files are served by serve-static (its `send` decodes and checks each
// path: 400 for a malformed one, 403 for one that climbs out of DIR, 301 to
// a directory's trailing slash, ETag and 304). A file the build precompressed
// (FILE.br, FILE.gz: scripts/build-site.mjs) is sent as such when the request
// accepts its coding; anything else is compressed as it is sent
// (`compression`). Files with a content hash in their name (name-HASH.ext)
// may be kept by browsers for good (immutable); every other file, the pages
// first, is revalidated on each use (ETag, 304) — docs/deploying.md. This
// file adds what a page needs on every answer, errors included: the CSP and
// the other security headers, and 405 for methods other than GET and HEAD.
//
// SLACALC_EMBEDDERS="https://docs.example.com …" lets pages of those origins
// frame the calculator and load embed.js across origins (docs/embedding.md,
// "Another origin"): frame-ancestors names them, and they get CORS headers.
import { statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';

const root = path.resolve(process.argv[2] ?? 'build/wasm/web');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);

/** Origins allowed to embed the pages: exactly scheme://host[:port] each, else the server does not start. */
const embedders = (process.env.SLACALC_EMBEDDERS ?? '').split(/\s+/).filter(Boolean);
for (const origin of embedders) {
  let valid = false;
  try {
    const url = new URL(origin);
    valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
  } catch { /* not a URL */ }
  if (!valid) {
    console.error(`slacalc: SLACALC_EMBEDDERS: "${origin}" is not an origin (scheme://host[:port])`);
    process.exit(2);
  }
}

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
  "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
  `base-uri 'none'; form-action 'none'; frame-ancestors ${["'self'", ...embedders].join(' ')}`;

/** On every answer, before anything else is decided. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The types the site's files are sent with (text as UTF-8; .ts as text, not
// as an MPEG stream); other extensions as serve-static knows them.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** A name the build gave a content hash (scripts/build-site.mjs). */
const HASHED = /-[A-Z2-7]{8}\.\w+$/;
/** The codings of precompressed files, the preferred first. */
const PRECOMPRESSED = [['br', '.br'], ['gzip', '.gz']];

const isFile = (file) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Whether Accept-Encoding accepts `coding` (named, or by "*", with a q above 0). */
function accepts(header = '', coding) {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (name === coding || name === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

/**
 * Points the request at the precompressed file the client accepts, if the
 * build wrote one, and says its coding; anything odd about the path is left
 * to serve-static to refuse.
 */
function choosePrecompressed(req, res) {
  let url;
  let file;
  try {
    url = new URL(req.url, 'http://localhost');
    const name = decodeURIComponent(url.pathname);
    if (name.includes('\0')) return;
    file = path.join(root, name.endsWith('/') ? `${name}index.html` : name);
  } catch {
    return;
  }
  if (!file.startsWith(root + path.sep) || !isFile(file)) return;
  for (const [coding, ext] of PRECOMPRESSED) {
    if (accepts(req.headers['accept-encoding'], coding) && isFile(file + ext)) {
      res.setHeader('Content-Encoding', coding);
      req.url = `${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}${ext}${url.search}`;
      return;
    }
  }
}

const compress = compression();
const files = serveStatic(root, {
  fallthrough: false,     // every failure comes to fail() below with its status
  redirect: true,         // /examples → 301 /examples/, so its relative links work
  index: ['index.html'],
  dotfiles: 'ignore',     // 404
  etag: true,
  lastModified: true,
  cacheControl: false,    // set here: kept for good when hashed, else revalidated (ETag → 304)
  setHeaders(res, file) {
    const name = res.getHeader('Content-Encoding') ? file.replace(/\.(br|gz)$/, '') : file;
    const type = TYPES[path.extname(name)];
    if (type) res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
});

/** Adds `header` to the answer's Vary (CORS may have set Origin). */
function vary(res, header) {
  const now = res.getHeader('Vary');
  res.setHeader('Vary', now ? `${now}, ${header}` : header);
}

/** An error answer: the security headers kept, whatever a file had set dropped. */
function fail(res, status) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) if (!Object.hasOwn(SECURITY_HEADERS, name)) res.removeHeader(name);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const body = `${status} ${http.STATUS_CODES[status] ?? 'Error'}\n`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  if (status === 405) res.setHeader('Allow', 'GET, HEAD');
  res.end(body);
}

const server = http.createServer((req, res) => {
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');
    const origin = req.headers.origin;
    if (origin && embedders.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      fail(res, 405);
      return;
    }
    choosePrecompressed(req, res);
    vary(res, 'Accept-Encoding');
    compress(req, res, (error) => {
      if (error) {
        fail(res, 500);
        return;
      }
      files(req, res, (err) => fail(res, err?.status ?? err?.statusCode ?? 404));
    });
  } catch {
    // Nothing a request holds may end the server.
    fail(res, 400);
  }
});

// A request Node's parser refuses (an unknown method, a broken header line)
// never reaches the handler: answer it here, with the same headers.
server.on('clientError', (err, socket) => {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = `${status} ${http.STATUS_CODES[status]}\n`;
  const headers = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', Connection: 'close' };
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
    Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('') + `\r\n${body}`);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`slacalc: serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
