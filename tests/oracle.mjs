// Independent oracles for the tests: integer arithmetic written here, never
// the module's own output.

/** seconds × (100 − target) / 100, target in thousandths of a percent: { whole, frac } seconds, exact. */
export function allowedDowntime(periodSeconds, targetMilli) {
  const scaled = BigInt(periodSeconds) * BigInt(100000 - targetMilli); // × 10^-5 s
  const whole = scaled / 100000n;
  const frac = (scaled % 100000n).toString().padStart(5, '0').replace(/0+$/, '');
  return { whole, frac };
}

/** "3d 15h 39m 29.52s" form of { whole, frac } seconds (or a whole number of seconds). */
export function human(seconds) {
  const { whole, frac } = typeof seconds === 'object' ? seconds : { whole: BigInt(seconds), frac: '' };
  const d = whole / 86400n, h = (whole % 86400n) / 3600n, m = (whole % 3600n) / 60n, s = whole % 60n;
  const parts = [];
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s || frac) parts.push(`${s}${frac ? `.${frac}` : ''}s`);
  return parts.join(' ') || '0s';
}

/**
 * Outage spans [begin, end) in seconds: the length of their union, of that
 * union minus the union of `out`, and of the union of `out`.
 */
export function unionMinus(spans, out) {
  const merge = (list) => {
    const merged = [];
    for (const [b, e] of [...list].sort((x, y) => x[0] - y[0])) {
      if (merged.length && b <= merged.at(-1)[1]) merged.at(-1)[1] = Math.max(merged.at(-1)[1], e);
      else merged.push([b, e]);
    }
    return merged;
  };
  const length = (list) => list.reduce((sum, [b, e]) => sum + e - b, 0);
  const a = merge(spans), b = merge(out);
  // |A \ B| = |A| − |A ∩ B|, both sorted: one sweep.
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    shared += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
    if (a[i][1] < b[j][1]) i += 1; else j += 1;
  }
  return { union: length(a), minus: length(a) - shared, outLength: length(b) };
}
