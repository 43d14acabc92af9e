// A page shown inside a frame: by the <sla-calculator> element (embed.js) or
// an <iframe> a site writes itself. With ?embed in its URL the page drops its
// header, nav and footer and tells the embedding page, by postMessage, its
// height and each new result. It posts only to the origin named in ?parent
// (default: its own) and accepts no message at all. ?theme=light|dark fixes
// the colours; ?profile= and ?tier= are applied by share.js.
const params = new URLSearchParams(location.search);

/** The embedding page's origin, if ?parent names one exactly (scheme://host[:port]); else this page's. */
function parentOrigin() {
  const given = params.get('parent');
  try {
    const url = new URL(given);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === given) return given;
  } catch { /* not a URL: fall through */ }
  return location.origin;
}

const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

if (params.has('embed') && window.parent !== window) {
  document.documentElement.classList.add('embedded');
  const target = parentOrigin();
  const id = params.get('id') ?? '';
  // The message format (v 1): { type: "slacalc:height", v, id, height } and
  // { type: "slacalc:result", v, id, view, result }; embed.js checks each field.
  const post = (message) => window.parent.postMessage({ v: 1, id, ...message }, target);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ type: 'slacalc:height', height: (last = height) });
  }).observe(document.documentElement);
  document.addEventListener('slacalc:result', (e) => post({ type: 'slacalc:result', view: e.detail.view,
    result: e.detail.result }));
}
