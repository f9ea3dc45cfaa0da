"""Over-time axes that start at year 1 or end at year 9999 (an implausible date, kept and flagged):
year ticks on multiples of a round step (not 1, 201, 401 ...), a point on the first or last period
drawn whole inside padded limits, and every ``n=`` count inside the axes. Tested on tick
positions, axis limits and label boxes after drawing, not pixels. Invented dates."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report.labels import DATE_MIN, MAX_PERIOD_TICKS, PeriodLocator  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _years(periods: list[str], n: list[int] | None = None) -> pd.DataFrame:
    k = len(periods)
    return pd.DataFrame({"series": "s", "period": periods, "unit": "year",
                         "n_articles": n or [3] * k, "value": [0.1 * i for i in range(k)],
                         "ci_low": [0.1 * i - 0.05 for i in range(k)],
                         "ci_high": [0.1 * i + 0.05 for i in range(k)]})


def _tick_years(ax) -> list[int]:
    return [mdates.num2date(x).year for x in ax.get_xticks()]


def _marker_boxes(ax) -> list[Bbox]:
    boxes = []
    for line in ax.lines:
        if line.get_marker() == "o":
            r = line.get_markersize() / 2 * ax.figure.dpi / 72
            boxes += [Bbox([[x - r, y - r], [x + r, y + r]])
                      for x, y in ax.transData.transform(line.get_xydata())]
    return boxes


def _inside(inner: Bbox, outer: Bbox) -> bool:
    return (outer.x0 <= inner.x0 and inner.x1 <= outer.x1 and outer.y0 <= inner.y0
            and inner.y1 <= outer.y1)


@pytest.mark.parametrize("periods", [
    ["0001-01-01", "0999-01-01", "2015-01-01", "2016-01-01"],  # round 4's old-dates run
    ["0001-01-01", "1621-01-01", "1666-01-01"],
    ["2015-01-01", "9999-01-01"],
])
def test_year_ticks_fall_on_round_years_and_every_point_is_whole(periods):
    fig = plots.over_time_chart(_years(periods), "y", "t")
    fig.canvas.draw()
    ax = fig.axes[0]
    years = _tick_years(ax)
    step = years[1] - years[0]
    assert step in (200, 250, 500, 1000), years
    assert all(y % step == 0 for y in years), years  # 200, 400 ..., not 1, 201, 401 ...
    assert len(years) <= MAX_PERIOD_TICKS + 1
    frame = ax.get_window_extent()
    marks = _marker_boxes(ax)
    assert len(marks) == len(periods)
    assert all(_inside(m, frame) for m in marks), "a point cut by a spine"
    counts = [t.get_window_extent() for t in ax.texts if t.get_text().startswith("n=")]
    assert len(counts) == len(periods)
    assert all(_inside(c, frame) for c in counts), "a count over a spine"
    plt.close(fig)


def test_a_wide_count_at_the_edge_is_moved_inside_the_axes():
    fig = plots.over_time_chart(_years(["2001-01-01", "2002-01-01", "2003-01-01"],
                                       n=[1234567890, 5, 1234567890]), "y", "t")
    fig.canvas.draw()
    ax = fig.axes[0]
    frame = ax.get_window_extent()
    counts = [t.get_window_extent() for t in ax.texts if t.get_text().startswith("n=")]
    assert all(_inside(c, frame) for c in counts)
    plt.close(fig)


@pytest.mark.parametrize(("unit", "step", "start", "end", "expected"), [
    ("year", 10, dt.date(1603, 7, 1), dt.date(1677, 1, 1),
     [dt.date(y, 1, 1) for y in range(1610, 1671, 10)]),
    ("year", 200, dt.date(1, 1, 1), dt.date(1000, 1, 1),
     [dt.date(y, 1, 1) for y in (200, 400, 600, 800, 1000)]),
    ("month", 3, dt.date(2015, 11, 15), dt.date(2016, 10, 1),
     [dt.date(2016, m, 1) for m in (1, 4, 7, 10)]),
])
def test_period_locator_ticks(unit, step, start, end, expected):
    ticks = PeriodLocator(unit, step).tick_values(mdates.date2num(start), mdates.date2num(end))
    assert [mdates.num2date(t).date() for t in ticks] == expected


@pytest.mark.parametrize(("unit", "expected"), [
    ("year", [dt.date(y, 1, 1) for y in (1, 2, 3)]),
    ("month", [dt.date(1, m, 1) for m in (1, 2, 3)]),
])
def test_a_view_padded_before_year_1_ticks_from_year_1(unit, expected):
    """The limits pass year 1 to draw a year-1 point whole; no tick before it (matplotlib
    cannot name a day of year 0)."""
    last = dt.date(3, 6, 1) if unit == "year" else dt.date(1, 3, 20)
    ticks = PeriodLocator(unit, 1).tick_values(DATE_MIN - 400, mdates.date2num(last))
    assert [mdates.num2date(t).date() for t in ticks] == expected
