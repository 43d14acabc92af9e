// No English on a German, Dutch or Danish page (docs/profile-format.md,
// "Languages"): every page in de, nl and da, with every preset (its first tier
// in each language, the others in turn) chosen through the page's own
// controls, shows no known English
// fragment of the presets or of the core and no internal id (kebab-case ids,
// camelCase field names) in its visible text or in the attributes people see
// (title, placeholder, aria-label). One browser, one page per language.
// Screenshots: build/e2e/task-languages-<lang>-<page>-<width>.png.
//   node --test --test-timeout=300000 tests/e2e/no-english.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { openPage, root, TASK_VIEWPORTS, taskScreenshot, useLocalSite } from './local-site.mjs';

const site = useLocalSite();

/** The presets and their tiers, from the files themselves. */
const presets = readdirSync(path.join(root, 'presets')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(path.join(root, 'presets', f), 'utf8')))
  .map((p) => ({ id: p.id, tiers: p.tiers.map((t) => t.id) }));

/**
 * English words of the presets and of the core that a page in another
 * language must not show: window, deadline and scope names, notes, holiday
 * notes, option words.
 */
const ENGLISH = [
  'Working days', 'working days', 'Monday–Sunday', 'Payment of', 'Objection to', 'Data of the VMs', 'application:',
  '(application)', 'Only holidays', 'Not included', 'Saxony', 'default)', 'Business hours',
  'Service maintenance times', 'Reaction to', 'reaction within', 'Critical incidents', 'Outside ', 'in writing',
  'at the end of each', 'offset against', 'not redeemed', 'The contract', 'is assumed', 'are assumed', 'Illustrative',
  'Instances', 'Instance-level', 'Region-level', 'Two or more', 'Single instance', 'Credit =', 'Compensation =',
  'Renews by', 'Minimum term', 'End-customer', 'Cloud platform', 'Customers run', 'High (1)', 'Low (3)', 'Urgency',
  'Month basis', 'The report time', 'Round the clock', 'In working hours', 'Reading 1', 'infrastructurePrices',
  'No prices', 'Within ', 'The SLA', 'No rule depends', 'Dutch public', 'Germany-wide', 'per calendar quarter',
  'Uptime is measured', 'Reasonable efforts', 'Scope4mation answers', 'No service reports', 'service reports per year',
  'Both readings', 'Only the infrastructure', 'Service-level price', 'When Flying Circus', 'Also in the contract',
  'Kept as a courtesy', 'S3 measures', 'Each EC2', 'All running', 'Financial credit', 'The commitment names',
  'The platform commitment', 'Guaranteed reaction', 'Non-critical', 'The table says', 'hours of regular',
];

/** English words that are also words of the language ("platform" in Dutch and Danish). */
const ENGLISH_IN = { de: [' platform:', '(platform)'], nl: [], da: [] };

/** Ids as the presets and the core write them: "section-1.2.3", "report-time", "wd-08-16". */
const KEBAB = /(?<![\p{L}\d./:-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\p{L}\d-])/gu;
/** Field and option names: "monthBasis", "infrastructurePrices". */
const CAMEL = /(?<![\p{L}\d])[a-z]+[A-Z][a-z]+[A-Za-z]*(?![\p{L}\d])/gu;
/** Lower-case hyphenated words of the languages themselves, and words written so on purpose. */
const ALLOWED_IDS = new Set(['e-mail', 'e-mails', 'add-on', 'plug-in', 'wat-als', 'hele-dagafspraken', 'agenda-app',
  'hvad-nu-hvis', 'slacalc-profile',
  // Dutch date formats shown in the fields (web/locale-input.js).
  'dd-mm-jjjj', 'mm-jjjj']);

/** Visible text and the attribute texts people see, as one list of [where, text]. */
async function shownTexts(page) {
  return page.evaluate(() => {
    const out = [['body', document.body.innerText]];
    for (const node of document.querySelectorAll('[title], [placeholder], [aria-label]'))
      for (const name of ['title', 'placeholder', 'aria-label'])
        if (node.hasAttribute(name)) out.push([`${node.tagName.toLowerCase()}#${node.id}[${name}]`, node.getAttribute(name)]);
    return out;
  });
}

