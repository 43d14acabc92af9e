// The comparison page (compare.html) in headless Chromium, served with its
// strict CSP by scripts/serve.mjs. Expected downtimes are computed here with
// integer arithmetic, not taken from the module.
//   node --test tests/e2e/          (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';
import { allowedDowntime, human } from '../oracle.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- oracle

test('oracle self-check', () => {
  // 99.6 % of 30 days: 0.4 % × 2 592 000 s = 10 368 s.
  assert.deepEqual(allowedDowntime(30 * 86400, 99600), { whole: 10368n, frac: '' });
  assert.equal(human(allowedDowntime(30 * 86400, 99600)), '2h 52m 48s');
  assert.equal(human(allowedDowntime(750 * 3600, 99600)), '3h');
});

// ---------------------------------------------------------------- helpers

const openPage = (options) => openPageAt(site.browser, new URL('compare.html', site.baseUrl).href, options);

const text = (page, selector) => page.locator(selector).textContent();
const columnCount = (page) => page.locator('#compare thead th[data-col]').count();
const cell = (page, row, col) => page.locator(`#compare tr[data-row="${row}"] td[data-col="${col}"]`);
const cellLines = (page, row, col) => cell(page, row, col).locator('.line').allTextContents();

/** Index of the table column whose header names this tier. */
async function columnOf(page, vendorPart, tierName) {
  const headers = await page.locator('#compare thead th[data-col]').evaluateAll((ths) =>
    ths.map((th) => ({
      vendor: th.querySelector('.col-vendor').textContent,
      tier: th.querySelector('.col-tier').textContent,
      col: Number(th.dataset.col),
    })));
  const found = headers.find((h) => h.vendor.includes(vendorPart) && h.tier === tierName);
  assert.ok(found, `${vendorPart} ${tierName} in ${JSON.stringify(headers)}`);
  return found.col;
}

async function isDiffering(page, row) {
  const tr = page.locator(`#compare tr[data-row="${row}"]`);
  const classDiffers = (await tr.getAttribute('class') ?? '').split(/\s+/).includes('differs');
  const badge = tr.locator('th[scope="row"] .diff-badge');
  const badgeShown = (await badge.count()) > 0 && await badge.isVisible();
  assert.equal(classDiffers, badgeShown, `${row}: class and visible badge agree`);
  if (badgeShown) assert.match(await badge.textContent(), /differs/);
  return classDiffers;
}

/**
 * A long profile into the editor at once, as a paste puts it. (Playwright's
 * fill types it in Chromium's editing path, which takes minutes for a preset
 * of thousands of lines.)
 */
