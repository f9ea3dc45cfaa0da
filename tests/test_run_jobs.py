"""``make run JOBS=N`` (``scripts/run_notebooks.py --jobs N``) uses N workers for the table store
too, and the run record says so (a new user found ``"jobs": 2`` recorded for ``JOBS=1``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers.core.paths import PROJECT_ROOT

ARTICLE = """A test headline about the council
By A Writer
2 March 2021

"We will vote on Tuesday," said Jane Example, the council leader.
The budget was cut in 2019 and again last year.
"""


def test_jobs_reaches_the_table_store(tmp_path: Path) -> None:
    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    empty_notebooks = tmp_path / "nb"
    empty_notebooks.mkdir()
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "run_notebooks.py"), "--corpus",
         str(corpus), "--output", str(out), "--notebooks", str(empty_notebooks), "--no-html",
         "--jobs", "1"],
        capture_output=True, text=True, timeout=600, cwd=PROJECT_ROOT,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"})
    # one file is "1 file"; the manifest's path is said in full (it is not in store/); the
    # progress line in a log names its unit (it said "ch")
    assert "Table store: 1 file, 1 computed" in result.stdout, result.stdout + result.stderr
    assert f"run recorded in {out / 'manifest.json'}" in result.stdout, result.stdout
    assert "tables 1/1 files (" in result.stderr and " characters)" in result.stderr, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["jobs"] == 1, manifest["parameters"]


def test_a_decoding_warning_is_printed_by_the_run(tmp_path: Path) -> None:
    """A file decoded as cp1252 says so in ``make run``'s output, not only inside a notebook."""
    from helpers.report.run_all import run_notebooks

    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "latin.txt").write_bytes(ARTICLE.replace("council", "Café council").encode("cp1252"))
    lines: list[str] = []
    run_notebooks(corpus, tmp_path / "out", notebooks=[], html=False, progress=lines.append,
                  processed_dir=tmp_path / "processed")
    warned = [x for x in lines if "latin.txt" in x and "cp1252" in x]
    assert len(warned) == 1 and warned[0].strip().startswith("warning:"), lines
    assert warned[0].count("latin.txt") == 1
