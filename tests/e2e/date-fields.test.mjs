// Month, date and date-and-time fields in headless Chromium: every visible
// one shows its whole value — the browser's own parts of the field (month,
// year, day, hour…) end inside the box, left of the calendar button — on
// every page with such fields (those a choice would show, too), at 390 px and 1366 px, in all four languages
// (the browser's locale set to match: it writes the value). Chromium's parts
// live in the field's user-agent shadow tree; the DevTools protocol reaches it.
//   node --test tests/e2e/date-fields.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

const PAGES = ['index.html', 'compare.html', 'deadline.html', 'credit.html', 'term.html'];
const LOCALES = { en: 'en-US', de: 'de-DE', nl: 'nl-NL', da: 'da-DK' };
// Long values: the longest month name of these languages, a two-digit day, an afternoon time.
const VALUES = { month: '2026-09', date: '2026-09-28', 'datetime-local': '2026-09-28T23:59' };

const attr = (node, name) => {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

/** The date fields of the document: { id, nodeId, parts: [{ pseudo, nodeId }] }. */
function dateFields(node, out = []) {
  if (node.nodeName === 'INPUT' && attr(node, 'type') in VALUES) {
    const parts = [];
    const walk = (n) => {
      const pseudo = attr(n, 'pseudo');
      if (pseudo) parts.push({ pseudo, nodeId: n.nodeId });
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    for (const r of node.shadowRoots ?? []) walk(r);
    out.push({ id: attr(node, 'id') ?? attr(node, 'data-testid') ?? '(row)', nodeId: node.nodeId, parts });
  }
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) dateFields(c, out);
  return out;
}

/** The box's left and right edges (content box, or border box), or null when it is not laid out. */
async function edges(cdp, nodeId, box = 'content') {
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    const q = model[box];
    return model.width > 0 ? { left: Math.min(q[0], q[6]), right: Math.max(q[2], q[4]) } : null;
  } catch {
    return null;  // not rendered (a hidden part of the form)
  }
}

/** Every clipped field of the page as "id (lang, width): part ends at x, room to y". */
async function clipped(page) {
  // Each field filled, and shown with what holds it (a what-if's fields, a closed <details>).
  await page.evaluate((values) => {
    for (const input of document.querySelectorAll('input')) {
      if (!(input.type in values)) continue;
      input.value = values[input.type];
      for (let e = input; e; e = e.parentElement) {
        e.hidden = false;
        if (e.tagName === 'DETAILS') e.open = true;
      }
    }
  }, VALUES);
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found = [];
  let parts = 0;
  for (const field of dateFields(root)) {
    const box = await edges(cdp, field.nodeId);
    if (!box) continue;
    const button = field.parts.find((p) => p.pseudo === '-webkit-calendar-picker-indicator');
    const buttonBox = button ? await edges(cdp, button.nodeId, 'border') : null;
    const room = Math.min(box.right, buttonBox?.left ?? Infinity);
    for (const part of field.parts.filter((p) => /-webkit-datetime-edit-\w+-field$/.test(p.pseudo))) {
      const e = await edges(cdp, part.nodeId, 'border');
      if (e) parts += 1;
      if (e && e.right > room + 0.5) found.push(`${field.id}: ${part.pseudo} ends at ${e.right.toFixed(1)}, room to ${room.toFixed(1)}`);
    }
  }
  await cdp.detach();
  return { found, parts };
}

for (const file of PAGES) {
  test(`${file}: every month, date and time field shows its whole value at 390 and 1366 px in en, de, nl, da`, async () => {
    const found = [];
    for (const [lang, locale] of Object.entries(LOCALES)) {
      for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
        const { page, context, log } = await openPage(site.browser, new URL(`${file}?lang=${lang}`, site.baseUrl).href,
          { locale, viewport });
        try {
          const seen = await clipped(page);
          assert.ok(seen.parts > 0, `${file}: no date field shown`);
          found.push(...seen.found.map((f) => `${lang} ${viewport.width}px ${f}`));
          assert.deepEqual(log.errors, []);
        } finally {
          await context.close();
        }
      }
    }
    assert.deepEqual(found, []);
  });
}
