// Hostile and careless links to a view (web/share.js) in headless Chromium: a
// link is unpacked within its limit, checked whole against the page's own
// limits, then applied whole or not at all; what was wrong is said in the
// page's language, never as a script's error text; a large view restores
// whole. Links are built as the page builds them (links.mjs), so each can
// hold what the page would never write. bench/link_restore.mjs times them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useLocalSite } from './local-site.mjs';
import { creditView, deepTreeView, linkTo, outageRows, termView, vms } from './links.mjs';

const site = useLocalSite();

/** `page` opened at a link to `state`; the view restored (or refused). */
async function openLink(page, state, search = '') {
  const opened = await openPage(site.browser, linkTo(site.baseUrl, page, state, search));
  await opened.page.waitForSelector('body[data-view="restored"]', { timeout: 60000 });
  return opened;
}

/** Runs `check(page)` on a link to `state`, then asserts that no script error reached the console. */
async function withLink(page, state, check, search = '') {
  const { page: tab, context, log } = await openLink(page, state, search);
  try {
    await check(tab);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
}

const status = (page) => page.textContent('#share-status');
const refused = (reason) => `The view in this link could not be opened: ${reason}. Showing the defaults.`;
/** A name in a sentence, isolated from its direction (web/i18n.js isolate()) only when it needs it. */
const FSI = '\u2068';
const PDI = '\u2069';

test('a link that unpacks past 4 MiB is refused before it fills the tab; the defaults stay', async () => {
  // 5 MiB of one letter: a link of a few thousand characters.
  await withLink('index.html', { page: 'index.html', fields: { target: 'x'.repeat(5 << 20) }, parts: {} }, async (page) => {
    assert.equal(await status(page), refused('it holds more than 4 MiB, the most a view may hold'));
    assert.equal(await page.inputValue('#target'), '99.9');
  });
});

test('a field longer than the page takes is named by its label', async () => {
  await withLink('index.html', { page: 'index.html', fields: { target: '9'.repeat(2000) }, parts: {} }, async (page) => {
    assert.equal(await status(page), refused('“Availability target” holds 2,000 characters, more than the 1,000 it may hold'));
    assert.equal(await page.inputValue('#target'), '99.9');
  });
});

test('credit: 4 000 outage rows restore whole, each where it belongs, and are measured', async () => {
  await withLink('credit.html', creditView(outageRows(4000)), async (page) => {
    assert.doesNotMatch(await status(page), /could not be opened/);
    assert.equal(await page.locator('[data-testid="outage-row"]').count(), 4000);
    // 20 half-hour outages a day from 1 April: 300 h of April's 720 h down → 58.33 %;
    // 1–17 October, 170 h of its 745 h (the clocks go back on the 25th) → 77.18 %.
    const rows = page.locator('[data-testid="period-row"]');
    assert.match(await rows.nth(0).textContent(), /April 2026.*12d 12h.*58\.333333…%/s);
    assert.match(await rows.nth(6).textContent(), /October 2026.*31d 1h.*7d 2h.*77\.181208…%/s);
    // The last row, built when it comes into sight, holds the link's 4 000th outage.
    const last = page.locator('[data-testid="outage-row"]').last();
    await last.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('[data-testid="outage-row"]:last-child.pending'));
    assert.deepEqual(await last.evaluate((row) => [...row.querySelectorAll('input, select')].map((c) => c.value)),
      ['2026-10-17T19:00', '2026-10-17T19:30', 'unplanned', '', 'all', '', 'row 4000']);
    assert.match(await last.locator('legend').textContent(), /Outage 4000/);
  });
});

test('credit: 10 000 rows are more than a view holds — refused, named, nothing applied', async () => {
  await withLink('credit.html', creditView(outageRows(10000), { profile: 'arena', tier: 'plm-service', fee: '999' }),
    async (page) => {
      assert.equal(await status(page),
        refused('it has 10,000 outages, more than the 5,000 a view may hold: import them as a file instead'));
      assert.equal(await page.inputValue('#profile'), 'wp-heaven');
      assert.equal(await page.inputValue('#fee'), '');
      assert.equal(await page.locator('[data-testid="outage-row"]').count(), 1);
    });
});

test('credit: outages that are not a list refuse the whole view, the contract and fee too', async () => {
  const view = creditView(null, { profile: 'arena', tier: 'plm-service', fee: '999' });
  await withLink('credit.html', view, async (page) => {
    assert.equal(await status(page), refused('its part “outages” is not one this page writes'));
    assert.equal(await page.inputValue('#profile'), 'wp-heaven');
    assert.equal(await page.inputValue('#fee'), '');
  });
});

