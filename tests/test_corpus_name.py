"""A run names its corpus (figure source lines, manifests, the console): ``CORPUS_NAME`` when
given, else a name from the path that skips folder names such as ``text`` (an archive's figures
said ``Source: text, 840 articles``). Console counts read as English (``1 article``, ``29,573
sentences``). Invented articles and names."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.core.paths import NOTEBOOKS, PROJECT_ROOT, corpus_name  # noqa: E402
from helpers.core.text import counted  # noqa: E402
from helpers.report.figures import SOURCE_GID  # noqa: E402
from helpers.report.notebook import setup  # noqa: E402
from helpers.report.run_all import declared_parameters, list_notebooks, run_notebooks  # noqa: E402
from helpers.report.store_build import build_store  # noqa: E402

ARTICLE = """Harbour to reopen
By A Writer
2 March 2021

"We will open the {thing} on Tuesday," said Jane Example, the port manager.
"""


def _corpus(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"piece{i}.txt").write_text(ARTICLE.format(thing=f"dock {i}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("parts", "name"), [
    (("gazette", "train", "text"), "gazette train"),  # a split under the corpus's folder
    (("gazette", "articles"), "gazette"),
    (("my articles",), "my articles"),
    (("gazette", "Text"), "gazette"),  # case does not matter
    (("gazette", "dev"), "gazette dev"),
])
def test_a_folder_is_named_by_its_first_telling_folder(tmp_path, parts, name):
    folder = tmp_path.joinpath(*parts)
    folder.mkdir(parents=True)
    assert corpus_name(folder) == name


def test_a_file_is_named_by_its_stem(tmp_path):
    f = tmp_path / "text" / "gazette_2016-03-01_budget.txt"
    f.parent.mkdir()
    f.write_text("x", encoding="utf-8")
    assert corpus_name(f) == "gazette_2016-03-01_budget"


def _source_line(ctx) -> str:
    fig, ax = plt.subplots()
    ax.plot([1, 2], [3, 4])
    ctx.save_figure(fig, "line", pd.DataFrame({"x": [1, 2]}), "c")
    text = next(t.get_text() for t in fig.texts if t.get_gid() == SOURCE_GID)
    plt.close(fig)
    return text


def test_figure_source_line_names_the_corpus_not_the_folder_text(tmp_path):
    corpus = _corpus(tmp_path / "gazette" / "train" / "text")
    ctx = setup(str(corpus), str(tmp_path / "out"), from_store=False)
    assert _source_line(ctx).startswith("Source: gazette train, 2 articles · ")
    named = setup(str(corpus), str(tmp_path / "out"), from_store=False, name=" Gazette 2016 ")
    assert _source_line(named).startswith("Source: Gazette 2016, 2 articles · ")


def test_manifest_and_run_record_carry_the_name(tmp_path):
    corpus = _corpus(tmp_path / "gazette" / "text")
    out = tmp_path / "out"
    build_store(corpus, out, jobs=1, progress=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["corpus_name"] == "text"  # location-free: see test_store
    build_store(corpus, out, jobs=1, progress=False, name="Gazette 2016")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["corpus_name"] == "Gazette 2016"
    said: list[str] = []
    run_notebooks(corpus, out, notebooks=[], html=False, progress=said.append,
                  processed_dir=tmp_path / "processed", name="Gazette 2016")
    info = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8"))
    assert info["corpus_name"] == "Gazette 2016"
    line = next(s for s in said if s.startswith("corpus "))
    assert line.startswith("corpus Gazette 2016 (") and "): 2 articles, 2 sentences -> " in line


def test_every_notebook_declares_corpus_name():
    """``make run CORPUS_NAME=`` reaches only notebooks that declare it in their parameters."""
    sources = {job.source for job in list_notebooks()}
    assert sources and all("CORPUS_NAME" in declared_parameters(p) for p in sources), sources
    for p in sources:
        assert "name=CORPUS_NAME" in p.read_text(encoding="utf-8"), p
    assert NOTEBOOKS in {p.parent for p in sources}


# `scripts/run_notebooks.py --name` reaching the notebooks' CORPUS_NAME and the console:
# tests/test_run_articles.py::test_run_notebooks_passes_articles_and_the_name (one run
# of the script for --articles and --name since test-suite round 37)


def test_make_passes_corpus_name_to_run_and_tables():
    for target in ("run", "tables"):
        result = subprocess.run(["make", "-n", target, "CORPUS_NAME=Gazette 2016"],
                                capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.replace("\\\n", " ").splitlines()
        line = next(x for x in lines if "scripts/" in x)
        assert '--name "Gazette 2016"' in line, line


@pytest.mark.parametrize(("n", "noun", "text"), [
    (1, "article", "1 article"), (0, "article", "0 articles"), (840, "file", "840 files"),
    (29573, "sentence", "29,573 sentences"), (2, "person", "2 people"),
])
def test_counts_read_as_english(n, noun, text):
    assert counted(n, noun, "people" if noun == "person" else "") == text


def test_notebooks_print_counts_without_plural_brackets():
    """Notebook 01 printed ``1 file(s), 1 article(s)``; counts go through ``counted``."""
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert "(s)" not in cell.source, (path.name, cell.source[:200])


@pytest.mark.parametrize(("parts", "name"), [
    (("articles",), "articles"), (("Documents", "articles"), "articles"),
    (("gazette", "text"), "gazette"), (("train",), "train")])
def test_the_name_never_climbs_to_the_home_folder(tmp_path, monkeypatch, parts, name):
    # review 8: ~/articles was named after the user's home folder (``Source: alice, ...``)
    home = tmp_path / "alice"
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    folder = home.joinpath(*parts)
    folder.mkdir(parents=True)
    assert corpus_name(folder) == name
    assert corpus_name(home) == "alice"
