"""``make run`` reads the git commit once, not once in each notebook's kernel: the runner passes
it to the kernels (``COMMIT_ENV``), whose figure source lines then run no git process."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from helpers.report import manifest

ARTICLE = """A test headline about the harbour

"We will open the harbour on Tuesday," said Jane Example, the port manager.
"""


def test_run_commit_prefers_the_variable_and_falls_back_to_git(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(manifest, "git_commit", lambda: calls.append(1) or "f" * 40)
    monkeypatch.setenv(manifest.COMMIT_ENV, "abc1234" + "0" * 33 + "+dirty")
    assert manifest.run_commit().startswith("abc1234") and not calls
    monkeypatch.delenv(manifest.COMMIT_ENV)
    assert manifest.run_commit() == "f" * 40 and calls == [1]


def _notebook(path: Path, record: Path) -> None:
    """A notebook that counts the git reads behind its figure source line."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""')
    params.metadata["tags"] = ["parameters"]
    body = ("import helpers.report.manifest as m\n"
            "from helpers.report.notebook import _toolkit\n"
            "calls = []\n"
            "m.git_commit = lambda *a: calls.append(1) or 'unknown'\n"
            "line = _toolkit()\n"
            f"open({str(record)!r}, 'w').write(repr((len(calls), line)))")
    nb.cells = [params, nbformat.v4.new_code_cell(body)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)


@pytest.mark.slow
def test_kernels_take_the_commit_from_the_runner(tmp_path: Path, monkeypatch) -> None:
    from helpers.report.run_all import NotebookJob, run_notebooks

    corpus, books = tmp_path / "mine", tmp_path / "nb"
    corpus.mkdir()
    books.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    records = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for name, record in zip(("01_a", "02_b"), records):
        _notebook(books / f"{name}.ipynb", record)
    monkeypatch.setenv(manifest.COMMIT_ENV, "1234567" + "0" * 33)
    jobs = [NotebookJob(p, p.stem) for p in sorted(books.glob("*.ipynb"))]
    run_notebooks(corpus, tmp_path / "out", notebooks=jobs, html=False, jobs=2,
                  progress=lambda _: None)
    for record in records:
        calls, line = eval(record.read_text(encoding="utf-8"))  # noqa: S307 - our own repr
        assert calls == 0 and line.endswith("(1234567)"), (calls, line)
