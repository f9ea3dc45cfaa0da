"""Tall figures at scale: twelve article panels in a grid and a long article's timeline capped,
each within the pixel cap at a readable resolution (at least 150 dpi), the rows left out named
on the figure and the CSV beside it equal to the rows drawn.

Before the fix (archive of 1,000 articles): twelve panels in one column were saved at 84-122 dpi
and a timeline of 106 dated expressions at 118 dpi, labels about 8 px high.
"""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from helpers.report import plots, timeline_plots  # noqa: E402
from helpers.report import theme_plots as tp  # noqa: E402
from helpers.report.figures import MAX_PIXELS, png_dpi, save_figure  # noqa: E402
from helpers.report.layout import (  # noqa: E402
    MAX_TIMELINE_ROWS,
    ROWS_NOTE_GID,
    grid_columns,
    panel_grid,
    timeline_rows,
)

pytestmark = pytest.mark.usefixtures("house_style")

READABLE_DPI = 150
TITLE = "A rather long article title about the party's budget rift and the vote that follows"


def _ids(n: int) -> list[str]:
    return [f"a{i:02d}" for i in range(n)]


def _lengths(n: int) -> pd.DataFrame:
    rows = [{"article_id": a, "bin_start": b, "share_pct": float(1 + (i + b) % 7)}
            for i, a in enumerate(_ids(n)) for b in range(0, 60, 5)]
    return pd.DataFrame(rows)


def _arc(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    parts = []
    for a in _ids(n):
        value = rng.normal(0, 0.3, 120)
        parts.append(pd.DataFrame({"article_id": a, "section_index": np.repeat([0, 1, 2], 40),
                                   "value": value, "rolling": value, "band_low": value - 0.1,
                                   "band_high": value + 0.1}))
    return pd.concat(parts, ignore_index=True)


def _speakers(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "speaker": f"a member of the national committee {s}",
                          "named": bool(s % 2), "share_pct": float(30 - 2 * s),
                          "is_other": s == 10} for a in _ids(n) for s in range(11)])


def _trajectory(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "paragraph_index": p, "section": f"Part {p // 10}",
                          "score": float(p % 5), "present": p % 3 == 0}
                         for a in _ids(n) for p in range(60)])


CHARTS = {
    "sentence-length-distribution": lambda n: plots.sentence_length_chart(
        _lengths(n), dict.fromkeys(_ids(n), TITLE)),
    "sentiment-arc": lambda n: plots.sentiment_arc_chart(_arc(n), dict.fromkeys(_ids(n), TITLE)),
    "quoted-words-by-speaker": lambda n: plots.speaker_shares_chart(
        _speakers(n), dict.fromkeys(_ids(n), TITLE)),
    "theme-trajectory": lambda n: tp.plot_trajectory(_trajectory(n), "a theme",
                                                     dict.fromkeys(_ids(n), TITLE)),
}


def _columns(fig: matplotlib.figure.Figure) -> int:
    """How many distinct columns the figure's visible panels sit in."""
    return len({round(ax.get_position().x0, 3) for ax in fig.axes if ax.get_visible()})


def _save(fig: matplotlib.figure.Figure, tmp_path, name: str, data: pd.DataFrame
          ) -> tuple[int, tuple[int, int]]:
    """The PNG resolution chosen for ``fig`` and the saved PNG's size, failing on a warning."""
    dpi = png_dpi(fig)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = save_figure(fig, name, data=data, caption="c", output_dir=tmp_path)
    return dpi, Image.open(paths["png"]).size


@pytest.mark.parametrize("chart", sorted(CHARTS))
def test_twelve_panels_are_a_grid_within_the_cap_at_a_readable_dpi(chart, tmp_path):
    fig = CHARTS[chart](12)
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert len(panels) == 12
    assert _columns(fig) == 3
    dpi, size = _save(fig, tmp_path, chart, pd.DataFrame({"x": [1]}))
    assert max(size) <= MAX_PIXELS
    assert dpi >= READABLE_DPI, f"{chart}: {size} px at {dpi} dpi"


@pytest.mark.parametrize("chart", sorted(CHARTS))
@pytest.mark.parametrize("n", [1, 2])
def test_one_or_two_panels_stay_in_one_column_at_full_resolution(chart, n, tmp_path):
    fig = CHARTS[chart](n)
    assert len([ax for ax in fig.axes if ax.get_visible()]) == n
    assert _columns(fig) == 1
    dpi, size = _save(fig, tmp_path, chart, pd.DataFrame({"x": [1]}))
    assert dpi == 300 and max(size) <= MAX_PIXELS


