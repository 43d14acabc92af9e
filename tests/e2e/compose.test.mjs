// The dependencies page (compose.html) in headless Chromium. The expected
// availabilities are worked out by hand below (A = Π Aᵢ in series,
// 1 − Π (1 − Aᵢ) in parallel), not taken from the module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const openPage = (options) => openPageAt(site.browser, new URL('compose.html', site.baseUrl).href, options);
const text = (page, selector) => page.locator(selector).textContent();
const leaf = (page, i) => page.locator('[data-testid="leaf"]').nth(i);

test('the data centre → platform → application chain: composite, budget, the dominant one, a target', async () => {
  const { page, context, log } = await openPage();
  try {
    // 0.9999 × 0.999 × 0.995 = 0.9989001 × 0.995 = 0.9939055995.
    // Shown to two decimals (two past any leading nines), cut and marked; the whole value after it
    // for screen readers and in the title.
    assert.equal(await text(page, '#composite'), '99.39…% (exactly 99.39055995%)');
    assert.equal(await page.getAttribute('#composite', 'title'), 'exactly 99.39055995%');
    // (1 − 0.9939055995) × 30 d = 0.0060944005 × 2 592 000 s = 15 796.686096 s = 4h 23m 16.686096s.
    assert.match(await text(page, '#budget'), /4h 23m 16\.6\d*s of downtime per month \(30-day basis\)/);
    // Perfect, the application leaves 0.9989001: +0.49945005 points; the platform 0.9949005: +0.09949005.
    assert.match(await text(page, '#dominant'), /^Improve Application first: .* gain 0\.49945005 percentage points\.$/);
    const rows = await page.locator('[data-testid="ranking-row"] th').allTextContents();
    assert.deepEqual(rows, ['Application', 'Platform', 'Data centre']);
    assert.equal(await text(page, '[data-testid="group-result"]'), '= 99.39…% (exactly 99.39055995%)');

    // A target above what the chain allows: 99.5 % of 30 d = 3h 36m, the chain uses 4h 23m.
    await page.fill('#target', '99,5');
    assert.match(await text(page, '#target-verdict'), /^✗ Your target of 99\.5% is out of reach: it allows 3h 36m/);
    await page.fill('#target', '99');
    assert.match(await text(page, '#target-verdict'), /^✓ Your target of 99% fits/);

    // The application at 99,95 (decimal comma): 0.9989001 × 0.9995 = 0.99840064995; now the platform
    // dominates (+0.099940005 against the application's +0.049945005).
    await leaf(page, 2).locator('[data-testid="leaf-availability"]').fill('99,95');
    assert.equal(await text(page, '#composite'), '99.84…% (exactly 99.840064995%)');
    assert.match(await text(page, '#dominant'), /^Improve Platform first: .* gain 0\.099940005 percentage points/);
    // A year of 365 days: 0.00159935005 × 31 536 000 s = 50 437.1031768 s = 14h 0m 37.1031768s.
    await page.selectOption('#period', 'year:365d');
    assert.match(await text(page, '#budget'), /≈ 14h 37\.103s of downtime per year \(365 days\)/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('nesting: two regions in parallel, a group added by hand, the second region removed', async () => {
  const { page, context, log } = await openPage();
  try {
    await page.click('[data-testid="example-regions"]');
    // 1 − 0.0060944005² = 1 − 0.00003714171745440025: 20 decimal places, the step rounded to 18.
    assert.equal(await text(page, '#composite'), '99.9962…% (exactly 99.996285828254…%)');
    assert.match(await text(page, '#explain'), /rounded half up to 16/);
    assert.equal(await page.locator('[data-testid="group"]').count(), 3);
    // Region B removed: the chain alone again.
    await page.locator('[data-testid="group"]').nth(2).locator('> .node-actions [data-testid="remove"]').click();
    assert.equal(await text(page, '#composite'), '99.39…% (exactly 99.39055995%)');
    // A redundant pair of load balancers added to region A: 1 − 0.001² = 0.999999; 0.9939055995 × 0.999999
    // = 0.9939046055944005: 14 decimal places of the percentage, 12 shown.
    const regionA = page.locator('[data-testid="group"]').nth(1);
    await regionA.locator('> .node-actions [data-testid="add-group"]').click();
    const added = regionA.locator('[data-testid="group"]');
    await added.locator('[data-testid="group-kind"]').selectOption('parallel');
    await added.locator('[data-testid="leaf-availability"]').fill('99.9');
    // A group's new part takes the focus.
    await added.locator('> .node-actions [data-testid="add-leaf"]').click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'leaf-name');
    await page.keyboard.type('LB 2');
    await added.locator('[data-testid="leaf-availability"]').nth(1).fill('99.9');
    assert.equal(await text(page, '#composite'), '99.39…% (exactly 99.390460559440…%)');
    assert.equal(await added.locator('[data-testid="group-result"]').first().textContent(), '= 99.9999%');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('errors: next to the field, the answer kept dimmed, the input kept', async () => {
  const { page, context, log } = await openPage();
  try {
    const availability = leaf(page, 1).locator('[data-testid="leaf-availability"]');
    await availability.fill('101');
    const id = await availability.getAttribute('id');
    assert.match(await text(page, `#${id}-error`), /between 0 and 100/);
    assert.equal(await availability.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'stale');
    assert.equal(await text(page, '#composite'), '99.39…% (exactly 99.39055995%)');
    assert.equal(await availability.inputValue(), '101');
    await availability.fill('');
    assert.match(await text(page, `#${id}-error`), /Enter the availability/);
    await availability.fill('abc');
    assert.ok(await page.locator(`#${id}-error`).isVisible());
    await page.fill('#target', '99.9.9');
    assert.ok(await page.locator('#target-error').isHidden());  // one error at a time: the first field's
    await availability.fill('99.9');
    assert.match(await text(page, '#target-error'), /./);
    await page.fill('#target', '');
    assert.equal(await page.getAttribute('#results', 'data-state'), 'ok');
    // A group without parts says so on its kind.
    const root = page.locator('[data-testid="group"]').first();
    await root.locator('> .node-actions [data-testid="add-group"]').click();
    const group = root.locator('[data-testid="group"]');
    await group.locator('[data-testid="leaf"] [data-testid="remove"]').click();
    const kindId = await group.locator('[data-testid="group-kind"]').getAttribute('id');
    assert.match(await text(page, `#${kindId}-error`), /needs a part/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('layout, privacy and the nav', async () => {
  await checkLayout(openPage, {
    name: 'compose', shotDir, scrollBox: '.table-scroll',
    stress: async (page) => {
      await page.click('[data-testid="example-regions"]');
      await leaf(page, 0).locator('[data-testid="leaf-name"]').fill('A data centre with a rather long name indeed');
      await leaf(page, 1).locator('[data-testid="leaf-availability"]').fill('bad');
    },
  });
  const { page, context, log } = await openPage();
  try {
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/compose.html', '/style.css', '/locales/en/compose.json', '/slacalc-compose.mjs',
        '/slacalc-compose.wasm']);
    assert.equal(await page.getAttribute('.site-nav a[aria-current="page"]', 'href'), 'compose.html');
  } finally {
    await context.close();
  }
});

test('in German, Dutch and Danish: the page\'s words and the numbers as each language writes them', async () => {
  // German from ?lang=, Dutch and Danish from the browser's language.
  for (const [how, expected] of [
    [{ query: '?lang=de' }, { h2: 'Die Abhängigkeiten', composite: '99,39…\u00a0% (genau 99,39055995\u00a0%)', nav: 'Abhängigkeiten',
      kind: 'Alle nötig (in Reihe)', dominant: /^Verbessern Sie zuerst Anwendung: .* 0,49945005 Prozentpunkte\.$/ }],
    [{ locale: 'nl-NL' }, { h2: 'De afhankelijkheden', composite: '99,39…% (precies 99,39055995%)', nav: 'Afhankelijkheden',
      kind: 'Alle nodig (in serie)', dominant: /^Verbeter eerst Applicatie: .* 0,49945005 procentpunt\.$/ }],
    [{ locale: 'da-DK' }, { h2: 'Afhængighederne', composite: '99,39…\u00a0% (præcis 99,39055995\u00a0%)', nav: 'Afhængigheder',
      kind: 'Alle nødvendige (i serie)', dominant: /^Forbedr Applikation først: .* 0,49945005 procentpoint\.$/ }],
  ]) {
    const { page, context, log } = await openPageAt(site.browser,
      new URL(`compose.html${how.query ?? ''}`, site.baseUrl).href, how.locale ? { locale: how.locale } : {});
    try {
      assert.equal(await text(page, '#inputs-title'), expected.h2);
      assert.equal(await text(page, '.site-nav a[aria-current="page"]'), expected.nav);
      assert.equal(await text(page, '#composite'), expected.composite);
      assert.equal(await page.locator('[data-testid="group-kind"] option:checked').textContent(), expected.kind);
      assert.match(await text(page, '#dominant'), expected.dominant);
      // The decimal comma is read as such: 99,95 for the application → 99,840064995.
      await leaf(page, 2).locator('[data-testid="leaf-availability"]').fill('99,95');
      assert.match(await text(page, '#composite'), /^99,84…\u00a0?% \(\S+ 99,840064995\u00a0?%\)$/);  // Intl puts a no-break space
      assert.equal(await page.getAttribute('html', 'lang'), how.query ? 'de' : how.locale.slice(0, 2));
      assert.deepEqual(log.errors, []);  // a missing text would be a console error
    } finally {
      await context.close();
    }
  }
});
