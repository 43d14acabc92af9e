// One calculator per page: the modules of a page that import slaReady from
// here share one instance (an ES module is evaluated once per page), so the
// wasm is compiled once. Errors are reported by each module's start().
import { createSlaCalc } from './slacalc.mjs';
import { lang } from './i18n.js';

// Results' texts (explain lines, durations, letters) in the page's language;
// the page's own module (<html data-core>: slacalc-<view>.wasm, with only
// the functions the page calls), else the whole core. The budget page opened
// for a contract (?profile=) loads the module that reads one.
const { core } = document.documentElement.dataset;
const forContract = core === 'budget' && new URLSearchParams(location.search).has('profile');
export const slaReady = createSlaCalc({ lang, view: forContract ? 'contract' : core });
slaReady.catch(() => {});