def test_panel_grid_columns_and_hidden_cells():
    assert [grid_columns(n) for n in (1, 4, 5, 8, 9, 12)] == [1, 1, 2, 2, 3, 3]
    grid = panel_grid(7, 8, 1.0)
    assert len(grid.axes) == 7 and grid.ncols == 2
    assert sum(not ax.get_visible() for ax in grid.fig.axes) == 1  # the 8th cell
    assert grid.bottom() == [grid.axes[5], grid.axes[6]]  # lowest panel of each column
    assert grid.left() == [grid.axes[0], grid.axes[2], grid.axes[4], grid.axes[6]]
    assert grid.title_chars < panel_grid(1, 8, 1.0, title_chars=80).title_chars


def _long_timeline(n: int = 106, distinct: int = 70) -> pd.DataFrame:
    """``n`` single-day expressions over ``distinct`` dates, the first dates mentioned most."""
    rng = np.random.default_rng(3)
    day = np.concatenate([np.arange(distinct), rng.integers(0, 20, n - distinct)])
    dates = pd.Timestamp("2015-01-05") + pd.to_timedelta(day * 7, unit="D")
    iso = dates.strftime("%Y-%m-%d")
    return timeline_plots.timeline_order(pd.DataFrame({
        "date_start": dates, "date_end": dates, "shape": "day",
        "position": rng.permutation(n) / n, "text": [f"expression {i}" for i in range(n)],
        "label": [f"event {i}" for i in range(n)], "value": iso, "interval_start": iso,
        "interval_end": iso}))


def test_timeline_rows_keeps_a_short_article_whole():
    ev = _long_timeline(30, 25)
    drawn, more = timeline_rows(ev)
    assert more == 0 and len(drawn) == 30 and drawn["expressions"].eq(1).all()
    assert drawn["text"].tolist() == ev["text"].tolist()


def test_timeline_rows_groups_same_dates_and_keeps_the_most_mentioned():
    ev = _long_timeline()
    drawn, more = timeline_rows(ev)
    assert len(drawn) == MAX_TIMELINE_ROWS
    assert more + drawn["expressions"].sum() == len(ev)  # every expression drawn or counted
    assert not drawn.duplicated(["date_start", "date_end"]).any()
    per_date = ev.groupby("date_start").size()
    assert drawn["expressions"].tolist() == per_date[drawn["date_start"]].tolist()
    # no date left out is mentioned more often than one drawn
    left_out = per_date.drop(drawn["date_start"])
    assert left_out.max() <= drawn["expressions"].min()
    assert drawn["date_start"].is_monotonic_increasing  # drawn in date order
    # each row is the first mention of its date in the text
    first = ev.sort_values("position").drop_duplicates("date_start").set_index("date_start")
    assert drawn["text"].tolist() == first.loc[drawn["date_start"], "text"].tolist()


def test_long_timeline_within_the_cap_with_a_note_and_its_csv_equal_to_the_rows(tmp_path):
    ev = _long_timeline()
    drawn, more = timeline_rows(ev)
    fig = timeline_plots.timeline_chart(drawn, TITLE, "2015-06-01", more=more,
                                        table="timeline-dated-events.csv")
    ax = fig.axes[0]
    notes = [t.get_text() for t in ax.texts if t.get_gid() == ROWS_NOTE_GID]
    assert len(notes) == 1
    assert f"{more} more dated expressions" in notes[0]
    assert "timeline-dated-events.csv" in notes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(drawn)
    data = drawn[["text", "value", "interval_start", "interval_end", "shape", "label",
                  "expressions"]]
    dpi = png_dpi(fig)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = save_figure(fig, "timeline-long", data=data, caption="c", output_dir=tmp_path)
    assert max(Image.open(paths["png"]).size) <= MAX_PIXELS and dpi >= READABLE_DPI
    saved = pd.read_csv(paths["csv"], keep_default_na=False)
    assert len(saved) == len(labels)
    for label, row in zip(labels, saved.itertuples()):  # the CSV rows are the drawn rows
        assert label.startswith(f"{row.text} — {row.label}")
        assert label.endswith(f"(×{row.expressions})") == (row.expressions > 1)


def test_short_timeline_has_no_note():
    drawn, more = timeline_rows(_long_timeline(12, 10))
    fig = timeline_plots.timeline_chart(drawn, TITLE, "", more=more)
    assert not [t for t in fig.axes[0].texts if t.get_gid() == ROWS_NOTE_GID]
