// The contract and tier selects of the pages that offer the presets
// (compare, deadline, term and its price section, credit). Their texts are in
// locales/<lang>/common.json (keys "dom.*").

import { el } from './dom.js';
import { isolate, t } from './i18n.js';

/** The presets as two option groups, contracts first: option(preset) makes each option. */
export function presetGroups(presets, option) {
  return [
    el('optgroup', { label: t('dom.contracts') }, presets.filter((p) => p.status !== 'example').map(option)),
    el('optgroup', { label: t('dom.examples') }, presets.filter((p) => p.status === 'example').map(option)),
  ];
}

/**
 * The contract select of a page that needs something of a tier (`usable`):
 * the presets grouped, a profile without any usable tier marked "(<missing>)",
 * an example marked "(example)". `missing` is the page's (translated) words.
 */
export function fillProfileSelect(select, presets, docOf, usable, missing) {
  const option = (p) => {
    const suffix = [p.status === 'example' ? t('dom.example') : '', docOf(p.id).tiers.some(usable) ? '' : missing]
      .filter(Boolean).join(', ');
    return el('option', { value: p.id, text: `${isolate(p.vendor)} — ${isolate(p.product)}${suffix ? ` (${suffix})` : ''}` });
  };
  select.replaceChildren(...presetGroups(presets, option));
}

/** The preset a page opens with: `preferred` if there, else the first with a usable tier, else the first. */
export function defaultPresetId(presets, docOf, usable, preferred) {
  const preset = presets.find((p) => p.id === preferred) ??
    presets.find((p) => docOf(p.id).tiers.some(usable)) ?? presets[0];
  return preset.id;
}

/** Its tier select: an unusable tier marked; `selected` kept when offered, else the first usable tier. */
export function fillTierSelect(select, doc, selected, usable, missing) {
  const option = (t) => el('option', { value: t.id, text: usable(t) ? t.name : `${isolate(t.name)} (${missing})` });
  select.replaceChildren(...tierChoices(doc.tiers, option));
  select.value = doc.tiers.some((t) => t.id === selected) ? selected : (doc.tiers.find(usable) ?? doc.tiers[0]).id;
}

/** A tier select's children: one group per family when there are several, else plain options. */
export function tierChoices(tiers, option) {
  const families = [...new Set(tiers.map((t) => t.family ?? ''))];
  if (families.length <= 1) return tiers.map(option);
  return families.map((f) => el('optgroup', { label: f || t('dom.otherTiers') }, tiers.filter((t) => (t.family ?? '') === f).map(option)));
}
