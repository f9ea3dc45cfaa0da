"""The notebooks are valid nbformat 4.5 files: every cell has a unique id (review 21a).

A cell added by hand without an ``id`` makes ``jupyter nbconvert`` (and every run of the
notebook) print ``MissingIDFieldWarning``, which future nbformat versions will turn into an error.
"""

from __future__ import annotations

import json
import warnings

import nbformat
import pytest

from helpers.core.paths import PROJECT_ROOT

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_cell_has_a_unique_id_and_the_notebook_validates_without_warnings(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    if (raw["nbformat"], raw["nbformat_minor"]) >= (4, 5):
        ids = [cell.get("id") for cell in raw["cells"]]
        missing = [i for i, cell_id in enumerate(ids) if not cell_id]
        assert not missing, f"{path.name}: cells {missing} have no id"
        assert len(set(ids)) == len(ids), f"{path.name}: duplicate cell ids"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))
