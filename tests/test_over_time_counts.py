"""The ``n=`` counts of an over-time figure never overlap a point, an error bar, the title or
one another, at 1, 2, 11 and 36 periods and 60 years (round 2's archive run: under the points
they sat on the error bars). Positions are measured on the drawn figure, not pixels."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402

from helpers.report import plots  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _data(periods: int, unit: str = "month", percent: bool = False,
          seed: int = 3, start: str = "2015-11-01", most: int = 95) -> pd.DataFrame:
    """Invented per-period means with wide intervals (a few articles each), the archive's shape;
    ``most``: articles in the fullest period."""
    rng = np.random.default_rng(seed)
    period = pd.date_range(pd.Timestamp(start), periods=periods,
                           freq="MS" if unit == "month" else "YS")
    n = rng.integers(1, most, periods)
    value = rng.uniform(5, 40, periods) if percent else rng.uniform(-0.3, 0.3, periods)
    half = (rng.uniform(2, 30, periods) if percent else rng.uniform(0.05, 0.6, periods))
    low, high = value - half, value + half
    if percent:
        low = np.maximum(low, 0)
    low[n == 1], high[n == 1] = np.nan, np.nan
    cols = ("value_pct", "ci_low_pct", "ci_high_pct") if percent else ("value", "ci_low",
                                                                      "ci_high")
    return pd.DataFrame({"series": "s", "period": period.strftime("%Y-%m-%d"), "unit": unit,
                         "n_articles": n, cols[0]: value, cols[1]: low, cols[2]: high})


def _segments_px(ax) -> list[Bbox]:
    """Display boxes of every error-bar segment and every marker (as a small square)."""
    boxes = []
    for coll in ax.collections:
        for seg in coll.get_segments():
            xy = ax.transData.transform(seg)
            boxes.append(Bbox([xy.min(axis=0), xy.max(axis=0)]))
    for line in ax.lines:
        if line.get_marker() in ("o",):
            r = line.get_markersize() / 2 * ax.figure.dpi / 72
            for x, y in ax.transData.transform(line.get_xydata()):
                if np.isfinite(x) and np.isfinite(y):
                    boxes.append(Bbox([[x - r, y - r], [x + r, y + r]]))
    return boxes


@pytest.mark.parametrize(("periods", "unit", "percent", "most"), [
    (1, "month", False, 95), (2, "month", True, 95), (11, "month", False, 95),
    (11, "month", True, 95), (36, "month", True, 95), (60, "year", False, 95),
    # a band of counts taller than 70 % of the axes: centuries of years (an archive from 1620),
    # thousands of articles a year; the counts stand in many rows (review 9, finding 4)
    (300, "year", False, 5000), (400, "year", True, 20000),
])
def test_counts_overlap_no_point_bar_title_or_other_count(periods, unit, percent, most):
    data = _data(periods, unit, percent, start="1620-01-01" if periods > 60 else "2015-11-01",
                 most=most)
    fig = plots.over_time_chart(data, "y", "An invented title", percent=percent)
    fig.canvas.draw()
    ax = fig.axes[0]
    counts = [t for t in ax.texts if t.get_text().startswith("n=")]
    # centuries of years: the counts of every k-th period, said in the x label (test below)
    thinned = re.search(r"n shown for every (\d+)\w\w year", ax.get_xlabel())
    every = int(thinned[1]) if thinned else 1
    assert (every > 1) is (periods >= 300)
    assert [t.get_text() for t in counts] == [f"n={n}" for n in data["n_articles"][::every]]
    boxes = [t.get_window_extent() for t in counts]
    marks = _segments_px(ax)
    assert marks
    for box in boxes:
        assert not [m for m in marks if box.overlaps(m)], "a count on a point or bar"
        assert ax.get_window_extent().contains(box.x0, box.y0)  # inside the axes
        assert ax.get_window_extent().contains(box.x1, box.y1)
    assert not ax.title.get_window_extent().overlaps(Bbox.union(boxes)) or not ax.get_title()
    title = ax._left_title.get_window_extent()
    assert not any(box.overlaps(title) for box in boxes)
    for i, a in enumerate(boxes):
        assert not [b for b in boxes[i + 1:] if a.overlaps(b)], "two counts overlap"
    if percent:
        assert ax.get_ylim()[0] >= 0
    plt.close(fig)


def test_each_count_stands_over_its_period():
    data = _data(11)
    fig = plots.over_time_chart(data, "y", "t")
    fig.canvas.draw()
    ax = fig.axes[0]
    counts = [t for t in ax.texts if t.get_text().startswith("n=")]
    points = next(line for line in ax.lines if line.get_marker() == "o")
    xs = ax.transData.transform(points.get_xydata())[:, 0]
    centres = [(t.get_window_extent().x0 + t.get_window_extent().x1) / 2 for t in counts]
    assert np.allclose(sorted(centres), sorted(xs), atol=1.0)
    plt.close(fig)


@pytest.mark.parametrize("periods", [2, 11, 36])
def test_the_legend_of_several_series_leaves_the_counts_clear(periods):
    """The archive's quoted-voices chart (three series): ``loc="best"`` put the key over the
    counts of the summer months."""
    data = pd.concat([_data(periods, percent=True, seed=s).assign(series=name)
                      for s, name in ((3, "named sources, a long label"), (5, "unnamed sources"),
                                      (7, "unattributed"))], ignore_index=True)
    data.loc[data["series"] == "unattributed", ["value_pct", "ci_low_pct", "ci_high_pct"]] = 0.2
    fig = plots.over_time_chart(data, "y", "t", percent=True)
    fig.canvas.draw()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent()
    counts = [t.get_window_extent() for t in ax.texts if t.get_text().startswith("n=")]
    assert len(counts) == periods
    assert not [c for c in counts if c.overlaps(legend)]
    plt.close(fig)


def test_counts_stay_above_the_zero_line_when_every_value_is_below_it():
    """Counts in two rows over a chart of negative means (the shape of a run on five invented
    articles of years 1 to 1666): the band sat on the zero line."""
    data = _data(5, "year", start="1620-01-01").assign(
        value=[-0.037, -0.039, -0.047, -0.043, -0.073], ci_low=np.nan, ci_high=np.nan,
        n_articles=1)
    data["period"] = ["0001-01-01", "1621-01-01", "1622-01-01", "1665-01-01", "1666-01-01"]
    fig = plots.over_time_chart(data, "y", "t", thin=("n_articles", 2))
    fig.canvas.draw()
    ax = fig.axes[0]
    zero = ax.transData.transform((0, 0))[1]
    counts = [t.get_window_extent() for t in ax.texts if t.get_text().startswith("n=")]
    assert len(counts) == 5
    assert min(c.y0 for c in counts) > zero
    plt.close(fig)


@pytest.mark.parametrize(("periods", "percent", "most"), [(300, False, 5000), (400, True, 20000)])
def test_a_tall_band_shows_every_kth_count_and_says_so(tmp_path, periods, percent, most):
    """Round 4 drew 27 rows of counts for 400 years (correct, unreadable): now at most
    ``MAX_BAND_ROWS`` rows of the counts of every k-th year, the x label saying so, and the CSV
    written beside the figure keeps every count."""
    from helpers.report.figures import save_figure

    data = _data(periods, "year", percent, start="1620-01-01", most=most)
    fig = plots.over_time_chart(data, "y", "t", percent=percent)
    fig.canvas.draw()
    ax = fig.axes[0]
    label = ax.get_xlabel()
    thinned = re.search(r"\nn shown for every (\d+)(st|nd|rd|th) year; all counts in the CSV$",
                        label)
    assert thinned, label
    every = int(thinned[1])
    counts = [t for t in ax.texts if t.get_text().startswith("n=")]
    assert len(counts) == len(range(0, periods, every)) < periods
    rows = {round(t.get_window_extent().y0) for t in counts}
    assert len(rows) <= plots.MAX_BAND_ROWS
    paths = save_figure(fig, "tall", data=data, caption="c", output_dir=tmp_path)
    csv = pd.read_csv(next(p for p in paths.values() if str(p).endswith(".csv")))
    assert csv["n_articles"].tolist() == data["n_articles"].tolist()
    plt.close(fig)
