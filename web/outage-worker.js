// Reads a large outage file off the main thread, in pieces with progress,
// so that a monitoring export of any size never freezes
// the page. The file goes to the core in pieces (openOutageFile); the page
// hears how far it is, and later asks for measure and credit on the file.
//
// Messages in:  { type: 'read', id, file, profile, lang, reading }   (reading: dateOrder, monitor, zone, ongoingUntil)   { type: 'cancel', id }
//               { type: 'call', id, fn: 'measure' | 'credit', request }
// Messages out: { type: 'progress', id, bytes, total, rows }
//               { type: 'read', id, summary } | { type: 'call', id, result }
//               { type: 'failed', id, error: { code, message, path, problems?, more?, reason?, detail? } }
// A file replaces the one before only once it was read without an error.
// The core's errors come in the language the request names; the worker's own
// carry a "reason" ('cancelled', 'no-file', 'unreadable' with the browser's
// "detail"), which outage-file.js words in the page's language.
import { createSlaCalc, SlaError } from './slacalc.mjs';
import { locateFile } from './assets.js';

// The credit page's module: it holds the outage ledger and measure/credit.
const slaReady = createSlaCalc({ view: 'credit', locateFile });
/** The last file read without an error: an OutageFile of the core. */
let current = null;
/** Reads to stop at their next piece (the loop awaits each piece, so this message gets through). */
const cancelled = new Set();
const CANCELLED = { code: 'cancelled', message: 'Cancelled.', path: '', reason: 'cancelled' };
/** An error of the worker's own, with its reason (an SlaError keeps code, message and path only). */
const ownError = (fields) => Object.assign(new SlaError(fields), { reason: fields.reason });

/** The file's text in pieces: UTF-8, or Windows-1252 (Excel's "CSV" on Windows) when it is not UTF-8. */
async function* pieces(file, encoding) {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield { text: decoder.decode(value, { stream: true }), bytes: value.byteLength };
  }
  yield { text: decoder.decode(), bytes: 0 };
}

/** Pieces are gathered to about 1 MiB per call: fewer calls, progress still smooth. */
const PIECE = 1 << 20;

async function readFile(id, file, { profile, lang, reading }, sla, encoding) {
  const opened = sla.openOutageFile({ profile, lang, ...reading });
  let bytes = 0, buffered = '', lastReport = 0;
  try {
    for await (const piece of pieces(file, encoding)) {
      if (cancelled.has(id)) throw ownError(CANCELLED);
      bytes += piece.bytes;
      buffered += piece.text;
      if (buffered.length < PIECE && piece.bytes) continue;
      const { rows } = opened.append(buffered);
      buffered = '';
      const now = performance.now();
      if (now - lastReport > 100) {
        postMessage({ type: 'progress', id, bytes, total: file.size, rows });
        lastReport = now;
      }
    }
    const summary = opened.finish();
    current?.close();
    current = opened;
    return summary;
  } catch (err) {
    opened.close();
    throw err;
  }
}

async function read(id, file, options) {
  const sla = await slaReady;
  const started = performance.now();
  let summary;
  try {
    summary = await readFile(id, file, options, sla, 'utf-8');
  } catch (err) {
    if (!(err instanceof TypeError)) throw err; // not UTF-8: read it again as Windows-1252
    summary = await readFile(id, file, options, sla, 'windows-1252');
  }
  postMessage({ type: 'read', id, summary: { ...summary, seconds: (performance.now() - started) / 1000 } });
}

function call(id, fn, request) {
  if (!current) throw ownError({ code: 'conflict', message: 'No file was read.', path: '', reason: 'no-file' });
  postMessage({ type: 'call', id, result: current[fn](request) });
}

onmessage = async ({ data }) => {
  if (data.type === 'cancel') {
    cancelled.add(data.id);
    return;
  }
  try {
    if (data.type === 'read') await read(data.id, data.file, data);
    else if (data.type === 'call') call(data.id, data.fn, data.request);
  } catch (err) {
    const error = err instanceof SlaError ? { code: err.code, message: err.message, path: err.path, reason: err.reason,
      problems: err.problems, more: err.more }
      : { code: 'internal', message: `The file could not be read: ${err.message}`, path: '', reason: 'unreadable',
        detail: err.message };
    postMessage({ type: 'failed', id: data.id, error });
  } finally {
    cancelled.delete(data.id);
  }
};
