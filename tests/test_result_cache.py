"""Corpus-independent validation tables are computed once per version of their inputs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.report.result_cache import RESULTS_KEEP, cached_table


def test_cached_table_recomputes_only_when_an_input_changes(tmp_path: Path) -> None:
    data = tmp_path / "gold.csv"
    data.write_text("a,b\n1,x\n", encoding="utf-8")
    calls = []

    def compute() -> pd.DataFrame:
        calls.append(1)
        return pd.read_csv(data).assign(score=[0.5])

    out = tmp_path / "out"
    first = cached_table("scores", compute, [data], out)
    second = cached_table("scores", compute, [data], out)
    assert len(calls) == 1 and second.equals(first)
    assert list(second.dtypes) == list(first.dtypes)
    data.write_text("a,b\n2,y\n", encoding="utf-8")
    third = cached_table("scores", compute, [data], out)
    assert len(calls) == 2 and third["a"].tolist() == [2]


def test_a_table_that_would_not_read_back_equal_is_not_cached(tmp_path: Path) -> None:
    calls = []

    def compute() -> pd.DataFrame:  # mixed types in one column do not survive parquet
        calls.append(1)
        return pd.DataFrame({"mixed": [1, "one"]})

    for _ in range(2):
        table = cached_table("mixed", compute, [], tmp_path)
        assert table["mixed"].tolist() == [1, "one"]
    assert len(calls) == 2
    assert not list((tmp_path / "store" / "results").glob("*"))


def test_only_the_most_recently_used_versions_are_kept(tmp_path: Path) -> None:
    """Each change of an input is a new version; old ones do not pile up, the one read last
    survives, and another table whose name starts the same is not touched."""
    data = tmp_path / "gold.csv"
    out = tmp_path / "out"
    results = out / "store" / "results"

    def version(n: int, name: str = "scores") -> pd.DataFrame:
        data.write_text(f"a\n{n}\n", encoding="utf-8")
        return cached_table(name, lambda: pd.read_csv(data), [data], out)

    version(0, "scores-heldout")
    version(1)
    first = sorted(results.glob("scores-*.parquet"))
    for n in range(2, 2 + RESULTS_KEEP):
        if n == 3:
            version(1)  # version 1 read again: now recently used
        version(n)
    kept = {p.name for p in results.glob("scores-*.parquet")} - {
        p.name for p in results.glob("scores-heldout-*.parquet")}
    assert len(kept) == RESULTS_KEEP
    assert set(p.name for p in first) - {p.name for p in results.glob("scores-heldout-*")} <= kept
    assert len(list(results.glob("scores-heldout-*.parquet"))) == 1
