#!/usr/bin/env bash
# The paper's protocol with Debian's LAMMPS (apt-get install lammps), for one of three systems:
#   1. REPLICAS independent NPT cooling runs from the melt at RATE (cool.in), each writing its
#      state at every temperature of TEMPS and its log (the liquid and glass branches for T_g);
#   2. at every temperature, from each cooling run's state, NVT equilibration and SEGMENTS
#      segments with log-spaced dumps (sample.in).
# Result: OUT/T<temp>/r<k>/seg<j>.lammpstrj.gz, OUT/cooling/r<k>.log, OUT/README.md, ready for
#   tx-analyze OUT --dt DT --system SYSTEM --thermo-log OUT/cooling/r0.log --out results
# Usage: SYSTEM=ka|cuzr|al [VARIABLE=value ...] packaging/protocol/run_protocol.sh [OUT]
# The defaults are small, to finish in minutes on two cores; README "The paper's protocol"
# gives settings for a publication-size run.
set -euo pipefail
SYSTEM=${SYSTEM:-ka}
case "$SYSTEM" in
ka) # LJ units: T in epsilon/k_B, time in tau, RATE in 1/tau
    : "${NATOMS:=400}" "${TMELT:=2.0}" "${TEND:=0.2}" "${TEMPS:=1.0 0.8 0.7 0.6}"
    : "${RATE:=0.002}" "${DT:=0.005}" "${MELTSTEPS:=4000}" "${THERMOEVERY:=200}"
    : "${EQUILSTEPS:=20000}" "${SEGSTEPS:=20000}" ;;
cuzr) # metal units: T in K, time in ps, RATE in K/ps (10 K/ps = 1e13 K/s)
    : "${NATOMS:=432}" "${TMELT:=2000}" "${TEND:=300}" "${TEMPS:=1500 1300 1200 1100 1000}"
    : "${RATE:=10}" "${DT:=0.002}" "${MELTSTEPS:=10000}" "${THERMOEVERY:=250}"
    : "${EQUILSTEPS:=10000}" "${SEGSTEPS:=10000}" ;;
al)
    : "${NATOMS:=500}" "${TMELT:=1500}" "${TEND:=300}" "${TEMPS:=1100 1000 900 850 800}"
    : "${RATE:=50}" "${DT:=0.002}" "${MELTSTEPS:=10000}" "${THERMOEVERY:=250}"
    : "${EQUILSTEPS:=10000}" "${SEGSTEPS:=10000}" ;;
*) echo "SYSTEM must be ka, cuzr or al, not '$SYSTEM'" >&2; exit 2 ;;
esac
OUT=${1:-protocol-$SYSTEM}
REPLICAS=${REPLICAS:-2}
SEGMENTS=${SEGMENTS:-2}
NLOG=${NLOG:-20}
JOBS=${JOBS:-$(nproc)}
LMP=${LMP:-lmp}
here=$(cd "$(dirname "$0")" && pwd)
sysdir="$here/$SYSTEM"

cool_one() { # replica index
    local dir="$OUT/cooling/r$1"
    mkdir -p "$dir"
    "$LMP" -nocite -screen none -log "$OUT/cooling/r$1.log" -in "$here/cool.in" \
        -var sysdir "$sysdir" -var natoms "$NATOMS" -var seed $((4711 + 131 * $1)) \
        -var tmelt "$TMELT" -var meltsteps "$MELTSTEPS" -var temps $TEMPS -var tend "$TEND" \
        -var rate "$RATE" -var thermoevery "$THERMOEVERY" -var outdir "$dir"
    echo "cooling run $1 done"
}
sample_one() { # temperature, replica index
    local dir="$OUT/T$1/r$2"
    mkdir -p "$dir"
    "$LMP" -nocite -screen none -log none -in "$here/sample.in" -var sysdir "$sysdir" \
        -var data "$OUT/cooling/r$2/T$1.data" -var T "$1" -var equilsteps "$EQUILSTEPS" \
        -var segsteps "$SEGSTEPS" -var segments "$SEGMENTS" -var nlog "$NLOG" -var outdir "$dir"
    echo "T=$1 replica $2 done"
}
export -f cool_one sample_one
export OUT NATOMS TMELT MELTSTEPS TEMPS TEND RATE THERMOEVERY EQUILSTEPS SEGSTEPS SEGMENTS NLOG \
    LMP here sysdir
seq 0 $((REPLICAS - 1)) | xargs -P "$JOBS" -n 1 bash -c 'cool_one "$0"'
for T in $TEMPS; do for r in $(seq 0 $((REPLICAS - 1))); do echo "$T $r"; done; done |
    xargs -P "$JOBS" -n 2 bash -c 'sample_one "$0" "$1"'
rm -rf "$OUT"/cooling/r*/ # the states at each temperature served their purpose
cat > "$OUT/README.md" <<EOT
$SYSTEM, N=$NATOMS, made by packaging/protocol/run_protocol.sh with Debian's LAMMPS ($("$LMP" -h | sed -n 's/.*Simulator - //p' | head -1)).
The paper's protocol: $REPLICAS independent NPT cooling runs from the melt at T=$TMELT
(equilibrated $MELTSTEPS steps), cooled at $RATE per time unit to $TEND; at each of T = $TEMPS
the cooled state was equilibrated in NVT for $EQUILSTEPS steps, then $SEGMENTS segments of
$SEGSTEPS steps were dumped on a log-spaced schedule (logfreq3, $NLOG frames and the origin).
dt = $DT. The cooling logs are in cooling/ (thermo: Temp Volume Density Enthalpy PotEng).
Analysis: tx-analyze $OUT --dt $DT --system $SYSTEM --thermo-log $OUT/cooling/r0.log --out results
EOT
echo "done: $OUT"
