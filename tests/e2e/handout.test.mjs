// A salesperson's handout from the comparison page (compare.html), from the
// user's side: two Flying Circus tiers, their prices worked out from the
// component factor (VLB §3.7), what each tier includes (§3.5, §3.6), a title,
// a recipient and notes — then printed to one A4 page without the screen's
// technical lines. The expected prices are worked out by hand below; the
// contract's price sheet is not part of it, so the prices per factor unit are
// the salesperson's own.
//   node --test tests/e2e/handout.test.mjs     (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { openPage, taskScreenshot, TASK_VIEWPORTS, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

const open = (viewport) => openPage(site.browser, new URL('compare.html', site.baseUrl).href, { viewport });
const cell = (page, row, col) => page.locator(`#compare tr[data-row="${row}"] td[data-col="${col}"]`);
const cellLines = (page, row, col) => cell(page, row, col).locator('.line').allTextContents();

// ---------------------------------------------------------------- reading a PDF's text

/** The objects of a PDF: number → { dict, data (the stream, inflated) }. */
function pdfObjects(buffer) {
  const src = buffer.toString('latin1');
  const objects = new Map();
  const head = /(\d+) 0 obj\b/g;
  let m;
  while ((m = head.exec(src))) {
    const start = m.index + m[0].length;
    const streamAt = src.indexOf('stream', start);
    const endAt = src.indexOf('endobj', start);
    if (streamAt < 0 || streamAt > endAt) {
      objects.set(Number(m[1]), { dict: src.slice(start, endAt), data: null });
      head.lastIndex = endAt;
      continue;
    }
    const dict = src.slice(start, streamAt);
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1]);
    let from = streamAt + 'stream'.length;
    if (src[from] === '\r') from += 1;
    if (src[from] === '\n') from += 1;
    let data = buffer.subarray(from, from + length);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(m[1]), { dict, data: data.toString('latin1') });
    head.lastIndex = from + length;
  }
  return objects;
}

/** A ToUnicode CMap: { width (hex digits of a code), map: code → text }. */
function readCMap(text) {
  const map = new Map();
  let width = 4;
  const hexText = (hex) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      width = from.length;
      map.set(parseInt(from, 16), hexText(to));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      width = lo.length;
      const first = parseInt(to, 16);
      for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c += 1) map.set(c, String.fromCodePoint(first + c - parseInt(lo, 16)));
    }
  }
  return { width, map };
}

/** The text of each page of a PDF Chromium made, glyphs decoded through their fonts' ToUnicode maps. */
function pdfPageTexts(buffer) {
  const objects = pdfObjects(buffer);
  const ref = (text, key) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text)?.[1]);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![s\w])/.test(o.dict));
  return pages.map((pageObject) => {
    let resources = pageObject.dict;
    if (ref(resources, 'Resources')) resources = objects.get(ref(resources, 'Resources')).dict;
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1]
      ?? objects.get(ref(resources, 'Font'))?.dict ?? '';
    const fonts = new Map([...fontBlock.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map(([, name, num]) => {
      const toUnicode = ref(objects.get(Number(num)).dict, 'ToUnicode');
      return [name, toUnicode ? readCMap(objects.get(toUnicode).data) : null];
    }));
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(pageObject.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)]
      .map(([, num]) => objects.get(Number(num)).data).join('\n');
    let font = null;
    let out = '';
    const decode = (hex) => {
      if (!font) return;
      for (let i = 0; i + font.width <= hex.length; i += font.width) out += font.map.get(parseInt(hex.slice(i, i + font.width), 16)) ?? '';
    };
    for (const [, name, hex, array] of contents.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
      if (name) font = fonts.get(name) ?? null;
      else if (hex !== undefined) decode(hex);
      else for (const [, part] of array.matchAll(/<([0-9A-Fa-f]*)>/g)) decode(part);
    }
    return out;
  });
}

/** Text compared without its spaces: a PDF places words, it need not write the spaces between them. */
const squeezed = (s) => s.replace(/\s+/g, '');

