// What the credit page's tests share: opening the page, filling its form as a
// person does, and reading its results back.

/** The credit page of `site` (useLocalSite()) opened in a fresh context, with `options`. */
export const creditPageOf = (site, openPage) => (options) =>
  openPage(site.browser, new URL('credit.html', site.baseUrl).href, options);

export const text = (page, selector) => page.locator(selector).textContent();
/** A fact of the credit (its <dd> of class `cls`). */
export const fact = (page, cls) => text(page, `#credit-facts dd.${cls}`);

export async function choose(page, profile, tier) {
  await page.selectOption('#profile', profile);
  await page.selectOption('#tier', tier);
}

export async function range(page, from, to) {
  await page.fill('#from-month', from);
  await page.fill('#to-month', to);
}

/** Fills outage row `n` (its number, as in the ids o0-…, o1-…). */
export async function outage(page, n, start, end) {
  await page.fill(`#o${n}-start`, start);
  await page.fill(`#o${n}-end`, end);
}

/**
 * A commitment's period table (`commitment`, a locator of its block) as
 * { period: { field: text } }, each field read from the cell of the class
 * `columns` names (e.g. { downtime: 'downtime', measured: 'measured-time' }).
 */
export async function periodTable(commitment, columns) {
  const rows = await commitment.locator('tr[data-testid="period-row"]').evaluateAll((trs, cols) => trs.map((tr) => [
    tr.querySelector('th').textContent,
    Object.fromEntries(Object.entries(cols).map(([field, cls]) => [field, tr.querySelector(`.${cls}`).textContent])),
  ]), columns);
  return Object.fromEntries(rows);
}
