#!/usr/bin/env bash
# Long fuzzing campaigns: each libFuzzer target for SECONDS, keeping what it learnt between
# runs. The corpus of each target lives in <build>/fuzz-campaign/<target>/ (seeded from
# fuzz/corpus/<target>/ on the first run; not in git), findings in
# <build>/fuzz-campaign/findings/, and every run adds a line to
# <build>/fuzz-campaign/executions.tsv; the script ends with each target's executions over
# all runs so far (the figures in the README's Robustness section).
#
# Usage: tools/run-fuzz-campaign.sh [-b BUILD] [-s SECONDS] [TARGET...]
#   BUILD defaults to build-sanitizers (configured and built here: ASan + UBSan, as in CI),
#   SECONDS to 600 per target, TARGET to every target of fuzz/CMakeLists.txt (lammps, xyz,
#   pipeline, ...). Example: tools/run-fuzz-campaign.sh -s 3600 lammps xyz dcd gsd h5md
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=build-sanitizers
SECONDS_PER_TARGET=600
while getopts "b:s:" option; do
  case $option in
    b) BUILD=$OPTARG ;;
    s) SECONDS_PER_TARGET=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ ! -f "$BUILD/build.ninja" ]; then
  tools/configure-sanitizers.sh "$BUILD"
fi
if [ $# -eq 0 ]; then
  cmake --build "$BUILD" -j "$(nproc)"
  set -- $(cd "$BUILD/fuzz" && ls fuzz_* | sed 's/^fuzz_//')
else
  cmake --build "$BUILD" -j "$(nproc)" --target $(printf 'fuzz_%s ' "$@")
fi
campaign="$BUILD/fuzz-campaign"
mkdir -p "$campaign/findings"
tally="$campaign/executions.tsv"
[ -f "$tally" ] || printf 'date\ttarget\tseconds\texecutions\tcorpus_files\toutcome\n' >"$tally"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in "$@"; do
  corpus="$campaign/$target"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  fi
  log="$campaign/$target.log"
  echo "fuzzing $target for $SECONDS_PER_TARGET s (corpus: $(ls "$corpus" | wc -l) files)"
  outcome=clean
  # -timeout: a unit that takes 10 s is a hang; -rss_limit_mb: memory must follow the input.
  if ! "$BUILD/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2560 -detect_leaks=0 -artifact_prefix="$campaign/findings/$target-" \
      -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    outcome=finding
    status=1
    tail -40 "$log"
    echo "fuzz_$target found a problem; the input is in $campaign/findings/" >&2
  fi
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$SECONDS_PER_TARGET" \
    "${executions:-0}" "$(ls "$corpus" | wc -l)" "$outcome" >>"$tally"
done
echo "executions per target over every campaign run in $campaign:"
awk -F'\t' 'NR > 1 { n[$2] += $4; s[$2] += $3 } END { for (t in n) printf "  %-12s %12d executions in %7d s\n", t, n[t], s[t] }' "$tally" | sort
exit $status
