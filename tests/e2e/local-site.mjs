// Serves a built site with scripts/serve.mjs (strict CSP) on a free loopback
// port and launches Debian's headless Chromium; shared by the e2e tests and
// bench/page_load.mjs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { before, after } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the e2e tests write their screenshots. */
export const shotDir = path.join(root, 'build/e2e');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * For a test file: the site ($SLACALC_SITE or build/wasm/web) served and
 * Chromium started before its tests, both stopped after. The returned object
 * gets baseUrl and browser once the tests run.
 */
export function useLocalSite() {
  const site = {};
  before(async () => {
    Object.assign(site, await openLocalSite(path.resolve(root, process.env.SLACALC_SITE ?? 'build/wasm/web')));
    await mkdir(shotDir, { recursive: true });
  });
  after(() => site.close?.());
  return site;
}

/**
 * Starts scripts/serve.mjs on a free port for `siteDir`, with `env` added to
 * this process's (SLACALC_EMBEDDERS); returns { baseUrl, stop() }.
 */
export async function serveSite(siteDir, env = {}) {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), siteDir, '0'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const stop = () => { if (server.exitCode === null) server.kill(); };
  process.on('exit', stop);
  const baseUrl = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 30000).unref();
  });
  return { baseUrl, stop };
}

/** Debian's headless Chromium ($CHROMIUM or /usr/bin/chromium). */
export const launchChromium = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS,
});

/** Starts the server and the browser; returns { baseUrl, browser, close() }. */
export async function openLocalSite(siteDir) {
  const { baseUrl, stop } = await serveSite(siteDir);
  const browser = await launchChromium();
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close();
      stop();
    },
  };
}

/**
 * A fresh page at `url` that records requests, console errors, page errors and
 * CSP violations, once `ready` (a selector) is there.
 */
export async function openPage(browser, url, options = {}, ready = 'body[data-ready="1"]') {
  const context = await browser.newContext(options);
  // Init scripts are exempt from the CSP; they count violations from inside the page.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) log.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15000 });
  return { page, context, log };
}

/**
 * The layout check both pages share: screenshots `${name}-1280.png` and
 * `${name}-375.png`; at 320 px (light and dark) no page overflow, also after
 * `stress(page)` fills the page with errors and content, while `scrollBox`
 * (the wide table) scrolls inside itself; `${name}-320-dark.png`.
 */
export async function checkLayout(open, { name, shotDir, scrollBox, stress }) {
  for (const width of [1280, 375]) {
    const { page, context, log } = await open({ viewport: { width, height: 900 } });
    try {
      await page.screenshot({ path: path.join(shotDir, `${name}-${width}.png`), fullPage: true });
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
  for (const scheme of ['light', 'dark']) {
    const { page, context } = await open({ viewport: { width: 320, height: 700 }, colorScheme: scheme });
    try {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(await overflow() <= 321, `scrollWidth ${await overflow()}`);
      await stress(page);
      assert.ok(await overflow() <= 321, `scrollWidth ${await overflow()}`);
      const box = await page.evaluate((selector) => {
        const s = document.querySelector(selector);
        return { scroll: s.scrollWidth, client: s.clientWidth };
      }, scrollBox);
      assert.ok(box.scroll > box.client, JSON.stringify(box));
      if (scheme === 'dark') await page.screenshot({ path: path.join(shotDir, `${name}-320-dark.png`), fullPage: true });
    } finally {
      await context.close();
    }
  }
}

/**
 * Privacy and CSP, as every page promises: every request went to the page's
 * own origin and fetched at least `files` (by their plain names: the build
 * gives them content-hashed ones, listed in the site's assets.json) and the
 * page's module scripts; no console error, no CSP violation; the page
 * declares its CSP, has no inline script and no style attribute.
 */
export async function assertOnlyOwnFiles(page, log, baseUrl, files) {
  await page.waitForLoadState('networkidle');
  for (const url of log.requests) assert.equal(new URL(url).origin, new URL(baseUrl).origin, url);
  const fetched = log.requests.map((u) => new URL(u).pathname);
  const assets = await (await fetch(new URL('assets.json', baseUrl))).json();
  const scripts = await page.$$eval('script[type="module"]', (all) => all.map((s) => new URL(s.src).pathname));
  for (const f of [...files.map((name) => (assets[name.slice(1)] ? `/${assets[name.slice(1)]}` : name)), ...scripts])
    assert.ok(fetched.includes(f), `${f} in ${fetched.join(' ')}`);
  // A page loads its own module (<html data-core>), never the whole core.
  assert.ok(!fetched.includes('/slacalc-core.wasm'), fetched.join(' '));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.equal(await page.locator('[style]').count(), 0);
}

/** The two sizes a person uses: a phone and a laptop. */
export const TASK_VIEWPORTS = [{ width: 390, height: 844 }, { width: 1366, height: 768 }];

/**
 * Writes what the person sees at the end of a user task, for a person to look
 * at: `build/e2e/task-${name}-${width}.png`, full page.
 */
export async function taskScreenshot(page, name) {
  const { width } = page.viewportSize();
  await page.screenshot({ path: path.join(shotDir, `task-${name}-${width}.png`), fullPage: true });
}
