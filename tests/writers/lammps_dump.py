"""A small reader of LAMMPS text dumps for the test writers (independent of Tx Workbench's
reader): frames as dicts with the timestep, the true cell (lo, h with the cell vectors as
columns), ids, types and unwrapped positions (and, on request, the image flags), atoms sorted
by id."""
import gzip

import numpy as np


def _true_cell(bounds, tilts):
    """lo and h from the dump's bounding box (LAMMPS Howto triclinic)."""
    (xlo_b, xhi_b), (ylo_b, yhi_b), (zlo, zhi) = bounds
    xy, xz, yz = tilts
    xlo = xlo_b - min(0.0, xy, xz, xy + xz)
    xhi = xhi_b - max(0.0, xy, xz, xy + xz)
    ylo = ylo_b - min(0.0, yz)
    yhi = yhi_b - max(0.0, yz)
    h = np.array([[xhi - xlo, xy, xz], [0.0, yhi - ylo, yz], [0.0, 0.0, zhi - zlo]])
    return np.array([xlo, ylo, zlo]), h


def read_dump(path, images=False):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt") as f:
        lines = f.read().splitlines()
    frames, k = [], 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        if lines[k].startswith("ITEM: UNITS") or lines[k].strip() == "ITEM: TIME":
            k += 2
            continue
        assert lines[k].startswith("ITEM: TIMESTEP"), lines[k]
        step = int(lines[k + 1])
        n = int(lines[k + 3])
        header = lines[k + 4].split()
        rows = [list(map(float, lines[k + 5 + d].split())) for d in range(3)]
        triclinic = "xy" in header
        bounds = [(r[0], r[1]) for r in rows]
        tilts = (rows[0][2], rows[1][2], rows[2][2]) if triclinic else (0.0, 0.0, 0.0)
        lo, h = _true_cell(bounds, tilts)
        columns = lines[k + 8].split()[2:]
        table = np.array([list(map(float, line.split())) for line in lines[k + 9:k + 9 + n]])
        table = table[np.argsort(table[:, columns.index("id")])]
        col = columns.index
        if "xu" in columns:
            r = table[:, [col("xu"), col("yu"), col("zu")]]
        else:
            r = table[:, [col("x"), col("y"), col("z")]]
            if "ix" in columns:
                r = r + table[:, [col("ix"), col("iy"), col("iz")]] @ h.T
        frame = {"step": step, "lo": lo, "h": h, "ids": table[:, col("id")].astype(int),
                 "types": table[:, col("type")].astype(int), "r": r}
        if images:
            frame["images"] = table[:, [col("ix"), col("iy"), col("iz")]].astype(int)
        frames.append(frame)
        k += 9 + n
    return frames
