"""Every notebook executes headlessly on the default corpus and on a plain-text fixture corpus."""

from __future__ import annotations

import pytest

from helpers.core.paths import FIXTURES
from helpers.report.run_all import list_notebooks, run_notebooks

NOTEBOOKS = list_notebooks()


def test_there_are_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS][:1] == ["01"]


@pytest.mark.notebooks
@pytest.mark.parametrize("corpus", ["", str(FIXTURES / "plain")], ids=["default", "plain"])
def test_all_notebooks_run(tmp_path, corpus):
    runs = run_notebooks(corpus, tmp_path, notebooks=NOTEBOOKS, html=False,
                         processed_dir=tmp_path / "processed", progress=lambda _: None)
    assert [r.notebook for r in runs] == [p.stem for p in NOTEBOOKS]
    assert all(r.executed.exists() for r in runs)
    figures = list((tmp_path / "figures").glob("*.png"))
    assert figures, "the notebooks exported no figure"
    for png in figures:
        assert png.with_suffix(".csv").exists() and png.with_suffix(".svg").exists()
    assert (tmp_path / "processed" / "sentences.parquet").exists()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_parameters_cell_is_parsed_by_papermill(path):
    """papermill must see all three parameters (a comment with '=' makes it skip a line)."""
    import nbformat
    from papermill.translators import PythonTranslator

    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    names = [p.name for p in PythonTranslator.inspect(cells[0])]
    assert names == ["CORPUS", "OUTPUT_DIR", "DATE"]
