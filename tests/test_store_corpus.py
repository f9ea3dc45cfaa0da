"""The corpus read from the table store equals the one load_corpus segments (store_corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.core import corpus as corpus_module
from helpers.core.corpus import load_corpus
from helpers.core.paths import DEFAULT_CORPUS, PROJECT_ROOT
from helpers.report import store_corpus
from helpers.report.store import read_parquet_files
from helpers.report.store_build import build_store
from helpers.report.store_read import canonical

#: fixture folders whose metadata.csv (if any) gives dates only: the store can stand in for them
FIXTURES = [PROJECT_ROOT / "tests" / "fixtures" / name
            for name in ("ns", "plain", "quotes", "timeline")]


@pytest.mark.parametrize("paths", [[DEFAULT_CORPUS], FIXTURES], ids=["default", "fixtures"])
def test_stored_corpus_equals_the_segmented_one(paths: list[Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not all(p.exists() for p in paths):
        pytest.skip("corpus not in this checkout")
    segmented = load_corpus(paths)
    build_store(paths, tmp_path / "out", jobs=1, progress=False)

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("segmented although the store holds the segmentation")

    monkeypatch.setattr(corpus_module, "segment_text", boom)
    stored = store_corpus.stored_corpus(paths, tmp_path / "out")
    assert stored is not None
    assert stored.texts == segmented.texts
    for name in store_corpus.SEGMENT_TABLES:
        mine, theirs = getattr(stored, name), canonical(getattr(segmented, name))
        assert list(mine.columns) == list(theirs.columns), name
        assert mine.equals(theirs), f"{name} differs between stored and segmented"


def test_no_store_or_a_new_file_gives_none(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    body = "The council met on Monday. It voted to build a new bridge over the river.\n"
    (folder / "one.txt").write_text("Bridge vote\n\n" + body, encoding="utf-8")
    assert store_corpus.stored_corpus(folder, tmp_path / "out") is None  # no store yet
    build_store([folder], tmp_path / "out", jobs=1, progress=False)
    stored = store_corpus.stored_corpus(folder, tmp_path / "out")
    assert stored is not None and stored.articles["title"].tolist() == ["Bridge vote"]
    (folder / "two.txt").write_text("Second vote\n\n" + body, encoding="utf-8")
    assert store_corpus.stored_corpus(folder, tmp_path / "out") is None  # not stored yet
    build_store([folder], tmp_path / "out", jobs=1, progress=False)
    assert store_corpus.stored_corpus(folder, tmp_path / "out") is not None
    # the store segments with metadata.csv dates only; an author column must be segmented
    (folder / "metadata.csv").write_text("file,date,author\none.txt,2020-01-02,A. Writer\n",
                                         encoding="utf-8")
    build_store([folder], tmp_path / "out", jobs=1, progress=False)
    assert store_corpus.stored_corpus(folder, tmp_path / "out") is None


def test_read_parquet_files_keeps_rows_of_every_file(tmp_path: Path) -> None:
    import pandas as pd

    a, b, empty = tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "c.parquet"
    pd.DataFrame({"x": [1, 2], "s": ["p", "q"]}).to_parquet(a)
    pd.DataFrame({"x": [3], "s": ["r"]}).to_parquet(b)
    pd.DataFrame({"x": pd.Series([], dtype="int64"), "s": pd.Series([], dtype="str")}
                 ).to_parquet(empty)
    out = read_parquet_files([a, empty, b])
    assert read_parquet_files([empty]).empty and read_parquet_files([]).empty
    assert out["x"].tolist() == [1, 2, 3] and out["s"].tolist() == ["p", "q", "r"]
