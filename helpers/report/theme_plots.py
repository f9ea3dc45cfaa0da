"""Theme plots for the notebooks: a theme's score per paragraph, article by article."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.report.labels import short
from helpers.report.layout import panel_grid

__all__ = ["OnTheme", "on_theme", "plot_trajectory", "trajectory_data"]


def trajectory_data(paragraphs: pd.DataFrame, theme: str) -> pd.DataFrame:
    """Per body paragraph: ``article_id``, ``paragraph_index``, ``section``, ``score``,
    ``present`` for one theme (from :func:`helpers.instruments.themes.paragraph_themes`), in
    reading order."""
    cols = ["article_id", "paragraph_index", "section", "score", "present"]
    if paragraphs.empty:
        return pd.DataFrame(columns=cols)
    return (paragraphs.rename(columns={theme: "score", f"{theme}_present": "present"})
            .reindex(columns=["source"] + cols).sort_values(["source", "article_id",
                                                             "paragraph_index"])
            .drop(columns="source").reset_index(drop=True))


class OnTheme(NamedTuple):
    """Per article: body paragraphs where the theme is coded present, and their share of the
    article's body paragraphs (0-1)."""

    paragraphs: pd.Series
    share: pd.Series


def on_theme(trajectory: pd.DataFrame) -> OnTheme:
    """How much each article of :func:`trajectory_data` is about the theme: the rank and the
    tie-break of the articles drawn in the trajectory figure (most coded paragraphs first; of
    two with as many, the one where they are the larger share, i.e. the shorter article).

    Why the share: most panels of a news archive have the theme in one paragraph, and breaking
    those ties by length put a 153-paragraph live blog first; the share favours articles where
    the theme weighs more, and does not grow with length as a total score would.
    """
    present = trajectory["present"].astype("boolean").fillna(False).astype(bool)
    grouped = present.groupby(trajectory["article_id"])
    return OnTheme(grouped.sum().astype(int), grouped.mean().astype(float))


def _bars(ax: Axes, x: list[float], heights: list[float], colors: list[str],
          width: float = 0.8) -> None:
    """Bars drawn as one collection, not one patch each.

    Why: twelve articles of an archive have thousands of paragraphs; as separate patches the
    figure took about 17 CPU seconds to save as PNG, SVG and PDF.
    """
    from matplotlib.collections import PolyCollection

    half = width / 2
    verts = [[(i - half, 0.0), (i - half, h), (i + half, h), (i + half, 0.0)]
             for i, h in zip(x, heights)]
    ax.add_collection(PolyCollection(verts, facecolors=colors, edgecolors="none",
                                     linewidths=0), autolim=False)


def plot_trajectory(data: pd.DataFrame, label: str,
                    titles: Mapping[str, str] | None = None) -> Figure:
    """Bar chart per article of a theme's score per paragraph, sections marked.

    ``data`` from :func:`trajectory_data`. Bars of paragraphs coded present are dark, others
    light; a dashed line and the section name mark each section's first paragraph. More than
    four articles are laid out in a grid (:func:`helpers.report.layout.panel_grid`). Returns a
    matplotlib Figure (a note in an empty axis when there is nothing to plot).
    """
    articles = list(dict.fromkeys(data["article_id"])) if not data.empty else []
    grid = panel_grid(len(articles), 9, 2.6, extra=0.6, title_chars=70)
    fig = grid.fig
    if not articles:
        grid.empty("no body paragraphs")
        grid.axes[0].set_axis_off()
        return fig
    top = max(1.0, float(data["score"].max()) * 1.25)
    for ax, art in zip(grid.axes, articles):
        d = data[data["article_id"] == art]
        colors = ["#1f4e79" if p else "#b9c9d9" for p in d["present"]]
        _bars(ax, d["paragraph_index"].tolist(), d["score"].tolist(), colors)
        prev = None
        for pi, sec in zip(d["paragraph_index"], d["section"]):
            if sec != prev and prev is not None or (prev is None and sec):
                ax.axvline(pi - 0.5, color="#777777", linestyle="--", linewidth=0.8)
                ax.text(pi - 0.4, top * 0.97, short(sec, 28), fontsize=7, va="top",
                        color="#444444")
            prev = sec
        if not d["score"].astype(float).any():  # an empty panel says why it is empty
            ax.text(0.5, 0.5, "no match of the theme in this article", transform=ax.transAxes,
                    ha="center", va="center", color="#444444", fontsize=9)
        ax.set_ylim(0, top)
        ax.set_xlim(-0.8, max(d["paragraph_index"].max(), 1) + 0.8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # paragraphs: no tick at 2.5
        title = (titles or {}).get(art, art)
        ax.set_title(f"{short(title, grid.title_chars)} — {int(d['present'].sum())} of {len(d)} "
                     "paragraphs", fontsize=9, loc="left")
    grid.label("body paragraph (reading order)", "matches per\n1,000 words")
    fig.suptitle(f"Where the theme “{label}” appears (dark bars: coded present)", fontsize=11)
    return fig
