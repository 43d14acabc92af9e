// Links to a view (web/share.js) in headless Chromium: every page's state in
// the URL fragment, restored exactly in a fresh browser context; a view too
// large for a link offered as a file; a damaged link said, not fatal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage as openPageAt, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

async function open(page, options) {
  const opened = await openPageAt(site.browser, new URL(page, site.baseUrl).href, options);
  await opened.page.waitForSelector('body[data-view="restored"]', { timeout: 15000 });
  return opened;
}

/** The fragment once the page has written it for the current inputs. */
async function linkOf(page) {
  await page.waitForSelector('body[data-link="current"]');
  return page.url();
}

/** What the page shows, without the share bar: the same state must show the same. */
const shown = (page) => page.evaluate(() => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelector('.share-bar')?.remove();
  return main.innerText;
});
const values = (page) => page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
  .filter((c) => c.type !== 'file' && !c.closest('.share-bar'))
  // Rows and VMs are numbered as they are made: the numbers are not part of the view.
  .map((c) => `${c.id.replace(/^(o|n|cost-vm-|cost-used-)\d+/, '$1#')}=${c.type === 'checkbox' ? c.checked : c.value}`));

/** Edits on each page, the kind a sales call makes. */
const EDITS = {
  'index.html': async (page) => { await page.fill('#target', '99.95'); },
  'compare.html': async (page) => {
    await page.selectOption('#col-1-profile', 'preset:arena');
    await page.fill('#col-1-price', '4000');
    await page.click('#add-column');
    await page.fill('#bad-month', '99');
  },
  'deadline.html': async (page) => {
    await page.selectOption('#profile', 'scope4mation');
    await page.fill('#reported', '2026-12-24T16:45');
  },
  'credit.html': async (page) => {
    await page.selectOption('#profile', 'wp-heaven');
    await page.fill('#from-month', '2026-04');
    await page.fill('#to-month', '2026-04');
    await page.fill('#fee', '1600');
    await page.fill('#o0-start', '2026-04-10T10:00');
    await page.fill('#o0-end', '2026-04-12T10:00');
    await page.click('#add-outage');
    await page.fill('#o1-start', '2026-04-20T00:00');
    await page.fill('#o1-end', '2026-04-20T05:30');
  },
  'term.html': async (page) => {
    await page.fill('#start', '2025-01-31');
    await page.check('#upgrade-on');
    await page.fill('#upgrade-from', '2026-03-01');
    await page.click('#cost-add-vm');
    const vm = page.locator('[data-testid="cost-vm"]').nth(1);
    await vm.locator('input').nth(0).fill('web1');
    await vm.locator('input').nth(1).fill('2');
    await vm.locator('input').nth(4).fill('nginx, postgresql');
  },
  'compose.html': async (page) => {
    await page.click('[data-testid="example-regions"]');
    await page.fill('#target', '99.99');
  },
};