test('term: 2 000 VMs and 3 000 months of support hours are refused by the limits the price takes', async () => {
  const editors = (page) => page.evaluate(() => [document.querySelectorAll('#cost-vms input').length,
    document.querySelectorAll('#cost-used input').length]);
  const { page: fresh, context } = await openPage(site.browser, new URL('term.html', site.baseUrl).href);
  const defaults = await editors(fresh);
  await context.close();
  await withLink('term.html', termView({ vms: vms(2000), used: [] }), async (page) => {
    assert.equal(await status(page), refused('it has 2,000 VMs, more than the 200 a resource group may have'));
    assert.deepEqual(await editors(page), defaults);
  });
  await withLink('term.html', termView({ vms: vms(2), used: Array(3000).fill('10') }), async (page) => {
    assert.equal(await status(page), refused('it has 3,000 months of support hours, more than the 1,200 the price takes'));
    assert.deepEqual(await editors(page), defaults);
  });
});

test('compose: a tree 1 000 or 20 000 groups deep is refused without recursion', async () => {
  for (const depth of [1000, 20000]) {
    await withLink('compose.html', deepTreeView(depth), async (page) => {
      assert.equal(await status(page), refused('its tree nests groups more than 31 deep, the most the calculation takes'));
    });
  }
});

test('a view of the wrong shape is named on every page; no script error text reaches the reader', async () => {
  for (const page of ['index.html', 'compare.html', 'deadline.html', 'credit.html', 'term.html', 'compose.html']) {
    await withLink(page, { page, fields: null }, async (tab) => {
      assert.equal(await status(tab), refused('its part “fields” is not one this page writes'));
    });
  }
  await withLink('compare.html', { page: 'compare.html', fields: {}, parts: { columns: { custom: 5 } } }, async (tab) => {
    assert.equal(await status(tab), refused('its part “columns.custom” is not one this page writes'));
  });
});

test('an unknown contract or tier is named, in the page\'s language; the defaults stay', async () => {
  for (const page of ['deadline.html', 'credit.html', 'term.html']) {
    await withLink(page, { page, fields: { profile: 'no-such-sla' }, parts: {} }, async (tab) => {
      assert.equal(await status(tab), refused('it names the contract “no-such-sla”, which this page does not know'));
      assert.notEqual(await tab.inputValue('#profile'), '');
    });
  }
  await withLink('compare.html', { page: 'compare.html', fields: {},
    parts: { columns: { columns: [{ ref: 'preset:wp-heaven', tier: 'standard' }, { ref: 'preset:wp-heaven', tier: 'gold' }] } } },
  async (tab) => {
    assert.equal(await status(tab), refused('it names the tier “gold”, which the contract “wp-heaven” does not have'));
  });
  await withLink('deadline.html', { page: 'deadline.html', fields: { profile: 'no-such-sla' }, parts: {} }, async (tab) => {
    assert.equal(await status(tab), 'Die Ansicht in diesem Link konnte nicht geöffnet werden: Sie nennt den Vertrag ' +
      '„no-such-sla“, den diese Seite nicht kennt. Es gelten die Voreinstellungen.');
  }, '?lang=de');
  // The embedding element's ?profile= is checked the same way.
  const { page, context, log } = await openPage(site.browser, new URL('deadline.html?profile=nope', site.baseUrl).href);
  try {
    assert.equal(await page.textContent('#share-status'),
      'The contract in this page\'s address could not be used: it names the contract “nope”, which this page does not know. Showing the defaults.');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a name with a direction override cannot turn the page\'s sentences around it', async () => {
  const doc = JSON.parse(await readFile(new URL('../profiles/base.json', import.meta.url), 'utf8'));
  doc.vendor = 'Evil\u202e';
  const view = creditView([], { profile: 'custom', tier: 'gold', 'from-month': '2026-04', 'to-month': '2026-04', fee: '1000' });
  view.parts['own-profile'] = JSON.stringify(doc);
  view.parts.outages = [{ start: '2026-04-02T10:00', end: '2026-04-02T20:00', kind: 'unplanned' }];
  await withLink('credit.html', view, async (page) => {
    assert.match(await page.textContent('#profile-message'), new RegExp(`by ${FSI}Evil\u202e${PDI}`));
    assert.match(await page.locator('#profile option[value="custom"]').textContent(), new RegExp(`${FSI}Evil\u202e${PDI}`));
    // The claim letter, written by the core: the name isolated in its To: line.
    assert.match(await page.textContent('#letter'), new RegExp(`^To: ${FSI}Evil\u202e${PDI}\n`));
  });
});