/** Every English fragment and internal id `page` shows, each with where it is: [] when there is none. */
async function englishOn(page, view) {
  const found = [];
  const lang = await page.getAttribute('html', 'lang');
  for (const [where, text] of await shownTexts(page)) {
    for (const fragment of [...ENGLISH, ...ENGLISH_IN[lang]]) if (text.includes(fragment)) found.push(`${view} ${where}: "${fragment}" in "${around(text, fragment)}"`);
    for (const m of text.matchAll(KEBAB)) if (!ALLOWED_IDS.has(m[0])) found.push(`${view} ${where}: id "${m[0]}" in "${around(text, m[0])}"`);
    for (const m of text.matchAll(CAMEL)) if (!/^v?CPUs?$/.test(m[0])) found.push(`${view} ${where}: field "${m[0]}" in "${around(text, m[0])}"`);
  }
  return found;
}

function around(text, fragment) {
  const at = text.indexOf(fragment);
  return text.slice(Math.max(0, at - 40), at + fragment.length + 40).replace(/\s+/g, ' ');
}

/** Chooses `value` in the select `selector` (as a person does) and lets the page answer. */
async function choose(page, selector, value) {
  await page.selectOption(selector, value);
  await page.waitForTimeout(40);
  await page.waitForSelector('body[data-ready="1"]');
}

/** The choices of a select, without the user's own profile (there is none here). */
async function optionValues(page, selector) {
  const values = await page.locator(`${selector} option:not([disabled])`).evaluateAll((os) => os.map((o) => o.value));
  return values.filter((v) => v && !v.startsWith('custom'));
}

/** Both task sizes, full page. */
async function screenshots(page, lang, view) {
  const size = page.viewportSize();
  for (const viewport of TASK_VIEWPORTS) {
    await page.setViewportSize(viewport);
    await taskScreenshot(page, `languages-${lang}-${view}`);
  }
  await page.setViewportSize(size);
}

const LANGS = ['de', 'nl', 'da'];

/**
 * Whether tier `i` of a preset is shown in `lang`: the first tier in every
 * language, the others in turn, so that each tier's texts are read in one of
 * the three at least (tests/node/presets-schema.test.mjs checks that a
 * translated text has all three).
 */
const inTurn = (i, lang) => i === 0 || i % LANGS.length === LANGS.indexOf(lang);

/** Every preset and its tiers in turn (inTurn) through a page's contract and tier selects. */
async function everyPresetAndTier(page, lang, view, profileSelect, tierSelect, found) {
  for (const preset of await optionValues(page, profileSelect)) {
    await choose(page, profileSelect, preset);
    const tiers = (await optionValues(page, tierSelect)).filter((_, i) => inTurn(i, lang));
    for (const tier of tiers) {
      await choose(page, tierSelect, tier);
      found.push(...await englishOn(page, `${view} ${preset}/${tier}`));
    }
  }
}

for (const lang of LANGS) {
  test(`${lang}: no English and no internal id on any page, with every preset`, async () => {
    const { page, context, log } = await openPage(site.browser, `${site.baseUrl}?lang=${lang}`, { locale: `${lang}-${lang === 'da' ? 'DK' : lang.toUpperCase()}` });
    const found = [];
    const open = async (file) => {
      await page.goto(`${site.baseUrl}${file}`);
      await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang, file);
    };
    try {
      // The budget page: each preset's tiers by link state (it has no contract select).
      for (const preset of presets)
        for (const tier of preset.tiers.filter((_, i) => inTurn(i, lang))) {
          await open(`index.html?lang=${lang}&profile=${preset.id}&tier=${tier}`);
          found.push(...await englishOn(page, `index ${preset.id}/${tier}`));
        }
      await open(`index.html?lang=${lang}&profile=flying-circus&tier=managed-4`);
      await screenshots(page, lang, 'index');

      await open(`compare.html?lang=${lang}`);
      found.push(...await englishOn(page, 'compare'));
      await everyPresetAndTier(page, lang, 'compare', '#col-0-profile', '#col-0-tier', found);
      await choose(page, '#col-0-profile', 'preset:flying-circus');
      await screenshots(page, lang, 'compare');

      await open(`compose.html?lang=${lang}`);
      found.push(...await englishOn(page, 'compose'));
      for (const example of ['chain', 'regions']) {
        await page.click(`[data-example="${example}"]`);
        await page.waitForTimeout(40);
        found.push(...await englishOn(page, `compose ${example}`));
      }
      await screenshots(page, lang, 'compose');

      for (const view of ['deadline', 'credit', 'term']) {
        await open(`${view}.html?lang=${lang}`);
        found.push(...await englishOn(page, view));
        await everyPresetAndTier(page, lang, view, '#profile', '#tier', found);
        await choose(page, '#profile', 'flying-circus');
        await screenshots(page, lang, view);
      }
      assert.deepEqual([...new Set(found)], []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
