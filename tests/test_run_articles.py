"""``make run ARTICLES=id,id`` reaches the notebooks' ``ARTICLES`` parameter (a new user found
the notebooks saying "choose with ARTICLES" while neither ``make run`` nor
``scripts/run_notebooks.py`` accepted it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.core.paths import PROJECT_ROOT

ARTICLE = """A test headline about the harbour
By A Writer
2 March 2021

"We will open the harbour on Tuesday," said Jane Example, the port manager.
"""


def _notebook(folder: Path, record: Path) -> None:
    """A notebook whose parameters cell has ARTICLES and which writes what it was given."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""\nARTICLES = ""')
    params.metadata["tags"] = ["parameters"]
    write = f"open({str(record)!r}, 'w').write(repr(ARTICLES))"
    nb.cells = [params, nbformat.v4.new_code_cell(write)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / "01_articles.ipynb")


@pytest.mark.slow
def test_run_notebooks_passes_articles(tmp_path: Path) -> None:
    corpus, books, record = tmp_path / "mine", tmp_path / "nb", tmp_path / "seen.txt"
    corpus.mkdir()
    books.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    _notebook(books, record)
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "run_notebooks.py"), "--corpus",
         str(corpus), "--output", str(tmp_path / "out"), "--notebooks", str(books), "--no-html",
         "--no-tables", "--jobs", "1", "--articles", "one.txt#1, two.txt#2"],
        capture_output=True, text=True, timeout=600, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert record.read_text(encoding="utf-8") == repr("one.txt#1, two.txt#2")


def test_make_run_accepts_articles() -> None:
    result = subprocess.run(["make", "-n", "run", "ARTICLES=a.txt#1,b.txt#2"],
                            capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.replace("\\\n", " ").splitlines()  # recipe lines continued with \
    line = next(x for x in lines if "run_notebooks.py" in x)
    assert '--articles "a.txt#1,b.txt#2"' in line, line
