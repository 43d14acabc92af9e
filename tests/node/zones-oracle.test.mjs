// Time zones against an independent oracle: Node's Intl (ICU's own copy of
// tzdata). For every supported zone, the UTC offset the module's transitions
// give equals Intl's on every day 2000–2037 at 12:00 UTC and on both sides of
// every transition — from the zone's validFrom year on, as the module claims
// nothing earlier. And validFrom is not later than it needs to be: in the year
// before it, the current rule projected backwards differs from history.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { importSite, siteDir, nativeCli } from './site.mjs';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2037;

let zones;  // (request) => result, through the module's one public function
let core;   // the Embind module itself: call(name, json) → { ok, body }
before(async () => {
  const { default: createCore } = await importSite('slacalc-core.mjs');
  core = await createCore({ wasmBinary: await readFile(path.join(siteDir, 'slacalc-core.wasm')) });
  const mod = await importSite('slacalc.mjs');
  if (mod.FUNCTIONS.includes('zones')) {
    const sla = await mod.createSlaCalc();
    zones = (request) => sla.zones(request);
    return;
  }
  // Until the wrapper lists "zones": the same call(name, json), one level down.
  zones = (request) => {
    const { ok, body } = core.call('zones', JSON.stringify(request));
    const value = JSON.parse(body);
    if (!ok) throw Object.assign(new Error(value.message), value);
    return value;
  };
});

// Intl's offset in seconds east of UTC: "…, GMT+05:45", "…, GMT-03:30", "…, GMT".
function intlOffset(zone) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (ms) => {
    const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(format.format(ms));
    assert.ok(m, `${zone}: cannot read the offset in "${format.format(ms)}"`);
    if (!m[1]) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
  };
}

// The module's offset at an instant, from its transitions list.
function moduleOffset(transitions) {
  const list = transitions.map((t) => ({ ms: Date.parse(t.at), offset: t.offset }));
  return (ms) => {
    let lo = 0;
    let hi = list.length - 1;
    assert.ok(ms >= list[0].ms, 'instant before the first transition asked');
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].ms <= ms) lo = mid;
      else hi = mid - 1;
    }
    return list[lo].offset;
  };
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

test('the zone list: names Intl knows, validity years in range', () => {
  const list = zones({});
  assert.ok(list.zones.length >= 100, `${list.zones.length} zones`);
  assert.ok(list.zones.filter((z) => z.name.startsWith('Europe/')).length >= 51);
  for (const { name, validFrom } of list.zones) {
    assert.doesNotThrow(() => new Intl.DateTimeFormat('en-US', { timeZone: name }), name);
    assert.ok(validFrom >= 1900 && validFrom <= LAST_YEAR, `${name}: ${validFrom}`);
  }
  for (const { name, zone } of list.aliases) {
    assert.ok(list.zones.some((z) => z.name === zone), `${name} → ${zone}`);
    assert.equal(zones({ zone: name, from: 2026 }).zone, zone);
  }
});

test(`offsets equal Intl's for every zone, every day ${FIRST_YEAR}–${LAST_YEAR} and around every transition`, () => {
  const mismatches = [];
  let checked = 0;
  for (const { name, validFrom } of zones({}).zones) {
    const from = Math.max(validFrom, FIRST_YEAR);
    const result = zones({ zone: name, from, to: LAST_YEAR });
    assert.equal(result.transitions[0].at, `${from}-01-01T00:00:00Z`);
    const ours = moduleOffset(result.transitions);
    const intl = intlOffset(name);
    const compare = (ms) => {
      checked += 1;
      const [a, b] = [ours(ms), intl(ms)];
      if (a !== b) mismatches.push(`${name} ${iso(ms)}: module ${a}, Intl ${b}`);
    };
    for (let ms = Date.UTC(from, 0, 1, 12); ms < Date.UTC(LAST_YEAR + 1, 0, 1); ms += DAY) compare(ms);
    for (const t of result.transitions.slice(1)) {
      const at = Date.parse(t.at);
      for (const ms of [at - 3 * HOUR, at - HOUR, at - 1000, at, at + HOUR, at + 3 * HOUR]) compare(ms);
    }
  }
  assert.ok(checked > 1_000_000, `${checked} instants checked`);
  assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} mismatches`);
});

test('validFrom is tight: the year before it, the current rule differs from history', () => {
  const loose = [];
  for (const { name, validFrom } of zones({}).zones) {
    if (validFrom <= 1970) continue;  // older history: leave to tzdata
    const year = validFrom - 1;
    const ours = moduleOffset(zones({ zone: name, from: year - 1, to: year }).transitions);
    const intl = intlOffset(name);
    let differs = false;
    // From the start of the year in UTC−14 h: validFrom means "from that year on, anywhere".
    for (let ms = Date.UTC(year, 0, 1) - 14 * HOUR; ms < Date.UTC(year + 1, 0, 1) - 14 * HOUR && !differs; ms += HOUR)
      differs = ours(ms) !== intl(ms);
    if (!differs) loose.push(`${name}: validFrom ${validFrom}, but ${year} already matches`);
  }
  assert.deepEqual(loose, []);
});

test('native CLI and wasm print the same zones JSON', () => {
  const requests = [{}, { zone: 'Europe/Berlin', from: 1990, to: 2037 }, { zone: 'Asia/Calcutta' },
    { zone: 'America/Santiago', from: 2023, to: 2030 }, { zone: 'Berlin' }, { zone: 'UTC', to: 1899 }];
  for (const request of requests) {
    const text = JSON.stringify(request);
    const wasm = core.call('zones', text);
    const native = spawnSync(nativeCli, ['zones', text], { encoding: 'utf8' });
    assert.equal(native.status === 0, wasm.ok, text);
    assert.equal(wasm.ok ? native.stdout : native.stderr, `${wasm.body}\n`, text);
  }
});