test('every page: the link opens the same inputs and the same numbers in a fresh browser', async () => {
  for (const [name, edit] of Object.entries(EDITS)) {
    const { page, context, log } = await open(name);
    let link;
    let before;
    try {
      await edit(page);
      link = await linkOf(page);
      assert.ok(link.length < 4000, `${name}: ${link.length}`);
      before = { shown: await shown(page), values: await values(page) };
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
    const fresh = await openPageAt(site.browser, link);
    try {
      await fresh.page.waitForSelector('body[data-view="restored"]');
      assert.deepEqual(await values(fresh.page), before.values, name);
      assert.equal(await shown(fresh.page), before.shown, name);
      assert.deepEqual(fresh.log.errors, []);
    } finally {
      await fresh.context.close();
    }
  }
});

test('"Copy link" puts the current view\'s link on the clipboard', async () => {
  const { page, context } = await open('index.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.fill('#target', '99.5');
    await page.click('#share-copy');
    await page.waitForFunction(() => document.getElementById('share-status').textContent.includes('copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    assert.match(copied, /#v1\./);
  } finally {
    await context.close();
  }
});

test('too large for a link: said, offered as a file, and the file opens the view', async () => {
  const { page, context } = await open('credit.html');
  let saved;
  let rows;
  try {
    await page.selectOption('#profile', 'wp-heaven');
    // 400 outages at irregular times: over 4 000 characters even compressed.
    let csv = 'start,end\n';
    for (let i = 0; i < 400; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const minute = (i * 37) % 50;
      csv += `2026-04-${day}T${String(i % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')},` +
        `2026-04-${day}T${String(i % 24).padStart(2, '0')}:${String(minute + 1 + (i % 7)).padStart(2, '0')}\n`;
    }
    await page.click('#import summary');
    await page.fill('#import-text', csv);
    await page.click('#import-paste');
    await page.waitForFunction(() => document.getElementById('share-status').textContent.includes('too large'));
    assert.match(await page.textContent('#share-status'), /too large for a link \([\d,]+ characters; .* over 4,000\)/);
    assert.ok(await page.locator('#share-copy').isDisabled());
    assert.equal(new URL(page.url()).hash, '');  // no stale link left in the address bar
    rows = await page.locator('#outage-list > li').count();
    assert.equal(rows, 400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-download')]);
    assert.equal(download.suggestedFilename(), 'slacalc-view-credit.json');
    saved = await readFile(await download.path());  // the download goes with its context
  } finally {
    await context.close();
  }
  const { page: again, context: second } = await open('credit.html');
  try {
    await again.setInputFiles('#share-open', { name: 'view.json', mimeType: 'application/json', buffer: saved });
    await again.waitForFunction(() => document.getElementById('share-status').textContent.startsWith('Opened'));
    assert.equal(await again.inputValue('#profile'), 'wp-heaven');
    assert.equal(await again.locator('#outage-list > li').count(), rows);
    const view = JSON.parse(saved.toString('utf8'));
    assert.equal(view.format, 'slacalc-view/1');
    assert.equal(await again.inputValue('#outage-list > li:first-child input[id$="-start"]'), view.parts.outages[0].start);
    // A view of another page is refused with its name.
    await again.setInputFiles('#share-open', { name: 'x.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...view, page: 'term.html' })) });
    await again.waitForFunction(() => document.getElementById('share-status').textContent.includes('term.html'));
  } finally {
    await second.close();
  }
});

test('a damaged or foreign link: said next to the share buttons; the page works with its defaults', async () => {
  for (const hash of ['#v1.AAAA-not-deflate', '#v9.abc']) {
    const { page, context, log } = await openPageAt(site.browser, new URL(`index.html${hash}`, site.baseUrl).href);
    try {
      await page.waitForSelector('body[data-view="restored"]');
      assert.match(await page.textContent('#share-status'), /could not be opened: (the link is damaged|this link was not made)/);
      assert.equal(await page.inputValue('#target'), '99.9');
      await page.fill('#target', '99.5');
      await linkOf(page);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('your own contract travels in the link', async () => {
  const { page, context } = await open('credit.html');
  let link;
  try {
    const text = await readFile(new URL('../profiles/base.json', import.meta.url), 'utf8');
    await page.click('#own-profile summary');
    await page.fill('#profile-text', text);
    await page.click('#use-profile');
    await page.waitForFunction(() => document.getElementById('profile-message').textContent.startsWith('Using'));
    link = await linkOf(page);
  } finally {
    await context.close();
  }
  const fresh = await openPageAt(site.browser, link);
  try {
    await fresh.page.waitForSelector('body[data-view="restored"]');
    assert.equal(await fresh.page.textContent('#profile-message'), 'Using Test SLA by Example Hosting.');
    assert.equal(await fresh.page.inputValue('#profile'), 'custom');
  } finally {
    await fresh.context.close();
  }
});
