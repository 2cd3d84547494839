#!/usr/bin/python3
"""The real-file corpus (tests/core/io/tst_real_files.cpp): trajectories written by the
programs users use, with an independent numpy reference for each run.

1. Debian's LAMMPS runs lammps_runs.in three times (orthogonal NVT, triclinic NVT, NPT) and
   writes every dump style it has: custom (xu; x + images; xs + images; gz and zstd), atom,
   xyz, an element column under a habitual name (dump.melt).
2. MDAnalysis's writers (DCD, H5MD), ASE's (extended XYZ) and HOOMD-blue's gsd library write
   the same frames again, read here from LAMMPS's unwrapped dump with lammps_dump.py.
3. numpy computes, from the unwrapped dumps, F_s(q, t) and the MSD with the first frame as
   the only origin, and the number of pairs closer than r_c in the first frame (minimum image
   over all 27 images, so triclinic cells are exact).

Writes OUT/corpus.json, which lists every file with its reference, the files that must be
refused with the words of the message, and every writer that was not available (with why).
Usage: make_corpus.py OUT"""
import bz2
import json
import lzma
import os
import pathlib
import shutil
import subprocess
import sys
import warnings

import numpy as np

from lammps_dump import read_dump

Q, RC = 7.25, 1.4
HERE = pathlib.Path(__file__).resolve().parent


def reference(frames):
    r0 = frames[0]["r"]
    fs, msd = [], []
    for f in frames:
        d = np.linalg.norm(f["r"] - r0, axis=1)
        x = Q * d
        fs.append(float(np.mean(np.where(x > 0, np.sin(x) / np.where(x > 0, x, 1), 1.0))))
        msd.append(float(np.mean(d * d)))
    h = frames[0]["h"]
    shifts = np.array([h @ np.array([i, j, k]) for i in (-1, 0, 1) for j in (-1, 0, 1)
                       for k in (-1, 0, 1)])
    s = np.linalg.solve(h, (r0 - frames[0]["lo"]).T).T
    s -= np.floor(s)
    inside = s @ h.T
    pairs = 0
    for a in range(len(inside) - 1):
        d = inside[a + 1:, None, :] - inside[a] + shifts[None, :, :]
        pairs += int(np.sum(np.min(np.linalg.norm(d, axis=2), axis=1) < RC))
    counts = np.bincount(frames[0]["types"])[1:]
    return {"fs": fs, "msd": msd, "pairs": pairs, "steps": [f["step"] for f in frames],
            "type_counts": [int(c) for c in counts]}


def npt_bounds(frames, reference_frames):
    """Per frame, how far F_s and the MSD from minimum-image unwrapping in each frame's box may
    be from LAMMPS's x + n L(t) (orthogonal box). For atom i along each direction the two
    displacements since frame 0 differ by at most |n_i(0)| |L(k) - L(0)| plus, for each
    crossing between frames j-1 and j, the change of L since then; F_s moves by at most
    0.4362 q per unit of displacement (the largest slope of sin x / x), and each |dr|^2 by
    at most 2 |dr| delta + delta^2."""
    n = np.array([f["images"] for f in frames])  # frames x atoms x 3
    lengths = np.array([np.diag(f["h"]) for f in frames])  # frames x 3
    r0 = reference_frames[0]["r"]
    fs_bound, msd_bound = [], []
    for k in range(len(frames)):
        delta = np.abs(n[0]) * np.abs(lengths[k] - lengths[0])
        for j in range(1, k + 1):
            since = np.maximum(np.abs(lengths[k] - lengths[j]), np.abs(lengths[k] - lengths[j - 1]))
            delta = delta + np.abs(n[j] - n[j - 1]) * since
        per_atom = np.linalg.norm(delta, axis=1)
        moved = np.linalg.norm(reference_frames[k]["r"] - r0, axis=1)
        fs_bound.append(float(0.4362 * Q * per_atom.mean()))
        msd_bound.append(float(np.mean(2 * moved * per_atom + per_atom ** 2)))
    return fs_bound, msd_bound


def cell_parameters(h):
    a, b, c = h[:, 0], h[:, 1], h[:, 2]
    angle = lambda u, v: float(np.degrees(np.arccos(u @ v / np.linalg.norm(u) / np.linalg.norm(v))))
    return [float(np.linalg.norm(a)), float(np.linalg.norm(b)), float(np.linalg.norm(c)),
            angle(b, c), angle(a, c), angle(a, b)]


