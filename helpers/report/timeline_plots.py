"""Charts of notebook 04 (timelines): one article's dated expressions, all articles on one time
axis, and the time of telling against the time told.

Why a module of their own: they share the clipped time axis (:func:`clipped_span`, a century
does not flatten the rest) and its edge labels, which are kept inside the axes; ``plots`` holds
the other notebooks' charts. Colours and the house style are ``plots``'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers.report.labels import short as _short
from helpers.report.layout import rows_note
from helpers.report.plots import BLUE, INK, SKY, VERMILION, Figure

__all__ = ["LONG_INTERVAL_DAYS", "NO_DATED", "clipped_span", "dates_line", "no_dated_note",
           "telling_vs_told_chart", "time_axis_chart", "timeline_chart", "timeline_order",
           "title_inside"]

#: What an empty timeline figure says when every article has a publication date.
NO_DATED = "no dated expressions"


#: Intervals longer than this (centuries, "the past 50 years") do not stretch a time axis: the
#: axis covers the other expressions and the publication dates, and a long interval is clipped at
#: its edge with an arrow and its real extent.
LONG_INTERVAL_DAYS = 20 * 365.25


#: The first and last day matplotlib can draw (date numbers).
_FIRST_DAY = float(mdates.date2num(dt.date(1, 1, 1)))
_LAST_DAY = float(mdates.date2num(dt.date(9999, 12, 31)))


def clipped_span(start: np.ndarray, end: np.ndarray, publication: Sequence[float] = ()
                 ) -> tuple[float, float]:
    """Axis limits (matplotlib date numbers) for intervals ``start``-``end``: the span of every
    interval no longer than :data:`LONG_INTERVAL_DAYS` and of ``publication``, padded by 3% (at
    least 20 days); the span of everything when all intervals are long.

    Why: one ``the 19th century`` on a lane of 2016 dates would make every other mark a sliver.
    The limits stay within matplotlib's dates, years 1 to 9999: an implausible publication date
    (a file named ``ref-0001-01-01.txt``) padded the axis into year 0 and notebook 04 failed.
    """
    start, end = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    short = (end - start) <= LONG_INTERVAL_DAYS
    points = [*start[short], *end[short], *publication]
    if not points:
        points = [*start, *end]
    if not points:
        return 0.0, 1.0
    lo, hi = min(points), max(points)
    pad = max(20.0, (hi - lo) * 0.03)
    return max(lo - pad, _FIRST_DAY), min(hi + pad, _LAST_DAY)


def _extent(start: float, end: float) -> str:
    """An interval's real extent in years (``1801–1900``) or days, for a clipped bar."""
    a, b = mdates.num2date(start), mdates.num2date(end - 1)
    if b.year - a.year >= 1:
        return f"{a.year}–{b.year}" if a.year != b.year else str(a.year)
    return f"{a:%Y-%m-%d}–{b:%Y-%m-%d}"


def _mark_clipped(ax: matplotlib.axes.Axes, y: float, start: float, end: float, lo: float,
                  hi: float, color: str, sides: str = "both", more: int = 0) -> None:
    """Arrows at the axis edges where the interval ``start``-``end`` runs past ``lo``/``hi``,
    labelled with its real extent (and ``+more`` other clipped intervals)."""
    text = _extent(start, end) + (f" (+{more})" if more else "")
    if start < lo and sides in ("both", "left"):
        ax.annotate(f"◀ {text}", xy=(lo, y), xytext=(2, 0), textcoords="offset points",
                    ha="left", va="center", fontsize=7, color=color)
    if end > hi and sides in ("both", "right"):
        ax.annotate(f"{text} ▶", xy=(hi, y), xytext=(-2, 0), textcoords="offset points",
                    ha="right", va="center", fontsize=7, color=color)


