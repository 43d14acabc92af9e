// Accessibility and layout of every page in headless Chromium, served with its
// strict CSP by scripts/serve.mjs:
//  - Tab from the top of the page reaches every visible, enabled control, as
//    loaded and after the inputs of STATES below;
//  - axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds no violation, light and
//    dark, with the collapsible parts open and the optional sections shown,
//    as loaded and after the inputs of STATES below; the text in the SVG
//    drawings, which axe cannot measure, has its contrast checked here;
//  - at 320, 768 and 1920 px wide nothing overflows the page and nothing in
//    <main> sticks out of the viewport (a wide table scrolls in its wrapper);
//    screenshots build/e2e/<page>-<width>.png.
// Every *.html at the top of the site is checked, so a new page is covered by
// itself; STATES only add what a page shows after some input. One browser page
// per site page, shared by its tests, in their order.
//   node --test tests/e2e/a11y.test.mjs   (site: $SLACALC_SITE or build/wasm/web)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { openPage as openPageAt, root, shotDir, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const siteDir = path.resolve(root, process.env.SLACALC_SITE ?? 'build/wasm/web');

// The pages: every *.html at the top of the site (folders such as examples/ need their own setup).
const pages = readdirSync(siteDir).filter((f) => f.endsWith('.html')).sort();

/** axe-core's source, injected with page.evaluate (the pages' CSP would block a <script> added by the test). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules that depend on the colours, run again with prefers-color-scheme: dark. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Findings accepted on purpose, each a rule and the elements it may fire on,
 * with the reason. Nothing else is.
 */
const ACCEPTED = [
  {
    rule: 'color-contrast',
    // A result that no longer matches the input (the input has an error) stays on screen dimmed
    // (opacity 0.45, data-state="stale"; the page tests assert it) next to the error that says what to
    // fix. It is kept as context, deliberately faded: at the opacity that would give 4.5:1 the muted text
    // needs (0.9) it would no longer look outdated. The same results at full strength are checked in the
    // states without an error.
    why: 'stale result, dimmed on purpose while the input has an error',
    matches: (el) => {
      for (let e = el; e; e = e.parentElement) {
        if (Number(getComputedStyle(e).opacity) < 1) return Boolean(e.closest('[data-state="stale"]'));
      }
      return false;
    },
  },
];

/**
 * What a page shows only after some input: named states applied one after the
 * other to the same page (after the generic reveal()), each then checked by
 * axe. The layout test runs in the state the last one leaves.
 */
