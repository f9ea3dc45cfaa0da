"""The key of an article's timeline does not hide a bar or a point (session 13).

A new user's article (a row of events near the publication date, then ``until 2027``) had its
second-to-last bar under the legend, which was pinned to the lower left. The legend now goes
where it covers the least data.
"""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import timeline_plots as plots  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _events() -> pd.DataFrame:
    """Invented dated expressions: a cluster in 2023-24 and one far year, in date order."""
    rows = [("the autumn", "2023-09-01", "2023-11-30", "span"),
            ("March", "2024-03-01", "2024-03-31", "span"),
            ("last Tuesday", "2024-04-30", "2024-04-30", "point"),
            ("Wednesday", "2024-05-01", "2024-05-01", "point"),
            ("next week", "2024-05-06", "2024-05-12", "span"),
            ("2027", "2027-01-01", "2027-12-31", "span")]
    return pd.DataFrame({
        "text": [r[0] for r in rows], "label": [f"…{r[0]}…" for r in rows],
        "date_start": [dt.date.fromisoformat(r[1]) for r in rows],
        "date_end": [dt.date.fromisoformat(r[2]) for r in rows],
        "shape": [r[3] for r in rows], "position": [i / 10 for i in range(len(rows))]})


def test_the_legend_covers_no_bar_and_no_point():
    fig = plots.timeline_chart(_events(), "An invented article", "2024-05-03")
    ax = fig.axes[0]
    fig.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    bars = [p.get_window_extent() for p in ax.patches]
    assert bars, "no bars drawn"
    assert not [b for b in bars if legend.overlaps(b)]
    (points,) = [line for line in ax.lines if line.get_marker() == "o"]
    xy = ax.transData.transform(points.get_xydata())
    assert len(xy) == 2 and not [p for p in xy if legend.contains(*p)]
