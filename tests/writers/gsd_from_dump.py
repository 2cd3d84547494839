#!/usr/bin/python3
"""Writes a LAMMPS text dump (unwrapped, or wrapped with image flags) again as a HOOMD-blue
GSD file with Debian's python3-gsd: HOOMD's centred box with dimensionless tilt factors,
positions wrapped into it, images, typeid = type - 1.

Usage: gsd_from_dump.py DUMP OUT.gsd [--no-images]"""
import sys

import gsd
import gsd.hoomd
import numpy as np

from lammps_dump import read_dump


def open_for_writing(path):
    for mode in ("w", "wb"):  # gsd 3 and gsd 2 spell it differently
        try:
            return gsd.hoomd.open(name=path, mode=mode)
        except ValueError:
            continue
    raise RuntimeError("gsd.hoomd.open refused both write modes")


def main():
    dump, out = sys.argv[1], sys.argv[2]
    images = "--no-images" not in sys.argv
    frames = read_dump(dump)
    snapshot_class = getattr(gsd.hoomd, "Frame", None) or gsd.hoomd.Snapshot
    with open_for_writing(out) as trajectory:
        for f in frames:
            h = f["h"]
            lx, ly, lz = h[0, 0], h[1, 1], h[2, 2]
            # HOOMD's box is centred on the origin: shift the whole configuration rigidly.
            r = f["r"] - f["lo"] - 0.5 * h.sum(axis=1)
            s = np.linalg.solve(h, r.T).T
            image = np.floor(s + 0.5)
            wrapped = r - image @ h.T
            snap = snapshot_class()
            snap.configuration.step = f["step"]
            snap.configuration.box = [lx, ly, lz, h[0, 1] / ly, h[0, 2] / lz, h[1, 2] / lz]
            snap.particles.N = len(f["ids"])
            names = sorted(set(f["types"]))
            snap.particles.types = [chr(ord("A") + t - 1) for t in range(1, max(names) + 1)]
            snap.particles.typeid = (f["types"] - 1).astype(np.uint32)
            snap.particles.position = wrapped.astype(np.float32)
            if images:
                snap.particles.image = image.astype(np.int32)
            trajectory.append(snap)


if __name__ == "__main__":
    main()
