#!/usr/bin/env python3
"""A Kob-Andersen-like ensemble for the open-to-first-result benchmark (tools/run-bench.sh):
7 temperatures x 3 replicas x 3 gzipped LAMMPS dumps of 1000 atoms (63 files), as in issue 17.

The structure is a real KA liquid's (one configuration made by Debian's lmp with
bench/ka_liquid.in), so that S(q) and g(r) give the KA q of about 7.25 and r_c of about 1.4
and the pair correlators see KA neighbour shells; the motion is Brownian with D = 0.02 T
from that configuration (each replica and segment its own noise), 60 log-spaced frames up to
step 10000, listed with dt = 0.005 and LJ units in its manifest.json. Usage: make_ka_ensemble.py OUT_DIR
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def liquid(work):
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run(["lmp", "-in", os.path.join(here, "ka_liquid.in"), "-log", "none",
                    "-screen", "none"], cwd=work, check=True)
    with open(os.path.join(work, "liquid.lammpstrj")) as f:
        lines = f.read().splitlines()
    n = int(lines[3])
    box = float(lines[5].split()[1])
    atoms = np.array([[float(v) for v in line.split()] for line in lines[9:9 + n]])
    return box, atoms[:, 1].astype(int), atoms[:, 2:5]


def main():
    out = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        box, types, x0 = liquid(work)
    steps = [0] + sorted({int(s) for s in np.geomspace(10, 10000, 59)})
    dt = 0.005
    rng = np.random.default_rng(2026)
    manifest = {"dt": dt, "units": "lj", "temperatures": []}
    for t in ["0.45", "0.5", "0.55", "0.6", "0.7", "0.8", "1.0"]:
        diffusion = 0.02 * float(t)
        manifest["temperatures"].append({"T": float(t), "replicas": []})
        for r in range(3):
            manifest["temperatures"][-1]["replicas"].append(
                {"segments": [f"T{t}/r{r}/seg{s}.lammpstrj.gz" for s in range(3)]})
            folder = os.path.join(out, f"T{t}", f"r{r}")
            os.makedirs(folder, exist_ok=True)
            for s in range(3):
                x = x0 + rng.normal(0, 0.03, x0.shape)  # each segment its own start
                previous = 0
                with gzip.open(os.path.join(folder, f"seg{s}.lammpstrj.gz"), "wt",
                               compresslevel=6) as f:
                    for step in steps:
                        x = x + rng.normal(0, np.sqrt(2 * diffusion * (step - previous) * dt),
                                           x.shape)
                        previous = step
                        f.write(f"ITEM: TIMESTEP\n{step}\nITEM: NUMBER OF ATOMS\n{len(x)}\n"
                                f"ITEM: BOX BOUNDS pp pp pp\n0 {box}\n0 {box}\n0 {box}\n"
                                "ITEM: ATOMS id type xu yu zu\n")
                        f.write("\n".join(f"{i + 1} {types[i]} {p[0]:.6f} {p[1]:.6f} {p[2]:.6f}"
                                          for i, p in enumerate(x)))
                        f.write("\n")
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
