// Links to a view built as web/share.js builds them — "v1." and base64url
// (no padding) of the deflate-raw JSON — so the tests and bench/link_restore.mjs
// can open any state, also one the page would never write.
import { deflateRawSync } from 'node:zlib';

/** The fragment (without "#") for `state`, or for a JSON text (one too deep for JSON.stringify). */
export const fragmentOf = (state) => `v1.${deflateRawSync(Buffer.from(typeof state === 'string' ? state
  : JSON.stringify(state))).toString('base64url')}`;

/** `page` of the site at `baseUrl` opened with `state` in its fragment; `search` e.g. "?lang=de". */
export const linkTo = (baseUrl, page, state, search = '') => `${new URL(page, baseUrl).href}${search}#${fragmentOf(state)}`;

/** `count` outage rows as the credit page saves them: an hour each, a day apart, in April 2026 and on. */
export function outageRows(count) {
  const day = (i) => new Date(Date.UTC(2026, 3, 1) + i * 864e5).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => ({
    start: `${day(Math.floor(i / 20))}T${String(i % 20).padStart(2, '0')}:00`,
    end: `${day(Math.floor(i / 20))}T${String(i % 20).padStart(2, '0')}:30`,
    kind: 'unplanned', reason: '', scope: 'all', announced: '', note: `row ${i + 1}`,
  }));
}

/** A credit view of WP Heaven's standard tier with `rows` as its outages. */
export const creditView = (rows, fields = {}) => ({
  page: 'credit.html',
  fields: { profile: 'wp-heaven', tier: 'standard', 'from-month': '2026-04', 'to-month': '2026-12', ...fields },
  parts: { 'own-profile': null, outages: rows },
});

/** `count` VMs as the term page's cost section saves them. */
export const vms = (count) => Array.from({ length: count }, (_, i) => ({
  uid: i + 1, name: `vm${i + 1}`, vcpus: String(1 + (i % 8)), ramGb: '', storageGb: '', components: i % 2 ? 'nginx' : '',
}));

/** A term view of Flying Circus managed-4 with `cost` as its cost part ({ vms, used }). */
export const termView = (cost, fields = {}) => ({
  page: 'term.html', fields: { profile: 'flying-circus', tier: 'managed-4', ...fields }, parts: { cost },
});

/** A compose view whose tree is `depth` groups one inside another, a dependency at the bottom, as JSON text. */
export const deepTreeView = (depth) => `{"page":"compose.html","fields":{},"parts":{"tree":${
  '{"name":"level","serial":['.repeat(depth)}{"name":"bottom","availability":"99.9"}${']}'.repeat(depth)}}}`;
