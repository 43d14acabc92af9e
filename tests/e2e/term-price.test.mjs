// The cost section of the term page (term.html + term-price.js, "What does it
// cost?") in headless Chromium, served with its strict CSP by
// scripts/serve.mjs. Every expected amount is worked out by hand in the
// comments from the rules in docs/api.md (section price) — §3.7 component
// factor 1 + (n − 1)/3, §3.7.1 A = H × old + k × Δ × price × 1.3 against
// B = max(k, M) × new + (H − max(k, M)) × old, §3.8 days/30 × monthly × 1.3,
// §10.1 a day at 1/30, NMS Prime's doubled introduction month — not taken
// from the module.
//   node --test tests/e2e/term-price.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnFiles, checkLayout, openPage as openPageAt, shotDir, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

// ---------------------------------------------------------------- helpers

async function openPage(options) {
  const opened = await openPageAt(site.browser, new URL('term.html', site.baseUrl).href, options);
  await opened.page.waitForSelector('#cost[data-ready="1"]', { timeout: 15000 });
  return opened;
}

const text = (page, selector) => page.locator(selector).textContent();

/** The VM row `i` (0-based) and its input for `field` (name, vcpus, ramGb, storageGb, components). */
const vmInput = (page, i, field) => page.locator('#cost-vms .vm-row').nth(i).locator(`[data-field="${field}"]`);

/** The error shown next to `input` ('' when none), whether it is marked invalid and what it holds. */
async function errorAt(input) {
  const id = await input.getAttribute('id');
  const box = input.page().locator(`#${id}-error`);
  return {
    text: (await box.isVisible()) ? await box.textContent() : '',
    invalid: await input.getAttribute('aria-invalid') === 'true',
    value: await input.inputValue(),
  };
}

/** The section's state: ok, stale or empty. */
const state = (page) => page.getAttribute('#cost-results', 'data-state');

/** A table body as rows of cell texts. */
const rows = (page, selector) => page.locator(`${selector} tr`).evaluateAll((trs) =>
  trs.map((tr) => [...tr.children].map((c) => c.textContent)));

// ---------------------------------------------------------------- tests

