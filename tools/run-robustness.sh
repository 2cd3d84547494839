#!/usr/bin/env bash
# Robustness checks (run by CI after the tests): the test suite built with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer, and each reader's libFuzzer target for a
# bounded time (FUZZ_SECONDS, default 20) from the seed corpus in fuzz/corpus/ (longer runs
# that keep their corpus: tools/run-fuzz-campaign.sh).
# The GUI is in this build too: the workbench's tests (offscreen) and the VTK view's (Xvfb)
# run under the sanitizers like the rest (about 3 minutes more to build, 2.5 to run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-sanitizers}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
tools/configure-sanitizers.sh "$BUILD"
cmake --build "$BUILD" -j "$(nproc)"
# Leak checking is off: LeakSanitizer dies under ptrace-restricted sandboxes (seen in CI here)
# after a clean run; addresses and undefined behaviour are still checked.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)"
# Crash inputs go to $BUILD/fuzz-findings/ and are printed in base64 too: a CI log alone
# must be enough to reproduce a finding (one was lost before this).
findings="$BUILD/fuzz-findings"
mkdir -p "$findings"
# Every target CMake declares (fuzz/CMakeLists.txt), from its seeds in fuzz/corpus/<name>/.
for target in "$BUILD"/fuzz/fuzz_*; do
  reader=${target##*/fuzz_}
  corpus=$(mktemp -d)
  cp fuzz/corpus/$reader/* "$corpus"/
  echo "fuzzing $reader for ${FUZZ_SECONDS} s"
  log="$corpus.log"
  if ! "$BUILD/fuzz/fuzz_$reader" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 -detect_leaks=0 \
      -artifact_prefix="$findings/$reader-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    tail -60 "$log"
    for f in "$findings/$reader"-*; do
      echo "finding $f (base64, decode with base64 -d):"
      base64 -w 0 "$f" | head -c 200000
      echo
    done
    echo "fuzz_$reader found a problem; inputs kept in $findings" >&2
    exit 1
  fi
  grep -E "stat::number_of_executed_units|Done " "$log" || true
  rm -rf "$corpus"
done
echo "robustness: sanitizer test suite and fuzzers passed"
