"""Wall and CPU seconds per notebook, and its slowest cells, on a corpus whose store is built.

Why: ``make run`` strips cell durations from the executed copies (two clones must write the
same bytes), so this runs the notebooks with papermill directly and keeps them. Build the store
first (``make tables CORPUS=... OUT=...``) and pass the same ``--output``::

    python benchmarks/profile_notebooks.py --corpus build/bench/archive --output build/arch \\
        01_corpus_overview 02_sentiment

CPU seconds are the kernel's (a child process, reaped when papermill shuts it down) plus this
process's own, from ``resource.getrusage``; the load average is printed beside them because
the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from helpers.core.paths import NOTEBOOKS, PROJECT_ROOT


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its reaped children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def slowest_cells(executed: Path, top: int) -> list[tuple[float, int, str]]:
    """The ``top`` slowest code cells of an executed notebook: (seconds, index, first line)."""
    cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    timed = []
    for i, cell in enumerate(cells):
        seconds = cell.get("metadata", {}).get("papermill", {}).get("duration")
        if cell["cell_type"] == "code" and seconds is not None:
            first = next((line for line in "".join(cell["source"]).splitlines() if line), "")
            timed.append((float(seconds), i, first[:70]))
    return sorted(timed, reverse=True)[:top]


def profile(name: str, corpus: str, output: str, workdir: Path, top: int,
            extra: dict[str, str] | None = None) -> dict:
    """Execute one notebook and return its wall and CPU seconds and slowest cells.

    ``extra``: more parameters, e.g. ``{"THEME": "housing"}`` for a run of the theme template.
    """
    import papermill as pm

    from helpers.report.run_all import kernel_config

    executed = workdir / f"{name}.ipynb"
    load = os.getloadavg()[0]
    cpu0, wall0 = _cpu(), time.perf_counter()
    pm.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(executed), kernel_name="python3",
                        parameters={"CORPUS": corpus, "OUTPUT_DIR": output, "DATE": "",
                                    **(extra or {})},
                        cwd=str(PROJECT_ROOT), progress_bar=False,
                        config=kernel_config(workdir))  # IPC sockets, as make run
    return {"notebook": name, "wall": time.perf_counter() - wall0, "cpu": _cpu() - cpu0,
            "load": (load, os.getloadavg()[0]), "cells": slowest_cells(executed, top)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", help="notebook names without .ipynb")
    parser.add_argument("--corpus", required=True, help="corpus file or folder")
    parser.add_argument("--output", required=True, help="output folder holding store/")
    parser.add_argument("--top", type=int, default=6, help="slowest cells to print")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="another notebook parameter (repeatable), e.g. THEME=housing")
    args = parser.parse_args()
    workdir = Path(args.output) / "profile"
    workdir.mkdir(parents=True, exist_ok=True)
    for name in args.notebooks:
        extra = dict(p.split("=", 1) for p in args.param)
        r = profile(name, args.corpus, args.output, workdir, args.top, extra)
        print(f"{r['notebook']}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
              f"[load {r['load'][0]:.1f} -> {r['load'][1]:.1f}]", flush=True)
        for seconds, index, first in r["cells"]:
            print(f"    cell {index:>2}: {seconds:6.1f} s  {first}", flush=True)


if __name__ == "__main__":
    main()
