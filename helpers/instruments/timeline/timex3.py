"""The TimeML (TIMEX3) reading of a row, where the project's conventions differ from TimeML's.

The project's gold (``data/annotations/timex.csv``) and its users keep the project conventions
(a bare ``previously`` is a PAST_REF; ``nine months`` without its article; ``PT24H``). TimeML
corpora (TimeBank, AQUAINT, TempEval-3) follow the TimeML guidelines instead. Rather than
revise the project gold (its conventions are documented and relied on by the notebooks), each
row carries ``timex3_start``, ``timex3_end``, ``timex3_type`` and ``timex3_value``: the same
expression as TimeML would tag it, used by the TimeML scorer (``helpers.evaluate.timeml``).
An empty ``timex3_value`` means TimeML tags no TIMEX3 there.

Mappings (each general, none keyed to a document):

* no TIMEX3: manner/sequence adverbs (``previously``, ``formerly``, ``originally``,
  ``newly``, ``lately``, ``hitherto``, ``eventually``), a clause-final ``before``/``ahead``,
  anaphoric ``then``/``once``, and one-word frequency adverbs (``quarterly``, ``daily``,
  ``annually``) which TimeML mostly treats as part of an event or a modifier;
* extent: a duration used as a noun keeps its definite article (``the nine months``), not
  one used as a modifier (``the two-week recess``, ``the two day visit``: ``two-week``);
* extent: when the noun a year or a hyphenated duration modifies is itself a temporal noun
  (``period``, ``quarter``), the noun phrase is the temporal expression and the TIMEX3 is the
  whole of it, article included (``the 1988 period``, ``a three-year period``; TimeML 1.2.1
  guidelines, TIMEX3 tag extent: the full noun phrase whose head is temporal); ``the 1988 second
  quarter`` is one TIMEX3 whose year is the one written (``1988-Q2``);
* ``N units later``/``earlier`` (``three days later``, ``a few weeks earlier``): the amount
  alone, as a DURATION (``P3D``, ``PXW``); the signal is outside (TimeBank 3 of 3, the
  project's PolNeAR TIMEX3 set 3 of 3), except ``a year earlier``, the comparison period of
  business news, which TimeBank tags whole as a DATE (about 30 times);
* ranges: ``between 2001 and 2015``, ``from Aug. 26 to Oct. 20`` are one project row (value
  ``2001/2015``) but two TIMEX3 (``2001`` and ``2015``): :func:`timex3_rows` splits them;
* value: durations in whole larger units (``PT24H`` -> ``P1D``, ``PT48H`` -> ``P2D``,
  ``P2000Y`` -> ``P2L``, millennia),
  fractions spelled out (``PT1.5M`` -> ``PT1M30S``, ``PT1.5H`` -> ``PT1H30M``); ``recent
  years``/``recent months``/``recent weeks`` are vague durations (``PXY``, DURATION); a
  year and a half keeps its written unit (``2 1/2 years``: project ``P30M`` -> ``P2Y6M``);
* extent: the determiner or ordinal of a counted duration's noun phrase is inside (``the
  latest nine months``, ``those 40 years``, ``first two years``; TimeML: the full noun phrase,
  as for ``the first nine months``);
* a year named by its last day (``the year ended March 31``, ``the fiscal year ending
  June 30``) is a DURATION ``P1Y`` (TimeBank 6 of 7); the project row is the year;
* alternatives or a range of two counts of one unit (``two or three weeks``, ``the next
  12 to 18 months``, ``a two- or three-week period``) are one vague DURATION (``PXW``,
  ``PXM``: the amount is not one number; the project row keeps the larger count), the
  whole of it (``12 to`` inside; not after ``between``/``from``, where the range is two
  ends: ``between two to six days``).
* extent: an approximator just before a date or a time (``around Nov. 1``, ``around 7:15
  p.m.``, ``roughly``, ``approximately``; ``about`` only before a clock time) and a
  comparator before a duration the row left it out of (``at least the past 18 months``) are
  inside (TimeML's ``mod``; TimeBank 3 of 3 and 17 of 19); the project row keeps ``around``
  out as a preposition (its guideline, ``data/annotations/guidelines/timex.md`` §2);
  ``about`` before a REF (``about the future``) is the topic and stays out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from helpers.instruments.timeline.grammar import UNIT_CODE, number_value

_NOT_TIMEX3_RE = re.compile(
    r"(?i)(?:previously|formerly|originally|newly|lately|hitherto|eventually|before|ahead|then|"
    r"once|quarterly|daily|weekly|fortnightly|monthly|annually|yearly|hourly|nightly)")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_RECENT_RE = re.compile(r"(?i)(?:in\s+)?recent\s+(years|months|weeks|days|decades)")
_RECENT_CODE = {"years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD",
                "decades": "PXDE"}
_RANGE_RE = re.compile(r"(?i)(?:from|between)\s+(?P<a>.+?),?\s+(?:to|and|through|until|till)\s+"
                       r"(?P<b>.+)$")
#: a range written with a hyphen or an en dash between two numbers ("Feb. 11-15", "July
#: 18–21", "2007-09"): TimeML's two expressions, as the worded ranges (the set 4 of 4)
_DASH_RANGE_RE = re.compile(r"(?P<a>.*?\d)\s*[-–]\s*(?P<b>\d.*)$")
_FRACTION_RE = re.compile(r"^PT(\d+)\.(\d+)([HM])$")
_HALF_YEARS_RE = re.compile(r"(?i)(?:and\s+a\s+half|\d\s*(?:1/2|½))\s+years?\b|years?\s+and\s+"
                            r"a\s+half")
#: a temporal head noun right after the row: the noun phrase is the expression
_HEAD_NOUN_RE = re.compile(r"\s+(?:period|quarter)\b(?!-)")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_MODIFIER_RE = re.compile(r"\d{4}|(?:[\w.]+-?\s+or\s+)?[\w.]+-(?:year|month|week|day)")
_ORD_QUARTER_RE = re.compile(r"(?i)(first|second|third|fourth)\s+quarter")
_ORD_QUARTER_AFTER_RE = re.compile(r"(?i)\s+(?:first|second|third|fourth)\s+quarter\b")
_THE_YEAR_BEFORE_RE = re.compile(r"\b[Tt]he\s+(\d{4})\s+$")
#: Focus adverbs before a count ("just two months"): outside the TIMEX3 (TimeBank 0 : 3),
#: unlike approximators ("about two months"), which TimeML keeps inside with a mod.
_FOCUS_RE = re.compile(r"(?i)(?:just|only|barely)\s+(?=\S)")
# "three days later", "a few weeks earlier": TimeML tags the amount as a DURATION and leaves
# the signal out; "a year earlier" (business news' comparison period) stays a DATE, whole
_SHIFT_RE = re.compile(r"(?i)(?P<d>(?:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+few|few|several|"
                       r"some|many)\s+)?(?P<u>second|minute|hour|day|week|month|year|decade)"
                       r"(?P<pl>s)?)\s+(?P<dir>later|earlier)")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNT = r"(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)"
_UNIT = r"(?P<u>second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)"
#: two counts of one unit as alternatives or a range, within a row ("two or three weeks")
_ALT_COUNT_RE = re.compile(rf"(?i).*?\b(?P<a>{_COUNT})-?\s+(?:or|to)\s+(?P<b>{_COUNT})[\s-]+"
                           rf"{_UNIT}s?\b.*")
#: the first count and its link just before a row that starts with the second ("12 to |18
#: months"), with the determiner of the noun phrase; not after "between"/"from"
_ALT_BEFORE_RE = re.compile(rf"(?i)(?<!between\s)(?<!from\s)(?P<pre>(?:\bthe\s+(?:next|past|"
                            rf"last|coming|first)\s+)?\b(?P<a>{_COUNT})\s+(?:or|to)\s+)$")
#: a determiner or an ordinal of a counted duration's noun phrase, just before it
_COUNT_DET_BEFORE_RE = re.compile(r"(?:\b[Tt]he\s+(?:latest|first|same)|\b[Tt]hose|\b[Tt]hese|"
                                  r"(?<![Tt]he\s)\b[Ff]irst)\s+$")
#: "the (fiscal) year" named by its last day: "in the year ended March 31" (TimeBank: P1Y)
_YEAR_ENDED_RE = re.compile(r"(?i)the\s+(?:fiscal\s+)?year")
_ENDED_AFTER_RE = re.compile(r"\s+(?:ended|ending)\b")
_COUNT_UNIT_RE = re.compile(rf"(?i)(?P<b>{_COUNT})[\s-]+{_UNIT}s?")
#: an approximator just before a date or a time (``around Nov. 1``, ``around 7:15 p.m.``):
#: inside the TIMEX3 (TimeML mod APPROX; TimeBank 3 of 3); ``about`` only before a clock time,
#: since before a date it is mostly the topic (``argued about 1997``)
_APPROX_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Aa]round|[Aa]pproximately|[Rr]oughly)\s+$")
_ABOUT_BEFORE_RE = re.compile(r"(?<![\w-])[Aa]bout\s+$")
_CLOCK_RE = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o['’]clock)", re.IGNORECASE)
#: a comparator just before a duration the grammar left it out of (``at least |the past 18
#: months``): the whole quantity is the TIMEX3 (TimeBank 17 of 19 inside)
_COMPARATOR_BEFORE_RE = re.compile(r"(?<![\w-])(?i:about|around|approximately|roughly|nearly|"
                                   r"almost|at\s+least|more\s+than|less\s+than|fewer\s+than|"
                                   r"no\s+more\s+than|up\s+to)\s+$")


class Timex3(NamedTuple):
    """The TimeML reading of one row: offsets, type and value (value "" = no TIMEX3)."""

    start: int
    end: int
    type: str
    value: str


def timex3_value(value: str) -> str:
    """A project duration value in TimeML's format (``PT24H`` -> ``P1D``, ``P2000Y`` ->
    ``P2L``); others unchanged."""
    m = re.fullmatch(r"PT(\d+)H", value)
    if m and int(m.group(1)) % 24 == 0 and int(m.group(1)) > 0:
        return f"P{int(m.group(1)) // 24}D"
    m = re.fullmatch(r"P(\d+)000Y", value)
    if m:
        return f"P{m.group(1)}L"  # thousands of years are millennia (TimeBank 1 of 1)
    m = _FRACTION_RE.match(value)
    if m:
        whole, frac, unit = int(m.group(1)), float("0." + m.group(2)), m.group(3)
        sub = round(frac * 60)
        return f"PT{whole}{unit}{sub}{'M' if unit == 'H' else 'S'}"
    return value


def _temporal_head(text: str, start: int, end: int, value: str) -> tuple[int, int, str]:
    """Offsets and value of the noun phrase when the row modifies a temporal head noun
    (``the 1988 period``, ``a three-year period``) or is a quarter after ``the`` and its
    year (``the 1988 second quarter`` -> ``1988-Q2``; the year alone then has no TIMEX3 of
    its own: value ""); else the row's own."""
    span = text[start:end]
    if span.isdigit() and _ORD_QUARTER_AFTER_RE.match(text, end) \
            and _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start):
        return start, end, ""
    if _MODIFIER_RE.fullmatch(span):
        head = _HEAD_NOUN_RE.match(text, end)
        art = _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start)
        if head and art:
            return art.start(), head.end(), value
        return start, end, value
    q = _ORD_QUARTER_RE.fullmatch(span)
    year = _THE_YEAR_BEFORE_RE.search(text, max(0, start - 10), start)
    if q and year and re.fullmatch(r"(?:\d{4}|XXXX)-Q\d", value):
        return year.start(), end, f"{year.group(1)}-Q{_ORDINALS[q.group(1).lower()]}"
    return start, end, value