// ---------------------------------------------------------------- the task

const TITLE = 'Application operations for shop.example';
const RECIPIENT = 'Example Shop GmbH';
const NOTES = 'Prices per factor unit as quoted on 1 December 2026.';

/** Two Flying Circus tiers, priced, titled: what a salesperson does before printing. */
async function prepareHandout(page) {
  await page.click('#col-2-remove');  // the third default column (WP Heaven)
  await page.selectOption('#col-0-profile', 'preset:flying-circus');
  await page.selectOption('#col-0-tier', 'managed-2');
  await page.selectOption('#col-1-profile', 'preset:flying-circus');
  await page.selectOption('#col-1-tier', 'guided-2');
  // Managed 2: one VM, 4 vCPU, PostgreSQL: §3.7 counts 4 instances → 1 + 3 × 1/3 = 2.
  await page.fill('#col-0-vms', '1');
  await page.fill('#col-0-vcpus', '4');
  await page.fill('#col-0-components', 'postgresql');
  await page.fill('#col-0-ppu', '120.00');
  // Guided 2: two VMs of 2 vCPU, each with PostgreSQL and nginx: each component
  // 2 × 2 = 4 instances → 2; factor 2 + 2 = 4.
  await page.fill('#col-1-vms', '2');
  await page.fill('#col-1-vcpus', '2');
  await page.fill('#col-1-components', 'postgresql, nginx');
  await page.fill('#col-1-ppu', '90');
  await page.fill('#handout-title', TITLE);
  await page.fill('#handout-for', RECIPIENT);
  await page.fill('#handout-notes', NOTES);
}

