"""analyse() reads the table store when it is warm and gives exactly the computed tables."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from helpers.core.corpus import load_corpus
from helpers.core.paths import DEFAULT_CORPUS, PROJECT_ROOT
from helpers.report import pipeline
from helpers.report.pipeline import Analysis, StoreSource, analyse
from helpers.report.store_build import build_store

FIXTURES = sorted(p for p in (PROJECT_ROOT / "tests" / "fixtures").iterdir() if p.is_dir())


def _no_instruments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every instrument call fail, so a result can only come from the store."""
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("instrument computed although the store is warm")

    for name in ("extract_quotes", "sentence_sentiment", "extract_timexes"):
        monkeypatch.setattr(pipeline, name, boom)
    monkeypatch.setattr(pipeline.th, "match_themes", boom)


def _assert_same(a: Analysis, b: Analysis) -> None:
    for field in dataclasses.fields(Analysis):
        x, y = getattr(a, field.name), getattr(b, field.name)
        assert x.equals(y), f"{field.name} differs between computed and stored"
        assert list(x.columns) == list(y.columns), field.name


@pytest.mark.parametrize("paths", [
    pytest.param([DEFAULT_CORPUS], marks=pytest.mark.needs_default_corpus, id="default"),
    pytest.param(FIXTURES, id="fixtures")])
def test_warm_store_gives_the_computed_analysis(paths: list[Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not all(p.exists() for p in paths):
        pytest.skip("corpus not in this checkout")
    corpus = load_corpus(paths)
    computed = analyse(corpus)
    build_store(paths, tmp_path / "out", jobs=1, progress=False)
    _no_instruments(monkeypatch)
    stored = analyse(corpus, store=StoreSource(paths, tmp_path / "out"))
    _assert_same(computed, stored)
    assert not stored.quotes.empty and not stored.sentiment.empty


def test_cold_or_stale_store_computes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [PROJECT_ROOT / "tests" / "fixtures" / "quotes"]
    corpus = load_corpus(paths)
    computed = analyse(corpus, instruments=("quotes", "timeline"))
    cold = analyse(corpus, instruments=("quotes", "timeline"),
                   store=StoreSource(paths, tmp_path / "empty"))
    _assert_same(computed, cold)
    said = capsys.readouterr().out
    assert str(tmp_path / "empty" / "store") in said
    assert f"computing them for {len(corpus.articles)} articles" in said
    build_store(paths, tmp_path / "out", date="2001-01-01", jobs=1, progress=False)
    # built with another --date: the timeline keys differ, so the tables are computed
    stale = analyse(corpus, instruments=("quotes", "timeline"),
                    store=StoreSource(paths, tmp_path / "out"))
    _assert_same(computed, stale)


def test_a_warm_store_with_empty_tables_is_read_not_recomputed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """One short article with no quotation, no date and no theme match: its store tables are
    empty, and every theme notebook and 07 said the store had "no current tables for this
    corpus (not built yet …)" right after `make run` had built it, then computed them again."""
    article = tmp_path / "quiet.txt"
    article.write_text("A quiet title\n\nThe committee met and agreed nothing new. Members went "
                       "home.\n", encoding="utf-8")
    corpus = load_corpus(article)
    computed = analyse(corpus)
    assert computed.quotes.empty and computed.timexes.empty and computed.theme_matches.empty
    build_store([article], tmp_path / "out", jobs=1, progress=False)
    capsys.readouterr()
    _no_instruments(monkeypatch)
    stored = analyse(corpus, store=StoreSource(article, tmp_path / "out"))
    _assert_same(computed, stored)
    assert "Table store" not in capsys.readouterr().out
