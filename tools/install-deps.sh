#!/usr/bin/env bash
# Installs the Debian 12 packages that Tx Workbench builds and tests with (as root, or via
# sudo). Does nothing when they are all present already.
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build      # toolchain
  qt6-base-dev                           # Qt 6 Core, Widgets, PrintSupport, Qt Test
  qt6-svg-dev                            # SVG figure export
  qt6-tools-dev qt6-l10n-tools           # Qt Linguist: lupdate/lrelease for translations/
  libqcustomplot-dev                     # plots (the Qt 6 build, QCustomPlotQt6)
  libqt6opengl6-dev                      # Qt6::OpenGLWidgets for the 3D view (only a Recommends)
  libvtk9-dev                            # the 3D view (VTK 9.1, used without its Qt 5 module)
  xvfb xauth libgl1-mesa-dri             # the 3D view's tests run under Xvfb with Mesa
  fonts-dejavu-core                      # the figures' and reports' typeface (DejaVu Sans, Mono)
  fonts-wqy-microhei                     # Chinese glyphs for the zh_CN translation (else boxes)
  poppler-utils                          # the tests read exported PDFs back (pdftotext -bbox)
  python3-matplotlib                     # the tests run the matplotlib scripts beside each figure
  libtbb-dev libeigen3-dev               # parallel loops, linear algebra
  libisal-dev                            # streaming gzip reading of trajectories (igzip, ~3x zlib)
  zlib1g-dev                             # gzip writing in tests, CRC-32 of caches
  libbz2-dev libzstd-dev liblzma-dev     # streaming .bz2, .zst (LAMMPS dump */zstd) and .xz reading
  bzip2 zstd xz-utils                    # the tests compress trajectories with the users' tools
  libhdf5-dev pkg-config                 # H5MD trajectories (serial HDF5, found by pkg-config)
  libfast-float-dev                      # fast, exact text-to-double parsing
  libsleef-dev                           # vectorised sines (1 ulp) for the correlator kernels
  libcli11-dev nlohmann-json3-dev        # command line, JSON manifest and summary
  libbenchmark-dev                       # bench/ programs
  libopenmpi-dev openmpi-bin             # tx-analyze-mpi and its mpirun test
  lammps python3-numpy                   # the real-file corpus: files written by LAMMPS itself,
  python3-mdanalysis python3-h5py        # MDAnalysis (DCD, H5MD through h5py),
  python3-ase python3-gsd                # ASE (extended XYZ) and HOOMD-blue's gsd library
)
missing=()
for p in "${PACKAGES[@]}"; do
  [[ $p == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
