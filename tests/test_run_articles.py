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
    """A notebook whose parameters cell has ARTICLES and CORPUS_NAME and which writes what it
    was given."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""\n'
                                       'CORPUS_NAME = ""\nARTICLES = ""')
    params.metadata["tags"] = ["parameters"]
    write = f"open({str(record)!r}, 'w').write(repr((ARTICLES, CORPUS_NAME)))"
    nb.cells = [params, nbformat.v4.new_code_cell(write)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / "01_articles.ipynb")


@pytest.mark.slow
def test_run_notebooks_passes_articles_and_the_name(tmp_path: Path) -> None:
    """``--articles`` and ``--name`` reach the notebooks' ARTICLES and CORPUS_NAME, and the
    console names the corpus. One run of the script for both (test-suite round 37: until then
    ``test_corpus_name.py::test_run_notebooks_passes_the_name`` ran it again for the name, a
    second process, fork server and kernel for one more parameter)."""
    corpus, books, record = tmp_path / "mine", tmp_path / "nb", tmp_path / "seen.txt"
    corpus.mkdir()
    books.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    _notebook(books, record)
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "run_notebooks.py"), "--corpus",
         str(corpus), "--output", str(tmp_path / "out"), "--notebooks", str(books), "--no-html",
         "--no-tables", "--jobs", "1", "--articles", "one.txt#1, two.txt#2",
         "--name", "Gazette 2016"],
        capture_output=True, text=True, timeout=600, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert record.read_text(encoding="utf-8") == repr(("one.txt#1, two.txt#2", "Gazette 2016"))
    assert f"Running 1 notebook on Gazette 2016 ({corpus})" in result.stdout, result.stdout


def test_make_run_accepts_articles() -> None:
    result = subprocess.run(["make", "-n", "run", "ARTICLES=a.txt#1,b.txt#2"],
                            capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.replace("\\\n", " ").splitlines()  # recipe lines continued with \
    line = next(x for x in lines if "run_notebooks.py" in x)
    assert '--articles "a.txt#1,b.txt#2"' in line, line


def _plain_notebook(path: Path, params: str) -> None:
    """A notebook whose parameters cell is ``params`` and which does nothing else."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(params)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, nbformat.v4.new_code_cell("1 + 1")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)


def test_declared_parameters_reads_the_parameters_cell(tmp_path: Path) -> None:
    from helpers.report.run_all import declared_parameters

    path = tmp_path / "01_a.ipynb"
    _plain_notebook(path, 'CORPUS = ""  # file\nOUTPUT_DIR: str = ""\nARTICLES = ""\n'
                          'if ARTICLES == "": pass\n  INDENTED = 1')
    assert declared_parameters(path) == {"CORPUS", "OUTPUT_DIR", "ARTICLES"}
    _plain_notebook(path, 'CORPUS = ""\nDATE = ""')
    assert declared_parameters(path) == {"CORPUS", "DATE"}
    assert declared_parameters(tmp_path / "missing.ipynb") == frozenset()


@pytest.mark.slow
def test_articles_rerun_only_the_notebooks_that_declare_it(tmp_path: Path) -> None:
    """A new ARTICLES choice re-runs the notebooks with an ARTICLES parameter; a notebook
    without one is neither given it nor run again."""
    from helpers.report.run_all import NotebookJob, run_notebooks

    corpus, books = tmp_path / "mine", tmp_path / "nb"
    corpus.mkdir()
    books.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    _plain_notebook(books / "01_panels.ipynb", 'CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""\n'
                                               'ARTICLES = ""')
    _plain_notebook(books / "02_whole.ipynb", 'CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""')
    jobs = [NotebookJob(p, p.stem) for p in sorted(books.glob("*.ipynb"))]
    out = tmp_path / "out"
    run_notebooks(corpus, out, notebooks=jobs, html=False, jobs=1, progress=lambda _: None)
    lines: list[str] = []
    runs = run_notebooks(corpus, out, notebooks=jobs, html=False, jobs=1, progress=lines.append,
                         articles="one.txt#1")
    skipped = {r.notebook: r.skipped for r in runs}
    assert skipped == {"01_panels": False, "02_whole": True}, lines
    injected = "".join(c.source for c in nbformat.read(runs[0].executed, as_version=4).cells
                       if "injected-parameters" in c.metadata.get("tags", []))
    assert "ARTICLES = \"one.txt#1\"" in injected