const STATES = {
  'index.html': [
    { name: 'downtime → availability', async apply(page) {
      await page.click('label[for="dir-downtime"]');
      await page.fill('#downtime', '49m');
    } },
    { name: 'custom month, a custom period, an error', async apply(page) {
      await page.click('label[for="dir-target"]');
      await page.selectOption('#month-basis', 'custom');
      await page.fill('#duration', '90d');
      await page.fill('#quarter', 'not a quarter');
    } },
  ],
  'compare.html': [
    { name: 'six columns, credit at 99 %, a profile with problems', async apply(page) {
      for (let i = 0; i < 6 && await page.isEnabled('#add-column'); i++) await page.click('#add-column');
      await page.fill('#bad-month', '99');
      await page.fill('#profile-text', '{"format": "slacalc-profile/1", "tiers": 3}');
      await page.click('#check-profile');
    } },
  ],
  'credit.html': [
    { name: 'My contracts and My ledgers, one kept in each', async apply(page) {
      await page.fill('#profile-text', readFileSync(path.join(root, 'tests/profiles/base.json'), 'utf8'));
      await page.click('#use-profile');
      await page.click('#save-contract');
      await page.fill('#o0-start', '2026-04-13T09:00');
      await page.fill('#o0-end', '2026-04-13T13:00');
      await page.click('#save-ledger');
      await page.waitForSelector('#my-contracts .my-item');
      await page.waitForSelector('#my-ledgers .my-item');
    } },
    { name: 'Flying Circus: the resource group, an error', async apply(page) {
      await page.selectOption('#profile', 'flying-circus');
      await page.selectOption('#tier', 'guided-1');
      await page.fill('#rg-vcpu', 'twenty');
    } },
    { name: 'Arena Q2 2026 missed: credit, redemption dates, claim letters', async apply(page) {
      await page.selectOption('#profile', 'arena');
      await page.selectOption('#tier', 'plm-service');
      await page.fill('#from-month', '2026-04');
      await page.fill('#to-month', '2026-06');
      await page.fill('#fee', '48000');
      await page.fill('#o0-start', '2026-05-01T10:00');
      await page.fill('#o0-end', '2026-05-01T21:55:12');
      await page.fill('#service-year-start', '2025-07-01');
    } },
  ],
  'deadline.html': [
    { name: 'an error', async apply(page) {
      await page.fill('#closed-days', 'not a date');
    } },
    { name: 'Scope4mation: impact × urgency, a viewer zone', async apply(page) {
      await page.fill('#closed-days', '');
      await page.selectOption('#profile', 'scope4mation');
      await page.selectOption('#tier', 'default');
      await page.fill('#viewer-zone', 'America/New_York');
    } },
  ],
  'term.html': [
    { name: 'NMS Prime: support hours', async apply(page) {
      await page.selectOption('#profile', 'nms-prime');
    } },
    { name: 'Flying Circus, every what-if filled in', async apply(page) {
      await page.selectOption('#profile', 'flying-circus');
      await page.selectOption('#tier', 'managed-4');
      await reveal(page); // the price model's what-ifs again
      await page.fill('#start', '2026-01-31');
      await page.fill('#as-of', '2026-11-23');
      await page.fill('#invoice-date', '2026-11-01');
      await page.fill('#upgrade-from', '2027-03-01');
      await page.fill('#recommit-from', '2027-06-01');
      await page.fill('#temp-from', '2026-03-01');
      await page.fill('#temp-to', '2026-04-15');
      await page.fill('#cause-date', '2026-12-10');
      await page.fill('#cause-fee', '1000');
      await page.fill('#cost-meter-month', '2026-12');
      await page.fill('#cost-tu-ppu', '150');
    } },
  ],
  'compose.html': [
    { name: 'two regions, a target', async apply(page) {
      const example = page.locator('[data-example="regions"]');
      if (await example.count()) await example.click();
      if (await page.locator('#target').count()) await page.fill('#target', '99.99');
    } },
  ],
};

// ---------------------------------------------------------------- helpers

