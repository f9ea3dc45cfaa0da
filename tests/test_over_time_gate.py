"""Over-time figures say how much of the corpus is dated, are not drawn from too few dated
articles or periods, and never draw a share below 0 (synthetic frames)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report.aggregate import (  # noqa: E402
    MIN_DATED_ARTICLES,
    dated_note,
    over_time,
    over_time_plotted,
    over_time_skip_reason,
)


def _per(values: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(values))],
                         "value": values, "weight": [1] * len(values)})


def test_one_dated_article_of_thirty_is_not_drawn_and_says_why():
    per = _per([0.01] * 30)
    dates = pd.Series({"a0": "2016-05-01"})
    plotted = over_time_plotted(over_time(per, dates), 30, percent=True)
    reason = over_time_skip_reason(plotted)
    assert reason is not None and "1 of 30 articles dated" in reason
    assert str(MIN_DATED_ARTICLES) in reason


def test_dated_articles_in_one_period_are_not_drawn():
    per = _per([0.1, 0.2, 0.3, 0.4])
    dates = pd.Series({"a0": "2016-05-01", "a1": "2016-05-03", "a2": "2016-05-09"})
    plotted = over_time_plotted(over_time(per, dates), 4)
    reason = over_time_skip_reason(plotted)
    assert reason is not None and "3 of 4 articles dated" in reason and "one month" in reason


def test_no_dated_article_gives_a_reason_with_the_total():
    per = _per([0.1, 0.2])
    plotted = over_time_plotted(over_time(per, pd.Series(dtype=object)), 2)
    assert "0 of 2 articles dated" in over_time_skip_reason(plotted, 2)


def test_enough_dated_articles_are_drawn_with_the_dated_count_in_csv_and_title():
    per = _per([0.02, 0.04, 0.01, 0.03, 0.05])
    dates = pd.Series({"a0": "2016-01-02", "a1": "2016-02-02", "a2": "2016-03-02",
                       "a3": "2016-03-09"})
    plotted = over_time_plotted(over_time(per, dates), 5, percent=True)
    assert over_time_skip_reason(plotted) is None
    assert set(plotted["dated_articles"]) == {4} and set(plotted["all_articles"]) == {5}
    assert dated_note(plotted) == "4 of 5 articles dated"
    fig = plots.over_time_chart(plotted, "Share (%)", "Shares by month", percent=True)
    ax = fig.axes[0]
    assert "4 of 5 articles dated" in ax.get_title(loc="left")
    assert ax.get_ylim()[0] >= 0  # a share axis never below 0
    np.testing.assert_allclose(ax.lines[0].get_ydata(), plotted["value_pct"])
    # the percent columns are the fractions ×100, named for their unit
    assert "value" not in plotted and np.isclose(plotted["value_pct"].iloc[0], 2.0)


def test_a_share_near_zero_keeps_the_axis_at_zero():
    data = pd.DataFrame({"series": "s", "period": ["2020-01-01", "2021-01-01"], "unit": "year",
                         "n_articles": [2, 2], "value_pct": [0.0, 0.0],
                         "ci_low_pct": [0.0, 0.0], "ci_high_pct": [0.0, 0.0]})
    fig = plots.over_time_chart(data, "Share (%)", "t", percent=True)
    assert fig.axes[0].get_ylim()[0] == 0.0


def test_shares_all_zero_read_as_zero_and_their_counts_clear_the_ticks():
    """A theme no dated article has (an archive of US news, "Party factionalism" by month): the
    axis ran 0 to 0.06 (%), and each `n=` under a point at 0 sat on the month names."""
    data = pd.DataFrame({"series": "s", "period": ["2016-01-01", "2016-02-01", "2016-03-01"],
                         "unit": "month", "n_articles": [2, 1, 1], "value_pct": [0.0] * 3,
                         "ci_low_pct": [0.0, np.nan, np.nan], "ci_high_pct": [0.0, np.nan, np.nan]})
    fig = plots.over_time_chart(data, "Share (%)", "t", percent=True)
    ax = fig.axes[0]
    assert ax.get_ylim() == (0.0, 1.0)
    counts = [t for t in ax.texts if t.get_text().startswith("n=")]
    assert [t.get_text() for t in counts] == ["n=2", "n=1", "n=1"]
    fig.canvas.draw()  # in the band along the top of the axes, never on the month names
    inside = ax.get_window_extent()
    assert all(inside.y0 < t.get_window_extent().y0 < inside.y1 for t in counts)


def test_counts_stand_above_every_point_and_bar():
    """Round 3 of the archive run: the counts left the points (they sat on the error bars) for
    a band along the top; ``test_over_time_counts.py`` checks the overlaps at every scale."""
    data = pd.DataFrame({"series": "s", "period": ["2016-01-01", "2016-02-01", "2016-03-01"],
                         "unit": "month", "n_articles": [3, 3, 3], "value": [0.2, -0.1, 0.4],
                         "ci_low": [0.1, -0.2, 0.3], "ci_high": [0.3, 0.0, 0.5]})
    fig = plots.over_time_chart(data, "Mean score", "t")
    ax = fig.axes[0]
    fig.canvas.draw()
    counts = [t for t in ax.texts if t.get_text().startswith("n=")]
    top_of_data = ax.transData.transform((0, 0.5))[1]  # the highest interval end
    assert len(counts) == 3 and all(t.get_window_extent().y0 > top_of_data for t in counts)
