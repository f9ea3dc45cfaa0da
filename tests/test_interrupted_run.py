"""``make run`` interrupted (Ctrl-C) and re-run into a used output folder (issue 17)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest

from helpers.core.paths import FIXTURES, PROJECT_ROOT
from helpers.report.run_all import run_notebooks

PARAMETERS = 'CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""'


def _notebook(folder: Path, name: str, code: str) -> Path:
    """A tiny numbered notebook with a papermill parameters cell."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3", "language": "python"
    }
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def _wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            pytest.fail(f"{path} never appeared")
        time.sleep(0.2)


def test_ctrl_c_stops_running_and_queued_notebooks(tmp_path):
    books, out = tmp_path / "nbs", tmp_path / "out"
    books.mkdir()
    marker = tmp_path / "slow-started"
    _notebook(books, "01_fast", "x = 1")
    _notebook(
        books,
        "02_slow",
        f"import os, pathlib, time\npathlib.Path({str(marker)!r}).write_text(str(os.getpid()))\n"
        "time.sleep(300)",
    )
    _notebook(books, "03_queued", f"open({str(tmp_path / 'queued-ran')!r}, 'w').close()")
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    proc = subprocess.Popen(
        [sys.executable, "scripts/run_notebooks.py", "--corpus", str(FIXTURES / "plain"),
         "--output", str(out), "--notebooks", str(books), "--jobs", "1", "--no-html",
         "--no-tables"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        _wait_for(marker, 240)
        kernel_pid = int(marker.read_text())
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
        elapsed = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert elapsed < 30  # prompt: the 300 s sleep was cut short
    lines = stderr.strip().splitlines()
    assert lines == [
        "interrupted: 1 notebook(s) finished (01_fast); stopped 02_slow; not started 03_queued"
    ], stderr
    assert "Traceback" not in stderr + stdout
    assert not (tmp_path / "queued-ran").exists()
    time.sleep(1)
    assert not psutil.pid_exists(kernel_pid) or psutil.Process(kernel_pid).status() == "zombie"
    executed = sorted(p.name for p in (out / "notebooks").iterdir())
    assert executed == ["01_fast.ipynb"]  # no partial or KeyboardInterrupt copy beside it


def test_a_run_moves_the_previous_runs_outputs_aside(tmp_path):
    books, out = tmp_path / "nbs", tmp_path / "out"
    books.mkdir()
    for folder, name in (("figures", "stale-figure.png"), ("tables", "stale.csv"),
                         ("processed", "old.parquet")):
        (out / folder).mkdir(parents=True)
        (out / folder / name).write_bytes(b"old")
    (out / "figures" / "INDEX.md").write_text("| [stale-figure](stale-figure.png) |\n")
    (out / "notes.txt").write_text("mine")  # not the run's: left alone
    code = (
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "import pandas as pd\nfrom helpers.report.figures import save_figure\n"
        "fig, ax = plt.subplots()\nax.plot([1, 2], [3, 4])\n"
        "save_figure(fig, 'fresh', pd.DataFrame({'x': [1, 2]}), 'Fresh', OUTPUT_DIR, '01_fig')"
    )
    _notebook(books, "01_fig", code)
    lines: list[str] = []
    plain = PROJECT_ROOT / "tests" / "fixtures" / "plain"
    run_notebooks(plain, out, notebooks=[books / "01_fig.ipynb"], html=False,
                  progress=lines.append, jobs=1)
    moved = [line for line in lines if line.startswith("moved the previous run's")]
    assert len(moved) == 1 and "4 file(s)" in moved[0] and str(out / ".previous-run") in moved[0]
    assert sorted(p.name for p in (out / "figures").glob("*.png")) == ["fresh.png"]
    index = (out / "figures" / "INDEX.md").read_text(encoding="utf-8")
    assert "fresh" in index and "stale" not in index
    assert not (out / "tables").exists()
    assert sorted(p.name for p in (out / "processed").iterdir()) == [
        "articles.parquet", "blocks.parquet", "sentences.parquet"
    ]
    assert (out / ".previous-run" / "figures" / "stale-figure.png").read_bytes() == b"old"
    assert (out / "notes.txt").read_text() == "mine"
