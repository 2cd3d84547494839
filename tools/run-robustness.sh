#!/usr/bin/env bash
# Robustness checks (run by CI after the tests): the test suite built with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer, and each reader's libFuzzer target for a
# bounded time (FUZZ_SECONDS, default 20) from the seed corpus in fuzz/corpus/.
# The GUI is in this build too: the workbench's tests (offscreen) and the VTK view's (Xvfb)
# run under the sanitizers like the rest (about 3 minutes more to build, 2.5 to run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-sanitizers}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DTX_BUILD_GUI=ON -DTX_BUILD_BENCH=OFF -DTX_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
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
for reader in lammps xyz dcd h5md gsd gzip bzip2 zstd xz manifest cache thermo_log; do
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
