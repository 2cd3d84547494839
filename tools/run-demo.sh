#!/usr/bin/env bash
# Fresh Debian 12 -> dependencies, build, and the workbench opened on the bundled
# Kob-Andersen demo ensemble. Without a display (or with --cli) the same analysis runs in
# the terminal with tx-analyze. Usage: tools/run-demo.sh [--cli] [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=0
if [ "${1:-}" = "--cli" ]; then CLI=1; shift; fi
OUT=${1:-demo-results}
tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
if [ "$CLI" = 0 ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec build/app/tx-workbench --demo
fi
build/app/tx-analyze data/demo-ka --dt 0.005 --system ka --tc-window 0.6,1.5 \
    --thermo-log data/demo-ka/cooling.log --out "$OUT"
