"""Old and implausible dates in the over-time figures: an archive of 1605-1677 is dated (with
the pinned pandas, timestamps of microseconds hold it), and a year-1 or year-999 date, kept and
flagged by the corpus check, is drawn in its own year, not read back as 2001. Invented dates."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import aggregate, plots  # noqa: E402
from helpers.report.labels import MAX_PERIOD_TICKS  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _table(dates: dict[str, str]) -> tuple[pd.DataFrame, pd.Series]:
    ids = list(dates)
    per_article = pd.DataFrame({"article_id": ids, "value": [float(i) for i in range(len(ids))],
                                "weight": 1.0})
    return per_article, pd.Series(dates)


def _drawn_years(fig) -> list[int]:
    points = next(line for line in fig.axes[0].lines if line.get_marker() == "o")
    return sorted(mdates.num2date(x).year for x in points.get_xdata())


def test_an_archive_of_the_1600s_is_dated_in_the_figures():
    per_article, dates = _table({"a": "1605-03-04", "b": "1640-05-02", "c": "1666-09-02",
                                 "d": "1677-12-31"})
    table = aggregate.over_time(per_article, dates)
    assert list(table["period"]) == ["1605-01-01", "1640-01-01", "1666-01-01", "1677-01-01"]
    plotted = aggregate.over_time_plotted(table, 4)
    assert aggregate.dated_note(plotted) == "4 of 4 articles dated"
    assert aggregate.over_time_skip_reason(plotted) is None
    fig = plots.over_time_chart(plotted, "y", "t")
    assert _drawn_years(fig) == [1605, 1640, 1666, 1677]
    plt.close(fig)


def test_months_of_the_1600s():
    per_article, dates = _table({"a": "1666-09-02", "b": "1666-10-20", "c": "1667-01-05"})
    table = aggregate.over_time(per_article, dates)
    assert list(table["period_label"]) == ["1666-09", "1666-10", "1667-01"]


def test_a_year_1_date_is_year_1_not_2001():
    """``strftime`` wrote year 1 as ``1-01-01``; the chart read that back as 2001."""
    per_article, dates = _table({"a": "0001-05-05", "b": "0999-02-02", "c": "2015-11-09",
                                 "d": "2016-03-01"})
    table = aggregate.over_time(per_article, dates)
    assert list(table["period"]) == ["0001-01-01", "0999-01-01", "2015-01-01", "2016-01-01"]
    assert list(table["period_label"]) == ["0001", "0999", "2015", "2016"]
    fig = plots.over_time_chart(aggregate.over_time_plotted(table, 4), "y", "t")
    fig.canvas.draw()  # no error: the margins pass year 1, the ticks do not
    assert _drawn_years(fig) == [1, 999, 2015, 2016]
    left, right = fig.axes[0].get_xlim()
    # the year-1 point is drawn whole (test_over_time_axes.py), inside limits padded past it
    assert left < mdates.date2num(dt.date(1, 1, 1)) < right
    # a 2,000-year axis is named by a few ticks, not a comb of centuries
    assert len(fig.axes[0].get_xticks()) <= MAX_PERIOD_TICKS + 1
    plt.close(fig)