test('title and the §3.7 vector: PostgreSQL on one 4-vCPU VM → factor 2; × 120.00 EUR → 240.00 EUR a month', async () => {
  const { page, context, log } = await openPage();
  try {
    assert.equal(await page.title(), 'slacalc — what does it cost, and when can I leave?');
    assert.equal(await text(page, 'h1 .tagline'), 'What does it cost, and when can I leave?');
    assert.equal(await text(page, '#cost-title'), 'What does it cost?');
    // The nav keeps its short name.
    assert.equal(await text(page, '.site-nav a[aria-current="page"]'), 'Term & cost');
    // The contract is the page's own: Flying Circus Managed 4; the prices are the user's.
    assert.equal(await page.inputValue('#tier'), 'managed-4');
    assert.match(await text(page, '#cost-intro'), /prices are yours to enter: the price sheet is not part of the contract/);
    assert.match(await text(page, '#cost-ppu-hint'), /example: enter yours/);
    assert.equal(await page.locator('#cost-cf').isVisible(), true);
    assert.equal(await page.locator('#cost-sh').isVisible(), false);

    // The example: db1, 4 vCPU, postgresql. By hand: a component counts once per vCPU → 4 instances; the
    // first counts 1, each further 1/3 → 1 + 3 × 1/3 = 2. Service level 2 × 120.00 = 240.00 EUR; no
    // infrastructure prices → 0; a month 240.00 EUR.
    assert.equal(await vmInput(page, 0, 'name').inputValue(), 'db1');
    assert.equal(await text(page, '#cost-answer'), '240.00 EUR a month');
    assert.deepEqual(await page.locator('#cost-working li').allTextContents(),
      ['postgresql: 4 vCPU on db1 → 4 instances → 1 + 3 × 1/3 = 2']);
    assert.equal(await text(page, '#cost-breakdown .service-level'), '2 × 120.00 EUR = 240.00 EUR');
    assert.equal(await text(page, '#cost-breakdown .total'), '240.00 EUR');

    // Money as typed in German: 1.200,50 EUR a unit → 2 × 1200.50 = 2401.00 EUR.
    await page.fill('#cost-ppu', '1.200,50');
    assert.equal(await text(page, '#cost-answer'), '2,401.00 EUR a month');
    await page.fill('#cost-ppu', '120');
    assert.equal(await text(page, '#cost-answer'), '240.00 EUR a month');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('two VMs sharing a component (4 + 2 vCPU → 1 + 5/3 = 8/3), then infrastructure prices; keyboard add/remove', async () => {
  const { page, context } = await openPage();
  try {
    // Add a VM with the keyboard: the new row's name gets the focus.
    await page.focus('#cost-add-vm');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#cost-vms .vm-row').count(), 2);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'name');
    await page.keyboard.type('app1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await vmInput(page, 1, 'components').fill('PostgreSQL');  // names compare case-insensitively
    // Every control is labelled.
    for (const field of ['name', 'vcpus', 'ramGb', 'storageGb', 'components']) {
      const id = await vmInput(page, 1, field).getAttribute('id');
      assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, field);
    }
    assert.equal(await page.locator('#cost-vms .vm-row').nth(1).locator('legend').textContent(), 'VM 2 — app1');

    // By hand: postgresql on 4 + 2 = 6 vCPUs → 6 instances → 1 + 5 × 1/3 = 8/3 ≈ 2.6667;
    // 8/3 × 120.00 = 320.00 EUR.
    assert.match(await text(page, '#cost-working li'), /^postgresql: 4 vCPU on db1 \+ 2 vCPU on app1 → 6 instances → 1 \+ 5 × 1\/3 = 8\/3/);
    assert.equal(await text(page, '#cost-answer'), '320.00 EUR a month');
    assert.equal(await text(page, '#cost-breakdown .service-level'), '8/3 (2.6666…) × 120.00 EUR = 320.00 EUR');

    // Infrastructure: db1 16 GB RAM, 100 GB storage; app1 8 GB, 50 GB; 15.00 a vCPU, 4.00 a GB RAM, 0,15 a GB
    // storage. By hand: 6 × 15.00 = 90.00; 24 × 4.00 = 96.00; 150 × 0.15 = 22.50; infrastructure 208.50;
    // a month 320.00 + 208.50 = 528.50 EUR.
    await vmInput(page, 0, 'ramGb').fill('16');
    await vmInput(page, 0, 'storageGb').fill('100');
    await vmInput(page, 1, 'ramGb').fill('8');
    await vmInput(page, 1, 'storageGb').fill('50');
    await page.locator('#cost-infra summary').click();
    await page.fill('#cost-infra-vcpu', '15.00');
    await page.fill('#cost-infra-ram', '4');
    await page.fill('#cost-infra-storage', '0,15');
    assert.equal(await text(page, '#cost-breakdown .vcpu'), '6 × 15.00 EUR = 90.00 EUR');
    assert.equal(await text(page, '#cost-breakdown .ram'), '24 GB × 4.00 EUR = 96.00 EUR');
    assert.equal(await text(page, '#cost-breakdown .storage'), '150 GB × 0.15 EUR = 22.50 EUR');
    assert.equal(await text(page, '#cost-answer'), '528.50 EUR a month');

    // Remove app1 with the keyboard: back to db1 alone (service level 240.00, infrastructure 4 × 15 + 16 × 4 +
    // 100 × 0.15 = 60 + 64 + 15 = 139.00 → 379.00 EUR); the focus stays in the editor; the last VM cannot go.
    await page.locator('#cost-vms .vm-row').nth(1).locator('.vm-remove').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#cost-vms .vm-row').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.closest('.vm-row') !== null), true);
    assert.equal(await text(page, '#cost-answer'), '379.00 EUR a month');
    assert.equal(await page.locator('#cost-vms .vm-remove').isDisabled(), true);
  } finally {
    await context.close();
  }
});

test('factor increase: A vs B around k* = 12/1.3 ≈ 9.23 (A at 9 months, B at 10); temporary upgrade +30 %', async () => {
  const { page, context } = await openPage();
  try {
    // db1 4 → 8 vCPU: old factor 1 + 3/3 = 2, new 1 + 7/3 = 10/3, Δ = 4/3; 120.00 a unit; Managed 4's term
    // M = 12, horizon H = max(k, 12) = 12.
    await page.check('#cost-inc-on');
    await page.fill('#cost-inc-vcpus', '4');
    assert.equal(await page.inputValue('#cost-inc-vm'), await page.locator('#cost-vms .vm-row').first().getAttribute('data-uid'));
    // k = 9: A = 12 × 240.00 + 9 × 4/3 × 120.00 × 1.3 = 2880.00 + 1872.00 = 4752.00;
    //        B = 12 × 400.00 = 4800.00 → A cheaper by 48.00.
    await page.fill('#cost-inc-months', '9');
    assert.match(await text(page, '#cost-inc-options .option-a'), /^4,752\.00 EUR over 12 months/);
    assert.match(await text(page, '#cost-inc-options .option-b'), /^4,800\.00 EUR over 12 months/);
    assert.equal(await text(page, '#cost-inc-verdict'), 'Factor 2 → 10/3 (3.3333…) for 9 months: A is cheaper by 48.00 EUR.');
    assert.equal(await page.getAttribute('#cost-inc', 'data-cheaper'), 'A');
    assert.match(await text(page, '#cost-inc-break-even'), /12 \/ 1\.3 = 120\/13 ≈ 9\.23 months/);
    // k = 10: A = 2880.00 + 10 × 208.00 = 4960.00; B = 4800.00 → B cheaper by 160.00.
    await page.fill('#cost-inc-months', '10');
    assert.match(await text(page, '#cost-inc-options .option-a'), /^4,960\.00 EUR/);
    assert.equal(await text(page, '#cost-inc-verdict'), 'Factor 2 → 10/3 (3.3333…) for 10 months: B is cheaper by 160.00 EUR.');
    // A horizon of 24: both gain 12 × 240.00 = 2880.00 → A 7840.00, B 7680.00; still B by 160.00.
    await page.fill('#cost-inc-horizon', '24');
    assert.match(await text(page, '#cost-inc-options .option-a'), /^7,840\.00 EUR over 24 months/);
    assert.match(await text(page, '#cost-inc-verdict'), /B is cheaper by 160\.00 EUR\.$/);
    // k above the horizon: out of range, next to the horizon; the answer stays, dimmed.
    await page.fill('#cost-inc-horizon', '6');
    assert.match((await errorAt(page.locator('#cost-inc-horizon'))).text, /.+/);
    assert.equal(await state(page), 'stale');
    await page.fill('#cost-inc-horizon', '');
    assert.equal(await state(page), 'ok');
    // Unticked, it keeps what was typed but is not counted.
    await page.uncheck('#cost-inc-on');
    assert.equal(await page.locator('#cost-inc').isVisible(), false);
    assert.equal(await page.inputValue('#cost-inc-months'), '10');

    // Temporary upgrade to Managed 5 (the next tier, chosen by default) at 150.00 a unit for 5 days, factor 2:
    // 5/30 × 300.00 × 1.3 = 65.00 EUR; the same days on Managed 4 5/30 × 240.00 = 40.00; 25.00 more.
    await page.check('#cost-tu-on');
    assert.equal(await page.inputValue('#cost-tu-tier'), 'managed-5');
    await page.fill('#cost-tu-days', '5');
    await page.fill('#cost-tu-ppu', '150,00');
    assert.equal(await text(page, '#cost-tu-text'), '5 days of Managed 5 (+30 %): 65.00 EUR, instead of 40.00 EUR on ' +
      'Managed 4 — 25.00 EUR more. The minimum term is unchanged.');
    // Without its price: the core's missing price, next to that field.
    await page.fill('#cost-tu-ppu', '');
    assert.match((await errorAt(page.locator('#cost-tu-ppu'))).text, /Managed 5's price per factor unit/);
  } finally {
    await context.close();
  }
});

test('a month metered by day: April 2026, +4 vCPU on db1 from 10 April', async () => {
  const { page, context } = await openPage();
  try {
    await page.check('#cost-meter-on');
    assert.equal(await page.inputValue('#cost-day-billing'), 'every-day');
    assert.match(await text(page, '#cost-day-billing-hint'), /31\/30/);
    await page.fill('#cost-meter-month', '2026-04');
    await page.fill('#cost-meter-day', '2026-04-10');
    await page.fill('#cost-meter-vcpus', '4');
    // By hand: 1–9 April at factor 2 (240.00 a month): 9/30 × 240.00 = 72.00; 10–30 April at 10/3, the 4/3
    // above the committed 2 at +30 % (§3.7.1): 240.00 + 4/3 × 120.00 × 1.3 = 448.00; 21/30 × 448.00 = 313.60;
    // April 385.60 EUR.
    assert.deepEqual(await rows(page, '#cost-meter-body'), [
      ['2026-04-01 – 2026-04-09', '9', '2', '4', '240.00 EUR', '72.00 EUR'],
      ['2026-04-10 – 2026-04-30', '21', '10/3 (3.3333…)', '8', '448.00 EUR', '313.60 EUR'],
    ]);
    assert.match(await text(page, '#cost-meter-text'), /^April 2026: 385\.60 EUR/);
    // Recommitted: the whole 10/3 without surcharge (and a new minimum term): 21/30 × 400.00 = 280.00; 352.00 EUR.
    await page.check('#cost-meter-recommit');
    assert.match(await text(page, '#cost-meter-text'), /^April 2026: 352\.00 EUR/);
    await page.uncheck('#cost-meter-recommit');
    // Committed to 10/3 from the start (the Cleared-For-Takeoff factor): 9/30 × 400.00 + 280.00 = 400.00 EUR.
    await page.fill('#cost-committed', '10/3');
    assert.match(await text(page, '#cost-meter-text'), /^April 2026: 400\.00 EUR/);
    await page.fill('#cost-committed', '');
    // A change day outside the month is the core's error, next to the day.
    await page.fill('#cost-meter-day', '2026-05-02');
    assert.match((await errorAt(page.locator('#cost-meter-day'))).text, /.+/);
    assert.equal(await state(page), 'stale');
  } finally {
    await context.close();
  }
});

test('NMS Prime support hours: the introduction month has twice the hours; overage at the hourly rate', async () => {
  const { page, context } = await openPage();
  try {
    await page.selectOption('#profile', 'nms-prime');
    assert.equal(await page.locator('#cost-sh').isVisible(), true);
    assert.equal(await page.locator('#cost-cf').isVisible(), false);
    await page.fill('#cost-sh-hours', '10');
    await page.fill('#cost-sh-rate', '120');
    await page.locator('#cost-used input').nth(0).fill('25');
    await page.locator('#cost-used input').nth(1).fill('8');
    await page.click('#cost-add-month');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.used-row') !== null), true);
    await page.keyboard.type('12,5');
    assert.equal(await page.locator('#cost-used label').nth(2).textContent(), 'Month 3 (hours)');
    // By hand: month 1 (introduction) 2 × 10 = 20 h included, 25 used → 5 h × 120.00 = 600.00; month 2: 8 of
    // 10 → nothing; month 3: 12.5 of 10 → 2.5 h × 120.00 = 300.00; in all 20 + 10 + 10 = 40 h included,
    // 45.5 used, 7.5 beyond, 900.00 EUR.
    assert.deepEqual(await rows(page, '#cost-hours-body'), [
      ['1', 'introduction', '20 h', '25 h', '5 h', '600.00 EUR'],
      ['2', 'operation', '10 h', '8 h', '0 h', '0.00 EUR'],
      ['3', 'operation', '10 h', '12.5 h', '2.5 h', '300.00 EUR'],
    ]);
    assert.deepEqual(await rows(page, '#cost-hours-foot'), [['Total', '', '40 h', '45.5 h', '7.5 h', '900.00 EUR']]);
    assert.equal(await text(page, '#cost-answer'), '900.00 EUR beyond the included hours');
    // Two introduction months: month 2 has 20 h too (8 used → nothing): still 900.00 EUR, 50 h included.
    await page.fill('#cost-sh-intro', '2');
    assert.deepEqual((await rows(page, '#cost-hours-body'))[1], ['2', 'introduction', '20 h', '8 h', '0 h', '0.00 EUR']);
    assert.deepEqual(await rows(page, '#cost-hours-foot'), [['Total', '', '50 h', '45.5 h', '7.5 h', '900.00 EUR']]);

    // Month 3 not a number: /supportHours/used/2 → next to month 3's input; kept as typed.
    const third = page.locator('#cost-used input').nth(2);
    await third.fill('12x');
    const err = await errorAt(third);
    assert.match(err.text, /"12x" is not a plain decimal number/);
    assert.equal(err.invalid, true);
    assert.equal(err.value, '12x');
    assert.equal(await state(page), 'stale');
    assert.equal(await text(page, '#cost-answer'), '900.00 EUR beyond the included hours');
  } finally {
    await context.close();
  }
});

test('Hosted: the infrastructure alone, per calendar day (§3.4, §10.1)', async () => {
  const { page, context } = await openPage();
  try {
    await page.selectOption('#tier', 'hosted');
    await page.fill('#cost-infra-vcpu', '15.00');
    // db1, 4 vCPU × 15.00: 60.00 EUR a month, no service level.
    assert.equal(await text(page, '#cost-answer'), '60.00 EUR a month');
    assert.equal(await page.locator('#cost-none').isVisible(), false);
    assert.equal(await page.locator('#cost-cf').isVisible(), true);
    assert.equal(await page.locator('#cost-ppu').isVisible(), false);
    assert.equal(await page.locator('#cost-inc-on').isVisible(), false);
    // May 2026 by day: 31/30 × 60.00 = 62.00 EUR.
    await page.check('#cost-meter-on');
    await page.fill('#cost-meter-month', '2026-05');
    assert.match(await text(page, '#cost-meter-text'), /^May 2026: 62\.00 EUR/);
    await page.uncheck('#cost-meter-on');
    await page.fill('#cost-infra-vcpu', '');
    // Back on a priced tier, what was typed is still there.
    await page.selectOption('#tier', 'guided-2');
    assert.equal(await vmInput(page, 0, 'name').inputValue(), 'db1');
    assert.equal(await text(page, '#cost-answer'), '240.00 EUR a month');
  } finally {
    await context.close();
  }
});

test('errors next to their control, input kept, the last answer dimmed', async () => {
  const { page, context } = await openPage();
  try {
    await page.click('#cost-add-vm');
    await vmInput(page, 1, 'name').fill('app1');
    await vmInput(page, 1, 'vcpus').fill('-2');
    // /resourceGroup/vms/1/vcpus: next to the second VM's vCPUs, the first VM's untouched.
    const bad = await errorAt(vmInput(page, 1, 'vcpus'));
    assert.match(bad.text, /between 1 and 1024/);
    assert.equal(bad.invalid, true);
    assert.equal(bad.value, '-2');
    assert.deepEqual(await errorAt(vmInput(page, 0, 'vcpus')), { text: '', invalid: false, value: '4' });
    assert.equal(await state(page), 'stale');
    assert.match(await text(page, '#cost-status'), /Out of date/);
    assert.equal(await text(page, '#cost-answer'), '240.00 EUR a month');
    assert.equal(await page.locator('#cost-result').evaluate((e) => getComputedStyle(e).opacity), '0.45');
    // Fixed: the answer is current again (app1 has no components: still 240.00).
    await vmInput(page, 1, 'vcpus').fill('2');
    assert.equal(await state(page), 'ok');
    assert.deepEqual(await errorAt(vmInput(page, 1, 'vcpus')), { text: '', invalid: false, value: '2' });

    // The same name twice: the core's duplicate, next to the second name.
    await vmInput(page, 1, 'name').fill('DB1');
    assert.match((await errorAt(vmInput(page, 1, 'name'))).text, /.+/);
    await vmInput(page, 1, 'name').fill('app1');

    // A price that is not money, then none: next to the price; /pricePerFactorUnit says the sheet is not
    // part of the contract.
    await page.fill('#cost-ppu', '12x');
    assert.match((await errorAt(page.locator('#cost-ppu'))).text, /^Not a price/);
    await page.fill('#cost-ppu', '');
    assert.match((await errorAt(page.locator('#cost-ppu'))).text, /price sheet is not part of the contract/);
    await page.fill('#cost-ppu', '-5');
    assert.equal((await errorAt(page.locator('#cost-ppu'))).value, '-5');
    assert.match((await errorAt(page.locator('#cost-ppu'))).text, /.+/);

    // /factorIncrease/neededMonths: 0 months.
    await page.fill('#cost-ppu', '120');
    await page.check('#cost-inc-on');
    await page.fill('#cost-inc-months', '0');
    assert.match((await errorAt(page.locator('#cost-inc-months'))).text, /.+/);
    assert.equal(await page.inputValue('#cost-inc-months'), '0');
  } finally {
    await context.close();
  }
});

test('layout at 320 px, keyboard-only labels, and same-origin only', async () => {
  await checkLayout(openPage, {
    name: 'cost', shotDir, scrollBox: '#cost-meter-scroll',
    async stress(page) {  // every what-if, a second VM with long components, then errors shown
      await page.click('#cost-add-vm');
      await vmInput(page, 1, 'name').fill('a-very-long-virtual-machine-name-without-breaks');
      await vmInput(page, 1, 'vcpus').fill('16');
      await vmInput(page, 1, 'components').fill('postgresql, redis, rabbitmq, elasticsearch, memcached');
      await page.fill('#cost-ppu', '1 234 567,89');
      for (const id of ['cost-inc-on', 'cost-tu-on', 'cost-meter-on']) await page.check(`#${id}`);
      await page.fill('#cost-tu-ppu', '2 000 000');
      await page.fill('#cost-meter-month', '2026-04');
      await page.fill('#cost-meter-day', '2026-04-10');
      assert.equal(await state(page), 'ok');
      await page.locator('#cost-meter-scroll').scrollIntoViewIfNeeded();
      await vmInput(page, 0, 'vcpus').fill('-1');
      await page.fill('#cost-inc-months', 'many');
      assert.equal(await state(page), 'stale');
    },
  });

  const { page, context, log } = await openPage();
  try {
    // Every control in the section has a label.
    const unlabelled = await page.locator('#cost-form input, #cost-form select').evaluateAll((els) =>
      els.filter((e) => !e.labels?.length).map((e) => e.id));
    assert.deepEqual(unlabelled, []);
    await assertOnlyOwnFiles(page, log, site.baseUrl,
      ['/term.html', '/style.css', '/slacalc-term.mjs',
        '/slacalc-term.wasm']);
  } finally {
    await context.close();
  }
});
