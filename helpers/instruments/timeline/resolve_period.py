"""Reporting periods of business news: quarters without their year and comparisons with them.

Company reports speak of ``third-quarter profit``, ``the quarter``, ``the latest quarter``,
``the year-earlier period`` and compare figures with ``a year ago``. The *current reporting
period* is the quarter last named with its number whose results can be in (it has ended by
publication, or the text says it ended or gives its figures: not a forecast's ``the third
quarter of 1990``, nor an earlier calendar quarter named in passing, ``after a weak second
quarter`` in a report on the third), kept on the resolver, per article:

* a numbered quarter without a year (``third-quarter``, ``the fourth quarter``) is the most
  recent such quarter that has begun by publication (written in January 1998, ``the fourth
  quarter`` is 1997-Q4); in a future clause, the next one whose results are still to come
  (ended at most 45 days before publication: ``third-quarter results will be released`` in
  October);
* ``the quarter``, ``the latest quarter``, ``this quarter``, ``that quarter``, ``the latest
  period`` refer to the current reporting period (``the latest``: only once it is over,
  or once a past clause has reported its results, as of a fiscal quarter);
  without one, ``the latest``/``last``
  quarter is the last quarter completed before publication, ``this``/``the current`` quarter
  the one under way, ``next quarter`` the one after it;
* ``year-earlier``, ``year-ago``, ``the year-earlier quarter``, ``the year-ago period`` and, as
  the term of a comparison (of figures in the sentence, ``than``, or a change: ``shrank from a
  year earlier``), ``a year ago``/``a year earlier`` are the same quarter one year before
  (without a current period: the previous year);
* a stretch of months named as a period (``the nine months``, ``the first nine months``)
  becomes the current period until a quarter is named again: a comparison with it is the
  year before (``up from $3 million a year earlier`` after ``For the nine months``: the first
  nine months of the year before, which TimeML can only write as that year), and ``the 1988
  period`` after a quarter is that quarter of 1988 (TimeML reading), after a stretch the year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from helpers.instruments.timeline.dates import month_end
from helpers.instruments.timeline.records import Candidate, Resolution

if TYPE_CHECKING:  # the resolver imports this module to dispatch
    from helpers.instruments.timeline.resolver import Resolver

#: Days after its end during which a quarter's results are still to be announced.
_REPORTING_LAG = 45

_QN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

#: A sentence that compares figures (a number, an amount, a percentage).
_FIGURES_RE = re.compile(r"\d|\b(?:million|billion|percent|cents?|per\s+cent)\b", re.IGNORECASE)


def quarter_resolution(year: int, n: int, anchor: str, anchor_value: str) -> Resolution:
    """The DATE row of quarter ``n`` of ``year`` with its interval."""
    a = dt.date(year, (n - 1) * 3 + 1, 1)
    return Resolution("DATE", f"{year:04d}-Q{n}", "", "quarter", a, month_end(year, n * 3),
                      anchor, anchor_value)


#: After a quarter: the text says it has ended, or names its results (a fiscal quarter).
_ENDED_RE = re.compile(r"\s+end(?:ed|ing)\b|[\s-]+(?:earnings|results|profits?|loss(?:es)?|"
                       r"net|sales|revenues?|income)\b", re.IGNORECASE)


def set_reporting_quarter(ctx: Resolver, year: int, n: int, last_day: dt.date, text: str,
                          end: int, start: int | None = None) -> None:
    """Make quarter ``n`` of ``year`` (ending on ``last_day``, named in ``text[start:end]``)
    the current reporting period when its results can be in: it has ended by publication, or
    the text says it ended or reports its figures (``the fourth quarter ended Sept. 30``,
    ``fourth-quarter earnings``: a fiscal quarter). A quarter still to come or under way
    (``the third quarter of 1990`` in a forecast) is not; nor is a calendar quarter earlier
    than the current period named in passing, without its results (``after a weak second
    quarter`` in a report on the third: comparisons stay with the third; round 27)."""
    results = bool(_ENDED_RE.match(text, end))
    if ctx.pub is not None and last_day >= ctx.pub and not results:
        return
    fiscal = start is not None and "fiscal" in text[start:end].lower()
    if ctx.quarter is not None and (year, n) < ctx.quarter and not (results or fiscal):
        return
    ctx.quarter = (year, n)
    ctx.quarter_reported = False


def quarter_year(n: int, ref: dt.date, clause: str) -> int:
    """The year of quarter ``n`` named without one: the latest that has begun by ``ref``; in a
    future clause the earliest that has not ended by ``ref``."""
    if clause == "future":  # results of a quarter are announced up to six weeks after it
        ended = month_end(ref.year, n * 3)
        return ref.year if ended >= ref - dt.timedelta(days=_REPORTING_LAG) else ref.year + 1
    return ref.year if dt.date(ref.year, (n - 1) * 3 + 1, 1) <= ref else ref.year - 1


def _current_quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift_quarter(year: int, n: int, step: int) -> tuple[int, int]:
    k = year * 4 + (n - 1) + step
    return k // 4, k % 4 + 1


def resolve_fiscal_quarter(ctx: Resolver, c: Candidate, text: str, clause: str,
                           in_quote: bool, block: int) -> Resolution:
    """A quarter of business news (see the module docstring); sets the current period when it
    names the quarter's number."""
    f = c.fields
    pub = ctx.pub
    if "ago" in f:  # year-earlier, the year-ago quarter
        quarter_head = text[c.start:c.end].lower().endswith("quarter")
        return year_before_period(ctx, f.get("qn"), quarter_head)
    if "qn" in f:
        n = _QN[f["qn"].lower()]
        if pub is None:
            return Resolution("DATE", f"XXXX-Q{n}", "", "quarter")
        if "nxt" in f:  # "next year's first quarter": not the current reporting period
            return quarter_resolution(pub.year + 1, n, "publication", pub.isoformat())
        year = quarter_year(n, pub, clause)
        res = quarter_resolution(year, n, "publication", pub.isoformat())
        set_reporting_quarter(ctx, year, n, month_end(year, n * 3), text, c.end, c.start)
        if ctx.quarter == (year, n) and month_end(year, n * 3) >= pub and clause == "past" \
                and _ENDED_RE.match(text, c.end):
            ctx.quarter_reported = True  # "reported a fall in fourth-quarter earnings" in October
        return res
    if "nxt" in f and pub is not None:  # "next year's quarter": the same quarter a year on
        year, n = ctx.quarter or _current_quarter(pub)
        return quarter_resolution(year + 1, n, "publication", pub.isoformat())
    rel = re.sub(r"\s+", " ", f.get("rel", "the").lower())
    if rel == "the latest" and ctx.quarter is not None and pub is not None and month_end(
            ctx.quarter[0], ctx.quarter[1] * 3) >= pub and not ctx.quarter_reported:
        # the period named is not over (and no past clause reported its results, as of a
        # fiscal quarter): the latest is the last completed one
        rel = "last"
    if ctx.quarter is not None and rel in ("the", "the latest", "this", "that", "the same"):
        year, n = ctx.quarter
        return quarter_resolution(year, n, "narrative", f"{year:04d}-Q{n}")
    if ctx.quarter is not None and rel in ("the previous", "the prior", "the preceding"):
        year, n = _shift_quarter(*ctx.quarter, -1)
        return quarter_resolution(year, n, "narrative", "{:04d}-Q{}".format(*ctx.quarter))
    if pub is None:
        return Resolution("DATE", "XXXX-QX", "", "quarter")
    year, n = _current_quarter(pub)
    step = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(rel, -1)
    year, n = _shift_quarter(year, n, step)
    return quarter_resolution(year, n, "publication", pub.isoformat())


