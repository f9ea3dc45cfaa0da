"""The size of a chart at scale: per-article panels laid out in a grid, rows capped per panel.

Why: on a 1,000-article archive a chart of twelve article panels in one column was 700-1,300 x
3,900 px and a per-article timeline of 106 dated expressions was taller than
:data:`helpers.report.figures.MAX_PIXELS`; both were saved downscaled to about 100 dpi, their
labels 8 px high. Every per-article panel chart lays itself out with :func:`panel_grid`, and a
timeline draws at most :data:`MAX_TIMELINE_ROWS` rows (:func:`timeline_rows`), the rest in the
table of all dated expressions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

__all__ = ["MAX_TIMELINE_ROWS", "ONE_COLUMN_PANELS", "PanelGrid", "grid_columns", "panel_grid",
           "rows_note", "timeline_rows"]

#: The ``gid`` of the note that says how many rows a chart leaves out.
ROWS_NOTE_GID = "rows-not-drawn"

#: Panels stacked in one column up to this number; more go into 2 (up to 8) or 3 columns.
ONE_COLUMN_PANELS = 4
#: Rows of one per-article timeline: 0.3 inch each, 40 rows keep the figure near 13 inches
#: tall, under the pixel cap at 300 dpi.
MAX_TIMELINE_ROWS = 40


@dataclass(frozen=True)
class PanelGrid:
    """A figure of ``n`` panels: ``axes`` in reading order (row by row), one per panel; the
    grid's unused cells are hidden. ``title_chars``: how long a panel title may be."""

    fig: Figure
    axes: list[Axes]
    ncols: int
    title_chars: int

    def bottom(self) -> list[Axes]:
        """The lowest panel of each column (where an x label goes)."""
        n = len(self.axes)
        return [self.axes[i] for i in range(n) if i + self.ncols >= n]

    def left(self) -> list[Axes]:
        """The panels of the first column (where a y label goes)."""
        return self.axes[::self.ncols]

    def empty(self, text: str) -> None:
        """``text`` in the middle of the first panel: there is nothing to draw."""
        self.axes[0].text(0.5, 0.5, text, transform=self.axes[0].transAxes, ha="center",
                          va="center")

    def label(self, xlabel: str = "", ylabel: str = "", fontsize: float | None = None) -> None:
        """``xlabel`` under the lowest panel of each column, ``ylabel`` left of the first."""
        for ax in self.bottom() if xlabel else []:
            ax.set_xlabel(xlabel, fontsize=fontsize)
        for ax in self.left() if ylabel else []:
            ax.set_ylabel(ylabel, fontsize=fontsize)


def grid_columns(n: int) -> int:
    """Columns for ``n`` panels: 1 up to :data:`ONE_COLUMN_PANELS`, 2 up to 8, else 3."""
    return 1 if n <= ONE_COLUMN_PANELS else 2 if n <= 8 else 3


def panel_grid(n: int, width: float, height: float | Sequence[float], *, extra: float = 0.6,
               grid_width: float = 5.0, title_chars: int = 80, **subplots: object) -> PanelGrid:
    """A figure for ``n`` per-article panels (at least one), in one column or a grid.

    ``width``: the figure's width in one column (inches); in a grid each column is
    ``grid_width`` wide and titles are cut shorter. ``height``: one panel's height, or one
    per panel (a grid row is as tall as its tallest panel); ``extra``: inches for the
    suptitle and axis labels. ``subplots``: passed to :func:`matplotlib.pyplot.subplots`
    (``sharex``, ``sharey``, ...). Shared axes keep their tick labels on every panel of a
    grid (a panel's scale is read without looking down the column).
    """
    n = max(1, n)
    ncols = grid_columns(n)
    nrows = -(-n // ncols)
    heights = np.resize(np.asarray(height, dtype=float), n)
    rows = [float(heights[r * ncols:(r + 1) * ncols].max()) for r in range(nrows)]
    fig_width = width if ncols == 1 else grid_width * ncols
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, figsize=(fig_width, sum(rows) + extra),
                             gridspec_kw={"height_ratios": rows}, **subplots)
    flat = list(axes.flat)
    for ax in flat[n:]:
        ax.set_visible(False)
    if ncols > 1:
        for ax in flat[:n]:
            ax.tick_params(labelbottom=True, labelleft=True)
    return PanelGrid(fig, flat[:n], ncols, title_chars if ncols == 1 else
                     max(30, int(title_chars * grid_width / width)))


def timeline_rows(ev: pd.DataFrame, max_rows: int = MAX_TIMELINE_ROWS
                  ) -> tuple[pd.DataFrame, int]:
    """The rows of one article's timeline to draw, and how many dated expressions are left out.

    ``ev``: sorted by ``helpers.report.timeline_plots.timeline_order`` (``date_start``,
    ``date_end``, ``position``, ...). Up to ``max_rows`` expressions, each is a row. More: one
    row per distinct interval (its first mention in the text, ``expressions`` = how many refer
    to it); if still more than ``max_rows``, the intervals referred to most often (ties: the
    earliest in the text), drawn in date order. The returned frame has an ``expressions``
    column (1 per row when nothing is grouped); the second value counts the expressions not drawn.
    """
    ev = ev.assign(expressions=1)
    if len(ev) <= max_rows:
        return ev.reset_index(drop=True), 0
    keys = ["date_start", "date_end"]
    counts = ev.groupby(keys, sort=False)["expressions"].transform("size")
    first = ev.assign(expressions=counts).sort_values("position", kind="stable")
    first = first.drop_duplicates(keys)
    if len(first) > max_rows:
        first = first.sort_values(["expressions", "position"], ascending=[False, True],
                                  kind="stable").head(max_rows)
    drawn = ev.loc[first.index].assign(expressions=first["expressions"])
    drawn = drawn.sort_values(["date_start", "date_end", "position"]).reset_index(drop=True)
    return drawn, int(len(ev) - drawn["expressions"].sum())


def rows_note(ax: Axes, more: int, what: str, how: str, table: str) -> None:
    """A note between ``ax``'s title and the axes that ``more`` ``what`` are not drawn
    (``how`` the rows drawn were chosen) and are all in ``table``; nothing when ``more`` is 0.

    Why: a chart that leaves rows out says so on the figure, not only in the notebook. Give
    the title ``pad=20`` to make room for it.
    """
    if more:
        ax.annotate(f"{more:,} more {what} not drawn ({how}): all are in {table}", xy=(0, 1),
                    xycoords="axes fraction", xytext=(0, 4), textcoords="offset points",
                    fontsize=8, color="#555555", va="bottom", gid=ROWS_NOTE_GID)
