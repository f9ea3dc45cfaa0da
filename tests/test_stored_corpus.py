"""The notebooks' corpus read from the table store equals the one ``load_corpus`` segments;
its two readers (``load_store_corpus`` raises, ``stored_corpus`` gives None) fall back alike."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers.core import corpus as core_corpus
from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA, DEFAULT_CORPUS, FIXTURES
from helpers.report import notebook
from helpers.report.store import StoreError, plan
from helpers.report.store_build import build_store
from helpers.report.store_read import canonical, load_store_corpus, stored_corpus


def _folder(tmp_path: Path) -> Path:
    """Three quote fixtures and a file with a byline-free text of our own, in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in sorted((FIXTURES / "quotes").glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    (folder / "own piece.txt").write_text(
        "A test headline for the store\n\nThe council met on Tuesday. \"We will decide soon,\" "
        "said the chair, Ann Lee.\n", encoding="utf-8")
    (folder / "README.md").write_text("About these files\n\nCollected for a test.\n",
                                      encoding="utf-8")  # documentation: skipped by both readers
    return folder


@pytest.mark.parametrize("which", ["default", "folder", "other_styles"])
def test_stored_corpus_equals_the_segmented_one(which: str, tmp_path: Path) -> None:
    path = {"default": DEFAULT_CORPUS, "other_styles": DATA / "other_styles"}.get(which)
    path = path or _folder(tmp_path)
    if not path.exists():
        pytest.skip(f"{path} is absent (the default corpus is read from ../shared beside the "
                    "clone, or $NS_SHARED_DATA)")
    out = tmp_path / "out"
    assert stored_corpus(path, out) is None  # no store yet: the caller segments
    build_store(path, out, jobs=1, progress=False)
    stored, segmented = stored_corpus(path, out), load_corpus(path)
    assert stored is not None
    assert stored.texts == segmented.texts
    assert stored.warnings == segmented.warnings and stored.skipped == segmented.skipped
    if which == "folder":
        assert [Path(f).name for f, _ in segmented.skipped] == ["README.md"]
        assert not any("README" in s for s in stored.articles["source"])
    for name in ("articles", "blocks", "sentences"):
        mine, theirs = canonical(getattr(segmented, name)), getattr(stored, name)
        assert theirs.equals(mine), name
        assert list(theirs.dtypes) == list(mine.dtypes), name


def test_setup_reads_the_store_and_falls_back_when_a_file_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    build_store(folder, out, jobs=1, progress=False)
    calls = []
    real = core_corpus.load_corpus
    monkeypatch.setattr(notebook, "load_corpus", lambda *a, **k: calls.append(a) or real(*a, **k))
    ctx = notebook.setup(str(folder), str(out))
    assert calls == [] and len(ctx.corpus.articles) == 4  # from the store, nothing segmented
    (folder / "own piece.txt").write_text("Another headline\n\nA changed text.\n",
                                          encoding="utf-8")
    ctx = notebook.setup(str(folder), str(out))
    assert len(calls) == 1  # the store no longer matches the files: segmented again
    assert "A changed text." in ctx.corpus.texts[str(folder / "own piece.txt")]


def _break(how: str, folder: Path, out: Path) -> str:
    """Leave the store of ``folder`` unable to give the corpus, as ``how`` says; return a
    word the StoreError must contain."""
    if how == "no store":
        return "no table store"
    build_store(folder, out, jobs=1, progress=False)
    if how == "a table removed":
        _, specs = plan(folder)
        (out / "store" / "segment" / f"{specs[1].keys['segment']}.sentences.parquet").unlink()
        return specs[1].source
    if how == "a file changed":
        (folder / "own piece.txt").write_text("Another headline\n\nA changed text.\n",
                                              encoding="utf-8")
        return "own piece.txt"
    # a file with no article: the build records it as left out, load_corpus lists it as skipped
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    build_store(folder, out, jobs=1, progress=False)
    return "blank.txt"


@pytest.mark.parametrize("how", ["no store", "a table removed", "a file changed",
                                 "a file left out"])
def test_both_readers_fall_back_alike_when_the_store_lacks_a_file(how: str, tmp_path: Path
                                                                   ) -> None:
    """``stored_corpus`` gives None exactly where ``load_store_corpus`` raises StoreError
    (saying which file), and the caller's load_corpus then gives the corpus itself."""
    folder, out = _folder(tmp_path), tmp_path / "out"
    word = _break(how, folder, out)
    with pytest.raises(StoreError, match=re.escape(word)):
        load_store_corpus(folder, out)
    assert stored_corpus(folder, out) is None
    assert len(load_corpus(folder).articles) == 4