def write_with_mdanalysis(frames, out):
    import MDAnalysis as mda
    from MDAnalysis.coordinates.memory import MemoryReader
    n = len(frames[0]["ids"])
    u = mda.Universe.empty(n, trajectory=False)
    u.load_new(np.array([f["r"] for f in frames], dtype=np.float32), format=MemoryReader,
               dimensions=np.array([cell_parameters(f["h"]) for f in frames]))
    # MDAnalysis's own units (its H5MD writer records them as H5MD "unit" attributes).
    u.trajectory.units = {"length": "Angstrom", "time": "ps"}
    with mda.Writer(str(out), n) as w:
        for _ in u.trajectory:
            w.write(u.atoms)


def write_h5md_with_h5py(frames, out, species):
    """H5MD as ZnH5MD and ASE-based tools lay it out, written with h5py: species stored per
    frame as floats, or as an HDF5 enum (both allowed by the H5MD specification)."""
    import h5py
    with h5py.File(out, "w") as f:
        f.create_group("h5md").attrs["version"] = np.array([1, 1])
        group = f.create_group("particles/all")
        box = group.create_group("box")
        box.attrs["dimension"] = 3
        box.attrs["boundary"] = np.array([b"periodic"] * 3)
        box.create_dataset("edges", data=np.diag(frames[0]["h"]))
        position = group.create_group("position")
        position.create_dataset("value", data=np.array([fr["r"] for fr in frames]))
        position.create_dataset("step", data=np.array([fr["step"] for fr in frames]))
        types = np.array([fr["types"] for fr in frames])
        if species == "float":
            kind = group.create_group("species")
            kind.create_dataset("value", data=types.astype(np.float64))
            kind["step"] = position["step"]  # a hard link, as H5MD writers do
        else:
            enum = h5py.enum_dtype({"Ni": 1, "P": 2}, basetype="i4")
            group.create_dataset("species", data=types[0].astype(np.int32), dtype=enum)


def write_with_ase(frames, out):
    import ase
    import ase.io
    images = []
    for f in frames:
        atoms = ase.Atoms(symbols=["Ni" if t == 1 else "P" for t in f["types"]],
                          positions=f["r"], cell=f["h"].T, pbc=True)
        atoms.info["step"] = f["step"]
        images.append(atoms)
    ase.io.write(str(out), images, format="extxyz")


