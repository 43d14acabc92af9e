// DOM helpers shared by the pages (app.js, compare.js, deadline.js).

import { SlaError } from './slacalc.mjs';

export const $ = (id) => document.getElementById(id);

/** An element with properties (class, text, data-*, aria-*, others as DOM properties) and children. */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * Shows `message` next to input #id (in #id-error), or clears it: the input
 * gets aria-invalid and aria-describedby pointing at the message. What the
 * user typed is never touched.
 */
export function setFieldError(id, message) {
  const input = $(id);
  const box = $(`${id}-error`);
  if (!input || !box) return;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .filter((x) => x !== box.id);
  if (message) {
    if (box.textContent !== message) box.textContent = message;
    box.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    described.push(box.id);
  } else {
    box.hidden = true;
    box.textContent = '';
    input.removeAttribute('aria-invalid');
  }
  if (described.length) input.setAttribute('aria-describedby', described.join(' '));
  else input.removeAttribute('aria-describedby');
  input.closest('.field')?.classList.toggle('invalid', Boolean(message));
}

/** The message for the whole form (#form-error), or none. */
export function setFormError(message) {
  const box = $('form-error');
  box.textContent = message ?? '';
  box.hidden = !message;
}

/**
 * Runs one core call when the form has no errors yet. A SlaError whose path
 * names a control (fieldOf(path)) goes to errors[control], any other to the
 * returned formError; every other exception is a bug and propagates.
 */
export function callCore(call, errors, fieldOf) {
  if (Object.keys(errors).length) return { result: null, formError: null };
  try {
    return { result: call(), formError: null };
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    const field = fieldOf(err.path);
    if (field) errors[field] = err.message;
    return { result: null, formError: field ? null : err.message };
  }
}
