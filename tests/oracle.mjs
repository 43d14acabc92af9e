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