/** The page opened once its first result is computed (body[data-ready], and the term page's cost section). */
async function openPage(file) {
  const opened = await openPageAt(site.browser, new URL(file, site.baseUrl).href,
    { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  if (await opened.page.locator('#cost').count()) {
    await opened.page.waitForSelector('#cost[data-ready="1"]', { timeout: 15000 });
  }
  return opened;
}

/**
 * Opens every <details> and ticks every checkbox that shows optional fields
 * (data-toggle, data-fields), by script: no focus moves, so Tab still starts
 * from the top.
 */
const reveal = (page) => page.evaluate(() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  for (const box of document.querySelectorAll('input[type="checkbox"][data-toggle], input[type="checkbox"][data-fields]')) {
    if (!box.checked && !box.disabled) box.click();
  }
});

/**
 * axe's violations on the page (all WCAG A/AA rules, or `rules`) as
 * [{ id, impact, help, nodes }], the ACCEPTED elements left out and counted in
 * `accepted` by their reason.
 */
async function axeViolations(page, rules, accepted = {}) {
  if (!await page.evaluate(() => 'axe' in window)) {
    await page.evaluate(axeSource);
    // The ACCEPTED predicates, installed as source like axe itself.
    await page.evaluate(`window.__accepted = [${ACCEPTED.map((a) => a.matches.toString()).join(', ')}];`);
  }
  const violations = await page.evaluate(async ({ tags, rules }) => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'], runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, { tags: WCAG_TAGS, rules });
  for (const v of violations) {
    const which = ACCEPTED.flatMap((a, i) => (a.rule === v.id ? [i] : []));
    if (!which.length) continue;
    const keep = await page.evaluate(({ targets, which }) => targets.map((t) => {
      const el = document.querySelector(t);
      return !el || !which.some((i) => window.__accepted[i](el));
    }), { targets: v.nodes.map((n) => n.target), which });
    const why = `${v.id}: ${which.map((i) => ACCEPTED[i].why).join('; ')}`;
    accepted[why] = (accepted[why] ?? 0) + keep.filter((k) => !k).length;
    v.nodes = v.nodes.filter((n, i) => keep[i]);
  }
  return violations.filter((v) => v.nodes.length);
}

/**
 * The text of inline SVG drawings against what is drawn behind it, which axe
 * leaves for review ("background could not be determined"): each <text>'s fill
 * against its halo (an opaque outline painted under it), else the topmost
 * <rect> under its centre, else the page behind the drawing; 4.5:1 (3:1 from
 * 24 px, or 18.66 px bold). Text in a result dimmed as stale is left out, as in
 * ACCEPTED. Returns the failures as strings.
 */
const svgTextContrast = (page) => page.evaluate(() => {
  const rgba = (c) => {
    const m = /rgba?\(([^)]*)\)/.exec(c);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (fg, bg, alpha) => fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
  const lum = (c) => c.slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const opacity = (el, stop) => { let o = 1; for (let e = el; e && e !== stop; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
  const pageBehind = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] === 1) break; }
    }
    return layers.reduceRight((bg, c) => over(c, bg, c[3]), [255, 255, 255]);
  };
  const out = [];
  for (const t of document.querySelectorAll('main svg text')) {
    const r = t.getBoundingClientRect();
    if (!t.textContent.trim() || !r.width || !t.checkVisibility({ visibilityProperty: true })) continue;
    const svgEl = t.ownerSVGElement;
    if (opacity(svgEl.parentElement) < 1 && svgEl.closest('[data-state="stale"]')) continue;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    let bg = pageBehind(svgEl.parentElement);
    let under = 'the page';
    // The rects drawn before the text (document order = paint order) whose box holds its centre, the top one last.
    for (const rect of svgEl.querySelectorAll('rect')) {
      if (rect.compareDocumentPosition(t) !== Node.DOCUMENT_POSITION_FOLLOWING || !rect.checkVisibility()) continue;
      const b = rect.getBoundingClientRect();
      if (cx < b.left || cx > b.right || cy < b.top || cy > b.bottom) continue;
      const style = getComputedStyle(rect);
      const fill = rgba(style.fill);
      if (!fill) { if (style.fill !== 'none') { bg = null; under = `${rect.getAttribute('class')} (${style.fill})`; } continue; }
      bg = over(fill, bg ?? [255, 255, 255], fill[3] * Number(style.fillOpacity) * opacity(rect, svgEl));
      under = `rect.${rect.getAttribute('class')}`;
    }
    const style = getComputedStyle(t);
    // A halo (the outline painted under the glyphs, paint-order: stroke) is what the text is read against.
    const halo = rgba(style.stroke);
    if (halo && halo[3] === 1 && style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 2) {
      bg = halo.slice(0, 3);
      under = 'its halo';
    }
    const fg = rgba(style.fill);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const where = `${svgEl.getAttribute('class') ?? 'svg'} text${t.getAttribute('class') ? `.${t.getAttribute('class')}` : ''} "${t.textContent.trim().slice(0, 30)}"`;
    if (!fg || !bg) { out.push(`${where}: contrast cannot be measured (fill ${style.fill} over ${under})`); continue; }
    const c = ratio(over(fg, bg, fg[3] * Number(style.fillOpacity) * opacity(t, svgEl.parentElement)), bg);
    if (c < (large ? 3 : 4.5)) out.push(`${where}: contrast ${c.toFixed(2)} over ${under}, needs ${large ? 3 : 4.5}:1`);
  }
  return [...new Set(out)];
});

