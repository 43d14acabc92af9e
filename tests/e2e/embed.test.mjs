// Embedding (web/embed.js, web/frame.js) in headless Chromium, on the example
// documentation page web/examples/index.html: two <sla-calculator> elements
// and one plain iframe. Numbers by hand: Flying Circus Managed 4 guarantees
// 99.6 % on 750 h months → 0.4 % × 750 h = 3 h; Guided 1 99.5 % → 3 h 45 min.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnFiles, openPage as openPageAt, root, serveSite, shotDir, useLocalSite } from './local-site.mjs';
import http from 'node:http';
import path from 'node:path';

const site = useLocalSite();


/** The frame of a calculator element, or of the plain iframe, once its page is ready. */
async function frameOf(page, selector) {
  const handle = await page.waitForFunction((s) => {
    const host = document.querySelector(s);
    const frame = host.shadowRoot ? host.shadowRoot.querySelector('iframe') : host;
    return frame.contentDocument?.body?.dataset.view === 'restored' && frame;
  }, selector, { timeout: 20000 });
  return (await handle.asElement().contentFrame());
}

/** The frame's height as set by the embedding page, and its content's own height. */
const heights = (page, selector) => page.evaluate((s) => {
  const host = document.querySelector(s);
  const frame = host.shadowRoot ? host.shadowRoot.querySelector('iframe') : host;
  return { set: frame.clientHeight,  // inside a border, if the site gives the frame one
    content: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height) };
}, selector);

