#!/usr/bin/env bash
# Fills dist/ (the npm package) from the wasm build: the wrapper and the core
# as built, the types from bindings/ (the types are not compiled, so the
# source is never staler than the build's copy). Does not build; run
# scripts/build.sh first. Then: cd dist && npm pack
set -euo pipefail
cd "$(dirname "$0")/.."
site=${SLACALC_SITE:-build/wasm/web}

for file in slacalc.mjs slacalc-core.mjs slacalc-core.wasm; do
  if [ ! -f "$site/$file" ]; then
    echo "dist.sh: $site/$file is missing — build the wasm module first (scripts/build.sh)" >&2
    exit 1
  fi
done
# The wrapper is copied as built, so that it matches the core beside it; say
# so when its source has moved on since.
if ! cmp -s bindings/slacalc.mjs "$site/slacalc.mjs"; then
  echo "dist.sh: warning: $site/slacalc.mjs differs from bindings/slacalc.mjs — the build is stale" >&2
fi

# -m 644: the linker marks the .wasm executable; a package has no reason to.
install -m 644 "$site/slacalc.mjs" "$site/slacalc-core.mjs" "$site/slacalc-core.wasm" bindings/slacalc.d.ts dist/
echo "dist/: $(cd dist && ls slacalc.mjs slacalc-core.mjs slacalc-core.wasm slacalc.d.ts | tr '\n' ' ')"
