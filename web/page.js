// The cycle every page of the site runs (docs/design.md, "How a page is
// built"): wait for the core and the page's texts, read the form, call the
// core, put its errors on the fields they name, show the answer — or keep the
// last one, dimmed, while the input is bad — tell an embedding page, and mark
// the page ready. A page script says only what is its own: how its form is
// read, which call it makes, which control a request path names, how an
// answer is drawn.
//
// Errors: the core throws SlaError {code, message, path}; the path (a JSON
// pointer such as "/target") names the input that caused it. The message is
// shown next to that input (dom.js setFieldError), or for the whole form when
// the path names none. What the user typed is never changed.
import { slaReady } from './page-core.js';
import { $, announce, callCore, callCoreLater, loadCore, setFieldError, setFormError, setStatus } from './dom.js';
import { ready as localeReady, t } from './i18n.js';
import { invalidInputs } from './locale-input.js';

/**
 * Runs `page` once the core is ready; returns { compute } to call on every edit.
 *
 * page:
 *   view          the answer's name for an embedding page ("slacalc:result")
 *   presets       false for a page whose module reads no profiles
 *   prepare()     what the page does while the core loads, once its texts are there (optional)
 *   setup(core)   fills and wires the form once { sla, presets } and the texts are there (may return a promise)
 *   read()        → { request, errors }: errors by control id, for what the page checks itself
 *   call(sla, request, { current }) → the core's answer, or a promise of it (the credit page's large
 *                  outage file is measured in a worker); an answer that a newer computation has
 *                  overtaken is dropped, and current() says whether this one still counts
 *   fieldOfPath(path) → the control a core error's path names, or null for the whole form
 *   fields()      → every control that can carry an error
 *   review(result, errors, request) → a form error: a page whose answer has parts that fail on their own
 *                  (the budget's periods, the credit after a measure) puts their errors on fields itself (optional)
 *   render(result, request, { errors, formError })
 *   status(result, stale) → the status line, a text or [text, kind]; by default none with an answer,
 *                  else the page's words: words.stale while the last answer is kept, words.empty before;
 *                  null: the page writes its own
 *   after(result) what follows every answer or its absence (optional)
 *   answer(result) → what an embedding page is told (optional; by default the answer itself)
 *   results       id of the element whose data-state is ok | stale | empty (null: the page marks its own)
 *   ids           { status, formError } when a section of a page has its own (default "status", "form-error")
 *   section       the id of the section this controller runs, for one that shares its page with another
 *                 (term-price.js in term.html): it waits for the page to be ready and marks only itself
 */
export function runPage(page) {
  const ids = { status: 'status', formError: 'form-error', ...page.ids };
  let sla = null;
  let last = null;
  /** Counts the computations: an answer that comes later is shown only if no newer one was started. */
  let computations = 0;

  function compute() {
    if (!sla) return undefined;
    const mine = ++computations;
    const current = () => mine === computations;
    const { request, errors } = page.read();
    const answer = callCore(() => page.call(sla, request, { current }), errors, page.fieldOfPath);
    if (typeof answer.result?.then !== 'function') {
      show(answer, request, errors);
      return undefined;
    }
    return callCoreLater(() => answer.result, errors, page.fieldOfPath).then((later) => {
      if (current()) show(later, request, errors);
    });
  }

  function show({ result, formError }, request, errors) {
    if (page.review) formError = page.review(result, errors, request) ?? formError;
    // A date field whose text is not a date says the format it reads (locale-input.js), after the page's own words.
    for (const [id, format] of Object.entries(invalidInputs(page.fields()))) {
      errors[id] = errors[id] ? `${errors[id]} ${format.hint}` : format.message;
    }
    for (const id of page.fields()) setFieldError(id, errors[id] ?? null);
    setFormError(formError, ids.formError);
    if (result) {
      last = result;
      page.render(result, request, { errors, formError });
    }
    if (page.results !== null) $(page.results ?? 'results').dataset.state = result ? 'ok' : last ? 'stale' : 'empty';
    if (page.status !== null) {
      const status = page.status ? page.status(result, Boolean(last))
        : result ? '' : [t(last ? page.words.stale : page.words.empty), 'failed'];
      const [text, kind = ''] = [status].flat();
      setStatus(text, kind, ids.status);
    }
    page.after?.(result);
    announce(page.view, page.answer && result ? page.answer(result) : result);
  }

  async function start() {
    const marked = page.section ? $(page.section) : document.body;
    if (page.prepare) {
      await localeReady;
      page.prepare();
    }
    const core = await loadCore(slaReady, { presets: page.presets !== false, status: ids.status, marked });
    if (!core) return;
    if (page.section && !(await pageReady())) return; // the page said why in its status line
    await page.setup(core);
    sla = core.sla;
    compute();
    if (!page.section) performance.mark('slacalc-ready');
    marked.dataset.ready = '1';
  }

  start();
  return { compute };
}

/** Whether the page a section is part of got ready (body[data-ready] "1", not "error"), once it has said. */
function pageReady() {
  return new Promise((resolve) => {
    const said = () => document.body.dataset.ready;
    if (said()) { resolve(said() === '1'); return; }
    const watch = new MutationObserver(() => {
      if (!said()) return;
      watch.disconnect();
      resolve(said() === '1');
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  });
}
