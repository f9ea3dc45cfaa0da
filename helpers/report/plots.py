"""The notebooks' charts: one function per chart, taking a documented DataFrame, returning a figure.

A notebook prepares the table of the numbers to plot, calls one function here, and saves the
figure with ``ctx.save_figure`` together with that table, so every exported chart carries exactly
its data. Colours come from the house style (``helpers/report/newsroom.mplstyle``, the Okabe–Ito
colour-blind-safe cycle) through :data:`PALETTE` and the role names below, never from hex codes
in the notebooks. Nothing here computes a result: a chart draws the numbers it is given.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers.core.paths import STYLE_FILE
from helpers.report.labels import YearFirstFormatter, distinct_short, period_locator
from helpers.report.labels import short as _short
from helpers.report.layout import panel_grid

__all__ = [
    "BLUE", "GREEN", "GREY", "INK", "LIGHT_GREY", "ORANGE", "PALETTE", "PINK", "SKY",
    "UNATTRIBUTED", "UNATTRIBUTED_KIND", "VERMILION", "YearFirstFormatter",
    "category_colours", "group_chart", "interval_chart",
    "key_terms_chart", "machine_vs_second_chart", "mention_network_chart",
    "scores_vs_targets_chart", "sentence_length_chart", "sentiment_arc_chart",
    "speaker_shares_chart", "textblob_vs_vader_chart", "theme_tone_chart",
    "theme_voices_chart", "over_time_chart", "verb_framing_chart", "voice_shares_chart",
    "wrap_title",
]

Figure = matplotlib.figure.Figure


def _style_colours() -> tuple[str, ...]:
    """The colour cycle of the house style file, in order."""
    params = matplotlib.rc_params_from_file(STYLE_FILE, use_default_template=False)
    return tuple(params["axes.prop_cycle"].by_key()["color"])


PALETTE: tuple[str, ...] = _style_colours()
"""The house colour cycle (Okabe–Ito): blue, vermilion, green, pink, orange, sky, yellow, black."""
BLUE, VERMILION, GREEN, PINK, ORANGE, SKY = PALETTE[:6]
GREY = "#999999"  # secondary marks (raw points, a second reader)
LIGHT_GREY = "#bfbfbf"  # marks that are context only
INK = "#555555"  # reference lines (zero, publication date)


def category_colours(n: int, what: str = "categories") -> list[str]:
    """``n`` distinct colours of the palette, one per category.

    Why: past eight categories the palette would repeat and two lines or lanes would share a
    colour without a word. More than ``len(PALETTE)`` raises ``ValueError``: group the tail
    into one ``other`` row first (:func:`helpers.report.aggregate.top_n_other`,
    :func:`helpers.report.aggregate.by_group`) or label the marks directly.
    """
    if n > len(PALETTE):
        raise ValueError(f"{n} {what} but {len(PALETTE)} distinct colours: group the rest into "
                         "'other' (aggregate.top_n_other / by_group) or label them directly")
    return list(PALETTE[:n])


def _title_line(title: str, width: int = 55) -> str:
    """A title shortened with an ellipsis for a chart heading."""
    return _short(title, width)


# --------------------------------------------------------------------------- 01 corpus


def sentence_length_chart(hist: pd.DataFrame, titles: Mapping[str, str]) -> Figure:
    """One small panel per article: share of its sentences per length bin, one scale for all.

    ``hist``: ``article_id``, ``bin_start`` (words, bins of 5), ``sentences`` (count),
    ``share_pct`` (of the article's sentences, in percent: drawn as given). Panels rather
    than grouped bars: twelve articles in one axis need twelve colours (the palette has eight)
    and a legend that covers the bars; shares rather than counts, so long and short articles
    compare.
    """
    arts = list(dict.fromkeys(hist["article_id"]))
    grid = panel_grid(len(arts), 8, 1.1, extra=0.9, grid_width=4.5, title_chars=90,
                      sharex=True, sharey=True)
    for ax, article_id in zip(grid.axes, arts):
        g = hist[hist["article_id"] == article_id]
        ax.bar(g["bin_start"], g["share_pct"], width=4.6, align="edge", color=BLUE)
        ax.set_title(_title_line(str(titles.get(article_id, article_id)), grid.title_chars),
                     fontsize=8, loc="left", fontweight="normal")
        ax.tick_params(labelsize=7)
    if not arts:
        grid.empty("no sentences")
    grid.label("Words per sentence (bins of 5)", "%")
    grid.fig.suptitle("How long are the sentences? Share of each article's sentences", x=0.02,
                      ha="left", fontweight="bold")
    return grid.fig


# --------------------------------------------------------------------------- 02 sentiment


def sentiment_arc_chart(arc: pd.DataFrame, titles: Mapping[str, str], window: int = 9) -> Figure:
    """One panel per article: sentence scores, rolling mean and bootstrap band, sections marked.

    Every panel has the same y scale (the largest absolute score of all articles).

    ``arc`` (from ``sentiment.rolling_arc``): ``article_id``, ``section_index``, ``value``
    (sentence score), ``rolling`` (mean over ``window`` sentences), ``band_low``, ``band_high``,
    in reading order.
    """
    arts = list(dict.fromkeys(arc["article_id"]))
    grid = panel_grid(len(arts), 10, 3.2, extra=0.0, title_chars=80)
    # one y scale for every panel, so that the articles' tones can be compared by eye
    lim = max(0.5, float(arc["value"].abs().max()) * 1.1)
    for ax, art in zip(grid.axes, arts):
        g = arc[arc["article_id"] == art]
        x = np.arange(len(g))
        ax.scatter(x, g["value"], s=8, color=GREY, label="sentence score")
        ax.plot(x, g["rolling"], color=BLUE, label=f"rolling mean ({window} sentences)")
        ax.fill_between(x, g["band_low"], g["band_high"], color=BLUE, alpha=0.2,
                        label="95% bootstrap band")
        for b in x[1:][np.diff(g["section_index"].to_numpy()) != 0]:
            ax.axvline(b - 0.5, color=VERMILION, linestyle="--", linewidth=0.8)
        ax.axhline(0, color="black", linewidth=0.5)
        ax.set_title(_short(titles.get(art, art), grid.title_chars), fontsize=10)
        ax.set_ylim(-lim, lim)
    grid.label("Sentence, in reading order (dashed line = new section)", "Default score")
    # under the panels: in the first panel's corner it hid the sentence scores there
    grid.fig.legend(*grid.axes[0].get_legend_handles_labels(), loc="outside lower center",
                    ncol=3, fontsize=8)
    return grid.fig


def interval_chart(table: pd.DataFrame, labels: Sequence[str], title: str,
                   row_height: float = 0.45) -> Figure:
    """Means with their intervals, one row per group, first group at the top.

    ``table``: ``mean``, ``ci_low``, ``ci_high`` and, when given, ``n`` (e.g. from
    ``sentiment.aggregate``); ``labels``: one axis label per row; ``row_height``: inches per row.
    A row of one value (``n`` 1: its bootstrap interval has no width) is drawn as a point
    without whisker and labelled a single value, and the axis names no interval when no row
    has one (a lone point over "95% bootstrap interval" read as a certain value).
    """
    y = np.arange(len(table))[::-1]
    single = (table["n"].to_numpy() < 2) if "n" in table else np.zeros(len(table), bool)
    fig, ax = plt.subplots(figsize=(9, row_height * len(table) + 1.5))
    mean = table["mean"].to_numpy(dtype=float)
    many = ~single
    ax.errorbar(mean[many], y[many],
                xerr=[mean[many] - table["ci_low"].to_numpy(dtype=float)[many],
                      table["ci_high"].to_numpy(dtype=float)[many] - mean[many]],
                fmt="o", color=BLUE, ecolor=SKY, capsize=3)
    ax.plot(mean[single], y[single], "o", color=BLUE, markerfacecolor="white")
    ax.axvline(0, color="black", linewidth=0.5)
    ax.set_yticks(y)
    ax.set_yticklabels([f"{lab}: single value" if one else str(lab)
                        for lab, one in zip(labels, single)], fontsize=8)
    ax.set_xlabel(_interval_label("Mean default score", "95% bootstrap interval", single,
                                  "one value per row"))
    ax.set_title(title)
    return fig


def _interval_label(measure: str, interval: str, single: np.ndarray, none_text: str) -> str:
    """The axis label of a chart of points with intervals: ``measure (interval)``, with the
    hollow single values named when some rows are single values, and no interval named when
    every row is one (``none_text`` says why)."""
    if len(single) and single.all():
        return f"{measure} ({none_text}: no interval)"
    if single.any():
        return f"{measure} ({interval}; hollow: a single value)"
    return f"{measure} ({interval})"


def textblob_vs_vader_chart(scatter: pd.DataFrame, of: int | None = None) -> Figure:
    """Scatter of TextBlob polarity against VADER compound, one colour per voice.

    ``scatter``: ``polarity``, ``vader``, ``voice`` (narrator, quoted, mixed). ``of``: the
    number of sentences ``scatter`` was sampled from, named in the title when it is more (a
    reader must know that a dot cloud is a sample).
    """
    fig, ax = plt.subplots(figsize=(6, 6))
    voices = scatter.groupby("voice")
    for colour, (v, g) in zip(category_colours(voices.ngroups, "voices"), voices):
        ax.scatter(g["polarity"], g["vader"], s=12, alpha=0.7, label=v, color=colour)
    ax.plot([-1, 1], [-1, 1], color=GREY, linewidth=0.8)
    ax.axhline(0, color="black", linewidth=0.5)
    ax.axvline(0, color="black", linewidth=0.5)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("TextBlob polarity")
    ax.set_ylabel("VADER compound")
    title = "Two instruments, one sentence each"
    if of is not None and of > len(scatter):
        title += f"\n(random sample of {len(scatter):,} of {of:,} sentences)"
    ax.set_title(title)
    ax.legend(title="voice", fontsize=8)
    return fig


# --------------------------------------------------------------------------- 03 quotes


def _label(text: object, width: int = 38) -> str:
    """A speaker or voice label cut with an ellipsis: long descriptions (``a member of the
    Momentum national committee who ...``) would otherwise squeeze the bars to nothing."""
    return _short(text, width)


def _other(flags: object, n: int) -> list[bool]:
    """The ``is_other`` column of a table as booleans (all False when it has none)."""
    if flags is None:
        return [False] * n
    return [bool(f) for f in pd.Series(flags).fillna(False)]


#: ``speaker_kind`` of quoted words without a speaker in :func:`speaker_shares_chart`.
UNATTRIBUTED_KIND = "unattributed (no speaker found)"
#: The colour of quoted words whose speaker was not found (yellow; hatched in stacked bars).
UNATTRIBUTED = PALETTE[6]


def speaker_shares_chart(top: pd.DataFrame, titles: Mapping[str, str]) -> Figure:
    """One panel per article: share of its quoted words per speaker, named vs anonymous.

    ``top`` (from ``quotes.quote_shares``, cut with ``aggregate.top_n_other``): ``article_id``,
    ``speaker``, ``named`` (bool), ``share_pct`` (percent, drawn as given: the CSV holds the
    plotted numbers), optional ``speaker_kind`` (:data:`UNATTRIBUTED_KIND` draws in its own
    colour), optional ``is_other`` (the grey row ``other (k speakers)``), in
    descending share per article. Every panel has the same x scale (0 to the largest share), so
    that bars can be compared across articles.
    """
    heights = 0.3 * top.groupby("article_id", sort=False).size().to_numpy() + 0.45
    grid = panel_grid(len(heights), 8, heights, extra=1.2, grid_width=6.0, sharex=True)
    right = max(10.0, float(top["share_pct"].max()) * 1.05)
    for ax, (article_id, grp) in zip(grid.axes, top.groupby("article_id", sort=False)):
        grp = grp.iloc[::-1]
        other = _other(grp.get("is_other"), len(grp))
        unattributed = (grp["speaker_kind"].eq(UNATTRIBUTED_KIND) if "speaker_kind" in grp
                        else pd.Series(False, index=grp.index))
        colours = [GREY if o else UNATTRIBUTED if u else BLUE if bool(n) else VERMILION
                   for o, u, n in zip(other, unattributed, grp["named"].fillna(False))]
        ax.barh(distinct_short(grp["speaker"], 38), grp["share_pct"], color=colours)
        ax.set_title(_title_line(str(titles.get(article_id, article_id)), grid.title_chars),
                     loc="left", fontsize=9)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlim(0, right)
        ax.grid(axis="x", visible=True)
        ax.grid(axis="y", visible=False)
    grid.label("Share of the article's quoted words (%, same scale in every panel)")
    # a key only for a colour drawn: "unnamed" under a chart of named speakers alone read as
    # a bar the reader could not find
    kinds = top.assign(o=_other(top.get("is_other"), len(top)),
                       u=(top["speaker_kind"].eq(UNATTRIBUTED_KIND) if "speaker_kind" in top
                          else False))
    drawn = kinds[~kinds["o"] & ~kinds["u"]]["named"].fillna(False).astype(bool)
    keys = [k for k, shown in (((BLUE, "named"), drawn.any()),
                               ((VERMILION, "unnamed (a description)"), (~drawn).any())) if shown]
    if "speaker_kind" in top and top["speaker_kind"].eq(UNATTRIBUTED_KIND).any():
        keys.append((UNATTRIBUTED, UNATTRIBUTED_KIND))
    if any(_other(top.get("is_other"), len(top))):
        keys.append((GREY, "other speakers, together"))
    # under the panels, not in the first: there it covered the longest bars (the grey `other`)
    grid.fig.legend(handles=[plt.Rectangle((0, 0), 1, 1, color=c) for c, _ in keys],
                    labels=[k for _, k in keys], loc="outside lower center", ncol=2, fontsize=8)
    grid.fig.suptitle("Who is quoted: share of quoted words per speaker", x=0.02, ha="left")
    return grid.fig


def voice_shares_chart(plot: pd.DataFrame) -> Figure:
    """Stacked bars per article: the writer's words, then quoted words by kind of source.

    ``plot``: ``label`` (article title, wrapped), ``writer_share_pct``, ``named_share_pct``,
    ``described_share_pct`` (sources the text describes: `a senior official`) and
    ``unattributed_share_pct`` (no speaker found), shares of the article's prose words in
    percent, drawn as given. Unattributed words are a category of their own (hatched), not
    "anonymous sources": a transcript whose one speaker was not found is not anonymous.
    A table with only ``anonymous_share_pct`` (older callers) draws it as one unnamed bar.
    """
    fig, ax = plt.subplots(figsize=(8, 2.2 + 0.7 * len(plot)))
    left = np.zeros(len(plot))
    parts = [("writer_share_pct", "writer", GREY, None),
             ("named_share_pct", "named sources", BLUE, None)]
    if "described_share_pct" in plot.columns:
        parts += [("described_share_pct", "unnamed sources (described: a senior official)",
                   VERMILION, None),
                  ("unattributed_share_pct", "unattributed (no speaker found)", UNATTRIBUTED,
                   "//")]
    else:
        parts.append(("anonymous_share_pct", "unnamed or unattributed", VERMILION, None))
    for col, name, color, hatch in parts:
        ax.barh(plot["label"], plot[col], left=left, label=name, color=color, hatch=hatch,
                edgecolor=INK if hatch else None, linewidth=0)
        left += plot[col].to_numpy(dtype=float)
    ax.set_xlabel("Share of the article's words (%)")
    ax.set_xlim(0, 100)
    ax.set_title("Whose words? The writer's voice and quoted voices", loc="left")
    # a fixed distance (0.6 in) under the axes, whatever their height: in axes units (-0.3)
    # the legend of twelve articles floated a third of the figure below the x label
    below = 0.6 / (ax.get_position().height * fig.get_figheight())
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -below), ncol=2, fontsize=8,
              frameon=False)
    return fig


FRAMING_COLOURS: Mapping[str, str] = {
    "neutral": GREY, "concession": SKY, "assertion": VERMILION, "denial": PINK,
    "emotive": ORANGE, "other": GREEN,
}
"""Colour of each reporting-verb class (see ``quotes.verb_framing``); ``other`` is not a second
grey beside ``neutral`` (two greys read as one class)."""


def verb_framing_chart(pivot: pd.DataFrame) -> Figure:
    """Stacked bars per speaker: quotations introduced by each class of reporting verb.

    ``pivot``: index ``speaker`` (first row drawn at the bottom; the rest of the speakers may be
    one row ``other (k speakers)``), one column per framing class (keys of
    :data:`FRAMING_COLOURS`) holding counts of cues.
    """
    fig, ax = plt.subplots(figsize=(8, 1 + 0.35 * len(pivot)))
    left = np.zeros(len(pivot))
    for col in pivot.columns:
        ax.barh(distinct_short(pivot.index, 38), pivot[col], left=left, label=col,
                color=FRAMING_COLOURS[col])
        left += pivot[col].to_numpy()
    ax.set_xlabel("Quotations introduced by a verb of this class")
    ax.set_title("Reporting-verb framing per speaker", loc="left")
    # beside the axis, not on it: inside, it covered the longest bars
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title="verb class",
              title_fontsize=8)
    return fig


#: Line width (points) of the arrow of the least and of the most mentioned pair.
ARROW_WIDTH = (0.8, 6.0)


def _spread_on_circle(edges: pd.DataFrame) -> list[str]:
    """Everyone in ``edges`` in circle order, the most mentioning and mentioned spread apart.

    Why: in order of first appearance the busiest people (on a US archive Clinton, Trump, Cruz,
    Sanders) sat side by side, so the widest arrows were short stubs in a knot of arrowheads.
    Rank by mentions given and received, send rank ``r`` towards the golden-ratio angle
    ``frac(r * 0.618)`` of a turn (any two of the first few land far apart), then keep the
    even spacing of the labels by taking the slots in that order. Ties: first appearance.
    """
    first = list(dict.fromkeys([*edges["speaker"], *edges["mentioned"]]))
    weight = (edges.groupby("speaker")["mentions"].sum()
              .add(edges.groupby("mentioned")["mentions"].sum(), fill_value=0))
    ranked = sorted(first, key=lambda p: (-float(weight.get(p, 0)), first.index(p)))
    turn = {p: (r * (np.sqrt(5) - 1) / 2) % 1 for r, p in enumerate(ranked)}
    return sorted(ranked, key=lambda p: turn[p])


def mention_network_chart(edges: pd.DataFrame) -> Figure:
    """Speakers and the people named in their quotations on a circle; arrows speaker -> name.

    ``edges``: ``speaker``, ``mentioned``, ``mentions`` (count); empty draws a note instead.
    Arrow width: :data:`ARROW_WIDTH`, scaled to the most mentioned pair (on an archive a pair
    is mentioned hundreds of times; a point of width per mention drew arrows over the chart).
    """
    # a note alone needs no 7.5 in square (it was a 2,284 x 2,330 px blank page; session 13)
    fig, ax = plt.subplots(figsize=(7.5, 2.0 if edges.empty else 7.5))
    if edges.empty:
        ax.text(0.5, 0.5, "No named person is mentioned inside a quotation", ha="center",
                va="center")
        ax.set_axis_off()
    else:
        speakers = list(dict.fromkeys(edges["speaker"]))
        people = _spread_on_circle(edges)
        angle = np.linspace(0, 2 * np.pi, len(people), endpoint=False)
        pos = {p: (np.cos(a), np.sin(a)) for p, a in zip(people, angle)}
        most, (thin, wide) = max(float(edges["mentions"].max()), 1.0), ARROW_WIDTH
        for r in edges.itertuples():
            (x0, y0), (x1, y1) = pos[r.speaker], pos[r.mentioned]
            ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops=dict(
                arrowstyle="-|>", color=BLUE, alpha=0.6, shrinkA=12, shrinkB=12,
                connectionstyle="arc3,rad=0.08",  # A->B and B->A bow apart, not one line
                lw=thin + (wide - thin) * r.mentions / most))
        for p in people:
            x, y = pos[p]
            ax.scatter([x], [y], s=160, color=VERMILION if p in speakers else LIGHT_GREY,
                       zorder=3)
            ax.text(x * 1.2, y * 1.14, p, ha="center", va="center", fontsize=8)
        ax.set(xlim=(-1.5, 1.5), ylim=(-1.4, 1.4))
        ax.set_axis_off()
        ax.legend(handles=[plt.Line2D([], [], marker="o", ls="", color=VERMILION),
                           plt.Line2D([], [], marker="o", ls="", color=LIGHT_GREY)],
                  labels=["quoted speaker", "mentioned only"], loc="lower left", fontsize=8,
                  title=f"widest arrow: {most:,.0f} mention{'s' if most != 1 else ''}",
                  title_fontsize=8)
    ax.set_title("Who mentions whom in their quoted words", loc="left")
    return fig


# --------------------------------------------------------------------------- 05 themes


def theme_voices_chart(top: pd.DataFrame, label: str) -> Figure:
    """Horizontal bars: matches of a theme by voice (speaker, or narrator outside quotations).

    ``top``: ``voice``, ``n_matches``, optional ``is_other`` (the grey row ``other (k voices)``
    from ``aggregate.top_n_other``), first row drawn at the bottom. Long voices are cut and the
    title wrapped, so the figure lays out at any number of rows.
    """
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(top) + 1.6))
    other = _other(top.get("is_other"), len(top))
    ax.barh(distinct_short(top["voice"], 38), top["n_matches"],
            color=[GREY if o else BLUE for o in other])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel("Theme matches")
    ax.set_title(textwrap.fill(f"Who voices “{_title_line(label, 60)}”: matches by speaker "
                               "(narrator = outside quotations)", 70), fontsize=11)
    return fig


def theme_tone_chart(plot: pd.DataFrame, label: str) -> Figure:
    """Two bars: mean sentiment of the theme's sentences and of the other sentences, with n.

    ``plot``: two rows (theme, rest) with ``mean`` and ``n_sentences``.
    """
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.bar(["theme sentences", "other sentences"], plot["mean"], color=[BLUE, SKY])
    ax.axhline(0, color=INK, linewidth=0.8)
    ax.set_ylabel("Mean sentiment score")
    ax.set_title(textwrap.fill(f"Tone of sentences on “{_title_line(label, 60)}” vs the rest",
                               50))
    for i, (m, n) in enumerate(zip(plot["mean"], plot["n_sentences"])):
        # three decimals: means of -0.026 and -0.027 both read -0.03 at two
        ax.text(i, m, f"{m:+.3f} (n={n})", ha="center", va="bottom" if m >= 0 else "top")
    # room for the labels past the bars' ends (they were cut by the axis under negative bars)
    lo, hi = min(0.0, float(plot["mean"].min())), max(0.0, float(plot["mean"].max()))
    pad = 0.2 * ((hi - lo) or 1.0)
    ax.set_ylim(lo - (pad if lo < 0 else 0), hi + (pad if hi > 0 else 0))
    return fig


def key_terms_chart(plot: pd.DataFrame, label: str = "") -> Figure:
    """Signed keyness bars: right = overused in the target text, left = in the reference.

    ``plot``: ``term``, ``keyness`` (signed G²), first row drawn at the bottom. ``label``: the
    theme, named in the heading as in the theme's other charts (five key-term charts of a run
    were told apart only by their file names).
    """
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(plot) + 1.6))
    ax.barh(distinct_short(plot["term"], 30), plot["keyness"],
            color=[BLUE if k > 0 else VERMILION for k in plot["keyness"]])
    ax.axvline(0, color=INK, linewidth=0.8)
    ax.set_xlabel("Signed log-likelihood G² (right: target, left: reference)")
    # from the figure's left edge, in short lines: from the axes' left (after long term
    # labels) the heading ran past the right edge
    theme = f" of “{_title_line(label, 40)}”" if label else ""
    fig.suptitle(f"Key terms{theme} (p < 0.05)\nright: overused where the theme weighs most\n"
                 "left: overused in the comparison text", x=0.02, ha="left", fontsize=10)
    return fig


# --------------------------------------------------------------------------- over time


def over_time_chart(data: pd.DataFrame, ylabel: str, title: str, percent: bool = False,
                    thin: tuple[str, float] | None = None) -> Figure:
    """One line per series: a per-article value aggregated per month or year, with the 95%
    article-bootstrap interval as a bar and the number of articles of each period along the
    top; the line breaks where a period has no article.

    ``data`` (from ``aggregate.over_time``, best through ``aggregate.over_time_plotted``):
    ``series``, ``period`` (ISO date of its first day), ``unit``, ``n_articles``, ``value``,
    ``ci_low``, ``ci_high`` (NaN for a single article); with ``percent`` these three are
    ``value_pct``, ``ci_low_pct``, ``ci_high_pct`` (already ×100: the chart draws the numbers it
    is given) and the y axis never goes below 0. With ``dated_articles`` and ``all_articles``
    the title says ``k of N articles dated``. A thousand articles are a few dozen points.
    ``thin`` (column, minimum), e.g. ``("n_sentences", 30)``: a period below the minimum is a
    hollow marker joined to no other, and the subtitle states the minimum. Why: a month of one
    article and 3 sentences drawn at full weight and joined by lines dominated the chart.
    Numbers: ``n=`` articles per period in a band along the top (:func:`_count_band`), over
    their periods, clear of every point and bar.
    """
    fig, ax = plt.subplots(figsize=(9, 4.2))
    val, low_col, high_col = (f"{c}_pct" if percent else c for c in ("value", "ci_low", "ci_high"))
    unit = str(data["unit"].iloc[0]) if len(data) else "year"
    lines = data.groupby("series", sort=False)
    counts: list[tuple[float, float, int]] = []  # (x, y, articles) of the first series
    for i, (color, (series, g)) in enumerate(zip(category_colours(lines.ngroups, "series"),
                                                 lines)):
        periods = pd.to_datetime(g["period"], format="%Y-%m-%d")  # ISO, years 1 to 9999
        x = mdates.date2num(list(periods))
        value = g[val].to_numpy(dtype=float)
        weak = (g[thin[0]].to_numpy(dtype=float) < thin[1] if thin
                else np.zeros(len(g), dtype=bool))
        ax.plot(x[~weak], value[~weak], "o", color=color, ms=5, label=str(series))
        if weak.any():  # thin periods: hollow, and no line through them
            ax.plot(x[weak], value[weak], "o", mfc="white", mec=color, ms=5)
        # the line joins consecutive periods only: a period without articles is a gap, not a
        # straight line that suggests a trend nobody measured
        every = pd.period_range(periods.min(), periods.max(),
                                freq="M" if unit == "month" else "Y").start_time
        line = pd.Series(np.where(weak, np.nan, value), index=periods).reindex(every)
        ax.plot(mdates.date2num(list(every)), line.to_numpy(dtype=float), "-", color=color,
                lw=1.2)
        low = value - g[low_col].to_numpy(dtype=float)
        high = g[high_col].to_numpy(dtype=float) - value
        ax.errorbar(x, value, yerr=[np.nan_to_num(low), np.nan_to_num(high)], fmt="none",
                    ecolor=color, alpha=0.5, capsize=2, lw=1)  # no bar for a single article
        if i == 0:  # articles per period, once (every series has the same articles)
            counts = list(zip(x, value, g["n_articles"]))
    if data.empty:
        ax.text(0.5, 0.5, "no dated articles", transform=ax.transAxes, ha="center")
    ax.margins(x=0.04, y=0.15)
    if percent:  # a share is never negative: no axis below 0 from the margins
        bottom, top = ax.get_ylim()
        # every share 0 (a theme no dated article has): matplotlib's default span, 0 to 0.06,
        # read as small percentages; 0 to 1 % shows the points lie on 0
        ax.set_ylim(max(0.0, bottom), top if np.nanmax(data[val], initial=0) > 0 else 1.0)
    else:
        ax.axhline(0, color=INK, linewidth=0.6)
    ax.xaxis_date()
    if len(data):  # ticks on period starts only, named by month or year
        span = mdates.date2num(pd.to_datetime(data["period"], format="%Y-%m-%d")
                               .agg(["min", "max"]).tolist())
        # the margins may pass matplotlib's dates (years 1 to 9999): the locator and formatter
        # read only tick positions, so a year-1 date (kept, flagged by the corpus check) is
        # drawn whole, not cut by the left spine as when the limits stopped at year 1
        ax.xaxis.set_major_locator(period_locator(unit, *span))
    ax.xaxis.set_major_formatter(YearFirstFormatter())
    ax.set_xlabel(f"Publication {unit} (n= along the top: articles in the {unit}; bar: 95% "
                  "interval over articles)")
    ax.set_ylabel(ylabel)
    if {"dated_articles", "all_articles"} <= set(data.columns) and len(data):
        title += (f"\n({int(data['dated_articles'].iloc[0])} of "
                  f"{int(data['all_articles'].iloc[0])} articles dated")
        noun = thin[0].removeprefix("n_") if thin else ""
        title += f"; hollow: under {thin[1]:g} {noun}, not joined)" if thin else ")"
    ax.set_title(title, loc="left")
    room = 1.0
    if counts:  # after the titles: the band is measured on the laid-out axes
        # the zero line is drawn too (not for shares): counts sat on it when every value was
        # below 0 (a run on five invented articles, round 4)
        highest = np.nanmax(data[[val, high_col]].to_numpy(dtype=float),
                            initial=-np.inf if percent else 0.0)
        room = _count_band(ax, counts, highest, unit)
    if data["series"].nunique() > 1:  # where it hides least, under the band of counts
        ax.legend(loc="best", fontsize=8, bbox_to_anchor=(0, 0, 1, room),
                  bbox_transform=ax.transAxes)
    return fig


#: Largest share of an over-time figure's axes the band of ``n=`` counts may take; a band that
#: needs more (centuries of years, many rows of counts) makes the figure taller instead.
MAX_BAND_SHARE = 0.5
#: Most rows of ``n=`` counts a reader can follow to their periods (four: a cluster of four
#: neighbouring years on a 1,700-year axis, round 4's invented old dates, needs them); a band
#: that would need more shows the counts of every k-th period only (the smallest k that fits)
#: and says so; the CSV beside the figure holds every count.
MAX_BAND_ROWS = 4
#: Steps tried in turn for "every k-th period" (round ones first: every 10th year reads better
#: than every 7th), then any larger k.
BAND_STEPS = (1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50, 100)


def _ordinal(k: int) -> str:
    """``2nd``, ``3rd``, ``11th``, ``22nd`` ..."""
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _rows(spans: Sequence[tuple[float, float]], space: float) -> list[int]:
    """The row of each count (left and right edge in pixels, left to right): the first row
    whose last count ends ``space`` before it, else a new row."""
    ends: list[float] = []  # right edge of the last count in each row
    rows = []
    for x0, x1 in spans:
        row = next((r for r, end in enumerate(ends) if x0 > end + space), len(ends))
        if row == len(ends):
            ends.append(x1)
        else:
            ends[row] = x1
        rows.append(row)
    return rows


def _count_band(ax: matplotlib.axes.Axes, counts: Sequence[tuple[float, float, int]],
                highest: float, unit: str = "period", gap: float = 3.0) -> float:
    """The ``n=`` of each period in a band along the top of ``ax``, above every point and error
    bar (the y axis grows to make room), each count over its period; counts that would touch
    their neighbour go to a second (third…) row.

    Why: under the points, the counts sat on the error bars at archive scale (round 2's
    archive run: 11 months of 20–90 articles) and, for shares of 0, on the month names. A band
    of their own never overlaps the data, whatever the number of articles or periods.
    ``highest``: the top of the data (values and interval ends). Returns the share of the
    axes height under the band, where a legend may go (it sat on the counts). A band of more
    than :data:`MAX_BAND_SHARE` of the axes grows the figure's height (it was left as it was, so
    the counts could overlap the data: review of session 20). A band of more than
    :data:`MAX_BAND_ROWS` rows (centuries of yearly periods: 27 rows, unreadable, in round 4)
    shows the counts of every k-th ``unit`` only, and the x label says so."""
    fig = ax.figure
    texts = [ax.annotate(f"n={int(n)}", (xi, 1.0), xycoords=ax.get_xaxis_transform(),
                         xytext=(0, -gap), textcoords="offset points", ha="center", va="top",
                         fontsize=7, color=INK, annotation_clip=False)
             for xi, _, n in sorted(counts)]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    space = 4 * fig.dpi / 72  # at least 4 points between two counts of one row
    frame = ax.get_window_extent(renderer)
    spans, shift = [], []
    for t in texts:
        box = t.get_window_extent(renderer)
        # a count over the first or last period, centred on it, may cross the spine: moved
        # inside the axes by as little as it takes (a point padded in by the margins sits
        # close to the spine)
        dx = max(frame.x0 + 1 - box.x0, 0.0) or min(frame.x1 - 1 - box.x1, 0.0)
        spans.append((box.x0 + dx, box.x1 + dx))
        shift.append(dx * 72 / fig.dpi)  # points
    height = texts[0].get_window_extent(renderer).height * 72 / fig.dpi  # points
    every = next(k for k in (*BAND_STEPS, *range(BAND_STEPS[-1] + 1, len(texts) + 1))
                 if max(_rows(spans[::k], space)) < MAX_BAND_ROWS)
    if every > 1:  # too many rows to read: every k-th count, said on the figure
        for t in [t for i, t in enumerate(texts) if i % every]:
            t.remove()
        texts, spans, shift = texts[::every], spans[::every], shift[::every]
        ax.set_xlabel(f"{ax.get_xlabel()}\nn shown for every {_ordinal(every)} {unit}; all "
                      "counts in the CSV")
        fig.draw_without_rendering()  # the longer label takes height from the axes
    row_of = _rows(spans, space)
    for t, row, dx in zip(texts, row_of, shift):
        t.set_position((dx, -gap - row * (height + 1)))
    band = (gap + (max(row_of) + 1) * (height + 1) + gap) * fig.dpi / 72  # pixels
    axes_height = ax.get_window_extent(fig.canvas.get_renderer()).height
    if band > MAX_BAND_SHARE * axes_height:  # many rows: a taller figure, not data under counts
        w, h = fig.get_size_inches()
        fig.set_size_inches(w, h * band / (MAX_BAND_SHARE * axes_height) + 0.1, forward=True)
        fig.draw_without_rendering()
        axes_height = ax.get_window_extent(fig.canvas.get_renderer()).height
    room = 1 - band / axes_height  # axes share left to the data
    bottom, top = ax.get_ylim()
    if np.isfinite(highest):
        ax.set_ylim(bottom, max(top, bottom + (highest - bottom) / (room - 0.02)))
    return max(room, 0.0)


def group_chart(panels: Mapping[str, pd.DataFrame], title: str, xlabel: str,
                column: str = "value", interval: bool = False,
                interval_label: str = "95% interval over articles") -> Figure:
    """One panel per grouping (``by section``, ``by author``): a bar (or, with ``interval``, a
    point with its 95% interval) per group, the pooled ``other (k ...)`` row in grey, and the
    number of articles in each label (`(n=...)`). Panels share the x scale.

    ``panels``: title -> table from :func:`helpers.report.aggregate.by_group` (``group``,
    ``n_articles``, ``column``, ``ci_low``, ``ci_high``, ``is_other``), drawn top to bottom in
    its row order. A group list never exceeds the cap of ``by_group``, whatever the archive.
    With ``interval`` the x label is ``xlabel (interval_label)``; a group of one article has no
    interval: a hollow point without whisker, ``(n=1, single value)``, and when every group is
    one article (one article in the corpus) the label names no interval.
    """
    heights = [max(1, len(t)) + 1.5 for t in panels.values()]
    fig, axes = plt.subplots(len(panels), 1, squeeze=False, sharex=True,
                             figsize=(8, 0.8 + 0.3 * sum(heights)),
                             gridspec_kw={"height_ratios": heights})
    singles: list[np.ndarray] = []
    for ax, (name, table) in zip(axes[:, 0], panels.items()):
        y = np.arange(len(table))[::-1]
        colours = np.array([GREY if o else BLUE
                            for o in _other(table.get("is_other"), len(table))], dtype=object)
        values = table[column].to_numpy(dtype=float)
        single = np.zeros(len(table), bool)
        if interval:
            low = values - table["ci_low"].to_numpy(dtype=float)
            high = table["ci_high"].to_numpy(dtype=float) - values
            single = ~(np.isfinite(low) & np.isfinite(high))
            many = ~single
            ax.errorbar(values[many], y[many], xerr=[low[many], high[many]], fmt="none",
                        ecolor=LIGHT_GREY, capsize=3)
            ax.scatter(values, y, facecolors=["white" if one else c
                                              for c, one in zip(colours, single)],
                       edgecolors=list(colours), zorder=3)
            ax.axvline(0, color=INK, linewidth=0.6)
        else:
            ax.barh(y, values, color=list(colours))
        labels = [f"{_label(g, 34)} (n={int(n)}{', single value' if one else ''})"
                  for g, n, one in zip(table["group"], table["n_articles"], single)]
        ax.set_yticks(y, labels, fontsize=8)
        ax.set_title(name, loc="left", fontsize=10)
        ax.grid(axis="y", visible=False)
        if table.empty:
            ax.text(0.5, 0.5, "no articles", transform=ax.transAxes, ha="center")
        singles.append(single)
    flags = np.concatenate(singles) if singles else np.zeros(0, bool)
    axes[-1, 0].set_xlabel(_interval_label(xlabel, interval_label, flags, "one article per group")
                           if interval else xlabel)
    # a count of articles: whole ticks (not 0.25 of an article)
    axes[-1, 0].xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(
        "auto", steps=[1, 2, 2.5, 5, 10], integer=column == "n_articles"))
    fig.suptitle(title, x=0.02, ha="left")
    return fig


# --------------------------------------------------------------------------- 07 limitations


def _score_axis(ax: matplotlib.axes.Axes, right: float, xlabel: str, title: str,
                legend: str) -> None:
    """Finish a horizontal chart of scores between 0 and ``right`` (vertical grid lines only)."""
    ax.set_xlim(0, right)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    # "outside": right of the axes (a legend inside covered the paired bars)
    ax.legend(**({"loc": "upper left", "bbox_to_anchor": (1.01, 1.0)} if legend == "outside"
                 else {"loc": legend}))
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)


def scores_vs_targets_chart(headline: pd.DataFrame) -> Figure:
    """Each measure's score as a bar (blue meets its target, vermilion below) with the target.

    ``headline``: ``label`` (instrument: measure), ``value``, ``target``, ``meets_target``;
    first row drawn at the bottom.
    """
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(headline) + 1.2))
    ax.barh(headline["label"], headline["value"],
            color=[BLUE if ok else VERMILION for ok in headline["meets_target"]])
    ax.scatter(headline["target"], headline["label"], marker="|", s=300, color="black",
               zorder=3, label="target")
    for y, v in enumerate(headline["value"]):
        ax.text(min(v, 1.0) + 0.01, y, f"{v:.3f}", va="center", fontsize=8)
    _score_axis(ax, 1.12, "score (1 = perfect agreement with the hand annotation)",
                "Each instrument against its threshold", "lower right")
    return fig


def machine_vs_second_chart(versus: pd.DataFrame) -> Figure:
    """Paired bars per measure: the instrument and a second annotator, both against the first.

    ``versus``: ``instrument``, ``measure``, ``machine``, ``second_annotator``.
    """
    fig, ax = plt.subplots(figsize=(10, 0.4 * len(versus) + 1.2))
    y = range(len(versus))
    ax.barh([i + 0.2 for i in y], versus["second_annotator"], height=0.4,
            label="second annotator", color=GREY)
    ax.barh([i - 0.2 for i in y], versus["machine"], height=0.4, label="instrument", color=BLUE)
    ax.set_yticks(list(y), versus["instrument"] + ": " + versus["measure"])
    _score_axis(ax, 1.05, "agreement with the first annotator",
                "Instruments and a second human reader, scored the same way", "outside")
    return fig


def wrap_title(title: object, chars: int = 80, width: int = 30) -> str:
    """An article title cut to ``chars`` (at a word, with an ellipsis) and wrapped at
    ``width`` for an axis label."""
    return textwrap.fill(_short(title, chars), width)
