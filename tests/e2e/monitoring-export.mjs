// A monitoring export of Q1 2026 for the 50 MB file tests and benchmark: an
// outage starting every 1–19 s, 1–60 s long, every tenth one planned
// maintenance; semicolons, CRLF, German headers and kinds, a note each.
// Returns the text and, for an oracle, the spans by kind (UTC seconds).
export const Q1 = { from: Date.UTC(2026, 0, 1) / 1000, to: Date.UTC(2026, 3, 1) / 1000 };
const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

export function monitoringExport(seed = 99) {
  let x = seed;  // xorshift32: exact in JS numbers
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const lines = ['Beginn;Ende;Art;Bemerkung'];
  const planned = [], unplanned = [];
  for (let t = Q1.from + 1 + rand(19), i = 0; t < Q1.to - 60; t += 1 + rand(19), i += 1) {
    const end = t + 1 + rand(60);
    const kind = i % 10 === 0 ? 'planned' : 'unplanned';
    (kind === 'planned' ? planned : unplanned).push([t, end]);
    lines.push(`${iso(t)};${iso(end)};${kind === 'planned' ? 'Wartung' : 'ungeplant'};probe ${i}`);
  }
  return { lines, text: `${lines.join('\r\n')}\r\n`, planned, unplanned };
}
