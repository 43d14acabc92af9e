// The browser's own database for what a user keeps between visits
// (docs/design.md, "What the browser keeps"): My contracts and My ledgers,
// one IndexedDB database through idb, which the build copies from
// node_modules into the site (vendor/idb). Nothing here leaves the browser.
// Where IndexedDB is missing or refused (a private window, storage turned
// off) every function rejects with StoreUnavailable and the pages carry on
// without it.

import { openDB } from './vendor/idb/index.js';

const NAME = 'slacalc';
const VERSION = 1;
/** The kinds kept, each a store keyed by the item's id (a contract's profile id, a ledger's name). */
export const KINDS = ['contracts', 'ledgers'];

/** IndexedDB cannot be used here: no database, or opening it failed or was blocked. */
export class StoreUnavailable extends Error {}

let opened = null;

/** The database, opened once; a failure is remembered, not retried on every click. */
function database() {
  opened ??= (async () => {
    if (typeof indexedDB === 'undefined') throw new StoreUnavailable('no indexedDB');
    try {
      return await openDB(NAME, VERSION, {
        upgrade(db) {
          for (const kind of KINDS) if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath: 'id' });
        },
        // A newer version opened in another tab: give way to its upgrade, open anew next time.
        blocking(current, wanted, event) {
          event.target.close();
          opened = null;
        },
      });
    } catch (err) {
      throw new StoreUnavailable(err?.message ?? String(err));
    }
  })();
  return opened;
}

/** Whether the database opens here. */
export const available = () => database().then(() => true, () => false);

/** Every item of `kind`, by id. */
export async function list(kind) {
  return (await database()).getAll(kind);
}

/** Keeps `items` of `kind` in one transaction: all or none. Same id replaces. */
export async function putAll(kind, items) {
  const tx = (await database()).transaction(kind, 'readwrite');
  await Promise.all([...items.map((item) => tx.store.put(item)), tx.done]);
}

/** Whether an item of `kind` with `id` is kept. */
export async function has(kind, id) {
  return (await (await database()).getKey(kind, id)) !== undefined;
}

export async function remove(kind, id) {
  await (await database()).delete(kind, id);
}
