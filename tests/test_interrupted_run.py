"""``make run`` interrupted (Ctrl-C) and re-run into a used output folder (issue 17)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
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


#: Waits with wide margins (at load 7-9 on 2 cores the slow notebook started 13-22 s after the
#: run and the run stopped 2.7-4.6 s after Ctrl-C). What is checked does not depend on them: the
#: slow notebook sleeps far longer than the test waits, so a run that waits for it fails.
START_SECONDS, STOP_SECONDS, SLOW_SLEEP = 300, 120, 3600


def _wait_for(path: Path, proc: subprocess.Popen, seconds: float) -> None:
    """Wait until ``path`` exists; fail at once, with the run's stderr, if the run ends first."""
    deadline = time.monotonic() + seconds
    while not path.exists():
        if proc.poll() is not None:
            pytest.fail(f"the run ended before {path.name} appeared: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            pytest.fail(f"{path} never appeared")
        time.sleep(0.2)


def _gone(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` ends (or is a zombie left for init) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.2)
    return False


#: Starts the runner as a terminal's foreground job is started: SIGINT at its default disposition.
#: A test runner started as a background job of a non-interactive shell has SIGINT ignored, its
#: children inherit that, and Python then never raises KeyboardInterrupt: the run went on and
#: the test timed out (reproduced: a loop of this test started with ``&``).
AS_IN_A_TERMINAL = [sys.executable, "-c", (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])")]


def _kill_tree(proc: subprocess.Popen) -> None:
    """After a failure: the runner and everything it started (kernels run in their own
    session, so a process group does not reach them)."""
    with contextlib.suppress(psutil.NoSuchProcess):
        victims = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
        for victim in victims:
            with contextlib.suppress(psutil.NoSuchProcess):
                victim.kill()
    proc.wait()


def test_ctrl_c_stops_running_and_queued_notebooks(tmp_path, request):
    books, out = tmp_path / "nbs", tmp_path / "out"
    books.mkdir()
    marker = tmp_path / "slow-started"
    _notebook(books, "01_fast", "x = 1")
    _notebook(  # the marker is written whole (renamed into place), then a sleep to cut short
        books,
        "02_slow",
        f"import os, pathlib, time\nmarker = pathlib.Path({str(marker)!r})\n"
        "marker.with_suffix('.tmp').write_text(str(os.getpid()))\n"
        f"marker.with_suffix('.tmp').replace(marker)\ntime.sleep({SLOW_SLEEP})\n"
        f"open({str(tmp_path / 'slow-finished')!r}, 'w').close()",
    )
    _notebook(books, "03_queued", f"open({str(tmp_path / 'queued-ran')!r}, 'w').close()")
    # the run's temporary folder, to check that nothing is left in it; short, because the
    # fork server's socket lives there too and a socket path is limited to ~107 bytes (under
    # pytest-xdist tmp_path/"tmp" was too long: "AF_UNIX path too long")
    tmp = Path(tempfile.mkdtemp(prefix="nst-"))
    request.addfinalizer(lambda: shutil.rmtree(tmp, ignore_errors=True))
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TMPDIR=str(tmp))
    proc = subprocess.Popen(
        [*AS_IN_A_TERMINAL, "scripts/run_notebooks.py", "--corpus", str(FIXTURES / "plain"),
         "--output", str(out), "--notebooks", str(books), "--jobs", "1", "--no-html",
         "--no-tables"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, which Ctrl-C signals as a whole
    )
    try:
        _wait_for(marker, proc, START_SECONDS)
        kernel_pid = int(marker.read_text())
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group gets it
        try:  # prompt: the notebook's sleep is cut short, the run does not wait for it
            stdout, stderr = proc.communicate(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the run did not stop within {STOP_SECONDS}s of Ctrl-C")
    finally:
        if proc.poll() is None:
            _kill_tree(proc)
    assert proc.returncode == 130, stderr
    assert not (tmp_path / "slow-finished").exists()
    lines = stderr.strip().splitlines()
    assert lines == [
        "interrupted: 1 notebook finished (01_fast); stopped 02_slow; not started 03_queued"
    ], stderr
    assert "Traceback" not in stderr + stdout
    assert not (tmp_path / "queued-ran").exists()
    gone = _gone(kernel_pid, 30)
    if not gone:  # leave no 3600 s sleeper behind a failing test
        with contextlib.suppress(psutil.NoSuchProcess):
            psutil.Process(kernel_pid).kill()
    assert gone, "the stopped notebook's kernel is still running"
    executed = sorted(p.name for p in (out / "notebooks").iterdir())
    assert executed == ["01_fast.ipynb"]  # no partial or KeyboardInterrupt copy beside it
    # the stopped worker's kernel-socket folder goes too (a signal gives it no time to clean up)
    assert not sorted(p.name for p in tmp.glob("ns-kernel-*")), sorted(tmp.iterdir())


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
    assert len(moved) == 1 and "4 files" in moved[0] and str(out / ".previous-run") in moved[0]
    assert sorted(p.name for p in (out / "figures").glob("*.png")) == ["fresh.png"]
    index = (out / "figures" / "INDEX.md").read_text(encoding="utf-8")
    assert "fresh" in index and "stale" not in index
    assert not (out / "tables").exists()
    assert sorted(p.name for p in (out / "processed").iterdir()) == [
        "articles.parquet", "blocks.parquet", "sentences.parquet"
    ]
    assert (out / ".previous-run" / "figures" / "stale-figure.png").read_bytes() == b"old"
    assert (out / "notes.txt").read_text() == "mine"
