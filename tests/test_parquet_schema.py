"""``arrow_table`` gives the table (and pandas metadata) of ``pa.Table.from_pandas``.

Why: the store's parquet writing reuses the schema of an earlier frame with the same column
names, dtypes and arrow types (throughput round 5); a key that missed something the pandas
metadata records (categories, a time zone, the type inferred for an object column) would
write wrong metadata, so each frame below is compared with pyarrow's own conversion, after
a frame of the same columns has filled the cache.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from helpers.report.store_build import arrow_table


def _frames() -> list[pd.DataFrame]:
    """Pairs of frames with the same columns and contents that differ in what matters."""
    base = {
        "n": [1, 2, 3],
        "x": [0.5, float("nan"), 2.0],
        "ok": [True, False, True],
        "nullable": pd.array([1, None, 3], dtype="Int64"),
        "label": pd.array(["a", "b", None], dtype="str"),
    }
    out = []
    for obj in (["p", "q", "r"], ["p", None, "r"], [None, None, None], [1, 2, None],
                [b"x", b"", None], ["p", "q", "r"]):
        out.append(pd.DataFrame({**base, "obj": pd.Series(obj, dtype=object)}))
    for cats in (["a", "b"], ["a", "b", "c"]):
        out.append(pd.DataFrame({"c": pd.Categorical(["a", "b", "a"], categories=cats)}))
    for tz in ("UTC", "Europe/London", "Europe/London"):
        out.append(pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3, tz=tz)}))
    # dtypes whose Series.values pandas converts (given to pyarrow as a Series), nullable
    # floats and booleans, a string column with a missing value, a non-range row index
    when = pd.date_range("2024-01-01", periods=3)
    for _ in range(2):
        out.append(pd.DataFrame({
            "naive": when, "delta": when - when[0], "period": pd.period_range("2024-01", periods=3),
            "interval": pd.interval_range(0, 3), "f": pd.array([0.5, None, 1.0], dtype="Float64"),
            "b": pd.array([True, None, False], dtype="boolean"),
            "s": pd.Series(["x", None, "z"], dtype="str")}, index=[7, 3, 5]))
    out.append(pd.DataFrame({"n": [1, 2, 3]}).rename(columns={"n": 0}))  # a non-str name
    empty = pd.DataFrame({"a": pd.Series([], dtype=object), "b": pd.Series([], dtype="int64")})
    out += [empty, empty.copy()]
    return out


@pytest.mark.parametrize("order", [1, -1])
def test_arrow_table_equals_from_pandas(order: int) -> None:
    for df in _frames()[::order]:
        expected = pa.Table.from_pandas(df, preserve_index=False)
        got = arrow_table(df)
        assert got.schema.metadata == expected.schema.metadata
        assert got.equals(expected, check_metadata=True)


def test_attrs_are_kept() -> None:
    df = pd.DataFrame({"n": [1, 2]})
    arrow_table(df)
    df.attrs["unit"] = "words"
    assert arrow_table(df).equals(pa.Table.from_pandas(df, preserve_index=False),
                                  check_metadata=True)


def test_the_row_index_does_not_change_the_file(tmp_path) -> None:
    """``write_parquet`` writes a frame as it writes the frame with a fresh range index (it
    no longer resets the index first), with and without ``attrs``."""
    from helpers.report.store_build import write_parquet

    for df in _frames()[:6]:
        for attrs in ({}, {"unit": "words"}):
            shuffled = df.set_axis([9, 2, 4][: len(df)], axis=0)
            shuffled.attrs.update(attrs)
            fresh = df.reset_index(drop=True)
            fresh.attrs.update(attrs)
            write_parquet(shuffled, tmp_path / "a.parquet")
            write_parquet(fresh, tmp_path / "b.parquet")
            assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
