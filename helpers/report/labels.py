"""Text on charts: labels cut at a word with an ellipsis, and date ticks that name the year.

Kept apart from :mod:`helpers.report.plots` (which uses them in every chart) so that module stays
one function per chart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import matplotlib.dates as mdates
import matplotlib.ticker

__all__ = ["DATE_MAX", "DATE_MIN", "PeriodLocator", "YearFirstFormatter", "distinct_short",
           "one_line", "period_locator", "section_labels", "short", "tag_repeats"]


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


def tag_repeats(labels: Sequence[str], *tags: Sequence[object]) -> list[str]:
    """``labels`` with a tag added where two rows would otherwise read the same.

    Each of ``tags`` is one tag per row (e.g. the article's number, then the section's). In
    turn, each is added to the rows of a label shared by several rows, when their tags differ
    (a tag that all of them share would tell nothing). A label no other row has is kept as it
    is (short, legible).
    """
    out = [str(label) for label in labels]
    for column in tags:
        column = [str(tag) for tag in column]
        groups: dict[str, set[str]] = {}
        for label, tag in zip(out, column):
            groups.setdefault(label, set()).add(tag)
        counts = Counter(out)
        out = [f"{label} {tag}" if counts[label] > 1 and len(groups[label]) > 1 else label
               for label, tag in zip(out, column)]
    return out


def section_labels(article_ids: Sequence[object], titles: Sequence[object],
                   sections: Sequence[object], n: Sequence[int],
                   section_index: Sequence[int] | None = None, width: int = 28) -> list[str]:
    """One axis label per row of a chart of article parts: ``title · part (n=...)``.

    Per row: the article's id and short title, the part (a section's heading, cut at
    ``width``, or a voice), its number of sentences ``n`` and, for sections, the section's
    number in its article. Why: two sections of one article whose headings share their first
    words (or the same heading twice), or two articles with the same short title, cut to one
    label, and a reader could not tell their rows apart. Such rows of two articles get
    ``[article j]`` (j: the article's order in the chart, from 1), then rows of one article
    ``(section k)``; every other label is kept as it is.
    """
    order = {a: j + 1 for j, a in enumerate(dict.fromkeys(article_ids))}
    base = [f"{one_line(t)} · {short(s, width)}" for t, s in zip(titles, sections)]
    numbers = [] if section_index is None else [[f"(section {int(i)})" for i in section_index]]
    labels = tag_repeats(base, [f"[article {order[a]}]" for a in article_ids], *numbers)
    return [f"{label} (n={int(k)})" for label, k in zip(labels, n)]


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


#: Steps between two ticks of a period axis, in months (monthly axis) or years (yearly axis):
#: the smallest that leaves at most :data:`MAX_PERIOD_TICKS` ticks is used.
MONTH_STEPS = (1, 2, 3, 4, 6, 12)
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
MAX_PERIOD_TICKS = 10


#: matplotlib's dates: the first and last day it can draw (years 1 to 9999)
DATE_MIN = float(mdates.date2num(dt.date(1, 1, 1)))
DATE_MAX = float(mdates.date2num(dt.date(9999, 12, 31)))


class PeriodLocator(matplotlib.ticker.Locator):
    """Ticks on the first day of every ``step``-th month (months 1, 1 + step, ... of each year)
    or of every year divisible by ``step``, within the view and within years 1 to 9999.

    Why its own: matplotlib's ``YearLocator`` counts from the first year in view, so an axis
    starting at year 1 (an implausible date, kept) was ticked 1, 201, 401 ..., not 200, 400;
    and it reads the view limits as dates, so the limits could not pass year 1 to draw a
    year-1 point whole. This locator only turns tick positions into dates.
    """

    def __init__(self, unit: str, step: int) -> None:
        if unit not in ("month", "year") or step < 1:
            raise ValueError(f"unit must be 'month' or 'year' and step >= 1, got {unit!r}, {step}")
        self.unit, self.step = unit, int(step)

    def __call__(self) -> list[float]:
        return self.tick_values(*self.axis.get_view_interval())

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        """The tick positions (date numbers) between ``vmin`` and ``vmax``."""
        lo, hi = max(min(vmin, vmax), DATE_MIN), min(max(vmin, vmax), DATE_MAX)
        if lo > hi:
            return []
        a, b = mdates.num2date(lo), mdates.num2date(hi)
        if self.unit == "year":  # multiples of the step; year 0 does not exist
            first = max(-(-a.year // self.step) * self.step, self.step)
            if dt.date(first, 1, 1) < a.date():
                first += self.step
            days = [dt.date(y, 1, 1) for y in range(first, b.year + 1, self.step)]
        else:  # months 1, 1 + step, ... of each year (the month axis spans a few years)
            starts = a.day > 1 or (a.hour, a.minute, a.second, a.microsecond) != (0, 0, 0, 0)
            first = a.year * 12 + a.month - 1 + starts  # months since January of year 0
            days = [dt.date(m // 12, m % 12 + 1, 1) for m in range(first, b.year * 12 + b.month)
                    if (m % 12) % self.step == 0]
        ticks = [float(mdates.date2num(d)) for d in days]
        return self.raise_if_exceeds([t for t in ticks if lo <= t <= hi])


def period_locator(unit: str, first: float, last: float) -> PeriodLocator:
    """Ticks of an axis of months or years: only on the first day of a period.

    ``unit`` is ``"month"`` or ``"year"``; ``first`` and ``last`` the first and last period
    drawn (matplotlib date numbers). The step is the smallest of :data:`MONTH_STEPS` (months
    aligned on January: Jan, Mar, May ...) or :data:`YEAR_STEPS` (years divisible by it) with at
    most :data:`MAX_PERIOD_TICKS` ticks over the span. Why: matplotlib's automatic locator put
    ticks on days (``29 Feb``, ``05 Mar``) on a two-month axis and on March, May ... on a
    two-year one, so a tick did not name a period a point stands for.
    """
    start, end = mdates.num2date(first), mdates.num2date(last)
    if unit == "month":
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = next((s for s in MONTH_STEPS if months / s <= MAX_PERIOD_TICKS), MONTH_STEPS[-1])
        return PeriodLocator("month", step)
    years = end.year - start.year + 1
    step = next((s for s in YEAR_STEPS if years / s <= MAX_PERIOD_TICKS), YEAR_STEPS[-1])
    return PeriodLocator("year", step)