def title_inside(ax: matplotlib.axes.Axes, template: str, title: str, width: int = 55,
                 **kwargs: object) -> None:
    """Set ``template.format(title)`` as the left title of ``ax``, ``title`` shortened (ellipsis)
    until the line ends inside the axes once the figure is laid out.

    Why: a timeline's axes are as narrow as its row labels are long, so a 55-character title
    ran past the axes' right edge (the default corpus's "Losing Momentum: how Jeremy Corbyn's
    support group…"). Measured after layout, not guessed from character counts."""
    fig = ax.figure
    for _ in range(4):
        text = ax.set_title(template.format(_short(title, width)), loc="left", **kwargs)
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        room = ax.get_window_extent(renderer).x1 - text.get_window_extent(renderer).x0
        used = text.get_window_extent(renderer).width
        if used <= room or width <= 12:
            return
        width = max(12, int(width * room / used) - 2)


def timeline_chart(ev: pd.DataFrame, title: str, publication: str, more: int = 0,
                   table: str = "the dated-events table") -> Figure:
    """The dated expressions of one article on a time axis, sorted by the date referred to.

    ``ev`` (from ``timeline.dated_events``, one article): ``date_start``, ``date_end``
    (inclusive dates), ``shape`` (``span`` or a single day), ``position``, ``text``, ``label``,
    optional ``expressions`` (k > 1: labelled ``(×k)``); ``publication``: ISO date or empty.
    Sort with :func:`timeline_order` and cap with :func:`helpers.report.layout.timeline_rows`
    first so the saved data and the drawn rows agree; ``more`` expressions not drawn are noted
    under the title, with the ``table`` that has them. The axis is :func:`clipped_span`.
    """
    fig, ax = plt.subplots(figsize=(11, max(2.5, 0.3 * len(ev) + 1.3)))
    y = list(range(len(ev)))
    start = mdates.date2num(list(ev["date_start"]))
    end = mdates.date2num(list(ev["date_end"])) + 1  # inclusive end
    pub = mdates.date2num(pd.Timestamp(publication).date()) if publication else None
    lo, hi = clipped_span(start, end, [pub] if pub is not None else [])
    min_width = (hi - lo) * 0.006  # keep short intervals visible
    span = (ev["shape"] == "span").to_numpy()
    left = np.clip(start, lo, hi)
    widths = [max(w, min_width) for w in (np.clip(end, lo, hi) - left)[span]]
    # the key names only what is drawn: a "single day" entry over an article of intervals
    # alone keyed a mark the reader then looked for in vain (archive run, round 2)
    if span.any():
        ax.barh([i for i, s in zip(y, span) if s], widths, left=left[span], height=0.55,
                color=BLUE, alpha=0.8, label="interval (week, month, season, year, range)")
    for i in np.flatnonzero(span):
        _mark_clipped(ax, i, start[i], end[i], lo, hi, INK)
    if (~span).any():
        ax.plot(start[~span] + 0.5, [i for i, s in zip(y, span) if not s], "o",
                color=VERMILION, label="single day")
    if pub is not None:
        ax.axvline(pub, ls="--", color=INK, lw=1, label="publication")
    clipped = bool(((start < lo) | (end > hi))[span].any())
    ax.set_yticks(y, [f"{t} — {lab}" + (f" (×{k})" if k > 1 else "") for t, lab, k in
                      zip(ev["text"], ev["label"], ev.get("expressions", [1] * len(ev)))],
                  fontsize=7)
    ax.set(xlim=(lo, hi), ylim=(len(ev) - 0.4, -0.6))
    ax.grid(axis="x", alpha=0.3)
    ax.xaxis_date()
    ax.set_xlabel("Date referred to" + (" (◀ ▶ an interval that runs past the axis, with its "
                                        "extent)" if clipped else ""))
    title_inside(ax, "Timeline of “{}”", str(title), pad=20 if more else 6)
    rows_note(ax, more, "dated expressions", "same dates grouped, most mentioned kept", table)
    # where it hides the least data: pinned lower left, it covered an early bar whenever the
    # last row lay far to the right (`until 2027`)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="best", fontsize=7, frameon=True, framealpha=0.9)
    return fig


def timeline_order(ev: pd.DataFrame) -> pd.DataFrame:
    """``ev`` in the order :func:`timeline_chart` draws it: by date, then place in the text."""
    return ev.sort_values(["date_start", "date_end", "position"]).reset_index(drop=True)


