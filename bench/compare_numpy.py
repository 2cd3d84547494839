#!/usr/bin/python3
"""tx-analyze against the straightforward numpy implementation (numpy_reference.py) on the
same data, in one run: the bundled demo ensemble and a larger synthetic one (Brownian
walkers, written here as LAMMPS dumps). Prints wall times, their ratios and the largest
difference between the two sets of correlators. Exits 1 if the numbers disagree.

Usage: bench/compare_numpy.py [path/to/tx-analyze]   (default build/app/tx-analyze)
"""
import csv
import json
import pathlib
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import numpy_reference  # noqa: E402


def write_brownian_ensemble(root, atoms, temperatures, replicas, segments):
    """Independent walkers (D = 0.01 T) in a cubic box at density 1.2, 21 log-spaced frames."""
    rng = np.random.default_rng(5)
    box = (atoms / 1.2) ** (1 / 3)
    steps = np.unique(np.round(np.logspace(1, np.log10(20000), 20)).astype(int))
    steps = np.concatenate([[0], steps])
    for temperature in temperatures:
        for r in range(replicas):
            for s in range(segments):
                path = root / f"T{temperature}" / f"r{r}" / f"seg{s}.lammpstrj"
                path.parent.mkdir(parents=True, exist_ok=True)
                x = rng.uniform(0, box, (atoms, 3))
                types = np.where(np.arange(atoms) < 0.8 * atoms, 1, 2)
                ids = np.arange(1, atoms + 1)
                last = 0
                with open(path, "w") as f:
                    for step in steps:
                        x = x + rng.normal(0, np.sqrt(2 * 0.01 * temperature * 0.005 * (step - last)), x.shape)
                        last = step
                        f.write(f"ITEM: TIMESTEP\n{step}\nITEM: NUMBER OF ATOMS\n{atoms}\n"
                                f"ITEM: BOX BOUNDS pp pp pp\n0 {box!r}\n0 {box!r}\n0 {box!r}\n"
                                "ITEM: ATOMS id type xu yu zu\n")
                        np.savetxt(f, np.column_stack([ids, types, x]), fmt="%d %d %.9f %.9f %.9f")


def run_tx(tx, ensemble, q, rc, dt, threads, out):
    start = time.perf_counter()
    subprocess.run([tx, str(ensemble), "--q", repr(q), "--rc", repr(rc), "--dt", repr(dt),
                    "--bootstrap", "0", "--threads", str(threads), "--quiet", "--out", str(out)],
                   check=True)
    return time.perf_counter() - start


def run_numpy(ensemble, q, rc, dt):
    start = time.perf_counter()
    out = subprocess.run([sys.executable, str(HERE / "numpy_reference.py"), str(ensemble),
                          "--q", repr(q), "--rc", repr(rc), "--dt", repr(dt)],
                         check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - start, json.loads(out)


def largest_difference(reference, out):
    worst = 0.0
    for temperature, data in reference["temperatures"].items():
        with open(out / "correlators" / f"T{temperature}.csv") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == len(data["t"]), f"T{temperature}: lag counts differ"
        for row, values in zip(rows, data["Fs_Fplus_Fminus_MSD"]):
            ours = [float(row[c]) for c in ("Fs", "Fplus", "Fminus", "MSD")]
            scale = [1, 1, 1, max(1.0, values[3])]
            worst = max(worst, max(abs(a - b) / s for a, b, s in zip(ours, values, scale)))
    return worst


def main():
    tx = sys.argv[1] if len(sys.argv) > 1 else "build/app/tx-analyze"
    cases = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        synthetic = scratch / "brownian"
        write_brownian_ensemble(synthetic, 8000, [1.0, 2.0], 2, 2)
        cases = [("demo-ka (N=400, 5 T x 3 x 2 files)", HERE.parent / "data" / "demo-ka", 7.245, 1.39),
                 ("Brownian (N=8000, 2 T x 2 x 2 files)", synthetic, 7.25, 1.4)]
        print(f"numpy {np.__version__}; times are wall seconds, best of 3\n")
        print(f"{'data':40s} {'numpy':>8s} {'tx 1 thr':>9s} {'tx all':>8s} "
              f"{'ratio 1':>8s} {'ratio all':>9s} {'max diff':>9s}")
        failed = False
        for name, ensemble, q, rc in cases:
            numpy_times, reference = zip(*[run_numpy(ensemble, q, rc, 0.005) for _ in range(3)])
            one = min(run_tx(tx, ensemble, q, rc, 0.005, 1, scratch / "one") for _ in range(3))
            every = min(run_tx(tx, ensemble, q, rc, 0.005, 0, scratch / "all") for _ in range(3))
            diff = largest_difference(reference[0], scratch / "all")
            best = min(numpy_times)
            print(f"{name:40s} {best:8.3f} {one:9.3f} {every:8.3f} "
                  f"{best / one:7.1f}x {best / every:8.1f}x {diff:9.1e}")
            print(f"{'':40s} (numpy: reading {reference[0]['read_seconds']:.3f} s, "
                  f"correlating {reference[0]['correlate_seconds']:.3f} s)")
            failed |= diff > 1e-9
    if failed:
        print("the correlators disagree", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
