#!/usr/bin/python3
"""A straightforward numpy implementation of F_s, F_+, F_- and the MSD (docs/science.md, section 2), to
compare speed and numbers with tx-analyze on the same ensemble (bench/compare_numpy.sh).

It reads every T*/r*/seg* LAMMPS dump (xu yu zu, plain or .gz), takes the first frame of each
segment as the time origin (and, with --origin-every, every frame that many timesteps later),
finds the neighbour pairs |r_ij| < r_c there (minimum image, orthogonal box, all pairs tested
in blocks), and averages per origin, then over origins, exactly as tx-analyze does. Prints one JSON object
with the timings and the averaged correlators per temperature.

Usage: numpy_reference.py ENSEMBLE --q Q --rc RC --dt DT [--origin-every STEPS]
"""
import argparse
import gzip
import io
import json
import pathlib
import sys
import time

import numpy as np


def read_dump(path):
    """Frames of a LAMMPS text dump as (timestep, box lengths, positions sorted by id, types)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt") as f:
        lines = f.read().split("\n")
    frames, k = [], 0
    while k < len(lines) and lines[k].startswith("ITEM: TIMESTEP"):
        step = int(lines[k + 1])
        n = int(lines[k + 3])
        bounds = np.loadtxt(io.StringIO("\n".join(lines[k + 5:k + 8])))
        columns = lines[k + 8].split()[2:]
        table = np.loadtxt(io.StringIO("\n".join(lines[k + 9:k + 9 + n])))
        order = np.argsort(table[:, columns.index("id")])
        table = table[order]
        xyz = table[:, [columns.index(c) for c in ("xu", "yu", "zu")]]
        types = table[:, columns.index("type")].astype(int)
        frames.append((step, bounds[:, 1] - bounds[:, 0], xyz, types))
        k += 9 + n
    return frames


def neighbour_pairs(r, box, rc, block=2048):
    """All pairs i < j closer than rc (minimum image), by testing every pair in blocks."""
    first, second = [], []
    for start in range(0, len(r), block):
        d = r[start:start + block, None, :] - r[None, :, :]
        d -= box * np.round(d / box)
        close = np.einsum("abk,abk->ab", d, d) < rc * rc
        i, j = np.nonzero(close)
        i += start
        keep = i < j
        first.append(i[keep])
        second.append(j[keep])
    return np.concatenate(first), np.concatenate(second)


def sinc(x):
    return np.sinc(x / np.pi)  # numpy's sinc is sin(pi x)/(pi x)


def correlate_segment(frames, q, rc, origin_every=0):
    """Per-lag lists of (F_s, F_+, F_-, MSD) of one segment, one entry per time origin: its
    first frame, and with origin_every > 0 every frame that many timesteps later."""
    step0 = frames[0][0]
    out = {}
    for o, (origin_step, box, r0, _) in enumerate(frames):
        if o > 0 and (origin_every <= 0 or (origin_step - step0) % origin_every != 0):
            continue
        i, j = neighbour_pairs(r0, box, rc)
        for step, _, r, _ in frames[o:]:
            dr = r - r0
            plus = 0.5 * (dr[i] + dr[j])
            minus = 0.5 * (dr[i] - dr[j])
            out.setdefault(step - origin_step, []).append((
                sinc(q * np.linalg.norm(dr, axis=1)).mean(),
                sinc(q * np.linalg.norm(plus, axis=1)).mean(),
                sinc(q * np.linalg.norm(minus, axis=1)).mean(),
                np.einsum("ak,ak->a", dr, dr).mean(),
            ))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ensemble")
    parser.add_argument("--q", type=float, required=True)
    parser.add_argument("--rc", type=float, required=True)
    parser.add_argument("--dt", type=float, required=True)
    parser.add_argument("--origin-every", type=int, default=0,
                        help="extra time origins every so many timesteps, as tx-analyze's")
    args = parser.parse_args()
    reading = correlating = 0.0
    temperatures = {}
    for tdir in sorted(pathlib.Path(args.ensemble).glob("T*")):
        per_lag = {}
        for seg in sorted(tdir.glob("r*/seg*")):
            t0 = time.perf_counter()
            frames = read_dump(seg)
            t1 = time.perf_counter()
            for lag, values in correlate_segment(frames, args.q, args.rc,
                                                 args.origin_every).items():
                per_lag.setdefault(lag, []).extend(values)
            correlating += time.perf_counter() - t1
            reading += t1 - t0
        temperatures[tdir.name[1:]] = {
            "t": [lag * args.dt for lag in sorted(per_lag)],
            "Fs_Fplus_Fminus_MSD": [np.mean(per_lag[lag], axis=0).tolist() for lag in sorted(per_lag)],
        }
    json.dump({"read_seconds": reading, "correlate_seconds": correlating,
               "numpy": np.__version__, "temperatures": temperatures}, sys.stdout)


if __name__ == "__main__":
    main()
