"""The vectorised group bootstrap (``instruments.sentiment.aggregate``) and extremes
(``report.aggregate.lowest_highest``) give the numbers of the plain per-group loops that
define them (one generator per group; ``nsmallest``/``nlargest``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.instruments import sentiment as sn
from helpers.report.aggregate import lowest_highest


def _sentences(seed: int = 3) -> pd.DataFrame:
    """Invented sentence rows: groups of 1 to 90 values (pairwise summation starts at 8),
    a few NaN scores, a group of NaN only, repeated scores (ties)."""
    rng = np.random.default_rng(seed)
    rows = []
    sizes = [1, 2, 3, 7, 8, 9, 17, 40, 63, 64, 90] + list(rng.integers(1, 12, 60))
    for p, size in enumerate(sizes):
        article = f"art-{p % 7}"
        for i in range(int(size)):
            score = float(np.round(rng.normal(0, 0.3), 2))  # rounded: ties
            rows.append({"source": "s.txt", "article_id": article, "section_index": p % 3,
                         "section": f"part {p % 3}", "paragraph_index": p,
                         "voice": ["narrator", "quoted", "mixed"][i % 3], "score": score})
    df = pd.DataFrame(rows)
    df.loc[df.sample(frac=0.03, random_state=1).index, "score"] = np.nan
    df.loc[df["paragraph_index"] == 5, "score"] = np.nan  # a group without values
    return df


def _loop(df: pd.DataFrame, by, value: str = "score", n_boot: int = 2000,
          seed: int = 0) -> pd.DataFrame:
    """The definition, one group at a time (the instrument's code before it was vectorised)."""
    keys = sn.AGGREGATE_LEVELS.get(by, [by]) if isinstance(by, str) else list(by)
    rows = []
    for key, g in df.groupby(keys, sort=True, dropna=False):
        vals = g[value].to_numpy(dtype=float)
        vals = vals[~np.isnan(vals)]
        key = key if isinstance(key, tuple) else (key,)
        if len(vals) == 0:
            rows.append([*key, 0, np.nan, np.nan, np.nan, np.nan])
            continue
        rng = np.random.default_rng(seed)
        means = vals[rng.integers(0, len(vals), size=(n_boot, len(vals)))].mean(axis=1)
        lo, hi = np.percentile(means, [2.5, 97.5])
        rows.append([*key, len(vals), vals.mean(), vals.std(ddof=1) if len(vals) > 1 else 0.0,
                     min(lo, vals.mean()), max(hi, vals.mean())])
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "sd", "ci_low", "ci_high"])


@pytest.mark.parametrize("by", ["paragraph", "section", "article", ["article_id", "voice"]])
def test_same_numbers_as_the_loop(by) -> None:
    df = _sentences()
    fast, loop = sn.aggregate(df, by), _loop(df, by)
    pd.testing.assert_frame_equal(fast, loop, check_exact=True)
    assert fast.to_csv(index=False) == loop.to_csv(index=False)


def test_intervals_are_real_bootstraps() -> None:
    df = _sentences()
    out = sn.aggregate(df, "paragraph")
    wide = out[out["n"] > 3]
    assert (wide["ci_low"] < wide["mean"]).all() and (wide["ci_high"] > wide["mean"]).all()
    single = out[out["n"] == 1]
    assert (single["ci_low"] == single["mean"]).all()
    assert out.loc[out["n"] == 0, "mean"].isna().all()
    # a different seed gives different intervals
    other = sn.aggregate(df, "paragraph", seed=1)
    assert not np.allclose(other.loc[out["n"] > 3, "ci_low"], wide["ci_low"])


def test_empty_frame_keeps_the_columns() -> None:
    out = sn.aggregate(_sentences().iloc[:0], "section")
    assert list(out.columns) == ["source", "article_id", "section_index", "section", "n",
                                 "mean", "sd", "ci_low", "ci_high"]


def test_lowest_highest_matches_nsmallest_nlargest() -> None:
    df = _sentences()
    parts = []
    for _, g in df.groupby("article_id", sort=False):
        parts += [g.nsmallest(5, "score").assign(end_of_scale="most negative"),
                  g.nlargest(5, "score").assign(end_of_scale="most positive")]
    pd.testing.assert_frame_equal(lowest_highest(df, "article_id", "score", k=5),
                                  pd.concat(parts))


def test_lowest_highest_small_groups() -> None:
    df = pd.DataFrame({"a": ["x", "x", "y"], "score": [0.5, -0.5, 0.1]})
    out = lowest_highest(df, "a", "score", k=5)
    assert out["score"].tolist() == [-0.5, 0.5, 0.5, -0.5, 0.1, 0.1]
    assert out["end_of_scale"].tolist() == ["most negative"] * 2 + ["most positive"] * 2 + [
        "most negative", "most positive"]
