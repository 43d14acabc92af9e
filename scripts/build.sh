#!/usr/bin/env bash
# Builds both halves from the one CMakeLists.txt: native (CLI, tests, benchmarks)
# into build/native and the wasm module + page into build/wasm/web.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"

# Emscripten 3.1.6 on Debian: its optimizer needs Debian's acorn, and emcmake's
# default emulator flag is rejected by Node 20 (docs/design.md, "The toolchain").
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build build/wasm -j"$jobs"
