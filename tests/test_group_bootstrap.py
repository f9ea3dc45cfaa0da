"""The vectorised group bootstrap and extremes give the numbers of the per-group loops they
replace in notebook 02 (``instruments.sentiment.aggregate``, ``nsmallest``/``nlargest``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.instruments import sentiment as sn
from helpers.report.group_bootstrap import grouped_bootstrap, lowest_highest


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


@pytest.mark.parametrize("by", ["paragraph", "section", "article", ["article_id", "voice"]])
def test_same_numbers_as_the_loop(by) -> None:
    df = _sentences()
    fast, loop = grouped_bootstrap(df, by), sn.aggregate(df, by)
    pd.testing.assert_frame_equal(fast, loop, check_exact=True)
    assert fast.to_csv(index=False) == loop.to_csv(index=False)


def test_intervals_are_real_bootstraps() -> None:
    df = _sentences()
    out = grouped_bootstrap(df, "paragraph")
    wide = out[out["n"] > 3]
    assert (wide["ci_low"] < wide["mean"]).all() and (wide["ci_high"] > wide["mean"]).all()
    single = out[out["n"] == 1]
    assert (single["ci_low"] == single["mean"]).all()
    assert out.loc[out["n"] == 0, "mean"].isna().all()
    # a different seed gives different intervals
    other = grouped_bootstrap(df, "paragraph", seed=1)
    assert not np.allclose(other.loc[out["n"] > 3, "ci_low"], wide["ci_low"])


def test_empty_frame_keeps_the_columns() -> None:
    out = grouped_bootstrap(_sentences().iloc[:0], "section")
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
