// Many customers at once (docs/batch.md): 100 000 NDJSON lines of credit
// requests — four contracts, a month each, a fee and an achieved
// availability each — answered by the native CLI (`slacalc batch`, the
// whole process) and by the wasm module's batch() in Node. Prints lines per
// second and the wasm/native ratio; asserts only that both wrote the same.
//   node bench/batch.mjs [lines] [siteDir] [nativeCli]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { importSite, nativeCli, siteDir } from '../tests/node/site.mjs';

const count = Number(process.argv[2] ?? 100000);
const cli = path.resolve(process.argv[4] ?? nativeCli);
process.env.SLACALC_SITE ??= process.argv[3] ?? siteDir;
const { createSlaCalc } = await importSite('slacalc.mjs');
const sla = await createSlaCalc();

const TIERS = [['arena', 'plm-service'], ['wp-heaven', 'standard'], ['scope4mation', 'default'], ['nms-prime', 'advanced-service']];
const lines = Array.from({ length: count }, (_, i) => {
  const [profile, tier] = TIERS[i % TIERS.length];
  const month = `2026-${String(1 + (i % 12)).padStart(2, '0')}`;
  const availability = (99 + (i % 100) / 100).toFixed(2);
  return JSON.stringify({ fn: 'credit', request: { profile, tier, month, fee: 10000 + i, availability } });
});
const input = `${lines.join('\n')}\n`;
console.log(`${count} lines, ${(input.length / 1e6).toFixed(1)} MB of credit requests`);

let t = performance.now();
const native = execFileSync(cli, ['batch'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
const nativeMs = performance.now() - t;

t = performance.now();
let wasm = '';
for (const line of sla.batch(lines)) wasm += `${line}\n`;
const wasmMs = performance.now() - t;

if (wasm !== native) throw new Error('the CLI and the wasm module wrote different lines');
const failed = native.split('\n').filter((l) => l.startsWith('{"ok":false')).length;
console.log(`answered: ${count - failed}, errors: ${failed}`);
console.log(`native CLI   ${Math.round(nativeMs)} ms  (${Math.round(count / nativeMs * 1000)} lines/s)`);
console.log(`wasm (Node)  ${Math.round(wasmMs)} ms  (${Math.round(count / wasmMs * 1000)} lines/s)`);
console.log(`wasm/native  ${(wasmMs / nativeMs).toFixed(2)}`);
