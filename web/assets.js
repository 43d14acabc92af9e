// The site's file names. The build (scripts/build-site.mjs) gives the files
// a page loads content-hashed names, so that a server can let browsers keep
// them for good (docs/deploying.md), and writes the map from plain to hashed
// name here; in the source every file keeps its own name.
const ASSETS = {};

/** The URL of a site file named by its plain name, e.g. "slacalc-credit.wasm" or "locales/de/credit.json". */
export const locateFile = (name) => new URL(ASSETS[name] ?? name, import.meta.url).href;
