#!/usr/bin/python3
"""Open to first result (issue 17), in one run on a 63-file, 1000-atom Kob-Andersen-like
ensemble (bench/make_ka_ensemble.py): tx-analyze with q and r_c given (the values it finds
itself) and choosing them from S(q) and g(r); tx-workbench (offscreen, --timing) to the first
drawn result and to all results. Best of three runs each. Prints the times and the ratios the
issue sets targets for: automatic / given <= 1.25, the workbench's first result < 1 s, all
results <= 1.3 x the CLI's automatic run.

Usage: bench/open_to_first_result.py BUILD_DIR
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent


def best(command, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build")
    analyze, workbench = build / "app" / "tx-analyze", build / "app" / "tx-workbench"
    with tempfile.TemporaryDirectory() as work:
        ensemble = pathlib.Path(work) / "ka63"
        subprocess.run([sys.executable, HERE / "make_ka_ensemble.py", ensemble], check=True)
        out = pathlib.Path(work) / "out"
        auto, run = best([analyze, ensemble, "--out", out])
        found = re.search(r"q = ([0-9.]+) .*r_c = ([0-9.]+)", run.stderr)
        q, rc = found.group(1), found.group(2)
        given, _ = best([analyze, ensemble, "--q", q, "--rc", rc, "--out", out])
        print(f"63 files, 1000 atoms, {os.cpu_count()} cores; q = {q}, r_c = {rc}")
        print(f"tx-analyze, q and r_c given:     {given:6.3f} s")
        print(f"tx-analyze, q and r_c automatic: {auto:6.3f} s  "
              f"(x {auto / given:.2f} of given; target <= 1.25)")
        if not workbench.exists():
            return
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        firsts, alls = [], []
        for _ in range(3):
            text = subprocess.run([workbench, ensemble, "--timing"], capture_output=True,
                                  text=True, check=True, env=env).stdout
            firsts.append(float(re.search(r"first result drawn after ([0-9.]+)", text)[1]))
            alls.append(float(re.search(r"all results drawn after ([0-9.]+)", text)[1]))
        print(f"tx-workbench, first result drawn: {min(firsts):6.3f} s  (target < 1 s)")
        print(f"tx-workbench, all results drawn:  {min(alls):6.3f} s  "
              f"(x {min(alls) / auto:.2f} of the CLI's automatic run; target <= 1.3)")


if __name__ == "__main__":
    main()
