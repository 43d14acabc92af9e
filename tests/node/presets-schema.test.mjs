// Every preset in presets/ against docs/profile.schema.json (shape only; the
// core's validateProfile checks references, overlaps and order). Broken copies
// of a preset must be rejected, so the schema is known to bite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}docs/profile.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);

const presetFiles = readdirSync(`${root}presets`).filter((f) => f.endsWith('.json')).sort();
const load = (file) => JSON.parse(readFileSync(`${root}presets/${file}`, 'utf8'));
const errorsOf = () => JSON.stringify(validate.errors, null, 2);

test('there are presets to check', () => {
  assert.ok(presetFiles.length >= 9, `found only ${presetFiles.join(', ')}`);
});

for (const file of presetFiles) {
  test(`presets/${file} matches the schema`, () => {
    const profile = load(file);
    assert.ok(validate(profile), `${file}:\n${errorsOf()}`);
    assert.equal(`${profile.id}.json`, file, 'file name is the profile id');
  });
}

// Each case breaks one thing in a copy of a valid preset.
const broken = {
  'missing tiers': (p) => { delete p.tiers; },
  'empty tiers': (p) => { p.tiers = []; },
  'unknown credit kind': (p) => { p.tiers[0].credit = { kind: 'refund-everything', fee: 'monthly-fee' }; },
  'bad currency': (p) => { p.currency = 'eur'; },
  'wrong format tag': (p) => { p.format = 'slacalc-profile/2'; },
  'example without caveat': (p) => { p.status = 'example'; delete p.caveat; },
  'id with capitals': (p) => { p.tiers[0].id = 'Managed-4'; },
  'percent above 100': (p) => { p.tiers[0].availability.push({ kind: 'guarantee', target: '100.5', period: 'month' }); },
  'bare-number duration': (p) => { p.tiers[0].availability.push({ kind: 'target', target: '99', period: 'month', maxDowntime: '45' }); },
  'time range without a leading zero': (p) => {
    p.windows = { w: { label: 'w', weekly: { 'mon-fri': ['8:00-16:00'] } } };
  },
  'response rule with time and bestEffort': (p) => {
    p.tiers[0].response = [{ measure: 'response', time: '1h', bestEffort: true }];
  },
  'credit none without reason': (p) => { p.tiers[0].credit = { kind: 'none' }; },
  'credit none with a fee': (p) => { p.tiers[0].credit = { kind: 'none', reason: 'x', fee: 'monthly-fee' }; },
  'negative money': (p) => { p.tiers[0].pricing = { model: 'fixed-monthly', monthlyPrice: -1 }; },
  'span with unknown unit': (p) => { p.tiers[0].term = { minimum: '3 fortnights' }; },
  'unknown excluded item': (p) => {
    p.tiers[0].availability.push({ kind: 'target', target: '99', period: 'month', excluded: ['acts-of-god'] });
  },
  'unknown month basis choice': (p) => {
    p.options = { monthBasis: { label: 'm', choices: ['calendar', '29d'], default: 'calendar' } };
  },
  'unknown top-level field': (p) => { p.tier = p.tiers; },
  'includes item without text': (p) => { p.tiers[0].includes = [{ clause: '§3.6' }]; },
  'includes translation in an unknown language': (p) => {
    p.tiers[0].includes = [{ text: 'Monthly reviews', translations: { fr: { text: 'Revues mensuelles' } } }];
  },
  'translation into a language slacalc does not speak': (p) => { p.translations = { fr: { product: 'Produit' } }; },
  'translation of a field that is no text': (p) => { p.tiers[0].translations = { de: { id: 'stufe' } }; },
  'translation that is no text': (p) => { p.tiers[0].translations = { de: { name: 7 } }; },
  'written in an unknown language': (p) => { p.lang = 'fr'; },
  'rank a word': (p) => { p.tiers[0].rank = 'high'; },
  'rank level above 1000': (p) => { p.tiers[0].rank = [1, 1001]; },
};

for (const [name, breakIt] of Object.entries(broken)) {
  test(`rejects a preset with ${name}`, () => {
    const profile = structuredClone(load('wp-heaven.json'));
    assert.ok(validate(profile), `the base preset must be valid:\n${errorsOf()}`);
    breakIt(profile);
    assert.equal(validate(profile), false, `accepted a profile with ${name}`);
  });
}

/** Every `translations` object in `node`, each with its JSON pointer. */
function* translationsIn(node, at = '') {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) yield* translationsIn(v, `${at}/${i}`);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'translations') yield [`${at}/translations`, v];
      else yield* translationsIn(v, `${at}/${k}`);
    }
  }
}

/** Texts a preset writes in a language already, so that language has no translation of it. */
const ALREADY_IN = { 'flying-circus.json/translations/de/product': 'the VLB\'s German title' };

// The presets speak all four languages (docs/profile-format.md, "Languages"):
// an object translated at all is translated into German, Dutch and Danish,
// each giving at least the fields the others give (a text the contract
// already writes in that language, such as a German product name, may stay).
for (const file of presetFiles) {
  test(`presets/${file}: every translated object in German, Dutch and Danish`, () => {
    const found = [...translationsIn(load(file))];
    assert.ok(found.length > 0, `${file} has no translations`);
    for (const [at, map] of found) {
      assert.deepEqual(Object.keys(map).sort(), ['da', 'de', 'nl'], at);
      const fields = new Set(Object.values(map).flatMap(Object.keys));
      for (const lang of ['de', 'nl', 'da']) {
        const missing = [...fields].filter((f) => !(f in map[lang]) && !ALREADY_IN[`${file}${at}/${lang}/${f}`]);
        assert.deepEqual(missing, [], `${at}/${lang}`);
      }
    }
  });
}