def no_dated_note(dates: Sequence[object]) -> str:
    """What an empty timeline says, given the articles' publication dates (``None``/"" if none).

    Why: without a publication date the relative expressions (``last weekend``, ``on Tuesday``)
    cannot be placed on a calendar, so an article of nothing but those draws an empty timeline;
    "no dated expressions" alone did not tell a reader that a date would fill it, nor how.
    """
    undated = sum(1 for d in dates if _undated(d))
    if not undated:
        return NO_DATED
    of = "the article has" if len(dates) == 1 else f"{undated:,} of {len(dates):,} articles have"
    return (f"{NO_DATED}: {of} no publication date, so relative dates\n(last week, on Tuesday) "
            "cannot be placed; give one with DATE=YYYY-MM-DD or metadata.csv")


def _undated(d: object) -> bool:
    return d is None or bool(pd.isna(d)) or not str(d).strip()


def dates_line(dates: Sequence[object], limit: int = 6) -> str:
    """One line on the articles' publication dates: each date up to ``limit`` articles, else the
    first and last and how many have none.

    Why: notebook 04 printed every article's date, which on an 840-article archive was one line
    of 840 ``(none)``.
    """
    n = len(dates)
    head = f"{n:,} article{'s' if n != 1 else ''}; publication date"
    if n <= limit:
        return f"{head}{'s' if n != 1 else ''}: " + ", ".join(
            "(none)" if _undated(d) else str(d) for d in dates)
    known = sorted(str(d) for d in dates if not _undated(d))
    missing = n - len(known)
    span = f"{known[0]} to {known[-1]}" if known else "none"
    return f"{head}s: {span}" + (f"; {missing:,} of {n:,} with none" if missing and known else "")


