#!/usr/bin/env bash
# Installs what is missing on a Debian bookworm machine (run as root).
#   scripts/setup.sh          build and run: compilers, emscripten, esbuild, headers, Node.js,
#                             and the npm packages of package.json "dependencies": the local
#                             server's, and idb, which the site build copies for the pages
#   scripts/setup.sh --tests  also doctest, Chromium, Python (a second static server, tests/e2e/deploy), GNU parallel
#                             (tests/cli, docs/batch.md), the npm test tools, and
#                             clang + its libFuzzer/sanitizer runtime (tests/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ emscripten esbuild nlohmann-json3-dev libhowardhinnant-date-dev)
[[ ${1:-} == --tests ]] && packages+=(doctest-dev chromium clang libclang-rt-dev python3 parallel)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm packages at the lockfile's versions: all of them for the tests; for
# build and run only "dependencies" (scripts/serve.mjs's, and idb for the
# site), installed when one is missing or not the version package.json asks for.
if [[ ${1:-} == --tests ]]; then
  npm ci --no-audit --no-fund --loglevel=error
elif ! npm ls --omit=dev --all >/dev/null 2>&1; then
  echo "setup: installing the server's npm packages"
  npm ci --omit=dev --no-audit --no-fund --loglevel=error
fi
