// The pages' door to My contracts and My ledgers (web/my-items.js): that
// module, and the database behind it, load only when the user opens a list
// or saves, so that nothing of them delays a page's first answer.

import { $, download, el, setFieldError } from './dom.js';
import { date, t } from './i18n.js';

const myItems = () => import('./my-items.js').then((m) => {
  m.useHelpers({ $, download, el, setFieldError, date, t });
  return m;
});

/** Fills the list in <details> `details` when it is first opened (my-items.js mountList). */
export function listWhenOpened(details, options) {
  details.addEventListener('toggle', () => {
    if (!details.open || details.dataset.mounted) return;
    details.dataset.mounted = '1';
    myItems().then((m) => m.mountList(details, options));
  });
}

/** Keeps `item` of `kind`, saying so (or why not) in #statusId (my-items.js save). */
export const saveItem = (kind, item, statusId) => myItems().then((m) => m.save(kind, item, statusId));