def _empty(ax: matplotlib.axes.Axes, note: str) -> None:
    """An axes with nothing to draw: the note, and no tick (they read 1970-01-01 or 0 to 1)."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.5, 0.5, note, transform=ax.transAxes, ha="center", va="center", fontsize=9)


def time_axis_chart(events: pd.DataFrame, titles: Mapping[str, str],
                    empty_note: str = NO_DATED) -> Figure:
    """All articles on one time axis, one lane per article; triangles mark publication.

    ``events``: ``article_id``, ``date_start``, ``date_end``, ``shape``, ``publication``.
    The axis is :func:`clipped_span` of all lanes: an interval of centuries (``the 19th
    century``) stops at the edge with an arrow and its real extent instead of shrinking every
    other lane to a sliver. With no event the axes carry ``empty_note`` and no tick
    (:func:`no_dated_note` says why, when articles have no publication date).
    """
    lanes = list(dict.fromkeys(events["article_id"]))
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.9 * max(1, len(lanes))))
    start = mdates.date2num(list(events["date_start"])) if len(events) else np.array([])
    end = mdates.date2num(list(events["date_end"])) + 1 if len(events) else np.array([])
    pubs = [mdates.date2num(pd.Timestamp(p).date())
            for p in dict.fromkeys(events.get("publication", [])) if p]
    lo, hi = clipped_span(start, end, pubs)
    lane_of = events["article_id"].map({a: i for i, a in enumerate(lanes)}).to_numpy()
    span = (events["shape"] == "span").to_numpy()
    for lane in range(len(lanes)):
        color = BLUE  # lanes are labelled on the axis: one colour, none repeated for 12 lanes
        mine = lane_of == lane
        s, e = start[mine & span], end[mine & span]
        ax.barh([lane] * len(s), np.clip(e, lo, hi) - np.clip(s, lo, hi), left=np.clip(s, lo, hi),
                height=0.5, color=color, alpha=0.35)
        for side, keep in (("left", [(a, b) for a, b in zip(s, e) if a < lo]),
                           ("right", [(a, b) for a, b in zip(s, e) if b > hi])):
            if keep:  # one label per lane and side: the widest interval, and how many more
                a, b = max(keep, key=lambda c: c[1] - c[0])
                _mark_clipped(ax, lane, a, b, lo, hi, INK, side, len(keep) - 1)
        days = start[mine & ~span]
        ax.plot(days + 0.5, [lane] * len(days), "o", color=color, ms=5)
        pub = events.loc[mine, "publication"].iloc[0]
        if pub:
            ax.plot(mdates.date2num(pd.Timestamp(pub).date()), lane - 0.38, "v", color="black",
                    ms=7)
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels([_short(titles.get(a, a), 32) for a in lanes], fontsize=8)
    ax.set_ylim(len(lanes) - 0.4, -0.7)
    ax.set_xlim(lo, hi)
    ax.xaxis_date()
    keys = (["▼ publication"] if pubs else []) + (
        ["◀ ▶ an interval past the axis, its extent"]
        if len(events) and ((start < lo) | (end > hi))[span].any() else [])
    ax.set_xlabel("Date referred to" + (f" ({'; '.join(keys)})" if keys else ""))
    ax.set_title("The time told in each article", loc="left")
    if events.empty:
        _empty(ax, empty_note)
    return fig


def telling_vs_told_chart(events: pd.DataFrame, titles: Mapping[str, str],
                          empty_note: str = NO_DATED) -> Figure:
    """Per article: place in the text (x) against the date referred to (y, interval as a bar).

    ``events``: ``article_id``, ``position`` (0-1), ``date_start``, ``date_mid``, ``date_end``,
    ``publication``. Each panel's date axis is :func:`clipped_span`: an expression of more than
    20 years whose middle falls outside it is marked ▼/▲ at the edge with its real extent.
    With no event: a strip with ``empty_note`` (a 4-inch frame of ticks 0 to 1 before).
    """
    arts = list(dict.fromkeys(events["article_id"]))
    ncols = min(2, max(1, len(arts)))
    nrows = -(-max(1, len(arts)) // ncols)
    size = (5.5 * ncols, 4.0 * nrows) if arts else (8.0, 1.6)
    fig, axes = plt.subplots(nrows, ncols, figsize=size, squeeze=False)
    for ax in axes.flat[len(arts):]:
        ax.set_visible(bool(not arts and ax is axes.flat[0]))
    for ax, article_id in zip(axes.flat, arts):
        ev = events[events["article_id"] == article_id].sort_values("position")
        mid = mdates.date2num(list(ev["date_mid"]))
        lo = mid - mdates.date2num(list(ev["date_start"]))
        hi = mdates.date2num(list(ev["date_end"])) + 1 - mid
        ax.errorbar(ev["position"], mid, yerr=[lo, hi], fmt="o", ms=4, lw=1, capsize=0,
                    color=BLUE, ecolor=SKY)
        ax.plot(ev["position"], mid, "-", lw=0.6, color=BLUE, alpha=0.5)
        pub = ev["publication"].iloc[0]
        pub_num = [mdates.date2num(pd.Timestamp(pub).date())] if pub else []
        if pub:
            ax.axhline(pub_num[0], ls="--", color=INK, lw=1)
        # a century would flatten the rest: clip the axis, mark the point at the edge
        start, end = mid - lo, mid + hi
        bottom, top = clipped_span(start, end, pub_num)
        ax.set_ylim(bottom, top)
        for x, m, a, b in zip(ev["position"], mid, start, end):
            if not bottom <= m <= top:
                edge = bottom if m < bottom else top
                # towards the panel's middle: centred on a point near an edge, it ran past it
                ax.annotate(("▼ " if m < bottom else "▲ ") + _extent(a, b), xy=(x, edge),
                            xytext=(0, 4 if m < bottom else -4), textcoords="offset points",
                            ha="left" if x <= 0.5 else "right",
                            va="bottom" if m < bottom else "top", fontsize=7,
                            color=INK)
        ax.yaxis_date()
        ax.set_xlim(-0.02, 1.02)
        ax.set_xlabel("Position in the article (share of characters)")
        ax.set_ylabel("Date referred to")
        ax.set_title(_short(titles.get(article_id, article_id), 45), fontsize=10, loc="left")
    if not arts:
        axes[0, 0].set_visible(True)
        _empty(axes[0, 0], empty_note)
    fig.suptitle("Time of telling vs time told", x=0.01, ha="left")
    return fig
