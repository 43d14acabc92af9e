// The page's side of outage-worker.js: a large outage file is read, and then
// measured, in a worker, and each request comes back as a promise. Errors
// arrive as SlaError {code, message, path, problems?, more?}, like the core's own; the
// worker's own problems (it has no locale files) are worded here, in the
// page's language.
import { SlaError } from './slacalc.mjs';
import { lang, t } from './i18n.js';

/** The worker's own problems by its "reason": the text, with {detail} from the browser. */
const WORKER_PROBLEMS = { 'no-file': 'credit.workerNoFile', unreadable: 'credit.workerUnreadable' };

/** Thrown by read() when the user cancelled it; the file read before stays. */
export class ReadCancelled extends Error {}

export class OutageFileReader {
  #worker = null;
  #nextId = 0;
  /** id → { resolve, reject, onProgress } */
  #pending = new Map();

  #post(message, onProgress) {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./outage-worker.js', import.meta.url), { type: 'module' });
      this.#worker.onmessage = ({ data }) => this.#receive(data);
      this.#worker.onerror = (e) => this.#failAll(e.message || 'the background reader stopped');
    }
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ ...message, id });
    });
  }

  #receive(data) {
    const waiting = this.#pending.get(data.id);
    if (!waiting) return;
    if (data.type === 'progress') {
      waiting.onProgress?.(data);
      return;
    }
    this.#pending.delete(data.id);
    if (data.type === 'failed') {
      const { reason, detail, ...error } = data.error;
      if (reason === 'cancelled') waiting.reject(new ReadCancelled());
      else if (!WORKER_PROBLEMS[reason]) waiting.reject(new SlaError(error));
      else waiting.reject(new SlaError({ ...error, message: t(WORKER_PROBLEMS[reason], { detail }) }));
    } else {
      waiting.resolve(data.type === 'read' ? data.summary : data.result);
    }
  }

  #failAll(message) {
    for (const { reject } of this.#pending.values()) {
      reject(new SlaError({ code: 'internal', message: t('credit.workerFailed', { detail: message }), path: '' }));
    }
    this.#pending.clear();
  }

  /**
   * Reads `file` in the zone of `profile`, as `reading` says (openOutageFile's
   * dateOrder, monitor, zone, ongoingUntil) → { rows, bytes, first, last,
   * delimiter?, columns?, format?, monitors?, explain?, seconds }.
   */
  read(file, profile, onProgress, reading = {}) {
    return this.#post({ type: 'read', file, profile, lang, reading }, onProgress);
  }

  /** Stops a read between two pieces; its promise rejects with ReadCancelled. */
  cancel() {
    for (const id of this.#pending.keys()) this.#worker.postMessage({ type: 'cancel', id });
  }

  /** measure or credit on the file read last, without "outages"; with "lang": the worker's core has none of its own. */
  call(fn, request) {
    return this.#post({ type: 'call', fn, request });
  }
}
