"""Notebook 01's chart of each article's shape: words per block of prose, coloured by section.

Kept apart from :mod:`helpers.report.plots` (at its 800-line limit). Why a module of its own:
up to four articles the chart is one column with each panel's section headings in a legend
beside it; past four it is a grid (:func:`helpers.report.layout.panel_grid`) and one legend
for the whole figure says what a colour means (the section's number in its article: the
headings of twelve articles would need twelve legends, which kept the chart in one column,
10 x 31 in at 12 panels). The headings are in the CSV saved beside the figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from helpers.report.labels import short, tag_repeats
from helpers.report.layout import grid_columns, panel_grid
from helpers.report.plots import GREY, PALETTE, category_colours

__all__ = ["SHARED_LEGEND_GID", "article_structure_chart", "section_colours"]

#: The ``gid`` of the one figure legend of a grid (tests find it by this).
SHARED_LEGEND_GID = "section-legend"
#: Sections with a colour of their own (numbers 0 .. OWN - 1); later sections share grey.
OWN = len(PALETTE) - 1
X_LABEL = "Block of prose, in reading order (colour = section)"


def section_colours(indices: Sequence[int]) -> dict[int, str]:
    """A colour per section number: section ``k`` gets the palette's ``k``-th colour, the same
    in every panel (so one legend serves all), sections numbered ``OWN`` or more grey."""
    palette = category_colours(OWN)
    return {int(i): palette[int(i)] if 0 <= int(i) < OWN else GREY for i in indices}


def _bars(ax: Axes, grp: pd.DataFrame, colour: Mapping[int, str]) -> None:
    """One article's blocks as bars, ``words`` high, in one collection.

    Why one collection per panel, not a patch per bar: 12 articles of 120 blocks each drew
    and exported 1,400 artists three times (PNG, SVG, PDF).
    """
    x, h = grp["position"].to_numpy(dtype=float), grp["words"].to_numpy(dtype=float)
    zero = np.zeros_like(h)
    ax.add_collection(PolyCollection(
        np.stack([np.stack([x - 0.4, zero], 1), np.stack([x - 0.4, h], 1),
                  np.stack([x + 0.4, h], 1), np.stack([x + 0.4, zero], 1)], 1),
        facecolors=[colour[int(s)] for s in grp["section_index"]], linewidths=0))
    ax.autoscale_view()


def _named_legend(ax: Axes, grp: pd.DataFrame, colour: Mapping[int, str]) -> None:
    """Right of one panel: its sections' headings, ``(opening)`` for the untitled first part,
    and one grey ``other (k sections)`` entry for the sections past the palette. Headings that
    cut to the same label get ``(section k)``."""
    sections = grp.drop_duplicates("section_index")
    own = sections[sections["section_index"] < OWN]
    handles = [Rectangle((0, 0), 1, 1, color=colour[int(i)]) for i in own["section_index"]]
    # headings that cut to one label (or are the same) get their section's number
    labels = tag_repeats([short(s or "(opening)", 28) for s in own["section"]],
                         [f"(section {int(i)})" for i in own["section_index"]])
    if len(own) < len(sections):
        handles.append(Rectangle((0, 0), 1, 1, color=GREY))
        labels.append(f"other ({len(sections) - len(own)} sections)")
    ax.legend(handles, labels, fontsize=8, title="Section", title_fontsize=8,
              loc="upper left", bbox_to_anchor=(1.01, 1.0))


def _shared_legend(fig: Figure, indices: Sequence[int], colour: Mapping[int, str]) -> None:
    """Under the panels: what each colour means, once for the whole figure."""
    present = sorted({int(i) for i in indices})
    own = [i for i in present if i < OWN]
    handles = [Rectangle((0, 0), 1, 1, color=colour[i]) for i in own]
    labels = ["0: before the first subheading" if i == 0 else f"section {i}" for i in own]
    if len(own) < len(present):
        handles.append(Rectangle((0, 0), 1, 1, color=GREY))
        labels.append(f"section {OWN} and later")
    legend = fig.legend(handles, labels, loc="outside lower center", ncol=min(4, len(labels)),
                        fontsize=8, title="Section, in the article's reading order (headings: "
                        "in the CSV beside this figure)", title_fontsize=8)
    legend.set_gid(SHARED_LEGEND_GID)


def article_structure_chart(shape: pd.DataFrame, titles: Mapping[str, str]) -> Figure:
    """One panel per article: words per prose block in reading order, coloured by section.

    Every panel has the same y scale (words), so that long and short paragraphs compare. Up to
    four articles: one column, each panel with a legend of its section headings; more: a grid
    with one legend of section numbers under it (the same colour is the same section number
    in every panel).

    ``shape``: ``article_id``, ``position`` (1-based block order), ``section_index`` (0 before
    the first heading), ``section`` (heading text, empty before the first one), ``words``.
    """
    arts = list(dict.fromkeys(shape["article_id"]))
    one_column = grid_columns(len(arts)) == 1
    # in a grid a 5-in column holds a title of about 60 characters at 9 pt
    grid = panel_grid(len(arts), 10, 2.6 if one_column else 1.9, extra=0.0 if one_column else 1.4,
                      grid_width=5.0, title_chars=70 if one_column else 120, sharey=True)
    colour = section_colours(shape["section_index"].unique())
    for ax, article_id in zip(grid.axes, arts):
        grp = shape[shape["article_id"] == article_id]
        _bars(ax, grp, colour)
        # block numbers are whole: a short article got ticks at 0.75, 1.25 ... (session 13)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="y", labelleft=True)
        ax.set_title(short(titles.get(article_id, article_id), grid.title_chars),
                     fontsize=10 if one_column else 9)
        if one_column:
            ax.set_ylabel("Words")
            _named_legend(ax, grp, colour)
    if not arts:
        grid.empty("no prose blocks")
    grid.label(X_LABEL, "" if one_column else "Words")
    if not one_column:
        _shared_legend(grid.fig, shape["section_index"].tolist(), colour)
    return grid.fig
