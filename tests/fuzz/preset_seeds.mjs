// Seeds for fuzz_profile from presets/*.json, written at run time so the repo
// holds no big copies: per preset and tier, the profile with only that tier,
// "note" texts dropped, on one line (each well under 4 KB).
//   node tests/fuzz/preset_seeds.mjs PRESETS_DIR OUT_DIR
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [presetsDir, outDir] = process.argv.slice(2);
const withoutNotes = (v) =>
  Array.isArray(v) ? v.map(withoutNotes)
  : v && typeof v === "object"
    ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== "note").map(([k, x]) => [k, withoutNotes(x)]))
    : v;

let count = 0;
for (const file of readdirSync(presetsDir).filter((f) => f.endsWith(".json")).sort()) {
  const profile = withoutNotes(JSON.parse(readFileSync(join(presetsDir, file), "utf8")));
  for (const tier of profile.tiers) {
    writeFileSync(join(outDir, `preset-${profile.id}-${tier.id}.json`), JSON.stringify({ ...profile, tiers: [tier] }));
    count++;
  }
}
console.log(`fuzz seeds: ${count} single-tier profiles from ${presetsDir}`);
