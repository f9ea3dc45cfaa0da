"""Timeline charts keep their labels inside the axes (tidy round, 2026-12-04).

Seen on ``make run`` of the default corpus: a per-article timeline whose row labels are long has
narrow axes, and its title ("Timeline of “Losing Momentum: how Jeremy Corbyn’s support group…”")
ran past the axes' right edge; in "time of telling vs time told" the extent of a clipped
century was centred on its point, so near a panel edge half of it lay outside the panel.
Extents are measured on the laid-out figure.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from helpers.report import timeline_plots  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")

TITLE = "Losing Momentum: how Jeremy Corbyn’s support group lost its way in Liverpool"


def _left_title(ax: plt.Axes) -> Text:
    """The text artist of the left title (``ax.title`` is the centred one)."""
    return next(c for c in ax.get_children()
                if isinstance(c, Text) and c.get_text() == ax.get_title(loc="left"))


def _inside(fig: plt.Figure, ax: plt.Axes, artist: Text) -> bool:
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    box, frame = artist.get_window_extent(renderer), ax.get_window_extent(renderer)
    return frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1


def _rows(n: int) -> pd.DataFrame:
    """``n`` dated expressions with long row labels (the expression and its context)."""
    days = pd.date_range("2016-01-01", periods=n, freq="7D")
    return pd.DataFrame({
        "date_start": days, "date_end": days, "shape": "day", "position": range(n),
        "text": ["seven on a Sunday morning in late September"] * n,
        "label": ["…leaves at seven on a Sunday morning in the car park behind…"] * n})


def test_a_long_title_stays_inside_narrow_axes() -> None:
    fig = timeline_plots.timeline_chart(_rows(8), TITLE, "2016-03-01")
    ax = fig.axes[0]
    assert ax.get_title(loc="left").startswith("Timeline of “Losing Momentum")
    assert _inside(fig, ax, _left_title(ax))
    # a short title is kept whole
    fig = timeline_plots.timeline_chart(_rows(8), "Stitch-up", "2016-03-01")
    assert fig.axes[0].get_title(loc="left") == "Timeline of “Stitch-up”"


def test_clipped_extents_near_a_panel_edge_stay_inside_it() -> None:
    rows = [{"article_id": "a", "date_start": pd.Timestamp(f"2015-{m:02d}-01"),
             "date_end": pd.Timestamp(f"2015-{m:02d}-28"), "position": p}
            for m, p in zip(range(1, 6), np.linspace(0.1, 0.9, 5))]
    for p in (0.0, 1.0):  # the 19th century at the very start and the very end of the text
        rows.append({"article_id": "a", "date_start": pd.Timestamp("1801-01-01"),
                     "date_end": pd.Timestamp("1900-12-31"), "position": p})
    ev = pd.DataFrame(rows).assign(shape="span", publication="2016-01-15")
    ev["date_mid"] = ev["date_start"] + (ev["date_end"] - ev["date_start"]) / 2
    fig = timeline_plots.telling_vs_told_chart(ev, {})
    ax = fig.axes[0]
    marks = [t for t in ax.texts if t.get_text().startswith("▼")]
    assert len(marks) == 2
    assert all(_inside(fig, ax, t) for t in marks)
