#!/usr/bin/env bash
# Sets up, builds, and serves the page on localhost (PORT, default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs build/wasm/web "${PORT:-8080}"