const describeViolation = (where, v) => `${where}: ${v.id} (${v.impact}) — ${v.help}\n` +
  v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n');

/**
 * Presses Tab from the top of the page until every visible, enabled control
 * (and each <details>' summary) had the focus, or the focus left the page.
 * Returns how many there are and those never reached, named; a radio group
 * counts once (Tab enters it, the arrow keys move in it).
 */
async function unreachedByTab(page) {
  await settle(page);
  const wanted = await page.evaluate(() => {
    const keys = new Map();
    const nameOf = (el) => {
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      return `${el.localName}${el.id ? `#${el.id}` : ''}${el.localName === 'input' ? `[type=${el.type}]` : ''}` +
        ` "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    };
    const names = {};
    [...document.querySelectorAll('input, select, button, textarea, a[href], details > summary:first-of-type')].filter((el) =>
      el.type !== 'hidden' && !el.disabled && !el.closest('[inert]') && el.getClientRects().length > 0 &&
      el.checkVisibility({ visibilityProperty: true })).forEach((el, i) => {
      const key = el.type === 'radio' && el.name ? `radio group "${el.name}"` : `${i}`;
      keys.set(el, key);
      names[key] ??= el.type === 'radio' && el.name ? key : nameOf(el);
    });
    // Every focus Tab moves: a control's key, '' for anything else, null when the focus leaves the page.
    window.__tabKeys = keys;
    window.__tabbed = [];
    if (!window.__tabListening) {
      window.__tabListening = true;
      document.addEventListener('focusin', (e) => window.__tabbed.push(window.__tabKeys.get(e.target) ?? ''));
      window.addEventListener('blur', () => window.__tabbed.push(null));
    }
    return names;
  });
  const want = Object.keys(wanted).length;
  assert.ok(want > 5, `${want} controls`);
  // Start at the top: a click on the page's corner puts the sequential focus starting point there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(1, 1);
  let reached = new Set();
  for (let presses = 0; presses < want * 6 + 40; presses += 20) {
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(() => window.__tabbed);
    reached = new Set(tabbed.filter(Boolean));
    if (reached.size === want || tabbed.includes(null)) break; // all reached, or past the end of the page
  }
  return { want, missed: Object.keys(wanted).filter((k) => !reached.has(k)).map((k) => wanted[k]) };
}

/** Waits two frames, for layout and anything drawn for the new size. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

// ---------------------------------------------------------------- tests

test('the site has its six pages', () => {
  for (const f of ['index.html', 'compare.html', 'credit.html', 'deadline.html', 'term.html']) {
    assert.ok(pages.includes(f), `${f} in ${pages.join(' ')}`);
  }
});

for (const file of pages) {
  describe(file, () => {
    let opened;
    before(async () => { opened = await openPage(file); });
    after(() => opened?.context.close());

    test('Tab from the top reaches every visible, enabled control and <summary> (details open, optional sections shown)', async () => {
      await reveal(opened.page);
      const { want, missed } = await unreachedByTab(opened.page);
      assert.deepEqual(missed, [], `${file}: ${missed.length} of ${want} controls not reached by Tab:\n  ${missed.join('\n  ')}`);
    });

    test('no WCAG 2 A/AA violation found by axe-core, light and dark, in each state', async (t) => {
      const { page, log } = opened;
      const found = [];
      const accepted = {};
      const fresh = []; // the states with no stale result, checked at full strength
      for (const state of [{ name: 'as loaded' }, ...(STATES[file] ?? [])]) {
        await page.emulateMedia({ colorScheme: 'light' });
        await reveal(page);
        if (state.apply) {
          await state.apply(page);
          await reveal(page); // what the state showed
        }
        if (!await page.locator('[data-state="stale"]').count()) fresh.push(state.name);
        for (const v of await axeViolations(page, null, accepted)) found.push(describeViolation(`${state.name}, light`, v));
        for (const p of await svgTextContrast(page)) found.push(`${state.name}, light: ${p}`);
        await page.emulateMedia({ colorScheme: 'dark' });
        for (const v of await axeViolations(page, COLOUR_RULES, accepted)) found.push(describeViolation(`${state.name}, dark`, v));
        for (const p of await svgTextContrast(page)) found.push(`${state.name}, dark: ${p}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      for (const [why, n] of Object.entries(accepted)) t.diagnostic(`accepted (${n} finding(s)) — ${why}`);
      t.diagnostic(`no stale result in: ${fresh.join('; ') || 'no state'}`);
      // The stale results ACCEPTED dimmed are checked undimmed in at least one state.
      assert.ok(fresh.length > 0, `${file}: every state has a stale result`);
      assert.equal(found.length, 0, `${file}: ${found.length} violation(s)\n${found.join('\n')}`);
      assert.deepEqual(log.errors, []);
    });

    test('Tab reaches every control in the last state too (more columns, fields, buttons)', { skip: !STATES[file] }, async () => {
      await reveal(opened.page);
      const { want, missed } = await unreachedByTab(opened.page);
      assert.deepEqual(missed, [], `${file}: ${missed.length} of ${want} controls not reached by Tab:\n  ${missed.join('\n  ')}`);
    });

    test('no layout break at 320, 768 and 1920 px; screenshots', async () => {
      const { page, log } = opened;
      await reveal(page);
      const problems = [];
      for (const width of [320, 768, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await settle(page);
        await page.screenshot({ path: path.join(shotDir, `${file.replace(/\.html$/, '')}-${width}.png`), fullPage: true });
        const found = await page.evaluate(() => {
          const out = [];
          const html = document.documentElement;
          const vw = html.clientWidth;
          if (html.scrollWidth > vw) out.push(`the page scrolls sideways: scrollWidth ${html.scrollWidth} > ${vw}`);
          const label = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
          const outside = (r) => r.right > vw + 0.5 || r.left < -0.5;
          const checked = 'main input, main select, main textarea, main button, main table, main svg, main pre, main img,' +
            ' main canvas, main dl, main .panel, main .table-scroll';
          for (const el of document.querySelectorAll(checked)) {
            if (!el.getClientRects().length || !el.checkVisibility({ visibilityProperty: true })) continue;
            if (el.parentElement.closest('svg')) continue; // a part of a drawing: the drawing counts
            const box0 = el.getBoundingClientRect();
            if (box0.width < 2 && box0.height < 2) continue; // visually hidden (e.g. the radios under their labels)
            // Its box, or what spills out of it where it lets its content overflow (a long line in a <pre>).
            const spills = getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1;
            const r = spills ? { left: box0.left, right: box0.left + el.scrollWidth } : box0;
            if (!outside(r)) continue;
            // Past the viewport: allowed only inside an ancestor that scrolls sideways and itself fits.
            let box = el.parentElement;
            while (box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
            const scrolls = box !== document.body && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
            if (!scrolls) {
              out.push(`${label(el)} sticks out: ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}` +
                (box !== document.body ? ` (cut off by ${label(box)})` : ''));
            } else if (outside(box.getBoundingClientRect())) {
              out.push(`${label(el)} is in ${label(box)}, which sticks out itself`);
            } else if (box.scrollWidth <= box.clientWidth) {
              out.push(`${label(el)} sticks out of ${label(box)}, which does not scroll`);
            }
          }
          return out;
        });
        problems.push(...found.map((p) => `${width} px: ${p}`));
      }
      assert.deepEqual(problems, [], `${file}:\n  ${problems.join('\n  ')}`);
      assert.deepEqual(log.errors, []);
    });
  });
}
