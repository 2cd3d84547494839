#!/usr/bin/env bash
# ThreadSanitizer build of the core, the CLI and their tests (CI runs it after the ASan/UBSan
# checks). TSan needs every library that synchronises threads to be instrumented, and
# Debian's libtbb is not: against it, every parallel_for reports hundreds of false races
# (TBB's hand-over of tasks is invisible). So Debian's own oneTBB source (the version of the
# installed libtbb-dev, fetched with apt-get source) is built once with TBB_SANITIZE=thread
# into the build folder, and the tests link against that.
# Usage: tools/run-tsan.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-tsan}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.tsan-x86_64.a >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi
mkdir -p "$BUILD"
TBB_PREFIX="$(cd "$BUILD" && pwd)/onetbb-tsan"
if [ ! -f "$TBB_PREFIX/lib/cmake/TBB/TBBConfig.cmake" ]; then
  if ! apt-get source --print-uris onetbb >/dev/null 2>&1; then
    # Debian's source index, for apt-get source (binary packages are unaffected).
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
      $SUDO tee /etc/apt/sources.list.d/tx-workbench-deb-src.sources >/dev/null
    $SUDO apt-get update -qq
  fi
  version=$(dpkg-query -W -f='${Version}' libtbb-dev)
  src="$BUILD/onetbb-src"
  rm -rf "$src" && mkdir -p "$src"
  (cd "$src" && apt-get source -qq --download-only "onetbb=$version" && tar xf onetbb_*.orig.tar.xz)
  cmake -S "$src"/oneTBB-* -B "$BUILD/onetbb-build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DTBB_TEST=OFF -DTBB_STRICT=OFF \
    -DTBBMALLOC_BUILD=OFF -DTBB_SANITIZE=thread -DCMAKE_INSTALL_PREFIX="$TBB_PREFIX"
  cmake --build "$BUILD/onetbb-build" --target install -j "$(nproc)"
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DTX_BUILD_GUI=OFF -DTX_BUILD_BENCH=OFF -DTX_BUILD_MPI=OFF -DTBB_DIR="$TBB_PREFIX/lib/cmake/TBB" \
  -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread"
cmake --build "$BUILD" -j "$(nproc)"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$(pwd)/tools/tsan-suppressions.txt"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# tst_install runs the installed program, whose RUNPATH no longer finds the instrumented TBB.
ctest --test-dir "$BUILD" --output-on-failure -E tst_install
echo "thread sanitizer: test suite passed"
