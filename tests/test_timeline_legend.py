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


def _legend_labels(fig) -> list[str]:
    legend = fig.axes[0].get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


@pytest.mark.parametrize(("shapes", "publication", "expected"), [
    # an article of intervals alone (the archive run's one article): no "single day" key
    (["span", "span"], "2024-05-03", ["interval", "publication"]),
    (["point", "point"], "2024-05-03", ["single day", "publication"]),
    (["point", "span"], "", ["interval", "single day"]),
    (["span"], "", ["interval"]),
])
def test_the_key_lists_only_the_marks_drawn(shapes, publication, expected):
    rows = _events().iloc[[1, 3]].head(len(shapes)).assign(shape=shapes)
    ev = plots.timeline_order(rows.assign(date_end=[
        s if shape == "point" else e for s, e, shape in zip(rows["date_start"], rows["date_end"],
                                                             shapes)]))
    fig = plots.timeline_chart(ev, "An invented article", publication)
    labels = _legend_labels(fig)
    assert sorted(lab.split(" (")[0] for lab in labels) == sorted(expected)
    ax = fig.axes[0]
    assert bool(ax.patches) == ("interval" in expected)
    assert any(line.get_marker() == "o" and len(line.get_xdata()) for line in ax.lines) == (
        "single day" in expected)


def test_the_axis_label_keys_the_arrows_only_when_an_interval_is_clipped():
    near = _events().iloc[1:5]  # March to next week: nothing clipped
    fig = plots.timeline_chart(plots.timeline_order(near), "An invented article", "2024-05-03")
    assert "◀" not in fig.axes[0].get_xlabel()
    far = pd.concat([near, pd.DataFrame({
        "text": ["the 19th century"], "label": ["…the 19th century…"],
        "date_start": [dt.date(1801, 1, 1)], "date_end": [dt.date(1900, 12, 31)],
        "shape": ["span"], "position": [0.9]})], ignore_index=True)
    fig = plots.timeline_chart(plots.timeline_order(far), "An invented article", "2024-05-03")
    ax = fig.axes[0]
    assert "◀" in ax.get_xlabel()
    assert any(t.get_text().startswith("◀") for t in ax.texts)  # the arrow it keys is drawn


def test_the_combined_timeline_keys_only_what_it_draws():
    ev = _events().iloc[1:5].assign(article_id="a", publication="")
    label = plots.time_axis_chart(ev, {"a": "An invented article"}).axes[0].get_xlabel()
    assert "▼" not in label and "◀" not in label
    label = plots.time_axis_chart(ev.assign(publication="2024-05-03"),
                                  {"a": "An invented article"}).axes[0].get_xlabel()
    assert "▼ publication" in label and "◀" not in label


@pytest.mark.parametrize("publication", ["0001-01-01", "9999-12-31"])
def test_an_implausible_publication_date_still_draws(publication):
    """A file named ``ref-0001-01-01.txt`` dates its article to year 1 (flagged by the corpus
    check, kept): the padded axis ran into year 0 and notebook 04 failed on it."""
    ev = _events().iloc[1:4]
    fig = plots.timeline_chart(plots.timeline_order(ev), "An invented article", publication)
    fig.canvas.draw()
    lo, hi = fig.axes[0].get_xlim()
    assert dt.date(1, 1, 1) <= matplotlib.dates.num2date(lo).date()
    assert matplotlib.dates.num2date(hi).date() <= dt.date(9999, 12, 31)
    lanes = ev.assign(article_id="a", publication=publication,
                      date_mid=ev["date_start"], position=[0.2, 0.5, 0.8])
    plots.time_axis_chart(lanes, {"a": "An invented article"}).canvas.draw()
    plots.telling_vs_told_chart(lanes, {"a": "An invented article"}).canvas.draw()
