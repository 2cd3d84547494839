#!/usr/bin/env bash
# Configures BUILD (default build-sanitizers) with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, with the libFuzzer targets (fuzz/), installing clang and its
# fuzzer runtime where missing. Shared by run-robustness.sh (CI) and run-fuzz-campaign.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-sanitizers}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DTX_BUILD_GUI=ON -DTX_BUILD_BENCH=OFF -DTX_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