def _shift_duration(span: str) -> tuple[int, str] | None:
    """(length, value) of the amount in ``N units later/earlier`` read as a TimeML DURATION
    (``three days later`` -> ``three days``, ``P3D``; ``a few weeks later`` -> ``PXW``), or
    None: not such a shift, a half or a couple (no whole count), or ``a year earlier``."""
    m = _SHIFT_RE.fullmatch(span)
    if not m or not (m.group("n") or m.group("pl")):
        return None
    unit, word = m.group("u").lower(), re.sub(r"\s+", " ", (m.group("n") or "").lower())
    n = number_value(word) if word else None
    if unit == "year" and n == 1 and m.group("dir").lower() == "earlier":
        return None
    amount = "X" if n is None else str(int(n))
    time = "T" if unit in ("second", "minute", "hour") else ""
    return m.end("d"), f"P{time}{amount}{UNIT_CODE[unit]}"


def _alternative_counts(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(TIMEX3 start, vague value) when the duration row ``text[start:end]`` is, or ends, two
    counts of one unit given as alternatives or a range (``two or three weeks``, ``12 to |18
    months``); None otherwise."""
    span = text[start:end]
    m = _ALT_COUNT_RE.fullmatch(span)
    if m and number_value(m.group("a")) is not None and number_value(m.group("b")) is not None:
        return start, _vague(m.group("u"))
    m = _COUNT_UNIT_RE.fullmatch(span)
    if not m or number_value(m.group("b")) is None:
        return None
    before = _ALT_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None or number_value(before.group("a")) is None:
        return None
    return before.start("pre"), _vague(m.group("u"))


def _vague(unit: str) -> str:
    """``PXW``, ``PTXH``: an unknown amount of ``unit``."""
    u = unit.lower().replace("centurie", "century")
    return f"P{'T' if u in ('second', 'minute', 'hour') else ''}X{UNIT_CODE[u]}"


def _approximator_start(text: str, start: int, span: str, type_: str, value: str) -> int:
    """The TIMEX3 start with an approximator or comparator just before the row taken in
    (``around Nov. 1``, ``about 9 p.m.``, ``at least the past 18 months``); ``start`` when
    there is none, or the row is a REF (``about the future``: the topic)."""
    if value.endswith("_REF"):
        return start
    before = text[max(0, start - 16):start]
    if type_ in ("DATE", "TIME"):
        m = _APPROX_BEFORE_RE.search(before)
        if m is None and _CLOCK_RE.match(span):
            m = _ABOUT_BEFORE_RE.search(before)
    else:
        m = _COMPARATOR_BEFORE_RE.search(before) if type_ == "DURATION" else None
    return start - len(before) + m.start() if m else start


def to_timex3(text: str, start: int, end: int, type_: str, value: str) -> Timex3:
    """The TimeML reading of the project row ``text[start:end]`` (see the module docstring)."""
    start, end, value = _temporal_head(text, start, end, value)
    if not value:
        return Timex3(start, end, type_, "")
    span = text[start:end]
    if _YEAR_ENDED_RE.fullmatch(span) and _ENDED_AFTER_RE.match(text, end):
        return Timex3(start, end, "DURATION", "P1Y")  # "the year ended March 31"
    if _NOT_TIMEX3_RE.fullmatch(span):
        return Timex3(start, end, type_, "")
    focus = _FOCUS_RE.match(span) if type_ in ("DURATION", "DATE") else None
    if focus:
        start, span = start + focus.end(), span[focus.end():]
    alt = _alternative_counts(text, start, end) if type_ == "DURATION" else None
    if alt:
        return Timex3(alt[0], end, type_, alt[1])
    m = _RECENT_RE.fullmatch(span)
    if m:
        return Timex3(start, end, "DURATION", _RECENT_CODE[m.group(1).lower()])
    shift = _shift_duration(span) if type_ == "DATE" else None
    if shift:
        return Timex3(start, start + shift[0], "DURATION", shift[1])
    count = _COUNT_UNIT_RE.fullmatch(span) if type_ == "DURATION" else None
    if count and number_value(count.group("b")) not in (None, 1):
        det = _COUNT_DET_BEFORE_RE.search(text, max(0, start - 12), start)
        if det:  # "the latest nine months", "those 40 years", "first two years"
            return Timex3(det.start(), end, type_, timex3_value(value))
    if type_ == "DURATION" and not span.lower().startswith("the ") and "-" not in span \
            and span.rstrip().endswith("s"):  # a noun ("the nine months"), not a modifier
        m2 = _THE_BEFORE_RE.search(text, max(0, start - 6), start)
        if m2:
            start = m2.start()
    m3 = re.fullmatch(r"P(\d+)M", value)
    if m3 and int(m3.group(1)) % 12 == 6 and _HALF_YEARS_RE.search(span):
        value = f"P{int(m3.group(1)) // 12}Y6M"  # "two and a half years"
    start = _approximator_start(text, start, text[start:end], type_, value)
    return Timex3(start, end, type_, timex3_value(value))


def split_range(text: str, t: Timex3) -> list[Timex3]:
    """The TIMEX3 of a project range row: its two ends when it is worded ``from X to Y`` /
    ``between X and Y`` or written with a dash (``Feb. 11-15``, ``2007-09``) with a value
    ``X/Y``; else the row itself."""
    m = _RANGE_RE.match(text[t.start:t.end]) or _DASH_RANGE_RE.match(text[t.start:t.end])
    if not m or t.value.count("/") != 1:
        return [t]
    va, vb = t.value.split("/")
    return [Timex3(t.start + m.start("a"), t.start + m.end("a"), t.type, va),
            Timex3(t.start + m.start("b"), t.start + m.end("b"), t.type, vb)]


def timex3_rows(rows: pd.DataFrame, text: str) -> pd.DataFrame:
    """The TIMEX3 that TimeML would tag for the instrument ``rows`` of ``text``: the
    ``timex3_*`` columns, rows without a TIMEX3 reading left out, ranges split in two.

    Columns: start, end, text, type, value, mod.
    """
    out = []
    for r in rows[rows["timex3_value"] != ""].itertuples(index=False):
        t = Timex3(int(r.timex3_start), int(r.timex3_end), r.timex3_type, r.timex3_value)
        out += [(p.start, p.end, text[p.start:p.end], p.type, p.value, r.mod)
                for p in split_range(text, t)]
    return pd.DataFrame(out, columns=["start", "end", "text", "type", "value", "mod"])
