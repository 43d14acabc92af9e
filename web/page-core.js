// One calculator per page: the modules of a page that import slaReady from
// here share one instance (an ES module is evaluated once per page), so the
// wasm is compiled once. Errors are reported by each module's start().
import { createSlaCalc } from './slacalc.mjs';
import { lang } from './i18n.js';
import { locateFile } from './assets.js';
import { VIEWS } from './views.mjs';

// Results' texts (explain lines, durations, letters) in the page's language;
// the page's own module (<html data-core>: slacalc-<view>.wasm, with only
// the functions the page calls), else the whole core. A view of the same
// page with a parameter is loaded when the URL has it (bindings/views.json):
// the budget page opened for a contract (?profile=) loads the one that reads one.
const { core } = document.documentElement.dataset;
const page = VIEWS.find(({ name }) => name === core)?.page;
const query = new URLSearchParams(location.search);
const view = VIEWS.find((v) => v.parameter && v.page === page && query.has(v.parameter))?.name ?? core;
export const slaReady = createSlaCalc({ lang, view, locateFile });
slaReady.catch(() => {});
