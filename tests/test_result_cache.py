"""Corpus-independent validation tables are computed once per version of their inputs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.report.result_cache import cached_table


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
