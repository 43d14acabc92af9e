// The built site on another static server than the dev one (docs/deploying.md):
// Python's http.server, which knows nothing of precompressed files, hashed
// names or the CSP header. Every page, in English and in German, gets its
// first result with no failed request and no console error; the CSP of the
// page's own <meta> holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, openPage, root } from './local-site.mjs';

const siteDir = path.resolve(root, process.env.SLACALC_SITE ?? 'build/wasm/web');
let server;
let browser;
let baseUrl;

before(async () => {
  server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', siteDir, '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  baseUrl = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    server.once('exit', (code) => reject(new Error(`http.server exited (${code}): ${out}`)));
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.kill();
});

test('every page works from Python\'s http.server, in English and in German', async () => {
  const pages = (await readdir(siteDir)).filter((f) => f.endsWith('.html')).sort();
  assert.ok(pages.length >= 6, pages.join(' '));
  for (const page of pages) {
    for (const lang of ['en', 'de']) {
      const { page: tab, context, log } = await openPage(browser, new URL(`${page}?lang=${lang}`, baseUrl).href);
      try {
        await tab.waitForLoadState('networkidle');
        const failed = await tab.evaluate(() => performance.getEntriesByType('resource')
          .filter((e) => e.responseStatus >= 400).map((e) => `${e.responseStatus} ${e.name}`));
        assert.equal(await tab.getAttribute('html', 'lang'), lang, page);
        assert.ok(log.requests.every((u) => u.startsWith(baseUrl)), log.requests.join('\n'));
        assert.deepEqual(failed, [], page);
        assert.deepEqual(log.errors, [], `${page}?lang=${lang}`);
        assert.deepEqual(await tab.evaluate(() => window.__cspViolations), [], page);
      } finally {
        await context.close();
      }
    }
  }
});
