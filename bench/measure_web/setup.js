// Emscripten's Module for bench_measure.js (not modularised): collect what
// main() prints, for bench/measure_chromium.mjs to read.
window.benchLines = [];
var Module = { print: (line) => window.benchLines.push(line) }; // eslint-disable-line no-var
