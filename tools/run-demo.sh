#!/usr/bin/env bash
# Fresh Debian 12 -> dependencies, build, and the paper's pipeline on the bundled
# Kob-Andersen demo ensemble. Usage: tools/run-demo.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-demo-results}
tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)" --target tx-analyze
build/app/tx-analyze data/demo-ka --dt 0.005 --system ka --tc-window 0.6,1.5 --out "$OUT"
