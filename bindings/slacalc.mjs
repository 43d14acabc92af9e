// slacalc as an ES module for browsers and Node:
//
//   import { createSlaCalc, SlaError } from './slacalc.mjs';
//   const sla = await createSlaCalc();
//   sla.budget({ target: '99.9', period: 'week' }).downtime.human  // "10m 4.8s"
//
// Every function takes a plain object and returns a plain object, or throws
// SlaError {code, message, path} for bad input (a file's bad rows also as
// problems, more; a calendar file's line as line). The instance stays usable after an error: errors are
// values inside the core, never traps.

import { VIEWS as VIEW_LIST } from './views.mjs';

export const FUNCTIONS = Object.freeze([
  'budget', 'nines', 'profiles', 'profile', 'validateProfile', 'compare', 'holidays', 'zones', 'deadline', 'closedDaysIcs', 'parseClosedDays', 'windowBudget', 'measure', 'credit', 'parseOutages', 'term', 'price', 'compose',
]);

export class SlaError extends Error {
  constructor({ code, message, path, problems, more, line }) {
    super(message);
    this.name = 'SlaError';
    this.code = code;
    this.path = path;
    if (problems) Object.assign(this, { problems, more });
    if (line !== undefined) this.line = line;
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// NaN and ±Infinity have no JSON form; pass them as text so the core can say
// "not a number" instead of seeing null.
function encode(request) {
  try {
    const text = JSON.stringify(request, (_key, value) =>
      typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);
    return text === undefined ? 'null' : text;
  } catch (cause) {
    throw new SlaError({ code: 'invalid_request', message: `request cannot be sent: ${cause.message}`, path: '' });
  }
}

// The modules a page may load instead of the whole core: each holds one
// page's functions (bindings/views.json; views.mjs is built from it beside
// this file); the others answer unknown_function.
export const VIEWS = Object.freeze(VIEW_LIST.map(({ name }) => name));

export async function createSlaCalc(options = {}) {
  if (options.view !== undefined && !VIEWS.includes(options.view))
    throw new SlaError({ code: 'unknown_value', message: `view must be one of ${VIEWS.join(', ')}`, path: '/view' });
  const name = `slacalc-${options.view ?? 'core'}`;
  // A site that renames its files (content-hashed names, docs/deploying.md) says where each is.
  const locate = options.locateFile ?? ((file) => new URL(file, import.meta.url).href);
  let createSlaCalcCore;
  try {
    ({ default: createSlaCalcCore } = await import(locate(`${name}.mjs`)));
  } catch (cause) {
    if (options.view === undefined) throw cause;
    // The npm package holds the whole core only (dist/README.md).
    throw Object.assign(new SlaError({ code: 'unknown_value', path: '/view',
      message: `the ${options.view} view's module (${name}.mjs) is not beside slacalc.mjs: views are the ` +
        "site's smaller modules, one per page; the npm package holds the whole core — call createSlaCalc() " +
        'without a view' }), { cause });
  }
  const moduleOptions = {};
  if (options.wasmBinary) {
    moduleOptions.wasmBinary = options.wasmBinary;
  } else if (isNode) {
    // Emscripten 3.1.6 would try fetch() on a file path under Node.
    const { readFile } = await import('node:fs/promises');
    moduleOptions.wasmBinary = await readFile(new URL(locate(`${name}.wasm`)));
  } else {
    moduleOptions.locateFile = locate;
  }
  const core = await createSlaCalcCore(moduleOptions);

  const check = ({ ok, body }) => {
    const value = JSON.parse(body);
    if (!ok) throw new SlaError(value);
    return value;
  };
  const send = (name, text) => check(core.call(name, text));
  // createSlaCalc({ lang: 'de' }): the language of the texts of every call
  // that names none — validateProfile's too, whose request is the profile
  // document itself.
  if (options.lang !== undefined && !core.setLanguage(String(options.lang)))
    throw new SlaError({ code: 'unknown_value', message: 'lang must be one of "en", "de", "nl", "da"', path: '/lang' });
  const api = {};
  for (const name of FUNCTIONS) api[name] = (request) => send(name, encode(request));
  // Conveniences: profiles() needs no request, profile('arena') takes the id,
  // and validateProfile() takes the document itself — text as the user pasted
  // it (so broken JSON is reported as a problem) or an object.
  api.profiles = (request = {}) => send('profiles', encode(request));
  api.profile = (id) => send('profile', encode(typeof id === 'string' ? { id } : id));
  api.validateProfile = (document) =>
    send('validateProfile', typeof document === 'string' ? document : encode(document));
  // batch(lines): NDJSON lines ({"fn": …, "request": {…}} each; an iterable
  // of strings, or one text) → a line out for each, in order, as the CLI's
  // `slacalc batch` writes it (docs/batch.md). Lazy: lines are read as the
  // result is. The whole core only: a page's module batches nothing.
  if (core.batchLine) {
    api.batch = function* batch(lines) {
      const each = typeof lines === 'string' ? lines.split('\n') : lines;
      if (typeof lines === 'string' && lines.endsWith('\n')) each.pop();
      for (const line of each) yield core.batchLine(String(line).replace(/\r$/, ''));
    };
  }
  // A CSV file beyond a request's 1 MiB, in pieces of any size:
  //   const file = sla.openOutageFile({ profile: 'arena' });
  //   file.append(piece) → { rows, bytes }   … for each piece, in order: text,
  //                        or UTF-8 bytes (Uint8Array, ArrayBuffer) cut anywhere
  //   file.finish()      → { rows, bytes, outages, first, last, … } (docs/api.md)
  //   file.measure({ profile, tier, from, to }), file.credit({ … })  (no "outages")
  //   file.close()       frees its memory in the module at once
  // Errors name the file's line and column; after one, open a new file.
  // A file never closed is freed once it is garbage (unclosed, below) — at
  // the collector's pace, so a program that opens many closes each.
  const unclosed = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((ledger) => core.ledgerClose(ledger)) : null;
  api.openOutageFile = (request = {}) => {
    if (!core.ledgerNew)
      throw new SlaError({ code: 'unknown_function', message: `the ${options.view} module reads no outage files`, path: '' });
    const ledger = core.ledgerNew();
    try {
      check(core.ledgerOpen(ledger, encode(request)));
    } catch (error) {
      core.ledgerClose(ledger);
      throw error;
    }
    // Every method holds `file`: while any of them can still be called, the
    // ledger is not collected.
    const file = { closed: false, failed: null, decoder: null, pieces: 0, finishing: false };
    const spend = (message) => {
      file.failed = new SlaError({ code: 'invalid_csv', message, path: '' });
      throw file.failed;
    };
    // After a decoding error the file is spent, as after the core's own;
    // once closed, the core answers that it is.
    const live = () => {
      if (file.failed && !file.closed) throw file.failed;
    };
    // Bytes are read as UTF-8; a piece may end inside a character, whose
    // other bytes come first in the next piece (the decoder keeps them).
    const decodeRest = () => {
      try {
        return file.decoder?.decode() ?? '';
      } catch {
        return spend(`the bytes of piece ${file.pieces} end inside a UTF-8 character: ` +
          (file.finishing ? 'the file ends before its other bytes' : 'a piece of text cannot complete it; give the rest as bytes'));
      }
    };
    const text = (piece) => {
      if (typeof piece === 'string') {
        const rest = decodeRest();
        file.pieces += 1;
        return rest + piece;
      }
      // (An ArrayBuffer of another realm, a frame's or a vm context's, is no instanceof ours.)
      const bytes = Object.prototype.toString.call(piece) === '[object ArrayBuffer]' ? new Uint8Array(piece)
        : ArrayBuffer.isView(piece) ? new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength) : null;
      if (!bytes) {
        const what = piece === null || piece === undefined ? String(piece) : Array.isArray(piece) ? 'an array'
          : { number: 'a number', boolean: 'a boolean', object: 'an object', function: 'a function' }[typeof piece]
            ?? `a ${typeof piece}`;
        throw new SlaError({ code: 'wrong_type', path: '',
          message: `a piece is text (a string) or UTF-8 bytes (a Uint8Array or an ArrayBuffer), not ${what}` });
      }
      file.decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      file.pieces += 1;
      try {
        return file.decoder.decode(bytes, { stream: true });
      } catch {
        return spend(`piece ${file.pieces} of the file (${bytes.byteLength} bytes) is not UTF-8 text: decode the ` +
          "file in its own encoding (e.g. new TextDecoder('windows-1252')) and append the text; open a new file for it");
      }
    };
    const handle = Object.freeze({
      append: (piece) => {
        live();
        return check(core.ledgerAppend(ledger, file.closed ? '' : text(piece)));
      },
      finish: () => {
        live();
        file.finishing = true;
        const rest = file.closed ? '' : decodeRest();
        if (rest) check(core.ledgerAppend(ledger, rest));
        return check(core.ledgerFinish(ledger));
      },
      measure: (r) => {
        live();
        return check(core.ledgerCall(ledger, 'measure', encode(r)));
      },
      credit: (r) => {
        live();
        return check(core.ledgerCall(ledger, 'credit', encode(r)));
      },
      compare: (r) => {
        live();
        return check(core.ledgerCall(ledger, 'compare', encode(r)));
      },
      close: () => {
        if (file.closed) return;
        file.closed = true;
        unclosed?.unregister(file);
        core.ledgerClose(ledger);
      },
    });
    unclosed?.register(file, ledger, file);
    return handle;
  };
  return Object.freeze(api);
}
