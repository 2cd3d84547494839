#!/usr/bin/env bash
# Speed, in one run: the speed targets (bench/speed_targets.py: pair-lags/s end to end beside
# SLEEF's sine bound, the 2-thread speed-up at N = 1000, numpy at N = 1000, reader MB/s, peak
# memory), the Google Benchmark programs (reader MB/s, pair-lag evaluations/s, the demo end to
# end, refits), then tx-analyze against a straightforward numpy implementation on
# the same data (bench/compare_numpy.py, which also checks that the numbers agree), then the
# time from opening an ensemble to its first and to all results, in the CLI and the workbench
# (bench/open_to_first_result.py; its ensemble needs Debian's lmp).
# Usage: tools/run-bench.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
tools/install-deps.sh
if ! /usr/bin/python3 -c "import numpy" 2>/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-numpy
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" -j "$(nproc)" --target bench_core sine_bound tx-analyze tx-workbench
/usr/bin/python3 bench/speed_targets.py "$BUILD" "$(nproc)"
echo
"$BUILD/bench/bench_core"
echo
/usr/bin/python3 bench/compare_numpy.py "$BUILD/app/tx-analyze"
echo
/usr/bin/python3 bench/open_to_first_result.py "$BUILD"
