// One calculator per page: the modules of a page that import slaReady from
// here share one instance (an ES module is evaluated once per page), so the
// wasm is compiled once. Errors are reported by each module's start().
import { createSlaCalc } from './slacalc.mjs';
import { lang } from './i18n.js';

// Results' texts (explain lines, durations, letters) in the page's language.
export const slaReady = createSlaCalc({ lang });
slaReady.catch(() => {});