async function pasteProfile(page, text) {
  await page.locator('#profile-text').evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** A preset as the page puts it into the editor ("Start from a profile"). */
async function presetFromEditor(page, id) {
  await page.selectOption('#start-preset', `preset:${id}`);
  await page.click('#start-from');
  return JSON.parse(await page.inputValue('#profile-text'));
}

// ---------------------------------------------------------------- tests

test('default comparison; the month basis changes the downtime budget', async () => {
  const { page, context, log } = await openPage();
  try {
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'compare.html');
    assert.ok(await columnCount(page) >= 2);
    assert.equal(await page.locator('.column-picker').count(), await columnCount(page));
    assert.equal(await page.inputValue('#month-basis'), 'contract');
    assert.match(await page.inputValue('#month'), /^\d{4}-\d{2}$/);

    const col = await columnOf(page, 'Flying Circus', 'Managed 4');
    // Each contract's own reading: Flying Circus states 3 h for Managed 4 (§9.2), 0.4 % of 750 h.
    const own = human(allowedDowntime(750 * 3600, 99600));
    const lines = await cellLines(page, 'downtime', col);
    assert.ok(lines.length >= 1);
    assert.ok(lines[0].startsWith(`${own} — `), lines[0]);
    assert.match(lines[0], /Stated in the contract \(0\.4 % of 750 h\)/);
    // Clauses shown small under the lines.
    assert.match(await cell(page, 'downtime', col).locator('.clauses').textContent(), /§9\.2/);

    // 30-day basis: 0.4 % of 2 592 000 s; the contract's own figure stays beside it.
    await page.selectOption('#month-basis', '30d');
    const thirty = human(allowedDowntime(30 * 86400, 99600));
    const after30 = await cellLines(page, 'downtime', col);
    assert.ok(after30[0].startsWith(`${thirty} — `), after30[0]);
    assert.match(after30[0], new RegExp(`contract states ${own}\\b`));
    assert.equal(await page.getAttribute('#comparison', 'data-state'), 'ok');

    // Calendar basis uses the month input: February 2027 has 28 days.
    await page.fill('#month', '2027-02');
    await page.selectOption('#month-basis', 'calendar');
    const feb = human(allowedDowntime(28 * 86400, 99600));
    assert.ok((await cellLines(page, 'downtime', col))[0].startsWith(`${feb} — `));
    assert.match(await text(page, '#print-meta'), /2027-02/);

    // The notes below the table (result.explain) are shown.
    assert.ok(await page.locator('#explain li').count() >= 1);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('add and remove columns; differences marked', async () => {
  const { page, context, log } = await openPage();
  try {
    const start = await columnCount(page);
    for (let n = start; n < 6; n++) {
      assert.ok(await page.isEnabled('#add-column'));
      await page.click('#add-column');
      assert.equal(await columnCount(page), n + 1);
      // Focus moves to the new column's profile list.
      assert.equal(await page.evaluate(() => document.activeElement.id), `col-${n}-profile`);
    }
    assert.equal(await page.locator('.column-picker').count(), 6);
    assert.ok(await page.isDisabled('#add-column'));
    assert.match(await text(page, '#column-count'), /6 of 6/);

    await page.click('[data-testid="col-5-remove"]');
    assert.equal(await columnCount(page), 5);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'col-4-remove');
    assert.ok(await page.isEnabled('#add-column'));
    while (await columnCount(page) > 2) await page.click('[data-testid="col-2-remove"]');
    assert.equal(await columnCount(page), 2);
    assert.ok(await page.isDisabled('[data-testid="col-0-remove"]'));
    assert.ok(await page.isDisabled('[data-testid="col-1-remove"]'));

    // Flying Circus Managed 4 vs Guided 1: availability differs, the credit rule is the same.
    await page.selectOption('#col-0-profile', 'preset:flying-circus');
    await page.selectOption('#col-0-tier', 'managed-4');
    await page.selectOption('#col-1-profile', 'preset:flying-circus');
    await page.selectOption('#col-1-tier', 'guided-1');
    assert.equal(await isDiffering(page, 'availability'), true);
    assert.equal(await isDiffering(page, 'credit'), false);
    assert.equal(await isDiffering(page, 'price'), false);

    // A price in one column makes the price row differ; typed the German way.
    await page.fill('#col-0-price', '1.600,00');
    assert.deepEqual(await cellLines(page, 'price', 0), ['1,600.00 EUR']);
    assert.equal(await isDiffering(page, 'price'), true);
    await page.fill('#col-1-price', '1600');
    assert.deepEqual(await cellLines(page, 'price', 1), ['1,600.00 EUR']);
    assert.equal(await isDiffering(page, 'price'), false);

    // A switched profile: the tier list follows, the currency too.
    await page.selectOption('#col-1-profile', 'preset:wp-heaven');
    assert.equal(await page.inputValue('#col-1-tier'), 'standard');
    assert.equal(await text(page, '#col-1-currency'), 'DKK');
    assert.deepEqual(await cellLines(page, 'price', 1), ['1,600.00 DKK']);
    assert.equal(await isDiffering(page, 'credit'), true);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('price errors next to the input; the last table stays, dimmed', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.fill('#col-1-price', '250');
    assert.deepEqual(await cellLines(page, 'price', 1), ['250.00 EUR']);
    for (const bad of ['abc', '3,14159', '-5']) {
      await page.fill('#col-1-price', bad);
      const error = page.locator('#col-1-price-error');
      assert.ok(await error.isVisible(), bad);
      assert.notEqual((await error.textContent()).trim(), '', bad);
      assert.equal(await page.getAttribute('#col-1-price', 'aria-invalid'), 'true');
      assert.ok((await page.getAttribute('#col-1-price', 'aria-describedby')).split(/\s+/).includes('col-1-price-error'));
      assert.equal(await page.inputValue('#col-1-price'), bad);
      assert.equal(await page.locator('#col-1-picker #col-1-price-error').count(), 1);
      // The table keeps the last good state, dimmed, and says so.
      assert.equal(await page.getAttribute('#comparison', 'data-state'), 'stale');
      assert.deepEqual(await cellLines(page, 'price', 1), ['250.00 EUR']);
      assert.match(await text(page, '#status'), /out of date/i);
      const opacity = await page.locator('#compare-scroll').evaluate((e) => Number(getComputedStyle(e).opacity));
      assert.ok(opacity < 1, `opacity ${opacity}`);
    }
    // "-5" reaches the core, whose error (path /columns/1/monthlyPrice) lands on this input.
    assert.match(await text(page, '#col-1-price-error'), /negative/);
    assert.ok(await page.locator('#col-0-price-error').isHidden());

    await page.fill('#col-1-price', '99,5');
    assert.ok(await page.locator('#col-1-price-error').isHidden());
    assert.equal(await page.getAttribute('#col-1-price', 'aria-invalid'), null);
    assert.equal(await page.getAttribute('#comparison', 'data-state'), 'ok');
    assert.deepEqual(await cellLines(page, 'price', 1), ['99.50 EUR']);

    // The calendar basis without a month: error on the month input.
    await page.selectOption('#month-basis', 'calendar');
    await page.fill('#month', '');
    assert.ok(await page.locator('#month-error').isVisible());
    assert.equal(await page.getAttribute('#comparison', 'data-state'), 'stale');
    await page.fill('#month', '2026-03');
    assert.ok(await page.locator('#month-error').isHidden());
    assert.equal(await page.getAttribute('#comparison', 'data-state'), 'ok');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the credit in a bad month, with money, for each tier', async () => {
  const { page, context, log } = await openPage();
  try {
    // Default columns: Flying Circus Managed 4, Guided 1, WP Heaven's SLA.
    const m4 = await columnOf(page, 'Flying Circus', 'Managed 4');
    const g1 = await columnOf(page, 'Flying Circus', 'Guided 1');
    const wp = await columnOf(page, 'WP Heaven', 'WP Heaven SLA');
    await page.fill(`#col-${m4}-price`, '2.500,00');
    await page.fill(`#col-${wp}-price`, '1600');
    assert.equal(await page.locator('#compare tr[data-row="bad-month"]').count(), 0);
    // 99 %: Managed 4 misses 99.6 % → 5 % of 2 500.00 = 125.00 EUR (§9.7); WP Heaven
    // (99.5 − 99) × 1 600 / 100 = 8.00 DKK (§11.3); Guided 1 has no price entered.
    await page.fill('#bad-month', '99');
    assert.match(await text(page, '#compare tr[data-row="bad-month"] th'), /^Credit at 99 % availability/);
    assert.deepEqual(await cellLines(page, 'bad-month', m4), ['125.00 EUR (5 % of 2,500.00 EUR)']);
    assert.deepEqual(await cellLines(page, 'bad-month', wp), ['8.00 DKK (0.5 % of 1,600.00 DKK)']);
    assert.deepEqual(await cellLines(page, 'bad-month', g1), ['Enter a monthly price']);
    await page.fill('#bad-month', 'x');
    assert.ok(await page.locator('#bad-month-error').isVisible());
    assert.equal(await page.inputValue('#bad-month'), 'x');
    await page.fill('#bad-month', '');
    assert.equal(await page.locator('#compare tr[data-row="bad-month"]').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('custom profile: errors with their paths, then fixed, added and compared', async () => {
  const { page, context, log } = await openPage();
  try {
    const preset = await presetFromEditor(page, 'flying-circus');
    assert.equal(preset.id, 'flying-circus');
    const windowId = Object.keys(preset.windows).find((id) => preset.windows[id].weekly['mon-fri']);
    assert.ok(windowId, 'a window with a mon-fri range');

    const mine = structuredClone(preset);
    mine.id = 'my-circus';
    mine.vendor = 'My Circus GmbH';
    const goodRange = mine.windows[windowId].weekly['mon-fri'][0];
    mine.windows[windowId].weekly['mon-fri'][0] = '16:00-08:00';
    const secondTier = mine.tiers[1].id;
    mine.tiers[1].id = mine.tiers[0].id;
    mine.salesNote = 'unknown field: a warning, not an error';
    const broken = JSON.stringify(mine, null, 2);
    await pasteProfile(page, broken);
    await page.click('#check-profile');

    const problem = (kind, code, p) => page.locator(`#problems li.problem.is-${kind}[data-code="${code}"][data-path="${p}"]`);
    const inverted = problem('error', 'inverted_range', `/windows/${windowId}/weekly/mon-fri/0`);
    const duplicate = problem('error', 'duplicate_id', '/tiers/1/id');
    const unknown = problem('warning', 'unknown_field', '/salesNote');
    for (const [item, p] of [[inverted, `/windows/${windowId}/weekly/mon-fri/0`], [duplicate, '/tiers/1/id'], [unknown, '/salesNote']]) {
      assert.ok(await item.isVisible(), p);
      assert.ok((await item.textContent()).includes(p), p);
    }
    assert.match(await inverted.textContent(), /Error/);
    assert.match(await unknown.textContent(), /Warning/);
    // Errors and warnings look different.
    const look = (l) => l.evaluate((e) => `${getComputedStyle(e).borderLeftColor} ${getComputedStyle(e).backgroundColor}`);
    assert.notEqual(await look(inverted), await look(unknown));
    assert.match(await text(page, '#report-summary'), /Not added/);
    assert.equal(await page.inputValue('#profile-text'), broken);
    assert.equal(await page.locator('#col-0-profile option[value="custom:my-circus"]').count(), 0);

    // Fixed: added under "Custom", usable in a column.
    mine.windows[windowId].weekly['mon-fri'][0] = goodRange;
    mine.tiers[1].id = secondTier;
    delete mine.salesNote;
    await pasteProfile(page, JSON.stringify(mine, null, 2));
    await page.click('#check-profile');
    assert.match(await text(page, '#report-summary'), /Added/);
    assert.equal(await page.locator('#problems li').count(), 0);
    assert.equal(await page.locator('#col-0-profile optgroup[label="Custom"] option[value="custom:my-circus"]').count(), 1);
    await page.selectOption('#col-0-profile', 'custom:my-circus');
    await page.selectOption('#col-0-tier', 'managed-4');
    const header = page.locator('#compare thead th[data-col="0"]');
    assert.match(await header.textContent(), /My Circus GmbH/);
    assert.match(await header.locator('.tag.custom').textContent(), /custom/);
    const own = human(allowedDowntime(750 * 3600, 99600));
    assert.ok((await cellLines(page, 'downtime', 0))[0].startsWith(`${own} — `));
    assert.equal(await page.getAttribute('#comparison', 'data-state'), 'ok');

    // From a file: loaded into the editor and checked.
    const fromFile = { ...structuredClone(mine), id: 'file-circus', vendor: 'File Circus' };
    await page.setInputFiles('#profile-file', {
      name: 'file-circus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fromFile)),
    });
    await page.waitForSelector('#report-summary.ok');
    assert.match(await text(page, '#report-summary'), /file-circus\.json: Added/);
    assert.equal(await page.locator('#col-1-profile option[value="custom:file-circus"]').count(), 1);
    assert.equal(JSON.parse(await page.inputValue('#profile-text')).id, 'file-circus');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('broken JSON is reported as invalid_json, the text kept', async () => {
  const { page, context, log } = await openPage();
  try {
    const broken = '{ "format": "slacalc-profile/1", "id": "x",\n  "tiers": [ }';
    await page.fill('#profile-text', broken);
    await page.click('#check-profile');
    const item = page.locator('#problems li.problem.is-error[data-code="invalid_json"]');
    assert.ok(await item.isVisible());
    assert.match(await item.textContent(), /invalid_json/);
    // The core names the place: the "}" that closes no object.
    assert.match(await item.textContent(), /line 2, column 14/);
    assert.match(await text(page, '#report-summary'), /Not added/);
    assert.equal(await page.inputValue('#profile-text'), broken);
    assert.equal(await page.locator('#col-0-profile optgroup[label="Custom"]').count(), 0);

    // Copying a preset over typed text asks first; declined, the text stays.
    await page.selectOption('#start-preset', 'preset:arena');
    page.once('dialog', (d) => d.dismiss());
    await page.click('#start-from');
    assert.equal(await page.inputValue('#profile-text'), broken);
    page.once('dialog', (d) => d.accept());
    await page.click('#start-from');
    assert.equal(JSON.parse(await page.inputValue('#profile-text')).id, 'arena');
    assert.equal(await page.locator('#problems li').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('download a preset and a custom profile as JSON', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.selectOption('#col-1-profile', 'preset:wp-heaven');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="col-1-download"]')]);
    assert.equal(download.suggestedFilename(), 'wp-heaven.json');
    const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(doc.id, 'wp-heaven');
    assert.equal(doc.format, 'slacalc-profile/1');

    const preset = await presetFromEditor(page, 'arena');
    await page.fill('#profile-text', JSON.stringify({ ...preset, id: 'my-arena', product: 'Edited' }));
    await page.click('#check-profile');
    await page.selectOption('#col-0-profile', 'custom:my-arena');
    const [second] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="col-0-download"]')]);
    assert.equal(second.suggestedFilename(), 'my-arena.json');
    const mine = JSON.parse(await readFile(await second.path(), 'utf8'));
    assert.equal(mine.id, 'my-arena');
    assert.equal(mine.product, 'Edited');
    for (const url of log.requests) assert.match(new URL(url).origin, /^http:\/\/127\.0\.0\.1:\d+$/, url);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** Pages in a PDF made by Chromium. */
const pdfPages = (buffer) => (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('print: controls hidden, differences still marked, one page', async () => {
  const { page, context, log } = await openPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#compare-form', '#custom-profiles', '.site-nav', '.site-footer', '#status']) {
      assert.ok(await page.locator(hidden).isHidden(), hidden);
    }
    assert.ok(await page.locator('#compare').isVisible());
    assert.ok(await page.locator('h1').isVisible());
    const meta = page.locator('#print-meta');
    assert.ok(await meta.isVisible());
    assert.match(await meta.textContent(), /month basis: Each contract's own basis.*\d{4}-\d{2}-\d{2}/);
    // Differences are marked with text and a black border, not by colour alone.
    const row = page.locator('#compare tr.differs').first();
    assert.ok(await row.locator('.diff-badge').isVisible());
    const th = await row.locator('th[scope="row"]').evaluate((e) => getComputedStyle(e).borderLeftWidth);
    assert.ok(parseFloat(th) >= 3, th);
    // Nothing sticks out sideways (the printed table is as wide as the page).
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 1280);
    await page.screenshot({ path: path.join(shotDir, 'compare-print.png'), fullPage: true });

    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: false });
      assert.equal(pdfPages(pdf), 1, `${format}: one page`);
      const [, , w, h] = pdf.toString('latin1').match(/\/MediaBox\s*\[([\d.\s]+)\]/)[1].trim().split(/\s+/).map(Number);
      assert.ok(w > h, `${format}: landscape (${w} × ${h})`);
    }
    // Six columns still fit.
    await page.emulateMedia({ media: 'screen' });
    while (await page.isEnabled('#add-column')) await page.click('#add-column');
    await page.selectOption('#col-3-profile', 'preset:aws-ec2');
    await page.selectOption('#col-4-profile', 'preset:arena');
    await page.selectOption('#col-5-profile', 'preset:azure-vm');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await columnCount(page), 6);
    for (const format of ['A4', 'Letter']) {
      const pdf6 = await page.pdf({ format, preferCSSPageSize: true });
      assert.equal(pdfPages(pdf6), 1, `six columns, ${format}: one page`);
    }
    await page.screenshot({ path: path.join(shotDir, 'compare-print-6.png'), fullPage: true });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('layout: screenshots at 1280 and 375 px, no overflow at 320 px', () =>
  checkLayout(openPage, {
    name: 'compare', shotDir, scrollBox: '#compare-scroll',
    async stress(page) {  // errors shown, six columns and a custom-profile report
      await page.fill('#col-0-price', 'abc');
      while (await page.isEnabled('#add-column')) await page.click('#add-column');
      await page.fill('#profile-text', '{"format": 1, "id": "a-very-long-identifier-that-does-not-wrap-nicely-at-all"}');
      await page.click('#check-profile');
    },
  }));

test('only same-origin requests, no console errors, no CSP violations; nav between the pages', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.click('#add-column');
    await page.selectOption('#month-basis', '730h');
    await presetFromEditor(page, 'aws-s3');
    await page.click('#check-profile');
    await Promise.all([page.waitForEvent('download'), page.click('[data-testid="col-0-download"]')]);
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/compare.html', '/style.css', '/locales/en/compare.json', '/slacalc-compare.mjs', '/slacalc-compare.wasm']);

    // The shared navigation leads to the budget page and back.
    await page.click('.site-nav a[href="./"]');
    await page.waitForSelector('body[data-ready="1"]');
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), './');
    await page.click('.site-nav a[href="compare.html"]');
    await page.waitForSelector('body[data-ready="1"]');
    assert.ok(await columnCount(page) >= 2);
    for (const url of log.requests) assert.equal(new URL(url).origin, new URL(site.baseUrl).origin, url);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  } finally {
    await context.close();
  }
});

test('in German, Dutch and Danish: the page\'s words, numbers and dates as each language writes them', async () => {
  // German from ?lang=, Dutch and Danish from the browser's language (as compose.test.mjs does).
  const english = ['Tiers to compare', 'Comparison', 'Your own profiles', 'Notes'];
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { h2: 'Zu vergleichende Tarife', nav: 'Tarife vergleichen', tier: 'Tarif',
      count: '3 von 6 Spalten', basis: 'Wie im jeweiligen Vertrag', percent: '99,6\u00a0%', asOf: /Stand \d{2}\.\d{2}\.\d{4}$/,
      month: /Monat Februar 2027/, hint: /^Pro Monat in EUR, z\. B\. 1600 oder 1\.600,00\./, custom: 'Eigene',
      added: /^„.*“ hinzugefügt \(my-arena, 1 Tarif\)/, broken: 'das Dokument: kein gültiges JSON (Zeile 2, Spalte 14)' }],
    [{ locale: 'nl-NL' }, { h2: 'Te vergelijken niveaus', nav: 'Niveaus vergelijken', tier: 'Niveau',
      count: '3 van 6 kolommen', basis: 'Zoals elk contract zelf rekent', percent: '99,6%', asOf: /stand \d{2}-\d{2}-\d{4}$/,
      month: /maand februari 2027/, hint: /^Per maand in EUR, bijv\. 1600 of 1\.600,00\./, custom: 'Eigen',
      added: /^„.*” toegevoegd \(my-arena, 1 niveau\)/, broken: 'het document: geen geldige JSON (regel 2, kolom 14)' }],
    [{ locale: 'da-DK' }, { h2: 'Niveauer at sammenligne', nav: 'Sammenlign niveauer', tier: 'Niveau',
      count: '3 af 6 kolonner', basis: 'Som hver kontrakt selv regner', percent: '99,6\u00a0%', asOf: /pr\. \d{2}\.\d{2}\.\d{4}$/,
      month: /måned februar 2027/, hint: /^Pr\. måned i EUR, f\.eks\. 1600 eller 1\.600,00\./, custom: 'Egne',
      added: /^„.*“ tilføjet \(my-arena, 1 niveau\)/, broken: 'dokumentet: ikke gyldig JSON (linje 2, kolonne 14)' }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser,
      new URL(`compare.html${how.query ?? ''}`, site.baseUrl).href, how.locale ? { locale: how.locale } : {});
    try {
      assert.equal(await page.getAttribute('html', 'lang'), how.query ? 'de' : how.locale.slice(0, 2));
      assert.equal(await text(page, '#controls-title'), expected.h2);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      for (const heading of await page.locator('h1, h2, h3').allTextContents()) {
        assert.ok(!english.includes(heading.trim()), `English heading "${heading}"`);
      }
      assert.equal(await text(page, 'label[for="col-0-tier"]'), expected.tier);
      assert.equal(await text(page, '#column-count'), expected.count);
      assert.equal(await page.locator('#month-basis option:checked').textContent(), expected.basis);
      // The core's cells in the language: Flying Circus Managed 4 promises 99.6 %.
      const col = await columnOf(page, 'Flying Circus', 'Managed 4');
      assert.ok((await cellLines(page, 'availability', col))[0].startsWith(expected.percent));
      assert.match(await text(page, `#col-${col}-price-hint`), expected.hint);
      // The handout's line: the month and today's date as the language writes them.
      await page.fill('#month', '2027-02');
      assert.match(await text(page, '#print-meta'), expected.asOf);
      assert.match(await text(page, '#print-meta'), expected.month);
      // A price with a decimal comma is read; a bad one is said in the language.
      await page.fill(`#col-${col}-price`, '2.500,00');
      assert.equal(await page.getAttribute('#comparison', 'data-state'), 'ok');
      assert.match((await cellLines(page, 'price', col))[0], /2\.500,00/);
      await page.fill(`#col-${col}-price`, 'abc');
      const priceError = await text(page, `#col-${col}-price-error`);  // dom.js's text, in the language
      assert.match(priceError, /1\.600,00/);
      assert.doesNotMatch(priceError, /^Not a price/);
      // The core's problems with a pasted profile in the language too.
      await page.fill('#profile-text', '{ "format": "slacalc-profile/1",\n  "tiers": [ }');
      await page.click('#check-profile');
      assert.equal(await text(page, '#problems li[data-code="invalid_json"] .problem-message'), expected.broken);
      await page.fill('#profile-text', '');
      // A custom profile is added under the language's "Custom" group.
      const preset = await presetFromEditor(page, 'arena');
      await page.fill('#profile-text', JSON.stringify({ ...preset, id: 'my-arena' }));
      await page.click('#check-profile');
      assert.match(await text(page, '#report-summary'), expected.added);
      assert.equal(await page.locator(`#col-0-profile optgroup[label="${expected.custom}"] option`).count(), 1);
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});