def main():
    out = pathlib.Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    corpus = {"q": Q, "rc": RC, "references": {}, "files": [], "refused": [], "skipped": []}

    def add(name, writer, ref, tolerance=1e-4, steps_kept=True, options=None, units=("", ""),
            types_kept=True):
        corpus["files"].append({"file": name, "writer": writer, "reference": ref,
                                "tolerance": tolerance, "steps_kept": steps_kept,
                                "types_kept": types_kept, "options": options or {},
                                "units": list(units)})

    lmp = shutil.which("lmp")
    if not lmp:
        corpus["skipped"].append({"writer": "LAMMPS", "why": "lmp not found (Debian package lammps)"})
        (out / "corpus.json").write_text(json.dumps(corpus, indent=1))
        return
    for run in ("ortho", "tri", "npt"):
        subprocess.run([lmp, "-in", str(HERE / "lammps_runs.in"), "-var", "out", str(out),
                        "-var", "run", run, "-log", str(out / f"log.{run}"), "-screen", "none"],
                       check=True, cwd=out)
    frames = {"ortho": read_dump(out / "lmp_custom_xu.lammpstrj"),
              "tri": read_dump(out / "lmp_tri_xu.lammpstrj"),
              "npt": read_dump(out / "lmp_npt_xu.lammpstrj")}
    for run, f in frames.items():
        corpus["references"][run] = reference(f)

    add("lmp_custom_xu.lammpstrj", "LAMMPS dump custom (xu yu zu, units)", "ortho",
        units=("σ", "τ"))
    add("lmp_custom_images.lammpstrj.gz", "LAMMPS dump custom/gz (x y z ix iy iz)", "ortho")
    add("lmp_custom_scaled.lammpstrj.zst", "LAMMPS dump custom/zstd (xs ys zs ix iy iz)", "ortho")
    # LAMMPS has no bzip2 or xz dump: its own text, compressed by Python's bz2 and lzma
    # (libbz2, liblzma), the way users compress finished dumps.
    for module, suffix in ((bz2, ".bz2"), (lzma, ".xz")):
        name = "lmp_custom_xu.lammpstrj" + suffix
        (out / name).write_bytes(module.compress((out / "lmp_custom_xu.lammpstrj").read_bytes()))
        add(name, f"LAMMPS dump custom (xu yu zu), {module.__name__}-compressed", "ortho",
            units=("σ", "τ"))
    add("lmp_atom.lammpstrj", "LAMMPS dump atom (xs ys zs, wrapped)", "ortho")
    add("dump.melt", "LAMMPS dump custom (element column, habitual name)", "ortho")
    add("lmp_tri_xu.lammpstrj", "LAMMPS dump custom, triclinic (xu yu zu)", "tri")
    add("lmp_tri_images.lammpstrj", "LAMMPS dump custom, triclinic (x y z ix iy iz)", "tri")
    add("lmp_npt_xu.lammpstrj", "LAMMPS dump custom, NPT (xu yu zu)", "npt")
    add("lmp_npt_images.lammpstrj", "LAMMPS dump custom, NPT (x y z ix iy iz)", "npt")
    # Wrapped NPT positions are unwrapped by minimum-image jumps in each frame's box, while
    # LAMMPS's xu is x + n L(t): F_s and the MSD may differ by what npt_bounds says
    # (README, "NPT runs").
    add("lmp_npt_wrapped.lammpstrj", "LAMMPS dump custom, NPT (x y z, wrapped)", "npt",
        tolerance=1e-4)
    corpus["files"][-1]["fs_bound"], corpus["files"][-1]["msd_bound"] = npt_bounds(
        read_dump(out / "lmp_npt_images.lammpstrj", images=True), frames["npt"])
    corpus["refused"].append({"file": "lmp_plain.xyz", "writer": "LAMMPS dump xyz",
                              "words": "no Lattice=\"...\" in the comment line"})

    warnings.filterwarnings("ignore")
    for run, name in (("ortho", "mda.dcd"), ("tri", "mda_tri.dcd"), ("ortho", "mda.h5md")):
        try:
            write_with_mdanalysis(frames[run], out / name)
            h5md = name.endswith("h5md")
            add(name, "MDAnalysis " + ("H5MDWriter" if h5md else "DCDWriter")
                + (", triclinic" if run == "tri" else ""), run, steps_kept=False,
                options={"dcd_unwrapped": True}, units=("Å", "ps") if h5md else ("", ""),
                types_kept=False)
        except Exception as e:  # a writer that is missing or fails is said, not hidden
            corpus["skipped"].append({"writer": "MDAnalysis " + name, "why": repr(e)})
    for species in ("float", "enum"):
        name = f"h5py_species_{species}.h5md"
        try:
            write_h5md_with_h5py(frames["ortho"], out / name, species)
            add(name, f"h5py, H5MD with species as {species} (ZnH5MD/ASE layout)", "ortho",
                options={"h5md_unwrapped": True})
        except Exception as e:
            corpus["skipped"].append({"writer": "h5py " + name, "why": repr(e)})
    try:  # MDAnalysis's XYZWriter writes no cell: refused like LAMMPS's dump xyz
        write_with_mdanalysis(frames["ortho"], out / "mda.xyz")
        corpus["refused"].append({"file": "mda.xyz", "writer": "MDAnalysis XYZWriter",
                                  "words": "no Lattice=\"...\" in the comment line"})
    except Exception as e:
        corpus["skipped"].append({"writer": "MDAnalysis mda.xyz", "why": repr(e)})
    try:
        write_with_ase(frames["ortho"], out / "ase.extxyz")
        add("ase.extxyz", "ASE extended XYZ", "ortho", steps_kept=False)
    except Exception as e:
        corpus["skipped"].append({"writer": "ASE", "why": repr(e)})
    for run, dump, name in (("ortho", "lmp_custom_xu.lammpstrj", "hoomd.gsd"),
                            ("tri", "lmp_tri_xu.lammpstrj", "hoomd_tri.gsd")):
        result = subprocess.run([sys.executable, str(HERE / "gsd_from_dump.py"), str(out / dump),
                                 str(out / name)], capture_output=True, text=True)
        if result.returncode == 0:
            add(name, "HOOMD-blue gsd (python3-gsd)" + (", triclinic" if run == "tri" else ""),
                run)
        else:
            corpus["skipped"].append({"writer": "gsd " + name, "why": result.stderr[-300:]})
    (out / "corpus.json").write_text(json.dumps(corpus, indent=1, ensure_ascii=False),
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