test('two calculators and an iframe: attributes applied, heights follow, results reach the page', async () => {
  // The docs page has no data-ready of its own: it is ready once its elements are defined.
  const { page, context, log } = await openPageAt(site.browser, new URL('examples/index.html', site.baseUrl).href,
    { viewport: { width: 1100, height: 900 } }, 'sla-calculator:defined');
  try {
    const budget = await frameOf(page, '#budget-calc');
    const credit = await frameOf(page, '#credit-calc');
    const term = await frameOf(page, '#term-frame');

    // Attributes: the budget of Managed 4 (set by the docs page's script), WP Heaven's credit, dark.
    assert.equal(await budget.inputValue('#target'), '99.6');
    // The month the contract's stated maximum implies (§9.2: 3 h = 0.4 % of 750 h).
    assert.equal(await budget.inputValue('#month-basis'), 'custom');
    assert.equal(await budget.inputValue('#month-hours'), '750');
    assert.match(await budget.textContent('#contract-note'), /Managed 4: 99\.6 % \(application\) per month — §9\.2, §3\.6\.1 — at most 3h \(Stated in the contract \(0\.4 % of 750 h\)\)/);
    await page.waitForFunction(() => document.getElementById('budget-last').textContent.includes('3h a month'));
    assert.equal(await page.textContent('#budget-last'), 'Last result: 3h a month at 99.6 %.');
    assert.equal(await credit.inputValue('#profile'), 'wp-heaven');
    assert.equal(await credit.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await credit.evaluate(() => getComputedStyle(document.body).colorScheme), 'dark');
    assert.equal(await term.inputValue('#tier'), 'managed-4');
    // Embedded: the calculator only, no header, nav, footer or share bar.
    for (const frame of [budget, credit, term]) {
      assert.ok(await frame.locator('.site-header').isHidden());
      assert.ok(await frame.locator('.share-bar').isHidden());
    }

    // Heights follow the content (the element's frame and the plain iframe alike).
    for (const s of ['#budget-calc', '#credit-calc', '#term-frame']) {
      await page.waitForFunction((sel) => {
        const host = document.querySelector(sel);
        const f = host.shadowRoot ? host.shadowRoot.querySelector('iframe') : host;
        return Math.abs(f.clientHeight -
          Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
      }, s);
      const h = await heights(page, s);
      assert.ok(h.set > 500, `${s}: ${JSON.stringify(h)}`);
    }
    // Content that grows (the budget's nines table closed and opened) is followed too.
    const before = (await heights(page, '#budget-calc')).set;
    await budget.click('#conventions summary');
    await page.waitForFunction((b) => {
      const f = document.querySelector('#budget-calc').shadowRoot.querySelector('iframe');
      return Math.abs(f.clientHeight - b) > 20;
    }, before);

    // A new attribute: the frame reloads; a result event says 3h 45m for Guided 1.
    const event = page.evaluate(() => new Promise((resolve) => {
      document.getElementById('budget-calc').addEventListener('slacalc-result', (e) => {
        if (e.detail.result?.month?.availability.text === '99.5') resolve(e.detail);
      });
    }));
    await page.evaluate(() => document.getElementById('budget-calc').setAttribute('tier', 'guided-1'));
    const detail = await event;
    assert.equal(detail.view, 'budget');
    assert.equal(detail.result.month.downtime.human, '3h 45m');
    // An edit inside a frame is an event too: WP Heaven's credit with a fee and no outage → no credit.
    const credited = await frameOf(page, '#credit-calc');
    await credited.fill('#fee', '1600');
    await page.waitForFunction(() => /no credit for/.test(document.getElementById('credit-last').textContent));

    // A message from anywhere but the frame is ignored: the page itself forging a height.
    const height = (await heights(page, '#credit-calc')).set;
    await page.evaluate(() => window.postMessage({ v: 1, id: 'sla-calculator-2', type: 'slacalc:height', height: 7 }, '*'));
    await page.waitForTimeout(200);
    assert.equal((await heights(page, '#credit-calc')).set, height);

    // Neither side's CSS reaches the other: the docs page's loud buttons and fonts stay outside.
    const hostButton = await page.evaluate(() => {
      const b = document.createElement('button');
      document.body.append(b);
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, font: s.fontFamily, body: getComputedStyle(document.body).fontFamily };
    });
    assert.equal(hostButton.background, 'rgb(255, 105, 180)');  // hotpink
    assert.match(hostButton.body, /Georgia/);
    const inner = await budget.evaluate(() => {
      const s = getComputedStyle(document.querySelector('button, .button'));
      return { background: s.backgroundColor, font: getComputedStyle(document.querySelector('input')).fontFamily };
    });
    assert.notEqual(inner.background, 'rgb(255, 105, 180)');
    assert.doesNotMatch(inner.font, /Comic/);

    await page.screenshot({ path: path.join(shotDir, 'embed-docs.png'), fullPage: true });
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

test('a page opened with ?theme and ?profile alone (a link, no frame) keeps its header and takes them', async () => {
  const { page, context, log } = await openPageAt(site.browser,
    new URL('deadline.html?theme=light&profile=scope4mation&tier=extended', site.baseUrl).href,
    { colorScheme: 'dark' });
  try {
    await page.waitForSelector('body[data-view="restored"]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme), 'light');
    assert.ok(await page.locator('.site-header').isVisible());
    assert.equal(await page.inputValue('#profile'), 'scope4mation');
    assert.equal(await page.inputValue('#tier'), 'extended');
    await assertOnlyOwnFiles(page, log, site.baseUrl, ['/deadline.html', '/style.css']);
  } finally {
    await context.close();
  }
});

test('a plain iframe whose src names no id still gets its height and its results', async () => {
  const { page, context, log } = await openPageAt(site.browser, new URL('examples/index.html', site.baseUrl).href,
    { viewport: { width: 1100, height: 900 } }, 'sla-calculator:defined');
  try {
    await page.evaluate(async () => {
      const { followFrame } = await import('/embed.js');
      const frame = document.createElement('iframe');
      frame.id = 'no-id-frame';
      frame.title = 'Budget without an id';
      frame.src = '/index.html?embed=1&profile=flying-circus&tier=managed-4';
      window.noIdResults = [];
      followFrame(frame, (detail) => window.noIdResults.push(detail));
      document.querySelector('main').append(frame);
    });
    // Managed 4: 0.4 % of 750 h = 3 h.
    await page.waitForFunction(() => window.noIdResults.some((d) => d.view === 'budget' &&
      d.result?.month?.downtime.human === '3h'), null, { timeout: 20000 });
    await page.waitForFunction(() => {
      const f = document.getElementById('no-id-frame');
      return f.clientHeight > 500 &&
        Math.abs(f.clientHeight - Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
    });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/**
 * A page on another origin (http://localhost:PORT, the site being on
 * 127.0.0.1) with one element and one plain iframe of the site's, once
 * `site` names the site's URL; returns { origin, site, close() }. Its own CSP
 * lets in the site's scripts and frames, nothing else.
 */
async function hostPage() {
  const host = { origin: '', site: '' };
  const files = {
    '/': (at) => ['text/html; charset=utf-8', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another origin</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${at}; frame-src ${at}">
<script type="module" src="${at}/embed.js"></script>
<script type="module" src="/host.js"></script>
</head><body><main>
<sla-calculator id="calc" view="budget" profile="flying-circus" tier="managed-4" title="Budget"></sla-calculator>
<iframe id="plain" title="Compose" src="${at}/compose.html?embed=1&amp;parent=${encodeURIComponent(host.origin)}"></iframe>
</main></body></html>`],
    '/host.js': (at) => ['text/javascript', `import { followFrame } from '${at}/embed.js';
window.results = [];
document.getElementById('calc').addEventListener('slacalc-result', (e) => window.results.push({ from: 'element', ...e.detail }));
followFrame(document.getElementById('plain'), (detail) => window.results.push({ from: 'iframe', ...detail }));`],
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url];
    if (!file) return res.writeHead(404).end();
    const [type, body] = file(new URL(host.site).origin);
    res.writeHead(200, { 'Content-Type': type }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  host.origin = `http://localhost:${server.address().port}`;
  host.close = () => server.close();
  return host;
}

/** Whether the page's element and plain iframe both announced a result within `ms`. */
const bothAnswered = (page, ms) => page.waitForFunction(() => window.results?.some((r) => r.from === 'element' &&
  r.view === 'budget' && r.result?.month?.downtime.human === '3h') && window.results.some((r) => r.from === 'iframe' &&
  r.view === 'compose' && r.result), null, { timeout: ms }).then(() => true, () => false);

test("another origin: blocked by the site's default headers; with SLACALC_EMBEDDERS naming it, both work", async () => {
  const host = await hostPage();
  const siteDir = path.resolve(root, process.env.SLACALC_SITE ?? 'build/wasm/web');
  const context = await site.browser.newContext();
  let served;
  try {
    // The site as it is served by default: embed.js has no CORS header for
    // another origin, and the pages may be framed by their own origin only.
    host.site = site.baseUrl;
    const blocked = await context.newPage();
    await blocked.goto(`${host.origin}/`);
    assert.equal(await bothAnswered(blocked, 3000), false);
    await blocked.close();

    served = await serveSite(siteDir, { SLACALC_EMBEDDERS: host.origin });
    host.site = served.baseUrl;
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.origin}/`);
    // Managed 4: 0.4 % of 750 h = 3 h; the iframe's src names no id.
    assert.equal(await bothAnswered(page, 20000), true);
    // Both frames follow their content's height, across origins.
    for (const selector of ['#plain', '#calc']) {
      await page.waitForFunction((s) => {
        const el = document.querySelector(s);
        return (el.shadowRoot ? el.shadowRoot.querySelector('iframe') : el).clientHeight > 300;
      }, selector);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    host.close();
    served?.stop();
  }
});

test('an embedded calculator without a theme lets the host page\'s background through; with one it paints its own', async () => {
  const { page, context, log } = await openPageAt(site.browser, new URL('examples/index.html', site.baseUrl).href,
    { viewport: { width: 1100, height: 900 }, colorScheme: 'light' }, 'sla-calculator:defined');
  try {
    const background = (frame) => frame.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).backgroundColor]);
    const transparent = 'rgba(0, 0, 0, 0)';
    // #budget-calc has no theme attribute: neither the frame's root nor its body paints a band.
    assert.deepEqual(await background(await frameOf(page, '#budget-calc')), [transparent, transparent]);
    assert.deepEqual(await background(await frameOf(page, '#term-frame')), [transparent, transparent]);
    // #credit-calc has theme="dark": its own dark background (--bg, #121417), readable on any host.
    assert.deepEqual(await background(await frameOf(page, '#credit-calc')), [transparent, 'rgb(18, 20, 23)']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
  // The page itself, not embedded, keeps its background.
  const alone = await openPageAt(site.browser, site.baseUrl, { colorScheme: 'light' });
  try {
    assert.equal(await alone.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(246, 247, 249)');
  } finally {
    await alone.context.close();
  }
});
