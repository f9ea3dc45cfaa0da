"""Named days (holidays, church days, political days): the data file and their dates.

Why a data file: which days a name picks out, and the rule or the table of dates behind it,
are knowledge about the calendar, not logic; ``data/lexicons/timeline_named_days.csv`` holds
them (its header says what each column means and where each rule comes from). This module
reads it once into :data:`NAMED_DAYS`, gives the grammar the pattern of every written form
(:data:`NAMED_DAY_RE`, :data:`NAMED_DAY_KEY`) and the resolver the date of a day in a year
(:func:`named_day_date`) or the candidate days near a reference (:func:`candidate_days`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from helpers.core.lexicons import LexiconError, lexicon_path, load_records
from helpers.core.literals import EXACT, prefix_literals, required_literals

__all__ = ["NAMED_DAYS", "NAMED_DAY_KEY", "NAMED_DAY_RE", "NamedDay", "candidate_days",
           "easter_sunday", "named_day", "named_day_date", "named_day_dates"]

_FILE = "timeline_named_days.csv"
_RULES = ("fixed", "nth_weekday", "easter", "after", "once", "dated")


class NamedDay(NamedTuple):
    """One row of the data file: its key, written forms (a regex), rule, arguments, years."""

    name: str
    forms: str
    rule: str
    args: str
    years: str


def _load() -> tuple[NamedDay, ...]:
    """The rows of the data file, each checked (an unknown rule or a bad regex is an error
    naming the file, never a silently missing day)."""
    days = []
    for r in load_records(_FILE):
        day = NamedDay(r["name"], r["forms"], r["rule"], r["args"], r.get("years", ""))
        if day.rule not in _RULES:
            raise LexiconError(f"{lexicon_path(_FILE)}: unknown rule {day.rule!r} ({day.name})")
        try:
            re.compile(day.forms)
        except re.error as exc:
            raise LexiconError(f"{lexicon_path(_FILE)}: bad forms of {day.name!r}: {exc}") from exc
        days.append(day)
    return tuple(days)


#: The named days of the data file, in file order (a longer name before a shorter one).
NAMED_DAYS: tuple[NamedDay, ...] = _load()
_BY_NAME = {d.name: d for d in NAMED_DAYS}
_FULL = [(re.compile(rf"(?:{d.forms})\Z"), d) for d in NAMED_DAYS]
#: Every written form, as one alternation (case-sensitive, as written in the file).
NAMED_DAY_RE = "|".join(f"(?:{d.forms})" for d in NAMED_DAYS)
#: Literals too common to key a named day on (every weekday mention, "today", "days"):
#: a name that contains one is keyed on how it starts instead ("super", "black", "mlk").
_COMMON = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "day"})


def _ascii_piece(literal: str) -> str:
    """``literal`` as a regex whose own literals are ASCII (the scanner's gate finds keys by
    ASCII literals): a non-ASCII character matches as any one (``george’s`` -> ``george.s``)."""
    return "".join("." if not ch.isascii() else re.escape(ch) for ch in literal)


def _key_pieces(forms: str) -> frozenset[str]:
    """Regex pieces (on lower-cased text) one of which every match of ``forms`` contains: its
    required literals, or, when those are common words (a weekday, ``day``), the word it
    starts with and the space after it (``whit `` of Whit Monday, not ``white``)."""
    rx = re.compile(forms.lower())
    found = required_literals(rx, EXACT)
    if found and not found & _COMMON:
        return frozenset(_ascii_piece(x) for x in found)
    starts = prefix_literals(rx, EXACT)
    if not starts:
        raise LexiconError(f"{lexicon_path(_FILE)}: no rare literal to find {forms!r} by")
    return frozenset(_ascii_piece(x) + r"\s" for x in starts)


#: The scanner's key (run on lower-cased text): the literals of every named day, so that the
#: full pattern runs only near a word that can begin one.
NAMED_DAY_KEY = "|".join(sorted(set().union(*(_key_pieces(d.forms) for d in NAMED_DAYS)),
                                key=lambda x: (-len(x), x)))


def named_day(words: str) -> NamedDay | None:
    """The named day whose forms match all of ``words`` (the matched text), or None."""
    words = re.sub(r"\s+", " ", words.strip())
    return next((d for rx, d in _FULL if rx.match(words)), None)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus; the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, args: str) -> dt.date:
    """``month weekday n [shift]``: the n-th (n = -1: last) weekday of the month, plus
    ``shift`` days."""
    parts = [int(x) for x in args.split()]
    month, weekday, n = parts[:3]
    shift = parts[3] if len(parts) > 3 else 0
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7, weeks=n - 1)
    else:
        d = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        d -= dt.timedelta(days=(d.weekday() - weekday) % 7)
    return d + dt.timedelta(days=shift)


def named_day_dates(day: NamedDay) -> list[dt.date]:
    """The listed dates of a ``dated`` or ``once`` day (empty for a rule)."""
    if day.rule not in ("dated", "once"):
        return []
    return [dt.date.fromisoformat(x) for x in day.args.split()]


def named_day_date(day: NamedDay, year: int) -> dt.date | None:
    """The day in ``year``; None when the day does not fall in that year (a year missing from
    a ``dated`` table, an odd year of an ``even`` day, another year of a day of history)."""
    if day.years == "even" and year % 2:
        return None
    if day.rule == "fixed":
        month, dom = (int(x) for x in day.args.split("-"))
        return dt.date(year, month, dom)
    if day.rule == "nth_weekday":
        return _nth_weekday(year, day.args)
    if day.rule == "easter":
        return easter_sunday(year) + dt.timedelta(days=int(day.args))
    if day.rule == "after":
        base, shift = day.args.split()
        d = named_day_date(_BY_NAME[base], year)
        return None if d is None else d + dt.timedelta(days=int(shift))
    return next((d for d in named_day_dates(day) if d.year == year), None)


def candidate_days(day: NamedDay, ref: dt.date) -> list[dt.date]:
    """The days the name may mean seen from ``ref``: its day in the years around ``ref``
    (two either side, for days that do not fall every year); a day of history: its one day."""
    if day.rule == "once":
        return named_day_dates(day)
    days = (named_day_date(day, y) for y in range(ref.year - 2, ref.year + 3))
    return [d for d in days if d is not None]
