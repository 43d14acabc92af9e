#!/usr/bin/env bash
# Fills dist/ (the npm package) from the wasm build: the core as built, the
# list of views the wrapper imports (views.mjs, built from bindings/views.json),
# the wrapper and the types from bindings/ as written (the site's copies are
# minified; a package's reader should see the comments). Does not build; run
# scripts/build.sh first. Then: cd dist && npm pack
set -euo pipefail
cd "$(dirname "$0")/.."
site=${SLACALC_SITE:-build/wasm/web}

for file in slacalc-core.mjs slacalc-core.wasm views.mjs; do
  if [ ! -f "$site/$file" ]; then
    echo "dist.sh: $site/$file is missing — build the wasm module first (scripts/build.sh)" >&2
    exit 1
  fi
done

# -m 644: the linker marks the .wasm executable; a package has no reason to.
install -m 644 bindings/slacalc.mjs "$site/views.mjs" "$site/slacalc-core.mjs" "$site/slacalc-core.wasm" bindings/slacalc.d.ts dist/
echo "dist/: $(cd dist && ls slacalc.mjs views.mjs slacalc-core.mjs slacalc-core.wasm slacalc.d.ts | tr '\n' ' ')"
