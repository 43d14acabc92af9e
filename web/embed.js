// <sla-calculator profile="flying-circus" tier="managed-4" view="budget"
//                 theme="light"></sla-calculator>
// One calculator of slacalc in any page, loaded with
//   <script type="module" src="/slacalc/embed.js"></script>
// from the site's own copy of the files. The element shows the page in a
// frame inside its shadow root, so neither side's CSS reaches the other (nor
// its scripts); the frame's height follows its content, and a
// "slacalc-result" event ({ view, result }) tells the page each new answer.
// followFrame() does the same for an <iframe> a site writes itself.
// docs/embedding.md has the snippets.

import { VIEWS as VIEW_LIST } from './views.mjs';

/**
 * view attribute → the page of that calculator: each page's own view
 * (bindings/views.json, built into views.mjs — and into this file, which
 * other origins load on its own: cmake/minify_site.cmake).
 */
export const VIEWS = Object.freeze(Object.fromEntries(
  VIEW_LIST.filter((view) => view.page && !view.parameter).map(({ name, page }) => [name, page])));
const PASSED = ['profile', 'tier', 'theme', 'lang'];
/** What a page announces: its view, and the term page's price part. */
const RESULT_VIEWS = new Set([...Object.keys(VIEWS), 'price']);
const MAX_HEIGHT = 100000;
let frames = 0;

/** The URL of a view in embedded mode, for a frame with this `id`. */
export function frameUrl(view, id, attributes = {}) {
  const url = new URL(VIEWS[view] ?? VIEWS.budget, import.meta.url);
  url.searchParams.set('embed', '1');
  url.searchParams.set('id', id);
  url.searchParams.set('parent', location.origin);
  for (const name of PASSED) if (attributes[name]) url.searchParams.set(name, attributes[name]);
  return url.href;
}

/**
 * Follows an <iframe> showing a slacalc page with ?embed: sets its height, and
 * calls onResult({ view, result }) for each answer. Only messages from that
 * frame's window, from the origin of its src, in the exact format, with its id.
 * Returns a function that stops following.
 */
export function followFrame(iframe, onResult = () => {}) {
  const listener = (e) => {
    if (e.source !== iframe.contentWindow) return;
    const src = new URL(iframe.src, location.href);
    if (e.origin !== src.origin) return;
    const m = e.data;
    // A frame whose src names no id sends id "" (frame.js).
    if (!m || typeof m !== 'object' || m.v !== 1 || m.id !== (src.searchParams.get('id') ?? '')) return;
    if (m.type === 'slacalc:height' && Number.isInteger(m.height) && m.height > 0 && m.height <= MAX_HEIGHT) {
      iframe.style.height = `${m.height}px`;
    } else if (m.type === 'slacalc:result' && RESULT_VIEWS.has(m.view)) {
      onResult({ view: m.view, result: m.result ?? null });
    }
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; }
  :host([hidden]) { display: none; }
  iframe { display: block; width: 100%; height: 480px; border: 0; color-scheme: normal; }
`);

export class SlaCalculator extends HTMLElement {
  static observedAttributes = ['view', ...PASSED];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    this.frame = document.createElement('iframe');
    this.shadowRoot.append(this.frame);
    this.frameId = `sla-calculator-${(frames += 1)}`;
    this.stop = null;
    this.pending = false;
  }

  connectedCallback() {
    this.stop = followFrame(this.frame, (detail) =>
      this.dispatchEvent(new CustomEvent('slacalc-result', { detail, bubbles: true, composed: true })));
    this.load();
  }

  disconnectedCallback() {
    this.stop?.();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.load();
  }

  /** Attributes set together (by a script) load the frame once. */
  load() {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      const view = Object.hasOwn(VIEWS, this.getAttribute('view')) ? this.getAttribute('view') : 'budget';
      const attributes = Object.fromEntries(PASSED.map((name) => [name, this.getAttribute(name)]));
      this.frame.title = this.getAttribute('title') || `slacalc: ${view} calculator`;
      this.frame.src = frameUrl(view, this.frameId, attributes);
    });
  }
}

if (!customElements.get('sla-calculator')) customElements.define('sla-calculator', SlaCalculator);