test('a two-tier handout: prices worked out, what each tier includes, one printed A4 page', async () => {
  for (const viewport of TASK_VIEWPORTS) {
    const { page, context, log } = await open(viewport);
    try {
      await prepareHandout(page);

      // 2 × 120.00 = 240.00 EUR; 4 × 90.00 = 360.00 EUR.
      assert.deepEqual(await cellLines(page, 'price', 0), ['factor 2 × 120.00 EUR = 240.00 EUR']);
      assert.deepEqual(await cellLines(page, 'price', 1), ['factor 4 × 90.00 EUR = 360.00 EUR']);
      assert.equal(await page.getAttribute('#compare tr[data-row="price"]', 'data-differs'), 'true');

      // §3.6: Managed includes all of Hosted and Guided, the deployment, monthly reviews; §3.5: Guided does not.
      const includes = page.locator('#compare tr[data-row="includes"]');
      assert.equal(await includes.getAttribute('data-differs'), 'true');
      assert.ok(await includes.locator('th .diff-badge').isVisible());
      const managed = await cellLines(page, 'includes', 0);
      const guided = await cellLines(page, 'includes', 1);
      assert.ok(managed.some((l) => l.endsWith('Monthly reviews')), managed.join(' | '));
      assert.ok(managed.some((l) => l.endsWith('An individual automated deployment with test and production environments')));
      assert.ok(!guided.some((l) => l.endsWith('Monthly reviews')), guided.join(' | '));
      assert.ok(guided.some((l) => l.endsWith('On-call service for critical incidents, all call-outs included')));
      // Items not in both columns are marked, in words for a screen reader too.
      const reviews = cell(page, 'includes', 0).locator('.line', { hasText: 'Monthly reviews' });
      assert.match(await reviews.getAttribute('class'), /line-differs/);
      assert.match(await reviews.textContent(), /Not in every column/);
      assert.match(await cell(page, 'includes', 0).locator('.clauses').textContent(), /§3\.6/);

      // The handout's head and notes as typed.
      assert.equal(await page.textContent('#handout-title-out'), TITLE);
      assert.equal(await page.textContent('#handout-for-out'), `Prepared for ${RECIPIENT}`);
      assert.equal(await page.textContent('#handout-notes-out'), NOTES);
      await taskScreenshot(page, 'handout');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('the printed handout: one A4 page, no technical line', async () => {
  const { page, context, log } = await open(TASK_VIEWPORTS[1]);
  try {
    await prepareHandout(page);
    // On the screen, the technical lines are there: another reading of the budget, the notes on the month basis.
    const downtime = (await cellLines(page, 'downtime', 1)).join(' | ');
    assert.match(downtime, /of the window's/);
    assert.match(await page.textContent('#explain'), /month basis/);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#compare-form', '#handout-form', '#compare-notes', '#custom-profiles']) {
      assert.ok(await page.locator(hidden).isHidden(), hidden);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    assert.equal(pages, 1, 'one page');
    const [printed] = pdfPageTexts(pdf);
    const has = (s) => squeezed(printed).includes(squeezed(s));
    // What the customer reads (the text is read, so its absence below means something).
    for (const shown of [TITLE, `Prepared for ${RECIPIENT}`, NOTES, 'factor 2 × 120.00 EUR = 240.00 EUR',
      'factor 4 × 90.00 EUR = 360.00 EUR', 'Monthly reviews', 'What the tier includes', 'Managed 2', 'Guided 2']) {
      assert.ok(has(shown), `printed: ${shown}\n${printed}`);
    }
    // What is for the screen only: readings of the window and the month basis, the controls, prompts.
    for (const technical of ["of the window's", 'month basis is', 'Tiers to compare', 'Price per factor unit',
      'Print handout', 'Not entered', 'Enter a monthly price', 'Add column', 'Your own profiles']) {
      assert.ok(!has(technical), `not printed: ${technical}`);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('price inputs: an error next to the field, nothing typed lost, and kept in the link', async () => {
  const { page, context } = await open(TASK_VIEWPORTS[1]);
  let link;
  try {
    await prepareHandout(page);
    // Not a whole number: the page's own words, on the field.
    await page.fill('#col-1-vcpus', 'two');
    const error = page.locator('#col-1-vcpus-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /Not a whole number/);
    assert.equal(await page.getAttribute('#col-1-vcpus', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#col-1-vcpus'), 'two');
    // 0 vCPU reaches the core, whose error (path /columns/1/price/resourceGroup/vms/0/vcpus) lands here.
    await page.fill('#col-1-vcpus', '0');
    await page.waitForFunction(() => /between 1 and/.test(document.querySelector('#col-1-vcpus-error').textContent));
    assert.equal(await page.inputValue('#col-1-components'), 'postgresql, nginx');
    // The price sheet is not part of the contract (§3.7): without a price per factor unit, the core asks for one.
    await page.fill('#col-1-vcpus', '2');
    await page.fill('#col-1-ppu', '');
    await page.waitForFunction(() => !document.querySelector('#col-1-ppu-error').hidden);
    await page.fill('#col-1-ppu', '90');
    await page.waitForFunction(() => document.querySelector('#col-1-ppu-error').hidden);
    assert.deepEqual(await cellLines(page, 'price', 1), ['factor 4 × 90.00 EUR = 360.00 EUR']);
    await page.waitForSelector('body[data-link="current"]');
    link = page.url();
  } finally {
    await context.close();
  }
  const again = await openPage(site.browser, link, { viewport: TASK_VIEWPORTS[1] }, 'body[data-view="restored"]');
  try {
    const p = again.page;
    await p.waitForFunction(() => document.querySelectorAll('#compare tr[data-row="price"] td').length === 2);
    assert.equal(await p.inputValue('#col-1-components'), 'postgresql, nginx');
    assert.equal(await p.inputValue('#col-0-ppu'), '120.00');
    assert.equal(await p.inputValue('#handout-title'), TITLE);
    assert.equal(await p.inputValue('#handout-for'), RECIPIENT);
    assert.equal(await p.inputValue('#handout-notes'), NOTES);
    assert.deepEqual(await cellLines(p, 'price', 0), ['factor 2 × 120.00 EUR = 240.00 EUR']);
    assert.equal(await p.textContent('#handout-for-out'), `Prepared for ${RECIPIENT}`);
  } finally {
    await again.context.close();
  }
});
