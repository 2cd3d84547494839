#!/usr/bin/env bash
# Fresh Debian 12 -> dependencies, build, all tests. Usage: tools/run-tests.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
tools/install-deps.sh
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" -j "$(nproc)"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# Programs run side by side, one per core: the two LAMMPS-driven tests and the GUI tests
# spend much of their time waiting on one core.
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)"
