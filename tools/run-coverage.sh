#!/usr/bin/env bash
# Line and branch coverage of the whole suite, the GUI and the 3D view included: a gcc
# --coverage build (Debug, -O0), every test (offscreen; the VTK view under Xvfb), then gcovr
# (Debian's package) writes a summary per folder and per file into BUILD/coverage/:
#   summary.txt (per folder, then per file), coverage.json, index.html (annotated sources).
# Tests wait for outcomes, not times, so the slow -O0 build passes the same suite. Counters
# are updated atomically: the worker threads would otherwise race on them (gcov then prints
# negative branch counts that gcovr cannot parse).
# Usage: tools/run-coverage.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-coverage}
tools/install-deps.sh
if ! command -v gcovr >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends gcovr
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTX_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="--coverage -fprofile-update=atomic -O0" \
  -DCMAKE_C_FLAGS="--coverage -fprofile-update=atomic -O0" \
  -DCMAKE_EXE_LINKER_FLAGS="--coverage" -DTX_TEST_TIMEOUT=7200
cmake --build "$BUILD" -j "$(nproc)"
find "$BUILD" -name '*.gcda' -delete
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
status=0
ctest --test-dir "$BUILD" --output-on-failure || status=$?
out="$BUILD/coverage"
mkdir -p "$out"
gcovr --root . --object-directory "$BUILD" --filter 'core/' --filter 'app/' --filter 'widgets/' \
  --exclude-unreachable-branches --exclude-throw-branches --gcov-ignore-parse-errors \
  --json "$out/coverage.json" --html-details "$out/index.html" --print-summary >/dev/null
# Per folder (core/io, app/workbench/pages, ...), then per file: lines and branches.
python3 - "$out/coverage.json" > "$out/summary.txt" <<'PY'
import json, sys, collections
files = json.load(open(sys.argv[1]))["files"]
folders = collections.defaultdict(lambda: [0, 0, 0, 0])
rows = []
for f in files:
    lines = [l for l in f["lines"] if not l.get("gcovr/noncode")]
    covered = sum(1 for l in lines if l["count"] > 0)
    branches = [b for l in lines for b in l.get("branches", [])]
    taken = sum(1 for b in branches if b["count"] > 0)
    name = f["file"]
    rows.append((name, covered, len(lines), taken, len(branches)))
    for key in {name.split("/")[0], "/".join(name.split("/")[:2]), name.rsplit("/", 1)[0]}:
        if "." not in key.split("/")[-1]:
            acc = folders[key]
            acc[0] += covered; acc[1] += len(lines); acc[2] += taken; acc[3] += len(branches)
pct = lambda a, b: f"{100.0 * a / b:5.1f} %" if b else "    -  "
print(f"{'folder':32} {'lines':>18} {'branches':>18}")
for key in sorted(folders):
    c, n, t, b = folders[key]
    print(f"{key:32} {pct(c, n)} of {n:6}   {pct(t, b)} of {b:6}")
print()
print(f"{'file':48} {'lines':>10} {'branches':>10}")
for name, c, n, t, b in sorted(rows):
    print(f"{name:48} {pct(c, n)}   {pct(t, b)}")
PY
sed -n '1,/^$/p' "$out/summary.txt"
echo "coverage: $out/summary.txt, $out/index.html"
exit "$status"
