"""Text on charts: labels cut at a word with an ellipsis, and date ticks that name the year.

Kept apart from :mod:`helpers.report.plots` (which uses them in every chart) so that module stays
one function per chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.dates as mdates
import matplotlib.ticker

__all__ = ["YearFirstFormatter", "distinct_short", "one_line", "short"]


def one_line(text: object) -> str:
    """``text`` on one line: line breaks and runs of spaces as one space (a scraped title
    ``"path;\nMe"`` kept its break in a chart heading)."""
    return " ".join(str(text).split())


def short(text: object, width: int) -> str:
    """``text`` on one line, at most ``width`` characters; a longer text is cut at the last
    word boundary that fits and ends with an ellipsis, never mid-word ("cast firs")."""
    text = one_line(text)
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def distinct_short(texts: Iterable[object], width: int) -> list[str]:
    """Each of ``texts`` cut by :func:`short`, kept apart when two different texts cut to the
    same label: the second and later get `` (2)``, `` (3)`` ... within ``width``.

    Why: a bar chart with text categories draws equal labels on one row, so two speakers whose
    descriptions share their first words ("a member of the national committee who ...") were
    one bar hiding the other.
    """
    out: list[str] = []
    seen: dict[str, str] = {}  # label -> the text it stands for
    for text in texts:
        label = short(text, width)
        k = 1
        while label in seen and seen[label] != one_line(text):
            k += 1
            suffix = f" ({k})"
            label = short(text, max(width - len(suffix), 2)) + suffix
        seen.setdefault(label, one_line(text))
        out.append(label)
    return out


class YearFirstFormatter(matplotlib.ticker.Formatter):
    """Date ticks that name the year on the first tick and on the first tick of each new year
    (``Mar\n2020``, ``Jun``, ``Sep``, ``Jan\n2021``); yearly ticks are just the year.

    Why: with matplotlib's concise labels an axis starting in March showed months only, the
    year off to the right edge, so a reader of an exported figure could not date a point.
    """

    def __call__(self, x: float, pos: int | None = None) -> str:
        """One tick alone: month and year (or the year on 1 January)."""
        day = mdates.num2date(x)
        return day.strftime("%Y") if (day.month, day.day) == (1, 1) else day.strftime("%b\n%Y")

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        """All ticks of the axis: the year where it starts or changes."""
        days = [mdates.num2date(v) for v in values]
        if all((d.month, d.day) == (1, 1) for d in days):
            return [d.strftime("%Y") for d in days]
        labels, year = [], None
        for d in days:
            text = d.strftime("%b") if d.day == 1 else d.strftime("%d %b")
            labels.append(text + (f"\n{d.year}" if d.year != year else ""))
            year = d.year
        return labels