def compares_figures(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a figure (``profit rose 5%``)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_dot = text.find(". ", end)
    hi_nl = text.find("\n", end)
    hi = min(x for x in (hi_dot, hi_nl, len(text)) if x >= 0)
    return bool(_FIGURES_RE.search(text[lo:start]) or _FIGURES_RE.search(text[end:hi]))


#: a comparison just before an expression: "higher than a year ago", "compared with a year
#: ago", or a change from it ("shrank from a year earlier", "down from a year ago": a verb
#: or adverb of change before ``from``; round 27)
_THAN_BEFORE_RE = re.compile(r"\b(?:than|compared\s+(?:with|to)|(?:[a-z]{3,}ed|rose|fell|grew|"
                             r"shrank|sank|slid|up|down)\s+from)\s+$", re.IGNORECASE)


def compares(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (``a year ago``) is the term of a comparison: of figures in
    its sentence (:func:`compares_figures`), of a state (``prices higher than a year ago``)
    or of a change (``its loss shrank from a year earlier``). A comparison names the
    period compared, so it never anchors a later expression (``... delayed earlier in the
    year`` is this year)."""
    return compares_figures(text, start, end) or bool(
        _THAN_BEFORE_RE.search(text, max(0, start - 24), start))


def year_before_period(ctx: Resolver, qn: str | None = None,
                       quarter_head: bool = False) -> Resolution:
    """The same quarter one year before the current reporting period (``year-earlier``);
    the year before when the current period is a stretch of months (``the nine months``)
    and the expression names no quarter (``quarter_head``: ``the year-ago quarter``);
    without a current period, the year before publication."""
    if qn:
        base = ctx.quarter[0] if ctx.quarter is not None else (
            ctx.pub.year if ctx.pub is not None else None)
        if base is None:
            return Resolution("DATE", f"XXXX-Q{_QN[qn.lower()]}", "", "quarter")
        n = _QN[qn.lower()]
        return quarter_resolution(base - 1, n, "narrative", f"{base:04d}-Q{n}")
    if ctx.quarter is not None and not (ctx.period_span and not quarter_head):
        year, n = ctx.quarter
        return quarter_resolution(year - 1, n, "narrative", f"{year:04d}-Q{n}")
    if ctx.quarter is not None:  # after "the nine months": the same months a year before
        y = ctx.quarter[0] - 1
        return Resolution("DATE", f"{y:04d}", "", "year", dt.date(y, 1, 1), dt.date(y, 12, 31),
                          "narrative", "{:04d}-Q{}".format(*ctx.quarter))
    if ctx.pub is None:
        return Resolution("DATE", "XXXX", "", "")
    y = ctx.pub.year - 1
    return Resolution("DATE", f"{y:04d}", "", "year", dt.date(y, 1, 1), dt.date(y, 12, 31),
                      "publication", ctx.pub.isoformat())


#: A definite stretch of months named as a reporting period: "the nine months", "the first
#: nine months", "the latest six months" (not "the next 14 months", not "the months").
_SPAN_RE = re.compile(r"(?i)(?:the\s+)?(?:(?:first|latest|last|past)\s+)?(?:\d+|two|three|four|"
                      r"five|six|seven|eight|nine|ten|eleven|twelve)\s+months")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:(?:first|latest|last|past)\s+)?$")
#: "the 1988 period", "the 1989 quarter": a year before a reporting-period head noun
_PERIOD_HEAD_RE = re.compile(r"\s+(?:period|quarter)\b(?!-)")


def track_reporting_period(ctx: Resolver, c: Candidate, text: str, res: Resolution) -> None:
    """Keep the kind of the current reporting period after ``c`` is resolved to ``res``: a
    quarter named or referred to makes it the quarter again; a definite stretch of months
    (``the nine months``) makes it that stretch. ``the 1988 period`` after a quarter gets
    that quarter of 1988 as its TimeML value (``1988-Q3``)."""
    span = text[c.start:c.end]
    if c.kind in ("fquarter", "quarter") and "ago" not in c.fields:
        ctx.period_span = False
    elif res.type == "DURATION" and _SPAN_RE.fullmatch(span) and (
            span[:4].lower() == "the " or _THE_BEFORE_RE.search(text, max(0, c.start - 20),
                                                                c.start)):
        ctx.period_span = True
    elif (c.kind == "year" and ctx.quarter is not None and not ctx.period_span
          and res.value.isdigit() and _PERIOD_HEAD_RE.match(text, c.end)
          and text[max(0, c.start - 4):c.start].lower() == "the "):
        res.timex3_value = f"{res.value}-Q{ctx.quarter[1]}"
