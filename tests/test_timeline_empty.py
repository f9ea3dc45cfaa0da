"""Timeline figures of articles with nothing to date, and the line of publication dates.

An undated article (no date in the text, no ``metadata.csv``, no ``DATE=``) of nothing but
relative expressions (``last weekend``) drew two empty figures whose ticks read ``01-01 00 …
01-02 00`` (the 1970 epoch) and ``0.0 … 1.0``, saying only "no dated expressions"; notebook 04
printed one ``(none)`` per article (840 on an archive).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers.report import timeline_plots

_COLUMNS = ["article_id", "position", "date_start", "date_mid", "date_end", "shape",
            "publication", "text"]


def _no_events() -> pd.DataFrame:
    return pd.DataFrame(columns=_COLUMNS)


@pytest.mark.parametrize("chart", [timeline_plots.time_axis_chart,
                                   timeline_plots.telling_vs_told_chart])
def test_an_empty_timeline_has_no_ticks_and_says_why(chart):
    note = timeline_plots.no_dated_note([None])
    fig = chart(_no_events(), {}, empty_note=note)
    try:
        shown = [ax for ax in fig.axes if ax.get_visible()]
        assert len(shown) == 1
        ax = shown[0]
        assert list(ax.get_xticks()) == [] and list(ax.get_yticks()) == []
        texts = [t.get_text() for t in ax.texts]
        assert texts == [note]
        assert fig.get_size_inches()[1] <= 2.5  # a strip, not a 4-inch frame of nothing
    finally:
        plt.close(fig)


def test_the_note_names_the_undated_articles_and_the_remedy():
    assert timeline_plots.no_dated_note(["2016-03-01", "2016-04-02"]) == "no dated expressions"
    one = timeline_plots.no_dated_note([None])
    assert "the article has no publication date" in one and "DATE=" in one
    many = timeline_plots.no_dated_note(["2016-03-01"] + [""] * 839)
    assert "839 of 840 articles have no publication date" in many
    assert "metadata.csv" in many


def test_the_dates_line_lists_few_and_summarises_many():
    assert timeline_plots.dates_line(["2007-09-17", "2017-03-23"]) == (
        "2 articles; publication dates: 2007-09-17, 2017-03-23")
    assert timeline_plots.dates_line([None]) == "1 article; publication date: (none)"
    many = ["2016-05-02", None, "2015-11-11"] + [""] * 837
    line = timeline_plots.dates_line(many)
    assert line == "840 articles; publication dates: 2015-11-11 to 2016-05-02; 838 of 840 with none"
    assert timeline_plots.dates_line([None] * 840) == "840 articles; publication dates: none"


def test_a_timeline_with_events_keeps_its_date_ticks():
    ev = pd.DataFrame({
        "article_id": ["a", "a"], "position": [0.1, 0.8],
        "date_start": pd.to_datetime(["2016-01-04", "2016-03-01"]),
        "date_mid": pd.to_datetime(["2016-01-04", "2016-03-15"]),
        "date_end": pd.to_datetime(["2016-01-04", "2016-03-31"]),
        "shape": ["day", "span"], "publication": ["2016-04-01", "2016-04-01"],
        "text": ["4 January", "March"]})
    for chart in (timeline_plots.time_axis_chart, timeline_plots.telling_vs_told_chart):
        fig = chart(ev, {"a": "A title"})
        try:
            ax = [a for a in fig.axes if a.get_visible()][0]
            assert len(ax.get_xticks()) > 1 and not ax.texts
        finally:
            plt.close(fig)
