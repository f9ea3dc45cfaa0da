"""A period with few sentences is marked thin in an over-time figure: a hollow marker joined to
no other, the minimum in the subtitle, ``n=`` under each point, and the CSV column that the
figure reads named ``n_sentences`` (a new user's month of 1 article and 3 sentences dominated
the chart)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report.aggregate import over_time, over_time_plotted  # noqa: E402
from helpers.report.figures import save_figure  # noqa: E402

PER = pd.DataFrame({"article_id": list("abcde"), "value": [0.1, 0.2, -0.4, 0.3, 0.2],
                    "weight": [40, 50, 3, 60, 45]})
DATES = pd.Series({"a": "2020-01-05", "b": "2020-02-05", "c": "2020-03-05", "d": "2020-04-05",
                   "e": "2020-04-20"})


def test_thin_period_is_hollow_and_not_joined(tmp_path) -> None:
    plotted = over_time_plotted(over_time(PER, DATES, unit="month"), 5, weight="n_sentences")
    assert "n_sentences" in plotted.columns and "weight" not in plotted.columns
    fig = plots.over_time_chart(plotted, "score", "Tone", thin=("n_sentences", 30))
    ax = fig.axes[0]
    hollow = [ln for ln in ax.lines if ln.get_marker() == "o"
              and mcolors.same_color(ln.get_markerfacecolor(), "white")]
    assert len(hollow) == 1 and np.allclose(hollow[0].get_ydata(), [-0.4])
    joined = [ln for ln in ax.lines if ln.get_linestyle() == "-"]
    ys = joined[0].get_ydata()
    assert np.isnan(ys[2]) and not np.isnan(ys[0]) and not np.isnan(ys[3])  # March: a gap
    assert "under 30 sentences" in ax.get_title(loc="left")
    labels = [t.get_text() for t in ax.texts]
    assert labels and all(t.startswith("n=") for t in labels), labels
    csv = pd.read_csv(save_figure(fig, "t", data=plotted, caption="c",
                                  output_dir=tmp_path)["csv"])
    assert csv["n_sentences"].tolist() == [40, 50, 3, 105]
    plt.close(fig)


def test_without_thin_every_point_is_filled() -> None:
    fig = plots.over_time_chart(over_time_plotted(over_time(PER, DATES, unit="month"), 5),
                                "score", "Tone")
    assert not any(mcolors.same_color(ln.get_markerfacecolor(), "white")
                   for ln in fig.axes[0].lines if ln.get_marker() == "o")
    plt.close(fig)


def test_the_year_is_on_the_first_tick_and_each_new_year() -> None:
    months = [mdates.date2num(pd.Timestamp(d)) for d in
              ("2020-03-01", "2020-06-01", "2020-09-01", "2021-01-01", "2021-04-01")]
    labels = plots.YearFirstFormatter().format_ticks(months)
    assert labels == ["Mar\n2020", "Jun", "Sep", "Jan\n2021", "Apr"]
    years = [mdates.date2num(pd.Timestamp(f"{y}-01-01")) for y in (2019, 2020)]
    assert plots.YearFirstFormatter().format_ticks(years) == ["2019", "2020"]


def test_counts_do_not_overlap_the_tick_labels() -> None:
    plotted = over_time_plotted(over_time(PER, DATES, unit="month"), 5, weight="n_sentences")
    fig = plots.over_time_chart(plotted, "score", "Tone", thin=("n_sentences", 30))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ticks = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels()
             if t.get_text()]
    counts = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    assert ticks and counts
    assert not any(c.overlaps(t) for c in counts for t in ticks)
    plt.close(fig)


def _ticks(first: str, last: str, unit: str) -> tuple[list[pd.Timestamp], list[str]]:
    """The x ticks (dates) and their labels of an over-time chart of one article a period
    from ``first`` to ``last`` (period starts)."""
    freq = "MS" if unit == "month" else "YS"
    starts = pd.date_range(first, last, freq=freq)
    ids = [f"a{i}" for i in range(len(starts))]
    per = pd.DataFrame({"article_id": ids, "value": 0.1, "weight": 40})
    dates = pd.Series((starts + pd.Timedelta(days=9)).strftime("%Y-%m-%d"), index=ids)
    fig = plots.over_time_chart(over_time_plotted(over_time(per, dates, unit=unit), len(ids)),
                                "score", "Tone")
    fig.canvas.draw()
    ax = fig.axes[0]
    ticks = [pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in ax.get_xticks()]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    plt.close(fig)
    return ticks, labels


def test_monthly_ticks_are_month_starts_named_by_month() -> None:
    # two, four, 14 and 36 months: never a tick inside a month (`05 Mar`, `15 May`), each
    # label a month name (the year on the first and on January), at most 12 ticks
    for first, last in [("2016-03-01", "2016-04-01"), ("2020-01-01", "2020-04-01"),
                        ("2016-03-01", "2017-04-01"), ("2015-01-01", "2017-12-01")]:
        ticks, labels = _ticks(first, last, "month")
        assert 2 <= len(ticks) <= 12, (first, last, labels)
        assert all(t.day == 1 for t in ticks), (first, last, ticks)
        months = {m: pd.Timestamp(2000, m, 1).strftime("%b") for m in range(1, 13)}
        for t, label in zip(ticks, labels):
            assert label.split("\n")[0] == months[t.month], (t, label)
        assert "\n" in labels[0] and labels[0].endswith(str(ticks[0].year)), labels


def test_yearly_ticks_are_year_starts_named_by_year() -> None:
    for first, last in [("2016-01-01", "2017-01-01"), ("1998-01-01", "2024-01-01")]:
        ticks, labels = _ticks(first, last, "year")
        assert 2 <= len(ticks) <= 12, (first, last, labels)
        assert all((t.month, t.day) == (1, 1) for t in ticks), (first, last, ticks)
        assert labels == [str(t.year) for t in ticks], labels
